// Shared by the WebKit tests: the engine of every browser on an iPhone (WeChat's too),
// as Debian's WebKitGTK MiniBrowser, driven through Debian's WebKitWebDriver with
// selenium-webdriver (given a running driver, it downloads nothing), against dist/ served
// by the browser tests' own server (tests/browser/harness.mjs), in a virtual display
// (Xvfb) of each test file's own: `node --test tests/webkit/` (scripts/test.sh).
//
// WebDriver is not Playwright: it waits for nothing by itself. Every helper here that
// reads or acts first waits for its condition (the element there and shown, the text
// in it), polling until a time limit; nothing sleeps for a fixed time.
import { before, after, afterEach } from "node:test";
import { spawn } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { By, WebDriver } from "selenium-webdriver";
import remote from "selenium-webdriver/remote/index.js";
import http from "selenium-webdriver/http/index.js";
import portprober from "selenium-webdriver/net/portprober.js";
import { root, serve } from "../browser/harness.mjs";

export { serve, headerRules, shareFragment, physician, jsApi, dist, root } from "../browser/harness.mjs";

export const artefacts = join(root, "target", "webkit");

/** Debian's webkit2gtk-driver puts the driver on PATH and MiniBrowser under the
 *  architecture's library folder. */
const driverPath = process.env.WEBKIT_WEBDRIVER ?? "/usr/bin/WebKitWebDriver";
const miniBrowser = process.env.MINIBROWSER ?? (() => {
  const found = readdirSync("/usr/lib")
    .map((dir) => join("/usr/lib", dir, "webkit2gtk-4.1", "MiniBrowser"))
    .find((path) => existsSync(path));
  return found ?? "/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser";
})();

/** How long a condition may take before the test fails (a first load of the app's
 *  wasm under xvfb on a busy 2-core machine takes a few seconds). */
export const patience = 30000;

export const phone = { width: 360, height: 740 };

/**
 * For a test file: serves dist/ (with `serveOptions`, as `serve()` takes them) and starts
 * WebKitWebDriver while its tests run. Returns `{ server, open }`: `open(url, size)` starts
 * a new MiniBrowser (its own ephemeral profile: nothing kept from another test), with the
 * page `size` wide and tall, at `url`; it is closed after the test.
 */
export function webkit(serveOptions = {}) {
  const state = { server: null, display: null, service: null, address: null, sessions: [] };
  before(async () => {
    mkdirSync(artefacts, { recursive: true });
    if (!existsSync(driverPath)) throw new Error(`${driverPath} is missing: scripts/setup.sh browser installs webkit2gtk-driver`);
    state.display = await virtualDisplay();
    state.server = await serve(undefined, serveOptions);
    const port = await portprober.findFreePort();
    state.service = new remote.DriverService(driverPath, {
      port,
      args: [`--port=${port}`],
      loopback: true,
      // China Standard Time, as a physician's phone in China: the app reads "today" there.
      env: { ...process.env, DISPLAY: state.display.name, XAUTHORITY: "", TZ: "Asia/Shanghai" },
      stdio: ["ignore", "ignore", "inherit"],
    });
    state.address = await state.service.start(patience);
  });
  afterEach(async () => {
    await Promise.allSettled(state.sessions.splice(0).map((s) => s.quit()));
  });
  after(async () => {
    await state.service?.kill();
    await state.display?.close();
    await state.server?.close();
  });
  const open = async (url, size = phone) => {
    const driver = await WebDriver.createSession(new http.Executor(new http.HttpClient(state.address)), {
      browserName: "MiniBrowser",
      // --full-screen: without its toolbar (which keeps the window at least 447 px wide)
      // the window can be made as narrow as a phone; under Xvfb, with no window manager,
      // it stays the size it is given.
      "webkitgtk:browserOptions": { binary: miniBrowser, args: ["--automation", "--full-screen"] },
    });
    state.sessions.push(driver);
    const page = new Page(driver);
    await page.resize(size);
    if (url) await page.go(url);
    return page;
  };
  return {
    get server() {
      return state.server;
    },
    open,
  };
}

/**
 * Starts Xvfb on a display number it chooses (`-displayfd`: free, so that test files may
 * run side by side) and resolves once it accepts clients: `{ name: ":N", close() }`, where
 * `close` ends it and waits until it has. (Not `xvfb-run`: its clean-up now and then
 * fails to remove its temporary folder, exits 5 after the tests passed, and leaves its
 * Xvfb running.)
 */
function virtualDisplay() {
  const xvfb = spawn("Xvfb", ["-displayfd", "3", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"], {
    stdio: ["ignore", "ignore", "pipe", "pipe"],
  });
  let said = "";
  xvfb.stderr.on("data", (d) => (said += d));
  const exited = new Promise((ok) => xvfb.once("exit", ok));
  return new Promise((ready, failed) => {
    let number = "";
    xvfb.stdio[3].on("data", (d) => {
      number += d;
      if (number.includes("\n")) {
        ready({
          name: `:${number.trim()}`,
          close: () => {
            if (xvfb.exitCode === null && xvfb.signalCode === null) xvfb.kill();
            return exited;
          },
        });
      }
    });
    xvfb.once("error", (e) => failed(new Error(`Xvfb could not start (scripts/setup.sh browser installs xvfb): ${e.message}`)));
    exited.then((code) => failed(new Error(`Xvfb ended (${code}) before it was ready: ${said}`)));
  });
}

/** One MiniBrowser window, with helpers that wait for what they read or act on. */
export class Page {
  constructor(driver) {
    this.driver = driver;
  }

  /** Sizes the window so that the page itself (`innerWidth` × `innerHeight`) is `size`. */
  async resize({ width, height }) {
    const win = this.driver.manage().window();
    await win.setRect({ width, height });
    // The window's own frame: make the page, not the window, the size asked for.
    const inner = await this.js(() => [innerWidth, innerHeight]);
    const outer = await win.getRect();
    await win.setRect({ width: width + (outer.width - inner[0]), height: height + (outer.height - inner[1]) });
    await this.until(`a page of ${width}×${height}`, (w, h) => innerWidth === w && innerHeight === h, width, height);
  }

  /** Goes to `url`, then records the page's errors from then on (see `problems`). */
  async go(url) {
    await this.driver.get(url);
    await this.watch();
  }

  /** Reloads, and watches the reloaded page's errors. */
  async reload() {
    await this.driver.navigate().refresh();
    await this.watch();
  }

  /** The page's address. */
  url() {
    return this.driver.getCurrentUrl();
  }

  /** Runs `fn(...args)` in the page and returns its (awaited) result. */
  js(fn, ...args) {
    return this.driver.executeScript(`return (${fn}).apply(null, arguments)`, ...args);
  }

  /** Waits until `fn(...args)`, run in the page, returns something truthy (within
   *  `patience`); returns it. `what` names the wait in the failure. (Arguments are
   *  passed one by one: WebKitWebDriver does not turn an element inside an array back
   *  into the element.) */
  async until(what, fn, ...args) {
    return this.within(patience, what, fn, ...args);
  }

  /** `until`, with a time limit of its own. */
  async within(timeout, what, fn, ...args) {
    let last;
    try {
      return await this.driver.wait(async () => {
        try {
          return (last = await this.js(fn, ...args));
        } catch (e) {
          // A page being replaced (a navigation, a reload) cannot run scripts for a moment.
          last = e.message;
          return false;
        }
      }, timeout);
    } catch (e) {
      throw new Error(`waited ${timeout / 1000} s for ${what}; last: ${JSON.stringify(last)}\n${await this.url().catch(() => "")}`, { cause: e });
    }
  }

  /** Waits for an element matching `css` that is shown (and whose text matches `text`, if
   *  given); returns its text as the user sees it (`innerText`). */
  text(css, text = null, timeout = patience) {
    return this.within(timeout, text ? `${css} showing ${text}` : `${css} shown`, (css, source, flags) => {
      const shown = [...document.querySelectorAll(css)].filter((e) => e.getClientRects().length > 0);
      const hit = shown.find((e) => !source || new RegExp(source, flags).test(e.innerText));
      return hit ? hit.innerText : false;
    }, css, text?.source ?? null, text?.flags ?? "");
  }

  /** The text of every element matching `css`, as shown (no waiting). */
  texts(css) {
    return this.js((css) => [...document.querySelectorAll(css)].map((e) => e.innerText), css);
  }

  /** Waits until no element matches `css`. */
  gone(css) {
    return this.until(`${css} gone`, (css) => !document.querySelector(css), css);
  }

  /** The first shown element matching `css` (whose text matches `text`, if given), once
   *  there and enabled, scrolled into view. */
  async element(css, text = null) {
    await this.until(`${css}${text ? ` showing ${text}` : ""} to act on`, (css, source, flags) => {
      const e = [...document.querySelectorAll(css)].find((e) => e.getClientRects().length > 0 && !e.disabled && (!source || new RegExp(source, flags).test(e.innerText)));
      if (!e) return false;
      e.scrollIntoView({ block: "center" });
      return true;
    }, css, text?.source ?? null, text?.flags ?? "");
    const all = await this.driver.findElements(By.css(css));
    for (const e of all) {
      if (!(await e.isDisplayed()) || !(await e.isEnabled())) continue;
      if (!text || text.test(await e.getText())) return e;
    }
    throw new Error(`${css} went away`);
  }

  /** Clicks (a real click, through WebKit's automation) the element. */
  async click(css, text = null) {
    await (await this.element(css, text)).click();
  }

  /** Types `value` into a text field, key by key, as a user would (what the app makes
   *  of it, the test checks). A date field is set as its picker sets it (WebDriver
   *  cannot type into WebKit's date fields): its value, then the input and change events. */
  async fill(css, value) {
    const field = await this.element(css);
    if ((await field.getAttribute("type")) === "date") {
      await this.js((field, value) => {
        field.focus();
        field.value = value;
        field.dispatchEvent(new Event("input", { bubbles: true }));
        field.dispatchEvent(new Event("change", { bubbles: true }));
      }, field, value);
      await this.until(`${css} holding ${value}`, (field, value) => field.value === value, field, value);
    } else {
      await field.clear();
      await field.sendKeys(value);
    }
  }

  /** Ends this browser (WebKitWebDriver runs one at a time). */
  close() {
    return this.driver.quit();
  }

  /** Saves what the window shows as target/webkit/<name>.png, once the page has drawn
   *  what it last changed (a scroll, say): two animation frames on. */
  async screenshot(name) {
    await this.js(() => new Promise((drawn) => requestAnimationFrame(() => requestAnimationFrame(drawn))));
    writeFileSync(join(artefacts, `${name}.png`), await this.driver.takeScreenshot(), "base64");
  }

  /** From the page's load on: uncaught errors and rejections (a panic of the wasm is one). */
  watch() {
    return this.js(() => {
      if (window.__problems) return;
      window.__problems = [];
      addEventListener("error", (e) => window.__problems.push(String(e.error ?? e.message)));
      addEventListener("unhandledrejection", (e) => window.__problems.push(String(e.reason)));
    });
  }

  /** What `watch` recorded since the page's last load. */
  problems() {
    return this.js(() => window.__problems ?? []);
  }

  /** Whether the page scrolls sideways (it must not, at 360 px). */
  scrollsSideways() {
    return this.js(() => document.documentElement.scrollWidth > innerWidth + 1);
  }
}
