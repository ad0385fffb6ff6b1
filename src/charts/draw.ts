// The one place a chart becomes an SVG: the server's rendering (pages, embeds, images), the
// island in the browser and the bench all call drawChart. It resolves the context (the step
// clamped, the height from the chart's aspect), draws the module's Plot options in the given
// document, and makes the SVG one image with one description for screen readers.
import { spelledOut } from "./acronyms.ts";
import * as Plot from "@observablehq/plot";
import { chartHeight, chartMeta, clampStep, type ChartId } from "./catalog.ts";
import type { ChartContext, ChartData, ChartModule, ChartNote, ChartScope, ChartTable, ChartTitles, LegendEntry } from "./chart.ts";
import { CHART_MODULES } from "./index.ts";
import { creditsOf } from "./sources.ts";
import { palette } from "./theme.ts";

const moduleOf = (id: ChartId) => CHART_MODULES[id] as ChartModule<ChartTitles>;

/** The context resolved for a chart's module. */
function chartScope(id: ChartId, ctx: ChartContext): ChartScope {
  const meta = chartMeta(id);
  const { language } = ctx;
  return {
    ...ctx,
    step: clampStep(meta, ctx.step),
    height: ctx.height ?? chartHeight(meta, ctx.width),
    meta,
    words: language.charts[id],
    common: language.common,
    format: language.format,
    colors: palette(ctx.theme),
  };
}

/** The chart's text alternative for a state. */
export const describeChart = (id: ChartId, data: ChartData, ctx: ChartContext): string => moduleOf(id).describe(data, chartScope(id, ctx));

/** What a reader must know to read a state of the chart, shown under it: the module's notes, then
 * the acronyms its words use, spelled out (an embed or an image is read without the story that
 * defines them). */
export function chartNotes(id: ChartId, data: ChartData, ctx: ChartContext): ChartNote[] {
  const scope = chartScope(id, ctx);
  const notes = moduleOf(id).notes(data, scope);
  const words = [
    scope.words.title,
    scope.words.subtitle,
    ...notes.map((n) => n.text),
    ...creditsOf(data, scope.meta.series).map((c) => c.credit),
  ].join(" ");
  const acronyms = spelledOut(words, scope.common.acronyms);
  return acronyms ? [...notes, { text: acronyms, short: "", standalone: true }] : notes;
}

/** How a state of the chart encodes its qualifiers, where they differ. */
export const chartLegend = (id: ChartId, data: ChartData, ctx: ChartContext): LegendEntry[] =>
  moduleOf(id).legend(data, chartScope(id, ctx));

/** The chart's data table, for readers. */
export const chartTable = (id: ChartId, data: ChartData, ctx: Pick<ChartContext, "language">): ChartTable =>
  moduleOf(id).table(data, chartScope(id, { width: 0, theme: "auto", step: Number.NaN, ...ctx }));

export interface DrawOptions {
  /** The document to draw in: the page's in the browser, linkedom's on the server. */
  document: Document;
  /** Keep Plot's tips (interactive drawings); static ones drop them, since they do nothing there. */
  keepTips?: boolean;
}

export function drawChart(id: ChartId, data: ChartData, ctx: ChartContext, { document, keepTips = false }: DrawOptions): SVGSVGElement {
  const scope = chartScope(id, ctx);
  const module = moduleOf(id);
  const svg = Plot.plot({
    ...module.plot(data, scope),
    document,
    ariaLabel: scope.words.title,
    ariaDescription: module.describe(data, scope),
  }) as SVGSVGElement;
  prepareForReaders(svg, keepTips);
  tabularNumbersInCss(svg);
  return svg;
}

/** Plot writes font-variant="tabular-nums" on its axes, which SVG's font-variant presentation
 * attribute does not allow (the W3C checker rejects it); the same request in CSS is valid. */
function tabularNumbersInCss(svg: Element): void {
  for (const el of svg.querySelectorAll("[font-variant]")) {
    const value = el.getAttribute("font-variant")!;
    el.removeAttribute("font-variant");
    const style = el.getAttribute("style");
    el.setAttribute("style", `${style ? `${style.replace(/;?\s*$/, ";")}` : ""}font-variant-numeric:${value}`);
  }
}

/**
 * role="img" on the SVG (its aria-label and aria-description come from Plot's options), and no
 * aria-label on Plot's inner groups: axe flags aria-label on a <g> without a role, and the
 * description and the data table already say what they would. The mark's kind stays as
 * data-mark, which the island's transitions pair marks by (src/client/morph.ts).
 */
function prepareForReaders(svg: Element, keepTips: boolean): void {
  svg.setAttribute("role", "img");
  for (const g of svg.querySelectorAll("[aria-label]")) {
    if (g === svg) continue;
    const mark = g.getAttribute("aria-label")!;
    // Static tip marks render hidden and do nothing without a pointer: drop them from static SVG.
    if (mark === "tip" && !keepTips) {
      g.remove();
      continue;
    }
    g.removeAttribute("aria-label");
    g.setAttribute("data-mark", mark);
  }
}
