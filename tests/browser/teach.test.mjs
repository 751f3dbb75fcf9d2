// Teaching: load a scenario, open the comparison and the article reader, and check the
// numbers shown against the core (the JS API build).
import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { freshProfileEachTest, jsApi, artefacts, chooseItem } from "./harness.mjs";

const core = jsApi();
// Each test starts from a fresh profile: no saved cases carried over.
const open = freshProfileEachTest();

test("a scenario opens as a preview with its explanation, saves under its name, and its numbers are the core's", async () => {
  const { page, problems } = await open();
  await page.click("a.tab:text-is('培训')");
  const card = page.locator(".scenario", { hasText: "考试修复" });
  await card.locator("button:text-is('在计算器中查看')").click();
  await page.locator("article.incident").first().waitFor();
  // A preview: the explanation and the scenario's link, nothing saved yet.
  const note = page.locator(".scenario-note");
  assert.match(await note.innerText(), /第二十九条/);
  assert.match(page.url(), /#s=sh2025-repair-shortens$/);
  assert.match(await note.locator("input.link-text").inputValue(), /#s=sh2025-repair-shortens$/);
  assert.equal(await page.locator(".casebar").count(), 0, "the bar of saved cases waits");
  await page.click("button:text-is('保存为我的新案例')");
  assert.equal(await page.inputValue("#case-name"), "考试修复：减 1 分，暂停期限最多缩短 1 个月");
  // The explanation stays with the saved case; one saved case, not one per look.
  assert.match(await page.locator(".scenario-note").innerText(), /第二十九条/);
  assert.equal(await page.locator("#case-select option").count(), 1);
  const expected = core.evaluate({
    regime: "shanghai-2025", as_of: "2025-07-15",
    incidents: [
      { id: "a", item: "13.2", decided_on: "2025-04-03", responsibility: "general" },
      { id: "b", item: "13.2", decided_on: "2025-06-10", responsibility: "primary" },
    ],
    repairs: [{ kind: "exam", on: "2025-07-01" }],
  });
  assert.match(await page.locator(".status > .total").innerText(), new RegExp(`${expected.status.total} 分`));
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  const shown = await page.locator(".sanction.kind-suspension").innerText();
  assert.match(shown, new RegExp(suspension.end));
  assert.match(shown, new RegExp(`修复后最早 ${suspension.earliest_end} 结束`));
  // What if: taking part on the standing date removes one more point.
  assert.match(await page.locator(".whatif").innerText(), /2025-07-15 参与医保管理工作：累计 9 分 → 8 分/);
  await page.screenshot({ path: join(artefacts, "desktop-scenario-whatif.png"), fullPage: true });
  assert.deepEqual(problems, []);
  await page.close();
});

test("the comparison shows each regime's own numbers for the same act", async () => {
  const { page } = await open();
  await page.click("a.tab:text-is('培训')");
  await page.locator(".scenario", { hasText: "同一次检查" }).locator("button:text-is('在计算器中查看')").click();
  await page.locator("article.incident").first().waitFor();
  await page.click("a.tab:text-is('制度对比')");
  const table = page.locator("table.compare");
  await table.waitFor();
  const heads = await table.locator("thead th").allInnerTexts();
  assert.deepEqual(heads.slice(1), ["沪医保规〔2023〕4号", "沪医保规〔2025〕3号", "温人社发〔2014〕311号", "济宁市医疗保障局通知（2024年3月29日）"]);
  // Incident c (4.2.2 in Shanghai 2023) is 4.1.1 in Jining: the core scores it 1 there.
  const jining = core.evaluate({ regime: "jining-2024", as_of: "2024-06-30", incidents: [
    { id: "a", item: "4.1.3", decided_on: "2024-03-05" }, { id: "b", item: "4.1.3", decided_on: "2024-03-05" }, { id: "c", item: "4.1.1", decided_on: "2024-03-05" }] });
  const row = table.locator("tr", { hasText: "事件 c" });
  const cells = await row.locator("td").allInnerTexts();
  assert.match(cells[0], /4\.2\.2 · 3 分/);
  assert.match(cells[3], new RegExp(`4\\.1\\.1 · ${jining.incidents[2].points} 分`));
  // 4.2.2 names several acts: Wenzhou has an item only for its unindicated tests (16.5),
  // and the cell says which act it stands for; Jining offers its other item too.
  assert.match(cells[2], /16\.5 · 2 分/);
  assert.match(cells[2], /按“重复或者无指征化验、检查、治疗”对应/);
  assert.match(cells[3], /也可对应 4\.1\.2（重复或者无指征化验、检查、治疗）/);
  assert.ok(await row.locator("td.differs").count() >= 1, "differences are highlighted");
  const state = await table.locator("tr.summary", { hasText: "查询日状态" }).locator("td").allInnerTexts();
  assert.match(state[3], new RegExp(`已扣 ${jining.status.total} 分`));
  // Facts a regime does not use are named as the form names them, never by their JSON key.
  assert.match(cells[3], /不适用：同一次监督检查/);
  assert.doesNotMatch(await table.innerText(), /inspection|severe|responsibility/);
  // Each column cites the items that gave its points: 济宁 四（一）1 for incident c.
  const cites = await table.locator("tr.summary", { hasText: "依据" }).locator("td").allInnerTexts();
  assert.match(cites[3], /四（一）1/);
  assert.match(await page.locator(".compare-page .note.info").innerText(), /人工逐条审阅/);
  await page.screenshot({ path: join(artefacts, "desktop-compare.png"), fullPage: true });
  await page.close();
});

test("a regime with no item for the case's acts is called not comparable, not unpunished", async () => {
  const { page } = await open();
  await page.click("a.tab:text-is('培训')");
  // (沪2025 第十三条（三）, which 温州 does not describe: since issue 21 joined 13.2 to the
  // acts of 《条例》第三十八条, the exam-repair scenario's 13.2 has 温州 counterparts.)
  await page.locator(".scenario", { hasText: "一次性记 9 分" }).locator("button:text-is('在计算器中查看')").click();
  await page.locator("article.incident").first().waitFor();
  await page.click("a.tab:text-is('制度对比')");
  const table = page.locator("table.compare");
  await table.waitFor();
  const heads = await table.locator("thead th").allInnerTexts();
  const wenzhou = heads.indexOf("温人社发〔2014〕311号") - 1;
  assert.ok(wenzhou > 0, heads.join(" | "));
  const state = await table.locator("tr.summary", { hasText: "查询日状态" }).locator("td").allInnerTexts();
  assert.match(state[wenzhou], /不可比较/);
  assert.equal(await table.locator("tr.summary", { hasText: "查询日状态" }).locator("td").nth(wenzhou).getAttribute("class"), "na");
  await page.close();
});

test("the article reader goes from a result to the law and back", async () => {
  const { page } = await open();
  await page.click("button.add");
  await chooseItem(page.locator("article.incident").first(), "13.3");
  await page.locator("input[id$=decided_on]").fill("2025-08-01");
  await page.locator("input[id$=responsibility-primary]").check();
  await page.locator(".sanction button.cite").first().click();
  await page.click("text=在条文页中阅读全文");
  const article = page.locator("#art-第十四条");
  await article.waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "art-第十四条");
  // The article's heading is at the top of the screen, not scrolled off.
  await page.waitForFunction(() => {
    const top = document.getElementById("art-第十四条").getBoundingClientRect().top;
    return top >= 0 && top < 120;
  }, null, { timeout: 5000 });
  assert.match(await article.innerText(), /暂停医保支付资格 2 个月/);
  const item = page.locator("#art-第十三条 button.item-badge", { hasText: "13.2" });
  await item.click();
  await page.locator("article.incident").nth(1).waitFor();
  assert.equal(await page.locator("article.incident").nth(1).locator(".item-picker").first().getAttribute("data-chosen"), "13.2");
  await page.close();
});

test("while a termination's bar lasts, the what-if projects no next incident (a trainer's report: it offered a suspension of the agreement just terminated)", async () => {
  const { page, problems } = await open();
  const base = page.url().split("#")[0];
  for (const id of ["jn-three-years", "sh2025-one-shot-12"]) {
    await page.goto(`${base}#s=${id}`);
    await page.reload();
    const whatif = page.locator(".whatif");
    await whatif.waitFor();
    const text = await whatif.innerText();
    assert.match(text, /在此期间不推算下一次违规/, id);
    assert.equal(await whatif.locator("ul.options").count(), 0, id);
    assert.doesNotMatch(text, /中止服务协议 3 个月|暂停医保支付资格 \d+ 个月/, id);
  }
  // Where nothing is terminated, the next incidents are still there.
  await page.goto(`${base}#s=sh2025-repair-shortens`);
  await page.reload();
  await page.locator(".whatif ul.options li").first().waitFor();
  assert.deepEqual(problems, []);
  await page.close();
});
