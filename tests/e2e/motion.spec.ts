// The chart state that comes in on a step change fades in (the chart-in animation), except for
// readers who ask for reduced motion.
import { expect, test, type Page } from "@playwright/test";
import { centerStep, expectFigureOn, readSteps } from "./helpers.ts";

/** Scrolls to the step and, in the same task as the change of state, reads the animation of the
 * state that came in. */
async function animationOfEnteringState(page: Page, index: number) {
  return page.evaluate(
    (index) =>
      new Promise<{ entering: boolean; animationName: string; duration: string }>((resolve, reject) => {
        const figure = document.querySelector<HTMLElement>("[data-scrolly] .scrolly-figure")!;
        const timer = setTimeout(() => reject(new Error(`step ${index} never became active`)), 3_000);
        new MutationObserver((_, observer) => {
          if (figure.dataset.activeStep !== String(index)) return;
          observer.disconnect();
          clearTimeout(timer);
          const state = figure.querySelector<HTMLElement>("[data-chart-block]:not([hidden]) .chart-state:not([hidden])")!;
          const style = getComputedStyle(state);
          resolve({ entering: state.classList.contains("is-entering"), animationName: style.animationName, duration: style.animationDuration });
        }).observe(figure, { attributes: true, attributeFilter: ["data-active-step"] });
        document.getElementById(`step-${index}`)!.scrollIntoView({ block: "center" });
      }),
    index,
  );
}

/** A step that changes the state within the same chart (step 0 → 1). */
async function sameChartStep(page: Page) {
  const steps = await readSteps(page);
  const i = steps.findIndex((s, j) => j > 0 && s.chart === steps[j - 1]!.chart && s.state !== steps[j - 1]!.state);
  expect(i, "a step that moves to the next state of the same chart").toBeGreaterThan(0);
  return { steps, i };
}

test.describe("with motion", () => {
  test("the incoming chart state fades in with chart-in", async ({ page }) => {
    await page.goto("/");
    const { steps, i } = await sameChartStep(page);
    await centerStep(page, i - 1);
    await expectFigureOn(page, steps[i - 1]!);
    const a = await animationOfEnteringState(page, i);
    expect(a).toEqual({ entering: true, animationName: "chart-in", duration: "0.3s" });
    // The class is removed when the animation ends, so the next change can animate again.
    await expect(page.locator(".scrolly-figure .chart-state.is-entering")).toHaveCount(0);
  });
});

test.describe("with reduced motion", () => {
  test.use({ reducedMotion: "reduce" });

  test("the incoming chart state does not animate", async ({ page }) => {
    await page.goto("/");
    const { steps, i } = await sameChartStep(page);
    await centerStep(page, i - 1);
    await expectFigureOn(page, steps[i - 1]!);
    const a = await animationOfEnteringState(page, i);
    expect(a.animationName).toBe("none");
    // And a change to another chart does not animate either.
    const other = steps.findIndex((s, j) => j > i && s.chart !== steps[i]!.chart);
    expect((await animationOfEnteringState(page, other)).animationName).toBe("none");
  });
});
