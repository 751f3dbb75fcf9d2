// Answer first, for the physician holding a 告知书 on a phone: the answer on top of a
// shared case, the guided questions, item search as people cite, links pasted with
// trailing punctuation, Back, the bottom bar and the focus, the language remembered,
// English without full-width punctuation, and no accessibility violation (axe-core) on
// any page, at 360 px and on a desktop, in Chinese and in English.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { join } from "node:path";
import { freshProfileEachTest, jsApi, artefacts, chooseItem, chooseRegime, shareFragment, physician, untilObserved, untilPageDrawn } from "./harness.mjs";

const core = jsApi();
const open = freshProfileEachTest();
const phone = { width: 360, height: 740 };

// A phone's first visit, through the guided questions to the dates: the regime
// suggested, 13.2, primary responsibility. Returns the step to the next question.
async function guideToTheDates(page) {
  await page.locator("#guide-question").waitFor();
  const next = async () => {
    await page.click(".guide-nav button.primary");
    await page.locator("#guide-question").waitFor();
  };
  await next();
  await chooseItem(page.locator(".guide"), "13.2");
  await next();
  await page.check("#guide-responsibility-primary");
  await next();
  return next;
}

test("a shared notice-only case shows the objection deadline, the projected decision and suspension on top", async () => {
  const { page, problems } = await open(phone);
  const base = page.url().split("#")[0];
  await page.goto(base + shareFragment(physician));
  await page.reload();
  const answer = page.locator(".answer");
  await answer.waitFor();
  const expected = core.evaluate(physician);
  const objection = expected.deadlines.find((d) => d.kind === "objection");
  const decision = expected.incidents[1].decided_on;
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  assert.deepEqual([objection.due, decision, suspension.end], ["2026-12-09", "2026-12-14", "2027-01-14"]);
  const text = await answer.innerText();
  for (const date of [objection.due, decision, suspension.end]) assert.match(text, new RegExp(date));
  assert.match(text, /预计/);
  assert.match(text, /暂停医保支付资格/);
  assert.match(text, /陈述申辩/);
  // On top: above the case, and its first lines on the first screen of a phone.
  const [answerBox, caseBox] = [await answer.boundingBox(), await page.locator("#case").boundingBox()];
  assert.ok(answerBox.y < caseBox.y, "the answer comes before the case");
  assert.ok(answerBox.y < phone.height, "the answer starts on the first screen");
  // No "N more points" for points already entered.
  assert.doesNotMatch(text, /再记 6 分/);
  // The bottom bar says where the decision leads, not today's total alone.
  const bar = await page.locator("a.mini-status").innerText();
  assert.equal(expected.outlook.state, "suspended");
  assert.match(bar, /^医保支付资格正常 · 决定后暂停 · /);
  assert.doesNotMatch(bar, new RegExp(`累计 ${expected.status.total} 分`));
  // The timeline's bar stops at 12-31; beside it, the suspension's end in 2027. Its label
  // is clear of the line of the day asked (a phone review: they printed over each other).
  const chart = page.locator(".timeline svg").first();
  assert.match(await chart.textContent(), new RegExp(`→ ${suspension.end}`));
  const today = await chart.locator("line.today").boundingBox();
  const label = await chart.locator("text.span-label", { hasText: "暂停" }).boundingBox();
  assert.ok(label.x + label.width <= today.x, `the label (${label.x}+${label.width}) ends before the line (${today.x})`);
  await page.screenshot({ path: join(artefacts, "phone-answer-notice.png") });
  await page.setViewportSize({ width: 1280, height: 900 });
  // Beside the answer, what a repair made now would do: the decision adds its points to
  // a lower total (3 − 1 + 6 = 8), which decides a notice, not a suspension.
  const whatif = page.locator(".whatif");
  await whatif.waitFor();
  assert.match(await whatif.innerText(), /通过考试：累计 3 分 → 2 分；2026-12-14 预计作出的决定：暂停医保支付资格 1 个月 → 通报所在机构/);
  await page.screenshot({ path: join(artefacts, "desktop-answer-notice.png") });
  assert.deepEqual(problems, []);
});

test("the guided questions reach the answer within six screens on a phone, each answer editable", async () => {
  const { page, problems } = await open(phone);
  // A first visit on a phone starts the questions.
  await page.locator("#guide-question").waitFor();
  let screens = 1;
  const next = async () => {
    await page.click(".guide-nav button.primary");
    screens += 1;
    await page.locator("#guide-question").waitFor();
  };
  await page.screenshot({ path: join(artefacts, "phone-guide-1.png") });
  assert.equal(await page.locator("input[name=guide-regime]:checked").getAttribute("value"), "shanghai-2025", "the regime in force today is suggested");
  await next();
  await chooseItem(page.locator(".guide"), "13.2");
  await next();
  await page.check("#guide-responsibility-primary");
  await next();
  await page.fill("#guide-notified_on", "2026-11-25");
  await page.screenshot({ path: join(artefacts, "phone-guide-4.png") });
  await next();
  await page.fill("#guide-earlier-points", "3");
  await page.fill("#guide-earlier-on", "2026-03-10");
  await next();
  assert.ok(screens <= 6, `${screens} screens`);
  const answer = page.locator(".answer");
  await answer.waitFor();
  const text = await answer.innerText();
  assert.match(text, /暂停医保支付资格/);
  assert.match(text, /预计/);
  await page.screenshot({ path: join(artefacts, "phone-guide-answer.png"), fullPage: true });
  // 分享 is on the answer itself: one tap copies the case's link, which opens the same answer.
  await page.context().grantPermissions(["clipboard-read", "clipboard-write"], { origin: new URL(page.url()).origin });
  await page.click("#guide-share");
  await page.locator(".guide-share [role=status]").getByText("链接已复制").waitFor();
  const shared = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(shared, /#c1\./);
  const { page: friend } = await open(phone);
  await friend.goto(shared);
  await friend.locator(".answer").getByText(/暂停医保支付资格/).first().waitFor();
  await friend.close();
  // Each answer can be changed from the answer: back to the responsibility.
  await page.click("button[aria-label='修改情节']");
  await page.locator("#guide-responsibility-general").check();
  assert.equal(new URL(page.url()).hash, "#guide/3");
  // The browser's Back goes to the previous question.
  await page.goBack();
  await page.locator(".answer").waitFor();
  assert.equal(new URL(page.url()).hash, "#guide/6");
  // The full editor shows the same case.
  await page.click("text=查看全部期限和时间线");
  await page.locator("article.incident").nth(1).waitFor();
  assert.equal(await page.locator("article.incident").count(), 2);
  assert.deepEqual(problems, []);
});

test("earlier points typed on a Chinese keyboard are read, and more than the guide can take go to the full editor, where the answer is not a verdict", async () => {
  const { page, problems } = await open(phone);
  const next = await guideToTheDates(page);
  await page.fill("#guide-notified_on", "2026-11-20");
  await next();
  // Full-width digits, as a Chinese input method types them: a figure, whose date is asked.
  await page.fill("#guide-earlier-points", "４");
  await page.locator("#guide-earlier-on").waitFor();
  // Nine earlier points already reach 沪2025's suspension band: said in its words, with
  // its article, and handed to the full editor.
  await page.fill("#guide-earlier-points", "９");
  const warning = page.locator(".guide .note.warning").filter({ hasText: "完整编辑器" });
  await warning.waitFor();
  const said = await warning.innerText();
  assert.match(said, /此前的 9 分已达到暂停医保支付资格的档次（第十四条/);
  assert.doesNotMatch(said, /中止|离岗培训/);
  await warning.locator("button").click();
  const answer = page.locator(".answer");
  await answer.waitFor();
  // The nine points wait for their date: the answer says so first, and its standing is
  // not coloured as a verdict.
  assert.match(await answer.getAttribute("class"), /\bincomplete\b/);
  const order = await answer.evaluate((card) => [...card.querySelectorAll(".waiting, .state")].map((e) => e.className));
  assert.match(order[0], /waiting/, order.join(" | "));
  const colour = await answer.locator(".state strong").first().evaluate((e) => getComputedStyle(e).color);
  assert.notEqual(colour, "rgb(29, 107, 54)", "not the green of a verdict");
  await page.screenshot({ path: join(artefacts, "phone-guide-handoff.png") });
  assert.deepEqual(problems, []);
});

test("item search reads citations as people write them, says when nothing matches, and wraps long items", async () => {
  const { page } = await open({ width: 1280, height: 900 });
  await page.click("button.add");
  const card = page.locator("article.incident").first();
  for (const query of ["第十三条（二）", "十三条二项", "13.2", "１３．２", "第13条第2项"]) {
    await card.locator("input[type=search]").fill("");
    await card.locator("input[type=search]").fill(query);
    await card.locator(".item-picker[data-chosen='13.2']").waitFor({ timeout: 5000 });
    assert.match(await card.locator(".search-status").innerText(), /已选中/, query);
  }
  await card.locator("input[type=search]").fill("带量采购");
  await card.locator(".item-picker[data-chosen='13.1.1']").waitFor();
  await card.locator("input[type=search]").fill("没有这种情形");
  assert.match(await card.locator(".search-status").innerText(), /没有与“没有这种情形”相符的条目/);
  await card.locator("input[type=search]").fill("第十三条");
  // Items that begin alike are shown whole, wrapped, never cut at the same words.
  const cut = await card.locator(".item-option-law").evaluateAll((els) => els.filter((e) => e.scrollWidth > e.clientWidth + 1).length);
  assert.equal(cut, 0);
  const texts = await card.locator(".item-option-law").allInnerTexts();
  assert.ok(texts.some((t) => t.includes("第四十条作出行政处罚")), "the words that tell 13.4.1 apart are shown");
  // 沪2023: fraud in people's words.
  await chooseRegime(page, "shanghai-2023");
  await card.locator("input[type=search]").fill("骗保");
  const found = await card.locator(".item-option input").evaluateAll((els) => els.filter((e) => !e.closest("[hidden]")).map((e) => e.value));
  assert.ok(found.includes("4.3.6"), found.join(" "));
  await page.screenshot({ path: join(artefacts, "desktop-item-search.png"), fullPage: true });
});

test("a share link pasted with trailing punctuation opens, and a cut one says it is incomplete", async () => {
  const { page } = await open();
  const base = page.url().split("#")[0];
  const fragment = shareFragment(physician);
  for (const tail of ["。", "）", "%20%20", "%E3%80%82"]) {
    await page.goto(base + fragment + tail);
    await page.reload();
    await page.locator(".preview").waitFor();
    assert.match(await page.locator(".preview").innerText(), /13\.2 告知书/, tail);
  }
  await page.goto(base + fragment.slice(0, -6));
  await page.reload();
  await page.locator(".notice.error").waitFor();
  assert.match(await page.locator(".notice.error").innerText(), /不完整/);
});

test("a link with an impossible date opens as written, the field marked and the place said in words", async () => {
  const { page, problems } = await open();
  const base = page.url().split("#")[0];
  const written = { ...physician, incidents: [{ id: "a", points: 3, decided_on: "2026-02-30" }, physician.incidents[1]] };
  await page.goto(base + shareFragment(written));
  await page.reload();
  await page.locator(".preview").waitFor();
  const notice = page.locator(".notice.error");
  await notice.waitFor();
  const said = await notice.innerText();
  assert.match(said, /分享的案例已打开/);
  assert.match(said, /事件 1 的记分决定日期/);
  assert.doesNotMatch(said, /incidents\[0\]/, "the place is said in words, not as a path");
  // Nothing lost: the field shows the date as written (as text: a date field would show
  // it empty) and is marked, and the error beside it quotes it.
  const field = page.locator('input[id$="-decided_on"]').first();
  assert.equal(await field.getAttribute("aria-invalid"), "true");
  assert.equal(await field.getAttribute("type"), "text");
  assert.equal(await field.inputValue(), "2026-02-30");
  const form = await page.locator("#case").innerText();
  assert.match(form, /2026-02-30 不是有效日期：2026 年 2 月只有 28 天/);
  // Corrected and left, it is a date field again, holding the day.
  await field.fill("2026-02-28");
  await field.blur();
  await page.waitForFunction(() => document.querySelector('input[id$="-decided_on"]').type === "date");
  assert.equal(await field.inputValue(), "2026-02-28");
  assert.equal(await field.getAttribute("aria-invalid"), null);
  assert.deepEqual(problems, []);
});

test("in 温州 the answer says the suspension's end assumes a timely request to resume", async () => {
  const { page } = await open();
  const base = page.url().split("#")[0];
  await page.goto(base + "#s=wz-advance-notice");
  await page.reload();
  const answer = page.locator(".answer");
  await answer.waitFor();
  const text = await answer.innerText();
  assert.match(text, /假定您在期满前按时提交恢复履行协议申请/);
  assert.match(text, /第十条/);
  // 未申请 (spec v3: `resumption_requests: []`): the suspension runs on past its end.
  const said = page.locator("#resumption-said");
  await said.waitFor();
  await said.selectOption("none");
  await page.locator(".answer").getByText(/自动延长/).first().waitFor();
  assert.doesNotMatch(await page.locator(".answer").innerText(), /假定您在期满前/);
  // 已申请 asks the day at once; 不记得 gives the assumption back.
  await said.selectOption("on");
  await page.locator("input[id^=resumption-][id$=-on]").first().waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id?.startsWith("resumption-")), true, "the day's field has the focus");
  await said.selectOption("not_said");
  await page.locator(".answer").getByText(/假定您在期满前/).first().waitFor();
  await page.setViewportSize({ width: 360, height: 800 });
  await said.selectOption("none");
  await said.screenshot({ path: join(artefacts, "phone-wenzhou-not-applied.png") });
  // A regime without that rule says nothing of it.
  await page.goto(base + "#s=sh2025-one-shot-9");
  await page.locator(".answer").getByText(/暂停/).first().waitFor();
  assert.doesNotMatch(await page.locator(".answer").innerText(), /假定您在期满前/);
});

test("tabs are history entries, and a link followed in the open page brings its case", async () => {
  const { page } = await open();
  await page.click("a.tab:text-is('制度对比')");
  await page.click("a.tab:text-is('条文')");
  assert.match(new URL(page.url()).hash, /^#law/);
  await page.goBack();
  await page.locator("a.tab[aria-current=page]:text-is('制度对比')").waitFor();
  await page.goBack();
  await page.locator("a.tab[aria-current=page]:text-is('计算')").waitFor();
  await page.goForward();
  await page.locator("a.tab[aria-current=page]:text-is('制度对比')").waitFor();
  // A share link pasted into the address bar of the open page.
  await page.goto(page.url().split("#")[0] + shareFragment(physician));
  await page.locator(".preview").waitFor();
  assert.match(await page.locator(".answer").innerText(), /2027-01-14/);
});

test("on a phone the bottom bar never covers the focused control", async () => {
  const { page } = await open(phone);
  await page.goto(page.url().split("#")[0] + "#calc");
  await page.locator(".status").waitFor();
  await page.click("button.add");
  const card = page.locator("article.incident").first();
  await chooseItem(card, "13.2");
  await card.locator("input[id$=responsibility-primary]").check();
  await card.locator("input[id$=notified_on]").fill("2026-11-25");
  const bar = page.locator("a.mini-status");
  await bar.waitFor();
  const ids = await page.locator("#case input:not([type=hidden]):not([type=file]), #case select, #case button").evaluateAll((els) =>
    els.filter((e) => e.id && !e.closest("[hidden]") && !e.closest("details:not([open])") && e.getClientRects().length).map((e) => e.id));
  assert.ok(ids.length > 8, ids.join(" "));
  let underBar = 0;
  for (const id of ids) {
    await page.focus(`#${id}`);
    // (The bar shows once the answer has scrolled away: after the observer has run.)
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    const [control, barTop] = await page.evaluate((id) => {
      const bar = document.querySelector("a.mini-status");
      return [document.getElementById(id).getBoundingClientRect().bottom, bar.hidden ? null : bar.getBoundingClientRect().top];
    }, id);
    if (barTop === null) continue;
    underBar++;
    assert.ok(control <= barTop + 1, `#${id} ends at ${control}, under the bar at ${barTop}`);
  }
  assert.ok(underBar > 8, `the bar showed for ${underBar} of ${ids.length} controls`);
});

test("on a phone the bottom bar waits until the answer is scrolled away", async () => {
  const { page, problems } = await open(phone);
  await page.goto(page.url().split("#")[0] + shareFragment(physician));
  await page.reload();
  await page.locator(".answer").waitFor();
  const bar = page.locator("a.mini-status");
  // Once the app's observer of the answer's slot has said where the answer is.
  await untilObserved(page, "#result.answer-slot");
  assert.equal(await bar.isVisible(), false, "the answer is on screen: no bar repeating it");
  await page.locator("#case article.incident").last().scrollIntoViewIfNeeded();
  await bar.waitFor({ state: "visible", timeout: 5000 });
  await page.evaluate(() => window.scrollTo(0, 0));
  await bar.waitFor({ state: "hidden", timeout: 5000 });
  // On another tab there is no answer on the page: the bar leads back to it.
  await page.click("a.tab:text-is('条文')");
  await bar.waitFor({ state: "visible", timeout: 30000 });
  assert.deepEqual(problems, []);
});

test("the language choice is remembered, the English tab bar fits 360 px, and English has no full-width punctuation", async () => {
  const { page } = await open(phone);
  await page.goto(page.url().split("#")[0] + shareFragment(physician));
  await page.reload();
  await page.locator(".answer").waitFor();
  await page.click("#lang-switch");
  await page.getByText("The answer", { exact: true }).first().waitFor();
  await page.reload();
  await page.getByText("The answer", { exact: true }).first().waitFor();
  assert.equal(await page.locator("html").getAttribute("lang"), "en");
  const tabs = await page.locator("nav.tabs").evaluate((n) => [n.scrollWidth, n.clientWidth]);
  assert.ok(tabs[0] <= tabs[1], `the tab bar is ${tabs[0]}px wide in ${tabs[1]}px`);
  for (const hash of ["", "#compare", "#scenarios", "#law"]) {
    if (hash) await page.click(`a.tab[href^='${hash}']`);
    // The page with its part of the wasm (and the law's text): not its loading line.
    await untilPageDrawn(page, hash || null);
    const bad = await page.evaluate(() => {
      const found = [];
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest("[lang=zh-CN], [hidden], .print-only, script, style, .cite, .item-badge, option")) continue;
        if (el.getClientRects().length === 0) continue;
        // Full-width marks beside Latin letters or digits are English text written with
        // Chinese punctuation; the law's names and citations (第十四条（二）) are not.
        if (/[A-Za-z0-9][（），：；。、]|[（），：；。、][A-Za-z]/.test(n.textContent)) found.push(n.textContent.trim().slice(0, 60));
      }
      return found;
    });
    assert.deepEqual(bad, [], `full-width punctuation in English on ${hash || "the calculator"}`);
  }
});

test("a negative number gets the lawful range, and no message names an internal field", async () => {
  const { page } = await open({ width: 1280, height: 900 });
  await page.goto(page.url().split("#")[0] + "#calc");
  await page.locator(".status").waitFor();
  await page.click("button.add");
  const card = page.locator("article.incident").first();
  await chooseItem(card, "13.2");
  await card.locator("input[id$=responsibility-primary]").check();
  await card.locator("input[id$=decided_on]").fill("2025-05-20");
  await card.locator("input[id$=-points]").fill("−1");
  const note = card.locator("[id$=-points-notes] .note.error");
  await note.waitFor();
  const text = await note.innerText();
  assert.match(text, /4—6/);
  assert.doesNotMatch(text, /整数|points|[a-z]+_[a-z]+/);
  assert.doesNotMatch(await page.locator(".error-card").innerText(), /[a-z]+_[a-z]+|（points）/);
});

test("a citation badge of another regime starts a new case instead of switching this one", async () => {
  const { page } = await open({ width: 1280, height: 900 });
  await page.goto(page.url().split("#")[0] + "#calc");
  await page.locator(".status").waitFor();
  await chooseRegime(page, "jining-2024");
  await page.click("button.add");
  await chooseItem(page.locator("article.incident").first(), "4.1.1");
  await page.goto(page.url().split("#")[0] + "#law=shanghai-2025/%E7%AC%AC%E5%8D%81%E4%B8%89%E6%9D%A1");
  const badge = page.locator("button.item-badge", { hasText: "13.2" });
  assert.match(await badge.innerText(), /新建案例/);
  await badge.click();
  await page.locator("article.incident").first().waitFor();
  const names = await page.locator("#case-select option").allInnerTexts();
  assert.equal(names.length, 2, names.join(" | "));
  assert.equal(await page.locator("input[name=regime]:checked").getAttribute("value"), "shanghai-2025");
  await page.selectOption("#case-select", { index: 0 });
  assert.equal(await page.locator("input[name=regime]:checked").getAttribute("value"), "jining-2024", "the first case kept its regime");
});

const axeSource = readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

/** axe-core's violations on the page as it is (WCAG 2.1 A and AA). */
async function axeViolations(page) {
  await page.evaluate(axeSource);
  return page.evaluate(async () => {
    const result = await window.axe.run(document, { runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
    return result.violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(" ")).join(", ")}`);
  });
}

test("axe-core finds no violation on any page, at 360 px and on a desktop, in Chinese and in English", async () => {
  const { page } = await open({ width: 1280, height: 900 });
  const base = page.url().split("#")[0];
  const found = [];
  for (const lang of ["zh", "en"]) {
    for (const size of [phone, { width: 1280, height: 900 }]) {
      await page.setViewportSize(size);
      for (const hash of [shareFragment(physician), "#calc", "#guide/1", "#guide/2", "#compare", "#scenarios", "#law=jining-2024"]) {
        // A fresh load at each address (a fragment alone would be followed in the open
        // page).
        await page.goto("about:blank");
        await page.goto(base + hash);
        await page.locator(".status, .guide, .page .card, .page section").first().waitFor();
        if ((await page.locator("html").getAttribute("lang")) !== (lang === "en" ? "en" : "zh-CN")) {
          await page.click("#lang-switch");
          await page.waitForFunction((want) => document.documentElement.lang === want, lang === "en" ? "en" : "zh-CN");
        }
        await untilPageDrawn(page);
        for (const v of await axeViolations(page)) found.push(`${lang} ${size.width}px ${hash.slice(0, 20)}: ${v}`);
      }
    }
  }
  assert.deepEqual(found, []);
});

test("switching the regime is offered only for a case that lies wholly in the other regime's time", async () => {
  const { page, problems } = await open(phone);
  const base = page.url().split("#")[0];
  const earlier = { id: "a", points: 3, decided_on: "2025-03-10", responsibility: "general" };
  const now = { id: "b", item: "13.3", responsibility: "important", decided_on: "2026-11-20" };
  const mixed = { regime: "shanghai-2025", as_of: "2026-11-28", incidents: [earlier, now] };
  // (A physician's report: the earlier year's points offered 沪2023 for the whole case;
  // there 13.3 is no item, and the answer turned to 正常.)
  assert.ok(core.evaluate(mixed).warnings.some((w) => w.code === "regime_not_in_force" && w.suggested_regime === "shanghai-2023"));
  await page.goto(base + shareFragment(mixed));
  await page.reload();
  await page.locator(".warnings").waitFor();
  assert.match(await page.locator(".warnings").innerText(), /当时施行的是沪医保规〔2023〕4号/);
  // The incident is named as its card is (事件 1), not by its id (a).
  assert.match(await page.locator(".warnings").innerText(), /事件 1：/);
  assert.doesNotMatch(await page.locator(".warnings").innerText(), /事件 a：/);
  assert.equal(await page.locator(".warnings button:has-text('改用')").count(), 0);
  const old = { regime: "shanghai-2025", as_of: "2025-05-01", incidents: [earlier] };
  await page.goto(base + shareFragment(old));
  await page.reload();
  const button = page.locator(".warnings button:has-text('改用沪医保规〔2023〕4号计算')");
  await button.waitFor();
  await button.click();
  await page.locator(".regime-card.selected").filter({ hasText: "2023" }).first().waitFor({ state: "attached", timeout: 10000 });
  assert.deepEqual(problems, []);
});

test("the guided questions say so when the decision is dated before its notice, as the editor does, and lead the focus to a missing answer", async () => {
  const { page, problems } = await open(phone);
  const next = await guideToTheDates(page);
  // 下一步 with no date: the message, and the focus on the date that is missing.
  await page.click(".guide-nav button.primary");
  await page.locator(".guide [role=alert]").waitFor();
  await page.waitForFunction(() => document.activeElement?.id === "guide-notified_on", null, { timeout: 5000 });
  await page.check("#guide-got-decision");
  await page.fill("#guide-notified_on", "2026-11-25");
  await page.fill("#guide-decided_on", "2026-11-01");
  const note = page.locator("#guide-decided_on-notes .note");
  await note.waitFor();
  assert.match(await note.innerText(), /决定日期早于收到告知的日期/);
  await page.fill("#guide-decided_on", "2026-12-20");
  await note.waitFor({ state: "detached" });
  assert.deepEqual(problems, []);
});

test("a measure decided but not yet begun is said in the answer, with its dates (温州: 15 working days later)", async () => {
  const { page, problems } = await open(phone);
  const base = page.url().split("#")[0];
  const wenzhou = {
    regime: "wenzhou-2014",
    as_of: "2026-11-28",
    incidents: [
      { id: "a", points: 3, decided_on: "2026-04-01" },
      { id: "b", item: "15.1", decided_on: "2026-11-20", notified_on: "2026-11-20" },
    ],
  };
  const expected = core.evaluate(wenzhou);
  const suspension = expected.sanctions.find((s) => s.kind === "suspension");
  assert.equal(expected.status.state, "normal", "not begun on the day asked");
  assert.ok(suspension.start > wenzhou.as_of);
  await page.goto(base + shareFragment(wenzhou));
  await page.reload();
  const answer = page.locator(".answer");
  await answer.waitFor();
  const text = await answer.innerText();
  assert.match(text, /已作出决定，尚未开始执行/);
  assert.match(text, new RegExp(`中止服务协议[^\\n]*${suspension.start} 至 ${suspension.end}`));
  // The note on the request to resume speaks of the dates above: they are there.
  assert.ok(text.indexOf(suspension.end) < text.indexOf("以上中止服务协议的结束日期"));
  assert.deepEqual(problems, []);
});

test("an objection made is not asked for again, a 济宁 objection has its field and its lateness said, and repealed rules project no next act", async () => {
  const { page, problems } = await open({ width: 1280, height: 900 });
  const base = page.url().split("#")[0];
  // 沪2023 (in force until 2025-03-30), a notice and a review requested in time.
  const sh2023 = { regime: "shanghai-2023", as_of: "2026-11-28", incidents: [
    { id: "a", item: "4.2.2", occurred_on: "2025-03-01", notified_on: "2026-11-20", objection_filed_on: "2026-11-27" }] };
  const expected = core.evaluate(sh2023);
  assert.ok(expected.deadlines.some((d) => d.kind === "objection" && d.due >= sh2023.as_of), "the objection deadline is still ahead");
  await page.goto(base + shareFragment(sh2023));
  await page.reload();
  const answer = page.locator(".answer");
  await answer.waitFor();
  const text = await answer.innerText();
  assert.doesNotMatch(text, /如有异议/, "the review was requested already");
  assert.doesNotMatch(text, /若此后再记/, "no next band under repealed rules");
  assert.match(await page.locator(".whatif").innerText(), /施行至 2025-03-30/);
  // 济宁: the written objection's date has its field, and a late one is said there.
  const jining = { regime: "jining-2024", as_of: "2026-11-28", incidents: [
    { id: "a", item: "4.3.2", decided_on: "2026-09-01", notified_on: "2026-09-01", objection_filed_on: "2026-09-30" }] };
  assert.ok(core.evaluate(jining).warnings.some((w) => w.code === "objection_late"));
  await page.goto(base + shareFragment(jining));
  await page.reload();
  const field = page.locator("input[id$=objection_filed_on]");
  await field.waitFor();
  assert.equal(await field.inputValue(), "2026-09-30");
  assert.match(await page.locator("label[for$=objection_filed_on]").innerText(), /书面异议/);
  await page.locator("[id$=objection_filed_on-notes] .note").first().waitFor();
  assert.match(await page.locator("[id$=objection_filed_on-notes]").innerText(), /晚于期限/);
  assert.deepEqual(problems, []);
});

test("English says 1 point, not 1 points, on a case's cards, the rules and the result", async () => {
  const { page, problems } = await open({ width: 1280, height: 900 });
  const base = page.url().split("#")[0];
  const jining = { regime: "jining-2024", as_of: "2026-11-28", incidents: [{ id: "a", item: "4.1.2", decided_on: "2026-09-01" }] };
  await page.goto(`${base}?lang=en${shareFragment(jining)}`);
  await page.reload();
  await page.locator(".answer").waitFor();
  await page.locator("article.incident").first().waitFor();
  const text = await page.locator("body").innerText();
  assert.match(text, /\b1 point\b/);
  assert.doesNotMatch(text, /\b1 points\b/);
  await page.goto(`${base}?lang=en#rules=jining-2024`);
  await page.locator(".rules-items").first().waitFor({ timeout: 30000 });
  assert.doesNotMatch(await page.locator("body").innerText(), /\b1 points\b/);
  assert.deepEqual(problems, []);
});

test("a notice from an earlier year: beside today's standing, the answer says what it led to in its own year", async () => {
  const { page, problems } = await open(phone);
  const base = page.url().split("#")[0];
  // 沪2023: 5 points decided in January 2025, then a notice of March 2025 (1 point more):
  // asked at the end of 2026, a new year's standing.
  const earlier = {
    version: 1,
    regime: "shanghai-2023",
    as_of: "2026-11-28",
    incidents: [
      { id: "e", points: 5, decided_on: "2025-01-15" },
      { id: "a", item: "4.1.2", notified_on: "2025-03-10" },
    ],
  };
  const expected = core.evaluate(earlier);
  assert.equal(expected.status.state, "normal");
  assert.equal(expected.status.period, "2026");
  const year = expected.periods.at(-1);
  assert.equal(year.period, "2025");
  const measures = expected.sanctions.filter((s) => s.decided_on >= year.start && s.decided_on <= year.end);
  assert.ok(measures.length >= 2, "the earlier points' measure and the notice's");
  await page.goto(base + shareFragment(earlier));
  await page.reload();
  const ended = page.locator(".answer .ended-period");
  await ended.waitFor();
  assert.equal(await ended.locator("h3").innerText(), "2025 年度（已结束）");
  assert.equal(await ended.locator(".total").innerText(), `2025 年度累计记分 ${year.total} 分`);
  const lines = await ended.locator("li").allInnerTexts();
  assert.equal(lines.length, measures.length);
  for (const [i, s] of measures.entries()) {
    assert.match(lines[i], new RegExp(`${s.decided_on} 决定`));
    assert.equal(/预计/.test(lines[i]), s.projected, `${s.kind}: 预计 only for the decision not yet made`);
  }
  // Today's standing stays the answer's first line.
  assert.match(await page.locator(".answer > .state").innerText(), /正常/);
  // A measure still running on the day asked is today's standing, not "over": 沪2025,
  // 10 points decided 2025-12-20 (a suspension to April), asked in January.
  const running = { version: 1, regime: "shanghai-2025", as_of: "2026-01-20", incidents: [{ id: "a", points: 10, decided_on: "2025-12-20" }] };
  assert.equal(core.evaluate(running).status.state, "suspended");
  await page.goto(base + shareFragment(running));
  await page.reload();
  await ended.waitFor();
  assert.equal(await ended.locator(".total").innerText(), "2025 年度累计记分 10 分");
  assert.equal(await ended.locator("li").count(), 0, "the running suspension is not listed as over");
  assert.equal(await ended.locator("ul").count(), 0, "no empty list");
  // A total reset at the end of its measure (沪2023 第五条): the period's highest total.
  const reset = { version: 1, regime: "shanghai-2023", as_of: "2025-03-01", incidents: [{ id: "a", points: 12, decided_on: "2024-02-01" }] };
  assert.equal(core.evaluate(reset).periods.at(-1).total, 0);
  await page.goto(base + shareFragment(reset));
  await page.reload();
  await ended.waitFor();
  assert.equal(await ended.locator(".total").innerText(), "2024 年度累计记分 12 分");
  assert.match(await ended.locator("li").first().innerText(), /2024-02-01 决定/);
  // A case decided this year has no such block.
  await page.goto(base + shareFragment(physician));
  await page.reload();
  await page.locator(".answer .outlook").first().waitFor();
  assert.equal(await page.locator(".answer .ended-period").count(), 0);
  assert.deepEqual(problems, []);
});

/** The words shown in `selector` outside the law's own (lang=zh-CN) and its citations. */
function shownWords(page, selector) {
  return page.evaluate((selector) => {
    const found = [];
    for (const root of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let n = walker.nextNode(); n; n = walker.nextNode()) {
        const el = n.parentElement;
        if (!el || el.closest("[lang=zh-CN], [hidden], .print-only, .cite, details:not([open]) > :not(summary)")) continue;
        if (el.getClientRects().length === 0 || !n.textContent.trim()) continue;
        found.push(n.textContent.trim());
      }
    }
    return found;
  }, selector);
}

const details = ".answer, .warnings, .sanctions, .deadlines, .timeline, .whatif, .flags";

test("switching the language redraws a share link's answer and details in place, keeping the focus, the scroll and what is open", async () => {
  const { page, problems } = await open({ width: 1280, height: 900 });
  const base = page.url().split("#")[0];
  await page.goto(base + "#s=sh2025-one-shot-9");
  await page.reload();
  const answer = page.locator(".answer");
  await answer.waitFor();
  await page.locator(".sanctions").waitFor();
  assert.match(await answer.innerText(), /结论/);
  assert.match(await page.locator(".sanctions").innerText(), /处理措施/);
  for (const size of [phone, { width: 1280, height: 900 }]) {
    await page.setViewportSize(size);
    // (On a desktop the answer's column scrolls on its own.)
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      for (const side of document.querySelectorAll(".side")) side.scrollTop = 0;
    });
    await page.screenshot({ path: join(artefacts, `answer-zh-${size.width}.png`) });
  }
  // What is open stays open, the page stays where it was, the drawn nodes stay (in place,
  // not drawn again).
  await page.locator(".sanction details summary").first().click();
  // (Focused first: focusing scrolls the switch into view.)
  await page.focus("#lang-switch");
  await page.evaluate(() => {
    window.scrollTo(0, 300);
    document.querySelector(".answer h2").dataset.kept = "yes";
  });
  const scrolled = await page.evaluate(() => window.scrollY);
  assert.ok(scrolled > 0, "the page is scrolled");
  await page.keyboard.press("Enter");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await answer.getByText("The answer", { exact: true }).waitFor();
  assert.equal(await page.evaluate(() => document.activeElement?.id), "lang-switch", "the focus stays on the switch");
  assert.equal(await page.evaluate(() => window.scrollY), scrolled, "the page keeps its place");
  assert.equal(await page.locator(".answer h2[data-kept=yes]").count(), 1, "the answer is redrawn in place, not replaced");
  assert.equal(await page.locator(".sanction details").first().evaluate((d) => d.open), true, "an open list stays open");
  const english = await shownWords(page, details);
  assert.ok(english.some((t) => /Suspension of payment eligibility/.test(t)), english.join(" | "));
  assert.match(await page.locator(".sanctions h2").innerText(), /^Measures$/);
  assert.match(await page.locator(".deadlines h2").innerText(), /^Deadlines$/);
  assert.match(await page.locator(".whatif").innerText(), /If nothing more happens/);
  assert.match(await page.locator("figure.chart figcaption").first().innerText(), /^Period 2025 /);
  // (English may quote the law's term, "one incident alone scored 9 (一次性记分)"; a
  // line left in Chinese has no English word.)
  const chinese = english.filter((t) => /[\u4e00-\u9fff]/.test(t) && !/[A-Za-z]{3}/.test(t));
  assert.deepEqual(chinese, [], "no Chinese left in the answer and the details but the law's own words");
  for (const size of [phone, { width: 1280, height: 900 }]) {
    await page.setViewportSize(size);
    // (On a desktop the answer's column scrolls on its own.)
    await page.evaluate(() => {
      window.scrollTo(0, 0);
      for (const side of document.querySelectorAll(".side")) side.scrollTop = 0;
    });
    await page.screenshot({ path: join(artefacts, `answer-en-${size.width}.png`) });
  }
  // And back.
  await page.click("#lang-switch");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  await answer.getByText("结论", { exact: true }).waitFor();
  assert.match(await page.locator(".sanctions h2").innerText(), /^处理措施$/);
  assert.match(await answer.innerText(), /医保支付资格暂停中，至 2025-06-15 止/);
  assert.doesNotMatch((await shownWords(page, details)).join(" "), /The answer|Measures|Deadlines|What if/);
  assert.deepEqual(problems, []);
});

test("switching the language redraws the bottom bar and the law's dialog", async () => {
  const { page, problems } = await open(phone);
  await page.goto(page.url().split("#")[0] + shareFragment(physician));
  await page.reload();
  await page.locator(".answer").waitFor();
  const bar = page.locator("a.mini-status");
  await page.locator("#case article.incident").last().scrollIntoViewIfNeeded();
  await bar.waitFor({ state: "visible", timeout: 5000 });
  assert.match(await bar.innerText(), /^医保支付资格正常 · 决定后暂停 · /);
  await page.click("#lang-switch");
  await page.waitForFunction(() => document.documentElement.lang === "en");
  await page.waitForFunction(() => /once decided: suspended/.test(document.querySelector("a.mini-status").innerText));
  // The dialog opened in English, then switched: its buttons follow.
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.locator(".answer button.cite").first().click();
  const dialog = page.locator("dialog.law");
  await dialog.locator("article.article").first().waitFor();
  assert.match(await dialog.locator(".dialog-actions").innerText(), /Close/);
  assert.match(await page.locator(".answer button.cite").first().getAttribute("aria-label"), /^Read /);
  await page.keyboard.press("Escape");
  await page.click("#lang-switch");
  await page.waitForFunction(() => document.documentElement.lang === "zh-CN");
  assert.match(await page.locator(".answer button.cite").first().getAttribute("aria-label"), /^查看条文 /);
  await page.locator(".answer button.cite").first().click();
  assert.match(await dialog.locator(".dialog-actions").innerText(), /关闭/);
  assert.deepEqual(problems, []);
});
