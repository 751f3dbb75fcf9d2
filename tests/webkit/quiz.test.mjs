// The training room's quiz on an iPhone (WebKit), at 360 px: the room's link gives ten
// questions; each tap on a choice is answered at once (right or wrong, the right answer
// marked and named), and the score counts what the user got right.
import { test } from "node:test";
import assert from "node:assert/strict";
import { webkit } from "./harness.mjs";

const browser = webkit();

test("the room's quiz (#quiz=jining-2024&n=10&seed=room1) is answered on a 360 px phone and scored", async () => {
  const page = await browser.open(`${browser.server.url}#quiz=jining-2024&n=10&seed=room1`);
  await page.text(".quiz-page h2");
  await page.until("ten questions", () => document.querySelectorAll(".quiz-question").length === 10);
  assert.match(await page.text(".quiz-score"), /已答 0 \/ 10 题/);
  assert.equal(await page.scrollsSideways(), false, "no sideways scroll at 360 px");
  // Every choice fits the phone's width: none is cut at the right edge.
  const cut = await page.js(() => [...document.querySelectorAll(".quiz-choice")]
    .filter((c) => c.getBoundingClientRect().right > innerWidth + 1).map((c) => c.innerText));
  assert.deepEqual(cut, []);

  // The user taps a choice of each question (the first, second, … in turn).
  for (let i = 0; i < 10; i++) {
    const choices = await page.js((i) => document.querySelectorAll(".quiz-question")[i].querySelectorAll(".quiz-choice").length, i);
    const j = i % choices;
    await page.click(`label[for="q${i + 1}-${j}"]`);
    const said = await page.until(`the feedback of question ${i + 1}`, (i) => document.querySelectorAll(".quiz-question")[i].querySelector(".quiz-feedback")?.innerText, i);
    assert.match(said, /^回答(正确|错误)。 正确答案：[A-D]\./);
    // What it says is what it marks: the right choice's letter, and the verdict on the one tapped.
    const marks = await page.js((i, j) => {
      const q = document.querySelectorAll(".quiz-question")[i];
      return {
        right: q.querySelector(".quiz-choice.right .letter")?.textContent,
        tappedRight: q.querySelector(`label[for="q${i + 1}-${j}"]`).classList.contains("right"),
        checked: document.getElementById(`q${i + 1}-${j}`).checked,
      };
    }, i, j);
    assert.equal(said.match(/正确答案：([A-D])\./)[1], marks.right, `question ${i + 1}: the right choice is marked`);
    assert.equal(/^回答正确/.test(said), marks.tappedRight, `question ${i + 1}: the verdict`);
    assert.ok(marks.checked, `question ${i + 1}: the choice tapped is checked`);
  }
  const right = await page.js(() => document.querySelectorAll(".quiz-feedback.right").length);
  const score = await page.text(".quiz-score", /全部答完/);
  assert.equal(score, `全部答完：答对 ${right} / 10 题`);
  assert.equal(await page.scrollsSideways(), false, "no sideways scroll once answered");
  // The end state: the last question's explanation and the score, as the phone shows them.
  await page.js(() => document.querySelector(".quiz-score").scrollIntoView({ block: "end" }));
  await page.screenshot("quiz-phone");
  assert.deepEqual(await page.problems(), []);
});
