// Without JavaScript the story still reads in order: each step shows its own chart state, and the
// sticky figure is not used. Runs at desktop and phone size, in both editions.
import { expect, test } from "@playwright/test";
import { EDITIONS, readSteps } from "./helpers.ts";

test.use({ javaScriptEnabled: false });

for (const edition of EDITIONS) {
  test(`${edition.locale}: every step's text and its own chart are visible; the sticky figure is not shown`, async ({ page }) => {
    await page.goto(edition.story);
    await expect(page.locator("html")).toHaveClass("no-js");
    await expect(page.locator("[data-scrolly] .scrolly-figure")).toBeHidden();

    const steps = await readSteps(page);
    for (const step of steps) {
      const el = page.locator(`#step-${step.index}`);
      const text = el.locator(".step-text");
      await expect(text).toBeVisible();
      expect((await text.textContent())!.trim().length, `step ${step.index} has text to read`).toBeGreaterThan(20);

      const figure = el.locator(".step-figure");
      await expect(figure).toBeVisible();
      await expect(figure.locator(`figure.chart[data-chart="${step.chart}"] .chart-title`)).toBeVisible();
      // Exactly one chart drawing shows (narrow or wide, by the container query), and it is the step's state.
      const drawn = figure.locator(".chart-drawing > div > svg").filter({ visible: true });
      await expect(drawn, `step ${step.index} shows one chart drawing`).toHaveCount(1);
      const box = await drawn.boundingBox();
      expect(box!.width, `step ${step.index}'s chart has a size`).toBeGreaterThan(200);
      expect(box!.height).toBeGreaterThan(100);
      await expect(figure.locator(".chart-state").filter({ visible: true })).toHaveAttribute("data-state", step.state);
    }
  });

  test(`${edition.locale}: every chart appears, and after its last step its tools: source, data link and data table`, async ({ page }) => {
    await page.goto(edition.story);
    const steps = await readSteps(page);
    const stickyCharts = await page
      .locator("[data-chart-block]")
      .evaluateAll((els: HTMLElement[]) => els.map((el) => el.dataset.chartBlock ?? ""));
    const charts = [...new Set(steps.map((s) => s.chart))];
    expect(new Set(stickyCharts), "the steps use every chart the story has").toEqual(new Set(charts));
    for (const chart of charts) {
      const shown = page.locator(`.step-figure figure.chart[data-chart="${chart}"]`).filter({ visible: true });
      expect(await shown.count(), `${chart} is drawn in at least one step`).toBeGreaterThan(0);
      // The chart's tools follow its last step.
      const tools = page.locator(`[data-tools="${chart}"]`);
      await expect(tools.locator(".chart-tools-source a").first()).toBeVisible();
      await expect(tools.getByRole("link", { name: edition.getData })).toHaveAttribute("href", edition.dataHref);
      await expect(tools.locator("details.chart-table > summary")).toBeVisible();
      const lastStep = steps.findLast((s) => s.chart === chart)!;
      expect(await tools.evaluate((el) => el.previousElementSibling?.id), `${chart}'s tools come right after its last step`).toBe(
        `step-${lastStep.index}`,
      );
    }
  });
}

// A button that needs a script does nothing without one: each button a reader can see without
// JavaScript must work without it, by submitting its form or by opening a dialog declaratively.
for (const edition of EDITIONS) {
  for (const path of [edition.story, edition.data]) {
    test(`${edition.locale}: ${path} shows no button that needs JavaScript`, async ({ page }) => {
      await page.goto(path);
      const dead = await page.locator("button").evaluateAll((buttons: HTMLButtonElement[]) =>
        buttons
          .filter((b) => b.checkVisibility() && b.getBoundingClientRect().width > 0)
          .filter((b) => !(b.type === "submit" && b.form) && !b.hasAttribute("popovertarget"))
          .map((b) => b.textContent?.trim() ?? b.outerHTML),
      );
      expect(dead, "visible buttons that do nothing without JavaScript").toEqual([]);
    });
  }
}
