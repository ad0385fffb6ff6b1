// How sure a figure is shows in how strongly it is drawn, in both themes: an exact bar is solid; an
// approximate bar is lighter but clearly visible, its fill and its outline each at 3:1 or more
// against the background (its fill, at 0.3 opacity, once all but vanished in the dark theme); an
// upper bound, of which only a ceiling is known, is the lightest, its hatching thinner than the
// approximate bar's fill, each line at 3:1. Measured from the colours the browser renders in the
// story's last chart (which draws all three kinds), and its legend's swatches drawn the same way.
import { expect, test } from "@playwright/test";
import { centerStep, EDITIONS, expectFigureOn, readSteps, waitForIsland } from "./helpers.ts";

/** WCAG relative luminance of CSS rgb() channels. */
const luminance = (rgb: number[]) => {
  const [r, g, b] = rgb.map((v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
const contrast = (a: number[], b: number[]) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};
/** A colour at an opacity over a background, as the browser composites it. */
const over = (color: number[], opacity: number, background: number[]) => color.map((c, i) => opacity * c + (1 - opacity) * background[i]!);

const CHART = "smuggling-prosecutions";

for (const edition of EDITIONS)
  for (const colorScheme of ["light", "dark"] as const) {
    test(`${edition.locale}, ${colorScheme} theme: exact bars strongest, approximate clearly visible but lighter, upper bounds lightest`, async ({
      page,
    }) => {
      await page.emulateMedia({ colorScheme });
      await page.goto(edition.story);
      const step = (await readSteps(page)).findLast((s) => s.chart === CHART)!;
      await centerStep(page, step.index);
      await expectFigureOn(page, step);
      await waitForIsland(page);

      const marks = await page.evaluate(() => {
        const rgb = (css: string) =>
          css
            .match(/[\d.]+/g)!
            .slice(0, 3)
            .map(Number);
        const state = document.querySelector("[data-scrolly] .scrolly-figure [data-chart-block]:not([hidden]) .chart-state:not([hidden])")!;
        const svg = state.querySelector(".chart-live > svg")!;
        const bars = [...svg.querySelectorAll<SVGGElement>('g[data-mark="bar"]')];
        const fillOf = (g: Element) => g.getAttribute("fill") ?? "";
        const style = (el: Element) => getComputedStyle(el);
        const bar = (g: SVGGElement | undefined) => {
          const rect = g?.querySelector("rect");
          if (!rect) return null;
          const s = style(rect);
          return {
            fill: rgb(s.fill),
            fillOpacity: Number(s.fillOpacity),
            stroke: s.stroke === "none" ? null : rgb(s.stroke),
            strokeWidth: Number.parseFloat(s.strokeWidth),
            dash: s.strokeDasharray,
          };
        };
        const hatch = (root: Element) => {
          const pattern = root.querySelector("pattern");
          const line = pattern?.querySelector("line");
          if (!pattern || !line) return null;
          return {
            spacing: Number(pattern.getAttribute("width")),
            width: Number.parseFloat(style(line).strokeWidth),
            stroke: rgb(style(line).stroke),
          };
        };
        const swatch = (kind: string) => state.querySelector(`.chart-legend li[data-kind="${kind}"] svg`);
        const approximateSwatch = swatch("approximate")?.querySelector("rect");
        return {
          background: rgb(style(document.body).backgroundColor),
          exact: bar(bars.find((g) => !g.hasAttribute("stroke-dasharray") && !fillOf(g).startsWith("url("))),
          approximate: bar(bars.find((g) => g.hasAttribute("stroke-dasharray"))),
          bound: hatch(svg),
          legend: {
            approximate: approximateSwatch
              ? {
                  fillOpacity: Number(style(approximateSwatch).fillOpacity),
                  strokeWidth: Number.parseFloat(style(approximateSwatch).strokeWidth),
                  dash: style(approximateSwatch).strokeDasharray,
                }
              : null,
            bound: swatch("upper_bound") ? hatch(swatch("upper_bound")!) : null,
          },
        };
      });
      const { background, exact, approximate, bound } = marks;
      expect(approximate && bound, "the chart draws an approximate bar and an upper bound").toBeTruthy();

      // Approximate: fill and outline each at 3:1.
      const fill = over(approximate!.fill, approximate!.fillOpacity, background);
      expect(
        contrast(fill, background),
        `the approximate bar's fill (${approximate!.fill} at ${approximate!.fillOpacity})`,
      ).toBeGreaterThanOrEqual(3);
      expect(approximate!.stroke, "the approximate bar has an outline").not.toBeNull();
      expect(contrast(approximate!.stroke!, background), "the approximate bar's outline").toBeGreaterThanOrEqual(3);
      expect(approximate!.strokeWidth, "the approximate bar's outline, px").toBeGreaterThanOrEqual(1);
      expect(approximate!.dash, "the approximate bar's outline is dashed").not.toBe("none");

      // The order of weight (ink per area): exact (solid), then approximate, then the upper bound's
      // hatching. (The exact bars, where the chart has one, in the same colour.)
      expect(approximate!.fillOpacity, "the approximate fill is lighter than a solid bar").toBeLessThan(1);
      if (exact) expect(exact.fillOpacity, "the exact bar is solid").toBe(1);
      if (exact)
        expect(contrast(exact.fill, background), "the exact bar against the approximate fill").toBeGreaterThan(contrast(fill, background));
      expect(bound!.width / bound!.spacing, "the upper bound's hatching is lighter than the approximate fill").toBeLessThan(
        approximate!.fillOpacity,
      );
      expect(contrast(bound!.stroke, background), "each line of the upper bound's hatching").toBeGreaterThanOrEqual(3);

      // The legend draws them as the chart does.
      expect(marks.legend.approximate, "the legend's approximate swatch").toEqual({
        fillOpacity: approximate!.fillOpacity,
        strokeWidth: approximate!.strokeWidth,
        dash: approximate!.dash,
      });
      expect(marks.legend.bound, "the legend's upper-bound swatch").toEqual(bound);
    });
  }
