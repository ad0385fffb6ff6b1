// How every chart draws each kind of figure, in one place and in chart pixels: the Plot marks
// (approximateBar and hatchedBound in qualifier-marks.ts), the page's legend swatches (ChartLegend.astro)
// and the swatches on the chart images and cards (src/images/card.ts) are all drawn from these, so
// the three cannot drift apart.
//
// The weight of a mark follows how well its figure is known. An exact figure is a solid bar, the
// strongest. An approximate one is a lighter fill inside a dashed outline, clearly visible: fill
// and outline each at 3:1 or more against the background, in both themes and in every mark colour
// (tests/unit/charts/theme.test.ts). An upper bound, of which only a ceiling is known, is the
// lightest: thin hatching (each line in the full colour, so still 3:1) under a dashed line at the
// bound.
import type { LegendEntry } from "./chart.ts";

/** Approximate ("about 5,700"): a lighter fill inside a dashed outline. */
export const APPROXIMATE = { fillOpacity: 0.75, strokeWidth: 1.5, dash: [4, 2] } as const;

/** Upper bound ("less than 3,500"): hatching from zero up to the bound, and the bound itself as a
 * dashed line. The hatch's lines are `hatchWidth` wide, one every `hatchSpacing`, at 45°. */
export const UPPER_BOUND = { hatchSpacing: 6, hatchWidth: 1, boundWidth: 1.5, dash: [5, 3] } as const;

/** No figure published: a dotted baseline (in the legends; the chart writes "no figure" in place). */
const NO_FIGURE = { strokeWidth: 1.5, dash: [2, 2] } as const;

/** A dash pattern as SVG and Plot take it, at a scale. */
export const dashArray = (dash: readonly number[], scale = 1) => dash.map((d) => round(d * scale)).join(",");

const round = (n: number) => Math.round(n * 100) / 100;

type Attributes = Record<string, string | number>;

/**
 * The <pattern> of an upper bound's hatching and the <line> in it, as attributes, in a colour and at
 * a scale (1 in a chart; a card, which draws its charts larger, scales it up the same). Plot's mark
 * builds it as DOM nodes (qualifier-marks.ts), the swatches as markup (hatchPattern).
 */
export function hatchAttributes(color: string, scale = 1): { pattern: Attributes; line: Attributes } {
  const size = round(UPPER_BOUND.hatchSpacing * scale);
  const width = round(UPPER_BOUND.hatchWidth * scale);
  return {
    pattern: { width: size, height: size, patternUnits: "userSpaceOnUse", patternTransform: "rotate(45)" },
    // The line sits inside the tile (x = half its width), so the tile's edge does not clip it.
    line: { x1: width / 2, y1: 0, x2: width / 2, y2: size, stroke: color, "stroke-width": width },
  };
}

const attributes = (a: Attributes) =>
  Object.entries(a)
    .map(([k, v]) => ` ${k}="${v}"`)
    .join("");

function hatchPattern(id: string, color: string, scale: number): string {
  const { pattern, line } = hatchAttributes(color, scale);
  return `<pattern id="${id}"${attributes(pattern)}><line${attributes(line)}/></pattern>`;
}

export interface SwatchOptions {
  /** The swatch's box, in its own units; it is drawn from (0, 0). */
  width: number;
  height: number;
  /** Units per chart pixel: 1 beside a chart drawn at its size, more on a card that scales its chart up. */
  scale?: number;
  /** An id, unique in the document, for the hatch pattern. */
  id: string;
}

/**
 * A legend entry's swatch, as SVG markup, drawn as the charts draw that kind of figure: solid for
 * exact figures (and index values and lower bounds), the approximate outline, the hatched bound, or
 * the dotted "no figure" baseline.
 */
export function swatchSvg(kind: LegendEntry["kind"], color: string, { width: w, height: h, scale = 1, id }: SwatchOptions): string {
  switch (kind) {
    case "approximate": {
      const sw = round(APPROXIMATE.strokeWidth * scale);
      return `<rect x="${sw / 2}" y="${sw / 2}" width="${round(w - sw)}" height="${round(h - sw)}" fill="${color}" fill-opacity="${APPROXIMATE.fillOpacity}" stroke="${color}" stroke-width="${sw}" stroke-dasharray="${dashArray(APPROXIMATE.dash, scale)}"/>`;
    }
    case "upper_bound": {
      const sw = round(UPPER_BOUND.boundWidth * scale);
      return (
        `<defs>${hatchPattern(id, color, scale)}</defs>` +
        `<rect x="0" y="0" width="${w}" height="${h}" fill="url(#${id})"/>` +
        `<line x1="0" y1="${sw / 2}" x2="${w}" y2="${sw / 2}" stroke="${color}" stroke-width="${sw}" stroke-dasharray="${dashArray(UPPER_BOUND.dash, scale)}"/>`
      );
    }
    case "no_figure": {
      const sw = round(NO_FIGURE.strokeWidth * scale);
      return `<line x1="0" y1="${round(h - sw / 2)}" x2="${w}" y2="${round(h - sw / 2)}" stroke="${color}" stroke-width="${sw}" stroke-dasharray="${dashArray(NO_FIGURE.dash, scale)}"/>`;
    }
    default:
      return `<rect x="0" y="0" width="${w}" height="${h}" fill="${color}"/>`;
  }
}
