// The JS API's TypeScript types (src/js.d.ts, in the generated jifen.d.ts) describe what
// it really returns: every spec example's case, its result and a range of errors are
// written out as TypeScript object literals checked with `satisfies` (which refuses a
// missing field, a wrong type and a field the type does not know), and npm's
// typescript compiles them. A wrong literal must fail, so that the check can fail.
//
// Run by scripts/test.sh after building target/js-api (wasm-bindgen --target nodejs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync, writeFileSync, mkdirSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { createRequire } from "node:module";
import { join } from "node:path";

const root = new URL("../..", import.meta.url).pathname;
const require = createRequire(import.meta.url);
const api = require(join(root, "target/js-api/jifen.js"));
const tsc = join(root, "tests/js/node_modules/typescript/bin/tsc");
const out = join(root, "target/ts-check");
mkdirSync(out, { recursive: true });

const examples = readdirSync(join(root, "tests/fixtures/spec/examples"))
  .filter((n) => n.endsWith(".json"))
  .sort()
  .map((n) => JSON.parse(readFileSync(join(root, "tests/fixtures/spec/examples", n), "utf8")).case);

// More than the examples hold: every regime's catalogue, points alone, a late objection,
// resumption requests, Jining's bar, 沪2020's item 21.
const more = [
  { regime: "shanghai-2025", as_of: "2026-11-27", resumption_requests: [{ on: "2026-12-20" }],
    incidents: [{ id: "e", points: 3, decided_on: "2026-03-10" },
      { id: "n", item: "13.2", responsibility: "primary", notified_on: "2026-11-25", objection_filed_on: "2026-12-15" }] },
  { regime: "wenzhou-2014", as_of: "2025-06-01", agreement_start: "2024-10-01", resumption_requests: [{ on: "2025-03-05" }],
    incidents: [{ item: "15.1", decided_on: "2025-03-03" }, { item: "16.1", decided_on: "2025-03-03" }, { item: "17.1", decided_on: "2025-03-03" }] },
  { regime: "jining-2024", as_of: "2025-06-01", birth_date: "1970-06-15", history: [{ period: "2024", points: 9 }],
    incidents: [{ item: "4.4.1", decided_on: "2025-04-01", bar_years: 2 }] },
  { regime: "shanghai-2020", as_of: "2025-06-01", incidents: [{ item: "21", decided_on: "2025-04-01" }, { item: "15.1", amount_yuan: 1000.5, decided_on: "2025-04-02" }] },
];

const errors = [
  { regime: "nowhere", incidents: [] },
  { regime: "shanghai-2025", incidents: [{ item: "13.9", decided_on: "2025-01-01", responsibility: "primary" }] },
  { regime: "jining-2024", incidents: [{ item: "4.4.1", decided_on: "2025-04-01", bar_years: 3 }] },
];

function thrown(c) {
  try {
    api.evaluate(c, "2026-11-27");
  } catch (e) {
    return e;
  }
  throw new Error(`expected an error for ${JSON.stringify(c)}`);
}

function literal(name, type, value) {
  return `export const ${name} = ${JSON.stringify(value, null, 1)} satisfies ${type};\n`;
}

function compile(file, source) {
  writeFileSync(join(out, file), source);
  try {
    execFileSync(process.execPath, [tsc, "--noEmit", "--strict", "--exactOptionalPropertyTypes", "--target", "es2022",
      "--module", "nodenext", "--moduleResolution", "nodenext", join(out, file)], { encoding: "utf8" });
    return { ok: true, output: "" };
  } catch (e) {
    return { ok: false, output: `${e.stdout}${e.stderr}` };
  }
}

const header = `import type { Case, Evaluation, JifenError, Catalogue, RegimeId } from "../js-api/jifen.js";\n`;

test("every case, result and error of the API type-checks against its TypeScript types", () => {
  let source = header;
  [...examples, ...more].forEach((c, i) => {
    source += literal(`case${i}`, "Case", c);
    source += literal(`result${i}`, "Evaluation", api.evaluate(c, "2026-11-27"));
  });
  errors.forEach((c, i) => {
    source += literal(`error${i}`, "JifenError", thrown(c));
  });
  for (const [i, id] of api.regimes().entries()) {
    source += literal(`catalogue${i}`, "Catalogue", api.catalogue(id));
    source += `export const regime${i}: RegimeId = ${JSON.stringify(id)};\n`;
  }
  // The functions as a page calls them.
  source += `import { evaluate } from "../js-api/jifen.js";\n`;
  source += `export function standing(c: Case): Evaluation["status"]["state"] { return evaluate(c).status.state; }\n`;
  const { ok, output } = compile("check.ts", source);
  assert.ok(ok, output);
});

test("the types refuse what the API never gives", () => {
  const result = api.evaluate(more[0], "2026-11-27");
  const wrong = [
    ["Case", { regime: "beijing-2024", incidents: [] }],
    ["Case", { regime: "shanghai-2025", incidents: [{ item: "13.2", responsibilty: "primary" }] }],
    ["Evaluation", { ...result, outlook: undefined }],
    ["Evaluation", { ...result, status: { ...result.status, state: "banned" } }],
    ["JifenError", { error: { code: "oops", message: "", message_zh: "", path: "" } }],
  ];
  for (const [type, value] of wrong) {
    const { ok } = compile("wrong.ts", header + literal("x", type, value));
    assert.equal(ok, false, `${type} accepted ${JSON.stringify(value).slice(0, 120)}`);
  }
});
