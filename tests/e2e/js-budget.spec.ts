// The JavaScript a reader pays for before showing any interest: at most 15 KB (gzip) and none of
// Plot. The island chunk (Plot) comes on the first scroll, pointer, focus or resize. Desktop size.
// Sizes are gzip sizes computed here with node:zlib from the built files, whatever coding the
// server chose for the browser.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gzipSync } from "node:zlib";
import { expect, test, type Page } from "@playwright/test";
import { waitForIsland } from "./helpers.ts";

const BUDGET = 15 * 1024;
const ASSETS = fileURLToPath(new URL("../../dist/local/client/_astro/", import.meta.url));

/** The built chunks big enough to hold Plot (its browser code alone is ~85 KB gzip): the island. */
function islandChunks(): string[] {
  return readdirSync(ASSETS)
    .filter((name) => name.endsWith(".js") && gzipSync(readFileSync(join(ASSETS, name))).length > 30 * 1024)
    .map((name) => `/_astro/${name}`);
}

/** Loads the page without touching it; returns the JS it fetched and every URL it requested. */
async function loadUntouched(page: Page) {
  const requested: string[] = [];
  const js: { url: string; bytes: number; gzip: number }[] = [];
  const reading: Promise<void>[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  page.on("response", (r) => {
    if (/javascript/i.test(r.headers()["content-type"] ?? ""))
      reading.push(
        r.body().then((body) => void js.push({ url: new URL(r.url()).pathname, bytes: body.length, gzip: gzipSync(body).length })),
      );
  });
  await page.goto("/", { waitUntil: "networkidle" });
  await page.waitForTimeout(1_000); // idle, untouched: nothing more should come
  await Promise.all(reading);
  return { requested, js };
}

test("before any interaction: at most 15 KB of JavaScript (gzip), and the island chunk is not requested", async ({ page }) => {
  const island = islandChunks();
  expect(island.length, "the build has an island chunk with Plot").toBeGreaterThan(0);

  const { requested, js } = await loadUntouched(page);
  // Inline scripts run before interaction too (JSON data blocks are not JavaScript).
  const inline = await page
    .locator("script:not([src])")
    .evaluateAll((els: HTMLScriptElement[]) =>
      els.filter((s) => !s.type || /javascript|module/.test(s.type)).map((s) => s.textContent ?? ""),
    );
  const inlineGzip = inline.reduce((sum, text) => sum + gzipSync(text).length, 0);
  const total = js.reduce((sum, f) => sum + f.gzip, 0) + inlineGzip;
  const breakdown = [...js.map((f) => `${f.url}: ${f.bytes} B, ${f.gzip} B gzip`), `inline: ${inlineGzip} B gzip`].join("\n");
  test.info().annotations.push({ type: "JavaScript before interaction", description: `${total} B gzip\n${breakdown}` });

  expect(js.length, "the page's own script loads").toBeGreaterThan(0);
  expect(total, `JavaScript before interaction (gzip):\n${breakdown}`).toBeLessThanOrEqual(BUDGET);
  expect(
    requested.filter((url) => island.includes(url)),
    "island chunk requested before interaction",
  ).toEqual([]);
  await expect(page.locator(".chart-live")).toHaveCount(0);
});

// Issue 22: the page's own script is not fetched beside its first bytes, where it would compete
// with the words for the first paint, but once the document has been parsed; the story's, on a
// visit from the top, once it has also shown its first words (its first contentful paint, as Paint
// Timing reports it). And it still runs.
for (const path of ["/", "/es/", "/data/", "/embed/smuggling-cases"]) {
  const afterPaint = path === "/" || path === "/es/";
  test(`${path}: its module script is fetched once the page is parsed${afterPaint ? " and painted" : ""}, and runs`, async ({ page }) => {
    const scripts: string[] = [];
    page.on("request", (r) => r.resourceType() === "script" && scripts.push(new URL(r.url()).pathname));
    await page.goto(path, { waitUntil: "load" });
    // The page's script, as the loader names it (or, in a build without the loader, its src).
    const own = await page.evaluate(
      () =>
        document.querySelector<HTMLScriptElement>("script[data-module]")?.dataset.module ??
        new URL(document.querySelector<HTMLScriptElement>('script[type="module"][src]')!.src).pathname,
    );
    await expect.poll(() => scripts, "the page's script is requested").toContain(own);
    // Its Resource Timing entry is there once it has arrived.
    const arrived = (url: string) => performance.getEntriesByType("resource").some((r) => new URL(r.name).pathname === url);
    await expect.poll(() => page.evaluate(arrived, own), "the page's script has arrived").toBe(true);
    const timing = await page.evaluate((url) => {
      const parsed = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive;
      const painted = performance.getEntriesByName("first-contentful-paint")[0]?.startTime ?? Infinity;
      const fetched = performance.getEntriesByType("resource").find((r) => new URL(r.name).pathname === url)!.startTime;
      return { parsed, painted, fetched };
    }, own);
    const when = `requested at ${timing.fetched} ms; the page parsed at ${timing.parsed} ms, first painted with words at ${timing.painted} ms`;
    expect(timing.fetched, when).toBeGreaterThanOrEqual(timing.parsed);
    if (afterPaint) expect(timing.fetched, when).toBeGreaterThanOrEqual(timing.painted);
    // Once it has run, the page says so (what the cross-engine specs wait for).
    await expect(page.locator("html")).toHaveAttribute("data-page-script", "started");
    // What the script shows once it runs: the story's Share button, the data page's controls that
    // need a script (the embed's size messages are checked in embeds.spec.ts).
    const shown = { "/": "[data-share]", "/es/": "[data-share]", "/data/": "[data-needs-script]" }[path];
    if (shown) await expect(page.locator(shown).first()).toBeVisible();
  });
}

const intents: [string, (page: Page) => Promise<void>][] = [
  ["a scroll", (page) => page.mouse.wheel(0, 200)],
  [
    "pointing at the figure",
    async (page) => {
      const box = (await page.locator(".scrolly-figure").boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + Math.min(box.height, 800 - box.y) / 2);
    },
  ],
  ["a resize", (page) => page.setViewportSize({ width: 1200, height: 800 })],
];

for (const [intent, act] of intents) {
  test(`the island chunk is requested, and draws, after ${intent}`, async ({ page }) => {
    const island = islandChunks();
    const { requested } = await loadUntouched(page);
    expect(requested.filter((url) => island.includes(url))).toEqual([]);
    const request = page.waitForRequest((r) => island.includes(new URL(r.url()).pathname), { timeout: 5_000 });
    await act(page);
    await request;
    await waitForIsland(page);
  });
}

// The page's script starts after the first paint, so a reader can scroll, point or tab before it
// has: a sign of interest shown before it started still counts. The script is held back here until
// the reader has acted.
const early: [string, string, (page: Page) => Promise<void>, string][] = [
  ["/", "a scroll", (page) => page.mouse.wheel(0, 600), "[data-scrolly] .scrolly-figure"],
  [
    "/embed/smuggling-cases",
    "the pointer resting on the chart",
    async (page) => {
      const box = (await page.locator("[data-embed]").boundingBox())!;
      await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    },
    "[data-embed]",
  ],
];
for (const [path, intent, act, figure] of early) {
  test(`${path}: ${intent} before the page's script has started still brings the interactive chart`, async ({ page }) => {
    const island = islandChunks();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const own = /\/_astro\/(StoryPage|EmbedPage)\.astro_astro_type_script[^/]*\.js$/;
    await page.route(own, async (route) => {
      await held;
      await route.continue();
    });
    const requested = page.waitForRequest((r) => own.test(new URL(r.url()).pathname));
    await page.goto(path, { waitUntil: "domcontentloaded" });
    await requested;
    await act(page);
    const islandRequest = page.waitForRequest((r) => island.includes(new URL(r.url()).pathname), { timeout: 10_000 });
    release();
    await islandRequest;
    await expect(page.locator(`${figure} .chart-state:not([hidden]) .chart-live svg`).first()).toBeVisible({ timeout: 15_000 });
  });
}
