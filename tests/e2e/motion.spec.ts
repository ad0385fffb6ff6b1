// Motion that explains a change of state (in the island, once loaded): a new bar grows from the
// baseline, an axis that does not change stays still, and the annotation arrives last. A reader
// who asks for reduced motion sees the new state at once. Desktop size.
import { expect, test, type Page } from "@playwright/test";
import { framesAfterChange as framesAfterStepChange } from "../engines/measure.ts";
import { centerStep, expectFigureOn, readSteps, waitForIsland } from "./helpers.ts";

/** Samples the live drawing of the sticky figure's visible state, `after` ms after the step change. */
const framesAfterChange = (page: Page, index: number, after: number[]) => page.evaluate(framesAfterStepChange, { index, after });

/** The step where the cases chart goes from the earlier year alone to both years. */
async function toBothYears(page: Page) {
  const steps = await readSteps(page);
  const i = steps.findIndex((s, j) => j > 0 && s.chart === "smuggling-cases" && steps[j - 1]!.chart === "smuggling-cases");
  expect(i, "a step that adds the second year to the cases chart").toBeGreaterThan(0);
  await centerStep(page, i - 1);
  await expectFigureOn(page, steps[i - 1]!);
  await waitForIsland(page);
  return i;
}

test.describe("with motion", () => {
  test("the new bar grows, the unchanged axis stays still, and the annotation comes last", async ({ page }) => {
    await page.goto("/");
    const i = await toBothYears(page);
    const [early, middle, done] = await framesAfterChange(page, i, [80, 350, 1600]);
    expect(early!.bars.length, "both bars are drawn").toBe(2);
    expect(early!.bars[1], "the new bar starts short").toBeLessThan(done!.bars[1]! * 0.8);
    expect(early!.bars[0], "the bar that was there does not grow again").toBe(done!.bars[0]);
    expect(early!.ticks, "the y axis, which does not change, stays where it was").toEqual(done!.ticks);
    expect(Number(middle!.annotation), "the annotation waits for the bars").toBeLessThan(0.5);
    expect(done!.annotation, "and then shows in full").toBe("");
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the new state shows at once", async ({ page }) => {
    await page.goto("/");
    const i = await toBothYears(page);
    const [first, done] = await framesAfterChange(page, i, [16, 1000]);
    expect(first).toEqual(done);
    expect(first!.annotation).toBe("");
  });
});
