// Room to draw on a phone: the sticky figure has a set height, and what its title, subtitle, legend
// and notes take, the drawing loses. At every step, at 320×568 and 375×667, in both editions, the
// chart is drawn at least a fifth of the screen tall and at least twice as tall as its legend and
// notes together, which sit whole inside the figure and the screen. (The prosecutions chart was
// once drawn about 100 px tall at 320×568, under a legend and note of some 60 px.) Desktop project:
// the sizes are set here.
import { expect, test } from "@playwright/test";
import { centerStep, EDITIONS, expectFigureOn, readSteps, waitForIsland } from "./helpers.ts";

const SIZES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
/** The least height of the drawing, as a share of the screen's. */
const MIN_SHARE = 0.2;

for (const edition of EDITIONS)
  for (const size of SIZES) {
    test(`${edition.locale}: at ${size.width}×${size.height}, every step's sticky chart keeps room to be read`, async ({ page }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(size);
      await page.goto(edition.story);
      const steps = await readSteps(page);
      const short: string[] = [];
      for (const step of steps) {
        await centerStep(page, step.index);
        await expectFigureOn(page, step);
        await waitForIsland(page); // drawn by the island at the height the figure leaves it
        const m = await page.evaluate(() => {
          const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
          const state = figure.querySelector<HTMLElement>("[data-chart-block]:not([hidden]) .chart-state:not([hidden])")!;
          const box = (el: Element | null) => (el?.checkVisibility() ? el.getBoundingClientRect() : null);
          const svg = box(state.querySelector(".chart-live > svg"))!;
          const key = [".chart-legend", ".chart-notes"].map((s) => box(state.querySelector(s))).filter((r) => r !== null);
          const f = figure.getBoundingClientRect();
          return {
            drawing: svg.height,
            key: key.reduce((sum, r) => sum + r.height, 0),
            keyBottom: Math.max(svg.bottom, ...key.map((r) => r.bottom)),
            figureBottom: f.bottom,
          };
        });
        const where = `step ${step.index} (${step.chart})`;
        if (m.drawing < MIN_SHARE * size.height) short.push(`${where}: drawn ${Math.round(m.drawing)} px tall`);
        if (m.drawing < 2 * m.key)
          short.push(`${where}: drawn ${Math.round(m.drawing)} px tall under ${Math.round(m.key)} px of legend and notes`);
        expect(m.keyBottom, `${where}: the legend and notes end inside the figure`).toBeLessThanOrEqual(m.figureBottom + 0.5);
        expect(m.keyBottom, `${where}: the legend and notes end on the screen`).toBeLessThanOrEqual(size.height + 0.5);
      }
      expect(short, `drawings shorter than ${Math.round(MIN_SHARE * size.height)} px or than twice their legend and notes`).toEqual([]);
    });
  }
