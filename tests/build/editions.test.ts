// The two editions as built: each page says its language and names its twin (hreflang both ways,
// x-default, canonical, og:locale); the Spanish pages, embeds, images and cards show no word of
// the English dictionary (src/i18n/en.ts), only words marked as English (lang="en": the switcher's
// "Read in English", titles of English-language sources); and both tell the same steps.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { datasetIn } from "../../src/data/index.ts";
import { en } from "../../src/i18n/en.ts";
import { es } from "../../src/i18n/es.ts";
import { cardSvg, chartCardText, storyCardSvg } from "../../src/images/card.ts";
import { CARD } from "../../src/images/sizes.ts";
import { chartBundlePath, datasetBundlePath } from "../../src/site/urls.ts";
import { root } from "../support/paths.ts";

const CLIENT = root("dist/local/client");
if (!existsSync(`${CLIENT}/es/index.html`)) throw new Error("No local build: run `npm run build:local` first (npm test does).");
const SITE = "https://smuggling-cases.vercel.app";
const page = (file: string) => parseHTML(readFileSync(`${CLIENT}/${file}`, "utf8")).document;

/** Every piece of text a dictionary can put on a page: its strings, and the fixed words around
 * the blanks of its functions (called with a marker for each argument). */
function dictionaryWords(dictionary: object): string[] {
  const MARK = "\u0001";
  const out: string[] = [];
  const walk = (value: unknown) => {
    if (typeof value === "string") out.push(value);
    else if (typeof value === "function") {
      let text: unknown;
      try {
        text = value(MARK, MARK, MARK, MARK);
      } catch {
        text = value([MARK, MARK], MARK);
      }
      if (typeof text === "string") out.push(...text.split(MARK));
    } else if (value && typeof value === "object" && !(value instanceof Intl.DateTimeFormat)) Object.values(value).forEach(walk);
  };
  walk(dictionary);
  return out.map((s) => s.trim());
}

// English words and the English way of naming a fiscal year ("FY2018", "FY18"): what must never
// show in the Spanish edition. Words the two dictionaries share (CSV, PNG, "I-9") are not English.
const spanishWords = new Set(dictionaryWords(es));
const englishYears = [2015, 2016, 2017, 2018, 2019].flatMap((y) => [en.period(y, "fiscal_year"), en.periodShort(y, "fiscal_year")]);
const ENGLISH = [...new Set([...dictionaryWords(en), ...englishYears])].filter(
  (w) => /\p{L}{2}/u.test(w) && w.length >= 4 && !spanishWords.has(w),
);

/** The names the Spanish edition keeps in English on purpose, glossed in Spanish where first used:
 * the agency and unit names (HSI and ICE keep their acronyms), and TRAC's own term. */
const ENGLISH_NAMES = [
  "Homeland Security Investigations",
  "Human Smuggling Cell",
  "Enforcement and Removal Operations",
  "harboring prosecutions",
];

/** The words a reader gets from a page: each block's text, its title, and the text of its alt,
 * title, aria-label and descriptive meta attributes. Left out: what is marked as another language
 * (lang="en", such as titles of English-language sources), code samples (ids and URLs), the
 * kept English names, and a source's own words quoted: in straight quotes in a data note, or in
 * curly quotes followed by their translation in brackets, as the Spanish notes give them (“about
 * 4,500” (unos 4,500)). */
function readerTexts(document: Document): string[] {
  for (const el of document.querySelectorAll("script, style, code, [lang]:not(html)"))
    if (!el.getAttribute("lang")?.startsWith("es")) el.remove();
  const blocks = [
    ...document.querySelectorAll("title, h1, h2, h3, p, li, dt, dd, th, td, summary, label, legend, button, figcaption, text, a"),
  ].map((el) => el.textContent ?? "");
  const attributes = [...document.querySelectorAll("[alt], [title], [aria-label]")].flatMap((el) =>
    ["alt", "title", "aria-label"].map((a) => el.getAttribute(a) ?? ""),
  );
  const meta = [
    ...document.querySelectorAll(
      'meta[name="description"], meta[property="og:title"], meta[property="og:description"], meta[property="og:site_name"], meta[property$=":alt"]',
    ),
  ].map((el) => el.getAttribute("content") ?? "");
  return [...blocks, ...attributes, ...meta].map((t) => t.replace(/\s+/g, " ").trim()).filter(Boolean);
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
// Whole words only: "Embed" is not English inside "oEmbed", nor "image" inside "imagen".
const PATTERNS = ENGLISH.map((w) => ({ w, re: new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(w)}(?![\\p{L}\\p{N}])`, "u") }));
const kept = (t: string) => ENGLISH_NAMES.reduce((text, name) => text.split(name).join(" "), t).replace(/"[^"]*"|“[^”]*”(?=\s*\()/g, " ");
const englishIn = (texts: string[]) =>
  texts.flatMap((t) => PATTERNS.filter(({ re }) => re.test(kept(t))).map(({ w }) => `“${w}” in “${t.slice(0, 120)}”`));

describe("the Spanish edition shows no English dictionary words", () => {
  it("would catch one (the test can fail)", () => {
    expect(ENGLISH.length).toBeGreaterThan(100);
    expect(englishIn(["Fuente: ICE · Get the data"])).not.toEqual([]);
    expect(englishIn(["AF2017 y FY2018"])).not.toEqual([]);
  });

  const pages = ["es/index.html", "es/data/index.html", "es/404/index.html", ...CHART_IDS.map((id) => `es/embed/${id}/index.html`)];
  it.each(pages)("%s", (file) => {
    const texts = readerTexts(page(file));
    expect(texts.length).toBeGreaterThan(10);
    expect(englishIn(texts)).toEqual([]);
  });

  it.each(CHART_IDS)("the image es/charts/%s.svg", (id) => {
    const texts = [...page(`es/charts/${id}.svg`).querySelectorAll("text")].map((t) => t.textContent ?? "");
    expect(texts.length).toBeGreaterThan(3);
    expect(englishIn(texts)).toEqual([]);
  });

  it("the social cards, the story's and each chart's", () => {
    const data = datasetIn("es");
    const svgs = [
      storyCardSvg(data, { locale: "es", siteHost: "smuggling-cases.vercel.app" }),
      ...CHART_IDS.map((id) =>
        cardSvg(id, data, chartCardText(id, "es"), { size: CARD, locale: "es", siteHost: "smuggling-cases.vercel.app" }),
      ),
    ];
    const texts = svgs.flatMap((svg) =>
      [...parseHTML(`<html><body>${svg}</body></html>`).document.querySelectorAll("text")].map((t) => t.textContent ?? ""),
    );
    expect(texts.join(" ")).toContain("Casos de tráfico de migrantes · smuggling-cases.vercel.app");
    expect(englishIn(texts)).toEqual([]);
  });
});

describe("the Spanish downloads are in Spanish", () => {
  // Left out, as on the pages: code spans and blocks (field names, file names, BibTeX), addresses,
  // and the sources' published titles and their publishers' names, in English.
  const sources = datasetIn("es").sources;
  const english = [...sources.map((s) => s.title), ...sources.map((s) => s.publisher)].sort((a, b) => b.length - a.length);
  const prose = (text: string) =>
    english
      .reduce((t, name) => t.split(name).join(" "), text)
      .replace(/```[\s\S]*?```|`[^`]*`|\(<[^>]*>\)|https?:\/\/\S+/g, " ")
      .split(/\n+/)
      .map((line) => line.replace(/^[#\s-]+/, "").trim())
      .filter(Boolean);
  const unzipped = (path: string, name: string) => execFileSync("unzip", ["-p", `${CLIENT}${path}`, name]).toString();
  const readme = (path: string) => prose(unzipped(path, "README.md"));

  it("would catch one (the test can fail)", () => {
    expect(englishIn(readme(chartBundlePath("agents-shift", "zip", "en")))).not.toEqual([]);
  });

  it.each(CHART_IDS)("es/charts/%s.zip: its README", (id) => {
    const texts = readme(chartBundlePath(id, "zip", "es"));
    expect(texts.length).toBeGreaterThan(10);
    expect(englishIn(texts)).toEqual([]);
  });

  it.each(CHART_IDS)("es/charts/%s.metadata.json: its words for readers", (id) => {
    const m = JSON.parse(readFileSync(`${CLIENT}${chartBundlePath(id, "metadata.json", "es")}`, "utf8"));
    const texts = [
      m.title,
      m.subtitle,
      ...m.series.flatMap((s: Record<string, string | string[]>) => [s.title, s.unit_label, s.periods, s.description, s.credit].flat()),
      ...Object.values(m.qualifiers),
      ...m.notes,
      m.credit,
      ...m.sources.flatMap((s: Record<string, string>) => [s.credit, s.collection]),
      m.citation.text,
      m.license.title,
    ].flatMap((t) => prose(String(t)));
    expect(englishIn(texts)).toEqual([]);
  });

  it.each(CHART_IDS)("es/charts/%s.csv: its series titles and notes", (id) => {
    const rows = JSON.parse(
      execFileSync("python3", [
        "-c",
        "import csv, json, sys; print(json.dumps(list(csv.DictReader(open(sys.argv[1])))))",
        `${CLIENT}${chartBundlePath(id, "csv", "es")}`,
      ]).toString(),
    ) as Record<string, string>[];
    expect(englishIn(rows.flatMap((r) => [r.series_title!, r.note!]).filter(Boolean))).toEqual([]);
  });

  it("es/data/smuggling-cases-data.zip: its README", () => {
    const texts = readme(datasetBundlePath("es"));
    expect(texts.length).toBeGreaterThan(10);
    expect(englishIn(texts)).toEqual([]);
  });
});

describe("each edition says its language and names the other", () => {
  const editions = [
    { file: "index.html", lang: "en", url: `${SITE}/`, ogLocale: "en_US", other: "es_US" },
    { file: "es/index.html", lang: "es", url: `${SITE}/es/`, ogLocale: "es_US", other: "en_US" },
  ];
  it.each(editions)("$file", ({ file, lang, url, ogLocale, other }) => {
    const document = page(file);
    expect(document.documentElement.getAttribute("lang")).toBe(lang);
    expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(url);
    const alternates = Object.fromEntries(
      [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
    );
    expect(alternates).toEqual({ en: `${SITE}/`, es: `${SITE}/es/`, "x-default": `${SITE}/` });
    expect(document.querySelector('meta[property="og:locale"]')?.getAttribute("content")).toBe(ogLocale);
    expect(document.querySelector('meta[property="og:locale:alternate"]')?.getAttribute("content")).toBe(other);
    expect(document.querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(`${url}cards/story.png`);
  });

  it("the data pages name each other too", () => {
    for (const [file, lang] of [
      ["data/index.html", "en"],
      ["es/data/index.html", "es"],
    ]) {
      const document = page(file!);
      expect(document.documentElement.getAttribute("lang")).toBe(lang);
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      );
      expect(alternates).toEqual({ en: `${SITE}/data/`, es: `${SITE}/es/data/`, "x-default": `${SITE}/data/` });
    }
  });

  it("a chart's copy of the data page names the data page of its edition as canonical, and its twins", () => {
    for (const [file, lang] of [
      ["data/agents-shift/index.html", "en"],
      ["es/data/agents-shift/index.html", "es"],
    ]) {
      const document = page(file!);
      expect(document.querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(
        lang === "en" ? `${SITE}/data/` : `${SITE}/es/data/`,
      );
      const alternates = Object.fromEntries(
        [...document.querySelectorAll('link[rel="alternate"][hreflang]')].map((l) => [l.getAttribute("hreflang"), l.getAttribute("href")]),
      );
      expect(alternates).toEqual({ en: `${SITE}/data/`, es: `${SITE}/es/data/`, "x-default": `${SITE}/data/` });
    }
  });

  it("embeds and 404 pages say their language, and name no twin (they are not pages of their own)", () => {
    for (const [file, lang] of [
      ["embed/agents-shift/index.html", "en"],
      ["es/embed/agents-shift/index.html", "es"],
      ["404.html", "en"],
      ["es/404/index.html", "es"],
    ]) {
      const document = page(file!);
      expect(document.documentElement.getAttribute("lang"), file).toBe(lang);
      expect(document.querySelectorAll('link[rel="alternate"][hreflang]'), file).toHaveLength(0);
    }
    expect(page("es/embed/agents-shift/index.html").querySelector('meta[property="og:image"]')?.getAttribute("content")).toBe(
      `${SITE}/es/cards/agents-shift.png`,
    );
  });

  it("the Spanish story's downloads ask for Spanish columns", () => {
    const links = [...page("es/index.html").querySelectorAll('a[href^="/api/data."]')].map((a) => a.getAttribute("href")!);
    expect(links.length).toBeGreaterThan(10);
    for (const href of links) expect(new URL(href, SITE).searchParams.get("lang"), href).toBe("es");
  });
});

describe("both editions tell the same steps", () => {
  it("the same charts in the same states, step for step, under the same ids", () => {
    const steps = (file: string) =>
      [...page(file).querySelectorAll(".step[data-step]")].map(
        (s) => `${s.id} ${s.getAttribute("data-chart")} ${s.getAttribute("data-state")}`,
      );
    expect(steps("es/index.html")).toEqual(steps("index.html"));
    expect(steps("index.html").length).toBeGreaterThan(5);
    const sections = (file: string) => [...page(file).querySelectorAll("section > h2[id]")].map((h) => h.id);
    expect(sections("es/index.html")).toEqual(sections("index.html"));
  });
});
