// Resizing the window between desktop and phone size while reading a step (a window snapped to
// half a screen, a tablet turned). Desktop project only: it starts at 1280×800.
import { expect, test } from "@playwright/test";
import { centerStep, expectFigureOn, figureView, readSteps, stepAtMiddle } from "./helpers.ts";

const DESKTOP = { width: 1280, height: 800 };
const PHONE = { width: 375, height: 667 };

test.beforeEach(async ({ page }) => {
  await page.setViewportSize(DESKTOP);
  await page.goto("/");
});

test("after each resize the figure shows the step at the middle of the screen", async ({ page }) => {
  const steps = await readSteps(page);
  for (const index of [1, Math.floor(steps.length / 2), steps.length - 1]) {
    await page.setViewportSize(DESKTOP);
    await centerStep(page, index);
    await expectFigureOn(page, steps[index]!);
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await expect
        .poll(async () => (await figureView(page)).activeStep === (await stepAtMiddle(page)), {
          message: `at ${size.width}×${size.height}, started on step ${index}: the active step should be the one at the viewport's middle`,
        })
        .toBe(true);
      await expectFigureOn(page, steps[await stepAtMiddle(page)]!);
    }
  }
});

test("resizing from desktop to phone size and back keeps the reader on the step being read", async ({ page }) => {
  const steps = await readSteps(page);
  const lost: string[] = [];
  for (const step of steps) {
    await page.setViewportSize(DESKTOP);
    await centerStep(page, step.index);
    await expectFigureOn(page, step);
    for (const size of [PHONE, DESKTOP]) {
      await page.setViewportSize(size);
      await page.waitForTimeout(150); // resize events and observers settle
      const { activeStep } = await figureView(page);
      const inView = await page.locator(`#step-${step.index}`).evaluate((el) => {
        const r = el.getBoundingClientRect();
        return r.bottom > 0 && r.top < (window.visualViewport?.height ?? window.innerHeight);
      });
      if (activeStep !== step.index || !inView)
        lost.push(
          `step ${step.index} at ${size.width}×${size.height}: figure on step ${activeStep}, step ${step.index} ${inView ? "still" : "no longer"} on screen`,
        );
    }
  }
  expect(lost, "steps where a resize moved the reader to another step").toEqual([]);
});
