// The downloads as built, in both editions and both builds, read by other people's tools: each
// chart's bundle (/charts/<id>.csv, .metadata.json, .zip) opened with Debian's unzip and its CSV
// with Python's csv module; the whole data set's zip opened and validated by Frictionless' own
// library. The chart's CSV is the data function's answer for the chart's series; the metadata and
// README say what a reader needs (sources, citation, license, version); a rebuild gives the same
// bytes.
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CATALOG, CHART_IDS } from "../../src/charts/catalog.ts";
import { LOCALES } from "../../src/locales.ts";
import { type ChartBundleFile, chartBundlePath, datasetBundlePath, dataUrl } from "../../src/site/urls.ts";
import { frictionlessProblems, frictionlessRows } from "../support/frictionless.ts";
import { root } from "../support/paths.ts";
import { type FetchFunction, importDataFunction, VERCEL_OUTPUT } from "../support/vercel-function.ts";

const BUILDS = { local: root("dist/local/client"), vercel: `${VERCEL_OUTPUT}/static` };
for (const dir of Object.values(BUILDS))
  if (!existsSync(`${dir}/index.html`))
    throw new Error(`No build in ${dir}: run \`npm run build\` and \`npm run build:local\` (npm test does).`);
const built = (path: string, build: keyof typeof BUILDS = "local") => readFileSync(`${BUILDS[build]}${path}`);

/** What Debian's unzip finds in a zip: its entries, one file's bytes, and its own integrity test. */
const unzip = {
  names: (zip: string) => execFileSync("unzip", ["-Z1", zip]).toString().trim().split("\n"),
  read: (zip: string, name: string) => execFileSync("unzip", ["-p", zip, name], { maxBuffer: 1 << 24 }),
  test: (zip: string) => execFileSync("unzip", ["-tq", zip]).toString(),
};

/** A CSV's rows as Python's csv module reads them. */
const pythonCsv = (text: string) =>
  JSON.parse(
    execFileSync("python3", ["-c", "import csv, json, sys; print(json.dumps(list(csv.DictReader(sys.stdin))))"], {
      input: text,
    }).toString(),
  ) as Record<string, string>[];

// Expectations from outside the code under test: the repository's descriptor and source table.
const descriptor = JSON.parse(readFileSync(root("data/datapackage.json"), "utf8")) as {
  version: string;
  licenses: { name: string; path: string }[];
};
const sourcesTable = pythonCsv(readFileSync(root("data/sources.csv"), "utf8"));
const seriesTable = pythonCsv(readFileSync(root("data/series.csv"), "utf8"));

let fn: FetchFunction;
beforeAll(async () => {
  fn = await importDataFunction();
});

const cases = LOCALES.flatMap((locale) => CHART_IDS.map((chart) => ({ locale, chart })));

describe.each(cases)("the bundle of $chart ($locale)", ({ locale, chart }) => {
  const path = (file: ChartBundleFile) => chartBundlePath(chart, file, locale);
  const zip = `${BUILDS.local}${path("zip")}`;
  const csv = built(path("csv")).toString();
  const metadata = JSON.parse(built(path("metadata.json")).toString());

  it("is a zip that unzip reads whole: the chart's CSV and metadata, as published beside it, and a README", () => {
    expect(unzip.test(zip)).toMatch(/No errors detected/);
    expect(unzip.names(zip).sort()).toEqual([`${chart}.csv`, `${chart}.metadata.json`, "README.md"].sort());
    expect(unzip.read(zip, `${chart}.csv`).equals(built(path("csv")))).toBe(true);
    expect(unzip.read(zip, `${chart}.metadata.json`).equals(built(path("metadata.json")))).toBe(true);
  });

  it("has as its CSV the data function's answer for the chart's series, in the edition's language", async () => {
    const res = await fn.fetch(new Request(new URL(dataUrl(CATALOG[chart].series, "csv", locale), "https://smuggling-cases.vercel.app")));
    expect(res.status).toBe(200);
    expect(csv).toBe(await res.text());
    const rows = pythonCsv(csv);
    expect(new Set(rows.map((r) => r.series_id))).toEqual(new Set(CATALOG[chart].series));
    const titleColumn = locale === "en" ? "title" : `title_${locale}`;
    for (const r of rows) expect(r.series_title).toBe(seriesTable.find((s) => s.id === r.series_id)![titleColumn]);
  });

  it("has metadata that says what the rows are: title, series, units, qualifiers, notes, sources, citation, license, version", () => {
    const rows = pythonCsv(csv);
    expect(metadata.chart).toBe(chart);
    expect(metadata.language).toBe(locale);
    expect(metadata.title.length).toBeGreaterThan(10);
    expect(metadata.subtitle.length).toBeGreaterThan(5);
    expect(metadata.series.map((s: { id: string }) => s.id)).toEqual(CATALOG[chart].series);
    for (const s of metadata.series) {
      expect(s.unit).toBe(rows.find((r) => r.series_id === s.id)!.unit);
      expect(s.unit_label.length).toBeGreaterThan(2);
      expect(s.description.length).toBeGreaterThan(20);
    }
    // Every qualifier in the rows is explained.
    expect(Object.keys(metadata.qualifiers).sort()).toEqual([...new Set(rows.map((r) => r.qualifier))].sort());
    expect(metadata.notes.length).toBeGreaterThan(0);
    // Every source a row names is listed, with its address.
    expect(metadata.sources.map((s: { url: string }) => s.url).sort()).toEqual([...new Set(rows.map((r) => r.source_url))].sort());
    expect(metadata.citation.text).toContain(descriptor.version);
    expect(metadata.citation.bibtex).toMatch(/^@misc\{/);
    expect(metadata.license).toMatchObject({ name: descriptor.licenses[0]!.name, path: descriptor.licenses[0]!.path });
    expect(metadata.version).toBe(descriptor.version);
  });

  it("has a README that names the chart, each source, the citation and the license", () => {
    const readme = unzip.read(zip, "README.md").toString();
    expect(readme.startsWith(`# ${metadata.title}\n`)).toBe(true);
    for (const url of new Set(pythonCsv(csv).map((r) => r.source_url))) expect(readme).toContain(`(<${url}>)`);
    expect(readme).toContain(metadata.citation.text);
    expect(readme).toContain(metadata.citation.bibtex);
    expect(readme).toContain(descriptor.licenses[0]!.path);
    expect(readme).toContain(`${chart}.csv`);
  });
});

describe.each(LOCALES)("the whole data set's zip (%s)", (locale) => {
  const zip = `${BUILDS.local}${datasetBundlePath(locale)}`;
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "dataset-zip-"));
    execFileSync("unzip", ["-q", zip, "-d", dir]);
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("opens in Frictionless' own library as it is, valid, with every table read", async () => {
    expect(await frictionlessProblems(zip)).toEqual([]);
    const rows = await frictionlessRows(zip);
    expect(Object.keys(rows).sort()).toEqual(["observations", "series", "sources"]);
    expect(rows.sources!.map((s) => s.id)).toEqual(sourcesTable.map((s) => s.id));
  });

  it("holds the repository's tables as published, and a descriptor whose every path is in the zip", () => {
    const names = unzip.names(zip);
    for (const table of ["observations", "series", "sources"]) {
      expect(names).toContain(`data/${table}.csv`);
      expect(readFileSync(`${dir}/data/${table}.csv`).equals(built(`/data/${table}.csv`))).toBe(true);
    }
    const inZip = JSON.parse(readFileSync(`${dir}/datapackage.json`, "utf8")) as { version: string; resources: { path: string }[] };
    expect(inZip.version).toBe(descriptor.version);
    for (const r of inZip.resources) expect(names).toContain(r.path);
    expect(names).toContain("README.md");
  });

  it("has a README that names every source, the citation and the license", () => {
    const readme = readFileSync(`${dir}/README.md`, "utf8");
    for (const s of sourcesTable) expect(readme, s.id).toContain(`(<${s.url}>)`);
    expect(readme).toContain(`version ${descriptor.version}`.replace("version", locale === "es" ? "versión" : "version"));
    expect(readme).toMatch(/```bibtex\n@misc\{/);
    expect(readme).toContain(descriptor.licenses[0]!.path);
  });
});

it("every zip is the same bytes in both builds (a rebuild gives the same file)", () => {
  const zips = LOCALES.flatMap((locale) => [datasetBundlePath(locale), ...CHART_IDS.map((id) => chartBundlePath(id, "zip", locale))]);
  for (const path of zips) expect(built(path, "vercel").equals(built(path, "local")), path).toBe(true);
});
