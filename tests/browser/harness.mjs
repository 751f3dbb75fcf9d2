// Shared by the browser tests: a static server for dist/ (no dependency) and a
// headless Debian chromium driven by playwright-core (which never downloads a browser).
import { createServer } from "node:http";
import { before, after, beforeEach, afterEach } from "node:test";
import { createRequire } from "node:module";
import { mkdirSync, readFileSync } from "node:fs";
import { readFile, readdir, stat, mkdtemp, rm } from "node:fs/promises";
import { createGzip, brotliCompressSync, deflateSync, constants as zlib } from "node:zlib";
import { extname, join, normalize } from "node:path";
import { tmpdir } from "node:os";
import { chromium } from "playwright-core";

export const root = new URL("../..", import.meta.url).pathname;
export const dist = join(root, "dist");
export const artefacts = join(root, "target", "browser");

/** A share link's fragment for a case, as the app writes it (zlib, base64url). */
export function shareFragment(caseObject) {
  const packed = deflateSync(Buffer.from(JSON.stringify(caseObject)), { level: 9 });
  return `#c1.${packed.toString("base64url")}`;
}

/** The physician of issues 10 and 12: 13.2 with primary responsibility just notified
 *  (the 告知书 of 2026-11-25), 3 points earlier this year. */
export const physician = {
  version: 1,
  title: "13.2 告知书",
  regime: "shanghai-2025",
  as_of: "2026-11-27",
  incidents: [
    { id: "a", points: 3, decided_on: "2026-03-10" },
    { id: "b", item: "13.2", responsibility: "primary", notified_on: "2026-11-25" },
  ],
};

const types = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8",
  ".wasm": "application/wasm",
  ".css": "text/css; charset=utf-8",
  ".json": "application/json",
  ".webmanifest": "application/manifest+json",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ics": "text/calendar",
};

const compressible = /\.(js|mjs|wasm|css|html|json|txt|webmanifest|svg)$/;

/**
 * The rules of a `_headers` file (Netlify and Cloudflare Pages syntax: a path, then
 * indented `Name: value` lines; `#` comments): `[{ path, pattern, headers: [[name, value]] }]`.
 */
export function headerRules(file = join(dist, "_headers")) {
  const rules = [];
  for (const [n, line] of readFileSync(file, "utf8").split("\n").entries()) {
    if (!line.trim() || line.trim().startsWith("#")) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), pattern: pathPattern(line.trim()), headers: [] });
      continue;
    }
    const header = line.match(/^\s+([A-Za-z0-9-]+):\s*(.*)$/);
    if (!header || !rules.length) throw new Error(`${file}:${n + 1}: not a header line of a rule: ${line}`);
    rules.at(-1).headers.push([header[1], header[2]]);
  }
  return rules;
}

/** A rule's path as those hosts match it: `*` is any text (slashes too), `:name` one segment. */
function pathPattern(path) {
  const parts = path.split(/(\*|:[A-Za-z]\w*)/).map((part) =>
    part === "*" ? ".*" : part.startsWith(":") ? "[^/]+" : part.replace(/[.+?^${}()|[\]\\]/g, "\\$&"));
  return new RegExp(`^${parts.join("")}$`);
}

/**
 * The headers `rules` give a request path: every matching rule's, in file order. A header
 * that several matching rules set is joined with ", ", as Cloudflare Pages does (Netlify
 * keeps one of them instead): `{ name: { value, from: [rule paths] } }`, names lowercase.
 */
export function headersFor(rules, path) {
  const out = {};
  for (const rule of rules.filter((r) => r.pattern.test(path))) {
    for (const [name, value] of rule.headers) {
      const key = name.toLowerCase();
      if (out[key]) {
        out[key].value += `, ${value}`;
        out[key].from.push(rule.path);
      } else {
        out[key] = { value, from: [rule.path] };
      }
    }
  }
  return out;
}

/**
 * Serves `dir` on 127.0.0.1 at a free port. `requests` records every path asked for.
 * `gzip`: compresses text and wasm on the fly. `brotli`: serves them brotli-compressed
 * (quality 11, compressed before the server starts, as a host serving pre-compressed
 * files does) to a browser that accepts it. `rules`: the rules of a `_headers` file
 * (`headerRules()`), applied as Netlify and Cloudflare Pages do, with their extension-less
 * paths (`/embed` serves `embed.html`).
 */
export async function serve(dir = dist, { gzip = false, brotli = false, rules = null } = {}) {
  const requests = [];
  const compressed = new Map();
  const squeeze = (body) => brotliCompressSync(body, { params: { [zlib.BROTLI_PARAM_QUALITY]: 11, [zlib.BROTLI_PARAM_SIZE_HINT]: body.length } });
  // Compressed before the first request, as a host serving pre-compressed files has them:
  // brotli 11 on the wasm takes seconds, which the first visit must not wait for.
  if (brotli) {
    for (const file of await allFiles(dir)) if (compressible.test(file)) compressed.set(file, squeeze(await readFile(file)));
  }
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    requests.push(path);
    let file = normalize(join(dir, path));
    if (!file.startsWith(dir)) {
      res.writeHead(403).end();
      return;
    }
    try {
      if (rules && !extname(file) && !(await stat(file).catch(() => null))) file += ".html";
      if ((await stat(file)).isDirectory()) file = join(file, "index.html");
      const body = await readFile(file);
      const ruled = rules ? Object.fromEntries(Object.entries(headersFor(rules, path)).map(([k, v]) => [k, v.value])) : {};
      const sent = { ...ruled, "content-type": types[extname(file)] ?? "application/octet-stream", "cache-control": "no-cache" };
      if (brotli && compressible.test(file) && /\bbr\b/.test(req.headers["accept-encoding"] ?? "")) {
        if (!compressed.has(file)) compressed.set(file, squeeze(body));
        res.writeHead(200, { ...sent, "content-encoding": "br", vary: "accept-encoding" }).end(compressed.get(file));
      } else if (gzip && /\.(js|wasm|css|html)$/.test(file)) {
        res.writeHead(200, { ...sent, "content-encoding": "gzip" });
        const z = createGzip({ level: 9 });
        z.pipe(res);
        z.end(body);
      } else {
        res.writeHead(200, sent).end(body);
      }
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise((ok) => server.listen(0, "127.0.0.1", ok));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}/`, requests, close: () => new Promise((ok) => { server.close(ok); server.closeAllConnections(); }) };
}

async function allFiles(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(entries.map((e) => (e.isDirectory() ? allFiles(join(dir, e.name)) : [join(dir, e.name)])));
  return nested.flat();
}

/** How every test starts Debian's Chromium (headless; see env's notes on the flags). */
function launchOptions(args = []) {
  return {
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    headless: true,
    args: [
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
      "--lang=zh-CN",
      ...args,
    ],
  };
}

/** A physician's browser in China: Chinese, China Standard Time. */
function contextOptions(serviceWorkers) {
  return { locale: "zh-CN", timezoneId: "Asia/Shanghai", serviceWorkers };
}

/**
 * The test file's Chromium, started at its first `browser()` and closed after its last
 * test: a context of it is a profile of its own (storage, caches, service workers), and
 * opening one takes about half a second where starting a browser takes one and a half
 * on a 2-core machine, in each of about ninety tests.
 */
let shared = null;
after(async () => {
  const running = shared;
  shared = null;
  await (await running?.catch(() => null))?.close();
});

/**
 * A fresh browser profile in headless Chromium: a new context of the file's browser, or,
 * with `args` (command-line switches), a browser of its own on a profile folder removed
 * when it closes. `serviceWorkers: "block"` keeps the service worker from registering.
 */
export async function browser({ args = [], serviceWorkers = "allow" } = {}) {
  if (!args.length) {
    shared ??= chromium.launch(launchOptions());
    return (await shared).newContext(contextOptions(serviceWorkers));
  }
  const profile = await mkdtemp(join(tmpdir(), "jifen-chromium-"));
  const context = await chromium.launchPersistentContext(profile, { ...launchOptions(args), ...contextOptions(serviceWorkers) });
  // The profile (about 8 MB) goes once the browser has closed. (Chromium still writes to
  // it as the context's close event fires.)
  const close = context.close.bind(context);
  context.close = async (options) => {
    await close(options);
    await rm(profile, { recursive: true, force: true, maxRetries: 5 }).catch(() => {});
  };
  return context;
}

/**
 * Notes on every document `page` loads when the app says `jifen:settled` (every part of
 * the wasm its first screen asked for has arrived, failed or been dropped), for
 * `untilSettled`. Call it before the page is loaded.
 */
export function watchSettled(page) {
  return page.addInitScript(() => {
    addEventListener("jifen:settled", () => {
      window.__jifenSettled = true;
    });
  });
}

/** Two animation frames: whatever the page had to draw after a change is drawn. */
export function drawn(page) {
  return page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
}

/**
 * Waits until the app has said `jifen:settled` (see `watchSettled`) and has drawn what
 * came: after it, nothing of the first screen is still on its way.
 */
export async function untilSettled(page, timeout = 30000) {
  await page.waitForFunction(() => window.__jifenSettled === true, null, { timeout });
  await drawn(page);
}

/**
 * Waits until the page on screen is all there: no part of the wasm nor the law's texts
 * still loading (the lines that say so are gone), and it is drawn. With `tab`, that
 * tab's page is the current one.
 */
export async function untilPageDrawn(page, tab = null, timeout = 30000) {
  await page.waitForFunction(
    (tab) => {
      if (tab !== null && !document.querySelector(`a.tab[aria-current=page][href^='${tab}']`)) return false;
      const loading = [...document.querySelectorAll(".loading-page, [role=status]")];
      return !loading.some((e) => e.classList.contains("loading-page") || /正在载入|Loading/.test(e.textContent));
    },
    tab,
    { timeout },
  );
  await drawn(page);
}

/**
 * Waits until an IntersectionObserver on the element `selector` names has reported, and
 * what that led to is drawn. The browser reports to every observer of the element in the
 * same task, in the order they were made: the app's own, made before, have reported too.
 */
export async function untilObserved(page, selector) {
  await page.evaluate(
    (selector) =>
      new Promise((resolve) => {
        const observer = new IntersectionObserver(() => {
          observer.disconnect();
          resolve();
        });
        observer.observe(document.querySelector(selector));
      }),
    selector,
  );
  await drawn(page);
}

/** Opens the app and waits for it to draw; fails on any console error or page error. */
export async function openApp(context, url, { width = 1280, height = 900 } = {}) {
  const page = await context.newPage();
  await page.setViewportSize({ width, height });
  const problems = [];
  page.on("console", (m) => m.type() === "error" && problems.push(m.text()));
  page.on("pageerror", (e) => problems.push(String(e)));
  await watchSettled(page);
  await page.goto(url);
  await page.waitForSelector(".status, .error-card, .guide", { timeout: 30000 });
  return { page, problems };
}

/** The core's JS API (built by scripts/test.sh into target/js-api): what a page should show. */
export function jsApi() {
  return createRequire(import.meta.url)(join(root, "target/js-api/jifen.js"));
}

/**
 * For a test file about what the app shows: serves dist/ while its tests run and gives
 * each test a fresh profile (a new browser context of one Chromium: no saved cases
 * carried over). Returns `open(size)`, which opens the app in that profile (see
 * `openApp`).
 *
 * The service worker is blocked: on a first visit it fetches and stores every part of
 * the app, most of a second of a 2-core machine in each of these tests, and what it does
 * has tests of its own (offline, first-screen, builds, embed).
 */
export function freshProfileEachTest() {
  let server;
  let context;
  before(async () => {
    mkdirSync(artefacts, { recursive: true });
    server = await serve();
  });
  after(async () => server?.close());
  beforeEach(async () => {
    context = await browser({ serviceWorkers: "block" });
  });
  afterEach(async () => context?.close());
  return (size) => openApp(context, server.url, size);
}

/** A first visit to the app: it draws, and its service worker has cached it for later. */
export async function firstVisit(context, url) {
  const page = await context.newPage();
  await page.goto(url);
  await page.waitForSelector(".status");
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready;
  });
  return page;
}

/** The paths of the files the app's service worker has kept (its cache of this version). */
export function keptByWorker(page) {
  return page.evaluate(async () => {
    const cache = await caches.open((await caches.keys()).find((k) => k.startsWith("jifen-")));
    return (await cache.keys()).map((r) => new URL(r.url).pathname);
  });
}

/** Waits until the app's service worker has kept a file whose path matches `pattern`. */
export function untilKept(page, pattern) {
  return page.waitForFunction(async ({ source, flags }) => {
    const name = (await caches.keys()).find((k) => k.startsWith("jifen-"));
    if (!name) return false;
    const paths = (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname);
    return paths.some((p) => new RegExp(source, flags).test(p));
  }, { source: pattern.source, flags: pattern.flags });
}

/**
 * Chooses an item in an item picker (within `scope`, a page or a locator) by typing its
 * code in the search, as a user would: a single match is chosen by the app.
 */
export async function chooseItem(scope, code) {
  const search = scope.locator("input[type=search]").first();
  await search.fill(code);
  await scope.locator(`.item-picker[data-chosen="${code}"]`).first().waitFor({ timeout: 5000 });
}

/** The item chosen in the first item picker within `scope`. */
export async function chosenItem(scope) {
  return scope.locator(".item-picker").first().getAttribute("data-chosen");
}

/**
 * Chooses a regime in the calculator's form, as a user would: a case with incidents shows
 * its regime on one line, and the cards come back with 更换或查看制度.
 */
export async function chooseRegime(page, id) {
  const regimes = page.locator("fieldset.regimes");
  await regimes.waitFor();
  // The fold is drawn with the fieldset: a hidden button now stays hidden.
  const change = regimes.locator("button", { hasText: "更换或查看制度" });
  if (await change.isVisible()) await change.click();
  await page.check(`input[name=regime][value=${id}]`);
}

/** Clicks an action of the case menu (opening the menu first). */
export async function caseAction(page, label) {
  const menu = page.locator("details.case-menu");
  if (!(await menu.evaluate((d) => d.open))) await menu.locator("summary").click();
  await menu.locator(`button:text-is('${label}')`).click();
}
