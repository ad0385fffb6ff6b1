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
// with the words for the first paint, but once the document has been parsed; and it still runs.
for (const path of ["/", "/es/", "/data/", "/embed/smuggling-cases"]) {
  test(`${path}: its module script is fetched once the page is parsed, and runs`, async ({ page }) => {
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
    const timing = await page.evaluate((url) => {
      const parsed = (performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming).domInteractive;
      const fetched = performance.getEntriesByType("resource").find((r) => new URL(r.name).pathname === url)!.startTime;
      return { parsed, fetched };
    }, own);
    expect(timing.fetched, `requested at ${timing.fetched} ms, the page parsed at ${timing.parsed} ms`).toBeGreaterThanOrEqual(
      timing.parsed,
    );
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
