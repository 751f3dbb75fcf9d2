// The law's texts are not in the app's wasm: the first load does not fetch them; the
// first citation (or the reader) opened fetches them once, as one file, and every other
// page that shows the law uses that copy; a failed fetch says so and can be tried again.
import { test } from "node:test";
import assert from "node:assert/strict";
import { freshProfileEachTest, serve, browser, openApp, chooseItem } from "./harness.mjs";

const open = freshProfileEachTest();
const isTexts = (url) => /\/law-[0-9a-f]{16}\.json$/.test(new URL(url).pathname);

async function addIncident(page) {
  await page.click("button.add");
  const card = page.locator("article.incident").last();
  await chooseItem(card, "13.3");
  await card.locator("input[id$=decided_on]").fill("2025-08-01");
  await card.locator("input[id$=responsibility-primary]").check();
}

test("the texts are fetched once, when the law is first opened, and not before", async () => {
  const { page, problems } = await open();
  const fetched = [];
  page.on("request", (r) => isTexts(r.url()) && fetched.push(r.url()));
  await addIncident(page);
  const loaded = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  assert.deepEqual(loaded.filter(isTexts), [], "the first load does not fetch the texts");
  const isArticlesPart = (url) => /\/split_articles\.wasm$/.test(url);
  assert.deepEqual(loaded.filter(isArticlesPart), [], "nor the code that shows them");
  assert.match(await page.locator("meta[name=jifen-law]").getAttribute("content"), /^\.\/law-[0-9a-f]{16}\.json$/);

  await page.locator(".sanction button.cite").first().click();
  const dialog = page.locator("dialog.law");
  await dialog.locator("article.article").first().waitFor();
  assert.match(await dialog.innerText(), /暂停医保支付资格 2 个月/);
  const opened = await page.evaluate(() => performance.getEntriesByType("resource").map((r) => r.name));
  assert.equal(opened.filter(isArticlesPart).length, 1, "the articles' part, fetched when a citation is opened");
  await page.click("text=在条文页中阅读全文");
  await page.locator("#art-第十四条").waitFor();
  // Another document, and back: the same copy.
  await page.selectOption("#reader-regime", "jining-2024");
  await page.locator(".reader article.article").first().waitFor();
  assert.equal(fetched.length, 1, fetched.join(", "));
  assert.deepEqual(problems, []);
  await page.close();
});

test("when the texts cannot be fetched, the page says so, and trying again works", async () => {
  // Without the service worker, whose precache would answer first.
  const server = await serve();
  const context = await browser({ serviceWorkers: "block" });
  const { page } = await openApp(context, server.url);
  let refuse = true;
  await page.route(isTexts, (route) => (refuse ? route.fulfill({ status: 503, body: "down" }) : route.continue()));
  await page.click("a.tab:text-is('条文')");
  const alert = page.locator(".reader [role=alert]");
  await alert.waitFor();
  assert.match(await alert.innerText(), /条文未能载入/);
  assert.match(await alert.innerText(), /503/);
  refuse = false;
  await alert.locator("button").click();
  await page.locator(".reader article.article").first().waitFor();
  assert.equal(await alert.count(), 0);
  await context.close();
  await server.close();
});
