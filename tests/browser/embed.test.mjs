// Embedding the calculator, as the author of a page on another site would:
//  - dist/_headers lets any site frame embed.html (and nothing else), and import the JS
//    API; a server that applies those rules as Netlify and Cloudflare Pages do serves
//    dist/ on one origin, and a host page on a second origin, made of the README's
//    snippets under the README's policy, frames embed.html, sizes the frame from
//    `jifen:height`, reads `jifen:result`, and imports api/jifen.js; scripts/serve.sh's
//    Trunk sends CORS too;
//  - embed mode itself: the answer on the first screen of a phone, no horizontal scroll,
//    English with ?lang=en, ?regime=, a new fragment opening its case, keyboard use, no
//    axe-core violation, and no storage touched;
//  - the demo page (embed-demo.html), online and, after one visit, offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { execFileSync } from "node:child_process";
import { join, relative } from "node:path";
import { serve, browser, firstVisit, jsApi, artefacts, dist, root, headerRules, headersFor, shareFragment, physician, untilKept, drawn } from "./harness.mjs";

const core = jsApi();
const rules = headerRules();
let site;
const contexts = [];
before(async () => {
  mkdirSync(artefacts, { recursive: true });
  site = await serve(dist, { rules });
});
// Servers a test starts are closed here too, so that a failed assertion cannot leave
// one listening (which keeps the test file running forever).
const servers = [];
function track(server) {
  servers.push(server);
  return server;
}
after(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await Promise.allSettled(servers.map((s) => s.close()));
  await site?.close();
});
async function fresh() {
  const context = await browser();
  contexts.push(context);
  return context;
}

/**
 * The README's snippets for a page author ("Embedding the calculator" and "The JavaScript
 * API"), word for word: the frame, the listener, the host page's policy, the API example.
 * `https://your.site/jifen/` becomes `calculator` and `https://your.site` its origin.
 */
function readmeSnippets(calculator) {
  const readme = readFileSync(join(root, "README.md"), "utf8");
  const section = (title) => readme.split(/^## /m).find((s) => s.startsWith(title)) ?? assert.fail(`README has no “## ${title}”`);
  // Fenced blocks, possibly indented under a list item.
  const blocks = (text, lang) => [...text.matchAll(/^( *)```(\w*)\n([\s\S]*?)^\1```$/gm)]
    .filter((m) => m[2] === lang)
    .map((m) => m[3].split("\n").map((line) => line.slice(m[1].length)).join("\n"));
  const ours = (code) => code.replaceAll("https://your.site/jifen/", calculator).replaceAll("https://your.site", new URL(calculator).origin);
  const embedding = section("Embedding the calculator");
  const [iframe] = blocks(embedding, "html");
  const [listener] = blocks(embedding, "js");
  const policy = blocks(embedding, "").map((b) => b.trim()).find((b) => b.startsWith("Content-Security-Policy: "));
  const [api] = blocks(section("The JavaScript API"), "js");
  for (const [name, value] of Object.entries({ iframe, listener, policy, api })) assert.ok(value, `README: the ${name} snippet`);
  return { iframe: ours(iframe), listener: ours(listener), policy: ours(policy.slice("Content-Security-Policy: ".length)), api: ours(api) };
}

/**
 * A page of another site (a second origin: `localhost` and another port, where the
 * calculator is on 127.0.0.1), made of the README's snippets under the README's policy:
 * `host.html?frame=<url>` is the README's frame with that address (and, as the README
 * says for a policy without inline styles, its border in a stylesheet); its listener
 * sizes the frame from `jifen:height`; the README's API example runs (its values in
 * `window.readme`), and with `&case=<json>` evaluates that case (`window.apiResult`).
 * Every message from the frame is kept in `window.messages`.
 */
async function hostSite(calculator) {
  const readme = readmeSnippets(calculator);
  const escape = (text) => text.replaceAll("&", "&amp;").replaceAll('"', "&quot;").replaceAll("<", "&lt;");
  const page = (frame) => `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta http-equiv="Content-Security-Policy" content="${escape(readme.policy)}">
  <title>An article on another site</title>
  <link rel="stylesheet" href="host.css">
</head>
<body>
  <h1>An article on another site</h1>
  <p>Before the calculator.</p>
  ${readme.iframe.replace(/ src="[^"]*"/, ` src="${escape(frame ?? "")}"`).replace(' style="border: 0"', "")}
  <p id="after">After the calculator.</p>
  <script type="module" src="listen.js"></script>
  <script type="module" src="api.js"></script>
</body>
</html>`;
  // The README's listener, and beside it the test's own record of what arrives.
  const listen = `${readme.listener}
window.messages = [];
addEventListener("message", (event) => {
  if (event.origin === calculator && event.source === frame.contentWindow) window.messages.push(event.data);
});
`;
  const api = `${readme.api}
window.readme = { points: result.incidents[0].points, next: result.status.next.at };
try { evaluate({ regime: "nowhere", incidents: [] }); } catch (e) { window.readme.error = e.error.code; }
const asked = new URLSearchParams(location.search).get("case");
if (asked) window.apiResult = evaluate(JSON.parse(asked));
`;
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    const send = (type, body) => res.writeHead(200, { "content-type": `${type}; charset=utf-8` }).end(body);
    if (url.pathname === "/host.html") send("text/html", page(url.searchParams.get("frame")));
    else if (url.pathname === "/listen.js") send("text/javascript", listen);
    else if (url.pathname === "/api.js") send("text/javascript", api);
    else if (url.pathname === "/host.css") send("text/css", "#jifen { border: 0; }\n");
    // The browser asks any page's site for its icon; this one has none to give.
    else if (url.pathname === "/favicon.ico") res.writeHead(204).end();
    else res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, "::", ok));
  const { port } = server.address();
  return { url: `http://localhost:${port}/host.html`, close: () => new Promise((ok) => server.close(ok)) };
}

test("dist/_headers: any site may frame embed.html and import the API; the app and the demo stay 'self'", () => {
  const policy = (path) => headersFor(rules, path)["content-security-policy"];
  for (const path of ["/embed.html", "/embed"]) {
    assert.match(policy(path).value, /; frame-ancestors \*$/, path);
  }
  for (const path of ["/", "/index.html", "/embed-demo.html", "/embed-demo"]) {
    assert.match(policy(path).value, /; frame-ancestors 'self'$/, path);
  }
  // The same policy otherwise, and the same as the pages' <meta>.
  const meta = (name) => readFileSync(join(dist, name), "utf8").match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)[1];
  assert.equal(meta("embed.html"), meta("index.html"));
  assert.equal(policy("/embed.html").value, `${meta("index.html")}; frame-ancestors *`);
  assert.equal(policy("/").value, `${meta("index.html")}; frame-ancestors 'self'`);
  for (const path of ["/api/jifen.js", "/api/jifen_bg.wasm", "/api/jifen.d.ts"]) {
    assert.equal(headersFor(rules, path)["access-control-allow-origin"]?.value, "*", path);
  }
  assert.equal(headersFor(rules, "/index.html")["access-control-allow-origin"], undefined, "CORS for the API only");
  // scripts/serve.sh (`trunk serve`) reads no _headers: Trunk.toml has it send CORS itself.
  const serveSection = readFileSync(join(root, "Trunk.toml"), "utf8").split(/^\[/m).find((s) => s.startsWith("serve]"));
  assert.match(serveSection, /^headers = \{ "Access-Control-Allow-Origin" = "\*" \}$/m, "Trunk.toml [serve] sends CORS");
  // No header of any file (or extension-less page) comes from two rules: Cloudflare Pages
  // would join the values (two policies, both enforced) and Netlify keep only one.
  const files = (dir) => readdirSync(dir).flatMap((n) => (statSync(join(dir, n)).isDirectory() ? files(join(dir, n)) : [join(dir, n)]));
  const paths = ["/", "/embed", "/embed-demo", "/index", ...files(dist).map((f) => `/${relative(dist, f)}`)];
  for (const path of paths) {
    for (const [name, { from }] of Object.entries(headersFor(rules, path))) {
      assert.equal(from.length, 1, `${path}: ${name} from ${from.join(" and ")}`);
    }
    assert.equal(headersFor(rules, path)["x-content-type-options"]?.value, "nosniff", path);
  }
});

test("another site frames embed.html in English, sizes it from jifen:height, reads jifen:result and imports the JS API", async () => {
  const host = track(await hostSite(site.url));
  const context = await fresh();
  const page = await context.newPage();
  await page.setViewportSize({ width: 1024, height: 800 });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  page.on("response", (r) => r.status() >= 400 && problems.push(`${r.status()} ${r.url()}`));
  const fragment = shareFragment(physician);
  const url = new URL(host.url);
  url.searchParams.set("frame", `${site.url}embed.html?lang=en${fragment}`);
  url.searchParams.set("case", JSON.stringify(physician));
  await page.goto(url.href);
  assert.notEqual(new URL(page.url()).origin, new URL(site.url).origin, "two origins");

  // The frame loads (frame-ancestors * lets it), in English, the answer first.
  const frame = page.frameLocator("#jifen");
  await frame.locator(".answer").waitFor({ timeout: 30000 });
  assert.equal(await frame.locator("html").getAttribute("lang"), "en");
  assert.equal(await frame.locator("html").getAttribute("data-mode"), "embed");
  const answer = await frame.locator(".answer").innerText();
  assert.match(answer, /The answer/);
  assert.match(answer, /Once decided/);
  assert.doesNotMatch(answer, /[结论暂停]/, "English, not Chinese");
  assert.equal(await frame.locator(".tabs, .header, .casebar, .mini-status, .preview").count(), 0, "no app chrome");

  // The messages: the result as the JS API computes it, and the height.
  await page.waitForFunction(() => window.messages.some((m) => m.type === "jifen:result") && window.messages.some((m) => m.type === "jifen:height") && window.apiResult);
  await page.waitForFunction(() => window.readme?.error);
  const { messages, apiResult, readme } = await page.evaluate(() => ({ messages: window.messages, apiResult: window.apiResult, readme: window.readme }));
  // What the README's API example says it returns, it returns.
  assert.deepEqual(readme, { points: 6, next: 9, error: "unknown_regime" });
  const expected = core.evaluate(physician);
  assert.deepEqual(apiResult, expected, "the JS API imported from another origin gives the core's result");
  const result = messages.filter((m) => m.type === "jifen:result").at(-1);
  assert.deepEqual(
    [result.regime, result.as_of, result.state, result.total, result.period, result.error],
    [expected.regime, expected.as_of, expected.status.state, expected.status.total, expected.status.period, null],
  );
  assert.deepEqual(result.outlook, {
    on: expected.outlook.on, state: expected.outlook.state, total: expected.outlook.total,
    remaining: expected.outlook.remaining, period: expected.outlook.period,
  });
  assert.deepEqual(result.measures, expected.sanctions.map((s) => ({ kind: s.kind, start: s.start ?? null, projected: s.projected, ...(s.end ? { end: s.end } : {}), ...(s.bar_until ? { bar_until: s.bar_until } : {}) })));
  const next = expected.deadlines.filter((d) => d.due >= expected.as_of).sort((a, b) => a.due.localeCompare(b.due))[0];
  assert.deepEqual(result.next_deadline, { kind: next.kind, due: next.due, actor: next.actor, projected: next.projected });
  assert.equal(result.incidents, 2);
  // A summary, never the incidents.
  for (const detail of ["13.2", "primary", "2026-03-10", "2026-11-25", "告知书"]) {
    assert.ok(!JSON.stringify(messages).includes(detail), `${detail} posted to the host`);
  }

  // The frame is exactly as tall as the embed says, and the embed needs no scrolling.
  const height = messages.filter((m) => m.type === "jifen:height").at(-1).height;
  assert.ok(height > 300, `a real height: ${height}`);
  // The frame's inner height (its border aside) is the height posted.
  await page.waitForFunction((h) => document.getElementById("jifen").clientHeight === h, height);
  // The embed's own frame (the host page's address names embed.html too, in its query).
  const inside = page.frames().find((f) => f !== page.mainFrame() && /embed\.html/.test(f.url()));
  const sizes = await inside.evaluate(() => [document.documentElement.scrollHeight, innerHeight]);
  assert.ok(sizes[0] <= sizes[1] + 1, `no scrolling inside the frame (content ${sizes[0]}, frame ${sizes[1]})`);
  // Opening the case makes it taller, and the frame follows.
  const before = height;
  await frame.locator("summary:text-is('Edit the case')").click();
  await page.waitForFunction((h) => window.messages.filter((m) => m.type === "jifen:height").at(-1).height > h, before);
  const taller = await page.evaluate(() => window.messages.filter((m) => m.type === "jifen:height").at(-1).height);
  await page.waitForFunction((h) => document.getElementById("jifen").clientHeight === h, taller);

  // An edit in the frame posts a new summary: the decision is entered, the suspension is real.
  const count = messages.filter((m) => m.type === "jifen:result").length;
  await frame.locator("input[id$='-decided_on']").nth(1).fill("2026-11-26");
  await page.waitForFunction((n) => window.messages.filter((m) => m.type === "jifen:result").length > n, count);
  const edited = await page.evaluate(() => window.messages.filter((m) => m.type === "jifen:result").at(-1));
  const again = core.evaluate({ ...physician, incidents: [physician.incidents[0], { ...physician.incidents[1], decided_on: "2026-11-26" }] });
  assert.deepEqual([edited.state, edited.total, edited.outlook], [again.status.state, again.status.total, null]);

  // A citation opens its article next to it, inside the part of the frame the reader sees.
  const cite = frame.locator(".answer button.cite").first();
  await cite.click();
  const dialog = frame.locator("dialog.law[open]");
  await dialog.locator(".article").first().waitFor();
  const [citeBox, dialogBox] = [await cite.boundingBox(), await dialog.boundingBox()];
  assert.ok(dialogBox.y >= citeBox.y && dialogBox.y - (citeBox.y + citeBox.height) < 40, `the article opens under its citation (${citeBox.y} → ${dialogBox.y})`);
  assert.equal(await dialog.locator("a[target=_blank]").getAttribute("href").then((h) => /^\.\/\?lang=en#law=shanghai-2025/.test(h)), true);
  await page.keyboard.press("Escape");
  await page.screenshot({ path: join(artefacts, "embed-cross-origin.png"), fullPage: true });

  // The messages as page authors type them: src/js.d.ts's EmbedMessage, in dist/api/jifen.d.ts.
  const tsc = join(root, "tests/js/node_modules/typescript/bin/tsc");
  if (existsSync(tsc)) {
    const out = join(root, "target/ts-check");
    mkdirSync(out, { recursive: true });
    const all = await page.evaluate(() => window.messages);
    writeFileSync(join(out, "embed-messages.ts"), `import type { EmbedMessage } from ${JSON.stringify(join(dist, "api/jifen.js"))};\n` +
      `export const messages = ${JSON.stringify(all, null, 1)} satisfies EmbedMessage[];\n`);
    execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--exactOptionalPropertyTypes", "--target", "es2022", "--module", "nodenext", "--moduleResolution", "nodenext", join(out, "embed-messages.ts")], { encoding: "utf8" });
  }
  assert.deepEqual(problems, []);
  await host.close();
});

test("a link the embed cannot open tells the host page so, not a standing of the empty case", async () => {
  const host = track(await hostSite(site.url));
  const context = await fresh();
  const page = await context.newPage();
  const url = new URL(host.url);
  url.searchParams.set("frame", `${site.url}embed.html?lang=zh#s=nowhere`);
  await page.goto(url.href);
  const frame = page.frameLocator("#jifen");
  await frame.locator("[role=alert]").filter({ hasText: "nowhere" }).waitFor({ timeout: 30000 });
  await page.waitForFunction(() => window.messages.some((m) => m.type === "jifen:result"));
  const result = await page.evaluate(() => window.messages.filter((m) => m.type === "jifen:result").at(-1));
  assert.equal(result.error?.code, "link_not_opened");
  assert.match(result.error.message, /nowhere/);
  assert.equal(result.state, null, "no standing for a case that was not opened");
  // The embed has no library to choose from.
  assert.doesNotMatch(result.error.message, /案例库/);
  await host.close();
});

test("the full app and the demo refuse to be framed by another site", async () => {
  const host = track(await hostSite(site.url));
  const context = await fresh();
  for (const target of ["index.html", "", "embed-demo.html"]) {
    const page = await context.newPage();
    const refused = [];
    page.on("console", (m) => /frame-ancestors/.test(m.text()) && refused.push(m.text()));
    const refusal = page.waitForEvent("console", { predicate: (m) => /frame-ancestors/.test(m.text()), timeout: 30000 });
    // Chromium shows its error page in a refused frame; its console line about it did
    // not always come (a run waited out the 30 s three times, then passed).
    const errorPage = page.waitForEvent("framenavigated", { predicate: (f) => f !== page.mainFrame() && f.url().startsWith("chrome-error:"), timeout: 30000 });
    const url = new URL(host.url);
    url.searchParams.set("frame", site.url + target);
    await page.goto(url.href);
    await page.waitForFunction(() => document.getElementById("jifen").src);
    // Until the browser has refused the frame (said so, or shown its error page in it), or
    // the page in it has shown itself (which the assertions below then catch).
    const inFrame = page.frameLocator("#jifen").locator(".status, #boot").first();
    // (Whichever comes second, or never, is not waited for: each failure is caught.)
    const happened = (promise) => promise.then(() => true, () => false);
    await Promise.race([happened(refusal), happened(errorPage), happened(inFrame.waitFor({ state: "attached", timeout: 30000 }))]);
    const frame = page.frames().find((f) => f !== page.mainFrame());
    assert.ok(refused.length > 0 || !frame || !frame.url().startsWith(site.url), `${target || "/"} refused: ${frame?.url()}`);
    assert.equal(await page.frameLocator("#jifen").locator(".status, #boot").count(), 0, `${target || "/"} not shown`);
    await page.close();
  }
  // The same page frames embed.html: what differs is the header.
  const page = await context.newPage();
  const url = new URL(host.url);
  url.searchParams.set("frame", `${site.url}embed?lang=zh#s=sh2025-one-shot-9`);
  await page.goto(url.href);
  await page.frameLocator("#jifen").locator(".answer").waitFor({ timeout: 30000 });
  assert.match(await page.frameLocator("#jifen").locator(".answer").innerText(), /暂停/);
  await host.close();
});

test("at 360 px the embed has its answer on the first screen and no horizontal scroll", async () => {
  const context = await fresh();
  const page = await context.newPage();
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  for (const width of [360, 320]) {
    await page.setViewportSize({ width, height: 740 });
    await page.goto(`${site.url}embed.html${shareFragment(physician)}`);
    await page.reload();
    const answer = page.locator(".answer");
    await answer.waitFor();
    assert.equal(await page.locator("html").getAttribute("lang"), "zh-CN");
    const box = await answer.boundingBox();
    assert.ok(box.y < 100, `the answer at the top (${box.y})`);
    const text = await answer.innerText();
    assert.match(text, /结论/);
    assert.match(text, /2027-01-14/);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - innerWidth);
    assert.ok((await overflow()) <= 0, `no horizontal scroll at ${width} px, case folded`);
    assert.equal(await page.locator("details.embed-case").evaluate((d) => d.open), false, "a pre-filled case is folded");
    await page.locator("details.embed-case > summary").click();
    await page.locator("input[type=search]").first().waitFor();
    assert.ok((await overflow()) <= 0, `no horizontal scroll at ${width} px, case open`);
    await page.screenshot({ path: join(artefacts, `embed-${width}.png`), fullPage: true });
  }
  assert.deepEqual(problems, []);
});

test("?regime= starts an empty case under that regime, a bad one is said, and a new fragment opens its case", async () => {
  const context = await fresh();
  const page = await context.newPage();
  await page.setViewportSize({ width: 860, height: 900 });
  await page.goto(`${site.url}embed.html?regime=jining-2024&lang=en`);
  await page.locator(".welcome").waitFor();
  // An empty case: the case is open, the regime chosen, the guided questions absent.
  assert.equal(await page.locator("details.embed-case").evaluate((d) => d.open), true);
  assert.equal(await page.locator("input[name=regime]:checked").getAttribute("value"), "jining-2024");
  assert.equal(await page.locator(".welcome button").count(), 1, "only “Add an incident”");
  // By keyboard: the welcome's button adds an incident and puts the focus in its search.
  await page.locator(".welcome button").focus();
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.activeElement?.matches("input[type=search]"));
  // The hosting page sets a new fragment: its case opens.
  await page.evaluate(() => { location.hash = "#s=sh2025-one-shot-9"; });
  await page.locator(".answer").waitFor();
  assert.equal(await page.locator("input[name=regime]:checked").getAttribute("value"), "shanghai-2025");
  assert.match(await page.locator(".answer").innerText(), /2025-06-15/);
  // The full calculator's link carries the case and the language.
  const full = await page.locator(".embed-foot a").getAttribute("href");
  assert.match(full, /^\.\/\?lang=en#c1\./);
  // A new fragment that cannot be opened says so and leaves no stale answer.
  await page.evaluate(() => { location.hash = "#c1.AAAA"; });
  await page.locator(".note.error").waitFor();
  await page.waitForFunction(() => !document.querySelector(".answer")?.innerText.includes("2025-06-15"));
  assert.equal(await page.locator("input[name=regime]:checked").getAttribute("value"), "shanghai-2025", "under the same regime");
  await page.goto(`${site.url}embed.html?regime=beijing-2024`);
  await page.locator(".note.error").waitFor();
  assert.match(await page.locator(".note.error").innerText(), /beijing-2024/);
  await page.goto(`${site.url}embed.html#s=no-such-scenario`);
  await page.locator(".note.error").waitFor();
  assert.match(await page.locator(".note.error").innerText(), /no-such-scenario/);
});

test("the embed reads and writes no storage, keeps the saved cases as they were, and leaves no service worker", async () => {
  const context = await fresh();
  const page = await context.newPage();
  // The user's own cases, saved by the app on this origin.
  await page.goto(site.url);
  await page.waitForSelector(".status");
  await page.evaluate(() => localStorage.setItem("jifen.lang", "zh"));
  await page.waitForFunction(() => localStorage.getItem("jifen.library"));
  const stored = await page.evaluate(() => JSON.stringify(localStorage));
  // The app registers its worker once it has started: wait for it, or it could register
  // after being cleared here and be counted against the embed.
  await page.evaluate(async () => { await navigator.serviceWorker.ready; });
  await page.evaluate(async () => Promise.all((await navigator.serviceWorker.getRegistrations()).map((r) => r.unregister())));

  const embed = await context.newPage();
  await embed.addInitScript(() => {
    window.__touched = [];
    for (const method of ["getItem", "setItem", "removeItem", "clear", "key"]) {
      const original = Storage.prototype[method];
      Storage.prototype[method] = function (...args) {
        window.__touched.push(`${method} ${args[0] ?? ""}`);
        return original.apply(this, args);
      };
    }
  });
  await embed.goto(`${site.url}embed.html?lang=en#s=sh2025-one-shot-9`);
  await embed.locator(".answer").waitFor();
  await embed.locator("details.embed-case > summary").click();
  await embed.locator("button:text-is('+ Add an incident')").click();
  await embed.locator("input[type=search]").nth(1).fill("13.1.1");
  // The item chosen: the case has changed, and whatever a change saves would be saved.
  await embed.locator(".item-picker[data-chosen='13.1.1']").waitFor({ timeout: 5000 });
  await drawn(embed);
  assert.deepEqual(await embed.evaluate(() => window.__touched), [], "no storage read or written");
  assert.equal(await embed.evaluate(async () => (await navigator.serviceWorker.getRegistrations()).length), 0, "no service worker registered");
  assert.equal(await page.evaluate(() => JSON.stringify(localStorage)), stored, "the saved cases and the language as they were");
  // Not framed: nothing is posted (there is no parent to post to).
  assert.equal(await embed.evaluate(() => window.parent === window), true);
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

test("axe-core finds no violation in embed mode at 360 px and 860 px, in Chinese and in English", async () => {
  const context = await fresh();
  const page = await context.newPage();
  const found = [];
  for (const lang of ["zh", "en"]) {
    for (const width of [360, 860]) {
      await page.setViewportSize({ width, height: 800 });
      for (const hash of [shareFragment(physician), "#s=sh2025-one-shot-12", ""]) {
        await page.goto(`${site.url}embed.html?lang=${lang}${hash}`);
        await page.reload();
        await page.locator(".answer, .welcome").first().waitFor();
        for (const open of [false, true]) {
          // Opened or folded, and drawn so.
          await page.locator("details.embed-case").evaluate((d, o) => new Promise((done) => {
            if (d.open === o) return done();
            d.addEventListener("toggle", () => done(), { once: true });
            d.open = o;
          }), open);
          await drawn(page);
          await page.evaluate(axeSource);
          const violations = await page.evaluate(async () => {
            const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
            return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
          });
          for (const v of violations) found.push(`${lang} ${width}px ${hash.slice(0, 12) || "empty"} ${open ? "open" : "folded"}: ${v}`);
        }
      }
    }
  }
  assert.deepEqual(found, []);
});

test("the demo page frames the embed, sizes it, shows its summary beside it, and runs a widget on the JS API", async () => {
  const server = track(await serve());
  const context = await fresh();
  const page = await context.newPage();
  const origins = new Set();
  const errors = [];
  context.on("request", (r) => origins.add(new URL(r.url()).origin));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(new URL("embed-demo.html", server.url).href);

  // The embed: the scenario, and beside it what it told the page.
  const frame = page.frameLocator("iframe.calculator");
  await frame.locator(".answer").waitFor();
  assert.match(await frame.locator(".answer").innerText(), /暂停/);
  await page.locator("#summary").getByText("暂停中").waitFor();
  assert.match(await page.locator("#summary").innerText(), /2025-06-15/);
  const message = JSON.parse(await page.locator("#message").textContent());
  assert.equal(message.type, "jifen:result");
  assert.equal(message.state, "suspended");
  await page.waitForFunction(() => document.querySelector("iframe.calculator").style.height !== "");
  const inner = await page.frame({ url: /embed\.html/ }).evaluate(() => Math.ceil(document.body.getBoundingClientRect().height));
  // The frame's inner height (its border aside) is the content's.
  assert.equal(await page.locator("iframe.calculator").evaluate((f) => f.clientHeight), inner, "sized to its content");

  // The widget: the JS API's answer is the core's.
  const expected = core.evaluate({ regime: "shanghai-2025", as_of: "2025-05-07",
    incidents: [{ id: "b", item: "13.3", decided_on: "2025-05-06", responsibility: "primary" }] });
  const s = expected.sanctions.at(-1);
  await page.locator("#answer").getByText(`累计 ${expected.status.total} 分`).waitFor();
  assert.match(await page.locator("#answer").innerText(), new RegExp(`${s.months} 个月（${s.start} 至 ${s.end}）`));
  await page.selectOption("#points", "general");
  await page.locator("#answer").getByText("累计 7 分").waitFor();
  await page.selectOption("#first", "13.1.1|general");
  await page.locator("#answer").getByText("累计 8 分").waitFor();

  assert.deepEqual([...origins].filter((o) => o !== new URL(server.url).origin && o !== "null"), [], "every request stays on the site");
  assert.deepEqual(errors, []);
  await page.screenshot({ path: join(artefacts, "embed-demo.png"), fullPage: true });
  await server.close();
});

test("after one visit the demo page and its embed work with the server stopped", async () => {
  const server = track(await serve());
  const context = await fresh();
  const page = await firstVisit(context, server.url);
  const sw = await page.evaluate(async () => (await fetch("sw.js")).text());
  assert.match(sw, /"\.\/embed\.html"/, "the service worker precaches embed.html");
  // The embed's build is kept by the worker once the demo has fetched it.
  await page.goto(new URL("embed-demo.html", server.url).href);
  await page.frameLocator("iframe.calculator").locator(".answer").waitFor({ timeout: 30000 });
  await untilKept(page, /\/jifen-app-embed-[0-9a-f]{16}\/jifen-app-embed_bg\.wasm$/);
  await server.close();
  await page.goto(new URL("embed-demo.html", server.url).href);
  await page.locator("#answer").getByText("累计 9 分").waitFor({ timeout: 15000 });
  await page.frameLocator("iframe.calculator").locator(".answer").waitFor({ timeout: 15000 });
});
