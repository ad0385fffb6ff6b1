// A chart's data table, opened on a phone, can be read in full: every cell is what the reader sees
// at its place as the table scrolls by, never hidden under the sticky chart (it once opened beneath
// it), and no table is wider than the screen or scrolls sideways (one once ran to 740 px at
// 375 px). At 320×568 and 375×667, in both editions, for every chart's table; and without
// JavaScript, where the tables sit in the steps' flow. (Desktop project: the sizes are set here.)
import { expect, type Page, test } from "@playwright/test";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { EDITIONS } from "./helpers.ts";

const SIZES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];

/** How the open table sits across the screen: its edges, and how far it or the page scrolls sideways. */
function widths(page: Page, chart: string) {
  return page.locator(`[data-tools="${chart}"] .chart-table`).evaluate((details) => {
    const table = details.querySelector("table")!.getBoundingClientRect();
    const scroller = details.querySelector<HTMLElement>(".table-scroll")!;
    return {
      left: table.left,
      right: table.right,
      sideways: scroller.scrollWidth - scroller.clientWidth,
      page: document.documentElement.scrollWidth - innerWidth,
    };
  });
}

function expectOnScreen(w: Awaited<ReturnType<typeof widths>>, chart: string, width: number) {
  expect(w.left, `${chart}: the table's left edge`).toBeGreaterThanOrEqual(0);
  expect(w.right, `${chart}: the table's right edge on a ${width} px screen`).toBeLessThanOrEqual(width + 0.5);
  expect(w.sideways, `${chart}: the table scrolls sideways by, px`).toBeLessThanOrEqual(0);
  expect(w.page, `${chart}: the page is wider than the screen by, px`).toBeLessThanOrEqual(0);
}

for (const edition of EDITIONS)
  for (const size of SIZES) {
    test(`${edition.locale}: at ${size.width}×${size.height}, every chart's opened data table is read in full, over the sticky chart, without scrolling sideways`, async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await page.setViewportSize(size);
      await page.goto(edition.story);
      for (const chart of CHART_IDS) {
        const tools = page.locator(`[data-scrolly] [data-tools="${chart}"]`);
        // As a reader opens it: the tools line just above the sticky chart, then a tap on "Data table".
        await tools.evaluate((el) => {
          const figure = document.querySelector("[data-scrolly] .scrolly-figure")!.getBoundingClientRect();
          const line = el.querySelector(".chart-tools-line")!.getBoundingClientRect();
          window.scrollBy({ top: line.bottom - (innerHeight - figure.height) + 8, behavior: "instant" });
        });
        await tools.locator("summary").click();
        await expect(tools.locator("table")).toBeVisible();

        expectOnScreen(await widths(page, chart), chart, size.width);

        // Then reads on: the page scrolls the table up past the sticky chart. Every cell on the screen
        // must be what is seen at its place (hit-testing its middle finds the cell).
        const reading = await tools.evaluate(async (el) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
          const table = el.querySelector("table")!;
          const cells = [...table.querySelectorAll<HTMLElement>("th, td")];
          const hidden = new Set<string>();
          let overFigure = 0;
          const seen = new Set<HTMLElement>();
          for (let guard = 0; guard < 200; guard++) {
            const f = figure.getBoundingClientRect();
            for (const cell of cells) {
              const r = cell.getBoundingClientRect();
              const [x, y] = [r.left + r.width / 2, r.top + r.height / 2];
              if (r.height === 0 || y < 0 || y > innerHeight) continue;
              seen.add(cell);
              if (y > f.top && f.bottom > 0 && f.height > 0) overFigure++;
              const hit = document.elementFromPoint(x, y);
              if (!hit || !cell.contains(hit))
                hidden.add(
                  `“${cell.textContent?.trim().slice(0, 40)}” under ${hit?.closest("[class]")?.getAttribute("class") ?? hit?.tagName}`,
                );
            }
            if (table.getBoundingClientRect().bottom < f.top - 1) break;
            window.scrollBy({ top: innerHeight / 6, behavior: "instant" });
            await frame();
          }
          return { hidden: [...hidden], overFigure, seen: seen.size, cells: cells.length };
        });
        expect(reading.seen, `${chart}: every cell came into view`).toBe(reading.cells);
        expect(reading.overFigure, `${chart}: the table passed where the sticky chart is (what this test is about)`).toBeGreaterThan(0);
        expect(reading.hidden, `${chart}: cells hidden from the reader`).toEqual([]);
        await tools.locator(".chart-table").evaluate((d: HTMLDetailsElement) => (d.open = false));
      }
    });
  }

test.describe("without JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  for (const edition of EDITIONS)
    for (const size of SIZES) {
      test(`${edition.locale}: at ${size.width} px, every chart's opened data table fits the screen`, async ({ page }) => {
        await page.setViewportSize(size);
        await page.goto(edition.story);
        for (const chart of CHART_IDS) {
          const summary = page.locator(`[data-tools="${chart}"] summary`);
          await summary.click();
          await expect(page.locator(`[data-tools="${chart}"] table`)).toBeVisible();
          expectOnScreen(await widths(page, chart), chart, size.width);
        }
      });
    }
});
