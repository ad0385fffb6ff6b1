// The story's content as the pages read it: each edition's entries in file order, the steps of
// every edition in step with the English ones, and the updates newest first and in step with the
// Data Package; a mismatch stops the build with the file named.
import { describe, expect, it } from "vitest";
import { checkedSteps, checkedUpdates, editionEntries, storyDates } from "../../../src/site/content.ts";

const step = (id: string, chart: string, state: number) => ({ id, data: { chart, state } });
const STATES: Record<string, number> = { cases: 2, staff: 2 };
const states = (chart: string) => STATES[chart]!;

describe("the story's content", () => {
  it("takes one edition's entries, in file order", () => {
    const entries = [{ id: "es/02-b" }, { id: "en/02-b" }, { id: "es/01-a" }, { id: "es" }, { id: "en" }, { id: "esx/01" }];
    expect(editionEntries(entries, "es").map((e) => e.id)).toEqual(["es", "es/01-a", "es/02-b"]);
    expect(editionEntries(entries, "en").map((e) => e.id)).toEqual(["en", "en/02-b"]);
  });

  it("accepts an edition whose steps match the English ones, file for file", () => {
    const all = [step("en/02", "staff", 0), step("en/01", "cases", 1), step("es/01", "cases", 1), step("es/02", "staff", 0)];
    expect(checkedSteps(all, "es", "en", states).map((s) => s.id)).toEqual(["es/01", "es/02"]);
  });

  it("stops at an edition whose steps differ from the English ones, showing both", () => {
    const all = [step("en/01", "cases", 1), step("en/02", "staff", 0), step("es/01", "cases", 1), step("es/02", "staff", 1)];
    expect(() => checkedSteps(all, "es", "en", states)).toThrow(
      /src\/content\/steps\/es\/: .*\nes:\n01: cases 1\n02: staff 1\nen:\n01: cases 1\n02: staff 0/s,
    );
    expect(() => checkedSteps(all.slice(0, 2), "es", "en", states)).toThrow(/src\/content\/steps\/es\//);
  });

  it("stops at a step whose state its chart does not have, naming the file", () => {
    expect(() => checkedSteps([step("en/01", "cases", 2)], "en", "en", states)).toThrow(
      'src/content/steps/en/01.mdx: state 2 is past the last state of chart "cases" (1)',
    );
  });

  it("lists updates newest first, two on one day by data version", () => {
    const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
    const updates = [
      { date: day("2026-11-27"), data_version: "1.0.0" },
      { date: day("2026-12-04"), data_version: "1.3.0" },
      { date: day("2026-12-04"), data_version: "1.10.0" },
      { date: day("2026-11-28"), data_version: "1.2.0" },
    ];
    const sorted = checkedUpdates(updates, { version: "1.10.0", last_modified: "2026-12-04" });
    expect(sorted.map((u) => u.data_version)).toEqual(["1.10.0", "1.3.0", "1.2.0", "1.0.0"]);
  });

  it("stops when the newest update and the Data Package disagree", () => {
    const updates = [{ date: new Date("2026-12-04T00:00:00Z"), data_version: "1.3.0" }];
    expect(() => checkedUpdates(updates, { version: "1.3.1", last_modified: "2026-12-04" })).toThrow(
      /does not match data\/datapackage.json .*version 1\.3\.1/,
    );
    expect(() => checkedUpdates([], { version: "1.3.1", last_modified: "2026-12-04" })).toThrow(/no updates could be read/);
  });

  it("dates each edition from the update that published it, and from the newest", () => {
    const updates = [
      { date: new Date("2026-12-04") },
      { date: new Date("2026-11-27") },
      { date: new Date("2026-11-28"), published_in: ["es"] },
    ];
    expect(storyDates(updates, "en")).toEqual({ published: new Date("2026-11-27"), modified: new Date("2026-12-04") });
    expect(storyDates(updates, "es")).toEqual({ published: new Date("2026-11-28"), modified: new Date("2026-12-04") });
    expect(() => storyDates([], "en")).toThrow(/updates\.yaml/);
  });
});
