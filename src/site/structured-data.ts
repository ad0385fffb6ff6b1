// The pages' schema.org structured data, as JSON-LD: the story as a NewsArticle, the data page as a
// Dataset (what Google Search and Dataset Search read). Everything is made from what the site
// already holds: the edition's words (headline, description, site name), the dataset (series,
// sources, periods), the Data Package (title, version, date, licence) and the story's dates.
import { type Dataset, fieldIn, periodDates, type Source, TOPICS } from "../data/dataset.ts";
import type { DataPackage } from "../data/descriptor.ts";
import { CSV_CONTENT_TYPE, JSON_CONTENT_TYPE } from "../http/headers.ts";
import type { Dictionary } from "../i18n/dictionary.ts";
import { isoDate } from "../lib/format.ts";
import type { Locale } from "../locales.ts";
import { ORIGINAL_REPORTING } from "./story.ts";
import { DATAPACKAGE_PATH, dataPagePath, dataUrl, datasetBundlePath, storyCardPath, storyPath } from "./urls.ts";

/** Which description a page carries: the story's or the data set's. */
export type StructuredDataKind = "article" | "dataset";

/** One edition, as the builders read it. */
export interface Edition {
  locale: Locale;
  words: Pick<Dictionary, "site" | "dataPage" | "bundle">;
  data: Dataset;
  /** The site's public origin (Astro.site): every URL in the data is absolute. */
  site: URL;
}

type JsonLd = Record<string, unknown>;

const CONTEXT = "https://schema.org";

/** The site, which writes and publishes both the story and the data set. */
const organization = ({ words, site }: Edition): JsonLd => ({ "@type": "Organization", name: words.site.name, url: site.href });

/** A source of the figures, as a work to cite: its published title (never translated), publisher,
 * date where known and language. */
const sourceWork = (source: Source): JsonLd => ({
  "@type": "CreativeWork",
  name: source.title,
  url: source.url,
  publisher: { "@type": "Organization", name: source.publisher },
  ...(source.date ? { datePublished: source.date } : {}),
  inLanguage: source.language,
});

/** The story of an edition, published and last updated on these dates. */
export function newsArticle(edition: Edition, dates: { published: Date; modified: Date }): JsonLd {
  const { locale, words, data, site } = edition;
  const reporting = data.getSource(ORIGINAL_REPORTING);
  return {
    "@context": CONTEXT,
    "@type": "NewsArticle",
    headline: words.site.title,
    description: words.site.description,
    url: new URL(storyPath(locale), site).href,
    image: [new URL(storyCardPath(locale), site).href],
    datePublished: isoDate(dates.published),
    dateModified: isoDate(dates.modified),
    inLanguage: locale,
    author: organization(edition),
    publisher: organization(edition),
    isBasedOn: { ...sourceWork(reporting), "@type": "NewsArticle", headline: reporting.title },
    citation: data.sources.map(sourceWork),
  };
}

/** The first and last day the figures cover, as an ISO 8601 interval ("2014-10-01/2019-12-31"):
 * fiscal years are counted from Oct. 1 of the year before. */
function temporalCoverage(data: Dataset): string {
  const spans = data.observations.map((o) => periodDates(o.period, data.getSeries(o.series_id).period_type));
  const first = spans.map((s) => s.start).sort()[0];
  const last = spans
    .map((s) => s.end)
    .sort()
    .at(-1);
  return `${first}/${last}`;
}

/** The bare media type of a Content-Type ("text/csv"). */
const mediaType = (contentType: string) => contentType.split(";")[0]!.trim();

/** The data set as an edition's data page describes it. Its name, series and units are in the
 * edition's language (the data's `_<locale>` twins); the description too where the Data Package
 * has a twin of it, else in the Data Package's own words. Its citations are the sources of the
 * figures, which CITATION.cff asks users to cite beside the data set. */
export function datasetDescription(edition: Edition, descriptor: DataPackage): JsonLd {
  const { locale, words, data, site } = edition;
  const downloads = words.site.downloads;
  const download = (name: string, path: string, contentType: string): JsonLd => ({
    "@type": "DataDownload",
    name,
    contentUrl: new URL(path, site).href,
    encodingFormat: mediaType(contentType),
  });
  return {
    "@context": CONTEXT,
    "@type": "Dataset",
    name: fieldIn(descriptor, "title", locale) ?? descriptor.title,
    description: fieldIn(descriptor, "description", locale) ?? descriptor.description,
    url: new URL(dataPagePath(locale), site).href,
    version: descriptor.version,
    dateModified: descriptor.last_modified,
    license: descriptor.licenses[0]!.path,
    isAccessibleForFree: true,
    creator: organization(edition),
    publisher: organization(edition),
    citation: data.sources.map(sourceWork),
    keywords: TOPICS.filter((t) => data.series.some((s) => s.topic === t)).map((t) => words.dataPage.topics[t]),
    temporalCoverage: temporalCoverage(data),
    spatialCoverage: { "@type": "Place", name: words.dataPage.coverage },
    variableMeasured: data.series.map((s) => ({
      "@type": "PropertyValue",
      propertyID: s.id,
      name: s.title,
      description: s.description,
      unitText: s.unit,
    })),
    distribution: [
      download(downloads.allCsv, dataUrl([], "csv", locale), CSV_CONTENT_TYPE),
      download(downloads.allJson, dataUrl([], "json", locale), JSON_CONTENT_TYPE),
      download(downloads.descriptor, DATAPACKAGE_PATH, JSON_CONTENT_TYPE),
      download(words.bundle.datasetZip, datasetBundlePath(locale), "application/zip"),
    ],
  };
}

/** JSON for a <script type="application/ld+json">: every "<" escaped (\u003c, which JSON reads back
 * as "<"), so that no text in the data can close the script element or open a comment. */
export const jsonLdText = (data: JsonLd) => JSON.stringify(data).replace(/</g, "\\u003c");
