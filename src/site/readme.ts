// What the READMEs of the downloads share, in Markdown and in an edition's words: the version line,
// the sources, how to cite (the data page's citation, with no access date, so that a file's bytes
// do not change with the day it was built) and the license.
import type { Source } from "../data/dataset.ts";
import { descriptor, fieldIn } from "../data/index.ts";
import { dictionary, format } from "../i18n/index.ts";
import type { Locale } from "../locales.ts";
import { dataCitation } from "./citation.ts";
import { dataPagePath } from "./urls.ts";

/** Link text with Markdown's brackets escaped. */
const linkText = (text: string) => text.replace(/[\\[\]]/g, "\\$&");
const mdLink = (text: string, url: string) => `[${linkText(text)}](<${url}>)`;
/** A bulleted list; an item that starts as a list marker would (a chart's "* " note) is escaped. */
export const mdList = (items: readonly string[]) => items.map((item) => `- ${item.replace(/^([*+-]|\d+[.)])(?=\s)/, "\\$1")}`).join("\n");
export const mdSection = (heading: string, ...body: string[]) => [`## ${heading}`, ...body].join("\n\n");

/** The data set's citation in an edition, as text and BibTeX, undated. */
export function bundleCitation(locale: Locale, site: URL) {
  const { site: siteWords, dataPage } = dictionary(locale);
  return dataCitation(
    {
      author: siteWords.name,
      title: fieldIn(descriptor, "title", locale)!,
      version: descriptor.version,
      lastModified: descriptor.last_modified,
      url: new URL(dataPagePath(locale), site).href,
      locale,
    },
    dataPage,
    { licence: siteWords.licenceName, date: format(locale).date },
  );
}

/** The license as the edition names it, with the descriptor's code and address. */
export function bundleLicence(locale: Locale) {
  const { name, path } = descriptor.licenses[0]!;
  return { name, title: dictionary(locale).site.licenceName, path };
}

/** "Data version 1.3.1, last changed Dec. 4, 2026." */
export const versionLine = (locale: Locale) =>
  dictionary(locale).bundle.version(descriptor.version, format(locale).date(new Date(descriptor.last_modified)));

/** The sections every README ends with: sources (each with how its figures were collected), how to
 * cite, license. `sources` are rows in the edition's language (datasetIn). */
export function readmeEnd(sources: readonly Source[], locale: Locale, site: URL): string {
  const { bundle, dataPage, site: siteWords } = dictionary(locale);
  const f = format(locale);
  const cite = bundleCitation(locale, site);
  const licence = bundleLicence(locale);
  const source = (s: Source) =>
    [
      `${mdLink(s.title, s.url)}, ${s.publisher}${s.date ? `, ${f.sourceDate(s.date)}` : ""}.`,
      siteWords.sources[s.access],
      s.collection,
    ].join(" ");
  return [
    mdSection(bundle.sources, mdList(sources.map(source))),
    mdSection(dataPage.cite, cite.text, `\`\`\`bibtex\n${cite.bibtex}\n\`\`\``),
    mdSection(dataPage.licence, `${mdLink(licence.title, licence.path)}. ${dataPage.licenceText}`),
  ].join("\n\n");
}
