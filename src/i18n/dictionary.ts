// What each edition's dictionary holds: the words of the interface and of the charts, and the
// number words its format is made from. en.ts and es.ts give one each; a dictionary that lacks a
// word fails the type check. The charts' own word types live with the charts.
import type { CommonChartWords } from "../charts/chart.ts";
import type { ChartWords } from "../charts/index.ts";
import type { EmbedKind } from "../embed/snippet.ts";
import type { Theme } from "../charts/theme.ts";
import type { Topic } from "../data/dataset.ts";
import type { NumberWords } from "../lib/format.ts";

/** Words of the embed snippet, page and dialog. */
interface EmbedWords {
  /** The iframe's title, which screen readers announce on the host page. */
  iframeTitle: (chartTitle: string) => string;
  /** The embed page's own title (its browser tab, when opened on its own). */
  pageTitle: (chartTitle: string) => string;
  /** The embed's credit line: "Chart: <site> · Source: … · Get the data". */
  chartBy: string;
  dialog: {
    heading: (chartTitle: string) => string;
    close: string;
    theme: string;
    themes: Record<Theme, string>;
    /** The choice of code: the iframe, or the script embed that draws the chart in the page. */
    kind: string;
    kinds: Record<EmbedKind, string>;
    code: string;
    copy: string;
    copied: string;
    copyFailed: string;
    /** What each kind of code does. */
    help: Record<EmbedKind, string>;
    /** The address to paste in a CMS that reads oEmbed (follows). */
    oembed: string;
  };
}

/** Words of the page around the story: head, furniture, tools, downloads and credits. */
interface SiteWords {
  /** The site's own name (og:site_name, oEmbed's provider_name, the cards' footer). */
  name: string;
  /** Open Graph's locale for this edition ("en_US"). */
  ogLocale: string;
  /** This edition offered from another, in its own language ("Leer en español"). */
  readIn: string;
  skipLink: string;
  /** The headline and the page's description (search results, shares, social cards, oEmbed). */
  title: string;
  description: string;
  notFound: { title: string; text: string; start: string; or: string; data: string };
  tools: {
    getData: string;
    embed: string;
    download: string;
    /** A download link's name for screen readers: "<title>, PNG image". */
    image: (chartTitle: string, format: string) => string;
    dataTable: string;
    /** What follows "Data table" for screen readers: which chart's table it is. */
    dataTableOf: (chartTitle: string) => string;
    tableCaption: (chartTitle: string) => string;
  };
  downloads: {
    allCsv: string;
    allJson: string;
    chartFigures: (chartTitle: string) => string;
    csv: string;
    descriptor: string;
    rawTable: (name: string) => string;
  };
  sources: { primary: string; secondary: string };
  credits: {
    made: string;
    madeText: (site: string) => string;
    /** The way to report an error: "Corrections: Report an error as an issue in …". */
    corrections: string;
    report: string;
    reportWhere: string;
    /** "Every change is listed, dated, under" the updates, named by `updates`. */
    listed: string;
    updates: string;
    published: string;
    updated: string;
    whatChanged: string;
    share: string;
    copyLink: string;
    copied: string;
    copyFailed: string;
    link: string;
  };
  /** "data version 1.2.0" in the list of updates. */
  dataVersion: string;
  /** The way from a chart or the story to the data page. */
  toDataPage: string;
  /** The data's license (CC-BY-4.0 in data/datapackage.json) as readers know it. */
  licenceName: string;
}

/** Words of the data page (/data/): the form, the live tools, the citation. */
interface DataPageWords {
  title: string;
  /** Leads to the story the figures are from, whose headline follows in quotation marks. */
  story: string;
  description: string;
  intro: (version: string, date: string) => string;
  choose: string;
  series: string;
  /** How a form with no series ticked is read. */
  allIfNone: string;
  topics: Record<Topic, string>;
  years: string;
  from: string;
  to: string;
  /** Years are fiscal or calendar, as each series counts. */
  yearsNote: string;
  /** "FY2017–FY2018". */
  span: (from: string, to: string) => string;
  sources: (count: number) => string;
  /** The figures that are not exact, or whose year is inferred: "FY2015: upper bound". */
  qualified: (period: string, what: string) => string;
  inferred: string;
  downloadCsv: string;
  downloadJson: string;
  reversed: string;
  preview: string;
  /** Filled in the browser: "{shown}" and "{total}" are replaced by numbers. */
  previewOf: (shown: string, total: string) => string;
  previewFailed: string;
  address: string;
  copy: string;
  copied: string;
  copyFailed: string;
  code: string;
  codeNote: string;
  cite: string;
  citeText: string;
  citeBibtex: string;
  /** The plain citation: site, year, dataset title, version, URL, and the access date where there is
   * one (a downloaded file's citation has none: the version says what was read). */
  citation: (site: string, year: string, title: string, version: string, url: string, accessed?: string) => string;
  bibtexNote: (licence: string) => string;
  licence: string;
  licenceText: string;
  collected: string;
  changelog: string;
  /** Where the figures are from, as the data set's structured data names the place they cover. */
  coverage: string;
}

/** Words of the data bundles (each chart's /charts/<id>.csv, .metadata.json and .zip, and the whole
 * data set's zip): their READMEs (Markdown: names of fields and commands in backticks), and the
 * links that offer them. */
interface BundleWords {
  /** Under a chart README's title: the story it is from, and the chart's place in it. */
  fromStory: (story: string, url: string) => string;
  /** "Data version 1.3.1, last changed Dec. 4, 2026." */
  version: (version: string, date: string) => string;
  whatItShows: string;
  /** A series in the list of what a chart shows: its title, unit, years and description. */
  series: (title: string, unit: string, span: string, description: string) => string;
  caveats: string;
  /** Before the qualifiers the figures carry, each with its code as the file's column gives it. */
  qualifiers: (file: string) => string;
  /** What a fiscal year is (said where a chart or the data set counts by fiscal year). */
  fiscalYears: string;
  /** What an inferred period_basis means. */
  periodBasis: string;
  files: string;
  /** A chart's CSV: what a row holds, and the data function's address that answers the same rows. */
  csvFile: (url: string) => string;
  metadataFile: string;
  readmeFile: string;
  sources: string;
  /** The whole data set's README. */
  dataset: {
    /** Under its title: the story the figures are from, and the data page. */
    intro: (story: string, url: string) => string;
    descriptorFile: string;
    tables: Record<"observations" | "series" | "sources", string>;
    /** The human-readable fields' Spanish twins. */
    twins: string;
    validate: string;
  };
  /** The data page's section that offers the bundles. */
  heading: string;
  intro: string;
  datasetZip: string;
  /** A chart's bundle in the story's list of downloads. */
  chartZip: (chartTitle: string) => string;
  /** The link texts of a chart's three files. */
  links: Record<"csv" | "metadata.json" | "zip", string>;
  /** A chart file's link for screen readers, by file: "<title>: its figures, CSV". */
  chartFile: Record<"csv" | "metadata.json" | "zip", (chartTitle: string) => string>;
}

/** Words of the social cards. */
interface CardWords {
  /** Under the story card's key number: what fell, from what to what. */
  heroCaption: (from: string, fromPeriod: string, to: string, toPeriod: string) => string;
}

export interface Dictionary extends NumberWords {
  chart: CommonChartWords;
  card: CardWords;
  charts: ChartWords;
  embed: EmbedWords;
  site: SiteWords;
  dataPage: DataPageWords;
  bundle: BundleWords;
}
