// Issue 21, a trainer's session: what changed from 沪2023 to 沪2025 (both articles on each
// row, a case under both), the deck (ask, reveal, the next case; the repair's earliest
// end; the quiz's QR code), the quiz on chosen topics (a changed set says so; what a
// trainer cannot see; a show of hands), the room's first screen, projector type sizes,
// and the handouts printed (PDF → PNG with pdftoppm, in target/browser/ to be looked at).
import { test, before, after, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { join } from "node:path";
import jsQR from "jsqr";
import { PNG } from "pngjs";
import { serve, browser, jsApi, artefacts } from "./harness.mjs";

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

/** Opens `fragment` at a size and waits for `selector`; collects console errors. */
async function openAt(fragment, selector, { width = 1920, height = 1080 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(server.url + fragment);
  await page.waitForSelector(selector, { timeout: 30000 });
  return { page, problems };
}

/** Goes to another fragment of the app (a new page load, as a link opened). */
async function go(page, fragment, selector) {
  await page.goto(server.url + fragment);
  await page.reload();
  await page.waitForSelector(selector, { timeout: 30000 });
}

/** A QR code in a PNG (a buffer), decoded; null when none is found. */
function qrIn(buffer) {
  const png = PNG.sync.read(buffer);
  const code = jsQR(new Uint8ClampedArray(png.data), png.width, png.height);
  return code ? code.data : null;
}

/** Prints the page to A4 PDF and renders each page to PNG at `dpi`. */
async function printToPng(page, name, dpi = 80) {
  const pdf = join(artefacts, `${name}.pdf`);
  await page.emulateMedia({ media: "print" });
  await page.pdf({ path: pdf, format: "A4", printBackground: true, preferCSSPageSize: true });
  await page.emulateMedia({ media: "screen" });
  for (const f of readdirSync(artefacts).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png"))) rmSync(join(artefacts, f));
  execFileSync("pdftoppm", ["-png", "-r", String(dpi), pdf, join(artefacts, name)]);
  const pngs = readdirSync(artefacts).filter((f) => f.startsWith(`${name}-`) && f.endsWith(".png")).sort().map((f) => join(artefacts, f));
  const pages = pngs.map((_, i) => execFileSync("pdftotext", ["-layout", "-f", String(i + 1), "-l", String(i + 1), pdf, "-"]).toString());
  return { pngs, pages };
}

const fontPx = (locator) => locator.evaluate((e) => parseFloat(getComputedStyle(e).fontSize));

test("#changes sets 沪2023 and 沪2025 side by side, each row with both articles, what changed marked, and a 沪2023 case under both", async () => {
  const { page, problems } = await openAt("#changes", "table.changes-table");
  const heads = await page.locator("table.changes-table thead th").allInnerTexts();
  assert.match(heads[1], /沪医保规〔2023〕4号/);
  assert.match(heads[2], /沪医保规〔2025〕3号/);
  // The objection: 第七条 against 第十七条, the name changed, not the 10 working days.
  const objection = page.locator("table.changes-table tr", { hasText: "程序：提出异议" });
  const cells = await objection.locator("td").allInnerTexts();
  assert.match(cells[0], /第七条/);
  assert.match(cells[1], /第十七条/);
  assert.match(cells[2], /有变化[\s\S]*复核申请[\s\S]*陈述申辩/);
  // The repairs are new; the period is not changed.
  assert.match(await page.locator("table.changes-table tr", { hasText: "记分修复" }).locator("td.change-what").innerText(), /有变化\s*新增/);
  assert.match(await page.locator("table.changes-table tr", { hasText: "记分周期" }).locator("td.change-what").innerText(), /未变/);
  // A total: the core's measures under each document.
  const measure = (regime, day) => {
    const r = core.evaluate({ regime, as_of: day, incidents: Array.from({ length: 9 }, (_, i) => ({ id: `a${i}`, points: 1, decided_on: day, ...(regime === "shanghai-2025" ? { responsibility: "general" } : {}) })) });
    return r.sanctions.at(-1).kind;
  };
  assert.equal(measure("shanghai-2023", "2024-06-03"), "training");
  assert.equal(measure("shanghai-2025", "2025-06-03"), "suspension");
  const nine = await page.locator("tr", { has: page.locator("th", { hasText: /^累计 9 分$/ }) }).locator("td").allInnerTexts();
  assert.match(nine[0], /第五条（三）/);
  assert.match(nine[1], /第十四条（二）1/);
  assert.match(nine[2], /离岗医保政策培训 1 个月 → 暂停医保支付资格 1 个月/);
  // Only what changed.
  const all = await page.locator("table.changes-table tbody tr:visible").count();
  await page.check("#only-changed");
  const changed = await page.locator("table.changes-table tbody tr:visible").count();
  assert.ok(changed < all && changed >= 20, `${changed} of ${all} rows changed`);
  await page.uncheck("#only-changed");
  await page.screenshot({ path: join(artefacts, "training-changes-1920.png") });
  // A 沪2023 case under both: compared, its differences marked, both articles cited.
  await page.selectOption("#under-both-case", "sh2023-fraud-training");
  const table = page.locator(".case-under-both table.compare");
  await table.waitFor();
  const text = await table.innerText();
  assert.doesNotMatch(text, /不可比较/);
  assert.match(text, /13\.2/);
  assert.ok(await table.locator("td.differs").count() >= 1, "a difference is marked");
  const articles = await table.locator("tr", { hasText: "依据" }).locator("td").allInnerTexts();
  assert.match(articles[0], /第五条（三）/);
  assert.match(articles[1], /第十三条（二）/);
  await table.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artefacts, "training-changes-case-1920.png") });
  // At 360 px the tables scroll inside their boxes; the page does not.
  await page.setViewportSize({ width: 360, height: 780 });
  await page.evaluate(() => window.scrollTo(0, 0));
  assert.ok(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth + 1), "no page-wide scroll at 360 px");
  await page.screenshot({ path: join(artefacts, "training-changes-360.png") });
  // The comparison page, from a 沪2023 scenario: 沪2025's column shows its points.
  await go(page, "#s=sh2023-fraud-training", ".scenario-note");
  await page.click("a.tab:text-is('制度对比')");
  const compare = page.locator(".compare-page table.compare");
  await compare.waitFor();
  const row = await compare.locator("tr", { hasText: "事件 b" }).locator("td").allInnerTexts();
  assert.match(row[0], /4\.2\.1 · 3 分/);
  assert.match(row.join(" "), /13\.2 · 4 分/);
  assert.deepEqual(problems, []);
});

test("the deck asks each case, reveals it moment by moment (the exam and the earliest end on their own), then the next case; the quiz's QR code and the projector's type", async () => {
  const deck = "#deck=changes,sh2025-repair-shortens,sh2025-one-shot-9,quiz";
  const { page, problems } = await openAt(deck, ".present");
  const position = () => page.locator(".present-position").innerText();
  assert.match(await position(), /^1 \/ \d+ · 目录/);
  assert.match(await page.locator(".present-slide .present-title").innerText(), /规则变化[\s\S]*案例 1[\s\S]*案例 2[\s\S]*课堂测验/);
  await page.screenshot({ path: join(artefacts, "training-deck-title-1920.png") });
  // What changed, four slides, each row with both documents' articles.
  await page.keyboard.press("ArrowRight");
  assert.match(await position(), /规则变化/);
  assert.match(await page.locator(".present-slide .present-changes").innerText(), /第二条[\s\S]*第十三条/);
  for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-slide .present-changes").innerText(), /第七条[\s\S]*第十七条/);
  await page.screenshot({ path: join(artefacts, "training-deck-changes-1920.png") });
  // Case 1, asked: the facts, no answer.
  await page.keyboard.press("ArrowRight");
  assert.match(await position(), /提问/);
  const ask = await page.locator(".present-slide .present-ask").innerText();
  assert.match(ask, /2025-04-03[\s\S]*2025-06-10[\s\S]*2025-07-01[\s\S]*考试/);
  assert.equal(await page.locator(".present-slide .present-state").count(), 0);
  assert.doesNotMatch(await page.locator(".present-slide").innerText(), /最多缩短 1 个月/);
  const size = await fontPx(page.locator(".present-slide .present-facts li").first());
  assert.ok(size >= 28, `readable from the back of the room (${size}px at 1920)`);
  await page.screenshot({ path: join(artefacts, "training-deck-ask-1920.png") });
  // Revealed: the two decisions, the exam on its own slide, the request's deadline.
  const result = core.evaluate(JSON.parse(JSON.stringify({ regime: "shanghai-2025", as_of: "2025-07-15", incidents: [
    { id: "a", item: "13.2", decided_on: "2025-04-03", responsibility: "general" },
    { id: "b", item: "13.2", decided_on: "2025-06-10", responsibility: "primary" }],
    repairs: [{ kind: "exam", on: "2025-07-01" }] })));
  const suspension = result.sanctions.find((s) => s.kind === "suspension");
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-slide .present-stage").innerText(), /决定 1 · 2025-04-03/);
  await page.keyboard.press("ArrowRight");
  assert.match(await page.locator(".present-slide .present-stage").innerText(), /决定 2 · 2025-06-10/);
  assert.match(await page.locator(".present-slide .present-stage").innerText(), new RegExp(`${suspension.start} — ${suspension.end}`));
  await page.keyboard.press("ArrowRight");
  const repair = await page.locator(".present-slide .present-stage").innerText();
  assert.match(repair, /记分修复 · 2025-07-01/);
  assert.match(repair, new RegExp(`最早可于 ${suspension.earliest_end} 结束`));
  assert.equal(suspension.earliest_end, "2025-08-10");
  // The timeline shows the earliest end beside the end.
  const labels = await page.locator(".present-slide .present-timeline svg").evaluate((svg) => svg.textContent);
  assert.match(labels, /最早 08-10/);
  assert.match(labels, /09-10/);
  await page.screenshot({ path: join(artefacts, "training-deck-repair-1920.png") });
  await page.keyboard.press("ArrowRight");
  const request = result.deadlines.find((d) => d.kind === "resumption_request");
  assert.match(await page.locator(".present-slide .present-stage").innerText(), new RegExp(`期限 · ${request.due}`));
  // The answer, then the next case asked.
  await page.keyboard.press("ArrowRight");
  assert.match(await position(), /答案/);
  assert.match(await page.locator(".present-slide .present-answer").innerText(), /考试修复：减 1 分，暂停期限最多缩短 1 个月/);
  assert.match(await page.locator(".present-slide .present-state").innerText(), /暂停中/);
  await page.keyboard.press("ArrowRight");
  assert.match(await position(), /提问/);
  assert.match(await page.locator(".present-slide .present-ask").innerText(), /案例 2[\s\S]*2025-04-15/);
  // The quiz: its QR code decodes to a quiz link with a seed; a local address is said.
  await page.keyboard.press("End");
  assert.match(await position(), /课堂测验/);
  const link = qrIn(await page.locator(".present-slide .present-quiz svg.qr-code").screenshot());
  assert.match(link, /#quiz=shanghai-2025&n=10&seed=deck-/);
  assert.match(await page.locator(".present-slide .present-quiz .qr-reach").innerText(), /127\.0\.0\.1 是这台电脑自己的地址/);
  await page.screenshot({ path: join(artefacts, "training-deck-quiz-1920.png") });
  // The deck is a link and a QR code, on its first slide.
  await page.keyboard.press("Home");
  assert.equal(await page.locator("#deck-link").inputValue(), server.url + deck);
  await page.setViewportSize({ width: 360, height: 780 });
  await page.keyboard.press("ArrowRight");
  await page.screenshot({ path: join(artefacts, "training-deck-changes-360.png") });
  assert.deepEqual(problems, []);
});

test("a quiz on chosen topics: the link's topics, a changed set says so and leads back, what a trainer cannot see, a show of hands", async () => {
  const { page, problems } = await openAt("#quiz=shanghai-2025&topics=procedure,repairs&n=15", ".quiz-question");
  await page.waitForFunction(() => /&seed=/.test(location.hash));
  assert.match(await page.locator("#quiz-title").innerText(), /程序、期限与责任人、记分修复/);
  const prompts = await page.locator(".quiz-prompt").allInnerTexts();
  assert.ok(prompts.length >= 10 && prompts.length <= 15, `${prompts.length}`);
  assert.equal(new Set(prompts).size, prompts.length, "no prompt twice");
  // Each question that gives a day says it with the weekday or as a date.
  assert.ok(prompts.every((p) => /\d{4}-\d{2}-\d{2}|哪一条/.test(p)), "the dates are in the questions");
  const roomLink = await page.locator("#quiz-link").inputValue();
  assert.match(await page.locator(".quiz-page .qr-reach").first().innerText(), /手机扫码打不开/);
  // This phone asks for other questions: it says so, and leads back.
  await page.click("button:text-is('换一组题目（仅本设备）')");
  await page.locator(".quiz-changed").waitFor();
  assert.match(await page.locator(".quiz-changed").innerText(), /与课堂上其他人的题目不同/);
  assert.notDeepEqual(await page.locator(".quiz-prompt").allInnerTexts(), prompts);
  await page.screenshot({ path: join(artefacts, "training-quiz-changed-1920.png") });
  await page.click(".quiz-changed button");
  await page.waitForFunction((p) => document.querySelector(".quiz-prompt")?.textContent === p, prompts[0]);
  assert.equal(await page.locator(".quiz-changed").count(), 0);
  assert.equal(await page.locator("#quiz-link").inputValue(), roomLink);
  // Where a trainer looks for the room's answers: what cannot be seen, and a show of hands.
  await page.click(".trainer-tools summary");
  assert.match(await page.locator(".room-answers").innerText(), /教员看不到全场的答题情况/);
  await page.click("button:text-is('举手统计（投影）')");
  const hands = page.locator(".hands");
  await hands.waitFor();
  const counts = hands.locator(".hands-slide:visible input.hands-count");
  const choices = await counts.count();
  const typed = [6, 2, 1, 1].slice(0, choices);
  for (let i = 0; i < typed.length; i++) await counts.nth(i).fill(String(typed[i]));
  await hands.locator("button.hands-reveal").click();
  const total = typed.reduce((a, b) => a + b, 0);
  const shares = await hands.locator(".hands-slide:visible .hands-share").allInnerTexts();
  assert.equal(shares[0], `${Math.round((typed[0] * 100) / total)}%`);
  assert.equal(await hands.locator(".hands-slide:visible li.right").count(), 1, "the right answer is marked");
  assert.match(await hands.locator(".hands-slide:visible .hands-answer").innerText(), /正确答案：[A-D]\./);
  await hands.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artefacts, "training-hands-1920.png") });
  await page.setViewportSize({ width: 360, height: 780 });
  await hands.scrollIntoViewIfNeeded();
  await page.screenshot({ path: join(artefacts, "training-hands-360.png") });
  // A topic the quiz does not know says so.
  await go(page, "#quiz=shanghai-2025&topics=fees", ".bad-link");
  assert.match(await page.locator(".bad-link").innerText(), /测验主题“fees”不存在/);
  assert.deepEqual(problems, []);
});

test("the room's first screen offers the quiz (its link with a seed, as a QR code) and the deck; projector type on the rules", async () => {
  const { page, problems } = await openAt("#calc", ".status");
  await page.click("a.tab:text-is('培训')");
  const room = page.locator(".room");
  await room.waitFor();
  const box = await room.boundingBox();
  assert.ok(box.y < 1080, "the room is on the first screen");
  const quizLink = await page.locator("#room-quiz-link").inputValue();
  assert.match(quizLink, /#quiz=shanghai-2025&n=10&seed=[a-z0-9]{6}$/);
  await page.locator(".room button.qr-button").first().click();
  const dialog = page.locator("dialog.qr-full[open]");
  await dialog.waitFor();
  assert.equal(qrIn(await dialog.locator("svg.qr-code").screenshot()), quizLink);
  assert.match(await dialog.locator(".qr-reach").innerText(), /127\.0\.0\.1/);
  await page.screenshot({ path: join(artefacts, "training-room-qr-1920.png") });
  await page.keyboard.press("Escape");
  await page.screenshot({ path: join(artefacts, "training-room-1920.png") });
  assert.match(await page.locator("#room-deck-link").inputValue(), /#deck=changes%3Ashanghai-2025,sh2025-/);
  await page.click("button:text-is('开始演示')");
  await page.locator(".present-slide .present-title").waitFor();
  await page.setViewportSize({ width: 360, height: 780 });
  await page.goBack();
  await room.waitFor();
  await page.screenshot({ path: join(artefacts, "training-room-360.png"), fullPage: false });
  // The rules on a projector: no type under 20 px in the table.
  await page.setViewportSize({ width: 1920, height: 1080 });
  await go(page, "#rules=shanghai-2025,shanghai-2023", "table.rules-table");
  for (const selector of ["tr.rules-total td", ".rule-words", ".rule-head"]) {
    const px = await fontPx(page.locator(selector).first());
    assert.ok(px >= 20, `${selector}: ${px}px at 1920`);
  }
  await page.screenshot({ path: join(artefacts, "training-rules-1920.png") });
  assert.deepEqual(problems, []);
});

test("handouts: the rules with every item, the quiz with its QR code and its answers apart, what changed, the deck as notes — printed and rendered", async () => {
  const { page } = await openAt("#rules=shanghai-2025,shanghai-2023", "table.rules-table");
  const rules = await printToPng(page, "training-print-rules");
  const text = rules.pages.join("\n");
  // Every item of 沪2025, 第十三条（五） with its two items, not a bare heading.
  for (const words of ["执行药品耗材集中带量采购政策中", "为非登记备案相关人员", "定点医药机构被中止医保协议", "定点医药机构被解除服务协议时"]) {
    assert.match(text.replace(/\s+/g, ""), new RegExp(words), words);
  }
  // Several rows a page: the first page holds the period and the items' row begins.
  // (The columns' lines interleave in the text: the row's own words are looked for.)
  const first = rules.pages[0].replace(/\s+/g, "");
  assert.match(first, /记分周期/);
  assert.match(first, /执行药品耗材集中带量采购政策中/);
  assert.ok(rules.pngs.length <= 12, `${rules.pngs.length} pages`);
  // The quiz: its QR code on the first page, the answers on a page of their own.
  await go(page, "#quiz=shanghai-2025&n=10&seed=handout", ".quiz-question");
  const quiz = await printToPng(page, "training-print-quiz", 150);
  assert.equal(qrIn(readFileSync(quiz.pngs[0])), `${server.url}#quiz=shanghai-2025&n=10&seed=handout`);
  const answersAt = quiz.pages.findIndex((p) => /答案与依据/.test(p));
  assert.ok(answersAt >= 1, "the answers start a page");
  assert.doesNotMatch(quiz.pages.slice(0, answersAt).join("\n"), /答案与依据|正确答案/);
  assert.doesNotMatch(quiz.pages.join("\n"), /教员工具|举手统计|换一组题目/);
  // What changed.
  await go(page, "#changes", "table.changes-table");
  const changes = await printToPng(page, "training-print-changes");
  assert.match(changes.pages[0], /规则变化讲义/);
  assert.match(changes.pages.join("\n"), /有变化/);
  // The deck as notes: every slide, the question before its answer.
  await go(page, "#deck=sh2025-repair-shortens,quiz", ".present");
  const notes = await printToPng(page, "training-print-deck");
  const all = notes.pages.join("\n");
  assert.match(all, /演示讲稿/);
  const asked = all.indexOf("会怎样");
  const answered = all.indexOf("考试修复：减 1 分");
  assert.ok(asked >= 0 && answered > asked, "asked, then answered");
  assert.match(all, /记分修复 · 2025-07-01/);
  assert.doesNotMatch(all, /下一页|打印讲稿/);
  for (const png of [...rules.pngs, ...quiz.pngs, ...changes.pngs, ...notes.pngs]) assert.ok(readFileSync(png).length > 1000, png);
});
