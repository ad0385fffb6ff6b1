// What a chart module is, and what it is given. A chart is three plain functions of the data and
// a context: plot (Plot's options), describe (the text alternative) and table (the data table).
// drawChart (draw.ts) resolves the context into a scope: the chart's catalog facts, its words in
// the reader's language, that language's number format and the theme's colours.
import type { PlotOptions } from "@observablehq/plot";
import type { Dataset, Qualifier } from "../data/dataset.ts";
import type { CommonChartWords, Locale } from "../i18n/index.ts";
import type { Format } from "../lib/format.ts";
import type { ChartMeta } from "./catalog.ts";
import type { Palette, Theme } from "./theme.ts";

/** What a chart reads of the data: lookups only. The site's Dataset has them, and so has the
 * slice of it a page ships to the browser. */
export type ChartData = Pick<Dataset, "getSeries" | "getSource" | "observationsOf" | "observation">;

export interface ChartContext {
  /** Outer width in CSS pixels. */
  width: number;
  /** A fixed height instead of the chart's own aspect (images and cards have set sizes). */
  height?: number;
  /** "auto" draws with CSS custom properties, so one SVG follows the reader's colour scheme. */
  theme: Theme;
  /** The state to draw, 0-based; out of range means the last state, the whole chart. */
  step: number;
  locale: Locale;
}

/** The words every chart has: its title and subtitle. */
export interface ChartTitles {
  title: string;
  subtitle: string;
}

/** A chart's context, resolved for its module. */
export interface ChartScope<Words extends ChartTitles = ChartTitles> extends Required<ChartContext> {
  meta: ChartMeta;
  words: Words;
  common: CommonChartWords;
  format: Format;
  colors: Palette;
}

export interface ChartTable {
  columns: string[];
  rows: string[][];
}

/** A note under a chart, in full and in the few words a phone's sticky figure has room for (empty:
 * the note is left out there, where the step's words beside it say the same). */
export interface ChartNote {
  text: string;
  short: string;
  /** Only for a chart read on its own (an embed, an image): the story's words already say it. */
  standalone?: boolean;
}

/** One entry of a chart's legend: how it draws a kind of figure, in the common words. */
export interface LegendEntry {
  kind: Qualifier | "no_figure";
  label: string;
  /** The palette colour its swatch is drawn in. */
  color: keyof Palette;
}

export interface ChartModule<Words extends ChartTitles> {
  plot(data: ChartData, ctx: ChartScope<Words>): PlotOptions;
  /** A text alternative made from the data, for the state drawn. */
  describe(data: ChartData, ctx: ChartScope<Words>): string;
  table(data: ChartData, ctx: ChartScope<Words>): ChartTable;
  /** What a reader must know to read the state drawn (shown under the chart, never dropped). */
  notes(data: ChartData, ctx: ChartScope<Words>): ChartNote[];
  /** How the state drawn encodes its qualifiers, where they differ. */
  legend(data: ChartData, ctx: ChartScope<Words>): LegendEntry[];
}
