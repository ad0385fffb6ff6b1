// Room to read on a phone: the sticky chart takes at most about 40% of the screen, and every
// step's text can be read in full, above the chart, at some moment while that step is the active
// one; each chart's tools line can be read above the chart too. Measured by scrolling the whole
// story in small increments, at 320×568 and 375×667, in both editions (the Spanish steps are
// longer). (Desktop project: the sizes are set here.)
import { expect, test } from "@playwright/test";
import { EDITIONS, readSteps } from "./helpers.ts";

const SIZES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
/** "About 40%" (a little room for rounding); on a screen under 620 px tall, 42%: src/styles/global.css. */
const maxShare = (height: number) => (height < 620 ? 0.43 : 0.41);
const INCREMENT = 16;

for (const edition of EDITIONS)
  for (const size of SIZES) {
    test(`${edition.locale}: at ${size.width}×${size.height}, every step is readable in full above the chart while it is active`, async ({
      page,
    }) => {
      test.setTimeout(120_000);
      await page.setViewportSize(size);
      await page.goto(edition.story);
      const steps = await readSteps(page);
      const result = await page.evaluate(
        async ({ increment }) => {
          const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
          const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
          const steps = [...document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]")];
          const tools = [...document.querySelectorAll<HTMLElement>("[data-scrolly] .chart-tools-line")];
          const readable = new Set<number>();
          const toolsReadable = new Set<number>();
          let tallest = 0;
          // Where the top edge of the stuck figure sits: it must not move from chart to chart.
          const tops = new Set<number>();
          // The story's steps, from the first coming into view to the last leaving it.
          const scrolly = document.querySelector("[data-scrolly]")!.getBoundingClientRect();
          const [start, end] = [Math.max(0, scrolly.top + scrollY - innerHeight), scrolly.bottom + scrollY];
          for (let y = start; y <= end + increment; y += increment) {
            window.scrollTo(0, Math.min(y, end));
            await frame();
            const f = figure.getBoundingClientRect();
            tallest = Math.max(tallest, f.height);
            if (Math.abs(f.bottom - innerHeight) < 1) tops.add(Math.round(f.top));
            // The part of the screen above the chart (all of it when the figure is below the fold).
            const above = Math.min(f.top, innerHeight);
            const active = Number(figure.dataset.activeStep);
            const text = steps[active]!.querySelector(".step-text")!.getBoundingClientRect();
            if (text.top >= 0 && text.bottom <= above) readable.add(active);
            tools.forEach((t, i) => {
              const r = t.getBoundingClientRect();
              if (r.top >= 0 && r.bottom <= above) toolsReadable.add(i);
            });
          }
          return {
            readable: [...readable].sort((a, b) => a - b),
            toolsReadable: [...toolsReadable],
            tools: tools.length,
            tallest,
            tops: [...tops],
          };
        },
        { increment: INCREMENT },
      );
      expect(result.tallest / size.height, "the sticky chart's share of the screen").toBeLessThanOrEqual(maxShare(size.height));
      expect(result.readable, "steps readable in full above the chart while active").toEqual(steps.map((s) => s.index));
      expect(result.tops.length, "the stuck chart's top edge stays where it is, whatever the chart").toBe(1);
      expect(result.toolsReadable.length, "tools lines readable above the chart").toBe(result.tools);
    });
  }
