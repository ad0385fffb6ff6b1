// What every chart module provides. A chart is pure: from the dataset and a context (width, theme,
// step) it gives Plot options, a description and a table, and the same module feeds the page's
// server-rendered SVG, the island, and later the embeds and images.
import type { PlotOptions } from "@observablehq/plot";
import type { Dataset } from "../data/dataset.ts";
import { chartHeight, chartMeta, type ChartMeta } from "./catalog.ts";

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

export interface ChartDrawing {
  /** Called as chart.plot(…), so `this` is the whole chart (its catalog entry included). */
  plot(this: Chart, dataset: Dataset, context: ChartContext): PlotOptions;
  /** A text alternative made from the data, for the given state. */
  describe(dataset: Dataset, step: number): string;
  table(dataset: Dataset): ChartTable;
}

export interface Chart extends ChartMeta, ChartDrawing {
  /** Height for a given width (the aspect stays fixed, so a redraw never moves the page). */
  height(width: number): number;
}

/** A chart: its entry in the catalog, and how it is drawn. */
export function defineChart(id: string, drawing: ChartDrawing): Chart {
  const meta = chartMeta(id);
  return { ...meta, height: (width) => chartHeight(meta, width), ...drawing };
}

/** The state index clamped to what a chart has (bad input falls back to the last state). */
export function clampStep(chart: Chart, step: number): number {
  return Number.isInteger(step) && step >= 0 && step < chart.states ? step : chart.states - 1;
}

export { NARROW_BELOW } from "./catalog.ts";

/** The widths the server renders each state at: one for each layout. */
export const RENDER_WIDTHS = { narrow: 360, wide: 640 } as const;

