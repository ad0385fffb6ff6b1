// axe-core on the story page of each edition (light and dark, before and after the island has
// drawn, and without JavaScript) and on each edition's 404 page. Desktop size. (The embed pages:
// embeds.spec.ts.)
import { AxeBuilder } from "@axe-core/playwright";
import { expect, test, type Page } from "@playwright/test";
import { EDITIONS, nudgeScroll, waitForIsland } from "./helpers.ts";

async function expectNoViolations(page: Page, when: string) {
  const results = await new AxeBuilder({ page }).analyze();
  const summary = results.violations.map(
    (v) =>
      `${v.id} (${v.impact}): ${v.help}\n${v.nodes.map((n) => `    ${n.target.join(" ")}\n      ${n.failureSummary?.replace(/\n/g, "\n      ")}`).join("\n")}`,
  );
  expect(summary, `axe violations ${when}`).toEqual([]);
}

for (const edition of EDITIONS) {
  for (const colorScheme of ["light", "dark"] as const) {
    test.describe(`${edition.locale}, ${colorScheme} mode`, () => {
      test.use({ colorScheme });

      // One page load: the page as served, then the same page once the island has drawn.
      test("the story, as served (before the island) and after the island has drawn", async ({ page }) => {
        await page.goto(edition.story);
        expect(await page.evaluate(() => matchMedia("(prefers-color-scheme: dark)").matches)).toBe(colorScheme === "dark");
        await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
        await expect(page.locator(".chart-live")).toHaveCount(0);
        await expectNoViolations(page, "before the island");
        await nudgeScroll(page);
        await waitForIsland(page);
        await expectNoViolations(page, "after the island has drawn");
      });
    });
  }

  test(`${edition.locale}: the story in its no-JavaScript layout`, async ({ page }) => {
    // axe itself needs JavaScript, so the page's scripts are blocked instead and the class the inline
    // script set is put back: the same DOM and CSS a reader without JavaScript gets.
    await page.route(/\.m?js(\?|$)/, (route) => route.abort());
    await page.goto(edition.story);
    await page.evaluate(() => (document.documentElement.className = "no-js"));
    await expect(page.locator("[data-scrolly] .scrolly-figure")).toBeHidden();
    await expect(page.locator(".step-figure").first()).toBeVisible();
    await expectNoViolations(page, "without JavaScript");
  });

  test(`${edition.locale}: the 404 page, in the edition's language`, async ({ page }) => {
    const response = await page.goto(edition.missing);
    expect(response?.status()).toBe(404);
    await expect(page.locator("html")).toHaveAttribute("lang", edition.locale);
    // The tab names the site too: a reader with several tabs open knows whose page is missing.
    await expect(page).toHaveTitle(new RegExp(`^${edition.notFound} · \\S`));
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(edition.notFound);
    await expectNoViolations(page, "on the 404 page");
  });
}
