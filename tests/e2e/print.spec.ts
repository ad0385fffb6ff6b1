// Printing the story: the steps print in order, each with its own chart state; the sticky figure,
// which paper cannot scroll, is left out. In both editions.
import { expect, test } from "@playwright/test";
import { EDITIONS } from "./helpers.ts";

for (const edition of EDITIONS) {
  test(`${edition.locale}: in print, every step shows its own chart and the sticky figure is not printed`, async ({ page }) => {
    await page.goto(edition.story);
    await page.emulateMedia({ media: "print" });
    await expect(page.locator(".scrolly-figure")).toBeHidden();
    const steps = page.locator(".step[data-step]");
    const count = await steps.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const step = steps.nth(i);
      await expect(step.locator(".step-text")).toBeVisible();
      const drawn = step.locator(".step-figure .chart-state:not([hidden]) .chart-drawing svg").filter({ visible: true });
      await expect(drawn, `step ${i} prints its chart`).toHaveCount(1);
    }
  });
}
