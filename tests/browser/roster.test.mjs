// The roster page (#roster): a 300-person roster with bad rows imported as Excel writes
// it (examples/roster_sheet.rs, with rust_xlsxwriter), the bad rows listed at their cells,
// "the institution's deadlines in 10 working days" filtered, the overview exported as
// .xlsx (read back by calamine) and CSV, the institution's calendar; the language
// switched on the page; a person's case opened in the calculator and Back to the roster;
// a GBK CSV as Excel on Chinese Windows saves it; keeping the roster on the device is a
// choice, removed in one tap; nothing is requested once the page is there. Screenshots
// at 1280 and 360 px in target/browser/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFileSync, mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve, browser as launch, artefacts, root, drawn } from "./harness.mjs";

let server;
const contexts = [];
const example = join(root, "target/debug/examples/roster_sheet");
const xlsxRoster = join(artefacts, "roster-300.xlsx");
const gbkRoster = join(artefacts, "roster-300-gbk.csv");
const run = (...args) => execFileSync(example, args, { encoding: "utf8" });

before(async () => {
  mkdirSync(artefacts, { recursive: true });
  execFileSync("cargo", ["build", "--quiet", "--example", "roster_sheet"], { cwd: root, stdio: "inherit" });
  run("write", "300", xlsxRoster, "--bad");
  run("write", "300", gbkRoster, "--bad", "--gbk");
  server = await serve();
});
after(async () => {
  await Promise.allSettled(contexts.map((c) => c.close()));
  await server?.close();
});

async function open(width = 1280, height = 900) {
  const context = await launch();
  contexts.push(context);
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await page.goto(`${server.url}#roster`);
  await page.waitForSelector("#roster-file", { state: "attached", timeout: 30000 });
  return { page, problems };
}

const rows = (page) => page.locator("#roster-table tbody tr");
const names = (page) => page.locator("#roster-table tbody th").evaluateAll((ths) => ths.map((th) => th.firstChild.textContent));

async function importFile(page, file, people) {
  await page.setInputFiles("#roster-file", file);
  await page.waitForFunction((n) => document.querySelectorAll("#roster-table tbody tr").length === n, people, { timeout: 30000 });
  await drawn(page);
}

async function download(page, selector, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click(selector)]);
  const path = join(artefacts, name);
  await file.saveAs(path);
  return { path, suggested: file.suggestedFilename() };
}

test("300 people with bad rows: problems at their cells, the institution's deadlines in 10 working days, exported and read back", async () => {
  const { page, problems } = await open();
  const expected = JSON.parse(run("expect", xlsxRoster));
  // The page is there once its service worker has kept the app's own files (its one-time
  // precache, on a first visit): from then on nothing is asked of the server.
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  const before = server.requests.length;
  await importFile(page, xlsxRoster, expected.people);
  assert.match(await page.locator(".roster-import ~ .note").innerText(), /Excel 工作簿（工作表“名单”），302 人，其中 3 人的行有问题/);

  // The bad rows, each at its row and column; everyone else computed.
  const listed = await page.locator(".roster-problems .problem-list li").allInnerTexts();
  assert.equal(listed.length, 3, listed.join("\n"));
  const sheet = run("read", xlsxRoster).trim().split("\n");
  const last = sheet.length; // the sheet's rows, header included: the bad ones are the last three
  for (const [row, column, what] of [[last - 2, "C", "违规条目"], [last - 1, "E", "记分决定日期"], [last, "B", "记分制度"]]) {
    assert.ok(listed.some((l) => l.startsWith(`第 ${row} 行 ${column} 列（${what}）：`)), `${row} ${column}: ${listed.join("\n")}`);
  }
  assert.deepEqual(listed.map((l) => l.replace(/：.*/s, "")), expected.problems.map((p) => p.zh.replace(/：.*/s, "")));
  const rowsListed = listed.map((l) => Number(/^第 (\d+) 行/.exec(l)?.[1]));
  assert.deepEqual(rowsListed, [...rowsListed].sort((a, b) => a - b), "in the file's row order");
  assert.equal(await page.locator("#roster-table td.row-error").count(), 3);

  // The day asked, then the institution's deadlines within 10 working days.
  await page.fill("#roster-as-of", "2025-11-21");
  await page.locator("#roster-as-of").dispatchEvent("change");
  await page.check("#filter-institution");
  assert.equal(await page.inputValue("#filter-days"), "10");
  await page.waitForFunction((n) => document.querySelectorAll("#roster-table tbody tr").length === n, expected.institution10.length);
  assert.ok(expected.institution10.length > 10, "the roster has such deadlines");
  assert.deepEqual(await names(page), expected.institution10, "the earliest due first");
  const firstRow = await rows(page).first().innerText();
  assert.match(firstRow, /本机构/, firstRow);
  assert.doesNotMatch(await page.locator("#roster-table tbody").innerText(), /医师本人|经办机构/);
  await page.screenshot({ path: join(artefacts, "roster-1280.png") });
  await page.screenshot({ path: join(artefacts, "roster-1280-full.png"), fullPage: true });

  // Exported as shown: the workbook, read back by calamine.
  const workbook = await download(page, "#export-xlsx", "roster-overview.xlsx");
  assert.equal(workbook.suggested, "名单总览-2025-11-21.xlsx");
  const read = run("read", workbook.path).trim().split("\n").map((l) => JSON.parse(l));
  assert.equal(read.length, 1 + expected.institution10.length);
  assert.equal(read[0][0], "行");
  assert.equal(read[0][1], "人员");
  assert.deepEqual(read.slice(1).map((r) => r[1]), expected.institution10);
  assert.equal(typeof read[1][0], "number", "the row as a number");
  assert.match(read[1][11], /^\d{4}-\d{2}-\d{2}$/, "the due day as a date cell");
  // And as CSV: UTF-8 with a byte order mark, the same people.
  const csv = await download(page, "#export-csv", "roster-overview.csv");
  const bytes = readFileSync(csv.path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  const records = bytes.toString("utf8").slice(1).trim().split("\r\n").map((l) => l.split(","));
  assert.equal(records[0][1], "人员");
  assert.deepEqual(records.slice(1).map((r) => r[1]), expected.institution10);
  // The institution's deadlines, one calendar.
  const ics = readFileSync((await download(page, "#export-ics", "roster.ics")).path, "utf8");
  assert.ok(ics.startsWith("BEGIN:VCALENDAR\r\n"));
  assert.ok((ics.match(/BEGIN:VEVENT/g) ?? []).length >= expected.institution10.length);

  // The language switched on the page: the words change, the filter and rows stay.
  await page.click("#lang-switch");
  await page.waitForSelector("text=Standing today");
  assert.ok(await page.isChecked("#filter-institution"));
  assert.equal(await rows(page).count(), expected.institution10.length);
  assert.match(await rows(page).first().innerText(), /This institution/);
  assert.match(await page.locator(".roster-problems").innerText(), /Row \d+, column C \(Item\)/);
  await page.click("#lang-switch");
  await page.waitForSelector("text=今日状态");

  // Nothing was asked of the server since the page was there: the file stayed here.
  assert.deepEqual(server.requests.slice(before), []);

  // A person's case opens in the calculator; Back finds the roster as it was left.
  const person = expected.institution10[0];
  await rows(page).first().locator("a").click();
  await page.waitForSelector(".status", { timeout: 30000 });
  assert.match(page.url(), /#c1\./);
  assert.match(await page.locator("main").innerText(), /2025-11-21|查询日期/);
  await page.goBack();
  await page.waitForFunction((n) => document.querySelectorAll("#roster-table tbody tr").length === n, expected.institution10.length, { timeout: 30000 });
  assert.ok(await page.isChecked("#filter-institution"));
  assert.equal((await names(page))[0], person);
  assert.deepEqual(problems, []);
});

test("a GBK CSV opens; keeping it on the device is a choice, removed in one tap", async () => {
  const { page, problems } = await open(360, 780);
  const expected = JSON.parse(run("expect", gbkRoster));
  await importFile(page, gbkRoster, expected.people);
  assert.match(await page.locator(".roster-import ~ .note").innerText(), /CSV（GBK）/);
  assert.ok((await names(page)).includes("医师0001"));
  assert.equal(await page.locator(".roster-problems .problem-list li").count(), 3);
  // Not kept unless asked.
  assert.equal(await page.evaluate(() => localStorage.getItem("jifen.roster")), null);
  await page.screenshot({ path: join(artefacts, "roster-360.png") });
  await page.screenshot({ path: join(artefacts, "roster-360-full.png"), fullPage: true });
  await page.check("#roster-keep");
  assert.notEqual(await page.evaluate(() => localStorage.getItem("jifen.roster")), null);
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll("#roster-table tbody tr").length === n, expected.people, { timeout: 30000 });
  assert.match(await page.locator(".roster-import ~ .note").innerText(), /已从本设备载入/);
  assert.ok(await page.isChecked("#roster-keep"));
  await page.click("#roster-remove");
  assert.equal(await page.evaluate(() => localStorage.getItem("jifen.roster")), null);
  assert.equal(await page.locator("#roster-table").count(), 0);
  await page.reload();
  await page.waitForSelector("#roster-file", { state: "attached" });
  assert.equal(await page.locator("#roster-table").count(), 0, "gone after a reload too");
  assert.deepEqual(problems, []);
});

test("the template downloads in three formats, and each imports as the same people", async () => {
  const { page, problems } = await open();
  await page.click("#roster-layout summary");
  const seen = [];
  for (const [button, name] of [["#template-xlsx", "名单模板.xlsx"], ["#template-csv", "名单模板.csv"], ["#template-jsonl", "名单模板.jsonl"]]) {
    const file = await download(page, button, `template-${name}`);
    assert.equal(file.suggested, name);
    await importFile(page, file.path, 5);
    seen.push(await names(page));
  }
  assert.deepEqual(seen[0], ["张医生", "李医生", "王医生", "赵医生", "陈医生"]);
  assert.deepEqual(seen[1], seen[0]);
  assert.deepEqual(seen[2], seen[0]);
  assert.equal(await page.locator(".roster-problems").count(), 0);
  assert.deepEqual(problems, []);
});
