// The builds of the app and its parts loaded later (DESIGN.md "Size"): the app's wasm
// has the shell (header, tabs, the law dialog's frame, the bottom bar) and what every
// page starts from; the guided questions, the calculator's answer, its case, the law's
// reader, a citation's articles and the teaching pages (the comparison, the scenario library, the training room) are
// wasm files of their own, fetched in the same page when first drawn, those of the first
// screen with the app's wasm; embed.html loads the embed's build. What is entered stays,
// a part that cannot be loaded says so and can be tried again, and after one visit every
// page opens offline.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, dist, openApp, chooseItem, shareFragment, physician, keptByWorker, watchSettled, untilSettled, drawn } from "./harness.mjs";

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

/** Holds back the files matching `pattern`, as a slow link would, until the returned
 *  function is called; its `asked` says whether one was requested meanwhile. */
async function holdBack(context, pattern) {
  let release;
  let asked;
  const held = new Promise((resolve) => (release = resolve));
  const whenAsked = new Promise((resolve) => (asked = resolve));
  await context.route(pattern, async (route) => {
    release.asked = true;
    asked();
    await held;
    await route.continue();
  });
  const free = () => release();
  Object.defineProperty(free, "asked", { get: () => release.asked === true });
  free.whenAsked = whenAsked;
  return free;
}

/** `promise`, or a failure saying `what` did not happen within `ms`. */
function within(ms, promise, what) {
  let timer;
  const late = new Promise((_, fail) => (timer = setTimeout(() => fail(new Error(`${what}: not within ${ms} ms`)), ms)));
  return Promise.race([promise, late]).finally(() => clearTimeout(timer));
}

/**
 * The wasm files this page fetched, by what they are: "app" (the app's own), a part
 * ("guide", "answer", "case", "law reader", "teaching"), "shared" (code parts share),
 * "embed"; with `how`, each with how it was asked for ("preload": by the page's loader,
 * with the app's wasm; "fetch": by the app, once started).
 */
const wasmFetched = (page, how = false) =>
  page.evaluate(
    (how) =>
      performance
        .getEntriesByType("resource")
        .filter((e) => new URL(e.name).pathname.endsWith(".wasm") && !e.name.includes("/api/"))
        .map((e) => {
          const name = new URL(e.name).pathname.split("/").pop();
          const what =
            name === "jifen-app_bg.wasm"
              ? "app"
              : name === "jifen-app-embed_bg.wasm"
                ? "embed"
                : name.startsWith("split_")
                  ? name.slice(6, -5).replace("_", " ")
                  : /^chunk_\d+\.wasm$/.test(name)
                    ? "shared"
                    : name;
          return how ? `${what} (${e.initiatorType === "link" ? "preload" : e.initiatorType})` : what;
        }),
    how,
  );
const parts = async (page, how) => (await wasmFetched(page, how)).filter((w) => !w.startsWith("shared"));

test("the calculator loads the app's wasm, its answer and its case; the comparison fetches the teaching part in the same page, and the case stays", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, server.url);
    await page.locator(".regime-card").first().waitFor();
    assert.deepEqual(await parts(page), ["app", "answer", "case"]);
    // A mark on the page: a page loaded again would not have it.
    await page.evaluate(() => (window.sameDocument = true));
    await page.click("button.add");
    await chooseItem(page.locator("article.incident").first(), "13.2");
    await page.locator("article.incident input[id$=decided_on]").fill("2025-06-10");
    await page.locator("article.incident input[id$=responsibility-primary]").check();
    await page.click("a.tab:text-is('制度对比')");
    await page.locator("table.compare").waitFor({ timeout: 30000 });
    assert.match(page.url(), /#compare$/);
    assert.deepEqual(await parts(page), ["app", "answer", "case", "teaching"], "the teaching part, once");
    assert.equal(await page.evaluate(() => window.sameDocument), true, "the page was not loaded again");
    assert.match(await page.locator("table.compare").innerText(), /13\.2/);
    assert.equal(await page.locator(".compared-case").innerText(), "对比的是您的案例「案例 1」。");
    // Back: the calculator, with the item kept; the scenario library and the law's reader.
    await page.goBack();
    await page.locator(".item-picker[data-chosen='13.2']").waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('培训')");
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('条文')");
    await page.locator(".reader article.article").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await parts(page), ["app", "answer", "case", "teaching", "law reader"], "each part fetched once");
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

test("the loader fetches the first screen's part with the app's wasm: a later guided question, a link's answer (its case after), a room page's teaching part, the law's reader; the embed loads its own build only, with no part's code in it", async () => {
  const phone = { width: 360, height: 740 };
  const desktop = { width: 1280, height: 900 };
  for (const [size, address, drawn, expected] of [
    [phone, "#guide/3", "#guide-question", ["app (preload)", "guide (preload)"]],
    [phone, shareFragment(physician), ".regime-card", ["app (preload)", "answer (preload)", "case (fetch)"]],
    [desktop, "", ".regime-card", ["app (preload)", "answer (preload)", "case (fetch)"]],
    [desktop, "#rules=shanghai-2025,jining-2024", ".rules-items", ["app (preload)", "teaching (preload)"]],
    [phone, "#law=jining-2024", ".reader article.article", ["app (preload)", "law reader (preload)"]],
  ]) {
    // Each a first visit: a fresh profile.
    await inBrowser({ serviceWorkers: "block" }, async (context) => {
      const page = await context.newPage();
      await page.setViewportSize(size);
      await page.goto(`${server.url}${address}`);
      await page.locator(drawn).first().waitFor({ state: "attached", timeout: 30000 });
      assert.deepEqual(await parts(page, true), expected, `${size.width} px, ${address || "no address"}`);
    });
  }
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const embed = await context.newPage();
    await embed.goto(`${server.url}embed.html#s=sh2025-one-shot-9`);
    await embed.locator(".answer").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await wasmFetched(embed), ["embed"]);
  });
  // The embed's build has no parts: it calls what it draws directly, so code that names
  // the app's `later` links every part into it (the law's dialog once did: 301 -> 555 kB
  // brotli). Words only the training room and the roster say must not be in it.
  const embedWasm = readdirSync(dist).filter((d) => d.startsWith("jifen-app-embed-")).map((d) => join(dist, d, "jifen-app-embed_bg.wasm"));
  assert.equal(embedWasm.length, 1);
  const embedBytes = readFileSync(embedWasm[0]);
  for (const words of ["教员工具：选题", "JSON Lines"]) {
    assert.equal(embedBytes.includes(Buffer.from(words)), false, `the embed's wasm holds "${words}": a part's code is linked into it`);
  }
});

/** The page's stylesheets, by their names without the content hash (style.css, teaching.css, …). */
const stylesheets = (page) =>
  page.evaluate(() =>
    [...document.querySelectorAll("link[rel=stylesheet]")].map((l) => new URL(l.href).pathname.split("/").pop().replace(/-[0-9a-f]{16}\.css$/, ".css")),
  );

test("the training room's and the roster's styles come with their parts: the first load links style.css only, and each part's sheet is in effect when it is first drawn", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, server.url);
    await page.locator(".regime-card").first().waitFor();
    assert.deepEqual(await stylesheets(page), ["style.css"], "the calculator's first load");
    // The rules side by side, opened in the same page: how their first row heading is
    // styled the moment it is in the document (teaching.css keeps it in view: sticky).
    await page.evaluate(() => {
      new MutationObserver((_, observer) => {
        const heading = document.querySelector(".rules-table th[scope=row]");
        if (heading) {
          window.firstHeadingPosition = getComputedStyle(heading).position;
          observer.disconnect();
        }
      }).observe(document.body, { childList: true, subtree: true });
      location.hash = "#rules=shanghai-2025,jining-2024";
    });
    await page.locator(".rules-items").first().waitFor({ timeout: 30000 });
    assert.equal(await page.evaluate(() => window.firstHeadingPosition), "sticky", "styled when first drawn");
    assert.deepEqual(await stylesheets(page), ["style.css", "teaching.css"]);
    await page.goBack();
    await page.locator(".regime-card").first().waitFor({ timeout: 30000 });
    await page.evaluate(() => (location.hash = "#roster"));
    await page.locator(".roster-import").waitFor({ timeout: 30000 });
    assert.equal(await page.locator(".roster-import").evaluate((b) => getComputedStyle(b).display), "flex", "roster.css applies");
    assert.deepEqual(await stylesheets(page), ["style.css", "teaching.css", "roster.css"], "each linked once");
    assert.deepEqual(problems, []);
  });
  // A room page's first screen: the loader links the sheet with the part's preload.
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.url}#quiz=shanghai-2025`);
    await page.locator(".quiz-question").first().waitFor({ timeout: 30000 });
    assert.deepEqual(await stylesheets(page), ["style.css", "teaching.css"]);
    assert.equal(await page.locator(".quiz-choice").first().evaluate((c) => getComputedStyle(c).display), "grid");
  });
  // A sheet that cannot be loaded leaves the page usable, unstyled.
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    await context.route(/teaching-[0-9a-f]{16}\.css$/, (route) => route.abort());
    const page = await context.newPage();
    await page.goto(`${server.url}#rules=shanghai-2025,jining-2024`);
    await page.locator(".rules-items").first().waitFor({ timeout: 30000 });
  });
});

test("a phone's first visit draws the first question with the app's wasm alone, and fetches the other questions while it is answered", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    // The guided questions' part comes late, as on a slow link.
    const release = await holdBack(context, /split_guide\.wasm$/);
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url);
    await page.locator("#guide-question").waitFor({ timeout: 30000 });
    assert.equal(await page.locator("#guide-question").innerText(), "您适用哪一份文件？");
    // The way out of the first question is the full editor's link, not 上一步.
    assert.equal(await page.locator(".guide-nav button:text-is('上一步')").count(), 0);
    assert.equal(await page.locator(".guide-out button").innerText(), "改用完整编辑器");
    assert.ok((await page.locator(".guide .regime-card").count()) >= 3, "the documents to choose from");
    assert.deepEqual(await parts(page, true), ["app (preload)"], "drawn before the guided questions' part arrived");
    assert.equal(await page.locator('link[rel=preload][href*="split_"]').count(), 0, "the loader preloads no part");
    // The app asks for the later questions on its own, while the first is answered.
    await within(10000, release.whenAsked, "the guided questions' part is fetched before 下一步");
    // 下一步 before the part has arrived: the next question says it is loading, then comes.
    await page.locator(".guide-nav button:text-is('下一步')").click();
    await page.locator(".guide .loading-page").waitFor({ timeout: 10000 });
    assert.match(page.url(), /#guide\/2$/);
    // Until the question is there, no 下一步 to judge an answer not yet asked for.
    assert.equal(await page.locator(".guide-nav button:text-is('下一步')").count(), 0);
    assert.equal(await page.locator(".guide [role=alert]").count(), 0);
    release();
    await page.locator(".guide input[type=search]").waitFor({ timeout: 30000 });
    await page.waitForFunction(() => document.activeElement?.id === "guide-question", null, { timeout: 10000 });
    assert.equal(await page.locator(".guide .loading-page").count(), 0);
    assert.equal(await page.locator(".guide-nav button:text-is('下一步')").count(), 1);
    assert.deepEqual(await parts(page, true), ["app (preload)", "guide (fetch)"], "fetched by the app, once");
  });
});

test("when the guided questions' part cannot be loaded, the first question is still answered, and the next says so and comes when tried again", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    await context.route(/split_guide\.wasm$/, (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 740 });
    await page.goto(server.url);
    await page.locator("#guide-regime-jining-2024").check({ timeout: 30000 });
    await page.locator(".guide-nav button:text-is('下一步')").click();
    const alert = page.locator(".guide [role=alert]").filter({ hasText: "下一个问题未能载入" });
    await alert.waitFor({ timeout: 30000 });
    // One thing to press: 重试 (上一步 and the full editor stay).
    assert.equal(await page.locator(".guide-nav button:text-is('下一步')").count(), 0);
    assert.equal(await page.locator(".guide-nav button:text-is('上一步')").count(), 1);
    await context.unroute(/split_guide\.wasm$/);
    await alert.locator("button:text-is('重试')").click();
    await page.locator(".guide input[type=search]").waitFor({ timeout: 30000 });
    await page.waitForFunction(() => document.activeElement?.id === "guide-question", null, { timeout: 10000 });
    assert.equal(await page.locator(".guide [role=alert]").count(), 0);
    // The answer given before the failure is kept.
    await page.locator(".guide-nav button:text-is('上一步')").click();
    assert.equal(await page.locator("#guide-regime-jining-2024").isChecked(), true);
  });
});

test("a part that cannot be loaded says so, and is loaded when tried again: the old message goes at once, the focus to what came", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, server.url);
    // The connection drops just as the scenario library is first opened.
    await context.route(/split_teaching\.wasm$/, (route) => route.abort("internetdisconnected"));
    await page.click("a.tab:text-is('培训')");
    const alert = page.locator("main [role=alert]");
    await alert.getByText("此页未能载入").waitFor({ timeout: 30000 });
    // Tried again while still offline: the message again, and the focus on its button
    // (the button pressed is gone).
    await alert.locator("button:text-is('重试')").click();
    await page.waitForFunction(() => document.activeElement?.textContent === "重试" && document.activeElement.closest(".part-failed:not([hidden])"), null, { timeout: 30000 });
    // Back online, on a slow link: while the part comes, the loading line alone.
    await context.unroute(/split_teaching\.wasm$/);
    const release = await holdBack(context, /split_teaching\.wasm$/);
    await alert.locator("button:text-is('重试')").click();
    await page.locator(".loading-page").waitFor({ timeout: 10000 });
    assert.equal(await page.locator("main [role=alert]:visible").count(), 0, "the old message is gone at once");
    release();
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    assert.equal(await page.locator("main [role=alert]").count(), 0);
    await page.waitForFunction(() => document.activeElement?.id === "main", null, { timeout: 10000 });
    // Nothing else was disturbed: the calculator is there as it was.
    await page.click("a.tab:text-is('计算')");
    await page.locator(".status, .guide").first().waitFor();
    // The failed fetch is the browser's own console line; the app logged nothing else.
    assert.deepEqual(problems.filter((p) => !/split_teaching|Failed to load resource|ERR_INTERNET_DISCONNECTED|failed to fetch/i.test(p)), []);
  });
});

test("a citation's articles are a part of their own: when it cannot be loaded, the dialog says so and can be closed, and 重试 brings them", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    const { page, problems } = await openApp(context, `${server.url}#s=sh2025-one-shot-9`);
    const dialog = page.locator("dialog.law");
    // On a slow link: while the part comes, the line the texts' loading says next.
    const release = await holdBack(context, /split_articles\.wasm$/);
    await page.locator(".sanction button.cite").first().click();
    await dialog.locator(".loading-page").filter({ hasText: "正在载入条文……" }).waitFor({ timeout: 10000 });
    release();
    await dialog.locator("article.article").first().waitFor({ timeout: 30000 });
    await dialog.locator("button:text-is('关闭')").click();
    // In a new page, the connection drops as a citation is first opened.
    await page.reload();
    await page.locator(".sanction button.cite").first().waitFor({ timeout: 30000 });
    await context.route(/split_articles\.wasm$/, (route) => route.abort("internetdisconnected"));
    await page.locator(".sanction button.cite").first().click();
    const alert = dialog.locator("[role=alert]").filter({ hasText: "条文未能载入，可能是网络连接中断" });
    await alert.waitFor({ timeout: 30000 });
    // The dialog's frame is the app's: its title and its buttons are there.
    assert.match(await dialog.locator("#law-title").innerText(), /^沪医保规〔2025〕3号 第/);
    await dialog.locator("button:text-is('关闭')").click();
    assert.equal(await dialog.isVisible(), false);
    // Opened again, still offline: the message again; back online, 重试 brings the
    // articles, and the focus goes to the dialog's first button, as opening gives it
    // (the button pressed is gone).
    await page.locator(".sanction button.cite").first().click();
    await alert.waitFor({ timeout: 30000 });
    await context.unroute(/split_articles\.wasm$/);
    await alert.locator("button:text-is('重试')").click();
    await dialog.locator("article.article").first().waitFor({ timeout: 30000 });
    assert.equal(await alert.count(), 0);
    await page.waitForFunction(() => document.activeElement?.matches("dialog.law .dialog-actions button"), null, { timeout: 10000 });
    assert.deepEqual(problems.filter((p) => !/split_articles|Failed to load resource|ERR_INTERNET_DISCONNECTED|failed to fetch/i.test(p)), []);
  });
});

test("the answer's add button, tapped before the case has arrived, leaves the new incident's search ready for the item", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    // The case's part comes late, as on a slow link.
    const release = await holdBack(context, /split_case\.wasm$/);
    const { page, problems } = await openApp(context, server.url);
    await page.locator(".welcome button:text-is('＋ 添加违规事件')").click();
    release();
    const card = page.locator("article.incident").first();
    await card.waitFor({ timeout: 30000 });
    await page.waitForFunction(() => /^incident-\d+-search$/.test(document.activeElement?.id ?? ""), null, { timeout: 10000 });
    await page.keyboard.type("13.2");
    await page.locator(".item-picker[data-chosen='13.2']").waitFor({ timeout: 10000 });
    assert.equal(await page.locator("article.incident").count(), 1);
    assert.deepEqual(problems, []);
  });
});

test("when neither the answer's part nor the case's can be loaded, one message says so, and trying again brings both", async () => {
  await inBrowser({ serviceWorkers: "block" }, async (context) => {
    await context.route(/split_(answer|case)\.wasm$/, (route) => route.abort("internetdisconnected"));
    const page = await context.newPage();
    await watchSettled(page);
    await page.goto(server.url);
    const alert = page.locator("[role=alert]").filter({ hasText: "计算器的这一部分未能载入" });
    await alert.first().waitFor({ timeout: 30000 });
    // Both parts have failed or been given up by then (the case's waits for the answer's).
    await untilSettled(page);
    assert.equal(await alert.count(), 1, "one message, in the answer's place");
    await context.unroute(/split_(answer|case)\.wasm$/);
    await alert.locator("button:text-is('重试')").click();
    await page.locator(".status").first().waitFor({ timeout: 30000 });
    await page.locator(".regime-card").first().waitFor({ state: "attached", timeout: 30000 });
    assert.equal(await page.locator("[role=alert]").filter({ hasText: "未能载入" }).count(), 0);
  });
});

test("the service worker waits until the first screen's parts are in: its precache would share a slow link with them", async () => {
  for (const [size, held, shown] of [
    [{ width: 360, height: 740 }, /split_guide\.wasm$/, "#guide-question"],
    [{ width: 1280, height: 900 }, /split_case\.wasm$/, ".answer-slot .welcome, .answer-slot .status"],
  ]) {
    await inBrowser({}, async (context) => {
      const release = await holdBack(context, held);
      const page = await context.newPage();
      await page.setViewportSize(size);
      await watchSettled(page);
      await page.goto(server.url);
      await page.locator(shown).first().waitFor({ timeout: 30000 });
      // The held part asked for: every other part of the first screen is in by then (the
      // case's comes after the answer's), so that a page settling too soon has done so.
      await within(30000, release.whenAsked, `${size.width} px: the held part asked for`);
      await drawn(page);
      assert.equal(await page.evaluate(() => window.__jifenSettled === true), false, `${size.width} px: not settled while a part is on its way`);
      const registered = () => page.evaluate(async () => Boolean(await navigator.serviceWorker.getRegistration()));
      assert.equal(await registered(), false, `${size.width} px: no service worker while a part is on its way`);
      assert.equal(await page.locator("link[rel=manifest]").count(), 0, "nor the manifest");
      release();
      await page.evaluate(async () => {
        await navigator.serviceWorker.ready;
      });
      assert.equal(await registered(), true);
      assert.equal(await page.locator("link[rel=manifest]").count(), 1);
    });
  }
  // A page left before its part arrived: that part no longer counts, and the page the
  // user went to settles when its own parts are in (the room page's teaching part is
  // held back for good).
  await inBrowser({}, async (context) => {
    const release = await holdBack(context, /split_teaching\.wasm$/);
    const page = await context.newPage();
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(`${server.url}#compare`);
    await page.locator(".loading-page").waitFor({ timeout: 30000 });
    await page.click("a.tab:text-is('计算')");
    await page.locator(".answer-slot .welcome").waitFor({ timeout: 30000 });
    await page.waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration()), null, { timeout: 10000 });
    assert.equal(await page.locator("table.compare").count(), 0, "the comparison never came");
    release();
  });
  // A page with no part to wait for (a bad training link's) is settled at once, not
  // after the 20 s a silent app is given.
  await inBrowser({}, async (context) => {
    const page = await context.newPage();
    await page.goto(`${server.url}#rules=shanghai-2025,beijing`);
    await page.locator(".bad-link").waitFor({ timeout: 30000 });
    await page.waitForFunction(async () => Boolean(await navigator.serviceWorker.getRegistration()), null, { timeout: 10000 });
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
    for (const part of ["jifen-app_bg.wasm", "split_guide.wasm", "split_answer.wasm", "split_case.wasm", "split_teaching.wasm", "split_law_reader.wasm", "__wasm_split.js"]) {
      assert.ok(precached.some((p) => p.startsWith("/jifen-app-") && p.endsWith(`/${part}`)), part);
    }
    assert.ok(precached.some((p) => /\/law-[0-9a-f]{16}\.json$/.test(p)), "the law's texts");
    assert.ok(!precached.some((p) => p.includes("jifen-app-embed")), "not the embed's build");
    assert.deepEqual(await parts(page), ["app", "guide"], "the page itself fetched the app's wasm and the first screen's part");
    await context.setOffline(true);
    await page.click("a.tab:text-is('培训')");
    await page.locator(".scenario").first().waitFor({ timeout: 30000 });
    const room = await context.newPage();
    await room.goto(`${server.url}#rules=shanghai-2025,jining-2024`);
    await room.locator(".rules-items").first().waitFor({ timeout: 30000 });
    await room.goto(`${server.url}#law=jining-2024`);
    await room.locator(".reader article.article").first().waitFor({ timeout: 30000 });
  });
});
