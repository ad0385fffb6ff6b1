// Motion that explains a change of state (in the island, once loaded): a new bar grows from the
// baseline, an axis that does not change stays still, and the annotation arrives last. A reader
// who asks for reduced motion sees the new state at once. Desktop size.
import { expect, test, type Page } from "@playwright/test";
import { framesAfterChange as framesAfterStepChange, type MotionFrame, motionOf } from "../engines/measure.ts";
import { centerStep, expectFigureOn, readSteps, waitForIsland } from "./helpers.ts";

/** The live drawing of the sticky figure's visible state in every frame for `ms` after the step change. */
const framesAfterChange = (page: Page, index: number, ms: number) => page.evaluate(framesAfterStepChange, { index, ms });
const look = ({ at, ...frame }: MotionFrame) => frame;

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
    const frames = await framesAfterChange(page, i, 1600);
    const { done, drawn, growing } = motionOf(frames);
    expect(done.bars.length, "both bars are drawn").toBe(2);
    expect(growing.length, `the new bar starts short (frames at ${frames.map((f) => f.at).join(", ")} ms)`).toBeGreaterThan(0);
    const heights = drawn.map((f) => f.bars[1]!);
    expect(heights, "and grows").toEqual(heights.toSorted((a, b) => a - b));
    expect(new Set(drawn.map((f) => f.bars[0])), "the bar that was there does not grow again").toEqual(new Set([done.bars[0]]));
    expect(
      drawn.filter((f) => f.ticks.join() !== done.ticks.join()),
      "the y axis, which does not change, stays where it was",
    ).toEqual([]);
    const early = growing.filter((f) => f.annotation === "" || Number(f.annotation) >= 0.5);
    expect(early, "the annotation waits for the bars").toEqual([]);
    expect(done.annotation, "and then shows in full").toBe("");
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the new state shows at once", async ({ page }) => {
    await page.goto("/");
    const i = await toBothYears(page);
    const { done, drawn } = motionOf(await framesAfterChange(page, i, 1000));
    expect(done.bars.length, "both bars are drawn").toBe(2);
    expect(drawn.map(look), "every frame that shows the new state shows it at rest").toEqual(drawn.map(() => look(done)));
    expect(done.annotation).toBe("");
  });
});
