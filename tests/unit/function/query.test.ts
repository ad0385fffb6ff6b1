import { describe, expect, it } from "vitest";
import { parseQuery, QueryError } from "../../../src/function/query.ts";
import { fileName } from "../../../src/function/export.ts";
import { dataset } from "../../../src/data/index.ts";

const parse = (q: string) => parseQuery(new URLSearchParams(q), dataset);
const error = (q: string) => {
  try {
    parse(q);
  } catch (e) {
    expect(e).toBeInstanceOf(QueryError);
    return (e as Error).message;
  }
  throw new Error(`expected ${q} to be refused`);
};

describe("parseQuery", () => {
  it("reads no parameters as the whole dataset", () => {
    expect(parse("")).toEqual({ series: null, from: null, to: null, locale: "en" });
  });

  it("reads lang: English by default, Spanish for es; anything else is refused, listing the languages", () => {
    expect(parse("lang=es").locale).toBe("es");
    expect(parse("lang=EN").locale).toBe("en");
    expect(error("lang=fr")).toBe('Unknown language "fr" for "lang". Valid languages: en, es.');
    expect(error("lang=es&lang=en")).toContain('"lang" was given 2 times');
  });

  it("puts series in dataset order without repeats, trimming spaces", () => {
    expect(parse("series=ice-ero-removals, hsi-smuggling-cases-opened&series=ice-ero-removals").series).toEqual([
      "hsi-smuggling-cases-opened",
      "ice-ero-removals",
    ]);
  });

  it("decodes percent-encoding before checking", () => {
    expect(parse("series=hsi%2Dsmuggling%2Dcases%2Dopened%2Cice-ero-removals").series).toHaveLength(2);
  });

  it("refuses unknown parameters, naming them and the valid ones", () => {
    expect(error("serie=x&limit=3")).toMatch(/Unknown parameters "serie", "limit"\. Valid parameters: series .* from and to/);
  });

  it("refuses a malformed or out-of-form year, quoting it", () => {
    expect(error("from=twenty")).toContain('got "twenty"');
    expect(error("to=20189")).toContain('got "20189"');
    expect(error("from=")).toContain('got ""');
  });

  it("refuses a reversed window and a repeated bound", () => {
    expect(error("from=2018&to=2017")).toContain("reversed");
    expect(error("to=2018&to=2018")).toContain('"to" was given 2 times');
  });

  it("shortens a very long bad value in the message", () => {
    const msg = error(`series=${"x".repeat(5000)}`);
    expect(msg.length).toBeLessThan(1500);
    expect(msg).toContain("…");
  });
});

describe("fileName", () => {
  it("says what the file holds", () => {
    const en = "en" as const;
    expect(fileName({ series: null, from: null, to: null, locale: en }, "csv")).toBe("smuggling-data.csv");
    expect(fileName({ series: ["a", "b"], from: 2017, to: 2018, locale: en }, "json")).toBe("smuggling-data_a+b_2017-2018.json");
    expect(fileName({ series: null, from: 2019, to: null, locale: en }, "csv")).toBe("smuggling-data_from-2019.csv");
    expect(fileName({ series: null, from: null, to: 2016, locale: en }, "csv")).toBe("smuggling-data_to-2016.csv");
    expect(fileName({ series: ["a", "b", "c", "d"], from: null, to: null, locale: en }, "csv")).toBe("smuggling-data_4-series.csv");
    expect(fileName({ series: ["a"], from: null, to: null, locale: "es" }, "csv")).toBe("smuggling-data_a_es.csv");
  });
});
