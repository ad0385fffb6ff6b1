// The real dataset: it loads, every figure in it is in the project's list of facts with its
// source, and the lookups the pages will use behave.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { dataset } from "../../../src/data/index.ts";
import { root } from "../../support/paths.ts";

const FACTS = root("../shared/FACTS.md");

describe("the dataset", () => {
  it("loads from data/ with every series observed", () => {
    expect(dataset.observations.length).toBeGreaterThan(0);
    for (const s of dataset.series) expect(dataset.observationsOf(s.id).length, s.id).toBeGreaterThan(0);
  });

  it("holds the story's headline figures", () => {
    expect(dataset.observation("hsi-smuggling-cases-opened", 2017).value).toBe(3920);
    expect(dataset.observation("hsi-smuggling-cases-opened", 2018).value).toBe(1671);
    expect(dataset.observation("hsi-smuggling-cell-staff-index", 2019)).toMatchObject({ value: 50, qualifier: "upper_bound" });
  });

  it("throws rather than invent a missing observation", () => {
    expect(() => dataset.observation("hsi-smuggling-cases-opened", 2016)).toThrow(/No observation/);
    expect(() => dataset.observationsOf("nope")).toThrow(/Unknown series/);
  });

  // The fact sheet sits beside the repository (shared/), as in CI; a bare clone elsewhere skips
  // these, but CI must not.
  it.runIf(process.env.CI)("finds ../shared/FACTS.md in CI", () => expect(existsSync(FACTS)).toBe(true));

  describe.runIf(existsSync(FACTS))("against ../shared/FACTS.md", () => {
    const facts = existsSync(FACTS) ? readFileSync(FACTS, "utf8") : "";
    const grouped = (n: number) => n.toLocaleString("en-US");

    it("has no figure that FACTS.md does not state", () => {
      for (const o of dataset.observations) {
        const written = new RegExp(`(^|[^\\d,.])(${grouped(o.value)}|${o.value})(?!\\d|,\\d)`);
        expect(facts, `${o.series_id} ${o.period}: ${o.value}`).toMatch(written);
      }
    });

    it("cites only sources whose addresses FACTS.md gives", () => {
      for (const s of dataset.sources) expect(facts, s.id).toContain(s.url.replace(/^https?:\/\//, ""));
    });

    it("marks bounds and approximations as FACTS.md does", () => {
      expect(dataset.observation("prosecutions-8-usc-1324", 2015).qualifier).toBe("upper_bound"); // "less than 3,500"
      expect(dataset.observation("prosecutions-8-usc-1324", 2018).qualifier).toBe("approximate"); // "about 4,500 in FY 2018"
      expect(dataset.observation("prosecutions-8-usc-1324", 2019).qualifier).toBe("approximate"); // "just shy of 5,700"
      expect(dataset.observation("hsi-employees", 2019).qualifier).toBe("lower_bound"); // "more than 9,800"
      expect(dataset.observation("hsi-special-agents", 2019).qualifier).toBe("lower_bound"); // "over 6,700"
      expect(dataset.observation("hsi-smuggling-cell-staff-index", 2016).qualifier).toBe("index");
      expect(dataset.observation("hsi-smuggling-arrests-change", 2019).qualifier).toBe("approximate"); // "41 percent", rounded
      const exact = dataset.observations.filter((o) => o.qualifier === "exact");
      expect(exact.length).toBe(dataset.observations.length - 8);
    });

    it("marks as inferred the one year the reporting does not name, and no other", () => {
      // "The article does not name the base year outright": FY2017 is our reading.
      const inferred = dataset.observations.filter((o) => o.period_basis === "inferred").map((o) => `${o.series_id} ${o.period}`);
      expect(inferred).toEqual(["hsi-smuggling-cases-opened 2017"]);
    });
  });
});
