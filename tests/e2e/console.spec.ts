// Loading and reading the whole story logs no errors or warnings, throws nothing, and every
// request succeeds. Runs at desktop and phone size.
import { expect, test } from "@playwright/test";
import { centerStep, collectPageProblems, expectFigureOn, readSteps, waitForIsland } from "./helpers.ts";

test("no console errors, page errors or failed requests while loading and scrolling through the story", async ({ page }) => {
  const problems = collectPageProblems(page);
  await page.goto("/");
  const steps = await readSteps(page);
  for (const step of steps) {
    await centerStep(page, step.index);
    await expectFigureOn(page, step);
    await waitForIsland(page); // the island draws each state: errors there count too
  }
  // To the end of the page and back to the first step.
  await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
  await page.waitForTimeout(200);
  await centerStep(page, 0);
  await expectFigureOn(page, steps[0]!);
  await waitForIsland(page);
  await page.waitForTimeout(200);
  expect(problems).toEqual([]);
});
