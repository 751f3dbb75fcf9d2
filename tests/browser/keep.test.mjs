// Keeping cases: reload keeps the case; several named cases; a share link opened in a
// fresh profile shows the same result and is saved only on request; export then import
// gives the same case; a tampered link, a broken file, a damaged store, no storage and a
// full one each say what is wrong and leave the saved cases untouched.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { serve, browser as launch, openApp, artefacts, chooseItem, chooseRegime, caseAction } from "./harness.mjs";

let server;
const contexts = [];
// The files the tests write and import, removed with their folder at the end.
const scratch = mkdtempSync(join(tmpdir(), "jifen-keep-"));
before(async () => {
  mkdirSync(artefacts, { recursive: true });
  server = await serve();
});
after(async () => {
  // A failed test leaves its browser open: close them all, or node never exits.
  await Promise.allSettled(contexts.map((c) => c.close()));
  await server?.close();
  rmSync(scratch, { recursive: true, force: true });
});
async function browser() {
  const context = await launch();
  contexts.push(context);
  return context;
}

async function fillCase(page) {
  await page.fill("#as-of", "2025-12-01");
  await page.click("button.add");
  const card = page.locator("article.incident").last();
  await chooseItem(card, "13.2");
  await card.locator("input[id$=decided_on]").fill("2025-05-20");
  await card.locator("input[id$=responsibility-primary]").check();
  await card.locator("input[id$=notified_on]").fill("2025-05-06");
  await page.click("button.add");
  const second = page.locator("article.incident").last();
  await chooseItem(second, "13.3");
  await second.locator("input[id$=decided_on]").fill("2025-08-01");
  await second.locator("input[id$=responsibility-general]").check();
  await page.fill("#case-name", "张医生 2025");
}

const store = (page) => page.evaluate(() => localStorage.getItem("jifen.library"));
const resultText = async (page) => (await page.locator(".status").innerText()) + (await page.locator(".sanctions").innerText());

test("a reload keeps the case, and named cases can be added, renamed, copied, switched and deleted", async () => {
  const context = await browser();
  const { page, problems } = await openApp(context, server.url);
  await fillCase(page);
  const before = await resultText(page);
  await page.reload();
  await page.waitForSelector(".status");
  assert.equal(await page.inputValue("#case-name"), "张医生 2025");
  assert.equal(await page.locator("article.incident").count(), 2);
  assert.equal(await resultText(page), before, "the same result after the reload");

  await caseAction(page, "复制");
  assert.equal(await page.inputValue("#case-name"), "张医生 2025 副本");
  await caseAction(page, "新建");
  assert.equal(await page.locator("article.incident").count(), 0);
  await page.fill("#case-name", "培训：一次性 12 分");
  const names = await page.locator("#case-select option").allInnerTexts();
  assert.deepEqual(names, ["张医生 2025", "张医生 2025 副本", "培训：一次性 12 分"]);
  await page.selectOption("#case-select", { label: "张医生 2025" });
  assert.equal(await page.locator("article.incident").count(), 2);
  page.once("dialog", (d) => d.accept());
  await caseAction(page, "删除");
  assert.deepEqual(await page.locator("#case-select option").allInnerTexts(), ["张医生 2025 副本", "培训：一次性 12 分"]);
  await page.reload();
  await page.waitForSelector(".status");
  // The case bar comes with the case's part, after the answer's: wait for its names.
  await page.locator("#case-select option").first().waitFor({ state: "attached" });
  assert.deepEqual(await page.locator("#case-select option").allInnerTexts(), ["张医生 2025 副本", "培训：一次性 12 分"]);
  assert.deepEqual(problems, []);
  await context.close();
});

test("a share link opened in a fresh profile shows the same result, and is saved only on request", async () => {
  const first = await browser();
  const { page } = await openApp(first, server.url);
  await fillCase(page);
  const expected = await resultText(page);
  await caseAction(page, "分享链接");
  const link = await page.inputValue("#share-link");
  assert.match(link, /#c1\./);
  assert.ok(link.length < 2000, `a two-incident link is ${link.length} characters`);
  // The embed code beside it frames the same case (README "Embedding the calculator").
  await page.locator("dialog.share summary").click();
  const code = await page.inputValue("#embed-code");
  const src = code.match(/src="([^"]+)"/)?.[1];
  assert.equal(src, link.replace(/\/(index\.html)?#/, "/embed.html?lang=zh#"), code);
  assert.match(code, /^<iframe id="jifen" [^]*title="医保医师记分计算器" width="100%" height="480" style="border: 0"><\/iframe>$/);
  const embedded = await first.newPage();
  await embedded.goto(src);
  await embedded.locator(".answer").waitFor({ timeout: 30000 });
  const state = (await page.locator(".status > .state").innerText()).trim();
  assert.ok((await embedded.locator(".answer").innerText()).includes(state), `the embed says ${state} too`);
  await first.close();

  const fresh = await browser();
  const { page: other, problems } = await openApp(fresh, link);
  await other.locator(".preview").waitFor();
  assert.match(await other.locator(".preview").innerText(), /张医生 2025/);
  assert.equal(await resultText(other), expected);
  assert.ok(!(await store(other))?.includes("张医生"), "looking is not saving");
  await other.screenshot({ path: join(artefacts, "desktop-shared-link.png"), fullPage: true });
  await other.click("text=保存为我的新案例");
  await other.locator(".preview").waitFor({ state: "detached" });
  const saved = JSON.parse(await store(other));
  assert.deepEqual(saved.cases.map((c) => c.name), ["张医生 2025"], "the empty first case gives way");
  assert.equal(new URL(other.url()).hash, "", "the link is cleared once saved");
  assert.deepEqual(problems, []);
  await fresh.close();
});

test("leaving a shared case unsaved brings one's own case back, whole, and it is still kept as it is edited", async () => {
  const context = await browser();
  const { page, problems } = await openApp(context, server.url + "#calc");
  await chooseRegime(page, "jining-2024");
  await page.click("button.add");
  const card = page.locator("article.incident").first();
  await chooseItem(card, "4.2.1");
  await card.locator("input[id$=decided_on]").fill("2026-03-02");
  await page.waitForFunction(() => localStorage.getItem("jifen.library")?.includes("2026-03-02"));
  const other = { version: 1, title: "别人的案例", regime: "shanghai-2025", incidents: [{ item: "13.2", responsibility: "primary", decided_on: "2026-05-01" }] };
  const { shareFragment } = await import("./harness.mjs");
  // Opened in the same page (only the fragment changes), as a link followed in a chat.
  await page.goto(server.url + shareFragment(other));
  await page.locator(".preview").waitFor();
  await page.click("text=不保存，回到我的案例");
  await page.locator(".preview").waitFor({ state: "detached" });
  // (A physician's report: the wasm panicked here, the shared case stayed in the form
  // beside one's own answer, and what was typed next was neither computed nor kept.)
  assert.equal(await page.locator("input[name=regime]:checked").getAttribute("value"), "jining-2024");
  assert.equal(await page.locator("article.incident .item-picker").first().getAttribute("data-chosen"), "4.2.1");
  assert.match(await page.locator(".answer").innerText(), /已扣 3 分/);
  await page.locator("article.incident input[id$=decided_on]").first().fill("2026-04-02");
  await page.waitForFunction(() => localStorage.getItem("jifen.library")?.includes("2026-04-02"));
  assert.deepEqual(problems, []);
  await context.close();
});

test("export then import gives the same case, as a new case", async () => {
  const context = await browser();
  const { page } = await openApp(context, server.url);
  await fillCase(page);
  const expected = await resultText(page);
  const [download] = await Promise.all([page.waitForEvent("download"), caseAction(page, "导出文件")]);
  assert.equal(download.suggestedFilename(), "张医生 2025.json");
  const file = join(scratch, "export.json");
  await download.saveAs(file);
  const exported = JSON.parse(readFileSync(file, "utf8"));
  assert.equal(exported.version, 1);
  assert.equal(exported.regime, "shanghai-2025");
  assert.equal(exported.incidents.length, 2);
  assert.match(await page.locator(".notice.info").innerText(), /已导出「张医生 2025\.json」/);

  await caseAction(page, "新建");
  await page.setInputFiles("#import-file", file);
  await page.locator(".notice.info", { hasText: "已导入" }).waitFor();
  // The exported case is still there under its name: the copy is told apart from it.
  assert.equal(await page.inputValue("#case-name"), "张医生 2025 (2)");
  assert.match(await page.locator(".notice.info").innerText(), /已导入「张医生 2025 \(2\)」/);
  assert.equal(await page.locator("#case-select option").count(), 3);
  // A name cleared in the field is not an empty line in the list.
  await page.fill("#case-name", "");
  assert.ok((await page.locator("#case-select option").allInnerTexts()).includes("（未命名）"));
  await page.fill("#case-name", "张医生 2025 (2)");
  assert.equal(await resultText(page), expected);

  const [calendar] = await Promise.all([page.waitForEvent("download"), caseAction(page, "日历文件")]);
  const ics = join(scratch, "calendar.ics");
  await calendar.saveAs(ics);
  const text = readFileSync(ics, "utf8");
  assert.match(text, /^BEGIN:VCALENDAR\r\n/);
  const events = (text.match(/BEGIN:VEVENT/g) ?? []).length;
  assert.ok(events >= 3, "deadlines and the measure's dates");
  assert.match(await page.locator(".notice.info").innerText(), new RegExp(`${events} 个日程`));
  // A case with nothing dated says so instead of handing over an empty calendar.
  await caseAction(page, "新建");
  await caseAction(page, "日历文件");
  await page.locator(".notice.info", { hasText: "没有可放进日历的内容" }).waitFor();
  await context.close();
});

test("a tampered link and broken files say what is wrong and change nothing", async () => {
  const context = await browser();
  const { page } = await openApp(context, server.url);
  await fillCase(page);
  await caseAction(page, "分享链接");
  const link = await page.inputValue("#share-link");
  await page.keyboard.press("Escape");
  const saved = await store(page);

  const tampered = link.slice(0, -12) + (link.at(-12) === "A" ? "B" : "A") + link.slice(-11);
  for (const bad of [tampered, link.slice(0, link.length - 20)]) {
    const p = await context.newPage();
    await p.goto(bad);
    await p.locator(".notice.error").waitFor();
    assert.match(await p.locator(".notice.error").innerText(), /分享链接无法打开/);
    assert.equal(await p.inputValue("#case-name"), "张医生 2025", "the user's own case is shown, untouched");
    assert.equal(await store(p), saved);
    await p.close();
  }

  const files = {
    "not-json.json": ["这不是 JSON", /不是有效的 JSON/],
    "shape.json": [JSON.stringify([1, 2, 3]), /不是案例/],
    "unknown-field.json": [JSON.stringify({ regime: "jining-2024", incidents: [{ item: "4.1.1", decided_on: "2025-01-02", colour: "red" }] }), /colour/],
    "bad-date-shape.json": [JSON.stringify({ regime: "jining-2024", incidents: [{ item: "4.1.1", decided_on: ["2025-02-03"] }] }), /事件 1 的记分决定日期/],
    "bad-item.json": [JSON.stringify({ regime: "jining-2024", incidents: [{ item: "4.9.9", decided_on: "2025-01-02" }] }), /4\.9\.9/],
    "future.json": [JSON.stringify({ version: 99, regime: "jining-2024", incidents: [] }), /第 99 版/],
  };
  for (const [name, [content, message]] of Object.entries(files)) {
    const file = join(scratch, name);
    writeFileSync(file, content);
    await page.setInputFiles("#import-file", file);
    await page.locator(".notice.error").waitFor();
    const notice = await page.locator(".notice.error").innerText();
    assert.match(notice, /未导入，您的案例没有任何改动/, name);
    assert.match(notice, message, name);
    assert.equal(await store(page), saved, name);
    await page.click(".notice button.link");
  }
  await page.screenshot({ path: join(artefacts, "desktop-import-error.png") });

  // A wrong value in a sound case: imported as written, the place said in words.
  const file = join(scratch, "bad-date.json");
  writeFileSync(file, JSON.stringify({ regime: "jining-2024", incidents: [{ item: "4.1.1", decided_on: "2025-02-30" }] }));
  await page.setInputFiles("#import-file", file);
  await page.locator(".notice.error").waitFor();
  const notice = await page.locator(".notice.error").innerText();
  // The notice says where; what is wrong is said once, at the field (and in the answer).
  assert.match(notice, /作为新案例保存，但有一处需要修改：事件 1 的记分决定日期（已在下方标出）。/);
  assert.doesNotMatch(notice, /不是有效日期/, "not said a third time");
  assert.match(await page.locator("#case").innerText(), /2025-02-30 不是有效日期：2025 年 2 月只有 28 天/);
  const library = JSON.parse(await store(page));
  const kept = library.cases.find((c) => c.id === library.current);
  assert.equal(kept.case.incidents[0].decided_on, "2025-02-30", "kept as written");
  assert.ok(JSON.parse(saved).cases.every((c) => library.cases.some((d) => d.id === c.id && JSON.stringify(d.case) === JSON.stringify(c.case))), "the other cases are unchanged");
  // Points outside the item's range, which only the computation refuses: the notice says
  // where too (a physician's report: it said only "已导入").
  await page.click(".notice button.link");
  const points = join(scratch, "bad-points.json");
  writeFileSync(points, JSON.stringify({ regime: "shanghai-2025", incidents: [{ item: "13.2", responsibility: "primary", decided_on: "2026-05-01", points: 9 }] }));
  await page.setInputFiles("#import-file", points);
  await page.locator(".notice.error", { hasText: "已导入" }).waitFor();
  assert.match(await page.locator(".notice.error").innerText(), /但有一处需要修改：事件 1 的分值（已在下方标出）。/);
  await context.close();
});

test("a damaged store is kept for download, and the app starts a new case", async () => {
  const context = await browser();
  const page = await context.newPage();
  await page.goto(server.url);
  // After the app's own first save, so that the damage is what the reload finds.
  await page.waitForSelector(".status");
  await page.waitForFunction(() => localStorage.getItem("jifen.library") !== null);
  await page.evaluate(() => localStorage.setItem("jifen.library", '{"version": 1, "cases": [oops'));
  await page.reload();
  await page.locator(".notice.error").waitFor();
  assert.match(await page.locator(".notice.error").innerText(), /已保存的案例无法读取/);
  assert.equal(await page.evaluate(() => localStorage.getItem("jifen.library.damaged")), '{"version": 1, "cases": [oops');
  const [download] = await Promise.all([page.waitForEvent("download"), page.click("text=下载原来的数据")]);
  assert.equal(download.suggestedFilename(), "jifen-damaged-store.json");
  await page.waitForSelector(".status");
  await context.close();
});

test("without storage the app still computes and says it cannot save; a full store says so", async () => {
  const context = await browser();
  const page = await context.newPage();
  await page.addInitScript(() => {
    Object.defineProperty(window, "localStorage", { get() { throw new DOMException("denied", "SecurityError"); } });
  });
  await page.goto(server.url);
  await page.waitForSelector(".status");
  await fillCase(page);
  assert.match(await page.locator(".outcome .headline").first().innerText(), /记 6 分/);
  assert.match(await page.locator(".save-status").innerText(), /不允许保存/);
  await page.close();

  const full = await context.newPage();
  await full.goto(server.url);
  await full.waitForSelector(".status");
  await full.evaluate(() => {
    Storage.prototype.setItem = () => { throw new DOMException("full", "QuotaExceededError"); };
  });
  await fillCase(full);
  assert.match(await full.locator(".save-status").innerText(), /存储已满/);
  assert.match(await full.locator(".outcome .headline").first().innerText(), /记 6 分/);
  await context.close();
});

test("printing gives the report: the case, each incident with its trace, the measures and dates", async () => {
  const context = await browser();
  const { page } = await openApp(context, server.url);
  await fillCase(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.locator(".inputs").isVisible(), false);
  // The heading before the answer, the report after it.
  const report = (await page.locator(".print-report").allInnerTexts()).join("\n");
  assert.match(report, /张医生 2025/);
  assert.match(report, /沪医保规〔2025〕3号/);
  assert.match(report, /计算于 \d{4}-\d{2}-\d{2}/);
  assert.match(report, /第十二条、第十三条/);
  assert.match(report, /第十四条（三）/);
  await page.screenshot({ path: join(artefacts, "print.png"), fullPage: true });
  await page.pdf({ path: join(artefacts, "print.pdf"), format: "A4" });
  await context.close();
});
