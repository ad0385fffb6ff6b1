// A phone held sideways (667×375) or any window under 480 px tall has no room for the sticky
// figure: it would leave the chart a strip a few pixels tall, its labels over one another. There,
// every step shows its own chart, tall enough to read, with its labels inside it, as without
// JavaScript; nothing is wider than the screen.
import { expect, test } from "@playwright/test";

for (const path of ["/", "/es/"]) {
  test(`${path} on a phone held sideways: each step shows its own chart, whole`, async ({ page }) => {
    await page.setViewportSize({ width: 667, height: 375 });
    await page.goto(path);
    await expect(page.locator(".scrolly-figure")).toBeHidden();
    const steps = await page.evaluate(() =>
      [...document.querySelectorAll<HTMLElement>("[data-scrolly] .step[data-step]")].map((step) => {
        const svg = [...step.querySelectorAll<SVGSVGElement>(".step-figure svg")].find((s) => s.getBoundingClientRect().width > 0);
        if (!svg) return { step: step.dataset.step, height: 0, outside: [] as string[] };
        const box = svg.getBoundingClientRect();
        // Text of the drawing that leaves it (a label past the right edge or under the axis).
        const outside = [...svg.querySelectorAll("text")]
          .filter((t) => {
            const r = t.getBoundingClientRect();
            return r.width > 0 && (r.left < box.left - 1 || r.right > box.right + 1 || r.top < box.top - 1 || r.bottom > box.bottom + 1);
          })
          .map((t) => t.textContent ?? "");
        return { step: step.dataset.step, height: Math.round(box.height), outside };
      }),
    );
    expect(steps.length).toBeGreaterThan(5);
    for (const s of steps) {
      expect(s.height, `step ${s.step}: its chart's height`).toBeGreaterThanOrEqual(180);
      expect(s.outside, `step ${s.step}: labels outside the chart`).toEqual([]);
    }
    expect(
      await page.evaluate(() => document.documentElement.scrollWidth - innerWidth),
      "page wider than the screen, px",
    ).toBeLessThanOrEqual(0);
  });
}
