// Line breaking for SVG text: every word kept, in order; no line over the width (but a word longer
// than a line, which keeps a line of its own); and as few lines as greedy breaking allows.
import { describe, expect, it } from "vitest";
import { textWidth, wrap } from "../../../src/lib/wrap.ts";

const TEXT = "Current and former officials told the reporters that the unit focused even more on low-level smugglers";

describe("wrap", () => {
  it("keeps every word, in order, on lines that fit the width", () => {
    for (const width of [120, 200, 320, 640]) {
      const lines = wrap(TEXT, 13, width);
      expect(lines.join(" "), `${width} px`).toBe(TEXT);
      for (const line of lines) expect(textWidth(line, 13), `${width} px: "${line}"`).toBeLessThanOrEqual(width);
    }
  });

  it("fills each line before starting the next", () => {
    const lines = wrap(TEXT, 13, 200);
    // A line's first word would have fit on the line before, were the breaking not greedy.
    for (let i = 1; i < lines.length; i++) expect(textWidth(`${lines[i - 1]} ${lines[i]!.split(" ")[0]}`, 13)).toBeGreaterThan(200);
  });

  it("gives a word longer than a line a line of its own, and ignores extra spaces", () => {
    expect(wrap("a   supercalifragilistic  b", 10, 30)).toEqual(["a", "supercalifragilistic", "b"]);
    expect(wrap("   ", 10, 100)).toEqual([]);
  });

  it("estimates wider text as wider", () => {
    expect(textWidth("FY2018*", 13, "wide")).toBeGreaterThan(textWidth("FY2018*", 13));
    expect(textWidth(7, 13)).toBe(textWidth("1234567", 13));
  });
});
