// The JavaScript API (wasm-bindgen + serde-wasm-bindgen) gives the same results as
// the `jifen` CLI, and throws the same error objects.
//
// Run by scripts/test.sh after building target/js-api (wasm-bindgen --target nodejs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdtempSync } from "node:fs";
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
  const late = api.evaluate(c, "2027-03-01");
  assert.equal(late.status.state, "normal");
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
