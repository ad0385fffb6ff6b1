// Which sources a chart's figures come from, and the credit line that names them: the one place
// that works this out, for the chart's footer, its images and cards, and the embed.
import type { Dataset, Source } from "../data/dataset.ts";
import type { CommonChartWords } from "../i18n/index.ts";

/** The sources of every observation in these series, in the order they first appear. */
export function sourcesOf(dataset: Dataset, series: readonly string[]): Source[] {
  const ids = new Set(series.flatMap((id) => dataset.observationsOf(id).map((o) => o.source_id)));
  return [...ids].map((id) => dataset.getSource(id));
}

/** One entry a credit: sources that a credit line names alike ("CBP") are named once. */
export function creditEntries(sources: readonly Source[]): Source[] {
  const entries: Source[] = [];
  for (const s of sources) if (!entries.some((e) => e.credit === s.credit)) entries.push(s);
  return entries;
}

/** "Source: ICE" or "Sources: ICE figures reported by ProPublica and The Atlantic; ICE", in the
 * language of the words and of the sources' rows (Dataset in a locale). */
export function creditLine(sources: readonly Source[], words: Pick<CommonChartWords, "sources">): string {
  const entries = creditEntries(sources);
  return `${words.sources(entries.length)}: ${entries.map((s) => s.credit).join("; ")}`;
}
