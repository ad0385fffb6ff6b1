// Which sources a chart's figures come from, and the credit line that names them: the one place
// that works this out, for the chart's footer, its images and cards, the embed and the data page.
// A figure is credited by its series where the series says whose figures they are (ICE's counts
// as a news report gives them), and otherwise by its source: the same article is "ICE figures
// reported by …" for the case counts and "reporting by …" for a statement of its own.
import type { Dataset, Source } from "../data/dataset.ts";
import type { CommonChartWords } from "./chart.ts";

type Lookups = Pick<Dataset, "getSeries" | "getSource" | "observationsOf">;

/** The sources of every observation in these series, in the order they first appear. */
export function sourcesOf(dataset: Lookups, series: readonly string[]): Source[] {
  const ids = new Set(series.flatMap((id) => dataset.observationsOf(id).map((o) => o.source_id)));
  return [...ids].map((id) => dataset.getSource(id));
}

/** One entry of a credit line: its words, and the source a reader checks them at. */
export interface Credit {
  credit: string;
  url: string;
  /** The source's id (its anchor in the list of sources). */
  source: string;
}

/** The credits of these series' figures, in the order first met; figures credited alike ("CBP")
 * are named once. In the language of the dataset's rows (Dataset in a locale). */
export function creditsOf(dataset: Lookups, series: readonly string[]): Credit[] {
  const entries: Credit[] = [];
  for (const id of series) {
    const own = dataset.getSeries(id).credit;
    for (const o of dataset.observationsOf(id)) {
      const source = dataset.getSource(o.source_id);
      const credit = own ?? source.credit;
      if (!entries.some((e) => e.credit === credit)) entries.push({ credit, url: source.url, source: source.id });
    }
  }
  return entries;
}

/** "Source: ICE" or "Sources: ICE figures reported by ProPublica and The Atlantic; ICE". */
export function creditLine(credits: readonly Credit[], words: Pick<CommonChartWords, "sources">): string {
  return `${words.sources(credits.length)}: ${credits.map((c) => c.credit).join("; ")}`;
}
