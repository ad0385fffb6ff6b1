import { describe, expect, it } from "vitest";
import {
  formatBytes,
  formatMultiple,
  formatNumber,
  formatObservation,
  formatObservationShort,
  formatPercent,
  formatPeriod,
  percentChange,
} from "../../../src/lib/format.ts";

describe("format", () => {
  it("groups thousands and uses a real minus sign", () => {
    expect(formatNumber(3920)).toBe("3,920");
    expect(formatNumber(408870)).toBe("408,870");
    expect(formatNumber(-2249)).toBe("\u22122,249");
  });

  it("computes and signs percent changes: the headline drop reads −57%", () => {
    expect(percentChange(3920, 1671)).toBeCloseTo(-57.37, 2);
    expect(formatPercent(percentChange(3920, 1671))).toBe("\u221257%");
    expect(formatPercent(41)).toBe("+41%");
    expect(formatPercent(0)).toBe("0%");
    expect(() => percentChange(0, 3)).toThrow(RangeError);
  });

  it("keeps the qualifier with the figure", () => {
    expect(formatObservation({ value: 5700, qualifier: "approximate" })).toBe("about 5,700");
    expect(formatObservation({ value: 3500, qualifier: "upper_bound" })).toBe("less than 3,500");
    expect(formatObservation({ value: 9800, qualifier: "lower_bound" })).toBe("more than 9,800");
    expect(formatObservation({ value: 100, qualifier: "index" })).toBe("100 (index)");
    expect(formatObservationShort({ value: 3500, qualifier: "upper_bound" })).toBe("<3,500");
    expect(formatObservationShort({ value: 5700, qualifier: "approximate" })).toBe("~5,700");
  });

  it("names periods and multiples", () => {
    expect(formatPeriod(2018, "fiscal_year")).toBe("FY2018");
    expect(formatPeriod(2019, "calendar_year")).toBe("2019");
    expect(formatMultiple(1691, 6848)).toBe("4.0");
  });

  it("sizes files", () => {
    expect(formatBytes(812)).toBe("812 bytes");
    expect(formatBytes(11410)).toBe("11.4 kB");
  });
});
