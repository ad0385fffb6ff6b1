// The data page's code samples run as given, each in its own runtime, against the local
// production server: pandas and R's readr from Debian's packages (python3-pandas, r-cran-readr),
// d3 in Node.js from npm, and curl. Each sample is read from the built page's HTML, where it is
// written for the page's own selection without JavaScript; only the site's origin is swapped for
// the local server's. The page in a browser runs its HTML sample (tests/e2e/code-samples.spec.ts).
// Expected figures are the fact sheet's (../shared/FACTS.md) and the repository's tables.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { csvParse } from "d3";
import { parseHTML } from "linkedom";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";
import { type RunningServer, startLocalServer } from "../support/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
}, 60_000);
afterAll(() => server?.stop());

const SITE = "https://smuggling-cases.vercel.app";
const observations = csvParse(readFileSync(root("data", "observations.csv"), "utf8"));
const series = csvParse(readFileSync(root("data", "series.csv"), "utf8"));
const TITLE_ES = series.find((s) => s.id === "hsi-smuggling-cases-opened")!.title_es!;

/** The samples of a built data page, by tool, pointed at the local server. */
function samples(page: string): Record<string, string> {
  const { document } = parseHTML(readFileSync(root("dist/local/client", page, "index.html"), "utf8"));
  const codes = [...document.querySelectorAll("code[data-code]")];
  expect(codes.map((c) => c.getAttribute("data-code"))).toEqual(["python", "r", "javascript", "node", "curl"]);
  return Object.fromEntries(codes.map((c) => [c.getAttribute("data-code")!, c.textContent!.replaceAll(SITE, server.origin)]));
}

// A folder inside the project, so that the Node sample's `import ... from "d3"` finds the project's d3.
const scratch = () => {
  const base = root("node_modules/.cache/code-samples");
  mkdirSync(base, { recursive: true });
  return mkdtempSync(`${base}/run-`);
};
/** Runs the Node.js sample as given, with one line added that hands its rows to the test. */
function runNode(code: string): Record<string, unknown>[] {
  const dir = scratch();
  writeFileSync(join(dir, "load.mjs"), `${code}\nconsole.error(JSON.stringify(rows));\n`);
  const { status, stdout, stderr } = spawnSync(process.execPath, ["load.mjs"], { cwd: dir, encoding: "utf8" });
  expect(status, `the Node.js sample failed: ${stderr}`).toBe(0);
  expect(stdout).toContain("series_id"); // its own console.log(rows)
  return JSON.parse(stderr) as Record<string, unknown>[];
}

const run = (command: string, args: string[], cwd?: string) =>
  execFileSync(command, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

describe("the whole data set, as /data/ gives it", () => {
  it("has the address and every sample in its HTML", () => {
    const { document } = parseHTML(readFileSync(root("dist/local/client/data/index.html"), "utf8"));
    expect(document.querySelector('[data-address="csv"]')!.textContent).toBe(`${SITE}/api/data.csv`);
    expect(document.querySelector('[data-address="json"]')!.textContent).toBe(`${SITE}/api/data.json`);
    // Shown without JavaScript: neither it nor a hidden ancestor hides it.
    expect(document.querySelector("code[data-code]")!.closest("[hidden]")).toBeNull();
  });

  it("pandas reads every row, with numbers as numbers", () => {
    const out = run("/usr/bin/python3", [
      "-c",
      `${samples("data").python}\nprint(len(df), df["value"].dtype.kind, df["period"].dtype.kind)`,
    ]);
    // "i" or "f": integer or float columns, not "O" (text).
    expect(out.trim()).toMatch(new RegExp(`^${observations.length} [if] i$`));
  });

  it("readr reads every row, with numbers as numbers", () => {
    const out = run("Rscript", ["-e", `${samples("data").r}\ncat(nrow(df), class(df$value), class(df$period))`]);
    expect(out.trim()).toBe(`${observations.length} numeric numeric`);
  });

  it("d3 in Node.js reads every row, with numbers as numbers (d3.autoType)", () => {
    const rows = runNode(samples("data").node);
    expect(rows).toHaveLength(observations.length);
    expect(rows.every((r) => typeof r.value === "number" && typeof r.period === "number")).toBe(true);
  });
});

describe("a chart's data page in Spanish (/es/data/smuggling-cases/)", () => {
  const headline = [
    { period: 2017, value: 3920 },
    { period: 2018, value: 1671 },
  ];

  it("pandas reads the chart's rows with their Spanish titles", () => {
    const code = `${samples("es/data/smuggling-cases").python}\nprint(df[["period", "value"]].to_json(orient="records"))\nprint(df["series_title"].iloc[0])`;
    const [rows, title] = run("/usr/bin/python3", ["-c", code]).trim().split("\n");
    expect(JSON.parse(rows!)).toEqual(headline);
    expect(title).toBe(TITLE_ES);
  });

  it("readr reads the chart's rows", () => {
    const out = run("Rscript", ["-e", `${samples("es/data/smuggling-cases").r}\ncat(df$period, df$value, df$series_title[1], sep = "|")`]);
    expect(out.trim()).toBe(`2017|2018|3920|1671|${TITLE_ES}`);
  });

  it("d3 in Node.js reads the chart's rows as numbers", () => {
    const rows = runNode(samples("es/data/smuggling-cases").node);
    expect(rows.map((r) => ({ period: r.period, value: r.value }))).toEqual(headline);
    expect(rows[0]!.series_title).toBe(TITLE_ES);
  });

  it("curl saves the chart's rows under the name the answer gives", async () => {
    const dir = scratch();
    const code = samples("es/data/smuggling-cases").curl;
    run("sh", ["-c", code], dir);
    expect(readdirSync(dir)).toEqual(["smuggling-data_hsi-smuggling-cases-opened_es.csv"]);
    const saved = csvParse(readFileSync(join(dir, readdirSync(dir)[0]!), "utf8"));
    expect(saved.map((r) => [Number(r.period), Number(r.value), r.series_title])).toEqual(
      headline.map((h) => [h.period, h.value, TITLE_ES]),
    );
  });
});
