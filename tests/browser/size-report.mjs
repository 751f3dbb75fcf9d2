// The size and speed report (a report, not a test).
//
//  1. The first load: every file the page fetches before its first result (read from
//     the page's own Resource Timing in a real load), raw and compressed (gzip -9 and
//     brotli -q 11, as a host would serve them), one line per file and a total per kind
//     (wasm, js, css, html, others). Then what the service worker fetches once the app
//     has started (its precache: not needed for the first result, but a first visit pays
//     it; the DevTools throttling does not slow the worker's requests).
//  2. The time on a slow phone: navigation → the app's `first-result` mark (set when its
//     first screen is drawn: the answer panel, or the guided questions a phone's first visit opens; src/app/result.rs) and → first contentful paint, as the
//     median, min and max of RUNS runs (default 7, after one run not counted that warms
//     up Chromium's own files). Each run starts Chromium with a fresh
//     profile (cold cache, no service worker) and throttles it through the DevTools
//     protocol: 1.6 Mbps down, 750 kbps up, 150 ms round trip, CPU 4× slower. The server
//     sends brotli (`Content-Encoding: br`), as a host serving pre-compressed files does.
//
// Run by scripts/size.sh after `trunk build --release --offline`. Prints a table and
// writes target/browser/size-report.json. RUNS=… changes the number of runs; PAGE=… the
// page (see below); DIST=… the
// build measured (dist/ by default), DIST=a:b:… several, measured in turns to compare
// them (e.g. copies of dist/ before and after a change).
import { readFileSync, writeFileSync, mkdirSync, existsSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join, extname, resolve } from "node:path";
import { loadavg } from "node:os";
import { serve, browser, dist, artefacts } from "./harness.mjs";

const RUNS = Number(process.env.RUNS ?? 7);
// The page measured, relative to the build's folder: the app by default;
// PAGE='embed.html#s=sh2025-one-shot-9' measures the embed as a page that frames it loads it.
const PAGE = process.env.PAGE ?? "";
const PHONE = {
  downloadKbps: 1600,
  uploadKbps: 750,
  rttMs: 150,
  cpuSlowdown: 4,
};
const BUDGET_BYTES = 250_000;
const FIRST_RESULT_AIM_MS = 2000;

const sum = (list, k) => list.reduce((s, f) => s + f[k], 0);

function compressedSizes(dir, name) {
  const body = readFileSync(join(dir, name));
  return {
    name,
    kind: kindOf(name),
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } }).length,
  };
}

function kindOf(name) {
  const ext = extname(name).slice(1);
  return ["wasm", "js", "css", "html"].includes(ext) ? ext : ext === "mjs" ? "js" : "others";
}

/** One cold load on the phone profile: the times, and what the page fetched before its first result. */
async function phoneRun(url) {
  const context = await browser();
  try {
    const page = await context.newPage();
    await page.setViewportSize({ width: 360, height: 780 });
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: PHONE.rttMs,
      downloadThroughput: (PHONE.downloadKbps * 1000) / 8,
      uploadThroughput: (PHONE.uploadKbps * 1000) / 8,
    });
    await cdp.send("Emulation.setCPUThrottlingRate", { rate: PHONE.cpuSlowdown });
    // Waits for the marks without polling the (throttled) page.
    await page.addInitScript(() => {
      const seen = (type, name) =>
        new Promise((resolve) => {
          new PerformanceObserver((list, observer) => {
            const entry = list.getEntriesByName(name)[0];
            if (entry) {
              observer.disconnect();
              resolve(entry.startTime);
            }
          }).observe({ type, buffered: true });
        });
      window.__phone = Promise.all([seen("mark", "first-result"), seen("paint", "first-contentful-paint")]);
    });
    await page.goto(url, { waitUntil: "commit" });
    // A page that never draws its first screen is said, not waited for forever.
    const [firstResult, fcp] = await Promise.race([
      page.evaluate(() => window.__phone),
      new Promise((_, fail) => setTimeout(() => fail(new Error("no first-result mark within 60 s: does the first screen call result::mark_first_screen?")), 60_000)),
    ]);
    const fetched = await page.evaluate((before) => {
      const nav = performance.getEntriesByType("navigation")[0];
      const rest = performance.getEntriesByType("resource").filter((r) => r.startTime <= before);
      return [nav, ...rest].map((r) => ({ url: r.name, encoded: r.encodedBodySize, decoded: r.decodedBodySize, end: r.responseEnd }));
    }, firstResult);
    // When the last byte of the wasm arrived: the rest of the time is the CPU's.
    const wasmEnd = Math.max(0, ...fetched.filter((f) => f.url.endsWith(".wasm")).map((f) => f.end));
    return { firstResult, fcp, fetched, wasmEnd };
  } finally {
    await context.close();
  }
}

function stats(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return {
    median: Math.round(sorted[Math.floor(sorted.length / 2)]),
    min: Math.round(sorted[0]),
    max: Math.round(sorted.at(-1)),
    runs: values.map(Math.round),
  };
}

// DIST=a:b:… measures several builds in turns (a, b, …, a, b, …), so that whatever else
// the machine is doing weighs on each alike; the report then compares them.
const dists = (process.env.DIST ?? dist).split(":").map((d) => resolve(d));
const servers = await Promise.all(dists.map((d) => serve(d, { brotli: true })));
const loads = [loadavg()[0]];
const runs = dists.map(() => []);
try {
  // One run first, not counted: the first start of Chromium on a machine is slower
  // (its own files cold), which is not what a phone's cold cache means.
  await phoneRun(servers[0].url + PAGE);
  for (let i = 0; i < RUNS; i++) {
    for (const [n, server] of servers.entries()) runs[n].push(await phoneRun(server.url + PAGE));
    loads.push(loadavg()[0]);
  }
} finally {
  await Promise.all(servers.map((s) => s.close()));
}
const load = { min: Math.min(...loads), max: Math.max(...loads) };

const reports = dists.map((dir, n) => summary(dir, servers[n], runs[n]));
mkdirSync(artefacts, { recursive: true });
writeFileSync(join(artefacts, "size-report.json"), JSON.stringify(reports.length === 1 ? reports[0] : reports, null, 2));
for (const report of reports) print(report);

/** The bytes and times of one build. */
function summary(dir, server, runs) {
  // The files of the first load, from the first run (every run loads the same ones).
  const origin = new URL(server.url);
  const names = [
    ...new Set(
      runs[0].fetched.map(({ url }) => {
        const path = decodeURIComponent(new URL(url).pathname.slice(origin.pathname.length));
        return path === "" || path.endsWith("/") ? `${path}index.html` : path;
      }),
    ),
  ];
  const files = names.filter((n) => existsSync(join(dir, n))).map((n) => compressedSizes(dir, n));
  const byKind = Object.fromEntries(
    ["wasm", "js", "css", "html", "others"].map((kind) => {
      const of = files.filter((f) => f.kind === kind);
      return [kind, { raw: sum(of, "raw"), gzip: sum(of, "gzip"), brotli: sum(of, "brotli") }];
    }),
  );
  const total = { raw: sum(files, "raw"), gzip: sum(files, "gzip"), brotli: sum(files, "brotli") };
  // What went over the wire (the server's brotli), as the page saw it.
  const wire = runs[0].fetched.reduce((s, f) => s + f.encoded, 0);

  // The service worker's precache, fetched once the app has started (www/register-sw.js).
  const sw = readFileSync(join(dir, "sw.js"), "utf8");
  const precache = JSON.parse(sw.match(/const ASSETS = (\[[\s\S]*?\]);/)?.[1] ?? "[]")
    .map((a) => a.replace(/^\.\//, ""))
    .filter((a) => a !== "" && !names.includes(a));
  const later = precache.filter((n) => existsSync(join(dir, n))).map((n) => compressedSizes(dir, n));

  return {
    dist: dir,
    first_load: { files, by_kind: byKind, total, over_the_wire_brotli: wire },
    budget_brotli_bytes: BUDGET_BYTES,
    precache_after_start: PAGE.startsWith("embed.html")
      ? { files: [], raw: 0, brotli: 0 }
      : { files: later.map((f) => f.name), raw: sum(later, "raw"), brotli: sum(later, "brotli") },
    phone_profile: { ...PHONE, cold_cache: true, fresh_profile_per_run: true, content_encoding: "br" },
    first_result_ms: stats(runs.map((r) => r.firstResult)),
    first_contentful_paint_ms: stats(runs.map((r) => r.fcp)),
    first_result_aim_ms: FIRST_RESULT_AIM_MS,
    wasm_downloaded_ms: stats(runs.map((r) => r.wasmEnd)),
    load_average: load,
  };
}

function print(report) {
  const { first_load: first, precache_after_start: later } = report;
  const kb = (n) => `${(n / 1000).toFixed(1)} kB`;
  const row = (label, f) => `  ${label.padEnd(40)} ${kb(f.raw).padStart(9)} ${kb(f.gzip).padStart(9)} ${kb(f.brotli).padStart(9)}`;
  console.log(`${report.dist}\nfirst load (fetched before the first result)     raw      gzip    brotli`);
  for (const f of first.files) console.log(row(f.name, f));
  console.log("  by kind:");
  for (const [kind, f] of Object.entries(first.by_kind)) if (f.raw > 0) console.log(row(`  ${kind}`, f));
  const met = (yes) => (yes ? "met" : "not met");
  console.log(row("total", first.total) + `   (aim: brotli ≤ ${kb(BUDGET_BYTES)}: ${met(first.total.brotli <= BUDGET_BYTES)})`);
  console.log(`  over the wire in a run: ${kb(first.over_the_wire_brotli)} (the server's brotli, as the page counted it)`);
  // embed.html registers no service worker (www/register-sw.js): nothing is fetched later.
  if (PAGE.startsWith("embed.html")) console.log("embed.html registers no service worker: nothing more is fetched once it has started");
  else console.log(`once the app has started, the service worker precaches ${later.files.length} more files: ${kb(later.raw)} raw, ${kb(later.brotli)} brotli`);
  const line = (label, s) => `${label.padEnd(36)} median ${String(s.median).padStart(5)} ms   min ${String(s.min).padStart(5)}   max ${String(s.max).padStart(5)}   ${JSON.stringify(s.runs)}`;
  console.log(`phone profile: ${PHONE.downloadKbps / 1000} Mbps down, ${PHONE.uploadKbps} kbps up, ${PHONE.rttMs} ms RTT, CPU ${PHONE.cpuSlowdown}× slower, cold cache, brotli; ${RUNS} runs (load average ${load.min.toFixed(1)}–${load.max.toFixed(1)})`);
  const result = report.first_result_ms;
  console.log(line("  navigation → first result", result) + `   (aim: ≤ ${FIRST_RESULT_AIM_MS} ms: ${met(result.median <= FIRST_RESULT_AIM_MS)})`);
  console.log(line("  navigation → first contentful paint", report.first_contentful_paint_ms));
  console.log(line("  navigation → wasm downloaded", report.wasm_downloaded_ms));
  console.log();
}
