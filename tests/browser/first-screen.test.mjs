// The static first screen of index.html: something useful shows before the wasm has
// arrived, the app replaces it when it has drawn itself, and where the app cannot run
// (no WebAssembly, as in old WeChat browsers and iOS before 15) or does not start, it
// says so in Chinese and English instead of leaving the page blank.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, dist, artefacts, root, watchSettled, untilSettled, drawn } from "./harness.mjs";
import { wasmFeatures, binaryenFeature } from "../../scripts/wasm-features.mjs";

let server;
const contexts = [];
before(async () => {
  mkdirSync(artefacts, { recursive: true });
  server = await serve();
});
after(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await server?.close();
});
async function fresh(options) {
  const context = await browser(options);
  contexts.push(context);
  return context;
}

/** What the message box says, and how wide the page is beyond the screen. */
async function problem(page) {
  const box = page.locator("#boot-problem");
  await box.locator("h2").waitFor();
  return {
    reason: await box.getAttribute("data-reason"),
    role: await box.getAttribute("role"),
    heading: await box.locator("h2").innerText(),
    text: await box.innerText(),
    overflow: await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth),
    loadingShown: await page.locator("#boot-loading").isVisible(),
  };
}

test("the first screen shows before the wasm runs, and the app replaces it", async () => {
  const context = await fresh();
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await watchSettled(page);
  const errors = [];
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  page.on("pageerror", (e) => errors.push(String(e)));
  // Hold the wasm back until the first screen has been looked at.
  let release;
  const held = new Promise((ok) => (release = ok));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(server.url);
  const boot = page.locator("#boot");
  await boot.waitFor();
  assert.equal(await page.locator("#boot h1").innerText(), "医保医师记分计算器");
  const text = await boot.innerText();
  for (const words of ["查看记分、处理措施和每个期限", "正在载入计算器", "Loading the calculator", "输入的内容不会发送到任何地方", "nothing you enter is sent anywhere"]) {
    assert.ok(text.includes(words), `${words} in: ${text}`);
  }
  assert.equal(await page.locator("#boot-loading").getAttribute("role"), "status");
  assert.equal(await page.locator("#boot-problem").innerText(), "", "no problem while loading");
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0, "fits 360 px");
  await page.screenshot({ path: join(artefacts, "first-screen-360.png") });
  // Something was painted before the app.
  const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
  assert.ok(paint !== null, "a first contentful paint before the wasm");

  release();
  // A first visit on a phone opens the guided questions.
  await page.waitForSelector(".status, .guide");
  assert.equal(await boot.count(), 0, "the app removed the first screen");
  // The icon and the manifest come once the app has started (register-sw.js).
  await page.waitForSelector("link[rel=manifest][href='manifest.webmanifest']", { state: "attached" });
  await page.waitForSelector("link[rel=icon][href='icon-192.png']", { state: "attached" });
  assert.equal(await page.locator("[data-reason]").count(), 0, "no old-browser message on a normal start");
  // Later errors are the app's, not a reason to cover it with the message: none, once
  // every part of the first screen is in (the guided questions' later ones too).
  await untilSettled(page);
  assert.equal(await page.locator("[data-reason]").count(), 0, "no old-browser message once settled");
  assert.deepEqual(errors, []);
});

test("without WebAssembly (old WeChat, iOS before 15) the page says what to do, in Chinese and English", async () => {
  // V8's --noexpose_wasm took WebAssembly away; current V8 no longer knows that flag (the
  // Chromium here keeps WebAssembly with it), while --jitless still takes it away. Both,
  // --jitless first: V8 stops reading the flags at one it does not know.
  const context = await fresh({ args: ["--js-flags=--jitless --noexpose_wasm"] });
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goto(server.url);
  assert.equal(await page.evaluate(() => typeof WebAssembly), "undefined", "a browser without WebAssembly");
  const shown = await problem(page);
  assert.equal(shown.reason, "unsupported");
  assert.equal(shown.role, "alert");
  assert.match(shown.heading, /此浏览器无法运行本计算器/);
  assert.match(shown.heading, /This browser cannot run the calculator/);
  for (const words of ["将微信更新到最新版本", "在浏览器打开", "iOS 15", "update WeChat", "Open in Browser", "iOS 15 or later"]) {
    assert.ok(shown.text.includes(words), `${words} in: ${shown.text}`);
  }
  assert.equal(await page.locator("#boot-problem").getAttribute("data-detail"), "WebAssembly");
  assert.equal(shown.loadingShown, false, "no more 'loading'");
  assert.ok(shown.overflow <= 0, `the page is ${shown.overflow}px wider than the phone`);
  // Not blank: the title and the privacy sentence are there too, and it stays so once the
  // page has loaded everything it asks for (the app's loader tries, and fails, to start).
  await page.waitForLoadState("networkidle");
  await drawn(page);
  assert.match(await page.locator("body").innerText(), /医保医师记分计算器[\s\S]*不会发送到任何地方/);
  await page.screenshot({ path: join(artefacts, "first-screen-no-wasm-360.png"), fullPage: true });
});

test("when the wasm cannot be loaded, the page says the calculator did not start", async () => {
  const context = await fresh({ serviceWorkers: "block" });
  const page = await context.newPage();
  await page.route(/\.wasm$/, (route) => route.fulfill({ status: 404, body: "not found" }));
  await page.goto(server.url);
  const shown = await problem(page);
  assert.equal(shown.reason, "failed");
  assert.match(shown.heading, /计算器未能启动/);
  assert.match(shown.heading, /The calculator did not start/);
  assert.match(shown.text, /请检查网络连接后刷新本页/);
  assert.match(shown.text, /update WeChat/);
});

test("the old-browser check tests every wasm feature of this build, each with a module that needs it", async () => {
  const { default: binaryen } = await import(join(root, "tools/node_modules/binaryen/index.js"));
  const html = readFileSync(join(dist, "index.html"), "utf8");
  const modules = Object.fromEntries([...html.matchAll(/"([a-z-]+)": (\[0, 97, 115, 109,[\d, ]+\])/g)].map(([, name, bytes]) => [name, JSON.parse(bytes)]));
  assert.deepEqual(Object.keys(modules).sort(), wasmFeatures(root).sort());
  for (const [name, bytes] of Object.entries(modules)) {
    const wasm = new Uint8Array(bytes);
    assert.ok(WebAssembly.validate(wasm), `${name}: valid here`);
    const module = binaryen.readBinary(wasm);
    module.setFeatures(binaryenFeature(binaryen, name));
    assert.ok(module.validate(), `${name}: valid with ${name}`);
    module.setFeatures(binaryen.Features.MVP);
    // binaryen prints what it finds invalid: that is the point here, so not shown.
    const [out, err] = [process.stdout.write, process.stderr.write];
    process.stdout.write = process.stderr.write = () => true;
    let valid;
    try {
      valid = module.validate();
    } finally {
      [process.stdout.write, process.stderr.write] = [out, err];
    }
    assert.ok(!valid, `${name}: invalid without ${name}`);
    module.dispose();
  }
});
