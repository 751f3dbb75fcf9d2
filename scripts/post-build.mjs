// Trunk post_build hook (Trunk.toml): runs on the staged build, before it replaces dist/.
//  1. Content Security Policy: a <meta> as the first element of <head>, naming by hash
//     every inline script (Trunk's wasm loader, the first screen's old-browser check, and
//     in `trunk serve` Trunk's reload script) and inline style (the first screen's); the
//     same policy in _headers for hosts that read it.
//  2. The regulations' texts, which the app's wasm does not carry (src/scoring/law.rs):
//     `jifen law-texts` written to law-<content hash>.json, named in index.html by
//     <meta name="jifen-law"> for the app to fetch when the law is first opened.
//  3. wasm-opt on the app's wasm (release builds), with the integrity attribute Trunk
//     wrote for it recomputed.
//  3½. The full build of the app (src/full.rs) and the embed's (src/embedded.rs) beside
//     Trunk's, the calculator's, and the script at the top of <head> that picks one of
//     them for the page and preloads it.
//  4. embed.html, the embedded calculator (src/app/embed.rs): the built index.html marked
//     <html data-mode="embed">, with its own title and without the first screen's title
//     bar; the same wasm, loader and old-browser check (so the same policy).
//  5. _headers for hosts that read it (Netlify, Cloudflare Pages): the policy, with
//     frame-ancestors * for embed.html only, and CORS on api/.
//  6. The JS API in api/ (release builds).
//  7. The service worker: www/sw.js with the list of this build's files (the texts file
//     among them, so that it is there offline; not the full build's nor the embed's,
//     which it keeps once fetched) and a version derived from every file's content, so
//     that a new build replaces the old cache.
// Node built-ins only.
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync, rmSync } from "node:fs";
import { join, relative } from "node:path";
import { wasmFeatures } from "./wasm-features.mjs";

const staging = process.env.TRUNK_STAGING_DIR;
if (!staging) {
  console.error("post-build: TRUNK_STAGING_DIR is not set (run by trunk)");
  process.exit(1);
}

const release = process.env.TRUNK_PROFILE === "release";
const root = new URL("..", import.meta.url).pathname;
const run = (cmd, args, options = {}) => execFileSync(cmd, args, { cwd: root, stdio: ["ignore", "inherit", "inherit"], ...options });
const indexPath = join(staging, "index.html");
let html = readFileSync(indexPath, "utf8");

// The law's texts: a file of this build, named by its content.
const texts = run("cargo", ["run", "--quiet", "--bin", "jifen", "--", "law-texts"], { stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 << 20 });
const textsName = `law-${createHash("sha256").update(texts).digest("hex").slice(0, 16)}.json`;
writeFileSync(join(staging, textsName), texts);
if (!/<meta name="jifen-law" content="[^"]*">/.test(html)) {
  console.error('post-build: index.html has no <meta name="jifen-law" content="…"> to name the texts file in');
  process.exit(1);
}
html = html.replace(/<meta name="jifen-law" content="[^"]*">/, `<meta name="jifen-law" content="./${textsName}">`);

// wasm-opt: binaryen's, from npm (tools/, installed by scripts/setup.sh app): Trunk would
// download its own, which it cannot here, so index.html turns Trunk's off
// (data-wasm-opt="0") and it runs here. DESIGN.md "Size" says what each level gave.
const WASM_OPT_LEVEL = "-O1";
function optimise(path) {
  const wasmOpt = join(root, "tools/node_modules/binaryen/bin/wasm-opt");
  if (!existsSync(wasmOpt)) {
    console.error("post-build: tools/node_modules/binaryen is missing: run scripts/setup.sh app (npm ci in tools/)");
    process.exit(1);
  }
  const features = wasmFeatures(root).map((f) => `--enable-${f}`);
  run(process.execPath, [wasmOpt, WASM_OPT_LEVEL, ...features, "--strip-debug", "--strip-producers", path, "-o", path]);
}
if (release) {
  for (const name of readdirSync(staging).filter((n) => n.endsWith(".wasm"))) {
    const path = join(staging, name);
    optimise(path);
    const integrity = `sha384-${createHash("sha384").update(readFileSync(path)).digest("base64")}`;
    const link = new RegExp(`(href="\\./${name.replace(/[.]/g, "\\.")}"[^>]*\\bintegrity=")[^"]*"`);
    if (!link.test(html)) {
      console.error(`post-build: no integrity attribute for ${name} in index.html`);
      process.exit(1);
    }
    html = html.replace(link, `$1${integrity}"`);
  }
}
// Three builds of the app (DESIGN.md "Size", "Two builds"): Trunk's, the calculator
// (src/main.rs), which a visit loads first; the full one (src/full.rs), with the
// comparison, the scenario library and the training room; and the embed's
// (src/embedded.rs), which embed.html loads. The last two are built here. The loader picks
// one by the page (embed.html) or by the fragment (the list is the core's
// FULL_BUILD_PREFIXES, src/exchange/route.rs, whose test checks this copy); the
// calculator's build loads the page again for a page it does not have.
const FULL_BUILD_PREFIXES = ["#compare", "#scenarios", "#rules=", "#present=", "#quiz="];
const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
const [fullBuild, embedBuild] = (() => {
  const bins = ["jifen-app-full", "jifen-app-embed"];
  const profile = release ? ["--release"] : [];
  run("cargo", ["build", "--quiet", ...bins.flatMap((b) => ["--bin", b]), "--features", "app", "--target", "wasm32-unknown-unknown", ...profile]);
  return bins.map((bin) => {
    const out = join(root, "target", bin);
    rmSync(out, { recursive: true, force: true });
    const built = join(root, `target/wasm32-unknown-unknown/${release ? "release" : "debug"}/${bin}.wasm`);
    run("wasm-bindgen", ["--target", "web", "--no-typescript", "--out-dir", out, built]);
    const wasmPath = join(out, `${bin}_bg.wasm`);
    if (release) optimise(wasmPath);
    const js = readFileSync(join(out, `${bin}.js`));
    const wasm = readFileSync(wasmPath);
    const hash = createHash("sha256").update(js).update(wasm).digest("hex").slice(0, 16);
    const names = { js: `${bin}-${hash}.js`, wasm: `${bin}-${hash}_bg.wasm` };
    writeFileSync(join(staging, names.js), js);
    writeFileSync(join(staging, names.wasm), wasm);
    return { js: `./${names.js}`, wasm: `./${names.wasm}`, jsIntegrity: sha384(js) };
  });
})();
// Trunk's loader imports its build by name: it now takes the build the page picked.
const loader = /import init, \* as bindings from '(\.\/[^']+\.js)';\s*const wasm = await init\(\{ module_or_path: '(\.\/[^']+\.wasm)' \}\);/;
const trunkLoader = html.match(loader);
if (!trunkLoader) {
  console.error("post-build: Trunk's wasm loader (import init … await init({ module_or_path })) not found in index.html");
  process.exit(1);
}
html = html.replace(loader, "const build = window.jifenBuild;\nconst bindings = await import(build.js);\nconst wasm = await bindings.default({ module_or_path: build.wasm });");
// Trunk writes the loader's modulepreload and the wasm's preload at the end of <head>,
// after register-sw.js, which the parser must fetch and run first: on a phone the wasm,
// the bulk of the first load, was asked for one round trip late. They are asked for at
// the top of <head> (after the CSP, which goes right after the charset), by the script
// that picks the build, so that a page of the full build does not fetch the other too.
const preloads = [...html.matchAll(/<link rel="(?:modulepreload|preload)"[^>]*>/g)].map((m) => m[0]);
const integrityOf = (path) => {
  const link = preloads.find((l) => l.includes(`href="${path}"`));
  const integrity = link && link.match(/\bintegrity="([^"]+)"/);
  if (!integrity) {
    console.error(`post-build: no preload with an integrity attribute for ${path} in index.html`);
    process.exit(1);
  }
  return integrity[1];
};
const calculatorBuild = {
  js: trunkLoader[1],
  wasm: trunkLoader[2],
  jsIntegrity: integrityOf(trunkLoader[1]),
};
for (const link of preloads) html = html.replace(link, "");
const picker = `<script>
    // Which build of the app this page loads (scripts/post-build.mjs): ES5, as it runs
    // in browsers the app cannot run in too.
    (function () {
      var builds = ${JSON.stringify({ calculator: calculatorBuild, full: fullBuild, embed: embedBuild })};
      var prefixes = ${JSON.stringify(FULL_BUILD_PREFIXES).replace(/","/g, '", "')};
      var chosen = "calculator";
      if (document.documentElement.getAttribute("data-mode") === "embed") {
        chosen = "embed";
      } else {
        for (var i = 0; i < prefixes.length; i++) if (location.hash.indexOf(prefixes[i]) === 0) chosen = "full";
      }
      window.jifenBuilds = builds;
      var build = window.jifenBuild = builds[chosen];
      // The first screen says what is loading (www/index.html).
      document.documentElement.setAttribute("data-build", chosen);
      // Browsers ignore (and warn about) integrity on a preload "as fetch": the wasm's
      // preload goes without.
      var links = [["modulepreload", build.js, build.jsIntegrity], ["preload", build.wasm, ""]];
      for (var j = 0; j < links.length; j++) {
        var link = document.createElement("link");
        link.rel = links[j][0];
        link.href = links[j][1];
        if (links[j][2]) link.integrity = links[j][2];
        link.crossOrigin = "anonymous";
        if (link.rel === "preload") { link.as = "fetch"; link.type = "application/wasm"; }
        document.head.appendChild(link);
      }
    })();
  </script>`;
html = html.replace(/(<meta charset="utf-8">)/, `$1\n  ${picker}`);
// The first screen's old-browser check (www/index.html) must test every wasm feature
// this build uses.
for (const feature of wasmFeatures(root)) {
  if (!html.includes(`"${feature}": [0, 97, 115, 109,`)) {
    console.error(`post-build: the old-browser check in www/index.html has no module for the wasm feature ${feature}`);
    process.exit(1);
  }
}
// embed.html: the embedded calculator, from the same build. What it must not carry (the
// title bar of the first screen) is marked "app only" in www/index.html.
let embed = html;
for (const [what, from, to] of [
  ["the embed mark", '<html lang="zh-CN">', '<html lang="zh-CN" data-mode="embed">'],
  ["its title", /<title>[^<]*<\/title>/, "<title>医保医师记分计算器（嵌入）</title>\n  <meta name=\"robots\" content=\"noindex\">"],
  ["the app-only parts", /\n\s*<!-- app only[\s\S]*?<!-- \/app only -->/g, ""],
  ["the touch icon", /\n\s*<link rel="apple-touch-icon"[^>]*>/, ""],
]) {
  const before = embed;
  embed = embed.replace(from, to);
  if (embed === before) {
    console.error(`post-build: embed.html: ${what} not found in index.html`);
    process.exit(1);
  }
}
const sha256 = (m) => `'sha256-${createHash("sha256").update(m[1], "utf8").digest("base64")}'`;
// Every inline script and style of both pages (they are the same ones: one policy).
const inline = (pattern) => [...new Set([html, embed].flatMap((page) => [...page.matchAll(pattern)].map(sha256)))];
const hashes = inline(/<script(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g);
const styleHashes = inline(/<style[^>]*>([\s\S]*?)<\/style>/g);
export const policy = [
  "default-src 'self'",
  `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
  `style-src 'self' ${styleHashes.join(" ")}`.trim(),
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "worker-src 'self'",
  "base-uri 'self'",
  "form-action 'none'",
  "object-src 'none'",
].join("; ");
// `trunk serve` injects its reload script after this hook, so the policy (which could
// not name it) is for release builds only.
const withPolicy = (page, name) => {
  page = page.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>\s*/g, "");
  if (!release) return page;
  // Right after the charset, before any script, so that it governs all of them.
  page = page.replace(/(<meta charset="utf-8">)/, `$1\n  <meta http-equiv="Content-Security-Policy" content="${policy}">`);
  if (!page.includes("Content-Security-Policy")) {
    console.error(`post-build: ${name} has no <meta charset="utf-8"> to put the policy after`);
    process.exit(1);
  }
  return page;
};
writeFileSync(indexPath, withPolicy(html, "index.html"));
writeFileSync(join(staging, "embed.html"), withPolicy(embed, "embed.html"));

// _headers, in the syntax Netlify and Cloudflare Pages share (a path, then indented
// `Name: value` lines). frame-ancestors only works as a header: the app and the demo
// may be framed by pages of this site only, embed.html by any page. Where several rules
// match a path, Cloudflare joins the values of a header they both set with a comma (two
// policies, both enforced: 'self' would still forbid the embed) and Netlify keeps one:
// so no header is set by two rules that match one path, and the policy is given path
// by path (with the extension-less paths both hosts may serve the pages under) instead
// of on /*. README "Embedding the calculator" has the nginx equivalent.
const pages = [
  [["/", "/index.html", "/embed-demo.html", "/embed-demo", "/sw.js"], "'self'"],
  [["/embed.html", "/embed"], "*"],
];
const rules = [
  "# Written by scripts/post-build.mjs (Netlify, Cloudflare Pages). No header is set by two",
  "# rules that match one path: those hosts would join or drop the values.",
  "/*\n  X-Content-Type-Options: nosniff\n  Referrer-Policy: no-referrer",
  ...pages.flatMap(([paths, ancestors]) => paths.map((path) => `${path}\n  Content-Security-Policy: ${policy}; frame-ancestors ${ancestors}`)),
  // Any site may import the JS API: jifen.js is a module (always fetched with CORS) and
  // it fetches jifen_bg.wasm beside it.
  "/api/*\n  Access-Control-Allow-Origin: *",
];
writeFileSync(join(staging, "_headers"), `${rules.join("\n")}\n`);

// The JS API for pages that embed the calculator (www/embed-demo.html and other sites):
// the core without the app, in api/. Release builds only: `trunk serve` rebuilds on
// every save.
if (release) {
  run("cargo", ["build", "--quiet", "--lib", "--release", "--target", "wasm32-unknown-unknown"]);
  run("wasm-bindgen", ["--target", "web", "--out-dir", join(staging, "api"), join(root, "target/wasm32-unknown-unknown/release/jifen.wasm")]);
}

function files(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : [path];
  });
}
const built = files(staging)
  .map((path) => relative(staging, path).split("\\").join("/"))
  .filter((name) => name !== "sw.js" && name !== "_headers" && !name.endsWith(".map"))
  .sort();
// The full build and the embed's are kept by the worker when first fetched, not
// precached: a first visit's phone does not download 690 kB brotli more for pages it may
// never open (DESIGN.md "Two builds").
const assets = built.filter((name) => ![fullBuild, embedBuild].some((b) => [b.wasm, b.js].includes(`./${name}`)));
const version = createHash("sha256");
for (const name of built) version.update(name).update(readFileSync(join(staging, name)));
const swPath = join(staging, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  // In `trunk serve` (debug) the files change on every save: precache nothing there.
  .replace("__ASSETS__", JSON.stringify(release ? ["./", ...assets.map((a) => `./${a}`)] : [], null, 2));
writeFileSync(swPath, sw);
console.log(`post-build: ${release ? `CSP with ${hashes.length} inline script and ${styleHashes.length} inline style hash(es)` : "no CSP (debug)"}; texts in ${textsName}; service worker precaches ${release ? assets.length + 1 : 0} files`);
