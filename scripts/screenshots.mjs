// `npm run screenshots`: pictures for a person to look at before publishing, not a test. Serves
// the local build (dist/local, `npm run build:local` first) and shoots, in each edition, every step
// of the story, every embed and the data page at 320, 375, 768 and 1280 px, light and dark, and the
// story and data page without JavaScript, into test-results/screenshots/ (Spanish ones named es-…).
// `--docs` also refreshes the README's three screenshots.
import { mkdirSync } from "node:fs";
import { chromium } from "@playwright/test";
import { CHART_IDS } from "../src/charts/catalog.ts";
import { CHROMIUM } from "./lib/chromium.mjs";
import { stopAllOnExit } from "./lib/processes.mjs";
import { ROOT, startServer } from "./lib/server.mjs";

const OUT = `${ROOT}test-results/screenshots`;
const SIZES = [
  [320, 568],
  [375, 667],
  [768, 1024],
  [1280, 800],
];
const DOCS = process.argv.includes("--docs");

stopAllOnExit();
mkdirSync(OUT, { recursive: true });
const server = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, args: ["--no-sandbox"] });
let count = 0;
const shoot = async (page, name, options = {}) => {
  await page.screenshot({ path: `${OUT}/${name}.png`, ...options });
  count++;
};
/** Puts a step's middle on the viewport's middle line, as a reader reading it would. */
const centre = (page, index) =>
  page.locator(`#step-${index}`).evaluate((el) => {
    const r = el.getBoundingClientRect();
    window.scrollBy({ top: r.top + r.height / 2 - innerHeight / 2, behavior: "instant" });
  });

// Each edition: its prefix, and the prefix of its screenshots' names.
const EDITIONS = [
  { path: "", name: "" },
  { path: "/es", name: "es-" },
];

try {
  for (const { path, name: prefix } of EDITIONS)
    for (const colorScheme of ["light", "dark"])
      for (const [width, height] of SIZES) {
        const context = await browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion: "reduce" });
        const page = await context.newPage();
        await page.goto(`${server.origin}${path}/`, { waitUntil: "networkidle" });
        const steps = await page.locator(".step[data-step]").count();
        for (let i = 0; i < steps; i++) {
          await centre(page, i);
          await page.waitForTimeout(400); // the island's redraw
          await shoot(page, `${prefix}story-${width}-${colorScheme}-step${i}`);
        }
        for (const id of CHART_IDS) {
          await page.goto(`${server.origin}${path}/embed/${id}`, { waitUntil: "networkidle" });
          await page.locator("[data-embed]").hover(); // the island draws on intent
          await page.waitForTimeout(400);
          await shoot(page, `${prefix}embed-${id}-${width}-${colorScheme}`, { fullPage: true });
        }
        await page.goto(`${server.origin}${path}/data/?series=hsi-smuggling-cases-opened`, { waitUntil: "networkidle" });
        await shoot(page, `${prefix}data-${width}-${colorScheme}`, { fullPage: true });
        await context.close();
      }
  for (const { path, name: prefix } of EDITIONS)
    for (const [width, height] of [SIZES[1], SIZES[3]]) {
      const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled: false });
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}/`, { waitUntil: "networkidle" });
      await shoot(page, `${prefix}story-${width}-nojs-full`, { fullPage: true });
      await page.goto(`${server.origin}${path}/data/`, { waitUntil: "networkidle" });
      await shoot(page, `${prefix}data-${width}-nojs-full`, { fullPage: true });
      await context.close();
    }
  if (DOCS) {
    for (const [name, [width, height], step, path] of [
      ["story-desktop", SIZES[3], 6, ""],
      ["story-phone", SIZES[1], 6, ""],
      ["story-phone-es", SIZES[1], 6, "/es"],
    ]) {
      const context = await browser.newContext({ viewport: { width, height }, reducedMotion: "reduce", deviceScaleFactor: 2 });
      const page = await context.newPage();
      await page.goto(`${server.origin}${path}/`, { waitUntil: "networkidle" });
      await centre(page, step);
      // On a phone, as a reader has it at the moment the whole step shows above the chart.
      if (width < 700)
        await page
          .locator(`#step-${step}`)
          .evaluate((el) => window.scrollBy({ top: el.getBoundingClientRect().top - 16, behavior: "instant" }));
      await page.waitForTimeout(600);
      await page.screenshot({ path: `${ROOT}docs/screenshots/${name}.png` });
      await context.close();
    }
  }
  console.log(`${count} screenshots in ${OUT}${DOCS ? ", and the README's three in docs/screenshots" : ""}`);
} finally {
  await browser.close();
  await server.stop();
}
