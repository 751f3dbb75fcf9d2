// Trunk post_build hook (Trunk.toml): runs on the staged build, before it replaces dist/.
//  1. Content Security Policy: a <meta> as the first element of <head>, naming by hash
//     every inline script (the wasm loader, the first screen's old-browser check, and
//     in `trunk serve` Trunk's reload script) and inline style (the first screen's); the
//     same policy in _headers for hosts that read it.
//  2. The regulations' texts, which the app's wasm does not carry (src/scoring/law.rs):
//     `jifen law-texts` written to law-<content hash>.json, named in index.html by
//     <meta name="jifen-law"> for the app to fetch when the law is first opened.
//  3. The app's two builds, the app's (src/main.rs, split: the parts loaded later go in
//     wasm files of their own) and the embed's (src/embedded.rs), each in a folder of
//     its own, wasm-opt'd in release builds; and the script at the top of <head> that
//     picks one of them for the page and preloads it.
//  4. embed.html, the embedded calculator (src/app/embed.rs): the built index.html marked
//     <html data-mode="embed">, with its own title and without the first screen's title
//     bar; the same wasm, loader and old-browser check (so the same policy).
//  5. _headers for hosts that read it (Netlify, Cloudflare Pages): the policy, with
//     frame-ancestors * for embed.html only, and CORS on api/.
//  6. The JS API in api/ (wasm-opt'd in release builds too).
//  7. The service worker: www/sw.js with the list of this build's files (the texts file
//     and the app's parts loaded later among them, so that they are there offline; not
//     the embed's build) and a version derived from every file's content, so that a new
//     build replaces the old cache.
// Node built-ins, and the tools installed in tools/ (wasm-opt, esbuild).
import { createHash } from "node:crypto";
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync, readdirSync, statSync, existsSync, rmSync, mkdirSync } from "node:fs";
import { join, relative } from "node:path";
import { createRequire } from "node:module";
import { wasmFeatures, binaryenFeature } from "./wasm-features.mjs";

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

// A file of this build named by its content, e.g. law-0123456789abcdef.json.
const contentName = (stem, bytes, extension) => `${stem}-${createHash("sha256").update(bytes).digest("hex").slice(0, 16)}.${extension}`;

// The law's texts: a file of this build, named by its content.
const texts = run("cargo", ["run", "--quiet", "--bin", "jifen", "--", "law-texts"], { stdio: ["ignore", "pipe", "inherit"], maxBuffer: 16 << 20 });
const textsName = contentName("law", texts, "json");
writeFileSync(join(staging, textsName), texts);
if (!/<meta name="jifen-law" content="[^"]*">/.test(html)) {
  console.error('post-build: index.html has no <meta name="jifen-law" content="…"> to name the texts file in');
  process.exit(1);
}
html = html.replace(/<meta name="jifen-law" content="[^"]*">/, `<meta name="jifen-law" content="./${textsName}">`);

// wasm-opt's -O1, by binaryen.js from npm (tools/, installed by scripts/setup.sh app), in
// this process: the same bytes as its `wasm-opt` command, which starts a 10 MB wasm of its
// own for each of the build's 50 files (a minute of every release build, against 13 s).
// docs/size-log.md says what each level gave.
const WASM_OPT_LEVEL = 1;
const binaryen = release ? await loadBinaryen() : null;
const FEATURES = release ? wasmFeatures(root).reduce((all, name) => all | binaryenFeature(binaryen, name), 0) : 0;
async function loadBinaryen() {
  const path = join(root, "tools/node_modules/binaryen/index.js");
  if (!existsSync(path)) {
    console.error("post-build: tools/node_modules/binaryen is missing: run scripts/setup.sh app (npm ci in tools/)");
    process.exit(1);
  }
  const binaryen = (await import(path)).default;
  // Its settings are global: those of `wasm-opt -O1`, once.
  binaryen.setOptimizeLevel(WASM_OPT_LEVEL);
  binaryen.setShrinkLevel(0);
  binaryen.setDebugInfo(false);
  return binaryen;
}
/** As `wasm-opt -O1 --enable-<this build's features> --strip-debug --strip-producers`. */
function optimise(path) {
  const module = binaryen.readBinary(readFileSync(path));
  try {
    module.setFeatures(FEATURES);
    if (!module.validate()) {
      console.error(`post-build: binaryen finds ${path} invalid (above)`);
      process.exit(1);
    }
    module.optimize();
    module.runPasses(["strip-debug", "strip-producers"]);
    writeFileSync(path, module.emitBinary());
  } finally {
    module.dispose();
  }
}
// esbuild, from npm (tools/ too): the scripts wasm-bindgen and wasm-split-cli write (the
// app's are 68 kB raw, read before any page is drawn) and the stylesheet are minified in
// release builds. Module scripts: the names they export and import stay.
function minify(path, loader = "esm") {
  let esbuild;
  try {
    esbuild = createRequire(join(root, "tools/package.json"))("esbuild");
  } catch {
    console.error("post-build: esbuild is missing from tools/node_modules: run scripts/setup.sh app");
    process.exit(1);
  }
  const options = { css: { loader, minify: true }, js: { minify: true }, esm: { minify: true, format: "esm" } }[loader];
  const { code } = esbuild.transformSync(readFileSync(path, "utf8"), options);
  writeFileSync(path, code);
}
// Two builds of the app (DESIGN.md "Size"): the app's (src/main.rs), and the embed's
// (src/embedded.rs), which embed.html loads. Trunk builds neither (www/index.html has no
// rust link): the app's wasm is split, which Trunk cannot do.
//
// The app's wasm is split by wasm-split-cli (wasm_split_cli_support, installed by
// scripts/setup.sh app) at its `#[wasm_split]` functions (feature `split`,
// src/app/mod.rs, `later`): the guided questions, the calculator's answer and case, the
// law's reader, the teaching pages and the roster become wasm files of their own, fetched when first
// drawn through the __wasm_split.js it writes. It reads the relocations that
// `--emit-relocs` keeps, passed to the app's own link only (`cargo rustc`): a wasm that
// keeps them and is not split is several times larger. The embed is built without the
// feature: a split point is exported, so its code would stay in a build that never
// calls it.
//
// Each build goes in a folder named by its content (its files import each other by
// relative names), and the script at the top of <head> picks one for the page and
// preloads it.
const sha384 = (bytes) => `sha384-${createHash("sha384").update(bytes).digest("base64")}`;
function buildApp(bin, { split }) {
  const profile = release ? ["--release"] : [];
  const link = split ? ["--", "-Clink-args=--emit-relocs"] : [];
  run("cargo", ["rustc", "--quiet", "--bin", bin, "--features", split ? "split" : "app", "--target", "wasm32-unknown-unknown", ...profile, ...link]);
  const built = join(root, `target/wasm32-unknown-unknown/${release ? "release" : "debug"}/${bin}.wasm`);
  const work = join(root, "target/app-builds", bin);
  rmSync(work, { recursive: true, force: true });
  mkdirSync(work, { recursive: true });
  let main = built;
  if (split) {
    run("wasm-split-cli", [built, work, "--out-name", bin]);
    main = join(work, `${bin}.wasm`);
  }
  run("wasm-bindgen", ["--target", "web", "--no-typescript", ...(split ? ["--keep-lld-exports"] : []), "--out-dir", work, "--out-name", bin, main]);
  if (split) rmSync(main);
  const names = readdirSync(work).sort();
  if (release) for (const name of names.filter((n) => n.endsWith(".wasm"))) optimise(join(work, name));
  const hash = createHash("sha256");
  for (const name of names) hash.update(name).update(readFileSync(join(work, name)));
  const folder = `${bin}-${hash.digest("hex").slice(0, 16)}`;
  mkdirSync(join(staging, folder));
  for (const name of names) {
    writeFileSync(join(staging, folder, name), readFileSync(join(work, name)));
    if (release && name.endsWith(".js")) minify(join(staging, folder, name));
  }
  return {
    js: `./${folder}/${bin}.js`,
    wasm: `./${folder}/${bin}_bg.wasm`,
    jsIntegrity: sha384(readFileSync(join(staging, folder, `${bin}.js`))),
    parts: split ? partFiles(readFileSync(join(work, "__wasm_split.js"), "utf8")) : {},
    folder,
  };
}
// The files each part needs, from the loader wasm-split-cli writes: its own
// (split_<part>.wasm) and the chunks of code it shares with other parts, loaded with it,
// in the build's folder. E.g. { guide: ["split_guide.wasm", "chunk_7.wasm", …] }.
function partFiles(loader) {
  const chunks = Object.fromEntries(
    [...loader.matchAll(/const (__chunk_\d+) = makeLoad\(\(\) => \{\s*const src = fetch\(new URL\("\.\/([^"]+)"/g)].map((m) => [m[1], m[2]]),
  );
  const parts = {};
  for (const m of loader.matchAll(/fetch\(new URL\("\.\/split_([a-z_]+)\.wasm"[\s\S]*?\n, \[([^\]]*)\]\)\);/g)) {
    const deps = m[2].split(",").map((d) => d.trim()).filter(Boolean);
    if (deps.some((d) => !chunks[d])) {
      console.error(`post-build: the part ${m[1]} needs ${deps.join(", ")}, not all of them found in __wasm_split.js`);
      process.exit(1);
    }
    parts[m[1]] = [`split_${m[1]}.wasm`, ...deps.map((d) => chunks[d])];
  }
  for (const part of ["guide", "answer", "case", "law_reader", "articles", "teaching", "roster"]) {
    if (!parts[part]) {
      console.error(`post-build: no part ${part} in __wasm_split.js (src/app/parts.rs, #[wasm_split])`);
      process.exit(1);
    }
  }
  return parts;
}
// The stylesheets of the parts that have one (src/app/parts.rs, `part_style`): the
// training room's and the roster's, out of every first load. Named by their content,
// minified in release builds; the app's build lists them for the loader and the app.
const partStyles = {};
for (const part of ["teaching", "roster"]) {
  const css = readFileSync(join(root, "www", `${part}.css`));
  const name = contentName(part, css, "css");
  writeFileSync(join(staging, name), css);
  if (release) minify(join(staging, name), "css");
  partStyles[part] = `./${name}`;
}
const appBuild = { ...buildApp("jifen-app", { split: true }), styles: partStyles };
const embedBuild = buildApp("jifen-app-embed", { split: false });
const picker = `<script>
    // Which build of the app this page loads (scripts/post-build.mjs): ES5, as it runs
    // in browsers the app cannot run in too.
    (function () {
      var builds = ${JSON.stringify({ app: appBuild, embed: embedBuild })};
      var chosen = document.documentElement.getAttribute("data-mode") === "embed" ? "embed" : "app";
      var build = window.jifenBuild = builds[chosen];
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
// The parts of the wasm the first screen draws, fetched with the app's wasm rather than
// once it has started: the page the address names (src/exchange/route.rs), or, as the
// app does (app::initial_page), the calculator's answer (its case is fetched once the
// answer is there), or nothing on a phone's first visit: the guided questions' first
// question comes with the app, which then fetches the others while it is answered.
// After the stylesheet: on a connection that takes a few requests at a time, preloads
// ahead of it held back the first screen. A wrong guess costs a fetch, never the page.
const partsPreload = `<script>
    (function () {
      // (The embed's build has no parts.)
      var build = window.jifenBuild, parts = build.parts || {}, hash = location.hash, first = ["answer"];
      if (/^#(compare|scenarios|rules=|present=|quiz=|changes|deck)/.test(hash)) first = ["teaching"];
      else if (/^#law(=|$)/.test(hash)) first = ["law_reader"];
      else if (/^#roster$/.test(hash)) first = ["roster"];
      else if (/^#guide([/]0*1?)?$/.test(hash)) first = [];
      else if (/^#guide[/]/.test(hash)) first = ["guide"];
      else if (hash.length < 2 && window.innerWidth < 720) {
        try { if (localStorage.getItem("jifen.library") === null) first = []; } catch (e) {}
      }
      var files = (first.length && parts[first[0]]) || [];
      // The stylesheet of a part that has one, linked once; the app awaits the promise
      // before it draws the part (src/app/parts.rs, part_style). One that failed is
      // linked again the next time it is asked for. Linked at once for the first screen.
      var sheets = {};
      window.jifenStyle = function (part) {
        var href = build.styles && build.styles[part];
        if (!href || !window.Promise) return null;
        if (!sheets[part]) {
          sheets[part] = new Promise(function (settle) {
            var sheet = document.createElement("link");
            sheet.rel = "stylesheet";
            sheet.href = href;
            sheet.onload = function () { settle(); };
            sheet.onerror = function () {
              delete sheets[part];
              sheet.parentNode.removeChild(sheet);
              settle();
            };
            document.head.appendChild(sheet);
          });
        }
        return sheets[part];
      };
      if (first.length) window.jifenStyle(first[0]);
      for (var i = 0; i < files.length; i++) {
        var link = document.createElement("link");
        link.rel = "preload";
        link.href = "./" + build.folder + "/" + files[i];
        link.as = "fetch";
        link.type = "application/wasm";
        link.crossOrigin = "anonymous";
        document.head.appendChild(link);
      }
    })();
  </script>`;
const stylesheet = /(<link rel="stylesheet"[^>]*>)/;
if (!stylesheet.test(html)) {
  console.error("post-build: no stylesheet link in index.html to put the parts' preloads after");
  process.exit(1);
}
// The files Trunk names (the stylesheet, register-sw.js), minified in release builds too
// (their comments say why each line is there): under Trunk's name, with the integrity
// of what is served.
if (release) {
  for (const [what, tag, loader] of [
    ["the stylesheet", /<link rel="stylesheet" href="\.\/([^"]+\.css)" integrity="([^"]+)"\/?>/, "css"],
    ["register-sw.js", /<script src="\.\/(register-sw-[^"]+\.js)" defer integrity="([^"]+)">/, "js"],
  ]) {
    const found = html.match(tag);
    if (!found) {
      console.error(`post-build: ${what} has no tag with a src or href and an integrity in index.html to minify it by`);
      process.exit(1);
    }
    minify(join(staging, found[1]), loader);
    html = html.replace(found[2], sha384(readFileSync(join(staging, found[1]))));
  }
}
html = html.replace(stylesheet, `$1\n  ${partsPreload}`);
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
// Both pages ship without their comments in release builds: those of the HTML and the
// lines of the inline scripts that are comments only (www/index.html and the scripts
// above keep them, to say why each part is there).
if (release) {
  const uncommented = (page) => page.replace(/\n[ \t]*\/\/[^\n]*(?=\n)/g, "").replace(/\n?[ \t]*<!--[\s\S]*?-->/g, "");
  html = uncommented(html);
  embed = uncommented(embed);
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
// the core without the app, in api/. In `trunk serve` too, so that a page author can try
// the README's snippets against scripts/serve.sh (Trunk.toml sends it with CORS).
run("cargo", ["rustc", "--quiet", "--lib", "--crate-type", "cdylib", ...(release ? ["--release"] : []), "--target", "wasm32-unknown-unknown"]);
run("wasm-bindgen", ["--target", "web", "--out-dir", join(staging, "api"), join(root, `target/wasm32-unknown-unknown/${release ? "release" : "debug"}/jifen.wasm`)]);
if (release) optimise(join(staging, "api", "jifen_bg.wasm"));

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
// Everything but the embed's build (embed.html registers no worker): the app's parts
// loaded later among it, so that every page opens offline after one visit.
const assets = built.filter((name) => !name.startsWith(`${embedBuild.folder}/`));
const version = createHash("sha256");
for (const name of built) version.update(name).update(readFileSync(join(staging, name)));
const swPath = join(staging, "sw.js");
const sw = readFileSync(swPath, "utf8")
  .replace("__VERSION__", version.digest("hex").slice(0, 16))
  // In `trunk serve` (debug) the files change on every save: precache nothing there.
  .replace("__ASSETS__", JSON.stringify(release ? ["./", ...assets.map((a) => `./${a}`)] : [], null, 2));
writeFileSync(swPath, sw);
console.log(`post-build: ${release ? `CSP with ${hashes.length} inline script and ${styleHashes.length} inline style hash(es)` : "no CSP (debug)"}; texts in ${textsName}; service worker precaches ${release ? assets.length + 1 : 0} files`);
