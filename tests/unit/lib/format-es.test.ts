// The Spanish number and date format, against fixed strings: the conventions the Spanish edition
// follows (../shared/EDITING.md: months in lowercase; "AF" for año fiscal; qualifiers in words), and
// figures grouped as the sources print them (3,920), so a number reads alike in both editions.
import { describe, expect, it } from "vitest";
import { format } from "../../../src/i18n/index.ts";
import { percentChange } from "../../../src/lib/format.ts";

const f = format("es");

describe("format (es)", () => {
  it("groups figures as the sources do, with a real minus sign", () => {
    expect(f.number(3920)).toBe("3,920");
    expect(f.number(-2249)).toBe("\u22122,249");
    expect(f.number(114.5)).toBe("114.5");
    expect(f.percent(percentChange(3920, 1671))).toBe("\u221257%");
    expect(f.percentAbs(percentChange(3920, 1671))).toBe("57%");
    expect(f.percent(41)).toBe("+41%");
  });

  it("keeps the qualifier with the figure, in Spanish", () => {
    expect(f.observation({ value: 4500, qualifier: "approximate" })).toBe("unos 4,500");
    expect(f.observation({ value: 3500, qualifier: "upper_bound" })).toBe("menos de 3,500");
    expect(f.observation({ value: 9800, qualifier: "lower_bound" })).toBe("más de 9,800");
    // "alrededor del 41%", not "unos 41%": a percentage takes the article.
    expect(f.observation({ value: 41, qualifier: "approximate", unit: "percent" })).toBe("alrededor del 41");
    expect(f.observation({ value: 100, qualifier: "index" })).toBe("100 (índice)");
    expect(f.observationShort({ value: 5700, qualifier: "approximate" })).toBe("~5,700");
    expect(f.qualifier("upper_bound")).toBe("límite superior");
  });

  it("names fiscal years AF and writes months in lowercase", () => {
    expect(f.period(2018, "fiscal_year")).toBe("AF2018");
    expect(f.periodShort(2018, "fiscal_year")).toBe("AF18");
    // Spanish does not shorten a calendar year with an apostrophe.
    expect(f.periodShort(2019, "calendar_year")).toBe("2019");
    expect(f.date(new Date("2026-12-04T00:00:00Z"))).toBe("4 de diciembre de 2026");
    expect(f.sourceDate("2018-12-11")).toBe("11 de diciembre de 2018");
    expect(f.sourceDate("2019-02")).toBe("febrero de 2019");
    expect(f.multiple(100, 300)).toBe("tres");
    expect(f.bytes(4200)).toBe("4.2 kB");
  });
});
