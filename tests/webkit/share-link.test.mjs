// A colleague's link opened on an iPhone (WebKit), at 360 px: a scenario of the library
// (#s=) and a case link (#c1.…, written as the app's exchange code writes it) each show
// their answer on the first screen, with the dates the core gives.
import { test } from "node:test";
import assert from "node:assert/strict";
import { webkit, jsApi, shareFragment, physician, phone } from "./harness.mjs";

const core = jsApi();
const browser = webkit();

test("a scenario's link (#s=sh2025-one-shot-9) opens as a preview with its answer: suspended, until when", async () => {
  const page = await browser.open(`${browser.server.url}#s=sh2025-one-shot-9`);
  const note = await page.text(".scenario-note");
  assert.match(note, /一次性记 9 分：暂停 2 个月而非 1 个月/);
  const expected = core.evaluate({ regime: "shanghai-2025", as_of: "2025-05-01",
    incidents: [{ id: "a", item: "13.3", decided_on: "2025-04-15", responsibility: "primary" }] });
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  assert.equal(suspension.end, "2025-06-15");
  const answer = await page.text(".answer", new RegExp(suspension.end));
  assert.match(answer, /暂停/);
  assert.match(answer, new RegExp(`${expected.status.total} 分`));
  // On the first screen of the phone.
  const top = await page.js(() => document.querySelector(".answer").getBoundingClientRect().top);
  assert.ok(top < phone.height, `the answer starts on the first screen (${top})`);
  assert.equal(await page.scrollsSideways(), false, "no sideways scroll at 360 px");
  await page.screenshot("share-scenario");
  assert.deepEqual(await page.problems(), []);
});

test("a case link (#c1.…) shows the objection deadline, the projected decision and suspension on top", async () => {
  const page = await browser.open(browser.server.url + shareFragment(physician));
  // The link's case is shown, not kept, until the user saves it.
  assert.match(await page.text(".preview"), /13\.2 告知书/);
  const expected = core.evaluate(physician);
  const objection = expected.deadlines.find((d) => d.kind === "objection");
  const decision = expected.incidents[1].decided_on;
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  assert.deepEqual([objection.due, decision, suspension.end], ["2026-12-09", "2026-12-14", "2027-01-14"]);
  const answer = await page.text(".answer", new RegExp(suspension.end));
  for (const date of [objection.due, decision]) assert.match(answer, new RegExp(date));
  assert.match(answer, /预计/);
  assert.match(answer, /暂停医保支付资格/);
  assert.match(answer, /陈述申辩/);
  const [answerTop, caseTop] = await page.js(() => [".answer", "#case"].map((s) => document.querySelector(s).getBoundingClientRect().top));
  assert.ok(answerTop < caseTop, "the answer comes before the case");
  assert.ok(answerTop < phone.height, `the answer starts on the first screen (${answerTop})`);
  assert.equal(await page.scrollsSideways(), false, "no sideways scroll at 360 px");
  await page.screenshot("share-case-link");
  // Scrolled down to the case, the bottom bar keeps where the decision leads in sight.
  await page.js(() => document.getElementById("case").scrollIntoView());
  const bar = await page.text("a.mini-status");
  assert.match(bar, /^医保支付资格正常 · 决定后暂停 · /);
  await page.screenshot("share-case-link-scrolled");
  assert.deepEqual(await page.problems(), []);
});
