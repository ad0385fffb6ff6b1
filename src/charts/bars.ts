// A chart's observations as its marks read them: each with the period's label and the figure's
// short text, in the reader's format.
import type { Observation, PeriodType } from "../data/dataset.ts";
import type { Format } from "../lib/format.ts";
import type { ChartData, ChartScope } from "./chart.ts";

/** A bar's data row: the observation with its period label and display text. */
export interface Bar extends Observation {
  label: string;
  text: string;
}

function bars(data: ChartData, seriesId: string, format: Format): Bar[] {
  const type = data.getSeries(seriesId).period_type;
  return data.observationsOf(seriesId).map((o) => ({ ...o, label: format.period(o.period, type), text: format.observationShort(o) }));
}

/** The bars of the chart's first series (the one a single-series chart draws). */
export const seriesBars = (data: ChartData, ctx: ChartScope): Bar[] => bars(data, ctx.meta.series[0]!, ctx.format);

/** How the chart's first series counts its years: fiscal or calendar. */
export const periodType = (data: ChartData, ctx: ChartScope): PeriodType => data.getSeries(ctx.meta.series[0]!).period_type;
