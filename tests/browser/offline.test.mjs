// Offline and locked down: the built dist/ carries a Content Security Policy that names
// its inline scripts and styles by hash and keeps connections to its own origin; after one visit
// the app loads, computes and shows the law with the server stopped; and once it has
// loaded, whatever the user does, it fetches only its own files (the law's texts and the
// parts of the wasm loaded later, from the service worker's precache), and once those are
// kept, nothing at all.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, dist, firstVisit, chooseItem, caseAction } from "./harness.mjs";

const contexts = [];
async function fresh() {
  const c = await browser();
  contexts.push(c);
  return c;
}
after(async () => Promise.allSettled(contexts.map((c) => c.close())));

async function addIncident(page) {
  await page.click("button.add");
  const card = page.locator("article.incident").last();
  await chooseItem(card, "13.2");
  await card.locator("input[id$=decided_on]").fill("2025-05-20");
  await card.locator("input[id$=responsibility-primary]").check();
  await card.locator(".outcome .headline").getByText("记 6 分").waitFor();
}

test("the policy names every inline script by hash, and keeps connections home", async () => {
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const policy = html.match(/<meta http-equiv="Content-Security-Policy" content="([^"]+)">/)?.[1];
  assert.ok(policy, "a policy in index.html");
  assert.ok(html.indexOf("Content-Security-Policy") < html.indexOf("<script"), "before any script");
  const directives = Object.fromEntries(policy.split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
  assert.deepEqual(directives["connect-src"], ["'self'"]);
  assert.deepEqual(directives["object-src"], ["'none'"]);
  assert.ok(!policy.includes("unsafe-inline"), "no unsafe-inline");
  const inline = [...html.matchAll(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(inline.length >= 1);
  for (const body of inline) {
    const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
    assert.ok(directives["script-src"].includes(hash), `inline script hashed: ${hash}`);
  }
  // The first screen's inline style, likewise.
  const styles = [...html.matchAll(/<style[^>]*>([\s\S]*?)<\/style>/g)].map((m) => m[1]);
  assert.ok(styles.length >= 1);
  for (const body of styles) {
    const hash = `'sha256-${createHash("sha256").update(body, "utf8").digest("base64")}'`;
    assert.ok(directives["style-src"].includes(hash), `inline style hashed: ${hash}`);
  }
  assert.match(readFileSync(join(dist, "_headers"), "utf8"), /Content-Security-Policy: .*frame-ancestors 'self'/);

  const server = await serve();
  const context = await fresh();
  const page = await context.newPage();
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.addInitScript(() => {
    window.__violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  await page.goto(server.url);
  await page.waitForSelector(".status");
  await addIncident(page);
  assert.deepEqual(await page.evaluate(() => window.__violations), [], "the app itself violates nothing");
  assert.deepEqual(errors, []);
  // What the policy is for: another origin, and an inline script it does not name.
  const blocked = await page.evaluate(async () => {
    try {
      await fetch("http://127.0.0.2:9/steal");
      return "fetched";
    } catch {
      return "blocked";
    }
  });
  assert.equal(blocked, "blocked");
  await page.evaluate(() => {
    const s = document.createElement("script");
    s.textContent = "window.__ran = true";
    document.body.append(s);
  });
  assert.equal(await page.evaluate(() => window.__ran ?? false), false, "an unnamed inline script does not run");
  const violations = await page.evaluate(() => window.__violations);
  assert.ok(violations.some((v) => v.startsWith("connect-src")), violations.join(", "));
  assert.ok(violations.some((v) => v.startsWith("script-src")), violations.join(", "));
  await server.close();
});

test("after one visit the app loads and computes with the server stopped", async () => {
  const server = await serve();
  const context = await fresh();
  const page = await firstVisit(context, server.url);
  await page.reload();
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  await server.close();
  // Really gone: a direct request fails.
  await assert.rejects(fetch(server.url));
  await page.reload();
  await page.waitForSelector(".status", { timeout: 15000 });
  await page.fill("#as-of", "2025-12-01");
  await addIncident(page);
  assert.match(await page.locator(".status .total").innerText(), /2025 年度累计记分 6 分/);
  // The law's texts, never opened online, were kept by the service worker.
  await page.locator(".sanction button.cite").first().click();
  await page.locator("dialog.law article.article").first().waitFor({ timeout: 15000 });
  assert.match(await page.locator("dialog.law").innerText(), /第十四条/);
  await page.keyboard.press("Escape");
  // Another tab of the same profile opens offline too.
  const other = await context.newPage();
  await other.goto(server.url);
  await other.waitForSelector(".status", { timeout: 15000 });
});

test("once loaded, the app fetches nothing but its own files, and with them kept, nothing at all", async () => {
  const server = await serve();
  const context = await fresh();
  // Let the service worker finish its one-time precache first, and take the page over.
  const page = await firstVisit(context, server.url);
  await page.waitForFunction(() => navigator.serviceWorker.controller !== null);
  const seen = [];
  context.on("request", (r) => seen.push(r));
  const served = server.requests.length;
  // Everything a user does, on every page.
  const everything = async () => {
    if (!(await page.locator("article.incident").count())) await addIncident(page);
    await page.click("#lang-switch");
    await page.getByText("Incidents", { exact: true }).waitFor();
    await page.click("#lang-switch");
    await page.locator(".sanction button.cite").first().click();
    await page.locator("dialog.law article.article").first().waitFor();
    await page.keyboard.press("Escape");
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('条文')");
    await page.locator(".reader article.article").first().waitFor();
    await page.click("a.tab:text-is('计算')");
    await caseAction(page, "分享链接");
    await page.keyboard.press("Escape");
  };
  await everything();
  const own = new Set(["/", ...files(dist)]);
  const firstRound = seen.filter((r) => !r.url().startsWith("blob:"));
  for (const r of firstRound) {
    const url = new URL(r.url());
    assert.equal(url.origin, new URL(server.url).origin, `${r.url()}: only the app's own site`);
    assert.equal(r.method(), "GET", `${r.url()}: nothing is sent`);
    assert.equal(url.search, "", `${r.url()}: no query`);
    assert.ok(own.has(url.pathname), `${url.pathname}: a file of the build`);
  }
  const names = (list) => [...new Set(list.map((p) => p.replace(/[0-9a-f]{16}/, "…")))].sort();
  assert.deepEqual(names(server.requests.slice(served)), [], "the law's texts and the parts loaded later came from the worker");
  assert.ok(firstRound.some((r) => /\/law-[0-9a-f]{16}\.json$/.test(r.url())), "the law's texts were asked for");
  // Again, everything is kept: nothing reaches the network.
  seen.length = 0;
  const before = server.requests.length;
  await everything();
  const fromNetwork = [];
  for (const r of seen.filter((r) => !r.url().startsWith("blob:"))) if (!(await r.response())?.fromServiceWorker()) fromNetwork.push(r.url());
  assert.deepEqual(fromNetwork, [], "no request from the page or its worker reaches the network");
  assert.deepEqual(server.requests.slice(before), [], "the server saw nothing more");
  await server.close();
});

/** The paths of the files of a built folder, as a server serves them. */
function files(dir, prefix = "") {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name), `${prefix}/${e.name}`) : [`${prefix}/${e.name}`],
  );
}
