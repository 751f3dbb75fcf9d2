// Spec v3 in the answer, on a phone: a person whose termination's bar is over is awaiting
// restoration (沪2025 第三十条), never "normal"; a December notice shows both outcomes side
// by side, each with its dates and article. Screenshots at 360 px go to SHOTS (default
// /tmp/shots-output) to be looked at.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { freshProfileEachTest, jsApi, shareFragment } from "./harness.mjs";

const core = jsApi();
const open = freshProfileEachTest();
const phone = { width: 360, height: 740 };
const shots = process.env.SHOTS || "/tmp/shots-output";
mkdirSync(shots, { recursive: true });

// spec/examples/sh2025-bar-over-not-restored.json
const barOver = {
  regime: "shanghai-2025",
  as_of: "2026-08-01",
  incidents: [
    { id: "earlier", points: 8, decided_on: "2025-04-15" },
    { id: "now", item: "13.2", responsibility: "primary", decided_on: "2025-06-20" },
  ],
};

// spec/examples/sh2025-december-notice.json
const december = {
  regime: "shanghai-2025",
  as_of: "2026-12-18",
  incidents: [
    { id: "spring", item: "13.2", responsibility: "primary", decided_on: "2026-04-20" },
    { id: "winter", item: "13.1.3", responsibility: "primary", notified_on: "2026-12-16" },
  ],
};

async function answerOf(page, kase) {
  const base = page.url().split("#")[0];
  await page.goto(base + shareFragment(kase));
  await page.reload();
  const answer = page.locator(".answer");
  await answer.waitFor();
  return answer;
}

test("沪2025: a termination whose bar ended shows 待恢复 with 第三十条 and what restores, never 正常", async () => {
  const { page, problems } = await open(phone);
  const expected = core.evaluate(barOver);
  assert.equal(expected.status.state, "restoration_pending");
  assert.equal(expected.status.awaiting, "reregistration");
  const answer = await answerOf(page, barOver);
  await page.locator(".answer .restoration").waitFor();
  const text = await answer.innerText();
  assert.match(await answer.locator(".state").first().innerText(), /待恢复/);
  assert.match(text, /终止期满，需重新作出承诺并登记备案后方可恢复医保支付资格/);
  assert.match(text, /本人/);
  assert.match(await answer.locator(".restoration").innerText(), /第三十条/);
  assert.doesNotMatch(text, /正常/);
  assert.match(await answer.getAttribute("class"), /state-restoration_pending/);
  const bar = page.locator("a.mini-status");
  if (await bar.count()) assert.doesNotMatch(await bar.innerText(), /正常/);
  await page.screenshot({ path: join(shots, "v3-bar-over-360.png"), fullPage: false });
  // The bar ended in 2026, a year with no chart: the timeline says the wait in words.
  assert.equal(await page.locator(".timeline rect.span-pending").count(), 0);
  assert.match(await page.locator(".timeline .timeline-wait").textContent(), /2026-06-21 起待恢复医保支付资格；查询日 2026-08-01 仍未恢复。/);
  // In English, then back.
  await page.click("#lang-switch");
  await page.locator(".answer .restoration", { hasText: "register again" }).waitFor();
  assert.match(await answer.locator(".restoration").innerText(), /who acts: you/);
  await page.click("#lang-switch");
  await page.locator(".answer .restoration", { hasText: "登记备案" }).waitFor();
  // The form asks the day of the re-registration, in the regime's words; given, the
  // person is restored from that day.
  const restored = { ...barOver, restorations: [{ on: "2026-07-15" }] };
  assert.equal(core.evaluate(restored).status.state, "normal");
  await page.click("text=＋ 添加恢复日期");
  const day = page.locator("input[id^=restoration-][id$=-on]").first();
  await day.waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id?.startsWith("restoration-")), true, "the new day has the focus");
  assert.match(await page.locator(".group", { has: day }).innerText(), /需重新作出承诺并登记备案后方可恢复医保支付资格（第三十条）/);
  await day.fill("2026-07-15");
  await answer.locator(".state", { hasText: "正常" }).first().waitFor();
  assert.doesNotMatch(await answer.innerText(), /待恢复/);
  assert.deepEqual(problems, []);
});

test("a December notice shows both outcomes side by side, each with its dates and article", async () => {
  const { page, problems } = await open(phone);
  const expected = core.evaluate(december);
  assert.equal(expected.outlook_alternative.state, "suspended");
  assert.equal(expected.outlook_alternative.on, "2027-01-01");
  const answer = await answerOf(page, december);
  const outcomes = answer.locator(".year-outcomes .outcome");
  await outcomes.first().waitFor();
  assert.equal(await outcomes.count(), 2);
  const [early, late] = [await outcomes.nth(0).innerText(), await outcomes.nth(1).innerText()];
  assert.match(early, /若在 2026-12-31.*前作出决定/);
  assert.match(early, /累计 9 分/);
  assert.match(early, /暂停/);
  assert.match(early, /第.+条/);
  assert.match(late, /若在 2027 年作出决定（预计 2027-01-05/);
  assert.match(late, /第.+条/);
  // Side by side: the two boxes share a row.
  const [a, b] = [await outcomes.nth(0).boundingBox(), await outcomes.nth(1).boundingBox()];
  assert.ok(Math.abs(a.y - b.y) < 2 && a.x < b.x, "side by side");
  assert.ok(b.x + b.width <= phone.width, "within 360 px");
  await outcomes.first().scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(shots, "v3-december-360.png"), fullPage: false });
  assert.deepEqual(problems, []);
});

test("the timeline draws the wait for restoration after a suspension's term, and none once asked in time", async () => {
  const { page, problems } = await open({ width: 1280, height: 900 });
  // 沪2025: suspended 2026-01-11 … 2026-03-10; no resumption request (第三十条).
  const notAsked = {
    regime: "shanghai-2025",
    as_of: "2026-11-01",
    resumption_requests: [],
    incidents: [{ id: "a", points: 9, decided_on: "2026-01-10" }],
  };
  assert.equal(core.evaluate(notAsked).status.state, "restoration_pending");
  await answerOf(page, notAsked);
  const chart = page.locator(".timeline figure.chart").last();
  await chart.locator("rect.span-pending").waitFor();
  assert.match(await chart.locator("figcaption").innerText(), /2026-03-11 起待恢复医保支付资格。/);
  assert.match(await chart.locator("svg").innerHTML(), /待恢复医保支付资格 2026-03-11 起/);
  await chart.screenshot({ path: join(shots, "v3-timeline-pending.png") });
  const asked = { ...notAsked, resumption_requests: [{ on: "2026-02-20" }] };
  assert.equal(core.evaluate(asked).status.state, "normal");
  await answerOf(page, asked);
  await page.locator(".timeline figure.chart").last().waitFor();
  await page.locator(".answer .state", { hasText: "正常" }).first().waitFor();
  assert.equal(await page.locator(".timeline rect.span-pending").count(), 0);
  assert.deepEqual(problems, []);
});
