// What a chart module is, and what it is given. A chart is three plain functions of the data and
// a context: plot (Plot's options), describe (the text alternative) and table (the data table).
// drawChart (draw.ts) resolves the context into a scope: the chart's catalog facts, its words in
// the reader's language, that language's number format and the theme's colours. The words a chart
// may use are typed here; each edition's dictionary (src/i18n) gives them.
import type { PlotOptions } from "@observablehq/plot";
import type { Dataset, Qualifier } from "../data/dataset.ts";
import type { Locale } from "../locales.ts";
import type { Format } from "../lib/format.ts";
import type { ChartId, ChartMeta } from "./catalog.ts";
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
  /** The reader's language: the chart words and number format of one edition. */
  language: ChartLanguage;
}

/** What the charts need of an edition, given by the caller (src/i18n): pages and images take it
 * from every dictionary, the island from its reader's alone. */
export interface ChartLanguage {
  locale: Locale;
  common: CommonChartWords;
  /** Each chart's words by id (each module reads its own, typed in index.ts). */
  charts: Record<ChartId, ChartTitles>;
  format: Format;
}

/** Words every chart may use. */
export interface CommonChartWords {
  /** The footnote for a year the source does not name: what is unnamed, and the year we take. */
  inferredNote: (what: string, periods: string) => string;
  /** The same in a few words, for a phone's sticky figure. */
  inferredNoteShort: (periods: string) => string;
  /** A list in running text: "FY2017 and FY2018". */
  list: (items: string[]) => string;
  /** A year on an axis that has no published figure. */
  noFigure: string;
  /** How each kind of figure is drawn, in the same words on every chart's legend. */
  legend: Record<Qualifier | "no_figure", string>;
  /** The word in front of a chart's credits: "Source" or "Sources". */
  sources: (count: number) => string;
  /** The acronyms a chart may use, each spelled out as a note says it ("HSI: Homeland Security
   * Investigations, …"): a chart lists those its title, subtitle, notes and credit use. */
  acronyms: Record<string, string>;
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
