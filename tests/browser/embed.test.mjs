// The embedding demo (dist/embed.html): a public page with the full calculator pre-filled
// for one scenario in an iframe, and a widget on the JS API. It works from dist/ alone —
// every request stays on the site — and, after one visit, with the server stopped.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { serve, browser, firstVisit, jsApi, artefacts } from "./harness.mjs";

const core = jsApi();
const contexts = [];
after(async () => Promise.allSettled(contexts.map((c) => c.close())));

test("the demo page embeds a pre-filled calculator and a live widget, with nothing from elsewhere", async () => {
  const server = await serve();
  const context = await browser();
  contexts.push(context);
  const page = await context.newPage();
  const origins = new Set();
  const errors = [];
  context.on("request", (r) => origins.add(new URL(r.url()).origin));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(new URL("embed.html", server.url).href);

  // The iframe: the scenario, looked at, not saved.
  const frame = page.frameLocator("iframe.calculator");
  await frame.locator(".preview").waitFor();
  assert.match(await frame.locator(".preview").innerText(), /一次性记 9 分/);
  assert.match(await frame.locator(".status > .state").innerText(), /暂停中/);

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

test("after one visit the demo page works with the server stopped", async () => {
  const server = await serve();
  const context = await browser();
  contexts.push(context);
  const page = await firstVisit(context, server.url);
  await server.close();
  await page.goto(new URL("embed.html", server.url).href);
  await page.locator("#answer").getByText("累计 9 分").waitFor({ timeout: 15000 });
  await page.frameLocator("iframe.calculator").locator(".status").waitFor({ timeout: 15000 });
});
