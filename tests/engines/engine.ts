// One small interface over the three browser engines a reader brings, so that one spec runs in
// each: Chromium (Playwright, Debian's /usr/bin/chromium), WebKit (WebKitGTK through Debian's
// WebKitWebDriver, W3C WebDriver, driven by selenium-webdriver, in the project's own window
// program webkit-window.py under Xvfb) and Gecko (Debian's Firefox ESR through WebDriver BiDi,
// driven by puppeteer-core; no geckodriver). Playwright drives neither WebKit nor Gecko here: it
// cannot download its own builds of them.
//
// The reader's settings (size, theme, motion, JavaScript) are set when a session opens, as each
// engine allows: Chromium by emulation, WebKit by its window program's GTK settings, Gecko by prefs.
import { readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser as PlaywrightBrowser, Page as PlaywrightPage } from "@playwright/test";
import type { Browser as PuppeteerBrowser, Page as PuppeteerPage } from "puppeteer-core";
import { By, Key, Origin, WebDriver } from "selenium-webdriver";
import { Executor, HttpClient } from "selenium-webdriver/http/index.js";

export type EngineName = "chromium" | "webkit" | "gecko";

export interface ReaderSettings {
  width: number;
  height: number;
  dark?: boolean;
  reducedMotion?: boolean;
  /** JavaScript on unless false. */
  javascript?: boolean;
}

/** A function run in the page: self-contained (it is sent as source), one serialisable argument. */
type InPage<A, R> = (arg: A) => R | Promise<R>;

export interface Engine {
  readonly name: EngineName;
  /** The browser's own name and version, as it reports them. */
  readonly version: string;
  /** Loads a path of the site (or an absolute URL) and waits for the load event (and, with
   * JavaScript on, the fixture's `open` waits for the page's own script to have run). */
  goto(pathOrUrl: string): Promise<void>;
  evaluate<R, A = undefined>(fn: InPage<A, R>, arg?: A): Promise<R>;
  /** The viewport as a PNG. */
  screenshot(): Promise<Buffer>;
  resize(width: number, height: number): Promise<void>;
  /** A real click (pointer events from the engine) at the centre of the first match. */
  click(selector: string): Promise<void>;
  /** Moves the mouse pointer to a point of the viewport (CSS px). */
  pointer(x: number, y: number): Promise<void>;
  /** A key pressed on the focused element: "Tab", "Enter", "Escape", " ". */
  key(key: "Tab" | "Enter" | "Escape" | " "): Promise<void>;
  /** Console errors and warnings, uncaught exceptions and CSP refusals since the session opened. */
  problems(): Promise<string[]>;
  close(): Promise<void>;
}

/** Recorded in every engine the same way, from before the page's own scripts run: the page's
 * uncaught errors and the refusals of its Content-Security-Policy. */
const RECORDER = `(() => {
  const seen = (window.__engineProblems = []);
  addEventListener("error", (e) => seen.push("page error: " + e.message), true);
  document.addEventListener("securitypolicyviolation", (e) =>
    seen.push("CSP refused " + e.effectiveDirective + ": " + (e.blockedURI || "inline")));
})();`;
const readRecorded = () => (window as unknown as { __engineProblems?: string[] }).__engineProblems ?? [];

const source = <A, R>(fn: InPage<A, R>) => `return (${fn.toString()})(arguments[0]);`;

// ---------------------------------------------------------------------------------------------
// Chromium: Playwright's own page.

export async function openChromium(browser: PlaywrightBrowser, baseURL: string, s: ReaderSettings): Promise<Engine> {
  const context = await browser.newContext({
    baseURL,
    viewport: { width: s.width, height: s.height },
    colorScheme: s.dark ? "dark" : "light",
    reducedMotion: s.reducedMotion ? "reduce" : "no-preference",
    javaScriptEnabled: s.javascript !== false,
  });
  const page: PlaywrightPage = await context.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  await page.addInitScript(RECORDER);
  return {
    name: "chromium",
    version: `Chromium ${browser.version()}`,
    goto: async (p) => void (await page.goto(p, { waitUntil: "load" })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg),
    screenshot: () => page.screenshot(),
    resize: (width, height) => page.setViewportSize({ width, height }),
    click: (selector) => page.locator(selector).first().click(),
    pointer: (x, y) => page.mouse.move(x, y),
    key: (key) => page.keyboard.press(key === " " ? "Space" : key),
    problems: async () => [...problems, ...(s.javascript === false ? [] : await page.evaluate(readRecorded).catch(() => []))],
    close: () => context.close(),
  };
}

// ---------------------------------------------------------------------------------------------
// WebKit: a WebDriver session of WebKitWebDriver, which starts webkit-window.py per session.

const WEBKIT_WINDOW = new URL("./webkit-window.py", import.meta.url).pathname;

export async function openWebKit(driverUrl: string, baseURL: string, s: ReaderSettings): Promise<Engine> {
  const consoleFile = join(tmpdir(), `webkit-console-${process.pid}-${Date.now()}-${Math.random().toString(36).slice(2)}.log`);
  const args = ["--automation", `--console=${consoleFile}`];
  if (s.dark) args.push("--dark");
  if (s.reducedMotion) args.push("--reduced-motion");
  if (s.javascript === false) args.push("--no-javascript");
  const driver = WebDriver.createSession(new Executor(new HttpClient(driverUrl)), {
    "webkitgtk:browserOptions": { binary: WEBKIT_WINDOW, args, useOverlayScrollbars: true },
    pageLoadStrategy: "normal",
  });
  // The session starts (or fails to, with the driver's reason) here.
  await driver.getSession();
  await driver.manage().window().setRect({ x: 0, y: 0, width: s.width, height: s.height });
  const caps = await driver.getCapabilities();
  const engine: Engine = {
    name: "webkit",
    version: `WebKitGTK ${caps.get("browserVersion")}`,
    goto: async (p) => {
      await driver.get(new URL(p, baseURL).href);
      // No init scripts in WebDriver classic: the recorder starts as soon as the page has loaded,
      // and CSP refusals before that are in WebKit's own console (read from the console file).
      if (s.javascript !== false) await driver.executeScript(RECORDER);
    },
    evaluate: (fn, arg) => driver.executeScript(source(fn), arg) as never,
    screenshot: async () => Buffer.from(await driver.takeScreenshot(), "base64"),
    resize: async (width, height) => {
      await driver.manage().window().setRect({ width, height });
    },
    click: async (selector) => driver.findElement(By.css(selector)).click(),
    pointer: async (x, y) =>
      driver
        .actions()
        .move({ x: Math.round(x), y: Math.round(y), origin: Origin.VIEWPORT })
        .perform(),
    key: async (key) => {
      const k = { Tab: Key.TAB, Enter: Key.ENTER, Escape: Key.ESCAPE, " ": Key.SPACE }[key];
      await driver.actions().sendKeys(k).perform();
    },
    problems: async () => {
      const logged = (await readFile(consoleFile, "utf8").catch(() => ""))
        .split("\n")
        .filter((line) => /CONSOLE (ERROR|WARN)|Refused to|SECURITY/.test(line));
      const recorded = s.javascript === false ? [] : ((await driver.executeScript(source(readRecorded))) as string[]);
      return [...logged, ...recorded];
    },
    close: async () => {
      await driver.quit().catch(() => {});
      await rm(consoleFile, { force: true });
    },
  };
  return engine;
}

// ---------------------------------------------------------------------------------------------
// Gecko: Firefox ESR over WebDriver BiDi. Firefox takes the reader's settings as prefs, so each
// setting is its own browser; BiDi in this ESR has no scripting switch (emulation.setScriptingEnabled
// is unknown) and puppeteer's media emulation needs CDP, which Firefox no longer has.

const FIREFOX = process.env.FIREFOX_PATH || "/usr/bin/firefox-esr";

export async function openGecko(baseURL: string, s: ReaderSettings): Promise<Engine> {
  const puppeteer = (await import("puppeteer-core")).default;
  const browser: PuppeteerBrowser = await puppeteer.launch({
    browser: "firefox",
    executablePath: FIREFOX,
    headless: true,
    extraPrefsFirefox: {
      // Overlay scrollbars, as on phones and macOS: otherwise a 375 px window is 363 px wide.
      "widget.gtk.overlay-scrollbars.enabled": true,
      "ui.useOverlayScrollbars": 1,
      "ui.systemUsesDarkTheme": s.dark ? 1 : 0,
      "layout.css.prefers-color-scheme.content-override": s.dark ? 0 : 1,
      "ui.prefersReducedMotion": s.reducedMotion ? 1 : 0,
      "javascript.enabled": s.javascript !== false,
    },
  });
  const page: PuppeteerPage = await browser.newPage();
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warn") problems.push(`console.${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${(e as Error).message}`));
  await page.setViewport({ width: s.width, height: s.height });
  if (s.javascript !== false) await page.evaluateOnNewDocument(RECORDER);
  return {
    name: "gecko",
    version: (await browser.version()).replace(/^firefox\//i, "Firefox ESR "),
    goto: async (p) => void (await page.goto(new URL(p, baseURL).href, { waitUntil: "load" })),
    evaluate: (fn, arg) => page.evaluate(fn as never, arg) as never,
    screenshot: async () => Buffer.from(await page.screenshot()),
    resize: (width, height) => page.setViewport({ width, height }),
    // Puppeteer's own click loses its script realm in Firefox with JavaScript off: the element is
    // found and scrolled to here, then clicked by pointer at its centre.
    click: async (selector) => {
      const at = await page.evaluate((sel: string) => {
        const el = document.querySelector(sel);
        if (!el) return null;
        el.scrollIntoView({ block: "center", behavior: "instant" });
        const r = el.getBoundingClientRect();
        return { x: r.left + r.width / 2, y: r.top + r.height / 2 };
      }, selector);
      if (!at) throw new Error(`no element matches ${selector}`);
      await page.mouse.click(at.x, at.y);
    },
    pointer: (x, y) => page.mouse.move(x, y),
    key: (key) => page.keyboard.press(key === " " ? "Space" : key),
    problems: async () => [...problems, ...(s.javascript === false ? [] : await page.evaluate(readRecorded).catch(() => []))],
    close: () => browser.close(),
  };
}
