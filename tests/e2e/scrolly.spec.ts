// The sticky figure follows the reading: whichever step is at the middle of the viewport, the figure
// shows that step's chart state. Runs at desktop and phone size.
import { expect, test } from "@playwright/test";
import { centerStep, expectFigureOn, figureView, nextFrames, readSteps, recordActiveSteps, stepAtMiddle } from "./helpers.ts";

test.beforeEach(async ({ page }) => {
  await page.goto("/");
  await expect(page.locator("html")).toContainClass("js");
});

test("before any scrolling the figure shows the first step", async ({ page }) => {
  const steps = await readSteps(page);
  await expectFigureOn(page, steps[0]!);
});

test("each step scrolled to the middle of the viewport shows its chart state, going down and back up", async ({ page }) => {
  const steps = await readSteps(page);
  for (const step of [...steps, ...steps.slice(0, -1).reverse()]) {
    await centerStep(page, step.index);
    await expectFigureOn(page, step);
  }
});

test("scrolling down the whole story passes through every step, in order, none skipped", async ({ page }) => {
  const steps = await readSteps(page);
  const recorded = await recordActiveSteps(page);
  const { shortest, bottom } = await page.evaluate(() => ({
    shortest: Math.min(...[...document.querySelectorAll(".step[data-step]")].map((s) => s.getBoundingClientRect().height)),
    bottom: document.querySelector("[data-scrolly]")!.getBoundingClientRect().bottom + window.scrollY,
  }));
  // A steady reader's pace: less than half the shortest step per frame, so the middle line lands
  // in every step at least once.
  const stride = Math.min(100, Math.floor(shortest / 2));
  for (let y = 0; y < bottom; y += stride) {
    await page.evaluate((y) => window.scrollTo(0, y), y);
    await nextFrames(page);
  }
  const sequence = (await recorded()).filter((v, i, all) => i === 0 || v !== all[i - 1]);
  expect(sequence).toEqual(steps.slice(1).map((s) => s.index));
});

test("after a jump that lands between two steps, the figure shows the step just read", async ({ page }) => {
  // The scrollbar dragged, a fast fling, an in-page link: the middle line jumps from the gap after
  // one step to the gap after another without ever crossing a step in a rendered frame.
  const steps = await readSteps(page);
  expect(steps.length, "the story is long enough for these jumps").toBeGreaterThan(7);
  const gapAfter = (k: number) =>
    page.evaluate((k) => {
      const a = document.getElementById(`step-${k}`)!.getBoundingClientRect();
      const b = document.getElementById(`step-${k + 1}`)!.getBoundingClientRect();
      // The middle line a quarter of the way into the gap: step k is clearly the nearest.
      const vv = window.visualViewport;
      const middle = vv ? vv.offsetTop + vv.height / 2 : window.innerHeight / 2;
      return window.scrollY + a.bottom + (b.top - a.bottom) / 4 - middle;
    }, k);
  const wrong: string[] = [];
  for (const [from, to] of [
    [1, 3],
    [2, 6],
    [6, 1],
    [4, 2],
  ] as const) {
    // Reading step `from`, then just past it: the figure is right so far.
    await centerStep(page, from);
    await expectFigureOn(page, steps[from]!);
    await page.evaluate((y) => window.scrollTo(0, y), await gapAfter(from));
    await nextFrames(page);
    await expectFigureOn(page, steps[from]!);
    await page.evaluate((y) => window.scrollTo(0, y), await gapAfter(to));
    await nextFrames(page);
    await page.waitForTimeout(300);
    const shown = (await figureView(page)).activeStep;
    expect(await stepAtMiddle(page), "the test put the middle line nearest to the step").toBe(to);
    if (shown !== to) wrong.push(`gap after step ${from} → gap after step ${to}: figure shows step ${shown}`);
  }
  // Home key, or a tap on a phone's status bar: from the end of the page straight back to the top.
  await centerStep(page, steps.length - 1);
  await expectFigureOn(page, steps.at(-1)!);
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await nextFrames(page);
  await page.waitForTimeout(100);
  await page.evaluate(() => window.scrollTo(0, 0));
  await nextFrames(page);
  await page.waitForTimeout(300);
  expect(await stepAtMiddle(page)).toBe(0);
  const atTop = (await figureView(page)).activeStep;
  if (atTop !== 0) wrong.push(`end of the page → top: figure shows step ${atTop}`);

  expect(wrong, "jumps after which the figure shows another step than the one just read").toEqual([]);
});

test("jumping straight to the last step shows it at once, without passing through the others", async ({ page }) => {
  const steps = await readSteps(page);
  const last = steps.at(-1)!;
  const recorded = await recordActiveSteps(page);
  await page.evaluate((id) => (location.hash = `#${id}`), `step-${last.index}`);
  await expectFigureOn(page, last, 1_000);
  await page.waitForTimeout(300); // anything late would show up here
  expect(await recorded(), "data-active-step values after the jump").toEqual([last.index]);

  // Arriving from a link to the step does the same.
  await page.goto(`/#step-${last.index}`);
  await expectFigureOn(page, last, 1_000);
});

test("reloading in the middle of the story starts on the step being read", async ({ page }) => {
  const steps = await readSteps(page);
  const middle = steps[Math.floor(steps.length / 2)]!;
  await centerStep(page, middle.index);
  await expectFigureOn(page, middle);
  const scrollY = await page.evaluate(() => window.scrollY);

  await page.reload();
  expect(await page.evaluate(() => window.scrollY), "the browser restores the scroll position").toBeCloseTo(scrollY, -1);
  await nextFrames(page);
  // Right after load, not after some later scroll event.
  expect(await figureView(page)).toMatchObject({ activeStep: middle.index, charts: [middle.chart], states: [middle.state] });
  await expectFigureOn(page, middle);
});
