// How to cite the data set, as the data page gives it: a line of text in the edition's words and a
// BibTeX entry, both from the descriptor's title, version and date of last change, the page's
// address and the day it was read (the build's day; the browser writes today's). A downloaded
// bundle's citation names no day: its version says what was read, and its bytes stay the same.
import type { Locale } from "../locales.ts";

/** BibTeX's (babel's) name of each edition's language: a new edition must name its own. */
const BIBTEX_LANGUAGE: Record<Locale, string> = { en: "english", es: "spanish" };

export interface CitationInput {
  /** Who made the data set: the site's name. */
  author: string;
  /** The data set's title in the edition's language. */
  title: string;
  version: string;
  /** The descriptor's last_modified: its year is the citation's. */
  lastModified: string;
  /** The data page's address. */
  url: string;
  /** Left out of a downloaded file's citation. */
  accessed?: Date;
  locale: Locale;
}

export interface CitationWords {
  citation: (site: string, year: string, title: string, version: string, url: string, accessed?: string) => string;
  bibtexNote: (licence: string) => string;
}

interface Citation {
  text: string;
  bibtex: string;
  /** The access date as written and as ISO 8601, where the input has one. */
  accessed?: { text: string; iso: string };
}
type CitationOptions = { licence: string; date: (d: Date) => string };

export function dataCitation(input: CitationInput & { accessed: Date }, words: CitationWords, options: CitationOptions): Required<Citation>;
export function dataCitation(input: CitationInput, words: CitationWords, options: CitationOptions): Citation;
export function dataCitation(input: CitationInput, words: CitationWords, { licence, date }: CitationOptions): Citation {
  const year = input.lastModified.slice(0, 4);
  const accessed = input.accessed && { text: date(input.accessed), iso: input.accessed.toISOString().slice(0, 10) };
  const text = words.citation(input.author, year, input.title, input.version, input.url, accessed?.text);
  // Braces keep BibTeX from changing the case of a title or a name given as one.
  const bibtex = [
    `@misc{smuggling_cases_data_${input.version.replace(/\./g, "_")},`,
    `  author = {{${input.author}}},`,
    `  title = {${input.title.replace(/[{}]/g, "")}},`,
    `  year = {${year}},`,
    `  version = {${input.version}},`,
    `  url = {${input.url}},`,
    ...(accessed ? [`  urldate = {${accessed.iso}},`] : []),
    `  note = {${words.bibtexNote(licence)}},`,
    `  language = {${BIBTEX_LANGUAGE[input.locale]}},`,
    "}",
  ].join("\n");
  return { text, bibtex, ...(accessed ? { accessed } : {}) };
}
