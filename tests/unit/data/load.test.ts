// The loader on small fixtures: a valid set, and one fixture for each way a file can be wrong.
// Each message must let a person find and fix the cell: file, row (as a spreadsheet numbers it,
// header = row 1) and field.
import { existsSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { DatasetError } from "../../../src/data/parse.ts";
import { rowSchemas } from "../../../src/data/table-schema.ts";
import { loadDataset, type DatasetFiles } from "../../../src/data/load.ts";
import { descriptor } from "../../../src/data/index.ts";
import { root } from "../../support/paths.ts";

function fixture(name: string): DatasetFiles {
  const file = (table: string) => {
    const own = root("tests/fixtures/data", name, `${table}.csv`);
    const path = existsSync(own) ? own : root("tests/fixtures/data/valid", `${table}.csv`);
    return { path: `data/${table}.csv`, text: readFileSync(path, "utf8") };
  };
  return { observations: file("observations"), series: file("series"), sources: file("sources") };
}

function problems(name: string): readonly string[] {
  try {
    loadDataset(descriptor, fixture(name));
  } catch (e) {
    expect(e).toBeInstanceOf(DatasetError);
    return (e as DatasetError).problems;
  }
  throw new Error(`fixture ${name} loaded without error`);
}

describe("loadDataset", () => {
  it("reads a valid set into typed rows", () => {
    const d = loadDataset(descriptor, fixture("valid")).dataset;
    expect(d.observation("cases", 2018)).toEqual({
      series_id: "cases",
      period: 2018,
      value: 1671,
      qualifier: "exact",
      unit: "cases",
      source_id: "quote",
      note: "A note, with a comma",
      period_basis: "stated",
      note_es: "ES A note, with a comma",
    });
    expect(d.getSource("quote").note).toBe('Quoted "as is".');
    expect(d.getSource("quote").date).toBeNull();
    expect(d.getSeries("cases").title).toBe("Cases, opened");
    expect(d.observationsOf("staff").map((o) => o.qualifier)).toEqual(["index", "upper_bound"]);
    expect(d.periodRange).toEqual([2016, 2019]);
  });

  it("refuses a wrong type, quoting the cell", () => {
    expect(problems("wrong-type")).toEqual([
      'data/observations.csv, row 3, field "value": expected a number (digits only, no thousands separators), got "1,671"',
    ]);
  });

  it("refuses an unknown series", () => {
    expect(problems("unknown-series")).toEqual([
      'data/observations.csv, row 5, field "series_id": unknown series id "stafff"; it is not an id in data/series.csv',
    ]);
  });

  it("refuses an unknown source", () => {
    expect(problems("unknown-source")).toEqual([
      'data/observations.csv, row 2, field "source_id": unknown sources id "reprot"; it is not an id in data/sources.csv',
    ]);
  });

  it("refuses a duplicate key, naming the first use", () => {
    expect(problems("duplicate-key")).toEqual([
      'data/observations.csv, row 6, fields "series_id" + "period": duplicate key (cases, 2017), first used in row 2',
    ]);
  });

  it("refuses a header that lacks a field", () => {
    expect(problems("missing-field")).toEqual(['data/observations.csv, row 1 (header): missing field "source_id"']);
  });

  it("refuses an empty required cell", () => {
    expect(problems("missing-value")).toEqual(['data/observations.csv, row 2, field "source_id": is required but empty']);
  });

  it("refuses a value outside the field's enum, listing the allowed ones", () => {
    expect(problems("bad-enum")).toEqual([
      'data/observations.csv, row 5, field "qualifier": must be one of exact, approximate, upper_bound, lower_bound, index, got "less_than"',
    ]);
  });

  it("refuses a unit that differs from its series'", () => {
    expect(problems("unit-mismatch")).toEqual([
      'data/observations.csv, row 3, field "unit": "people" does not match data/series.csv for "cases" ("cases")',
    ]);
  });

  it("refuses an unexpected field", () => {
    expect(problems("extra-field")).toEqual([
      'data/series.csv, row 1 (header): unexpected field "comment"; the fields are id, title, unit, period_type, topic, description, credit, title_es, description_es, unit_es, credit_es',
    ]);
  });

  it("refuses a text cell a spreadsheet would run as a formula, and leaves numbers alone", () => {
    expect(problems("formula")).toEqual([
      'data/observations.csv, row 3, field "note": text may not begin with "=", "+", "-", "@", a tab or a line break (a spreadsheet would run it as a formula), got "=HYPERLINK(\\"http://evil.example\\")"',
      'data/observations.csv, row 5, field "note": text may not begin with "=", "+", "-", "@", a tab or a line break (a spreadsheet would run it as a formula), got "@SUM(A1)"',
    ]);
    for (const start of ["+", "-", "\t", "\r"]) {
      const files = fixture("valid");
      files.observations.text = files.observations.text.replace('"A note, with a comma"', `"${start}1 note"`);
      expect(() => loadDataset(descriptor, files), JSON.stringify(start)).toThrow('row 3, field "note": text may not begin with');
    }
    // Numbers are typed, not text: a sign before a number is no formula.
    const value = rowSchemas({ fields: [{ name: "change", type: "number" }] }).get("change")!;
    expect(value.parse("-57.4")).toBe(-57.4);
    expect(value.parse("+3")).toBe(3);
  });

  it("refuses text that begins or ends with white space, which other tools would trim", () => {
    const files = fixture("valid");
    files.sources.text = files.sources.text.replace("A publisher,https", "A publisher ,https");
    expect(() => loadDataset(descriptor, files)).toThrow(
      'data/sources.csv, row 2, field "publisher": text may not begin or end with white space, got "A publisher "',
    );
  });

  it("names an unterminated quote, with the row it opens in", () => {
    expect(problems("unterminated-quote")).toEqual([
      'data/observations.csv, row 3, field "note": the quote (") that opens this cell is never closed; close it, or double a quote inside a quoted cell ("")',
    ]);
  });

  it("names a quote inside an unquoted cell", () => {
    expect(problems("stray-quote")).toEqual([
      'data/observations.csv, row 3, field "note": a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the quote ("A 12"" ruler")',
    ]);
  });

  it("says a blank line in the middle is blank, and accepts blank lines at the end", () => {
    expect(problems("blank-line")).toEqual([
      "data/observations.csv, row 4: the line is blank; remove it (blank lines are allowed only at the end)",
    ]);
    const files = fixture("valid");
    files.observations.text += "\n\n  \n";
    expect(loadDataset(descriptor, files).dataset.observations).toHaveLength(4);
  });

  it("reads a file with a byte-order mark and CRLF line endings, and hands it on without them", () => {
    const files = fixture("valid");
    const plain = files.observations.text;
    files.observations.text = `\uFEFF${plain.replace(/\n/g, "\r\n")}\r\n\r\n`;
    const loaded = loadDataset(descriptor, files);
    expect(loaded.dataset.observations).toHaveLength(4);
    expect(loaded.files.observations!.text).toBe(plain);
    expect(loaded.files.sources!.text).toBe(fixture("valid").sources.text);
  });

  it("refuses a row with too few cells, and keeps counting rows after it", () => {
    expect(problems("ragged-row")).toEqual(["data/observations.csv, row 4: has 4 cells, but the header has 9 fields"]);
  });

  it("refuses a missing translation, and a translation of nothing", () => {
    expect(problems("missing-translation")).toEqual([
      'data/series.csv, row 2, field "title_es": is required but empty',
      'data/observations.csv, row 2, field "note_es": given, but note is empty; a translation needs the note it translates',
      'data/observations.csv, row 3, field "note_es": empty, but note is given; write the note in "es" too',
    ]);
  });

  it("refuses a source URL that is not absolute", () => {
    expect(problems("bad-url")).toEqual([
      'data/sources.csv, row 3, field "url": must match the pattern https?://.+, got "example.org/quote"',
    ]);
  });

  it("reports every problem at once, in one error that names them all", () => {
    const files = fixture("valid");
    files.observations.text = files.observations.text.replace("3920", "many").replace("1671,exact", "1671,guess");
    expect(() => loadDataset(descriptor, files)).toThrow(
      /The dataset is not valid \(2 problems\):\n {2}.*row 2, field "value".*\n {2}.*row 3, field "qualifier"/,
    );
  });
});
