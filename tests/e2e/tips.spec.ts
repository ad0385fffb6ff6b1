// A chart's tip (shown on hover or touch) reads in both themes: its text against its own
// background has at least WCAG's 4.5:1 contrast. Plot draws tips on --plot-background, white unless
// the page sets it, which once made light text on a white box in the dark theme. And on the
// narrowest embeds a tip stays inside its chart wherever the pointer is: Plot's 20-em lines once left
// it no side with room, and it ran off a 320 px screen.
import { expect, test } from "@playwright/test";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { PHONE_WIDTH } from "../../src/embed/widths.ts";
import { EDITIONS } from "./helpers.ts";

/** WCAG relative luminance of a CSS rgb() colour. */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb
    .match(/[\d.]+/g)!
    .slice(0, 3)
    .map((v) => {
      const c = Number(v) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

for (const colorScheme of ["light", "dark"] as const) {
  test(`the tip of a bar reads in the ${colorScheme} theme`, async ({ page }) => {
    await page.emulateMedia({ colorScheme });
    await page.setViewportSize({ width: 768, height: 700 });
    await page.goto("/embed/border-apprehensions");
    await page.locator("[data-embed]").hover();
    const drawing = page.locator(".chart-state:not([hidden]) .chart-drawing");
    await expect(drawing.locator(".chart-live > svg")).toBeAttached({ timeout: 10_000 });
    const box = (await drawing.boundingBox())!;
    await page.mouse.move(box.x + box.width * 0.5, box.y + box.height * 0.7);
    const tip = page.locator('g[aria-label="tip"] path').first();
    await expect(tip).toBeVisible();
    const colors = await tip.evaluate((path) => ({
      fill: getComputedStyle(path).fill,
      text: getComputedStyle(path.parentElement!.querySelector("text")!).fill,
    }));
    expect(contrast(colors.fill, colors.text), `${colors.text} on ${colors.fill}`).toBeGreaterThanOrEqual(4.5);
  });
}

for (const edition of EDITIONS) {
  // The narrowest frame the interactive chart draws in (narrower, the static drawing stays), and a phone.
  for (const width of [PHONE_WIDTH, 375]) {
    test(`${edition.locale}: every tip stays inside its chart at ${width} px`, async ({ page }) => {
      test.setTimeout(60_000);
      await page.setViewportSize({ width, height: 800 });
      const cut: string[] = [];
      for (const id of CHART_IDS) {
        await page.goto(edition.embed(id));
        await page.locator("[data-embed]").hover();
        const drawing = page.locator(".chart-state:not([hidden]) .chart-drawing");
        const svg = drawing.locator(".chart-live > svg");
        await expect(svg).toBeAttached({ timeout: 10_000 });
        const frame = (await svg.boundingBox())!;
        let seen = 0;
        for (let fx = 0.02; fx < 1; fx += 0.08) {
          for (const fy of [0.15, 0.5, 0.85]) {
            await page.mouse.move(frame.x + frame.width * fx, frame.y + frame.height * fy);
            // Plot shows the tip, then measures and places it (and the chart keeps it inside) a
            // microtask later: wait for a frame before measuring.
            const tip = await page.evaluate(
              () =>
                new Promise<{ left: number; right: number; text: string } | null>((resolve) =>
                  requestAnimationFrame(() => {
                    const g = document.querySelector('.chart-live g[aria-label="tip"] > g');
                    if (!g) return resolve(null);
                    const r = g.getBoundingClientRect();
                    resolve({ left: r.left, right: r.right, text: g.textContent ?? "" });
                  }),
                ),
            );
            if (!tip) continue;
            seen++;
            if (tip.left < frame.x - 0.5 || tip.right > frame.x + frame.width + 0.5)
              cut.push(
                `${id} at ${Math.round(fx * 100)}%, ${fy * 100}%: "${tip.text}" spans ${Math.round(tip.left)}–${Math.round(tip.right)}, the chart ${Math.round(frame.x)}–${Math.round(frame.x + frame.width)}`,
              );
          }
        }
        expect(seen, `${id} shows tips under the pointer`).toBeGreaterThan(0);
      }
      expect(cut, "tips that leave their chart").toEqual([]);
    });
  }
}
