// The embed in WebKit: an article on another site (a second origin), read on a phone,
// frames embed.html with a case link; the frame shows the answer, and the page receives
// the embed's `jifen:result` (the core's conclusion, never the incidents) and its height.
// dist/ is served with its _headers rules, as the hosts that read them serve it.
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { createServer } from "node:http";
import { webkit, jsApi, headerRules, shareFragment, physician } from "./harness.mjs";

const core = jsApi();
const browser = webkit({ rules: headerRules() });

/** A page of another site (`localhost` and another port; the calculator is on
 *  127.0.0.1) that frames `frame`, under a policy of its own as the README advises,
 *  and keeps what the calculator's origin posts in `window.messages`. */
async function hostSite(calculator) {
  const origin = new URL(calculator).origin;
  const page = `<!DOCTYPE html>
<html lang="zh-CN">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'; style-src 'unsafe-inline'; frame-src ${origin}">
  <title>另一个网站的文章</title>
</head>
<body style="margin: 8px; font-family: sans-serif">
  <h1 style="font-size: 20px">另一个网站的文章</h1>
  <iframe id="calculator" title="医保医师记分计算器" style="width: 100%; border: 0" height="200"></iframe>
  <p id="received">尚未收到结果</p>
  <script src="host.js"></script>
</body>
</html>`;
  const script = `const origin = ${JSON.stringify(origin)};
const frame = document.getElementById("calculator");
window.messages = [];
addEventListener("message", (event) => {
  if (event.origin !== origin || event.source !== frame.contentWindow) return;
  window.messages.push(event.data);
  if (event.data?.type === "jifen:height") frame.style.height = event.data.height + "px";
  if (event.data?.type === "jifen:result") document.getElementById("received").textContent = "收到：" + event.data.state + "，" + event.data.total + " 分";
});
frame.src = new URLSearchParams(location.search).get("frame");
`;
  const server = createServer((req, res) => {
    const path = new URL(req.url, "http://x").pathname;
    if (path === "/host.html") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(page);
    else if (path === "/host.js") res.writeHead(200, { "content-type": "text/javascript; charset=utf-8" }).end(script);
    else res.writeHead(404).end();
  });
  await new Promise((ok) => server.listen(0, "localhost", ok));
  return { url: `http://localhost:${server.address().port}/host.html`, close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

let host;
after(async () => host?.close());

test("a page on another origin frames embed.html: the frame shows the answer and posts jifen:result", async () => {
  host = await hostSite(browser.server.url);
  const url = new URL(host.url);
  url.searchParams.set("frame", `${browser.server.url}embed.html?lang=zh${shareFragment(physician)}`);
  const page = await browser.open(url.href);
  assert.notEqual(new URL(await page.url()).origin, new URL(browser.server.url).origin, "two origins");

  // The message: the standing and where the decision leads, as the core computes them.
  const result = await page.until("a jifen:result message", () => window.messages.filter((m) => m.type === "jifen:result").at(-1));
  const expected = core.evaluate(physician);
  assert.deepEqual(
    [result.regime, result.as_of, result.state, result.total, result.error],
    [expected.regime, expected.as_of, expected.status.state, expected.status.total, null],
  );
  assert.deepEqual([result.outlook.state, result.outlook.total], [expected.outlook.state, expected.outlook.total]);
  assert.deepEqual(result.measures.map((m) => [m.kind, m.start, m.end]), expected.sanctions.map((s) => [s.kind, s.start ?? null, s.end]));
  assert.equal(result.incidents, 2);
  const messages = JSON.stringify(await page.js(() => window.messages));
  for (const detail of ["13.2", "primary", "2026-03-10", "2026-11-25", "告知书"]) {
    assert.ok(!messages.includes(detail), `${detail} posted to the host`);
  }
  // The host page says what it received, and sized the frame from jifen:height.
  assert.equal(await page.text("#received", /收到/), `收到：${expected.status.state}，${expected.status.total} 分`);
  const height = await page.until("a jifen:height message", () => window.messages.filter((m) => m.type === "jifen:height").at(-1)?.height);
  assert.ok(height > 200, `a real height: ${height}`);
  await page.until(`the frame ${height} px tall`, (h) => document.getElementById("calculator").clientHeight === h, height);

  // What the reader sees inside the frame: the answer, in Chinese, with its dates.
  await page.driver.switchTo().frame(await page.element("#calculator"));
  const answer = await page.text(".answer", /2027-01-14/);
  assert.match(answer, /暂停医保支付资格/);
  assert.match(answer, /预计/);
  assert.equal(await page.js(() => document.documentElement.dataset.mode), "embed");
  assert.equal(await page.scrollsSideways(), false, "the embed does not scroll sideways in its frame");
  await page.driver.switchTo().defaultContent();
  assert.deepEqual(await page.problems(), []);
  // The article, as its reader sees it on a phone: the embed the column's width, nothing wider.
  assert.equal(await page.scrollsSideways(), false, "the host page does not scroll sideways");
  assert.equal(await page.js(() => document.getElementById("calculator").clientWidth), 360 - 2 * 8);
  await page.js(() => scrollTo(0, 0));
  await page.screenshot("embed-cross-origin");
});
