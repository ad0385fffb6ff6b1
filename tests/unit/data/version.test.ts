// The data's version moves with the data: any change to a figure, qualifier, note, series or
// source in data/ must come with a new "version" (and "last_modified") in datapackage.json. The
// fingerprint of the tables as last published is recorded with its version in
// tests/fixtures/data-fingerprint.json; update that record in the same commit as the bump.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { descriptor } from "../../../src/data/index.ts";
import { normaliseCsv } from "../../../src/data/parse.ts";
import { root } from "../../support/paths.ts";

const recorded = JSON.parse(readFileSync(root("tests/fixtures/data-fingerprint.json"), "utf8")) as { version: string; sha256: string };

function fingerprint(): string {
  const hash = createHash("sha256");
  for (const r of descriptor.resources) {
    // Byte-order marks, line endings and blank lines at the end are not data (the build drops them).
    hash.update(`${r.name}\n${normaliseCsv(readFileSync(root("data", r.path), "utf8"))}\n`);
  }
  return hash.digest("hex");
}

describe("the data's version", () => {
  it("changes whenever the data does", () => {
    const now = fingerprint();
    if (descriptor.version === recorded.version) {
      expect(
        now,
        `data/ changed since version ${recorded.version}: bump "version" and "last_modified" in data/datapackage.json, add an entry to src/content/updates.yaml, and record the new fingerprint`,
      ).toBe(recorded.sha256);
    } else {
      expect.fail(
        `data/datapackage.json says version ${descriptor.version}; record it in tests/fixtures/data-fingerprint.json as {"version": "${descriptor.version}", "sha256": "${now}"}`,
      );
    }
  });
});
