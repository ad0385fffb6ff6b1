// A chart's tip (shown on hover or touch) reads in both themes: its text against its own
// background has at least WCAG's 4.5:1 contrast. Plot draws tips on --plot-background, white unless
// the page sets it, which once made light text on a white box in the dark theme.
import { expect, test } from "@playwright/test";

/** WCAG relative luminance of a CSS rgb() colour. */
const luminance = (rgb: string) => {
  const [r, g, b] = rgb.match(/[\d.]+/g)!.slice(0, 3).map((v) => {
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
