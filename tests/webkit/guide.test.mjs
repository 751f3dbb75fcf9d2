// The guided questions on an iPhone (WebKit), at 360 px: a first visit on a phone starts
// them, and five answers (regime, item found by its citation, responsibility, the notice's
// date, earlier points) lead to the answer the core gives for that case today.
import { test } from "node:test";
import assert from "node:assert/strict";
import { webkit, jsApi } from "./harness.mjs";

const core = jsApi();
const browser = webkit();

test("a first visit on a phone asks the guided questions, and they end in the answer", async () => {
  const page = await browser.open(browser.server.url);
  // A phone's first visit: the questions, not the full form.
  await page.until("the first question's address", () => location.hash === "#guide/1");
  assert.match(await page.text("#guide-question"), /\S/);
  assert.match(await page.text(".guide-progress"), /第 1 步/);
  assert.equal(await page.js(() => document.querySelector("input[name=guide-regime]:checked")?.value), "shanghai-2025",
    "the regime in force today is suggested");
  await page.screenshot("guide-1");
  const next = async (step) => {
    await page.click(".guide-nav button.primary", /下一步/);
    await page.until(`question ${step}`, (step) => location.hash === `#guide/${step}`, step);
    await page.text(".guide-progress", new RegExp(`第 ${step} 步`));
  };
  await next(2);
  // The item, found as a physician cites it.
  await page.fill(".guide input[type=search]", "第十三条（二）");
  await page.until("item 13.2 chosen", () => document.querySelector(".guide .item-picker")?.dataset.chosen === "13.2");
  await next(3);
  await page.click("label[for=guide-responsibility-primary]");
  await page.until("primary responsibility checked", () => document.getElementById("guide-responsibility-primary").checked);
  await next(4);
  await page.fill("#guide-notified_on", "2026-11-25");
  await next(5);
  await page.fill("#guide-earlier-points", "3");
  await page.fill("#guide-earlier-on", "2026-03-10");
  await next(6);

  // The answer, as the core computes it for this case on today's date in China.
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  const expected = core.evaluate({ regime: "shanghai-2025", incidents: [
    { id: "a", points: 3, decided_on: "2026-03-10" },
    { id: "b", item: "13.2", responsibility: "primary", notified_on: "2026-11-25" },
  ] }, today);
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  assert.ok(suspension?.end, "the core foresees a suspension");
  const answer = await page.text(".guide .answer", new RegExp(suspension.end));
  assert.match(answer, /暂停医保支付资格/);
  if (suspension.projected) assert.match(answer, /预计/);
  const summary = await page.text(".guide-summary");
  assert.match(summary, /13\.2/);
  assert.match(summary, /主要责任/);
  assert.match(summary, /收到告知 2026-11-25，尚未决定/);
  assert.match(summary, /3 分（2026-03-10）/);
  assert.equal(await page.scrollsSideways(), false, "no sideways scroll at 360 px");
  await page.screenshot("guide-answer");
  assert.deepEqual(await page.problems(), []);
});
