// English: interface and chart words, and how numbers and dates are written (U.S. grouping with a
// comma, a true minus sign, day-month-year dates as the story writes them).
import type { Dictionary } from "./index.ts";

let dateFormat: Intl.DateTimeFormat | undefined;

export const en = {
  numbers: { decimal: ".", thousands: ",", grouping: [3], currency: ["$", ""], minus: "\u2212" },
  qualifiers: {
    exact: { before: "", after: "", label: "as published" },
    approximate: { before: "about ", after: "", label: "approximate" },
    upper_bound: { before: "less than ", after: "", label: "upper bound" },
    lower_bound: { before: "more than ", after: "", label: "lower bound" },
    index: { before: "", after: " (index)", label: "index" },
  },
  qualifierMarks: { exact: "", approximate: "~", upper_bound: "<", lower_bound: ">", index: "" },
  period: (year, type) => (type === "fiscal_year" ? `FY${year}` : String(year)),
  periodShort: (year, type) => (type === "fiscal_year" ? `FY${String(year).slice(2)}` : `\u2019${String(year).slice(2)}`),
  // Made when first used: the first Intl formatter costs a fresh process about 20 ms (ICU), and
  // the data function, which loads these words for oEmbed, never writes a date.
  get date() {
    dateFormat ??= new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", year: "numeric", timeZone: "UTC" });
    return dateFormat;
  },
  bytes: (n) => `${n} bytes`,
  kilobytes: (n) => `${n} kB`,

  chart: {
    inferredNote: (what, periods) => `The reporting does not name ${what}; it is taken to be ${periods}.`,
    inferredNoteShort: (periods) => `${periods} inferred: not named in the reporting.`,
    list: (items) => (items.length < 2 ? items.join("") : `${items.slice(0, -1).join(", ")} and ${items.at(-1)}`),
    noFigure: "no figure",
    legend: {
      exact: "as published",
      approximate: "approximate (~)",
      upper_bound: "upper bound (<): the true figure is lower",
      lower_bound: "lower bound (>): the true figure is higher",
      index: "index, not a count",
      no_figure: "no figure published",
    },
    sources: (count) => (count > 1 ? "Sources" : "Source"),
  },

  card: {
    heroCaption: (from, fromPeriod, to, toPeriod) => `New human-smuggling cases opened by HSI: ${from} in ${fromPeriod}, ${to} in ${toPeriod}`,
  },

  embed: {
    iframeTitle: (title) => `Chart: ${title}`,
    pageTitle: (title) => `${title} (chart)`,
    chartBy: "Chart",
    dialog: {
      heading: (title) => `Embed “${title}”`,
      close: "Close",
      theme: "Theme",
      themes: { light: "Light (for most pages)", dark: "Dark", auto: "Follow the reader's setting" },
      code: "Embed code",
      copy: "Copy code",
      copied: "Copied to the clipboard.",
      copyFailed: "Could not copy: the code is selected, press Ctrl+C or ⌘C.",
      help: "The chart sizes itself with the script; without it, it still shows in full. In a CMS that supports oEmbed, paste the chart's address instead:",
    },
  },

  site: {
    name: "Smuggling Cases",
    ogLocale: "en_US",
    readIn: "Read in English",
    skipLink: "Skip to content",
    title: "Smuggling cases fell as worksite enforcement surged",
    description:
      "ProPublica and The Atlantic reported in 2019 that Homeland Security shifted agents and money away from complex smuggling investigations. The sourced figures behind that reporting, in charts and as data.",
    cardAlt: (title) => `${title}: a chart of the figures`,
    notFound: { title: "Page not found", text: "There is no page at this address.", start: "Go to the start", or: "or", data: "download the data" },
    tools: {
      getData: "Get the data",
      embed: "Embed",
      download: "Download",
      image: (title, format) => `${title}, ${format} image`,
      dataTable: "Data table",
      tableCaption: (title) => `${title}: the data`,
    },
    downloads: {
      allCsv: "All the data, as a spreadsheet (CSV)",
      allJson: "All the data, as JSON, with the series and sources",
      chartFigures: (title) => `The figures of “${title}”`,
      csv: "CSV",
      descriptor: "Data Package descriptor: schema, sources and licence",
      rawTable: (name) => `The ${name} table as kept in the repository, CSV`,
    },
    sources: { primary: "Primary source.", secondary: "Secondary: quotes the publisher." },
    credits: {
      made: "Charts, data and text",
      madeText: (site) => `${site}, retelling that reporting with the sourced figures; every figure links to its source.`,
      published: "Published",
      updated: "Last updated",
      whatChanged: "what changed",
      share: "Share this story",
      copyLink: "Copy the link",
      copied: "Link copied.",
      copyFailed: "Could not copy. The link:",
      link: "Link to this story:",
    },
    dataVersion: "data version",
  },

  charts: {
    "smuggling-cases": {
      title: "New smuggling cases fell by more than half",
      subtitle: "New cases opened by HSI, by fiscal year",
      yLabel: "New cases",
      inferredWhat: "the earlier year",
      inferredPeriod: (period) => `${period} (inferred: the reporting does not name the earlier year)`,
      tip: (period, value) => `${period}: ${value} new cases`,
      describeFirst: (value, period) => `Bar chart. Homeland Security Investigations opened ${value} new human-smuggling cases in ${period}`,
      describeBoth: (first, value, period, change) => `${first}, and ${value} in ${period}: a change of ${change}.`,
      columns: ["Fiscal year", "New cases", "Note"],
    },
    "smuggling-cell-staff": {
      title: "ICE's Human Smuggling Cell fell below half its 2016 staff",
      subtitle: "Staff as an index, 2016 = 100 (no head counts)",
      yLabel: "Staff (2016 = 100)",
      tip: (period, value, qualifier) => `${period}: ${value} (${qualifier})`,
      describeBase: (period, value) => `Chart of the Human Smuggling Cell's staff as an index: ${period} is set to ${value}`,
      describeBound: (base, period, value) =>
        `${base}. As of the reporting in ${period}, the unit stood at ${value} on that index, drawn as a hatched region below a dashed line because only the upper bound is known.`,
      columns: ["Year", "Staff (2016 = 100)", "Note"],
    },
    "agents-shift": {
      title: "Smuggling cases fell as worksite enforcement multiplied",
      subtitle: "HSI activity; each FY2017 count = 100",
      yLabel: "Index, FY2017 = 100",
      lines: {
        "hsi-smuggling-cases-opened": { name: "Smuggling cases opened", short: "Smuggling cases", tiny: "Smuggling", inText: "smuggling cases opened" },
        "hsi-worksite-investigations-opened": {
          name: "Worksite investigations opened",
          short: "Worksite probes",
          tiny: "Worksite",
          inText: "worksite investigations opened",
        },
        "hsi-i9-audits-initiated": { name: "I-9 audits of employers", short: "I-9 audits", tiny: "I-9 audits", inText: "I-9 audits of employers" },
        "hsi-worksite-criminal-arrests": { name: "Criminal worksite arrests", short: "Criminal arrests", tiny: "Crim. arrests", inText: "criminal worksite arrests" },
        "hsi-worksite-administrative-arrests": {
          name: "Administrative worksite arrests",
          short: "Admin. arrests",
          tiny: "Admin. arrests",
          inText: "administrative worksite arrests",
        },
      },
      basesNote: "Each line sets its own FY2017 count to 100, and those counts differ greatly in size: the labels give them.",
      basesNoteShort: "Each line starts at its own FY2017 count.",
      directive: "Oct. 2017: ICE tells HSI to raise its worksite time \u201cby four or five times\u201d",
      directiveShort: "Oct. 2017: worksite directive",
      inferredWhat: "the base year of the case counts",
      tip: (name, period, value, change) => `${name}, ${period}: ${value}${change ? ` (${change} on FY2017)` : ""}`,
      describe: (parts, caveat) =>
        `Line chart of each measure indexed to its own FY2017 count (= 100), comparing FY2017 with FY2018; the counts differ greatly in size: ${parts.join("; ")}.${caveat}`,
      describePart: (name, from, to, change) => `${name} from ${from} to ${to} (${change})`,
      describeCaveat: (base) => ` The reporting does not name the base year of the smuggling case counts; it is taken to be ${base}.`,
      inferredValue: (value) => `${value} (year inferred: the reporting does not name it)`,
      columns: ["Measure", "Change"],
    },
    "border-apprehensions": {
      title: "Border apprehensions dipped, then rose again",
      subtitle: "Southwest border apprehensions, by fiscal year",
      yLabel: "People apprehended",
      pushNote: "Worksite push begins (Oct. 2017)",
      tip: (period, value) => `${period}: ${value} people`,
      describe: (values) => `Bar chart of Southwest border apprehensions: ${values.join(", ")}.`,
      valueIn: (value, period) => `${value} in ${period}`,
      columns: ["Fiscal year", "People apprehended", "Source"],
    },
    "smuggling-prosecutions": {
      title: "Harboring prosecutions rose",
      subtitle: "New cases under 8 U.S.C. 1324, by fiscal year",
      yLabel: "Prosecutions",
      directiveNote: "Brought by the Justice Department, not opened by HSI. TRAC links their growth \u201cat least partly\u201d to a 2017 directive from then Attorney General Jeff Sessions.",
      directiveNoteShort: "Justice Department cases, not HSI's.",
      tip: (period, value, qualifier) => `${period}: ${value} prosecutions (${qualifier})`,
      describe: (values) =>
        `Bar chart of harboring prosecutions (federal cases whose lead charge is under 8 U.S.C. 1324), as counted by TRAC: ${values.join(", ")}. Bounds and approximations are drawn hatched or outlined.`,
      valueIn: (value, period) => `${value} in ${period}`,
      columns: ["Fiscal year", "Prosecutions", "Note"],
    },
  },
} satisfies Dictionary;
