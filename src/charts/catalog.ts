// Every chart's public facts, in story order: its id (in URLs), the series it draws, how many
// states it steps through, and its proportions. Its words (title, subtitle, labels) are in each
// locale's dictionary (src/i18n), keyed by the same id. No drawing code here, so the functions
// (oEmbed) and the embed snippet can know the charts without loading Plot.

export interface ChartFacts {
  /** The series it draws, in the order it draws them ("Get the data" downloads these). */
  readonly series: readonly string[];
  /** How many states the scrolly story steps through; the last is the whole chart. */
  readonly states: number;
  /** Height as a share of width, for the wide and the narrow layout. */
  readonly aspect: { readonly wide: number; readonly narrow: number };
}

const BARS = { wide: 0.6, narrow: 0.95 };

/** Keyed by the chart's stable kebab-case id, which is public (URLs, embeds). */
export const CATALOG = {
  "smuggling-cases": {
    series: ["hsi-smuggling-cases-opened"],
    states: 2,
    aspect: BARS,
  },
  "smuggling-cell-staff": {
    series: ["hsi-smuggling-cell-staff-index"],
    states: 2,
    aspect: BARS,
  },
  "agents-shift": {
    series: [
      "hsi-smuggling-cases-opened",
      "hsi-worksite-investigations-opened",
      "hsi-i9-audits-initiated",
      "hsi-worksite-criminal-arrests",
      "hsi-worksite-administrative-arrests",
    ],
    states: 3,
    aspect: { wide: 0.62, narrow: 1.15 },
  },
  "border-apprehensions": {
    series: ["usbp-sw-apprehensions"],
    states: 1,
    aspect: BARS,
  },
  "smuggling-prosecutions": {
    series: ["prosecutions-8-usc-1324"],
    states: 1,
    aspect: BARS,
  },
} as const satisfies Record<string, ChartFacts>;

export type ChartId = keyof typeof CATALOG;

/** Every chart id, in story order. */
export const CHART_IDS = Object.keys(CATALOG) as ChartId[];

export const isChartId = (id: string): id is ChartId => Object.hasOwn(CATALOG, id);

/** A chart's facts with its id. */
export interface ChartMeta extends ChartFacts {
  readonly id: ChartId;
}

export const chartMeta = (id: ChartId): ChartMeta => ({ id, ...CATALOG[id] });

/** Below this width a chart uses its narrow layout (taller, shorter labels). The page's CSS
 * container query switches between the two server renderings at the same width. */
export const NARROW_BELOW = 480;

/** Height for a given width: the aspect is fixed per layout, so a redraw never moves the page. */
export function chartHeight(meta: ChartFacts, width: number): number {
  return Math.round(width * (width < NARROW_BELOW ? meta.aspect.narrow : meta.aspect.wide));
}

/** The state index clamped to what a chart has (bad input falls back to the last state). */
export function clampStep(meta: Pick<ChartFacts, "states">, step: number): number {
  return Number.isInteger(step) && step >= 0 && step < meta.states ? step : meta.states - 1;
}
