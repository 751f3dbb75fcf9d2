// Keeping a case on an iPhone (WebKit), at 360 px: a colleague's link is saved as one's
// own case, is there again after a reload (the browser's storage), and the app's own
// share link for it opens the same answer in another browser.
import { test } from "node:test";
import assert from "node:assert/strict";
import { webkit, shareFragment, physician } from "./harness.mjs";

const browser = webkit();

test("a case saved from a link is reopened after a reload, and the app's link for it opens it elsewhere", async () => {
  const page = await browser.open(browser.server.url + shareFragment(physician));
  assert.match(await page.text(".preview"), /13\.2 告知书/);
  const answer = await page.text(".answer", /2027-01-14/);
  assert.equal(await page.js(() => localStorage.getItem("jifen.library")?.includes("13.2 告知书") ?? false), false,
    "looking is not saving");
  await page.click(".preview button", /保存为我的新案例/);
  await page.gone(".preview");
  await page.until("the case in the browser's storage", () => localStorage.getItem("jifen.library")?.includes("13.2 告知书"));
  assert.equal(new URL(await page.url()).hash, "", "the link is cleared once saved");

  await page.reload();
  // The same case, under its name, with the same answer.
  assert.equal(await page.text(".answer", /2027-01-14/), answer);
  await page.until("the case chosen under its name", () => document.querySelector("#case-select option:checked")?.textContent === "13.2 告知书");
  assert.equal(await page.js(() => document.querySelectorAll("article.incident").length), 2);
  await page.screenshot("keep-reopened");

  // The app's own link for the kept case.
  await page.click("details.case-menu summary");
  await page.click("details.case-menu button", /^分享链接$/);
  const link = await page.until("the share link", () => document.getElementById("share-link")?.value);
  assert.match(link, /#c1\./);
  assert.deepEqual(await page.problems(), []);

  // Another browser (WebKitWebDriver runs one at a time), with nothing kept.
  await page.close();
  const other = await browser.open(link);
  assert.equal(await other.js(() => localStorage.getItem("jifen.library")?.includes("13.2 告知书") ?? false), false,
    "a browser of its own, with nothing kept");
  assert.match(await other.text(".preview"), /13\.2 告知书/);
  assert.equal(await other.text(".answer", /2027-01-14/), answer, "the same answer from the app's link");
  await other.screenshot("keep-link-elsewhere");
  assert.deepEqual(await other.problems(), []);
});
