// The size and speed report (a report, not a test): the compressed bytes the first visit
// loads, and the time from navigation to the first result in headless Chromium, beside
// the same figure for a static HTML page of similar size served the same way.
//
// Run by scripts/size.sh after `trunk build --release --offline`. Prints a table and
// writes target/browser/size-report.json.
import { readFileSync, writeFileSync, mkdirSync, mkdtempSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { serve, browser, dist, artefacts, root } from "./harness.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
const html = readFileSync(join(dist, "index.html"), "utf8");
const assets = [...html.matchAll(/(?:href|src)="\.?\/?([^"]+\.(?:wasm|js|css))"/g)].map((m) => m[1]);
const files = [...new Set(["index.html", ...assets])];
const sizes = files.map((name) => {
  const body = readFileSync(join(dist, name));
  return {
    name,
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
});
const total = (k) => sizes.reduce((s, f) => s + f[k], 0);

// A static page as heavy as the app: the regulations' text, repeated to the app's raw size.
const seeds = ["000_e186f20d2df2fe94", "001_50ab4dfa39c88fbd", "002_e92b9e420bbee4fb", "003_073c2c33d1feaf83", "004_07493acc7eb4a598"]
  .map((s) => readFileSync(join(root, "src/scoring/seeds", `${s}.txt`), "utf8"))
  .join("\n");
const staticDir = mkdtempSync(join(tmpdir(), "jifen-static-"));
let body = "";
while (Buffer.byteLength(body) < total("raw")) body += seeds.split("\n\n").map((p) => `<p>${p}</p>`).join("\n");
writeFileSync(join(staticDir, "index.html"), `<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8"><title>static</title></head><body><main class="status">${body}</main></body></html>`);
const staticBytes = Buffer.byteLength(readFileSync(join(staticDir, "index.html")));

async function measure(url, mark) {
  const context = await browser();
  const times = [];
  try {
    for (let i = 0; i < RUNS; i++) {
      const page = await context.newPage();
      await page.route("**/*", (route) => route.continue({ headers: { ...route.request().headers(), "cache-control": "no-cache" } }));
      await page.goto(url, { waitUntil: "load" });
      await page.waitForSelector(".status", { timeout: 30000 });
      const t = await page.evaluate(async (mark) => {
        if (mark) {
          for (let n = 0; n < 200 && performance.getEntriesByName(mark).length === 0; n++) await new Promise((r) => setTimeout(r, 10));
          return performance.getEntriesByName(mark)[0].startTime;
        }
        const paint = performance.getEntriesByName("first-contentful-paint")[0];
        return paint ? paint.startTime : performance.getEntriesByType("navigation")[0].loadEventEnd;
      }, mark);
      times.push(t);
      await page.close();
    }
  } finally {
    await context.close();
  }
  times.sort((a, b) => a - b);
  return { median: times[Math.floor(times.length / 2)], runs: times.map((t) => Math.round(t)) };
}

const app = await serve(dist, { gzip: true });
const plain = await serve(staticDir, { gzip: true });
const appTime = await measure(app.url, "first-result");
const staticTime = await measure(plain.url, null);
await app.close();
await plain.close();

const report = {
  first_load_bytes: { files: sizes, raw: total("raw"), gzip: total("gzip"), brotli: total("brotli") },
  budget_bytes: 250_000,
  first_result_ms: appTime,
  static_page: { bytes: staticBytes, first_contentful_paint_ms: staticTime },
  ratio: appTime.median / staticTime.median,
  ratio_aim: 1.5,
};
mkdirSync(artefacts, { recursive: true });
writeFileSync(join(artefacts, "size-report.json"), JSON.stringify(report, null, 2));

const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
console.log("first visit loads           raw       gzip     brotli");
for (const f of sizes) console.log(`  ${f.name.padEnd(36)} ${kb(f.raw).padStart(9)} ${kb(f.gzip).padStart(9)} ${kb(f.brotli).padStart(9)}`);
console.log(`  ${"total".padEnd(36)} ${kb(total("raw")).padStart(9)} ${kb(total("gzip")).padStart(9)} ${kb(total("brotli")).padStart(9)}   (aim: under 250 kB compressed)`);
console.log();
console.log(`navigation → first result (app, median of ${RUNS}):        ${appTime.median.toFixed(0)} ms  ${JSON.stringify(appTime.runs)}`);
console.log(`navigation → first paint (static page, ${kb(staticBytes)}):  ${staticTime.median.toFixed(0)} ms  ${JSON.stringify(staticTime.runs)}`);
console.log(`ratio: ${report.ratio.toFixed(2)} (aim: within 1.5)`);
