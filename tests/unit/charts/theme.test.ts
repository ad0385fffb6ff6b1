// Contrast in both themes, by WCAG 2's formula: text at least 4.5:1 against the background, and
// marks (bars, lines, hatching, the "no figure" label's colour) at least 3:1, approximate bars'
// lighter fill included; and the encodings' order of weight (exact, approximate, upper bound).
import { describe, expect, it } from "vitest";
import { APPROXIMATE, UPPER_BOUND } from "../../../src/charts/encoding.ts";
import { PALETTES } from "../../../src/charts/theme.ts";

const luminance = (hex: string) => {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
};
/** A colour at an opacity over a background, as the browser composites it (in sRGB). */
const over = (hex: string, opacity: number, background: string) =>
  `#${[1, 3, 5]
    .map((i) => Math.round(opacity * parseInt(hex.slice(i, i + 2), 16) + (1 - opacity) * parseInt(background.slice(i, i + 2), 16)))
    .map((v) => v.toString(16).padStart(2, "0"))
    .join("")}`;
const contrast = (a: string, b: string) => {
  const [hi, lo] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (hi! + 0.05) / (lo! + 0.05);
};

describe.each(Object.entries(PALETTES))("the %s palette", (_name, p) => {
  it("has text that reads at 4.5:1 or more", () => {
    for (const c of [p.text, p.muted]) expect(contrast(c, p.background), c).toBeGreaterThanOrEqual(4.5);
  });

  it("has marks, hatching and 'no figure' labels at 3:1 or more", () => {
    for (const c of [p.accent, p.secondary, p.neutral, p.context, p.muted]) expect(contrast(c, p.background), c).toBeGreaterThanOrEqual(3);
  });

  it("draws an approximate bar's lighter fill at 3:1 or more, in every mark colour", () => {
    const marks = [p.accent, p.secondary, p.neutral, p.context];
    const backgrounds = _name === "light" ? [p.background, "#ffffff"] : [p.background];
    for (const c of marks)
      for (const bg of backgrounds)
        expect(contrast(over(c, APPROXIMATE.fillOpacity, bg), bg), `${c} at ${APPROXIMATE.fillOpacity} on ${bg}`).toBeGreaterThanOrEqual(3);
  });
});

describe("the light palette on an embed's white", () => {
  it("keeps its marks at 3:1 there too", () => {
    const p = PALETTES.light;
    for (const c of [p.accent, p.secondary, p.neutral, p.context, p.muted]) expect(contrast(c, "#ffffff"), c).toBeGreaterThanOrEqual(3);
  });
});

describe("the encodings' order of weight", () => {
  it("draws exact figures strongest, approximate ones lighter, upper bounds lightest", () => {
    // Ink per area: a solid bar 1; an approximate bar its fill; an upper bound its hatch lines.
    const hatch = UPPER_BOUND.hatchWidth / UPPER_BOUND.hatchSpacing;
    expect(APPROXIMATE.fillOpacity).toBeLessThan(1);
    expect(hatch).toBeLessThan(APPROXIMATE.fillOpacity);
    expect(UPPER_BOUND.boundWidth, "the bound's line no heavier than the approximate outline").toBeLessThanOrEqual(APPROXIMATE.strokeWidth);
  });
});
