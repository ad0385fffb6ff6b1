// The story's content (src/content) as the pages read it, checked: each edition's entries in file
// order, the steps of every edition in step with the default's, each step's state within its
// chart, and the updates newest first and in step with the Data Package. The pages fetch the
// collections; what to make of them is here, once, with its tests.
import type { Locale } from "../locales.ts";

interface Entry {
  id: string;
}

/** One edition's entries, in file order: each id is "<locale>/<file>", or "<locale>" alone. */
export const editionEntries = <T extends Entry>(entries: readonly T[], locale: Locale): T[] =>
  entries.filter((e) => e.id.startsWith(`${locale}/`) || e.id === locale).sort((a, b) => a.id.localeCompare(b.id));

interface Step extends Entry {
  data: { chart: string; state: number };
}

/** The steps of an edition, checked: the same files, charts and states as the default edition's, in
 * order (a step's id, #step-n, is then the same place in every language), and each state one its
 * chart has. Throws, naming the file, where they are not. */
export function checkedSteps<T extends Step>(
  all: readonly T[],
  locale: Locale,
  defaultLocale: Locale,
  states: (chart: string) => number,
): T[] {
  const entries = editionEntries(all, locale);
  const reference = editionEntries(all, defaultLocale);
  const sequence = (list: readonly T[]) => list.map((e) => `${e.id.split("/")[1]}: ${e.data.chart} ${e.data.state}`).join("\n");
  if (entries.length === 0 || sequence(entries) !== sequence(reference))
    throw new Error(
      `src/content/steps/${locale}/: the steps must have the same file names, charts and states as src/content/steps/${defaultLocale}/, in order.\n${locale}:\n${sequence(entries)}\n${defaultLocale}:\n${sequence(reference)}`,
    );
  for (const entry of entries) {
    const last = states(entry.data.chart) - 1;
    if (entry.data.state > last)
      throw new Error(
        `src/content/steps/${entry.id}.mdx: state ${entry.data.state} is past the last state of chart "${entry.data.chart}" (${last})`,
      );
  }
  return entries;
}

interface Update {
  date: Date;
  data_version: string;
}

const isoDate = (date: Date) => date.toISOString().slice(0, 10);

/** The updates newest first (by date, then by data version for two on one day), checked: the newest
 * must be the Data Package's version and date of last change, so neither changes without the other. */
export function checkedUpdates<T extends Update>(updates: readonly T[], descriptor: { version: string; last_modified: string }): T[] {
  const newer = (a: string, b: string) => b.localeCompare(a, "en", { numeric: true });
  const sorted = [...updates].sort((a, b) => b.date.getTime() - a.date.getTime() || newer(a.data_version, b.data_version));
  const latest = sorted[0];
  if (!latest) throw new Error("src/content/updates.yaml: no updates could be read (is the YAML valid?)");
  if (latest.data_version !== descriptor.version || isoDate(latest.date) !== descriptor.last_modified)
    throw new Error(
      `src/content/updates.yaml: the newest update (${isoDate(latest.date)}, data ${latest.data_version}) does not match data/datapackage.json (last_modified ${descriptor.last_modified}, version ${descriptor.version}). Add an update for the data change, or bump the version.`,
    );
  return sorted;
}

interface Dated {
  date: Date;
  published_in?: readonly string[];
}

/** When an edition of the story was first published (the update that says it published that
 * edition, or else the first of all) and last updated (the newest update): its colophon, its
 * structured data and its Open Graph dates all say these. */
export function storyDates(updates: readonly Dated[], locale: Locale): { published: Date; modified: Date } {
  const sorted = [...updates].sort((a, b) => a.date.getTime() - b.date.getTime());
  const first = sorted[0];
  if (!first) throw new Error("src/content/updates.yaml: no updates could be read (is the YAML valid?)");
  return { published: (sorted.find((u) => u.published_in?.includes(locale)) ?? first).date, modified: sorted.at(-1)!.date };
}
