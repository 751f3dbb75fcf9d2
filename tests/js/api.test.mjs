// The JavaScript API (wasm-bindgen + serde-wasm-bindgen) gives the same results as
// the `jifen` CLI, and throws the same error objects.
//
// Run by scripts/test.sh after building target/js-api (wasm-bindgen --target nodejs).
import { test, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync, rmSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";
import { tmpdir } from "node:os";

const root = new URL("../..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const api = require(join(root, "target/js-api/jifen.js"));
const cli = join(root, "target/debug/jifen");
const examples = join(root, "tests/fixtures/spec/examples");
const scratch = mkdtempSync(join(tmpdir(), "jifen-js-"));
after(() => rmSync(scratch, { recursive: true, force: true }));

function viaCli(caseObject) {
  const file = join(scratch, "case.json");
  writeFileSync(file, JSON.stringify(caseObject));
  try {
    return { ok: JSON.parse(execFileSync(cli, ["evaluate", file, "--as-of", caseObject.as_of ?? "2024-12-31"], { encoding: "utf8" })) };
  } catch (e) {
    return { status: e.status, error: JSON.parse(e.stdout) };
  }
}

for (const name of readdirSync(examples).filter((n) => n.endsWith(".json")).sort()) {
  test(`evaluate() matches the CLI on ${name}`, () => {
    const { case: c } = JSON.parse(readFileSync(join(examples, name), "utf8"));
    const withAsOf = { as_of: "2024-12-31", ...c };
    const fromJs = api.evaluate(withAsOf);
    const fromCli = viaCli(withAsOf);
    assert.deepEqual(fromJs, fromCli.ok);
  });
}

test("evaluate() uses the given today when the case has no as_of", () => {
  const c = { regime: "jining-2024", incidents: [{ item: "4.4.1", decided_on: "2025-01-10" }] };
  const early = api.evaluate(c, "2025-03-01");
  assert.equal(early.as_of, "2025-03-01");
  assert.equal(early.status.state, "terminated");
  // Spec v3: the bar's end is not a restoration; a new agreement is (济宁 五（二）).
  const late = api.evaluate(c, "2027-03-01");
  assert.equal(late.status.state, "restoration_pending");
  assert.equal(late.status.awaiting, "new_agreement");
});

test("evaluate() without today uses today's date", () => {
  const result = api.evaluate({ regime: "shanghai-2025", incidents: [] });
  assert.match(result.as_of, /^\d{4}-\d{2}-\d{2}$/);
  const now = new Date(Date.now() + 8 * 3600 * 1000).toISOString().slice(0, 10);
  assert.equal(result.as_of, now);
});

test("errors are thrown as {error: {code, message, path}}, as the CLI prints them", () => {
  const bad = { regime: "shanghai-2025", as_of: "2025-12-01", incidents: [{ item: "13.2", decided_on: "2025-05-20", responsibility: "primary", points: 9 }] };
  assert.throws(() => api.evaluate(bad), (thrown) => {
    assert.equal(thrown.error.code, "points_out_of_range");
    assert.equal(thrown.error.path, "incidents[0].points");
    assert.match(thrown.error.message, /4–6/);
    assert.deepEqual(thrown, viaCli(bad).error);
    return true;
  });
  assert.throws(() => api.evaluate({ regime: "nowhere", incidents: [] }), (t) => t.error.code === "unknown_regime");
  assert.throws(() => api.evaluate("not an object"), (t) => t.error.code === "invalid_value");
});

test("catalogue() lists every item with its text and citation", () => {
  const cat = api.catalogue("wenzhou-2014");
  const items = cat.clauses.flatMap((c) => c.items);
  assert.equal(items.length, 30);
  assert.ok(items.every((i) => i.code && i.text && i.cite && i.gloss));
  assert.deepEqual(api.regimes(), ["shanghai-2025", "shanghai-2023", "wenzhou-2014", "jining-2024", "shanghai-2020"]);
  assert.throws(() => api.catalogue("x"), (t) => t.error.code === "unknown_regime");
});

test("the v2 marks reach JavaScript as the CLI prints them", () => {
  const cases = [
    // A notice alone: projected decision and measure, and the outlook.
    { regime: "shanghai-2025", as_of: "2026-11-27", incidents: [
      { id: "e", points: 3, decided_on: "2026-03-10" },
      { id: "n", item: "13.2", responsibility: "primary", notified_on: "2026-11-25" }] },
    // 沪2020: a discretionary change of settlement mode; item 21 without a fine.
    { regime: "shanghai-2020", as_of: "2025-12-31", incidents: [
      { id: "p", item: "19.2", severe: true, decided_on: "2025-05-01" },
      { id: "s", item: "21", decided_on: "2025-05-02" }] },
    // Wenzhou: a request before its window extends the suspension.
    { regime: "wenzhou-2014", as_of: "2025-06-01", agreement_start: "2024-10-01",
      resumption_requests: [{ on: "2025-03-05" }], incidents: [
      { id: "a", item: "15.1", decided_on: "2025-03-03" },
      { id: "b", item: "16.1", decided_on: "2025-03-03" },
      { id: "c", item: "17.1", decided_on: "2025-03-03" }] },
  ];
  const [pending, fines, wenzhou] = cases.map((c) => {
    const fromJs = api.evaluate(c);
    assert.deepEqual(fromJs, viaCli(c).ok);
    return fromJs;
  });
  assert.equal(pending.incidents[1].projected, true);
  assert.equal(pending.incidents[1].decided_on, "2026-12-14");
  assert.equal(pending.sanctions[1].projected, true);
  assert.deepEqual([pending.outlook.on, pending.outlook.state, pending.outlook.total], ["2026-12-15", "suspended", 9]);
  assert.ok(pending.warnings.some((w) => w.code === "decision_projected"));
  const kinds = pending.deadlines.map((d) => `${d.kind}/${d.actor}`);
  for (const k of ["decision_delivery/agency", "registration_update/institution", "objection/person"]) {
    assert.ok(kinds.includes(k), `${k} in ${kinds}`);
  }
  assert.equal(fines.sanctions[0].discretionary, true);
  assert.equal(fines.incidents[1].fine_min, null);
  assert.deepEqual(fines.incidents[1].measures, ["settlement_suspension_possible"]);
  assert.equal(wenzhou.sanctions[0].extended, true);
  assert.equal(wenzhou.status.state, "suspended");
  assert.ok(wenzhou.deadlines.some((d) => d.kind === "resumption_decision"));
  assert.ok(wenzhou.warnings.some((w) => w.code === "suspension_extended"));
});
