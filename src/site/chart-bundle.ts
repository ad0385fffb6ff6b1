// A chart's data bundle, as Our World in Data gives each chart (/charts/<id>.csv, .metadata.json and
// .zip, and their Spanish twins under /es/): its rows, exactly what the data function answers for the
// chart's series in the edition's language; what they are, as JSON; and both with a README for a
// person, zipped. Everything comes from the data, the catalog and the dictionaries.
import { CATALOG, type ChartId } from "../charts/catalog.ts";
import { spelledOut } from "../charts/acronyms.ts";
import { chartNotes } from "../charts/draw.ts";
import { creditLine, creditsOf, sourcesOf } from "../charts/sources.ts";
import { dataset, datasetIn, descriptor } from "../data/index.ts";
import { EXPORT_FIELDS, exportRows, toCsv } from "../function/export.ts";
import { parseQuery } from "../function/query.ts";
import { chartLanguage, chartWords, dictionary, format } from "../i18n/index.ts";
import type { Locale } from "../locales.ts";
import { zipFiles } from "../lib/zip.ts";
import { bundleCitation, bundleLicence, mdList, mdSection, readmeEnd, versionLine } from "./readme.ts";
import { chartAnchor, chartDataPagePath, DATAPACKAGE_PATH, dataUrl, storyPath } from "./urls.ts";

/** The data function's address for the chart's figures in an edition. */
const chartDataUrl = (id: ChartId, locale: Locale) => dataUrl(CATALOG[id].series, "csv", locale);

/** The chart's rows as CSV: the function's own query of that address (series in the data's order),
 * through the function's own export, so the two are the same bytes. */
export function chartCsv(id: ChartId, locale: Locale): string {
  const query = parseQuery(new URLSearchParams(chartDataUrl(id, locale).split("?")[1]), dataset);
  return toCsv(exportRows(dataset, query));
}

/** What a chart's figures are, in the edition's language. */
function chartMetadata(id: ChartId, locale: Locale, site: URL) {
  const data = datasetIn(locale);
  const f = format(locale);
  const words = dictionary(locale);
  const { title, subtitle } = chartWords(id, locale);
  const ids = CATALOG[id].series;
  const observations = ids.flatMap((s) => data.observationsOf(s));
  const qualifiers = [...new Set(observations.map((o) => o.qualifier))];
  const language = chartLanguage(locale);
  // The chart's notes without the mark ("* ") that ties them to a figure on the chart, which a file
  // does not show, and without its list of acronyms: the bundle spells out those its own words use.
  const notes = chartNotes(id, data, { width: 1200, theme: "light", step: Number.NaN, language })
    .filter((n) => !n.standalone)
    .map((n) => n.text.replace(/^\*\s*/, ""));
  const credits = creditsOf(data, ids);
  const said = [
    title,
    subtitle,
    ...notes,
    ...ids.flatMap((s) => [data.getSeries(s).title, data.getSeries(s).description]),
    ...credits.map((c) => c.credit),
  ];
  const acronyms = spelledOut(said.join(" "), language.common.acronyms);
  return {
    chart: id,
    title,
    subtitle,
    language: locale,
    url: new URL(`${storyPath(locale)}#${chartAnchor(id)}`, site).href,
    data_page: new URL(chartDataPagePath(id, locale), site).href,
    csv: `${id}.csv`,
    fields: EXPORT_FIELDS,
    series: ids.map((s) => {
      const series = data.getSeries(s);
      const periods = data.observationsOf(s).map((o) => o.period);
      return {
        id: s,
        title: series.title,
        // As the CSV's unit column gives it (a code), and in the edition's words.
        unit: dataset.getSeries(s).unit,
        unit_label: series.unit,
        period_type: series.period_type,
        periods: words.dataPage.span(f.period(periods[0]!, series.period_type), f.period(periods.at(-1)!, series.period_type)),
        description: series.description,
        credit: creditsOf(data, [s]).map((c) => c.credit),
      };
    }),
    qualifiers: Object.fromEntries(qualifiers.map((q) => [q, words.chart.legend[q]])),
    inferred_periods: observations.some((o) => o.period_basis === "inferred"),
    notes: acronyms ? [...notes, acronyms] : notes,
    credit: creditLine(credits, words.chart),
    sources: sourcesOf(data, ids).map(({ id: sourceId, title, publisher, url, date, access, language, credit, collection }) => ({
      id: sourceId,
      title,
      publisher,
      url,
      date,
      access,
      language,
      credit,
      collection,
    })),
    citation: (({ text, bibtex }) => ({ text, bibtex }))(bundleCitation(locale, site)),
    license: bundleLicence(locale),
    version: descriptor.version,
    last_modified: descriptor.last_modified,
    described_by: new URL(DATAPACKAGE_PATH, site).href,
  };
}

export const chartMetadataJson = (id: ChartId, locale: Locale, site: URL) =>
  `${JSON.stringify(chartMetadata(id, locale, site), null, 2)}\n`;

/** The README of a chart's bundle: what it shows, what to keep in mind, the files, then sources,
 * citation and license. Made from the metadata, so the two say the same. */
function chartReadme(id: ChartId, locale: Locale, site: URL): string {
  const meta = chartMetadata(id, locale, site);
  const { bundle, site: siteWords } = dictionary(locale);
  const caveats = [
    ...meta.notes,
    `${bundle.qualifiers(meta.csv)}\n${Object.entries(meta.qualifiers)
      .map(([code, meaning]) => `  - \`${code}\`: ${meaning}`)
      .join("\n")}`,
    ...(meta.inferred_periods ? [bundle.periodBasis] : []),
    ...(meta.series.some((s) => s.period_type === "fiscal_year") ? [bundle.fiscalYears] : []),
    `${meta.credit}.`,
  ];
  return `${[
    `# ${meta.title}`,
    `${meta.subtitle}.`,
    bundle.fromStory(siteWords.title, meta.url),
    versionLine(locale),
    mdSection(bundle.whatItShows, mdList(meta.series.map((s) => bundle.series(s.title, s.unit_label, s.periods, s.description)))),
    mdSection(bundle.caveats, mdList(caveats)),
    mdSection(
      bundle.files,
      mdList([
        `\`${meta.csv}\`: ${bundle.csvFile(new URL(chartDataUrl(id, locale), site).href)}`,
        `\`${id}.metadata.json\`: ${bundle.metadataFile}`,
        `\`README.md\`: ${bundle.readmeFile}`,
      ]),
    ),
    readmeEnd(sourcesOf(datasetIn(locale), CATALOG[id].series), locale, site),
  ].join("\n\n")}\n`;
}

const zips = new Map<string, Uint8Array<ArrayBuffer>>();
/** The chart's bundle: its CSV, its metadata and the README, zipped (made once a build). */
export function chartZip(id: ChartId, locale: Locale, site: URL): Uint8Array<ArrayBuffer> {
  const key = `${id} ${locale} ${site.href}`;
  if (!zips.has(key)) {
    const files = {
      [`${id}.csv`]: chartCsv(id, locale),
      [`${id}.metadata.json`]: chartMetadataJson(id, locale, site),
      "README.md": chartReadme(id, locale, site),
    };
    zips.set(key, zipFiles(files, descriptor.last_modified));
  }
  return zips.get(key)!;
}
