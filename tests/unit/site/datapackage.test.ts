// /datapackage.json as published: the repository's descriptor, pointed at the published copies of
// the tables, with the sources of data/sources.csv listed at package level.
import { readFileSync } from "node:fs";
import { csvParse } from "d3";
import { describe, expect, it } from "vitest";
import { dataset, descriptor } from "../../../src/data/index.ts";
import { publishedDescriptor, publishedDescriptorText } from "../../../src/site/datapackage.ts";
import { root } from "../../support/paths.ts";

const site = new URL("https://smuggling-cases.vercel.app/");

describe("the published Data Package", () => {
  it("lists the sources of data/sources.csv, titles and addresses, in order", () => {
    const table = csvParse(readFileSync(root("data", "sources.csv"), "utf8"));
    const published = publishedDescriptor({ dataset, descriptor }, undefined).sources ?? [];
    expect(published.map((s) => s.path)).toEqual(table.map((s) => s.url));
    for (const [i, s] of published.entries()) expect(s.title).toContain(table[i]!.title);
  });

  it("points each table at its published copy under /data/ and names the site", () => {
    const published = JSON.parse(publishedDescriptorText({ dataset, descriptor }, site)) as {
      homepage: string;
      resources: { path: string }[];
    };
    expect(published.homepage).toBe("https://smuggling-cases.vercel.app/");
    expect(published.resources.map((r) => r.path)).toEqual([
      "data/observations.csv",
      "data/series.csv",
      "data/sources.csv",
      // The data function's answers, relative to /datapackage.json as the spec asks (no leading /).
      "api/data.csv",
      "api/data.json",
    ]);
  });

  it("describes the function's CSV with the columns it sends, typed as the tables they come from", () => {
    const published = publishedDescriptor({ dataset, descriptor }, site);
    const exported = published.resources.find((r) => r.path === "api/data.csv")!;
    const header =
      "series_id,series_title,period_type,period,value,qualifier,unit,source_id,source_title,source_publisher,source_url,source_access,note,period_basis";
    expect(exported.schema!.fields.map((f) => f.name).join(",")).toBe(header);
    const type = (name: string) => exported.schema!.fields.find((f) => f.name === name)!;
    expect([type("period").type, type("value").type, type("source_url").type]).toEqual(["integer", "number", "string"]);
    expect(type("qualifier").constraints?.enum).toEqual(["exact", "approximate", "upper_bound", "lower_bound", "index"]);
    // A series' id repeats on each of its rows: the series table's "unique" does not carry over.
    expect(exported.schema!.fields.some((f) => f.constraints?.unique)).toBe(false);
    expect(exported.schema!.primaryKey).toEqual(["series_id", "period"]);
    // The JSON answer is no table: the v1 "tabular-data-package" profile would refuse it.
    expect(published.profile).toBe("data-package");
  });
});
