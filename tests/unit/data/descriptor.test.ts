// data/datapackage.json in step with the files it describes and with the code's types.
import { readFileSync } from "node:fs";
import { csvParseRows } from "d3";
import { describe, expect, it } from "vitest";
import { descriptor, PERIOD_BASES, PERIOD_TYPES, QUALIFIERS, TOPICS } from "../../../src/data/index.ts";
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

  it("has a semantic version and the date it last changed", () => {
    expect(descriptor.version).toMatch(/^\d+\.\d+\.\d+$/);
    expect(descriptor.last_modified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(new Date(`${descriptor.last_modified}T00:00:00Z`).toISOString().slice(0, 10)).toBe(descriptor.last_modified);
  });

  it("has a licence", () => {
    expect(descriptor.licenses[0]).toMatchObject({ name: expect.any(String), path: expect.stringMatching(/^https:\/\//) });
  });

  it("declares the qualifiers and period types the code knows", () => {
    expect(field("observations", "qualifier").constraints?.enum).toEqual([...QUALIFIERS]);
    expect(field("series", "period_type").constraints?.enum).toEqual([...PERIOD_TYPES]);
    expect(field("series", "topic").constraints?.enum).toEqual([...TOPICS]);
    expect(field("observations", "period_basis").constraints?.enum).toEqual([...PERIOD_BASES]);
  });

  it("declares the keys that the loader enforces", () => {
    const obs = descriptor.resources.find((r) => r.name === "observations")!.schema;
    expect(obs.primaryKey).toEqual(["series_id", "period"]);
    expect(obs.foreignKeys?.map((k) => k.reference.resource).sort()).toEqual(["series", "sources"]);
  });
});
