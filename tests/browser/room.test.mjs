// The training room: the rules side by side, presentation mode, quizzes, QR codes (decoded
// back to their link) and printed handouts (rendered to PNG pages with pdftoppm, saved in
// target/browser/ to be looked at).
import { test, before, after, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { serve, browser, jsApi, artefacts, caseAction } from "./harness.mjs";

const core = jsApi();
let server;
let context;
before(async () => {
  mkdirSync(artefacts, { recursive: true });
  server = await serve();
});
after(async () => server?.close());
beforeEach(async () => {
  context = await browser();
});
afterEach(async () => context?.close());

/** Opens `fragment` and waits for `selector`; fails on console errors. */
async function openAt(fragment, selector, { width = 1280, height = 900, scale = 1 } = {}) {
  const page = await context.newPage({ deviceScaleFactor: scale });
  await page.setViewportSize({ width, height });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(server.url + fragment);
  await page.waitForSelector(selector, { timeout: 30000 });
  return { page, problems };
}

/** The QR code drawn in `locator`, decoded. */
async function decodeQr(locator) {
  const png = PNG.sync.read(await locator.screenshot());
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  assert.ok(code, "a QR code is found in the picture");
  return code.data;
}

/** Prints the page to A4 PDF and renders each page to PNG; returns the PNG paths and the text per page. */
async function printToPng(page, name) {
  const pdf = join(artefacts, `${name}.pdf`);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  for (const f of readdirSync(artefacts).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))) {
    rmSync(join(artefacts, f));
  }
  execFileSync("pdftoppm", ["-png", "-r", "60", pdf, join(artefacts, name)]);
  const pngs = readdirSync(artefacts).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).sort();
  const pages = pngs.map((_, i) =>
    execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString());
  return { pngs: pngs.map((f) => join(artefacts, f)), pages };
}

test("#rules=shanghai-2025,jining-2024 sets both regimes' articles side by side, totals from the core", async () => {
  const { page, problems } = await openAt("#rules=shanghai-2025,jining-2024", "table.rules-table");
  const table = page.locator("table.rules-table");
  const heads = await table.locator("thead th").allInnerTexts();
  assert.match(heads[1], /沪医保规〔2025〕3号/);
  assert.match(heads[2], /济宁市医疗保障局通知/);
  const bands = await table.locator("tr", { hasText: "累计分值与处理" }).locator("td").allInnerTexts();
  assert.match(bands[0], /第十四条（二）1/);
  assert.match(bands[1], /五（一）/);
  const objection = await table.locator("tr", { hasText: "程序：提出异议" }).locator("td").allInnerTexts();
  assert.match(objection[0], /第十七条/);
  assert.match(objection[0], /10 个工作日/);
  assert.match(objection[1], /六（一）/);
  // The words are the seeds': 济宁's band as its notice writes it.
  assert.match(bands[1], /累计扣分９－１１分,中止服务协议６个月/);
  // A total computed by the core: 9 points one at a time, and at once.
  const nine = (points) => core.evaluate({ regime: "shanghai-2025", as_of: "2025-06-03",
    incidents: points.map((p, i) => ({ id: `a${i}`, points: p, decided_on: "2025-06-03", responsibility: "general" })) });
  const cumulative = nine(Array(9).fill(1)).sanctions.at(-1);
  const atOnce = nine([9]).sanctions.at(-1);
  const row9 = await table.locator("tr", { has: page.locator("th", { hasText: /^累计 9 分$/ }) }).locator("td").allInnerTexts();
  assert.match(row9[0], new RegExp(`暂停医保支付资格 ${cumulative.months} 个月`));
  assert.match(row9[0], new RegExp(`一次性记 9 分：暂停医保支付资格 ${atOnce.months} 个月`));
  assert.match(row9[1], /中止服务协议 6 个月/);
  // A citation opens its article.
  await table.locator("button.cite", { hasText: "第十七条" }).first().click();
  await page.locator("dialog.law[open]").waitFor();
  // (The law's texts are fetched when first opened: the article once they are in.)
  await page.locator("dialog.law").getByText(/陈述申辩/).first().waitFor({ timeout: 30000 });
  assert.match(await page.locator("dialog.law").innerText(), /陈述申辩/);
  await page.click("dialog.law button:text-is('关闭')");
  await page.screenshot({ path: join(artefacts, "room-rules.png"), fullPage: false });
  // At 360 px the table scrolls inside its box; the page does not.
  await page.setViewportSize({ width: 360, height: 780 });
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no page-wide scroll at 360 px");
  assert.deepEqual(problems, []);
});

test("a rules link with an unknown regime, and a bad quiz link, say what is wrong", async () => {
  const { page } = await openAt("#rules=shanghai-2025,beijing", ".bad-link");
  assert.match(await page.locator(".bad-link").innerText(), /“beijing”不存在/);
  await page.goto(server.url + "#quiz=jining-2024&n=0");
  await page.reload();
  await page.waitForSelector(".bad-link");
  assert.match(await page.locator(".bad-link").innerText(), /题目数量“0”无效/);
  await page.goto(server.url + "#present=nowhere");
  await page.reload();
  await page.waitForSelector(".bad-link");
  assert.match(await page.locator(".bad-link").innerText(), /没有编号为“nowhere”/);
});

test("#quiz=shanghai-2025 asks radio-group questions, explains each answer with its article, scores, and the link repeats it", async () => {
  const { page, problems } = await openAt("#quiz=shanghai-2025", ".quiz-question");
  // The address now carries the seed: the link shown gives these questions.
  await page.waitForFunction(() => /&seed=/.test(location.hash));
  const link = await page.locator("#quiz-link").inputValue();
  assert.equal(link, page.url());
  const groups = page.locator("[role=radiogroup]");
  assert.equal(await groups.count(), 10);
  const name = await groups.first().evaluate((g) => document.getElementById(g.getAttribute("aria-labelledby")).textContent);
  assert.ok(name.length > 10, "each radiogroup is named by its question");
  const prompts = await page.locator(".quiz-prompt").allInnerTexts();
  // Answer by keyboard: focus the first choice, the arrow keys choose within the group.
  await groups.first().locator("input").first().focus();
  await page.keyboard.press("Space");
  const feedback = page.locator(".quiz-feedback").first();
  await feedback.waitFor();
  assert.match(await feedback.innerText(), /正确答案：[A-D]\./);
  await feedback.locator("button.cite").click();
  await page.locator("dialog.law[open]").waitFor();
  await page.click("dialog.law button:text-is('关闭')");
  // Every other question: the first choice.
  for (let i = 1; i < 10; i++) await groups.nth(i).locator("label").first().click();
  assert.match(await page.locator(".quiz-score").innerText(), /全部答完：答对 \d+ \/ 10 题/);
  await page.screenshot({ path: join(artefacts, "room-quiz.png"), fullPage: false });
  // Someone else opening the same link gets the same questions.
  const other = await context.newPage();
  await other.goto(link);
  await other.waitForSelector(".quiz-question");
  assert.deepEqual(await other.locator(".quiz-prompt").allInnerTexts(), prompts);
  assert.deepEqual(problems, []);
});

test("presentation: the room is asked first, then each moment by the arrow keys, the answer last, readable at 1280×720 and 150% zoom", async () => {
  // 150% zoom of a 1280×720 screen: an 853×480 viewport drawn at 1.5 device pixels per px.
  const { page, problems } = await openAt("#present=sh2025-band-edge-8-9", ".present", { width: 853, height: 480, scale: 1.5 });
  const result = core.evaluate({ regime: "shanghai-2025", as_of: "2025-08-15", incidents: [
    { id: "a", item: "13.2", decided_on: "2025-04-10", responsibility: "general" },
    { id: "b", item: "13.2", decided_on: "2025-06-10", responsibility: "general" },
    { id: "c", item: "13.1.1", decided_on: "2025-08-01", responsibility: "general" }] });
  // The first slide asks: the facts with their dates, no answer yet.
  const ask = page.locator(".present-slide .present-ask");
  await ask.waitFor();
  assert.match(await ask.innerText(), /2025-04-10[\s\S]*2025-06-10[\s\S]*2025-08-01/);
  assert.match(await ask.innerText(), /到 2025-08-15，会怎样？/);
  assert.equal(await page.locator(".present-slide .present-state").count(), 0, "the answer is not on the first slide");
  assert.doesNotMatch(await page.locator(".present-slide").innerText(), /8 分只通报/, "nor the scenario's title, which would give it away");
  const fontSize = await page.locator(".present-slide .present-question").evaluate((e) => parseFloat(getComputedStyle(e).fontSize));
  assert.ok(fontSize >= 19, `projector-sized type (${fontSize}px)`);
  await page.screenshot({ path: join(artefacts, "room-present-ask.png") });
  // One slide per moment: three decisions and the request to resume, then the answer.
  const count = 1 + 3 + 1 + 1;
  assert.match(await page.locator(".present-position").innerText(), new RegExp(`^1 / ${count} · 提问`));
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-position").innerText(), new RegExp(`^2 / ${count} · 揭晓 1`));
  assert.equal(await page.locator(".present-slide .present-timeline circle.decision").count(), 1);
  assert.match(await page.locator(".present-slide .present-stage").innerText(), /本年度累计 4 分/);
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.equal(await page.locator(".present-slide .present-timeline circle.decision").count(), 3);
  const suspension = result.sanctions.find((s) => s.kind === "suspension");
  assert.match(await page.locator(".present-slide .present-stage").innerText(), new RegExp(`${suspension.start} — ${suspension.end}`));
  await page.screenshot({ path: join(artefacts, "room-present-step3.png") });
  // The request to resume, a deadline of the person's, on its own slide.
  await page.keyboard.press("ArrowRight");
  const request = result.deadlines.find((d) => d.kind === "resumption_request");
  assert.match(await page.locator(".present-slide .present-stage").innerText(), new RegExp(`期限 · ${request.due}`));
  // The answer: the standing, and now the title.
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-position").innerText(), new RegExp(`^${count} / ${count} · 答案`));
  assert.match(await page.locator(".present-slide .present-state").innerText(), new RegExp(`暂停中 · 累计 ${result.status.total} 分`));
  assert.match(await page.locator(".present-slide .present-answer").innerText(), /8 分只通报，第 9 分暂停 1 个月/);
  // The last slide stays the last; Left goes back.
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-position").innerText(), new RegExp(`^${count} / ${count}`));
  await page.keyboard.press("ArrowLeft");
  assert.match(await page.locator(".present-position").innerText(), new RegExp(`^${count - 1} / ${count}`));
  // The buttons do the same.
  await page.click("button:text-is('下一页 →')");
  assert.match(await page.locator(".present-position").innerText(), new RegExp(`^${count} / ${count}`));
  assert.deepEqual(problems, []);
});

test("a scenario's QR code decodes back to its link, and so does a share link's", async () => {
  const { page, problems } = await openAt("#scenarios", ".scenario");
  const card = page.locator("#scenario-sh2025-one-shot-9");
  const link = await card.locator("input.link-text").inputValue();
  assert.equal(link, `${server.url}#s=sh2025-one-shot-9`);
  await card.locator("button.qr-button").click();
  const dialog = page.locator("dialog.qr-full[open]");
  await dialog.waitFor();
  assert.equal(await decodeQr(dialog.locator("svg.qr-code")), link);
  await page.screenshot({ path: join(artefacts, "room-qr.png") });
  await page.keyboard.press("Escape");
  await dialog.waitFor({ state: "detached" }).catch(() => {});
  assert.equal(await page.locator("dialog.qr-full[open]").count(), 0);
  // The link opens the scenario as a preview.
  const opened = await context.newPage();
  await opened.goto(link);
  await opened.waitForSelector(".scenario-note");
  assert.match(await opened.locator(".scenario-note").innerText(), /第十四条（二）1/);
  // A share link of the calculator, through its QR code.
  await opened.click("button:text-is('保存为我的新案例')");
  await caseAction(opened, "分享链接");
  const share = await opened.locator("#share-link").inputValue();
  await opened.locator("dialog.share button.qr-button").click();
  assert.equal(await decodeQr(opened.locator("dialog.qr-full[open] svg.qr-code")), share);
  // The QR code fills the screen (no shade to tap: a tap while it is scanned keeps it);
  // Escape closes it, and the share dialog under it stays, closed by a tap on its shade.
  await opened.keyboard.press("Escape");
  await opened.locator("dialog.qr-full[open]").waitFor({ state: "detached" });
  assert.ok(await opened.locator("dialog.share").isVisible(), "the share dialog stays");
  await opened.mouse.click(3, 3);
  await opened.locator("dialog.share").waitFor({ state: "hidden" });
  assert.deepEqual(problems, []);
});

test("handouts: a scenario, the rules and a quiz print as titled, dated A4 pages without controls", async () => {
  const today = new Date().toLocaleDateString("sv-SE", { timeZone: "Asia/Shanghai" });
  // A scenario.
  const { page } = await openAt("#s=sh2025-one-shot-9", ".scenario-note");
  await page.waitForSelector(".status");
  const scenario = await printToPng(page, "print-scenario");
  assert.match(scenario.pages[0], /案例讲义/);
  assert.match(scenario.pages[0], /一次性记 9 分：暂停 2 个月而非 1 个月/);
  assert.match(scenario.pages[0], new RegExp(`打印日期 ${today}`));
  assert.match(scenario.pages[0], /第十三条（三）/);
  assert.doesNotMatch(scenario.pages.join("\n"), /复制链接|保存为我的新案例|二维码/);
  // The rules.
  await page.goto(server.url + "#rules=shanghai-2025,jining-2024");
  await page.waitForSelector("table.rules-table");
  const rules = await printToPng(page, "print-rules");
  assert.match(rules.pages[0], /规则对照讲义/);
  assert.match(rules.pages[0], new RegExp(`打印日期 ${today}`));
  assert.doesNotMatch(rules.pages.join("\n"), /对照的制度|复制链接|打印讲义/);
  assert.ok(rules.pngs.length >= 2);
  // A quiz: the answers on a page of their own.
  await page.goto(server.url + "#quiz=jining-2024&n=6&seed=handout");
  await page.reload();
  await page.waitForSelector(".quiz-question");
  const quiz = await printToPng(page, "print-quiz");
  const answersAt = quiz.pages.findIndex((p) => /答案与依据/.test(p));
  assert.ok(answersAt >= 1, "the answers start a page");
  assert.doesNotMatch(quiz.pages.slice(0, answersAt).join("\n"), /答案与依据/);
  assert.match(quiz.pages[0], /测验讲义/);
  assert.match(quiz.pages[0], new RegExp(`打印日期 ${today}`));
  assert.doesNotMatch(quiz.pages.join("\n"), /换一组题目|复制链接/);
  for (const png of [...scenario.pngs, ...rules.pngs, ...quiz.pngs]) {
    assert.ok(readFileSync(png).length > 1000, png);
  }
});

/** Presses the header's language switch and waits for `text`, a word of the page in the
 *  other language. `{ inPlace: true }` presses it where the page is, without scrolling to
 *  the header first; `{ key: "Enter" }` reaches it from the keyboard (in a presentation
 *  the title bar is out of the picture, but Tab still reaches it). */
async function switchTo(page, text, { inPlace = false, key } = {}) {
  if (key) {
    await page.focus("#lang-switch");
    await page.keyboard.press(key);
  } else if (inPlace) await page.locator("#lang-switch").dispatchEvent("click");
  else await page.click("#lang-switch");
  await page.getByText(text, { exact: false }).first().waitFor();
}

test("switching the language redraws the rules, a quiz, a presentation, the library and the reader in place, keeping the answers, the slide and what was typed", async () => {
  // The rules side by side, on a projector.
  const { page, problems } = await openAt("#rules=shanghai-2025,jining-2024", "table.rules-table", { width: 1920, height: 1080 });
  assert.match(await page.locator("#rules-title").innerText(), /^规则对照：/);
  await page.screenshot({ path: join(artefacts, "room-lang-rules-1920-zh.png") });
  // Marks on the page's nodes: a page rebuilt on switching would lose them.
  await page.evaluate(() => {
    document.querySelector("table.rules-table").dataset.kept = "yes";
    document.querySelector(".rules-items").open = true;
  });
  await page.locator("tr", { hasText: "累计分值与处理" }).scrollIntoViewIfNeeded();
  await switchTo(page, "The rules side by side", { inPlace: true });
  assert.match(await page.locator("#rules-title").innerText(), /^The rules side by side: /);
  const bands = await page.locator("tr", { hasText: "Totals and measures" }).locator("td").allInnerTexts();
  assert.match(bands[0], /payment eligibility suspended for 1 month/);
  assert.match(bands[1], /中止服务协议６个月/, "the law's own words stay Chinese");
  assert.ok(await page.locator(".rules-table p.gloss").count() > 0, "the English gloss is shown beside the law");
  assert.equal(await page.evaluate(() => document.querySelector("table.rules-table").dataset.kept), "yes", "the table is redrawn in place, not rebuilt");
  assert.equal(await page.evaluate(() => document.querySelector(".rules-items").open), true, "an opened list of items stays open");
  const row = await page.locator("tr", { hasText: "Totals and measures" }).boundingBox();
  assert.ok(row.y < 1080 && row.y + row.height > 0, `the row read stays on the screen (${row.y})`);
  assert.doesNotMatch(await page.locator(".rules-page .hint").innerText(), /[\u4e00-\u9fff]{4}/);
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: join(artefacts, "room-lang-rules-1920-en.png") });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(artefacts, "room-lang-rules-360-en.png") });
  await switchTo(page, "规则对照：");
  assert.equal(await page.locator(".rules-table p.gloss").count(), 0, "no gloss in Chinese");
  await page.screenshot({ path: join(artefacts, "room-lang-rules-360-zh.png") });

  // A quiz: the answer given stays given, and the feedback follows the language.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url + "#quiz=jining-2024&n=10&seed=room1");
  await page.reload();
  await page.waitForSelector(".quiz-question");
  const first = page.locator(".quiz-question").first();
  const promptZh = await first.locator(".quiz-prompt").innerText();
  await first.locator("label.quiz-choice").nth(1).click();
  const feedback = first.locator(".quiz-feedback");
  await feedback.waitFor();
  assert.match(await feedback.innerText(), /正确答案：[A-D]\./);
  assert.match(await page.locator(".quiz-score").innerText(), /已答 1 \/ 10 题/);
  await page.screenshot({ path: join(artefacts, "room-lang-quiz-1920-zh.png") });
  await switchTo(page, "The answer:");
  assert.match(await first.locator(".quiz-prompt").innerText(), /^Under 济宁/);
  assert.notEqual(await first.locator(".quiz-prompt").innerText(), promptZh);
  assert.equal(await first.locator("input:checked").count(), 1, "the answer given is still chosen");
  assert.equal(await first.locator("input").nth(1).isChecked(), true);
  assert.match(await feedback.innerText(), /The answer: [A-D]\./);
  assert.match(await feedback.innerText(), /(Right|Not quite)\./);
  assert.match(await page.locator(".quiz-score").innerText(), /1 of 10 answered/);
  assert.match(await page.locator("#quiz-title").innerText(), /^Quiz: /);
  assert.equal(await page.evaluate(() => document.activeElement?.id), "lang-switch", "the focus stays on the switch");
  await page.screenshot({ path: join(artefacts, "room-lang-quiz-1920-en.png") });
  await page.setViewportSize({ width: 360, height: 780 });
  await page.screenshot({ path: join(artefacts, "room-lang-quiz-360-en.png") });
  await switchTo(page, "正确答案：");
  assert.equal(await first.locator(".quiz-prompt").innerText(), promptZh);
  assert.equal(await first.locator("input").nth(1).isChecked(), true);
  assert.match(await page.locator(".quiz-score").innerText(), /已答 1 \/ 10 题/);
  await page.screenshot({ path: join(artefacts, "room-lang-quiz-360-zh.png") });

  // A presentation keeps its slide; the switch is reached from the keyboard there.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await page.goto(server.url + "#present=sh2025-band-edge-8-9");
  await page.reload();
  await page.waitForSelector(".present");
  await page.keyboard.press("ArrowRight");
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-position").innerText(), /^3 \/ 6 · 揭晓 2/);
  await page.screenshot({ path: join(artefacts, "room-lang-present-1920-zh.png") });
  await switchTo(page, "3 / 6 · step 2", { key: "Enter" });
  assert.match(await page.locator(".present-slide .present-stage h3").innerText(), /^Decision 2 · /);
  assert.match(await page.locator(".present-slide .present-stage").innerText(), /8 points this year/);
  assert.equal(await page.locator(".present-slide .present-timeline circle.decision").count(), 2);
  await page.screenshot({ path: join(artefacts, "room-lang-present-1920-en.png") });
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-position").innerText(), /^4 \/ 6 · step 3/);
  // The space bar presses the focused switch; it does not turn the slide.
  await switchTo(page, "4 / 6 · 揭晓 3", { key: " " });
  assert.match(await page.locator(".present-position").innerText(), /^4 \/ 6 · 揭晓 3/);

  // The library and the law's reader; what was typed in the search stays.
  await page.goto(server.url + "#scenarios");
  await page.reload();
  await page.waitForSelector(".scenario");
  await switchTo(page, "Scenario library");
  assert.ok(await page.locator("button:text-is('Open in the calculator')").count() >= 15);
  await switchTo(page, "案例库");
  await page.goto(server.url + "#law=shanghai-2025");
  await page.reload();
  await page.waitForSelector("#art-第十三条 button.item-badge");
  await page.fill("#reader-search", "陈述申辩");
  await page.locator(".reader-results [role=status]").waitFor();
  await switchTo(page, "The law");
  assert.equal(await page.inputValue("#reader-search"), "陈述申辩");
  assert.match(await page.locator(".reader-results [role=status]").innerText(), /places/);
  assert.match(await page.locator("#art-第十三条 button.item-badge").first().innerText(), /^Item .* add to the case$/);
  assert.ok(await page.locator("#art-第十三条 .gloss").count() > 0);
  await switchTo(page, "在五个文件中搜索");
  assert.match(await page.locator("#art-第十三条 button.item-badge").first().innerText(), /^条目 .* 加入当前案例$/);
  assert.deepEqual(problems, []);
});
