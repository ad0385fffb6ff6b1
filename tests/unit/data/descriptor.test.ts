// data/datapackage.json in step with the files it describes and with the code's types.
import { readFileSync } from "node:fs";
import { csvParseRows } from "d3-dsv";
import { describe, expect, it } from "vitest";
import { descriptor, dataset, PERIOD_TYPES, QUALIFIERS } from "../../../src/data/index.ts";
import { publishedDescriptor } from "../../../src/api/datapackage.ts";
import { root } from "../../support/paths.ts";

const field = (resource: string, name: string) =>
  descriptor.resources.find((r) => r.name === resource)!.schema.fields.find((f) => f.name === name)!;

describe("data/datapackage.json", () => {
  it("describes each CSV in data/ with its header, field for field and in order", () => {
    for (const r of descriptor.resources) {
      const [header] = csvParseRows(readFileSync(root("data", r.path), "utf8"));
      expect(header, r.path).toEqual(r.schema.fields.map((f) => f.name));
      expect(r.path).toBe(`${r.name}.csv`); // the published copy lives at /data/<name>.csv
    }
  });

  it("lists the same sources, titles and addresses as data/sources.csv", () => {
    expect(descriptor.sources.map((s) => s.path)).toEqual(dataset.sources.map((s) => s.url));
    descriptor.sources.forEach((s, i) => expect(s.title).toContain(dataset.sources[i]!.title));
  });

  it("has a licence", () => {
    expect(descriptor.licenses[0]).toMatchObject({ name: expect.any(String), path: expect.stringMatching(/^https:\/\//) });
  });

  it("declares the qualifiers and period types the code knows", () => {
    expect(field("observations", "qualifier").constraints?.enum).toEqual([...QUALIFIERS]);
    expect(field("series", "period_type").constraints?.enum).toEqual([...PERIOD_TYPES]);
  });

  it("declares the keys that the loader enforces", () => {
    const obs = descriptor.resources.find((r) => r.name === "observations")!.schema;
    expect(obs.primaryKey).toEqual(["series_id", "period"]);
    expect(obs.foreignKeys?.map((k) => k.reference.resource).sort()).toEqual(["series", "sources"]);
  });

  it("is published with paths that resolve to the served copies", () => {
    const published = publishedDescriptor(descriptor, new URL("https://example.org/"));
    expect(published.homepage).toBe("https://example.org/");
    expect(published.resources.map((r) => r.path)).toEqual(["data/observations.csv", "data/series.csv", "data/sources.csv"]);
  });
});
