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
    expect(published.resources.map((r) => r.path)).toEqual(["data/observations.csv", "data/series.csv", "data/sources.csv"]);
  });
});
