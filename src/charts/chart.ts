// What every chart module provides. A chart is pure: from the dataset and a context (width, theme,
// step) it gives Plot options, a description and a table, and the same module feeds the page's
// server-rendered SVG, the island, and later the embeds and images.
import type { PlotOptions } from "@observablehq/plot";
import type { Dataset } from "../data/dataset.ts";

export type Theme = "light" | "dark" | "auto";

export interface ChartContext {
  /** Outer width in CSS pixels. */
  width: number;
  /** "auto" draws with CSS custom properties, so one SVG follows the reader's colour scheme. */
  theme: Theme;
  /** The state to draw, 0-based; the last state is the whole chart. */
  step: number;
  /** A fixed height instead of the chart's own aspect (images and cards have set sizes). */
  height?: number;
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

export interface Chart {
  /** Stable kebab-case id, used in public URLs. */
  id: string;
  title: string;
  subtitle: string;
  /** The series it draws, for "Get the data". */
  series: string[];
  /** How many states the scrolly story steps through. */
  states: number;
  /** Height for a given width (the aspect stays fixed, so a redraw never moves the page). */
  height(width: number): number;
  plot(dataset: Dataset, context: ChartContext): PlotOptions;
  /** A text alternative made from the data, for the given state. */
  describe(dataset: Dataset, step: number): string;
  table(dataset: Dataset): ChartTable;
}

/** The state index clamped to what a chart has (bad input falls back to the last state). */
export function clampStep(chart: Chart, step: number): number {
  return Number.isInteger(step) && step >= 0 && step < chart.states ? step : chart.states - 1;
}

/** Below this width a chart uses its narrow layout (taller, shorter labels). The page's CSS
 * container query switches between the two server renderings at the same width. */
export const NARROW_BELOW = 480;

/** The widths the server renders each state at: one for each layout. */
export const RENDER_WIDTHS = { narrow: 360, wide: 640 } as const;

/** Narrow charts are taller in proportion, so labels keep room on a phone. */
export function aspectHeight(width: number, wide: number, narrow: number): number {
  const ratio = width < NARROW_BELOW ? narrow : wide;
  return Math.round(width * ratio);
}
