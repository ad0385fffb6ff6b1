// Motion that explains a change of state (in the island, once loaded): a new bar grows from the
// baseline, an axis that does not change stays still, and the annotation arrives last. A reader
// who asks for reduced motion sees the new state at once. Desktop size.
import { expect, test, type Page } from "@playwright/test";
import { expectMotion, framesAfterChange as framesAfterStepChange } from "../engines/measure.ts";
import { centerStep, expectFigureOn, readSteps, waitForIsland } from "./helpers.ts";

/** The live drawing of the sticky figure's visible state in every frame for `ms` after the step change. */
const framesAfterChange = (page: Page, index: number, ms: number) => page.evaluate(framesAfterStepChange, { index, ms });

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
    expectMotion(await framesAfterChange(page, i, 1600), { reduced: false });
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the new state shows at once", async ({ page }) => {
    await page.goto("/");
    const i = await toBothYears(page);
    expectMotion(await framesAfterChange(page, i, 1000), { reduced: true });
  });
});
