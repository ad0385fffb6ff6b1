// CITATION.cff (the repository's "Cite this repository") says the same as the Data Package: the
// data's title, version, date of last change and licence, and the data page to cite.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { descriptor } from "../../../src/data/index.ts";
import { root } from "../../support/paths.ts";

const cff = readFileSync(root("CITATION.cff"), "utf8");
/** A top-level scalar of the file, unquoted (the file keeps them on one line). */
const field = (name: string) => cff.match(new RegExp(`^${name}: (.*)$`, "m"))?.[1]?.replace(/^(["'])(.*)\1$/, "$2");

describe("CITATION.cff", () => {
  it("follows the Citation File Format 1.2.0 and is a data set", () => {
    expect(field("cff-version")).toBe("1.2.0");
    expect(field("type")).toBe("dataset");
    expect(field("message")).toBeTruthy();
    expect(cff).toMatch(/^authors:\n {2}- name: \S/m);
  });

  it("names the data's title, version, date and licence as data/datapackage.json does", () => {
    expect(field("title")).toBe(descriptor.title);
    expect(field("version")).toBe(descriptor.version);
    expect(field("date-released")).toBe(descriptor.last_modified);
    expect(field("license")).toBe(descriptor.licenses[0]!.name);
    expect(field("url")).toBe("https://smuggling-cases.vercel.app/data/");
  });
});
