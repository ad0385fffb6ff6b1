// axe-core on the story page (light and dark, before and after the island has drawn, and without
// JavaScript) and on the 404 page. Desktop size.
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { nudgeScroll, waitForIsland } from "./helpers.ts";

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n")}`,
  );
  expect(summary, "axe violations").toEqual([]);
}

for (const colorScheme of ["light", "dark"] as const) {
  test.describe(`${colorScheme} mode`, () => {
    test.use({ colorScheme });

    test("the story, as served (before the island)", async ({ page }) => {
      await page.goto("/");
      expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
      await expect(page.locator(".chart-live")).toHaveCount(0);
      await expectNoViolations(page);
    });

    test("the story, after the island has drawn", async ({ page }) => {
      await page.goto("/");
      await nudgeScroll(page);
      await waitForIsland(page);
      await expectNoViolations(page);
    });
  });
}

test("the story in its no-JavaScript layout", async ({ page }) => {
  // axe itself needs JavaScript, so the page's scripts are blocked instead and the class the inline
  // script set is put back: the same DOM and CSS a reader without JavaScript gets.
  await page.route(/\.m?js(\?|$)/, (route) => route.abort());
  await page.goto("/");
  await page.evaluate(() => (document.documentElement.className = "no-js"));
  await expect(page.locator("[data-scrolly] .scrolly-figure")).toBeHidden();
  await expect(page.locator(".step-figure").first()).toBeVisible();
  await expectNoViolations(page);
});

test("the 404 page", async ({ page }) => {
  const response = await page.goto("/no-such-page");
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Page not found");
  await expectNoViolations(page);
});
