// The static first screen of index.html: something useful shows before the wasm has
// arrived, and the app replaces it when it has drawn itself.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, artefacts } from "./harness.mjs";

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

test("the first screen shows before the wasm runs, and the app replaces it", async () => {
  const context = await fresh();
  const page = await context.newPage();
  await page.setViewportSize({ width: 360, height: 780 });
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
  assert.ok((await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)) <= 0, "fits 360 px");
  await page.screenshot({ path: join(artefacts, "first-screen-360.png") });
  // Something was painted before the app.
  const paint = await page.evaluate(() => performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? null);
  assert.ok(paint !== null, "a first contentful paint before the wasm");

  release();
  await page.waitForSelector(".status");
  assert.equal(await boot.count(), 0, "the app removed the first screen");
  assert.deepEqual(errors, []);
});
