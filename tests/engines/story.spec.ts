// The story as a reader scrolls it, in Chromium, WebKit and Gecko (see engine.ts). On a phone
// (320×568, 375×667): the steps become active in order and each can be read in full above the
// sticky chart while it is the active one; the chart keeps its place (neither the figure's top
// edge nor the drawing's moves from chart to chart); the drawing has room; and no label collides
// or leaves its chart in any step, as the island draws it at the phone's size. In the two-column
// layout (768×1024, 1280×800) the same order and stillness. A phone held sideways reads each step
// with its own chart. One page load measures every step; reduced motion, so that each step is
// measured at rest.
import { EDITIONS } from "../e2e/helpers.ts";
import { expect, test } from "./fixtures.ts";
import { chartTextProblems, figureChartBox, showStep, sweepStory, TEXT_SLACK, tipBox } from "./measure.ts";

const PHONES = [
  { width: 320, height: 568 },
  { width: 375, height: 667 },
];
const TWO_COLUMNS = [
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
];
/** The sticky chart's share of a phone's screen: about 40%, a little more under 620 px tall. */
const maxShare = (height: number) => (height < 620 ? 0.43 : 0.41);
/** The least height a drawing keeps in the phone's sticky figure (7rem in src/styles/global.css:
 * room for the worksite chart's five stacked labels), and in a step's own chart. */
const MIN_PLOT = 112;
/** Clear of an overlay scrollbar at the screen's right edge. */
const EDGE = 12;

/** How far apart (px) positions are that should be one: engines round sub-pixel layout apart by 1. */
const spread = (values: number[]) => Math.max(...values) - Math.min(...values);

const STEPS = 11;
const inOrder = Array.from({ length: STEPS }, (_, i) => i);

for (const edition of EDITIONS) {
  for (const size of PHONES)
    test(`${edition.locale}: at ${size.width}×${size.height}, the steps in order, each readable above a chart that keeps its place and its labels apart`, async ({
      open,
    }) => {
      test.setTimeout(120_000);
      const engine = await open({ ...size, reducedMotion: true });
      await engine.goto(edition.story);
      const edge = await engine.evaluate(() => {
        const a = document.querySelector(".scrolly-figure > .editions-compact a")!.getBoundingClientRect();
        return innerWidth - a.right;
      });
      const sweep = await engine.evaluate(sweepStory, { increment: 12, drawWait: 5_000, slack: TEXT_SLACK });
      expect.soft(sweep.sticky, "the sticky figure is used").toBe(true);
      expect.soft(sweep.order, "the figure follows the steps in reading order").toEqual(inOrder);
      expect.soft(sweep.readable, "steps readable in full above the chart while active").toEqual(inOrder);
      expect
        .soft(spread(Object.values(sweep.tops).flat()), `the stuck figure's top edge stays put (by chart: ${JSON.stringify(sweep.tops)})`)
        .toBeLessThanOrEqual(1);
      expect.soft(spread(sweep.plotTops), `the drawing's top edge stays put (at ${sweep.plotTops.join(", ")} px)`).toBeLessThanOrEqual(1);
      expect.soft(sweep.tallestShare, "the sticky chart's share of the screen").toBeLessThanOrEqual(maxShare(size.height));
      expect.soft(sweep.shortestPlot, "the drawing's least height").toBeGreaterThanOrEqual(MIN_PLOT);
      expect.soft(sweep.undrawn, "steps the island did not draw").toEqual([]);
      expect.soft(sweep.text, "labels that collide or leave the chart").toEqual([]);
      expect.soft(edge, "the language link's distance from the screen's right edge").toBeGreaterThanOrEqual(EDGE);
      expect(await engine.problems(), "console errors, page errors, CSP refusals").toEqual([]);
    });

  for (const size of TWO_COLUMNS)
    test(`${edition.locale}: at ${size.width}×${size.height}, the steps in order beside a chart that keeps its place`, async ({ open }) => {
      test.setTimeout(120_000);
      const engine = await open({ ...size, reducedMotion: true });
      await engine.goto(edition.story);
      const sweep = await engine.evaluate(sweepStory, { increment: 40, drawWait: 5_000, slack: TEXT_SLACK });
      expect.soft(sweep.order, "the figure follows the steps in reading order").toEqual(inOrder);
      expect
        .soft(spread(Object.values(sweep.tops).flat()), `the stuck figure's top edge stays put (by chart: ${JSON.stringify(sweep.tops)})`)
        .toBeLessThanOrEqual(1);
      expect.soft(spread(sweep.plotTops), `the drawing's top edge stays put (at ${sweep.plotTops.join(", ")} px)`).toBeLessThanOrEqual(1);
      expect.soft(sweep.text, "labels that collide or leave the chart").toEqual([]);
      expect(await engine.problems(), "console errors, page errors, CSP refusals").toEqual([]);
    });

  test(`${edition.locale}: a phone held sideways (667×375) reads each step with its own chart, labels apart`, async ({ open }) => {
    const engine = await open({ width: 667, height: 375, reducedMotion: true });
    await engine.goto(edition.story);
    const seen = await engine.evaluate(() => {
      const shown = (el: Element | null) => !!el && el.checkVisibility() && el.getBoundingClientRect().height > 0;
      const steps = [...document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]")];
      return {
        sticky: shown(document.querySelector("[data-scrolly] .scrolly-figure")),
        heights: steps.map((s) => {
          const svg = [...s.querySelectorAll(".step-figure svg[role='img']")].find(shown);
          return svg ? Math.round(svg.getBoundingClientRect().height) : 0;
        }),
      };
    });
    expect(seen.sticky, "no sticky figure on so short a screen").toBe(false);
    for (const [i, h] of seen.heights.entries()) expect(h, `step ${i}'s own chart`).toBeGreaterThanOrEqual(MIN_PLOT);
    const problems = await engine.evaluate(chartTextProblems, {
      root: "[data-scrolly] .step-figure",
      where: "step chart",
      slack: TEXT_SLACK,
    });
    expect(problems).toEqual([]);
  });

  test(`${edition.locale}: at 375×667, a tip stays on the screen wherever the pointer is on each chart of the story`, async ({ open }) => {
    test.setTimeout(120_000);
    const engine = await open({ width: 375, height: 667, reducedMotion: true });
    await engine.goto(edition.story);
    const off: string[] = [];
    let tips = 0;
    // The last step of each chart: its fullest state.
    const lastSteps = await engine.evaluate(() => {
      const last = new Map<string, number>();
      for (const s of document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]"))
        last.set(s.dataset.chart!, Number(s.dataset.step));
      return [...last.values()];
    });
    expect(lastSteps.length, "the story's charts").toBe(5);
    for (const index of lastSteps) {
      expect(await engine.evaluate(showStep, { index, wait: 8_000 }), `the island draws step ${index}`).toBe(true);
      const box = (await engine.evaluate(figureChartBox))!;
      for (let fx = 0.04; fx < 1; fx += 0.12)
        for (const fy of [0.3, 0.7]) {
          await engine.pointer(box.x + box.width * fx, box.y + box.height * fy);
          const tip = await engine.evaluate(tipBox);
          if (!tip) continue;
          tips++;
          if (tip.left < 0 || tip.right > 375)
            off.push(`step ${index}: “${tip.text}” from x=${Math.round(tip.left)} to ${Math.round(tip.right)}`);
        }
    }
    expect(tips, "the pointer brought up tips").toBeGreaterThan(5);
    expect(off, "tips that leave the screen").toEqual([]);
  });
}
