// The English number format, against fixed strings: U.S. grouping, a real minus sign (U+2212),
// qualifiers in words, fiscal years, dates and file sizes.
import { describe, expect, it } from "vitest";
import { format } from "../../../src/i18n/index.ts";
import { percentChange } from "../../../src/lib/format.ts";

const f = format("en");

describe("format (en)", () => {
  it("groups thousands and uses a real minus sign", () => {
    expect(f.number(3920)).toBe("3,920");
    expect(f.number(408870)).toBe("408,870");
    expect(f.number(-2249)).toBe("\u22122,249");
    expect(f.number(114.5)).toBe("114.5");
  });

  it("computes and signs percent changes: the headline drop reads −57%", () => {
    expect(percentChange(3920, 1671)).toBeCloseTo(-57.37, 2);
    expect(f.percent(percentChange(3920, 1671))).toBe("\u221257%");
    expect(f.percentAbs(percentChange(3920, 1671))).toBe("57%");
    expect(f.percent(41)).toBe("+41%");
    expect(f.percent(787.2)).toBe("+787%");
    expect(f.percent(0)).toBe("0%");
    expect(f.percent(-0.3)).toBe("0%");
    expect(() => percentChange(0, 3)).toThrow(RangeError);
  });

  it("keeps the qualifier with the figure", () => {
    expect(f.observation({ value: 5700, qualifier: "approximate" })).toBe("about 5,700");
    expect(f.observation({ value: 3500, qualifier: "upper_bound" })).toBe("less than 3,500");
    expect(f.observation({ value: 9800, qualifier: "lower_bound" })).toBe("more than 9,800");
    expect(f.observation({ value: 100, qualifier: "index" })).toBe("100 (index)");
    expect(f.observation({ value: 50, qualifier: "upper_bound" }, { indexSuffix: false })).toBe("less than 50");
    expect(f.observationShort({ value: 3500, qualifier: "upper_bound" })).toBe("<3,500");
    expect(f.observationShort({ value: 5700, qualifier: "approximate" })).toBe("~5,700");
    expect(f.qualifier("upper_bound")).toBe("upper bound");
  });

  it("names periods, multiples and dates", () => {
    expect(f.period(2018, "fiscal_year")).toBe("FY2018");
    expect(f.period(2019, "calendar_year")).toBe("2019");
    // AP: numbers under 10 in words; a multiple that is not whole is "more than" the whole below.
    expect(f.multiple(1691, 6848)).toBe("more than four");
    expect(f.multiple(100, 300)).toBe("three");
    expect(f.multiple(100, 1250)).toBe("more than 12");
    // AP: months with a day abbreviated (Jan., Feb., Aug., Sept., Oct., Nov., Dec.), March to July in full.
    expect(f.date(new Date("2026-11-28T00:00:00Z"))).toBe("Nov. 28, 2026");
    expect(f.date(new Date("2017-09-30T00:00:00Z"))).toBe("Sept. 30, 2017");
    expect(f.date(new Date("2019-03-05T00:00:00Z"))).toBe("March 5, 2019");
    expect(format("es").date(new Date("2026-11-28T00:00:00Z"))).toBe("28 de noviembre de 2026");
    expect(format("es").multiple(1691, 6848)).toBe("más de cuatro");
  });

  it("sizes files", () => {
    expect(f.bytes(812)).toBe("812 bytes");
    expect(f.bytes(11410)).toBe("11.4 kB");
  });
});
