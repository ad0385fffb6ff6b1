// The data function's answers as the tools researchers use read them, over HTTP from the local
// production server: Frictionless' validator (and Ajv for the JSON) against the descriptor their
// Link header names, polars' lazy reader, which reads a file in byte ranges, and curl. Expected
// figures are the fact sheet's (../shared/FACTS.md).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { csvParse } from "d3";
import pl from "nodejs-polars";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { frictionlessProblems } from "../support/frictionless.ts";
import { root } from "../support/paths.ts";
import { type RunningServer, startLocalServer } from "../support/server.ts";

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
}, 60_000);
afterAll(() => server?.stop());

const series = csvParse(readFileSync(root("data", "series.csv"), "utf8"));

// Filters of every kind, in both languages, as a script would ask for them.
const QUERIES = [
  "",
  "?series=hsi-smuggling-cases-opened",
  "?series=hsi-worksite-investigations-opened,hsi-i9-audits-initiated&from=2017&to=2018",
  "?lang=es",
  "?series=prosecutions-8-usc-1324&lang=es",
  "?from=2018",
];

/** The descriptor an answer's `Link: rel="describedby"` names, as an absolute URL. */
function describedBy(res: Response, url: string): string {
  const link = res.headers.get("link") ?? "";
  const target = /<([^>]+)>\s*;\s*rel="?describedby"?/.exec(link)?.[1];
  expect(target, `Link of ${url}: ${link}`).toBeDefined();
  return new URL(target!, url).href;
}

describe("every answer validates against the resource of the descriptor its Link header names", () => {
  it.each(QUERIES.flatMap((q) => [`/api/data.csv${q}`, `/api/data.json${q}`]))("%s", async (path) => {
    const url = `${server.origin}${path}`;
    const res = await fetch(url);
    expect(res.status).toBe(200);
    const descriptorUrl = describedBy(res, url);
    const descriptor = (await (await fetch(descriptorUrl)).json()) as { resources: { path: string; name: string }[] };
    // The resource that describes this answer is the one at its path; the filtered answer is read
    // in its place, beside the tables its foreign keys point at.
    const pathname = new URL(url).pathname;
    const resource = descriptor.resources.find((r) => new URL(r.path, descriptorUrl).pathname === pathname);
    expect(resource, `a resource at ${pathname}`).toBeDefined();
    const tables = descriptor.resources.filter((r) => r.path.startsWith("data/"));
    const pkg = { ...descriptor, resources: [...tables, { ...resource, path: url }] };
    expect(await frictionlessProblems(pkg, new URL("./", descriptorUrl).href)).toEqual([]);
  });

  it("and the validator would catch an answer that broke its schema", async () => {
    const url = `${server.origin}/api/data.csv?series=hsi-smuggling-cases-opened`;
    const descriptorUrl = describedBy(await fetch(url), url);
    const descriptor = (await (await fetch(descriptorUrl)).json()) as {
      resources: { path: string; schema?: { fields: { name: string }[] } }[];
    };
    const resource = descriptor.resources.find((r) => r.path === "api/data.csv")!;
    // A schema that names a column the answer lacks, and one that refuses a value it holds.
    const fields = resource.schema!.fields as { name: string; type: string }[];
    const renamed = fields.map((f) => (f.name === "series_title" ? { ...f, name: "title" } : f));
    const retyped = fields.map((f) => (f.name === "period_type" ? { ...f, type: "integer" } : f));
    const tables = descriptor.resources.filter((r) => r.path.startsWith("data/"));
    for (const wrong of [renamed, retyped]) {
      const broken = { ...resource, path: url, schema: { ...resource.schema, fields: wrong } };
      expect(await frictionlessProblems({ ...descriptor, resources: [...tables, broken] }, new URL("./", descriptorUrl).href)).not.toEqual(
        [],
      );
    }
  });

  it("and Ajv would catch a JSON answer that broke its schema", async () => {
    const url = `${server.origin}/api/data.json?series=hsi-smuggling-cases-opened`;
    const descriptorUrl = describedBy(await fetch(url), url);
    const descriptor = (await (await fetch(descriptorUrl)).json()) as {
      resources: { path: string; jsonSchema?: Record<string, unknown> }[];
    };
    const resource = descriptor.resources.find((r) => r.path === "api/data.json")!;
    // A schema of an older data version no longer matches the answer's "version".
    const stale = {
      ...resource,
      path: url,
      jsonSchema: { ...resource.jsonSchema, properties: { ...(resource.jsonSchema!.properties as object), version: { const: "0.0.0" } } },
    };
    expect(await frictionlessProblems({ ...descriptor, resources: [stale] }, new URL("./", descriptorUrl).href)).toEqual([
      expect.stringContaining("/version must be equal to constant"),
    ]);
  });
});

describe("polars' lazy reader (scan_csv over HTTP, which reads in byte ranges)", () => {
  it("scans the whole CSV and filters it to the headline figures", async () => {
    const frame = await pl
      .scanCSV(`${server.origin}/api/data.csv`)
      .filter(pl.col("series_id").eq(pl.lit("hsi-smuggling-cases-opened")))
      .select("period", "value", "qualifier")
      .sort("period")
      .collect();
    expect(frame.toRecords()).toEqual([
      { period: 2017, value: 3920, qualifier: "exact" },
      { period: 2018, value: 1671, qualifier: "exact" },
    ]);
  });

  it("scans a filtered Spanish answer, with the Spanish titles", async () => {
    const frame = await pl
      .scanCSV(`${server.origin}/api/data.csv?series=hsi-smuggling-cases-opened&lang=es`)
      .select("series_title")
      .unique()
      .collect();
    expect(frame.getColumn("series_title").toArray()).toEqual([series.find((s) => s.id === "hsi-smuggling-cases-opened")!.title_es]);
  });
});

describe("curl", () => {
  const curl = (...args: string[]) => execFileSync("curl", ["--silent", "--show-error", "--fail", ...args]);

  it("fetches a byte range, and resumes a download cut short (-C -)", async () => {
    const url = `${server.origin}/api/data.csv?lang=es`;
    const whole = curl(url);
    expect(curl("--range", "0-99", url)).toEqual(whole.subarray(0, 100));
    const dir = mkdtempSync(join(tmpdir(), "curl-resume-"));
    const file = join(dir, "data.csv");
    writeFileSync(file, whole.subarray(0, 1000));
    curl("--continue-at", "-", "--output", file, url);
    expect(readFileSync(file)).toEqual(whole);
  });
});
