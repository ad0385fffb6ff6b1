// Screenshots kept as artefacts for a person to look at (test-results/screenshots/<project>-*.png):
// the viewport at the top and at each step, the full page, dark mode, and the page without
// JavaScript. Runs at desktop and phone size. They are not compared with stored images.
import { expect, test } from "@playwright/test";
import { centerStep, expectFigureOn, nudgeScroll, readSteps, screenshotPath, waitForIsland } from "./helpers.ts";

test("light: the top, each step, and the full page", async ({ page }, testInfo) => {
  await page.goto("/");
  await page.screenshot({ path: screenshotPath(testInfo, "light-top-before-island") });
  const steps = await readSteps(page);
  await nudgeScroll(page, 1);
  for (const step of steps) {
    await centerStep(page, step.index);
    await expectFigureOn(page, step);
    await waitForIsland(page);
    await expect(page.locator(".scrolly-figure .chart-state.is-entering")).toHaveCount(0); // fade-in over
    await page.screenshot({ path: screenshotPath(testInfo, `light-step-${step.index}`) });
  }
  await page.evaluate(() => window.scrollTo(0, 0));
  await expectFigureOn(page, steps[0]!);
  await page.screenshot({ path: screenshotPath(testInfo, "light-full-page"), fullPage: true });
});

test.describe("dark", () => {
  test.use({ colorScheme: "dark" });
  test("dark: a middle step and the full page", async ({ page }, testInfo) => {
    await page.goto("/");
    const steps = await readSteps(page);
    const middle = steps[Math.floor(steps.length / 2)]!;
    await centerStep(page, middle.index);
    await expectFigureOn(page, middle);
    await waitForIsland(page);
    await expect(page.locator(".scrolly-figure .chart-state.is-entering")).toHaveCount(0);
    await page.screenshot({ path: screenshotPath(testInfo, `dark-step-${middle.index}`) });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: screenshotPath(testInfo, "dark-full-page"), fullPage: true });
  });
});

test.describe("no JavaScript", () => {
  test.use({ javaScriptEnabled: false });
  test("no-JS: the top and the full page", async ({ page }, testInfo) => {
    await page.goto("/");
    await expect(page.locator("html")).toHaveClass("no-js");
    await page.screenshot({ path: screenshotPath(testInfo, "nojs-top") });
    await page.screenshot({ path: screenshotPath(testInfo, "nojs-full-page"), fullPage: true });
  });
});
