// The builds of the app and its parts loaded later (DESIGN.md "Size"): a visit loads the
// app's wasm, without the law's reader and the teaching pages (the comparison, the
// scenario library, the training room), which are wasm files of their own, fetched when
// first opened, in the same page; embed.html loads the embed's build. What is entered
// stays, a part that cannot be loaded says so and can be tried again, and after one visit
// every page opens offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, browser, openApp, chooseItem, shareFragment, physician, keptByWorker } from "./harness.mjs";

let server;
before(async () => {
  server = await serve();
});
after(async () => server?.close());

/** Runs `body(context)` in a fresh browser, closed afterwards whatever happens. */
async function inBrowser(options, body) {
  const context = await browser(options);
  try {
    await body(context);
  } finally {
    await context.close();
  }
}

/**
 * The wasm files this page fetched, by what they are: "app" (the app's own), "teaching"
 * and "law reader" (its parts), "shared" (a part the parts share), "embed".
 */
const wasmFetched = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith(".wasm") && !p.includes("/api/"))
      .map((p) => {
        const name = p.split("/").pop();
        if (name === "jifen-app_bg.wasm") return "app";
        if (name === "jifen-app-embed_bg.wasm") return "embed";
        if (name === "split_teaching.wasm") return "teaching";
        if (name === "split_law_reader.wasm") return "law reader";
        return /^chunk_\d+\.wasm$/.test(name) ? "shared" : name;
      }),
  );

test("the app loads its own wasm; the comparison fetches the teaching part in the same page, and the case stays", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, server.url);
    assert.deepEqual(await wasmFetched(page), ["app"]);
    // A mark on the page: a page loaded again would not have it.
    await page.evaluate(() => (window.sameDocument = true));
    await page.click("button.add");
    await chooseItem(page.locator("article.incident").first(), "13.2");
    await page.locator("article.incident input[id$=decided_on]").fill("2025-06-10");
    await page.locator("article.incident input[id$=responsibility-primary]").check();
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    assert.match(page.url(), /#compare$/);
    assert.deepEqual((await wasmFetched(page)).filter((w) => w !== "shared"), ["app", "teaching"], "the teaching part, once");
    assert.equal(await page.evaluate(() => window.sameDocument), true, "the page was not loaded again");
    assert.match(await page.locator("table.compare").innerText(), /13\.2/);
    assert.equal(await page.locator(".compared-case").innerText(), "对比的是您的案例「案例 1」。");
    // Back: the calculator, with the item kept; the scenario library and the law's reader.
    await page.goBack();
    await page.locator(".item-picker[data-chosen='13.2']").waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('案例库')");
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('条文')");
    await page.locator(".reader article.article").first().waitFor({ timeout: 30000 });
    const fetched = (await wasmFetched(page)).filter((w) => w !== "shared");
    assert.deepEqual(fetched, ["app", "teaching", "law reader"], "each part fetched once");
    assert.equal(await page.evaluate(() => window.sameDocument), true, "still the same page");
    assert.deepEqual(problems, []);
  });
});

test("a shared case being looked at, changed, goes to the comparison and comes Back as it was left, still unsaved", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, `${server.url}${shareFragment(physician)}`);
    // A change to the case looked at, which is not saved anywhere.
    await page.locator("article.incident input[id$=responsibility-general]").last().check();
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    const compared = await page.locator("table.compare").innerText();
    assert.match(compared, /13\.2/, "the shared case, not the user's own (empty) one");
    assert.match(await page.locator(".compared-case").innerText(), /对比的是正在查看的案例「13\.2 告知书」（尚未保存为您的案例）/);
    // Back to the link's own entry: the case as it was left, not as the link wrote it.
    await page.goBack();
    await page.locator("article.incident").nth(1).waitFor();
    assert.equal(await page.locator("article.incident input[id$=responsibility-general]").last().isChecked(), true, "the change is kept, Back");
    await page.click("a.tab:text-is('条文')");
    await page.locator(".reader article.article").first().waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('计算')");
    await page.locator("article.incident").nth(1).waitFor();
    assert.equal(await page.locator("article.incident input[id$=responsibility-general]").last().isChecked(), true, "the change is kept");
    assert.equal(await page.locator(".casebar").count(), 0, "still a preview: the bar of saved cases waits");
    assert.equal(await page.evaluate(() => localStorage.getItem("jifen.library")?.includes("13.2") ?? false), false, "nothing saved");
    assert.deepEqual(problems, []);
  });
});

test("a training-room link loads the app and its teaching part; the embed loads its own build only", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.url}#rules=shanghai-2025,jining-2024`);
    await page.locator(".rules-items").first().waitFor({ timeout: 30000 });
    assert.deepEqual((await wasmFetched(page)).filter((w) => w !== "shared"), ["app", "teaching"]);
    const embed = await context.newPage();
    await embed.goto(`${server.url}embed.html#s=sh2025-one-shot-9`);
    await embed.locator(".answer").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await wasmFetched(embed), ["embed"]);
  });
});

test("a part that cannot be loaded says so, and is loaded when tried again", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, server.url);
    // The connection drops just as the scenario library is first opened.
    await context.route(/split_teaching\.wasm$/, (route) => route.abort("internetdisconnected"));
    await page.click("a.tab:text-is('案例库')");
    const alert = page.locator("main [role=alert]");
    await alert.getByText("此页未能载入").waitFor({ timeout: 30000 });
    await context.unroute(/split_teaching\.wasm$/);
    await alert.locator("button:text-is('重试')").click();
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    assert.equal(await page.locator("main [role=alert]").count(), 0);
    // Nothing else was disturbed: the calculator is there as it was.
    await page.click("a.tab:text-is('计算')");
    await page.locator(".status, .guide").first().waitFor();
    // The failed fetch is the browser's own console line; the app logged nothing else.
    assert.deepEqual(problems.filter((p) => !/split_teaching|Failed to load resource|ERR_INTERNET_DISCONNECTED|failed to fetch/i.test(p)), []);
  });
});

test("the first visit precaches the app with all its parts, not the embed's build; offline, every page opens", async () => {
  await inBrowser({}, async (context) => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url);
    await page.locator(".status, .guide").first().waitFor({ timeout: 30000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker has installed (ready): its precache is complete.
    const precached = await keptByWorker(page);
    for (const part of ["jifen-app_bg.wasm", "split_teaching.wasm", "split_law_reader.wasm", "__wasm_split.js"]) {
      assert.ok(precached.some((p) => p.startsWith("/jifen-app-") && p.endsWith(`/${part}`)), part);
    }
    assert.ok(precached.some((p) => /\/law-[0-9a-f]{16}\.json$/.test(p)), "the law's texts");
    assert.ok(!precached.some((p) => p.includes("jifen-app-embed")), "not the embed's build");
    assert.deepEqual(await wasmFetched(page), ["app"], "the page itself fetched the app's wasm only");
    await context.setOffline(true);
    await page.click("a.tab:text-is('案例库')");
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    const room = await context.newPage();
    await room.goto(`${server.url}#rules=shanghai-2025,jining-2024`);
    await room.locator(".rules-items").first().waitFor({ timeout: 30000 });
    await room.goto(`${server.url}#law=jining-2024`);
    await room.locator(".reader article.article").first().waitFor({ timeout: 30000 });
  });
});
