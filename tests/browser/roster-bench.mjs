// The roster page's speed (scripts/bench.sh; a report, not a test): a roster of 1,000 and
// of 5,000 people (examples/roster_sheet.rs, an Excel workbook) imported into #roster in
// headless Chromium, from the file's change event to every row in the table laid out:
// read, decoded, computed (each person's case evaluated, each share link packed) and
// drawn. Median of 3 runs after one untimed, each in a fresh page; the ratio of the two
// sizes shows whether the cost grows faster than the roster.
//
//   node tests/browser/roster-bench.mjs      (after trunk build --release --offline)
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { serve, browser, artefacts, root } from "./harness.mjs";

mkdirSync(artefacts, { recursive: true });
execFileSync("cargo", ["build", "--quiet", "--release", "--example", "roster_sheet"], { cwd: root, stdio: "inherit" });
const example = join(root, "target/release/examples/roster_sheet");
const server = await serve();
const context = await browser();

async function once(file, people) {
  const page = await context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${server.url}#roster`);
  await page.waitForSelector("#roster-file", { state: "attached", timeout: 30000 });
  // The part is there; the clock starts when the page is handed the file.
  await page.evaluate(() => {
    document.querySelector("#roster-file").addEventListener("change", () => { window.__start = performance.now(); }, { capture: true });
  });
  await page.setInputFiles("#roster-file", file);
  const ms = await page.waitForFunction((n) => {
    if (document.querySelectorAll("#roster-table tbody tr").length !== n) return false;
    void document.body.offsetHeight; // laid out
    return performance.now() - window.__start;
  }, people, { polling: "raf", timeout: 120000 });
  const elapsed = await ms.jsonValue();
  await page.close();
  return elapsed;
}

const figures = [];
for (const people of [1000, 5000]) {
  const file = join(artefacts, `roster-bench-${people}.xlsx`);
  execFileSync(example, ["write", String(people), file]);
  await once(file, people);
  const runs = [];
  for (let i = 0; i < 3; i++) runs.push(await once(file, people));
  runs.sort((a, b) => a - b);
  figures.push({ people, ms: runs[1] });
}
await context.close();
await server.close();
console.log("(headless Chromium on this machine, now: from the file's change event to every row laid out)");
console.log(`${"people".padStart(8)} ${"ms".padStart(8)} ${"µs/person".padStart(10)}`);
for (const { people, ms } of figures) console.log(`${String(people).padStart(8)} ${ms.toFixed(0).padStart(8)} ${((ms * 1000) / people).toFixed(0).padStart(10)}`);
const [small, large] = figures;
console.log(`5,000 / 1,000: ${(large.ms / small.ms).toFixed(2)} (linear: 5.00)`);
