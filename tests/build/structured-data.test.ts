// The pages' schema.org structured data as built, in both editions: the story as a NewsArticle, the
// data page as a Dataset. Each is read as a JSON-LD processor reads it (jsonld.js, in safe mode,
// against schema.org's own vocabulary, offline: tests/support/schema-org.ts), holds the properties
// Google asks for (lists typed below from Google's docs), and says what the page, the published
// tables and CITATION.cff say, not what the module that makes it says.
import { existsSync, readFileSync } from "node:fs";
import { csvParse } from "d3";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse as parseYaml } from "yaml";
import { root } from "../support/paths.ts";
import { expandStrictly, vocabularyProblems } from "../support/schema-org.ts";
import { type RunningServer, startLocalServer } from "../support/server.ts";
import { VERCEL_OUTPUT } from "../support/vercel-function.ts";

const CLIENT = root("dist/local/client");
const STATIC = `${VERCEL_OUTPUT}/static`;
if (!existsSync(`${CLIENT}/es/data/index.html`)) throw new Error("No local build: run `npm run build:local` first (npm test does).");
const SITE = "https://smuggling-cases.vercel.app";

type Node = Record<string, unknown>;
const html = (dir: string, file: string) => readFileSync(`${dir}/${file}`, "utf8");
const page = (file: string) => parseHTML(html(CLIENT, file)).document;
/** The text of each JSON-LD script of a built page, as written. */
const jsonLdScripts = (source: string) => [...source.matchAll(/<script type="application\/ld\+json">(.*?)<\/script>/gs)].map((m) => m[1]!);
const structuredData = (dir: string, file: string): Node[] => jsonLdScripts(html(dir, file)).map((text) => JSON.parse(text));
const meta = (document: Document, property: string) => document.querySelector(`meta[property="${property}"]`)?.getAttribute("content");

// Google Search Central, "Article (Article, NewsArticle, BlogPosting) structured data"
// (https://developers.google.com/search/docs/appearance/structured-data/article): no property is
// required; these are recommended.
const ARTICLE_RECOMMENDED = ["author", "author.name", "author.url", "dateModified", "datePublished", "headline", "image"];
// Google Search Central, "Dataset (Dataset, DataCatalog, DataDownload) structured data"
// (https://developers.google.com/search/docs/appearance/structured-data/dataset): required, and
// recommended (with DataDownload's under distribution).
const DATASET_REQUIRED = ["description", "name"];
const DATASET_RECOMMENDED = [
  "alternateName",
  "creator",
  "citation",
  "funder",
  "hasPart",
  "isAccessibleForFree",
  "isBasedOn",
  "identifier",
  "keywords",
  "license",
  "measurementTechnique",
  "sameAs",
  "spatialCoverage",
  "temporalCoverage",
  "url",
  "variableMeasured",
  "version",
  "distribution.contentUrl",
  "distribution.encodingFormat",
];
/** Recommended properties this data set has nothing true to give for. */
const DATASET_NOT_APPLICABLE = {
  alternateName: "it has one name per edition",
  funder: "nobody funds it",
  hasPart: "it is one data set, not a collection of them",
  isBasedOn: "its sources are given as citation, as CITATION.cff asks users to cite them",
  identifier: "it has no DOI or other registered identifier",
  measurementTechnique: "each source's collection is text on the data page and in the data, not a technique",
  sameAs: "no other page describes it",
};

/** Whether a dotted property ("author.name") has a value in every object it reaches. */
function has(node: Node, dotted: string): boolean {
  const [head, ...rest] = dotted.split(".");
  const value = node[head!];
  if (value === undefined || value === null || value === "" || (Array.isArray(value) && value.length === 0)) return false;
  if (rest.length === 0) return true;
  return [value].flat().every((v) => typeof v === "object" && has(v as Node, rest.join(".")));
}

const STORIES = [
  { file: "index.html", lang: "en" },
  { file: "es/index.html", lang: "es" },
];
const DATA_PAGES = [
  { file: "data/index.html", lang: "en", series: { title: "title", unit: "unit", description: "description" }, query: "" },
  {
    file: "es/data/index.html",
    lang: "es",
    series: { title: "title_es", unit: "unit_es", description: "description_es" },
    query: "?lang=es",
  },
];

describe("schema.org structured data", () => {
  it.each([...STORIES, ...DATA_PAGES].map((p) => p.file))(
    "%s: one JSON-LD object of schema.org's terms only, the same in both builds",
    async (file) => {
      const [data, ...others] = structuredData(CLIENT, file);
      expect(others).toEqual([]);
      expect(data!["@context"]).toBe("https://schema.org");
      expect(vocabularyProblems(await expandStrictly(data!))).toEqual([]);
      expect(structuredData(STATIC, file)).toEqual([data]);
    },
  );

  it("would catch a term schema.org does not have, or one on the wrong type or with the wrong value (the check can fail)", async () => {
    await expect(expandStrictly({ "@context": "https://schema.org", "@type": "Dataset", variablesMeasured: "x" })).rejects.toThrow();
    await expect(expandStrictly({ "@context": "https://schema.org", "@type": "DataSet" })).rejects.toThrow();
    const wrong = {
      "@context": "https://schema.org",
      "@type": "Dataset",
      unitText: "x",
      isAccessibleForFree: "yes",
      spatialCoverage: { "@type": "PropertyValue" },
    };
    expect(vocabularyProblems(await expandStrictly(wrong))).toEqual([
      '$[0].isAccessibleForFree: "yes" is outside its range',
      "$[0].spatialCoverage: a http://schema.org/PropertyValue is outside its range",
      "$[0].unitText: not a property of Dataset",
    ]);
  });

  it("escapes every < in the JSON, so that nothing in the data can close the script", () => {
    const scripts = [...STORIES, ...DATA_PAGES].flatMap((p) => jsonLdScripts(html(CLIENT, p.file)));
    expect(scripts.filter((s) => s.includes("<"))).toEqual([]);
    // The Data Package's description names fields as "<field>_es": it must still read back whole.
    expect(scripts.join("")).toContain("\\u003cfield>");
    expect(JSON.stringify(structuredData(CLIENT, "data/index.html"))).toContain("<field>_es");
  });

  it("is on the canonical pages only: a chart's copy of the data page names /data/ and carries none", () => {
    for (const [file, canonical] of [
      ["data/agents-shift/index.html", `${SITE}/data/`],
      ["es/data/agents-shift/index.html", `${SITE}/es/data/`],
    ] as const) {
      expect(page(file).querySelector('link[rel="canonical"]')?.getAttribute("href")).toBe(canonical);
      expect(structuredData(CLIENT, file)).toEqual([]);
    }
    expect(structuredData(CLIENT, "embed/agents-shift/index.html")).toEqual([]);
    expect(structuredData(CLIENT, "404.html")).toEqual([]);
  });
});

describe.each(STORIES)("the story, $file, as a NewsArticle", ({ file, lang }) => {
  const document = page(file);
  const article = structuredData(CLIENT, file)[0]!;
  const colophon = (n: number) => document.querySelectorAll(".colophon time")[n]?.getAttribute("datetime");

  it("has every property Google recommends for an article", () => {
    expect(article["@type"]).toBe("NewsArticle");
    expect(ARTICLE_RECOMMENDED.filter((p) => !has(article, p))).toEqual([]);
  });

  it("says what the page says: headline, description, address, image, language, dates", () => {
    expect(article.headline).toBe(document.querySelector("h1")?.textContent);
    expect(article.description).toBe(document.querySelector('meta[name="description"]')?.getAttribute("content"));
    expect(article.url).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute("href"));
    expect(article.image).toEqual([meta(document, "og:image")]);
    expect(article.inLanguage).toBe(lang);
    expect(article.inLanguage).toBe(document.documentElement.getAttribute("lang"));
    // The colophon's "Published" and "Last updated", and Open Graph's article times.
    expect([article.datePublished, article.dateModified]).toEqual([colophon(0), colophon(1)]);
    expect([meta(document, "article:published_time"), meta(document, "article:modified_time")]).toEqual([colophon(0), colophon(1)]);
    expect(String(article.datePublished)).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it("is by the site, and based on ProPublica's article, citing every source the page lists", () => {
    const site = { "@type": "Organization", name: meta(document, "og:site_name"), url: `${SITE}/` };
    expect(article.author).toEqual(site);
    expect(article.publisher).toEqual(site);
    expect(article.isBasedOn).toMatchObject({
      "@type": "NewsArticle",
      url: "https://www.propublica.org/article/trump-migrant-smugglers-border-patrol-homeland-security-undercut-efforts-to-stop-them",
      publisher: { "@type": "Organization", name: "ProPublica" },
      datePublished: "2019-02",
    });
    const listed = [...document.querySelectorAll("ul.sources > li > a")].map((a) => a.getAttribute("href"));
    expect((article.citation as Node[]).map((c) => c.url)).toEqual(listed);
  });
});

describe("the data page, as a Dataset", () => {
  const cff = parseYaml(readFileSync(root("CITATION.cff"), "utf8"));
  const client = (path: string) => readFileSync(`${CLIENT}${path}`, "utf8");
  const series = csvParse(client("/data/series.csv"));
  const sources = csvParse(client("/data/sources.csv"));
  const observations = csvParse(client("/data/observations.csv"));
  let server: RunningServer;
  beforeAll(async () => {
    server = await startLocalServer();
  });
  afterAll(() => server?.stop());

  describe.each(DATA_PAGES)("$file", ({ file, lang, series: columns, query }) => {
    const document = page(file);
    const dataset = structuredData(CLIENT, file)[0]!;

    it("has Google's required properties, and every recommended one that applies", () => {
      expect(dataset["@type"]).toBe("Dataset");
      expect(DATASET_REQUIRED.filter((p) => !has(dataset, p))).toEqual([]);
      const description = String(dataset.description);
      expect(description.length).toBeGreaterThanOrEqual(50);
      expect(description.length).toBeLessThanOrEqual(5000);
      // In the page's language: the published descriptor's description, or its Spanish twin.
      const published = JSON.parse(client("/datapackage.json")) as Record<string, string>;
      expect(description).toBe(lang === "en" ? published.description : published[`description_${lang}`]);
      const expected = DATASET_RECOMMENDED.filter((p) => !(p in DATASET_NOT_APPLICABLE));
      expect(expected.filter((p) => !has(dataset, p))).toEqual([]);
    });

    it("names the data set, its version, date, licence and maker as CITATION.cff and the page do", () => {
      expect(dataset.version).toBe(cff.version);
      expect(dataset.dateModified).toBe(cff["date-released"]);
      expect(cff.license).toBe("CC-BY-4.0");
      expect(dataset.license).toBe("https://creativecommons.org/licenses/by/4.0/");
      expect(dataset.isAccessibleForFree).toBe(true);
      expect(dataset.url).toBe(document.querySelector('link[rel="canonical"]')?.getAttribute("href"));
      // The maker as the page's citation names it (in English, as CITATION.cff does).
      const maker = (dataset.creator as Node).name as string;
      expect(document.querySelector("[data-citation]")?.textContent).toMatch(new RegExp(`^${maker} \\(`));
      if (lang === "en") {
        expect(dataset.name).toBe(cff.title);
        expect(dataset.url).toBe(cff.url);
        expect(cff.authors.map((a: { name: string }) => a.name)).toEqual([maker]);
      } else expect(document.title).toContain(String(dataset.name));
    });

    it("measures one variable per series, in the edition's words, as the published series table has them", () => {
      expect(dataset.variableMeasured).toEqual(
        series.map((s) => ({
          "@type": "PropertyValue",
          propertyID: s.id,
          name: s[columns.title],
          description: s[columns.description],
          unitText: s[columns.unit],
        })),
      );
    });

    it("cites every source of the figures, covers their years and the United States", () => {
      expect((dataset.citation as Node[]).map((c) => [c.name, c.url])).toEqual(sources.map((s) => [s.title, s.url]));
      // A fiscal year runs Oct. 1 of the year before to Sept. 30; a calendar year Jan. 1 to Dec. 31.
      const kind = new Map(series.map((s) => [s.id, s.period_type]));
      const spans = observations.map((o) => {
        const year = Number(o.period);
        return kind.get(o.series_id) === "fiscal_year" ? [`${year - 1}-10-01`, `${year}-09-30`] : [`${year}-01-01`, `${year}-12-31`];
      });
      expect(dataset.temporalCoverage).toBe(
        `${spans.map((s) => s[0]).sort()[0]}/${spans
          .map((s) => s[1])
          .sort()
          .at(-1)}`,
      );
      expect(dataset.spatialCoverage).toEqual({ "@type": "Place", name: lang === "en" ? "United States" : "Estados Unidos" });
      expect((dataset.keywords as string[]).length).toBeGreaterThan(3);
    });

    it("is distributed as CSV, JSON, the Data Package and its zip, at absolute URLs that answer with that format", async () => {
      const downloads = dataset.distribution as Node[];
      expect(downloads.map((d) => [d["@type"], d.contentUrl, d.encodingFormat])).toEqual([
        ["DataDownload", `${SITE}/api/data.csv${query}`, "text/csv"],
        ["DataDownload", `${SITE}/api/data.json${query}`, "application/json"],
        ["DataDownload", `${SITE}/datapackage.json`, "application/json"],
        ["DataDownload", `${SITE}${lang === "en" ? "" : `/${lang}`}/data/smuggling-cases-data.zip`, "application/zip"],
      ]);
      for (const d of downloads) {
        const url = new URL(String(d.contentUrl));
        const res = await fetch(`${server.origin}${url.pathname}${url.search}`);
        await res.arrayBuffer();
        expect(res.status, url.href).toBe(200);
        expect(res.headers.get("content-type")?.split(";")[0], url.href).toBe(d.encodingFormat);
      }
    });
  });
});
