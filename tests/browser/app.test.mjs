// The app in a real headless Chromium, against the built dist/ on localhost: pick a
// regime, add incidents, compare what is shown with the core's result for the same
// case (through the JS API build), switch language, make a bad entry, read an article,
// fit a phone. Screenshots go to target/browser/.
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { freshProfileEachTest, jsApi, artefacts, chooseItem, chosenItem } from "./harness.mjs";

const core = jsApi();
// Each test starts from a fresh profile: no saved cases carried over.
const open = freshProfileEachTest();

async function addIncident(page, { item, decided, responsibility, notified, nth }) {
  await page.click("button.add");
  const card = page.locator("article.incident").nth(nth);
  await chooseItem(card, item);
  await card.locator("input[id$=decided_on]").fill(decided);
  if (responsibility) await card.locator(`input[id$=responsibility-${responsibility}]`).check();
  if (notified) await card.locator("input[id$=notified_on]").fill(notified);
  return card;
}

/** Fails on any text whose contrast with its background is below WCAG AA. */
async function contrastProblems(page) {
  return page.evaluate(() => {
    const parse = (c) => {
      const m = c.match(/rgba?\(([^)]+)\)/);
      if (!m) return null;
      const [r, g, b, a = 1] = m[1].split(",").map(Number);
      return { r, g, b, a };
    };
    const lum = ({ r, g, b }) => {
      const f = (v) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const background = (el) => {
      for (let e = el; e; e = e.parentElement) {
        const c = parse(getComputedStyle(e).backgroundColor);
        if (c && c.a > 0.9) return c;
      }
      return { r: 255, g: 255, b: 255 };
    };
    const problems = [];
    for (const el of document.querySelectorAll("body *")) {
      const own = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!own || el.closest("svg") || el.closest("[hidden]")) continue;
      const style = getComputedStyle(el);
      if (style.visibility === "hidden" || style.display === "none" || el.getClientRects().length === 0) continue;
      if (el.matches(":disabled") || el.closest(":disabled")) continue;
      const fg = parse(style.color);
      const bg = background(el);
      const [hi, lo] = [lum(fg), lum(bg)].sort((a, b) => b - a);
      const ratio = (hi + 0.05) / (lo + 0.05);
      const size = parseFloat(style.fontSize);
      const large = size >= 24 || (size >= 18.66 && Number(style.fontWeight) >= 700);
      if (ratio < (large ? 3 : 4.5)) problems.push(`${el.tagName}.${el.className} "${el.textContent.trim().slice(0, 30)}" ${ratio.toFixed(2)}`);
    }
    return problems;
  });
}

/** Controls without an accessible name. */
async function unlabelled(page) {
  return page.evaluate(() =>
    [...document.querySelectorAll("input, select, button, textarea")]
      .filter((el) => {
        if (el.type === "hidden") return false;
        const named = el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || (el.labels && el.labels.length) || (el.tagName === "BUTTON" && el.textContent.trim());
        return !named;
      })
      .map((el) => el.outerHTML.slice(0, 80)),
  );
}

test("a Shanghai 2025 case shows the core's points, measures and dates", async () => {
  const { page, problems } = await open();
  await page.fill("#as-of", "2025-12-01");
  await addIncident(page, { item: "13.2", decided: "2025-05-20", responsibility: "primary", notified: "2025-05-06", nth: 0 });
  await addIncident(page, { item: "13.3", decided: "2025-08-01", responsibility: "general", nth: 1 });
  const expected = core.evaluate({
    regime: "shanghai-2025",
    as_of: "2025-12-01",
    incidents: [
      { id: "a", item: "13.2", decided_on: "2025-05-20", responsibility: "primary", notified_on: "2025-05-06" },
      { id: "b", item: "13.3", decided_on: "2025-08-01", responsibility: "general" },
    ],
  });
  const cards = page.locator("article.incident");
  for (const [i, inc] of expected.incidents.entries()) {
    await assert.doesNotReject(cards.nth(i).locator(".outcome .headline").getByText(`记 ${inc.points} 分`).waitFor());
  }
  const state = { normal: "医保支付资格正常", suspended: "医保支付资格暂停中", terminated: "医保支付资格已终止" }[expected.status.state];
  assert.match(await page.locator(".status > .state").innerText(), new RegExp(state));
  assert.match(await page.locator(".status > .total").innerText(), new RegExp(`${expected.status.total} 分`));
  const sanctions = await page.locator(".sanction").allInnerTexts();
  assert.equal(sanctions.length, expected.sanctions.length);
  for (const [i, s] of expected.sanctions.entries()) {
    assert.match(sanctions[i], new RegExp(s.decided_on));
    if (s.bar_until) assert.match(sanctions[i], new RegExp(s.bar_until));
    if (s.end) assert.match(sanctions[i], new RegExp(s.end));
  }
  const deadlines = await page.locator(".deadline time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime")));
  assert.deepEqual(deadlines, expected.deadlines.map((d) => d.due));
  // The chart's caption counts every measure of the year, the notice included.
  const inYear = expected.sanctions.filter((s) => s.decided_on.startsWith("2025")).length;
  assert.match(await page.locator("figure.chart figcaption").innerText(), new RegExp(`处理措施 ${inYear} 项`));
  assert.deepEqual(problems, []);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artefacts, "desktop-shanghai-2025.png"), fullPage: true });
  assert.deepEqual(await unlabelled(page), []);
  assert.deepEqual(await contrastProblems(page), []);
  await page.close();
});

test("each regime shows only the fields it uses, and a Wenzhou suspension starts after 15 working days", async () => {
  const { page } = await open();
  await page.check("input[name=regime][value=wenzhou-2014]");
  assert.equal(await page.locator("#agreement-start").count(), 1);
  assert.equal(await page.locator("input[id$=responsibility-general]").count(), 0);
  await page.fill("#agreement-start", "2014-10-15");
  await page.fill("#as-of", "2016-03-01");
  await addIncident(page, { item: "15.3", decided: "2016-01-11", nth: 0 });
  await addIncident(page, { item: "16.2", decided: "2016-01-20", nth: 1 });
  await addIncident(page, { item: "17.1", decided: "2016-02-01", notified: "2016-01-25", nth: 2 });
  const expected = core.evaluate({
    regime: "wenzhou-2014", as_of: "2016-03-01", agreement_start: "2014-10-15",
    incidents: [
      { id: "a", item: "15.3", decided_on: "2016-01-11" },
      { id: "b", item: "16.2", decided_on: "2016-01-20" },
      { id: "c", item: "17.1", decided_on: "2016-02-01", notified_on: "2016-01-25" },
    ],
  });
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  assert.ok(suspension, "the case reaches a suspension");
  await page.locator(".sanction.kind-suspension").waitFor();
  assert.match(await page.locator(".sanction.kind-suspension").innerText(), new RegExp(`${suspension.start} 至 ${suspension.end}`));
  assert.match(await page.locator(".status > .total").innerText(), /已扣 9 分，剩余 3 分/);
  assert.deepEqual(
    await page.locator(".deadline time").evaluateAll((els) => els.map((e) => e.getAttribute("datetime"))),
    expected.deadlines.map((d) => d.due),
  );
  await page.check("input[name=regime][value=jining-2024]");
  assert.equal(await page.locator("#birth-date").count(), 1);
  assert.match(await page.locator("article.incident").first().innerText(), /不属于/, "an item of another regime waits, kept");
  await page.check("input[name=regime][value=wenzhou-2014]");
  assert.equal(await chosenItem(page.locator("article.incident").first()), "15.3", "switching back restores it");
  await page.close();
});

test("the language switch keeps the case and translates the page", async () => {
  const { page } = await open();
  await page.fill("#as-of", "2025-12-01");
  await addIncident(page, { item: "13.4.1", decided: "2025-06-10", responsibility: "primary", nth: 0 });
  // The search that chose the item is emptied, as one does once it is chosen: the list
  // closes on the chosen item and its law's words. (The switch now keeps what is typed:
  // before, rebuilding the page emptied the search.)
  await page.locator("article.incident input[type=search]").first().fill("");
  await page.click("#lang-switch");
  await page.getByText("Incidents", { exact: true }).waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  assert.equal(await chosenItem(page.locator("article.incident").first()), "13.4.1");
  assert.match(await page.locator(".outcome .headline").innerText(), /scores 12 points/);
  assert.match(await page.locator(".status > .state").innerText(), /terminated/i);
  // The law's own words stay Chinese, with the gloss beside them.
  assert.match(await page.locator(".law-quote").first().innerText(), /医疗保障基金使用监督管理条例/);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "lang-switch", "the focus stays on the switch");
  await page.screenshot({ path: join(artefacts, "desktop-english.png"), fullPage: true });
  await page.click("#lang-switch");
  await page.getByText("违规事件", { exact: true }).waitFor();
  await page.close();
});

test("a bad entry shows its error next to the field and keeps everything else", async () => {
  const { page } = await open();
  await page.fill("#as-of", "2025-12-01");
  const first = await addIncident(page, { item: "13.2", decided: "2025-05-20", responsibility: "important", nth: 0 });
  await addIncident(page, { item: "13.1.1", decided: "2025-06-20", responsibility: "general", nth: 1 });
  await first.locator("input[id$=-points]").fill("9");
  const note = first.locator("[id$=-points-notes] .note.error");
  await note.waitFor();
  assert.match(await note.innerText(), /4—6/);
  assert.equal(await first.locator("input[id$=-points]").getAttribute("aria-invalid"), "true");
  await page.locator(".error-card").waitFor();
  assert.match(await page.locator(".error-card").innerText(), /事件 1 的分值/);
  // Nothing else is lost.
  assert.equal(await chosenItem(page.locator("article.incident").nth(1)), "13.1.1");
  assert.equal(await first.locator("input[id$=decided_on]").inputValue(), "2025-05-20");
  await page.screenshot({ path: join(artefacts, "desktop-error.png"), fullPage: true });
  await page.locator(".error-card button").click();
  await page.waitForFunction(() => /-points$/.test(document.activeElement?.id ?? ""), null, { timeout: 5000 });
  await first.locator("input[id$=-points]").fill("6");
  await page.locator(".status").waitFor();
  assert.match(await page.locator(".status > .total").innerText(), /7 分/);
  // A date that does not exist, typed into an empty date field, is called out when the
  // field is left (the browser itself reports no value at all).
  const occurred = first.locator("input[id$=occurred_on]");
  await occurred.click();
  await page.keyboard.type("02302025");
  await occurred.blur();
  const dateNote = first.locator("[id$=occurred_on-notes] .note.error");
  await dateNote.waitFor();
  assert.match(await dateNote.innerText(), /不是有效的日期/);
  assert.equal(await occurred.getAttribute("aria-invalid"), "true");
  await page.close();
});

test("a citation opens the article's own text, and Escape closes it", async () => {
  const { page } = await open();
  await addIncident(page, { item: "13.3", decided: "2025-08-01", responsibility: "primary", nth: 0 });
  await page.locator(".sanction button.cite").first().click();
  const dialog = page.locator("dialog.law");
  await dialog.waitFor({ state: "visible" });
  assert.match(await dialog.innerText(), /第十四条/);
  assert.match(await dialog.locator("p.marked").first().innerText(), /（二）/);
  // The title names the document and the citation; the article under it does not name
  // the document again.
  assert.match(await dialog.locator("#law-title").innerText(), /^沪医保规〔2025〕3号 第十四条/);
  assert.doesNotMatch(await dialog.locator("article h3").first().innerText(), /沪医保规/);
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "hidden" });
  // A tap on the shade around it closes it too; a tap inside does not.
  await page.locator(".sanction button.cite").first().click();
  await dialog.locator("article.article").first().waitFor();
  await dialog.locator("article h3").first().click();
  assert.ok(await dialog.isVisible(), "a tap inside keeps it open");
  await page.mouse.click(3, 3);
  await dialog.waitFor({ state: "hidden" });
  await page.close();
});

test("the page fits a 360 px phone and works by keyboard", async () => {
  const { page, problems } = await open({ width: 360, height: 780 });
  // A first visit on a phone opens the guided questions; this test uses the editor.
  await page.click("text=改用完整编辑器");
  await page.reload();
  await page.locator(".status").waitFor();
  // Keyboard: the first Tab reaches the skip link.
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.activeElement?.className), "skip");
  await page.fill("#as-of", "2025-12-01");
  await addIncident(page, { item: "13.2", decided: "2025-05-20", responsibility: "primary", notified: "2025-05-06", nth: 0 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 0, `the page is ${overflow}px wider than the phone`);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artefacts, "phone-shanghai-2025.png"), fullPage: true });
  // Enter on "add" adds an incident and moves the focus to its item search.
  await page.locator("button.add").focus();
  await page.keyboard.press("Enter");
  assert.equal(await page.locator("article.incident").count(), 2);
  await page.waitForFunction(() => /-search$/.test(document.activeElement?.id ?? ""), null, { timeout: 5000 });
  // The bar at the bottom names the year of its total, and from another tab it leads back
  // to the result.
  const bar = page.locator("a.mini-status");
  assert.match(await bar.innerText(), /2025 年累计 \d+ 分/);
  // The second incident has no item yet: the bar says it is left out.
  assert.match(await bar.innerText(), /1 个事件未计入/);
  // The answer is above the case: the bar points up to it.
  assert.match(await bar.innerText(), /↑$/);
  await page.click("a.tab:text-is('条文')");
  await bar.click();
  await page.locator("#result").waitFor();
  await page.waitForFunction(() => {
    const r = document.getElementById("result")?.getBoundingClientRect();
    return r && r.top < window.innerHeight && r.bottom > 0;
  }, null, { timeout: 5000 });
  assert.deepEqual(problems, []);
  assert.deepEqual(await contrastProblems(page), []);
  await page.close();
});

test("switching the language redraws the guided question and the incident card in place, losing nothing typed", async () => {
  const { page, problems } = await open({ width: 360, height: 780 });
  // The guided questions (a phone's first visit): the second question, its item found.
  const question = page.locator("#guide-question");
  await question.waitFor();
  await page.click(".guide-nav button.primary");
  await question.filter({ hasText: "发生了什么？" }).waitFor();
  const guide = page.locator(".guide");
  await chooseItem(guide, "13.2");
  await page.screenshot({ path: join(artefacts, "phone-guide-2-zh.png") });
  await page.click("#lang-switch");
  await question.filter({ hasText: "What happened?" }).waitFor();
  assert.match(await guide.locator(".guide-progress").innerText(), /^Step 2 of \d$/);
  assert.equal(await guide.locator(".guide-nav button.primary").innerText(), "Next");
  assert.match(await guide.locator(".search-status").innerText(), /One item matches: chosen/);
  assert.match(await guide.locator(".item-option.chosen").innerText(), /general \/ important \/ primary/);
  assert.equal(await guide.locator("input[type=search]").inputValue(), "13.2", "what was typed stays");
  assert.equal(await chosenItem(guide), "13.2");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "lang-switch", "the focus stays on the switch");
  await page.screenshot({ path: join(artefacts, "phone-guide-2-en.png") });
  await page.click("#lang-switch");
  await question.filter({ hasText: "发生了什么？" }).waitFor();
  assert.equal(await guide.locator(".guide-nav button.primary").innerText(), "下一步");
  assert.equal(await guide.locator("input[type=search]").inputValue(), "13.2");

  // The same case in the editor: its incident, filled in.
  await page.click("text=改用完整编辑器");
  const card = page.locator("article.incident").first();
  await card.waitFor();
  assert.equal(await chosenItem(card), "13.2", "the guide's answer is the case");
  await card.locator("input[id$=responsibility-primary]").check();
  await card.locator("input[id$=notified_on]").fill("2025-05-06");
  await card.locator("input[id$=decided_on]").fill("2025-05-20");
  await card.locator("details.more summary").click();
  await card.locator("input[id$=-note]").fill("门诊 3 号");
  await card.locator(".outcome .headline").getByText("记 6 分").waitFor();
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: join(artefacts, "phone-incident-zh.png") });
  await page.click("#lang-switch");
  await page.locator("#incidents-title").filter({ hasText: "Incidents" }).waitFor();
  assert.equal(await card.locator("h3").innerText(), "Incident 1");
  assert.equal((await card.locator("label[for$=decided_on]").innerText()).trim(), "Final scoring decision made on");
  assert.equal((await card.locator("label[for$=notified_on]").innerText()).trim(), "Notice of the points received on");
  assert.equal((await card.locator("label[for$=objection_filed_on]").innerText()).trim(), "Statement and defence filed on");
  assert.match(await card.locator("fieldset.responsibility legend").innerText(), /^Responsibility/);
  assert.match(await card.locator(".outcome .headline").innerText(), /scores 6 points \(lawful 4–6\)/);
  assert.equal(await card.locator("button.icon.danger").getAttribute("aria-label"), "Delete incident 1");
  // Nothing typed is lost, and nothing folded open is closed.
  assert.equal(await card.locator("input[id$=decided_on]").inputValue(), "2025-05-20");
  assert.equal(await card.locator("input[id$=notified_on]").inputValue(), "2025-05-06");
  assert.equal(await card.locator("input[id$=-note]").inputValue(), "门诊 3 号");
  assert.equal(await card.locator("input[id$=responsibility-primary]").isChecked(), true);
  assert.equal(await card.locator("details.more").evaluate((d) => d.open), true);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "lang-switch", "the focus stays on the switch");
  await card.scrollIntoViewIfNeeded();
  await card.screenshot({ path: join(artefacts, "phone-incident-en.png") });
  await page.click("#lang-switch");
  await page.locator("#incidents-title").filter({ hasText: "违规事件" }).waitFor();
  assert.equal(await card.locator("h3").innerText(), "事件 1");
  assert.equal((await card.locator("label[for$=decided_on]").innerText()).trim(), "最终记分处理决定日期");
  assert.match(await card.locator(".outcome .headline").innerText(), /记 6 分/);
  assert.equal(await card.locator("input[id$=-note]").inputValue(), "门诊 3 号");
  assert.deepEqual(problems, []);
  await page.close();
});
