// The desk's editing rules (../shared/EDITING.md) held on the built site, in both editions, so that
// no later edit of the words or the data can break them unseen:
// 1. every chart is credited by the source of each of its series, on every surface it appears on;
// 2. the Spanish edition uses none of the terms its glossary says to avoid;
// 3. reader text shows no internal id or field name (outside "For developers" and the data page);
// 4. the headline, its cards and titles, and every chart title say when the story happened;
// 5. the English edition follows AP style and U.S. spelling.
// What is expected (credits, terms, spellings) is typed here and in tests/support/editorial-rules.ts
// from ../shared/FACTS.md and EDITING.md, never read from the site's code or data; ids and field
// names are read from data/ because they are what must not show. Each rule also has a check that it
// can fail. Each built file is parsed once for the whole file (tests/support/reader-text.ts).
import { existsSync, readFileSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { csvParse } from "d3";
import { parseHTML } from "linkedom";
import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS, type ChartId } from "../../src/charts/catalog.ts";
import { datasetIn } from "../../src/data/index.ts";
import { cardSvg, chartCardText, storyCardSvg } from "../../src/images/card.ts";
import { CARD } from "../../src/images/sizes.ts";
import { STORY_CARD } from "../../src/site/story.ts";
import {
  creditEntries,
  creditsShown,
  ENGLISH_RULES,
  findings,
  findingsIn,
  internalRules,
  spanishRules,
  TIME_FRAME,
} from "../support/editorial-rules.ts";
import { root } from "../support/paths.ts";
import { builtDocument, fromHereOn, type Passage, readerText } from "../support/reader-text.ts";
import type { FetchFunction } from "../support/vercel-function.ts";

const CLIENT = root("dist/local/client");
const FUNCTION = root("dist/local/function/index.mjs");
if (!existsSync(`${CLIENT}/es/index.html`) || !existsSync(FUNCTION))
  throw new Error("No local build: run `npm run build:local` first (npm test does).");
const SITE = "https://smuggling-cases.vercel.app";
const HOST = "smuggling-cases.vercel.app";

const built = (file: string) => builtDocument(`${CLIENT}/${file}`);
/** The 404 page of an edition, wherever the build puts it (404.html, or 404/index.html). */
const notFoundPage = (dir: string) => {
  const file = [`${dir}404.html`, `${dir}404/index.html`].find((f) => existsSync(`${CLIENT}/${f}`));
  if (!file) throw new Error(`No 404 page under ${CLIENT}/${dir}`);
  return file;
};

const EDITIONS = [
  { name: "English", locale: "en", dir: "" },
  { name: "Spanish", locale: "es", dir: "es/" },
] as const;
type Locale = (typeof EDITIONS)[number]["locale"];

/** The SVG images and cards: each <text> as one passage (its tspans are the lines of one text). */
const svgTexts = (document: Document) =>
  [...document.querySelectorAll("text")].map((t) => {
    const lines = [...t.querySelectorAll("tspan")].map((s) => (s.textContent ?? "").trim());
    return lines.length ? lines : [(t.textContent ?? "").trim()];
  });
const svgDocument = (svg: string) => parseHTML(`<html><body>${svg}</body></html>`).document;

// -----------------------------------------------------------------------------------------------
// 1. Credit lines

/** Each chart's credit: one entry per source of its figures (FACTS.md A–E, EDITING.md). */
const CREDITS: Record<ChartId, Record<Locale, string[]>> = {
  "smuggling-cases": {
    en: ["ICE figures reported by ProPublica and The Atlantic"],
    es: ["cifras del ICE publicadas por ProPublica y The Atlantic"],
  },
  // FACTS B: the Human Smuggling Cell's staffing is the reporting's own statement, not ICE figures.
  "smuggling-cell-staff": {
    en: ["reporting by ProPublica and The Atlantic"],
    es: ["reportaje de ProPublica y The Atlantic"],
  },
  "agents-shift": {
    en: ["ICE figures reported by ProPublica and The Atlantic", "ICE"],
    es: ["cifras del ICE publicadas por ProPublica y The Atlantic", "ICE"],
  },
  "border-apprehensions": {
    en: ["CBP", "CBP via CNSNews.com"],
    es: ["CBP", "CBP vía CNSNews.com"],
  },
  // FACTS E: all its figures come from TRAC's own report 603.
  "smuggling-prosecutions": { en: ["TRAC"], es: ["TRAC"] },
};
/** The series the data page lists with their sources: the charts' series, each credited alone. */
const SERIES_CREDITS: Record<string, Record<Locale, string[]>> = {
  "hsi-smuggling-cases-opened": CREDITS["smuggling-cases"],
  "hsi-smuggling-cell-staff-index": CREDITS["smuggling-cell-staff"],
  "hsi-worksite-investigations-opened": { en: ["ICE"], es: ["ICE"] },
  "hsi-i9-audits-initiated": { en: ["ICE"], es: ["ICE"] },
  "hsi-worksite-criminal-arrests": { en: ["ICE"], es: ["ICE"] },
  "hsi-worksite-administrative-arrests": { en: ["ICE"], es: ["ICE"] },
  "usbp-sw-apprehensions": CREDITS["border-apprehensions"],
  "prosecutions-8-usc-1324": CREDITS["smuggling-prosecutions"],
};
/** What the staffing series must never be credited as. */
const NOT_ICE_FIGURES = /ICE figures|cifras del ICE/i;

/** A credit line in an SVG image or card: the lines of the text that starts "Source(s):" or
 * "Fuente(s):", up to the line that names the site's address. */
function svgCredits(document: Document): string[] {
  return svgTexts(document).flatMap((lines) => {
    const start = lines.findIndex((l) => /^(?:Sources?|Fuentes?):/i.test(l));
    if (start < 0) return [];
    const end = lines.findIndex((l, i) => i > start && l.includes(HOST));
    return [lines.slice(start, end < 0 ? undefined : end).join(" ")];
  });
}

interface Surface {
  name: string;
  file: string;
  /** The credit lines the surface shows for the chart (or series). */
  lines: () => string[];
}
const textsOf = (document: Document, selector: string) =>
  [...document.querySelectorAll(selector)].map((el) => (el.textContent ?? "").replace(/\s+/g, " ").trim());

function chartSurfaces(locale: Locale, dir: string, id: ChartId): Surface[] {
  return [
    {
      name: "the story's sticky figure",
      file: `${dir}index.html`,
      lines: () => textsOf(built(`${dir}index.html`), `figure[data-chart="${id}"] .chart-credit`),
    },
    {
      name: "the tools line after the chart",
      file: `${dir}index.html`,
      lines: () => textsOf(built(`${dir}index.html`), `[data-tools="${id}"] .chart-tools-source`),
    },
    {
      name: "the embed",
      file: `${dir}embed/${id}/index.html`,
      lines: () => textsOf(built(`${dir}embed/${id}/index.html`), ".chart-credit"),
    },
    { name: "the SVG image", file: `${dir}charts/${id}.svg`, lines: () => svgCredits(built(`${dir}charts/${id}.svg`)) },
    {
      name: "the social card",
      file: `src/images/card.ts cardSvg(${id}, ${locale})`,
      lines: () =>
        svgCredits(svgDocument(cardSvg(id, datasetIn(locale), chartCardText(id, locale), { size: CARD, locale, siteHost: HOST }))),
    },
  ];
}

describe("credit lines follow the source of each series", () => {
  it("would catch one (the test can fail)", () => {
    const cell = CREDITS["smuggling-cell-staff"].en;
    expect(creditsShown("Sources: ICE figures reported by ProPublica and The Atlantic; ICE", cell)).not.toEqual(cell);
    expect(creditsShown("Source: Reporting by ProPublica and The Atlantic", cell)).toEqual(cell);
    const trac = CREDITS["smuggling-prosecutions"].en;
    expect(creditsShown("Chart: Smuggling Cases · Sources: TRAC; TRAC via the Hartford Courant · Get the data", trac)).toEqual([
      "TRAC",
      "TRAC via the Hartford Courant",
    ]);
    expect(creditsShown("Chart: Smuggling Cases · Get the data", trac)).toBeUndefined();
    // One entry missing is caught as surely as one too many; the order does not matter.
    const border = CREDITS["border-apprehensions"].es;
    expect(creditsShown("Fuente: CBP", border)).not.toEqual(border);
    expect(creditsShown("Fuentes: CBP vía CNSNews.com; CBP", border)).toEqual(border);
    // Only the first letter's case is the line's business; the rest of the words are the credit's.
    const cases = CREDITS["smuggling-cases"].es;
    expect(creditsShown("Fuente: Cifras del ICE publicadas por ProPublica y The Atlantic", cases)).toEqual(cases);
    expect(creditsShown("Fuente: cifras del ice publicadas por ProPublica y The Atlantic", cases)).not.toEqual(cases);
    const svg = `<svg><text><tspan>Sources: ICE figures reported by ProPublica and</tspan><tspan>The Atlantic; ICE</tspan><tspan>Smuggling Cases · ${HOST}</tspan></text></svg>`;
    expect(svgCredits(svgDocument(svg)).map((line) => creditEntries(line))).toEqual([CREDITS["agents-shift"].en]);
  });

  it("credits every chart the site has", () => {
    expect(Object.keys(CREDITS).sort()).toEqual([...CHART_IDS].sort());
  });

  const cases = EDITIONS.flatMap(({ name, locale, dir }) =>
    CHART_IDS.flatMap((id) =>
      chartSurfaces(locale, dir, id).map((surface) => ({ edition: name, locale, id, surface, label: surface.name })),
    ),
  );
  it.each(cases)("$edition, $id: $label", ({ locale, id, surface }) => {
    const lines = surface.lines();
    expect(lines.length, `${surface.file}: no credit line for ${id}`).toBeGreaterThan(0);
    for (const line of lines) {
      expect(creditsShown(line, CREDITS[id][locale]), `${surface.file}: “${line}”`).toEqual(CREDITS[id][locale]);
      if (id === "smuggling-cell-staff")
        expect(line, `${surface.file}: the Human Smuggling Cell's staffing is the reporting's statement`).not.toMatch(NOT_ICE_FIGURES);
    }
  });

  it.each(EDITIONS)("$name, the story's card (it shows the chart STORY_CARD names)", ({ locale }) => {
    const lines = svgCredits(svgDocument(storyCardSvg(datasetIn(locale), { locale, siteHost: HOST })));
    expect(lines).toHaveLength(1);
    expect(creditsShown(lines[0]!, CREDITS[STORY_CARD.chart][locale]), lines[0]).toEqual(CREDITS[STORY_CARD.chart][locale]);
  });

  const series = EDITIONS.flatMap(({ name, locale, dir }) =>
    Object.keys(SERIES_CREDITS).map((sid) => ({ edition: name, locale, dir, sid })),
  );
  it.each(series)("$edition, the data page: $sid lists its sources", ({ locale, dir, sid }) => {
    const file = `${dir}data/index.html`;
    const about = built(file).querySelector(`#series-${sid}-about`);
    expect(about, `${file}: #series-${sid}-about`).not.toBeNull();
    const line = (about!.textContent ?? "").replace(/\s+/g, " ").trim();
    expect(creditsShown(line, SERIES_CREDITS[sid]![locale]), `${file} #series-${sid}-about: “${line}”`).toEqual(
      SERIES_CREDITS[sid]![locale],
    );
    if (sid === "hsi-smuggling-cell-staff-index") expect(line, file).not.toMatch(NOT_ICE_FIGURES);
  });
});

// -----------------------------------------------------------------------------------------------
// 2. The Spanish glossary

describe("the Spanish edition uses none of the terms its glossary avoids", () => {
  // The site's name is a proper noun ("Gráfico: <name> · Fuente: …"), whatever it becomes.
  const siteName = built("es/index.html").querySelector('meta[property="og:site_name"]')?.getAttribute("content");
  const SPANISH_RULES = spanishRules(siteName ? [siteName] : []);

  it("would catch one (the test can fail)", () => {
    const bad = [
      "la trata de personas",
      "casos de tráfico abiertos",
      "la célula antitráfico del ICE",
      "el control laboral",
      "las inspecciones laborales",
      "procesamientos por encubrimiento",
      "la célula de inteligencia",
      "TRAC, un centro de datos de Syracuse",
      "migrantes sorprendidos en la frontera",
      "pasaron un tiempo a revisar empresas",
      "un cambio de −57%",
      "el primer año fiscal entero",
      "Insertar «Los casos»",
      'dijo "unos 4,500"',
      "Oct. de 2017: más control",
      "Fuente: Cifras del ICE",
      "Tabla de datos: Los casos nuevos",
    ];
    for (const text of bad) expect(findingsIn(SPANISH_RULES, [text]), text).not.toEqual([]);
    const good = [
      "el tráfico de migrantes",
      "se trata de una unidad",
      "oct. de 2017: más control",
      "Fuente: cifras del ICE publicadas por ProPublica y The Atlantic",
      "Fuentes: ICE; CBP vía CNSNews.com",
      "Fuente: reportaje de ProPublica y The Atlantic",
      "AF2017: año inferido",
      "Nota: Homeland Security Investigations (HSI)",
      "el primer año fiscal completo",
      "cayó un 57%",
      "“unos 4,500”",
    ];
    expect(findingsIn(SPANISH_RULES, good)).toEqual([]);
    // The site's name keeps its capital after "Gráfico:", as a name does.
    expect(findingsIn(spanishRules(["Casos Migrantes"]), ["Gráfico: Casos Migrantes · Fuente: ICE"])).toEqual([]);
    expect(findingsIn(spanishRules(), ["Gráfico: Casos Migrantes · Fuente: ICE"])).not.toEqual([]);
  });

  const pages = [
    "es/index.html",
    "es/data/index.html",
    notFoundPage("es/"),
    ...CHART_IDS.map((id) => `es/embed/${id}/index.html`),
    ...CHART_IDS.map((id) => `es/charts/${id}.svg`),
  ];
  it.each(pages)("%s", (file) => {
    const passages = readerText(built(file), { lang: "es" });
    expect(passages.length).toBeGreaterThan(5);
    expect(findings(SPANISH_RULES, passages, file)).toEqual([]);
  });

  it.each(["series.csv", "observations.csv", "sources.csv"])("the _es columns of data/%s", (name) => {
    const rows = csvParse(readFileSync(root("data", name), "utf8"));
    const columns = rows.columns.filter((c) => c.endsWith("_es"));
    expect(columns.length).toBeGreaterThan(0);
    const passages: Passage[] = rows.flatMap((row, i) =>
      columns.map((c) => ({ text: row[c] ?? "", where: `row ${i + 2}, ${c}` })).filter((p) => p.text),
    );
    expect(findings(SPANISH_RULES, passages, `data/${name}`)).toEqual([]);
  });
});

// -----------------------------------------------------------------------------------------------
// 3. No internal ids or field names in reader text

const ids = ["series.csv", "sources.csv"].flatMap((name) => csvParse(readFileSync(root("data", name), "utf8")).map((row) => row.id!));
const descriptor = JSON.parse(readFileSync(root("data/datapackage.json"), "utf8")) as {
  resources: { schema: { fields: { name: string }[] } }[];
};
const fields = [...new Set(descriptor.resources.flatMap((r) => r.schema.fields.map((f) => f.name)))];
const INTERNAL = internalRules(ids, fields);

describe("reader text shows no internal ids or field names", () => {
  it("would catch one (the test can fail)", () => {
    expect(ids).toContain("hsi-smuggling-cases-opened");
    expect(ids).toContain("trac-2020-04-603");
    const bad = [
      "See trac-2020-04-603 for the figure",
      "the hsi-smuggling-cases-opened series",
      "(a new field, period_basis)",
      "every value has a period_type",
      "in fields ending in _es",
      "in title_es and note_es",
      "qualifier: upper bound",
      "marked upper_bound",
      "each source has a lower_bound",
      "(new fields language and collection)",
      "each series names its topic (topic)",
      "la columna qualifier",
    ];
    for (const text of bad) expect(findingsIn(INTERNAL, [text]), text).not.toEqual([]);
    const good = [
      "Every figure keeps its qualifier in words: about, less than.",
      "an upper bound, not a measured value",
      "Human smuggling cases opened by HSI (FY2017–FY2018)",
      "smuggling-cases.vercel.app",
    ];
    expect(findingsIn(INTERNAL, good)).toEqual([]);
  });

  /** The story without its "For developers" part (the #developers heading and what follows it in
   * its section) and without "Updates and corrections" (checked on its own, below). */
  const storyParts = (dir: string) => {
    const document = built(`${dir}index.html`);
    const developers = document.getElementById("developers");
    const updates = document.getElementById("updates");
    expect(developers, "the story's #developers heading").not.toBeNull();
    expect(updates, "the story's #updates heading").not.toBeNull();
    return { document, developers: fromHereOn(developers), updates: fromHereOn(updates) };
  };

  it.each(EDITIONS)("$name, the story (its steps, charts, notes and tables; not “For developers”)", ({ dir }) => {
    const { document, developers, updates } = storyParts(dir);
    const file = `${dir}index.html`;
    const passages = readerText(document, { skip: new Set([...developers, ...updates]) });
    expect(passages.length).toBeGreaterThan(50);
    expect(findings(INTERNAL, passages, file)).toEqual([]);
  });

  it.each(EDITIONS)("$name, the story's “Updates and corrections”", ({ dir }) => {
    const { updates } = storyParts(dir);
    const passages = [...updates].flatMap((el) => readerText(el));
    expect(passages.length).toBeGreaterThan(3);
    expect(findings(INTERNAL, passages, `${dir}index.html`)).toEqual([]);
  });

  const files = EDITIONS.flatMap(({ dir }) => [
    ...CHART_IDS.map((id) => `${dir}embed/${id}/index.html`),
    ...CHART_IDS.map((id) => `${dir}charts/${id}.svg`),
    notFoundPage(dir),
  ]);
  it.each(files)("%s", (file) => {
    const passages = readerText(built(file));
    expect(passages.length).toBeGreaterThan(3);
    expect(findings(INTERNAL, passages, file)).toEqual([]);
  });
});

// -----------------------------------------------------------------------------------------------
// 4. The time frame travels with the headline

const timeless = (items: { where: string; text: string | null | undefined }[]) =>
  items
    .filter(({ text }) => !TIME_FRAME.test(text ?? ""))
    .map(({ where, text }) => `${where}: “${text ?? "(missing)"}” names no year and not Trump's first term`);

describe("the time frame travels with the headline", () => {
  let fn: FetchFunction;
  beforeAll(async () => {
    fn = (await import(pathToFileURL(FUNCTION).href)).default;
  });
  const oembedTitle = async (url: string) => {
    const res = await fn.fetch(new Request(`${SITE}/oembed?url=${encodeURIComponent(url)}&format=json`));
    expect(res.status, url).toBe(200);
    return ((await res.json()) as { title: string }).title;
  };

  it("would catch one (the test can fail)", () => {
    expect(timeless([{ where: "h1", text: "Smuggling cases fell as worksite enforcement surged" }])).toHaveLength(1);
    expect(timeless([{ where: "h1", text: "In the Trump administration’s first full fiscal year" }])).toHaveLength(1);
    expect(timeless([{ where: "og:title", text: undefined }])).toHaveLength(1);
    const good = [
      "Smuggling cases fell in FY2018",
      "Cayeron en el AF2018",
      "Under Trump's first term",
      "en el primer mandato de Trump",
      "fell by more than half in 2018",
    ];
    expect(timeless(good.map((text) => ({ where: "", text })))).toEqual([]);
  });

  it.each(EDITIONS)("$name, the story's headline, dek, title and social tags", ({ dir }) => {
    const file = `${dir}index.html`;
    const document = built(file);
    const meta = (selector: string) => document.querySelector(`meta[${selector}]`)?.getAttribute("content");
    const items = [
      { where: "<h1>", text: document.querySelector("h1")?.textContent },
      { where: ".story-head .dek", text: document.querySelector(".story-head .dek")?.textContent },
      { where: "<title>", text: document.querySelector("title")?.textContent },
      { where: "og:title", text: meta('property="og:title"') },
      { where: "og:description", text: meta('property="og:description"') },
      { where: "description", text: meta('name="description"') },
      // The twitter: tags fall back to og:'s; each one the page gives must say it too.
      ...["twitter:title", "twitter:description"]
        .filter((n) => meta(`name="${n}"`) !== undefined)
        .map((n) => ({ where: n, text: meta(`name="${n}"`) })),
    ].map(({ where, text }) => ({ where: `${file} ${where}`, text: text?.replace(/\s+/g, " ").trim() }));
    expect(timeless(items)).toEqual([]);
  });

  it.each(EDITIONS)("$name, the oEmbed title of the story and of every chart's embed", async ({ dir }) => {
    const urls = [`${SITE}/${dir}`, ...CHART_IDS.map((id) => `${SITE}/${dir}embed/${id}`)];
    const items = await Promise.all(urls.map(async (url) => ({ where: `oEmbed for ${url}`, text: await oembedTitle(url) })));
    expect(timeless(items)).toEqual([]);
  });

  it.each(EDITIONS)("$name, the story's social card (its headline)", ({ locale }) => {
    const texts = svgTexts(svgDocument(storyCardSvg(datasetIn(locale), { locale, siteHost: HOST })));
    // The headline is the card's first text (the whole card names FY2017 in its chart; a feed
    // reader reads the headline).
    expect(timeless([{ where: `storyCardSvg(${locale}) headline`, text: texts[0]?.join(" ") }])).toEqual([]);
  });

  it.each(EDITIONS)("$name, every chart title: in the story, in the embeds and on the images", ({ dir }) => {
    const titles = (file: string) =>
      [...built(file).querySelectorAll(".chart-title")].map((el) => ({ where: file, text: el.textContent?.replace(/\s+/g, " ").trim() }));
    const story = titles(`${dir}index.html`);
    const embeds = CHART_IDS.flatMap((id) => titles(`${dir}embed/${id}/index.html`));
    // An image's title is its first text.
    const images = CHART_IDS.map((id) => ({
      where: `${dir}charts/${id}.svg (title)`,
      text: svgTexts(built(`${dir}charts/${id}.svg`))[0]?.join(" "),
    }));
    expect(story.length).toBeGreaterThanOrEqual(CHART_IDS.length);
    expect(embeds.length).toBeGreaterThanOrEqual(CHART_IDS.length);
    // The story repeats each title in every step: one finding a title and file is enough.
    const once = [...new Map([...story, ...embeds, ...images].map((i) => [`${i.where} ${i.text}`, i])).values()];
    expect(timeless(once)).toEqual([]);
  });
});

// -----------------------------------------------------------------------------------------------
// 5. English style (AP, U.S. English)

describe("the English edition follows AP style and U.S. spelling", () => {
  it("would catch one (the test can fail)", () => {
    const bad = [
      "last changed 27 November 2026",
      "from 1 October to 30 September",
      "on January 5, 2019",
      "Oct. 1–September 30",
      "Oct. 1–Sep. 30",
      "Oct. 1–Sept 30",
      "the data's licence",
      "the series are ticked",
      "tick the series you want",
      "travelling agents",
      "the colour of the bars",
      "a research centre",
      "the programme",
      "the organisation",
      "opened 4.0 times as many",
      "a change of −57%",
    ];
    for (const text of bad) expect(findingsIn(ENGLISH_RULES, [text]), text).not.toEqual([]);
    const good = [
      "Dec. 4, 2026",
      "Oct. 1, 2017",
      "Oct. 1–Sept. 30",
      "March 5, 2019",
      "in September 2018",
      "Feb. 2019",
      "more than four times as many",
      "fell 57%",
      "the license",
      "FY2018 (Oct. 1, 2017–Sept. 30, 2018)",
      "two analyses",
      "a tick mark for each year",
    ];
    expect(findingsIn(ENGLISH_RULES, good)).toEqual([]);
  });

  const pages = [
    "index.html",
    "data/index.html",
    notFoundPage(""),
    ...CHART_IDS.map((id) => `embed/${id}/index.html`),
    ...CHART_IDS.map((id) => `charts/${id}.svg`),
  ];
  it.each(pages)("%s", (file) => {
    // A source's title is its publisher's, quoted as published (CBP's "… (October 1 - September
    // 30)"): an editor does not restyle it. The rest of the source's entry is ours.
    const document = built(file);
    const titles = new Set([...document.querySelectorAll('[id^="source-"] > a:first-child')]);
    const passages = readerText(document, { lang: "en", skip: titles });
    expect(passages.length).toBeGreaterThan(5);
    expect(findings(ENGLISH_RULES, passages, file)).toEqual([]);
  });
});
