// The builds of the app (DESIGN.md "Size", "Two builds"): a visit loads the calculator's
// build, without the comparison, the scenario library and the training room; those pages
// load the full build (which then draws every page until the page is loaded again);
// embed.html loads the embed's. What is
// entered survives the switch, a link to a room page fetches one build only, and both of
// the app's work offline after one visit.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve, browser, openApp, chooseItem, shareFragment, physician, keptByWorker, untilKept } from "./harness.mjs";

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

/** The app's wasm files this page fetched: "calculator", "full", "embed". */
const builds = (page) =>
  page.evaluate(() =>
    performance
      .getEntriesByType("resource")
      .map((e) => new URL(e.name).pathname)
      .filter((p) => p.endsWith("_bg.wasm") && !p.includes("/api/"))
      .map((p) => (p.includes("jifen-app-full-") ? "full" : p.includes("jifen-app-embed-") ? "embed" : "calculator")),
  );

test("the calculator loads its own build; the comparison switches the tab to the full build, and the case stays", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, server.url);
    assert.deepEqual(await builds(page), ["calculator"]);
    await page.click("button.add");
    await chooseItem(page.locator("article.incident").first(), "13.2");
    await page.locator("article.incident input[id$=decided_on]").fill("2025-06-10");
    await page.locator("article.incident input[id$=responsibility-primary]").check();
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    assert.match(page.url(), /#compare$/);
    assert.deepEqual(await builds(page), ["full"], "the new page fetched the full build only");
    // The comparison is of the case entered in the calculator's build, and says so.
    assert.match(await page.locator("table.compare").innerText(), /13\.2/);
    assert.equal(await page.locator(".compared-case").innerText(), "对比的是您的案例「案例 1」。");
    // Back: the calculator, with the item kept.
    await page.goBack();
    await page.locator(".item-picker[data-chosen='13.2']").waitFor({ timeout: 30000 });
    // The calculator's tab, in the full build: no further load.
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    const loaded = await builds(page);
    await page.click("a.tab:text-is('计算')");
    await page.locator(".item-picker[data-chosen='13.2']").waitFor();
    assert.deepEqual(await builds(page), loaded, "the full build draws the calculator itself");
    // Loaded again on the calculator's address, the tab takes the calculator's build.
    await page.reload();
    await page.locator(".item-picker[data-chosen='13.2']").waitFor();
    assert.deepEqual(await builds(page), ["calculator"]);
    assert.deepEqual(problems, []);
  });
});

test("a shared case being looked at, changed, goes to the comparison as it was left, still unsaved", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, `${server.url}${shareFragment(physician)}`);
    assert.deepEqual(await builds(page), ["calculator"]);
    // A change to the case looked at, which is not saved anywhere.
    await page.locator("article.incident input[id$=responsibility-general]").last().check();
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(page), ["full"]);
    const compared = await page.locator("table.compare").innerText();
    assert.match(compared, /13\.2/, "the shared case, not the user's own (empty) one");
    assert.match(await page.locator(".compared-case").innerText(), /对比的是正在查看的案例「13\.2 告知书」（尚未保存为您的案例）/);
    await page.click("a.tab:text-is('计算')");
    await page.locator("article.incident").nth(1).waitFor();
    assert.equal(await page.locator("article.incident input[id$=responsibility-general]").last().isChecked(), true, "the change is kept");
    assert.equal(await page.locator(".casebar").count(), 0, "still a preview: the bar of saved cases waits");
    assert.equal(await page.evaluate(() => localStorage.getItem("jifen.library")?.includes("13.2") ?? false), false, "nothing saved");
    assert.deepEqual(problems, []);
  });
});

test("a training-room link loads the full build only, and the embed its own", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.url}#rules=shanghai-2025,jining-2024`);
    await page.locator(".rules-items").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(page), ["full"]);
    // Its first screen said this page was loading, not the calculator.
    assert.equal(await page.evaluate(() => document.documentElement.dataset.build), "full");
    const embed = await context.newPage();
    await embed.goto(`${server.url}embed.html#s=sh2025-one-shot-9`);
    await embed.locator(".answer").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(embed), ["embed"]);
    // Another tab starts from the calculator's build: the choice is the tab's.
    const other = await context.newPage();
    await other.goto(server.url);
    await other.locator(".status, .guide").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(other), ["calculator"]);
  });
});

test("the calculator's first visit precaches its own build only; offline, a page of the full build says it needs a connection once, and opened once, it opens offline", async () => {
  await inBrowser({}, async (context) => {
    // A phone: the worker keeps the full build only once it is used.
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url);
    await page.locator(".status, .guide").first().waitFor({ timeout: 30000 });
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    // The worker has installed (ready): its precache is complete.
    const precached = await keptByWorker(page);
    assert.ok(precached.some((p) => /\/jifen-app-[0-9a-f]{16}_bg\.wasm$/.test(p)), "the calculator's build");
    assert.ok(precached.some((p) => /\/law-[0-9a-f]{16}\.json$/.test(p)), "the law's texts");
    assert.ok(!precached.some((p) => p.includes("jifen-app-full-") || p.includes("jifen-app-embed-")), "not the others");
    // Offline, a page of the full build never opened says it needs a connection once,
    // and leads back to the calculator, which works.
    await context.setOffline(true);
    await page.click("a.tab:text-is('案例库')");
    const problem = page.locator("#boot-problem");
    await problem.getByText("此页需要联网载入一次").waitFor({ timeout: 30000 });
    assert.doesNotMatch(await problem.innerText(), /微信/, "not the old-browser advice");
    await problem.locator("a:text-is('返回计算器')").click();
    await page.locator(".status, .guide").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(page), ["calculator"]);
    assert.ok(!(await keptByWorker(page)).some((p) => p.includes("jifen-app-full-")), "a phone has not fetched the full build");
    await context.setOffline(false);
    // Online, the scenario library loads the full build, which the worker keeps.
    await page.click("a.tab:text-is('案例库')");
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    await untilKept(page, /\/jifen-app-full-[0-9a-f]{16}_bg\.wasm$/);
    await context.setOffline(true);
    const again = await context.newPage();
    await again.goto(`${server.url}#rules=shanghai-2025,jining-2024`);
    await again.locator(".rules-items").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(again), ["full"]);
    // The calculator too, in a new tab (which starts from its own build).
    const calculator = await context.newPage();
    await calculator.goto(server.url);
    await calculator.locator(".status, .guide").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await builds(calculator), ["calculator"]);
  });
});
