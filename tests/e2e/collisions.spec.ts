// No chart's words collide, from 320 px up: for every chart and state, at every width, in the
// story and in the embed, drawn by the server (before the island) and by the island, every SVG
// text box is measured in the browser. Two boxes must not overlap, and none may leave its SVG.
// In both editions: the Spanish words are longer, and must fit as well as the English.
// Many states are measured per page load; each width sets the viewport of a fresh page before it
// loads. (Desktop project only: the widths are set here.)
import { expect, test, type Page } from "@playwright/test";
import { CATALOG, CHART_IDS } from "../../src/charts/catalog.ts";
import { chartTextProblems } from "../engines/measure.ts";
import { EDITIONS, nudgeScroll, readSteps, waitForIsland } from "./helpers.ts";

const WIDTHS = [320, 375, 414, 768, 1024, 1280, 1440];
// What a reader reads is the state at rest: labels may pass each other while a change animates.
test.use({ reducedMotion: "reduce" });
const HEIGHT = 900;

/** In the page: the collisions in every SVG under `root` that a reader can see (text boxes that
 * only touch, by half a pixel, are fine; the cross-engine specs allow an engine's 2 px). */
const collisions = (page: Page, root: string, where: string) => page.evaluate(chartTextProblems, { root, where, slack: 0.5 });

/** Shows one state of one chart block in the story's sticky figure, as the scrolly would. */
function showInFigure(page: Page, chart: string, state: number) {
  return page.evaluate(
    ([chart, state]) => {
      for (const block of document.querySelectorAll<HTMLElement>("[data-chart-block]")) {
        block.hidden = block.dataset.chartBlock !== chart;
        for (const s of block.querySelectorAll<HTMLElement>(".chart-state")) s.hidden = block.hidden || s.dataset.state !== String(state);
      }
    },
    [chart, state] as const,
  );
}

for (const edition of EDITIONS)
  for (const width of WIDTHS) {
    test(`${edition.locale}: story at ${width} px: the server's drawings of every state, then the island's at every step`, async ({
      page,
    }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      await page.goto(edition.story);
      const problems: string[] = [];
      // Before any interaction the island is not loaded: these are the server's drawings.
      for (const chart of CHART_IDS)
        for (let state = 0; state < CATALOG[chart].states; state++) {
          await showInFigure(page, chart, state);
          problems.push(...(await collisions(page, ".scrolly-figure", `server, ${chart} state ${state}:`)));
        }
      // Then as a reader scrolls (on a fresh load): the island draws each step's state at the
      // figure's exact size.
      await page.reload();
      const steps = await readSteps(page);
      await nudgeScroll(page, 1);
      for (const step of steps) {
        await page.locator(`#step-${step.index}`).evaluate((el) => el.scrollIntoView({ block: "center", behavior: "instant" }));
        await expect(page.locator(".scrolly-figure")).toHaveAttribute("data-active-step", String(step.index));
        await waitForIsland(page);
        await page.waitForTimeout(50);
        problems.push(...(await collisions(page, ".scrolly-figure", `island, step ${step.index} (${step.chart} state ${step.state}):`)));
      }
      expect(problems).toEqual([]);
    });

    test(`${edition.locale}: embeds at ${width} px: every state, before and after the island draws`, async ({ page }) => {
      await page.setViewportSize({ width, height: HEIGHT });
      const problems: string[] = [];
      for (const chart of CHART_IDS)
        for (let state = 0; state < CATALOG[chart].states; state++) {
          await page.goto(`${edition.embed(chart)}?step=${state}`);
          problems.push(...(await collisions(page, "[data-embed]", `embed server, ${chart} state ${state}:`)));
          await page.locator("[data-embed]").hover();
          await page.mouse.move(0, 0);
          await expect(page.locator("[data-embed] .chart-state:not([hidden]) .chart-live svg")).toBeVisible({ timeout: 15_000 });
          problems.push(...(await collisions(page, "[data-embed]", `embed island, ${chart} state ${state}:`)));
        }
      expect(problems).toEqual([]);
    });
  }
