// Debian's Chromium (no browser can be downloaded here), started in its own process group:
// Lighthouse drives a fresh one per run; Playwright attaches to one over CDP for the byte counts.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { chromium } from "@playwright/test";
import { Launcher } from "chrome-launcher";
import lighthouse from "lighthouse";
import { startGroup, stopGroup } from "../lib/processes.mjs";

import { CHROMIUM } from "../lib/chromium.mjs";
/** What this machine needs on top of the flags Lighthouse's own launcher (chrome-launcher) passes. */
export const CHROME_FLAGS = ["--headless=new", "--no-sandbox", "--disable-gpu"];
/** The page Chromium opens first, as Lighthouse's launcher opens it. Without one, Chromium opened
 * its new-tab page, which went on loading its own scripts, styles and fonts in another renderer
 * while each page was measured, on a machine of two cores: the floors' blocking time fell from
 * medians of 118–148 ms to 21–60 ms once it was gone (four runs each, 2026-12-05). */
export const START_URL = "about:blank";

/** `promise`, or an error after `ms`. */
const within = (ms, what, promise) =>
  Promise.race([promise, new Promise((_, reject) => setTimeout(reject, ms, new Error(`${what}: nothing within ${ms / 1000} s`)).unref())]);

/** Chromium on a throw-away profile, launched as Lighthouse's CLI launches it (its launcher's
 * flags, on about:blank), once it has printed its DevTools port. */
export async function launchChromium() {
  const profile = mkdtempSync(path.join(os.tmpdir(), "bench-chromium-"));
  const args = [...Launcher.defaultFlags(), ...CHROME_FLAGS, "--remote-debugging-port=0", `--user-data-dir=${profile}`, START_URL];
  const child = startGroup(CHROMIUM, args, { stdio: ["ignore", "ignore", "pipe"] });
  const stop = () => stopGroup(child).then(() => rmSync(profile, { recursive: true, force: true }));
  let log = "";
  const listening = new Promise((resolve, reject) => {
    child.once("exit", (code) => reject(new Error(`Chromium exited (${code}): ${log.slice(-500)}`)));
    child.stderr.on("data", (d) => {
      log = (log + d).slice(-4000);
      const m = log.match(/DevTools listening on ws:\/\/[^/]+:(\d+)\//);
      if (m) resolve(Number(m[1]));
    });
  });
  try {
    return { port: await within(30_000, "Chromium's DevTools port", listening), stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

async function lighthouseRun(url, categories) {
  const chrome = await launchChromium();
  try {
    const result = await within(
      120_000,
      `Lighthouse ${url}`,
      lighthouse(url, { port: chrome.port, output: "json", logLevel: "error", onlyCategories: categories }),
    );
    if (!result?.lhr || result.lhr.runtimeError) throw new Error(`Lighthouse ${url}: ${result?.lhr?.runtimeError?.message ?? "no report"}`);
    return result.lhr;
  } finally {
    await chrome.stop();
  }
}

/**
 * `runs` Lighthouse runs (its default: mobile preset, simulated throttling), a failed run tried
 * once more: each figure's value in each run (the reports are kept in files).
 */
export async function lighthousePage(url, { categories, runs, reportFile }) {
  const lhrs = [];
  for (let i = 1; i <= runs; i++) {
    lhrs.push(await lighthouseRun(url, categories).catch(() => lighthouseRun(url, categories)));
    writeFileSync(reportFile(i), JSON.stringify(lhrs.at(-1)));
  }
  const metric = (id) => lhrs.map((l) => l.audits[id].numericValue);
  return {
    ...Object.fromEntries(categories.map((c) => [c, lhrs.map((l) => Math.round(l.categories[c].score * 100))])),
    lcp: metric("largest-contentful-paint"),
    fcp: metric("first-contentful-paint"),
    cls: metric("cumulative-layout-shift"),
    tbt: metric("total-blocking-time"),
    version: lhrs[0].lighthouseVersion,
  };
}

/** Playwright on a running Chromium (see launchChromium). */
export const connect = (port) => chromium.connectOverCDP(`http://127.0.0.1:${port}`);

/**
 * Encoded body bytes a page downloads before any interaction, images aside: a fresh context the
 * size of Lighthouse's phone loads it, waits for the network to go quiet and one more second,
 * and never scrolls, points or focuses.
 */
export async function bytesBeforeInteraction(browser, url) {
  const phone = { viewport: { width: 412, height: 823 }, deviceScaleFactor: 1.75, isMobile: true, hasTouch: true };
  const context = await browser.newContext({ ...phone, serviceWorkers: "block" });
  try {
    const page = await context.newPage();
    const requests = [];
    page.on("requestfinished", (r) => requests.push(r));
    page.on("requestfailed", (r) => requests.push(r));
    const res = await page.goto(url, { waitUntil: "load", timeout: 30_000 });
    if (!res?.ok()) throw new Error(`${url} answered ${res?.status()}`);
    await page.waitForLoadState("networkidle", { timeout: 15_000 }).catch(() => {});
    await page.waitForTimeout(1000);
    const sum = { js: { bytes: 0, files: 0 }, total: { bytes: 0, files: 0 }, encodings: new Set() };
    for (const request of requests) {
      const response = await request.response();
      if (!response || response.status() >= 400)
        throw new Error(`${request.url()} failed (${response?.status() ?? request.failure()?.errorText})`);
      const headers = await response.allHeaders();
      const [type, mime] = [request.resourceType(), headers["content-type"] ?? ""];
      if (type === "image" || mime.startsWith("image/")) continue;
      const { responseBodySize } = await request.sizes();
      for (const k of type === "script" || /javascript/.test(mime) ? [sum.js, sum.total] : [sum.total]) {
        k.bytes += responseBodySize;
        k.files += 1;
      }
      if (headers["content-encoding"]) sum.encodings.add(headers["content-encoding"]);
    }
    return sum;
  } finally {
    await context.close();
  }
}
