// The chart modules, rendered on the server as the page renders them: what a reader would see in
// each chart, checked against the dataset.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHARTS, getChart } from "../../../src/charts/index.ts";
import { clampStep, RENDER_WIDTHS } from "../../../src/charts/chart.ts";
import { renderSvg } from "../../../src/charts/render-svg.ts";
import { PALETTES } from "../../../src/charts/theme.ts";
import { dataset } from "../../../src/data/index.ts";
import { formatNumber, formatPercent, percentChange } from "../../../src/lib/format.ts";

const svg = (id: string, step: number, width: number = RENDER_WIDTHS.wide, theme: "light" | "dark" | "auto" = "light") => {
  const { document } = parseHTML(`<html><body>${renderSvg(getChart(id), dataset, { width, theme, step })}</body></html>`);
  return document.querySelector("svg")!;
};
// Wrapped labels are split into <tspan> lines: read them back as one string.
const texts = (el: Element) =>
  [...el.querySelectorAll("text")].map((t) => {
    const lines = [...t.querySelectorAll("tspan")];
    return lines.length ? lines.map((l) => l.textContent).join(" ") : (t.textContent ?? "");
  });

describe("every chart", () => {
  it.each(CHARTS.map((c) => [c.id, c]))("%s renders each state at both widths, described, with no stray aria-labels", (_id, chart) => {
    for (let step = 0; step < chart.states; step++)
      for (const width of Object.values(RENDER_WIDTHS)) {
        const el = svg(chart.id, step, width);
        expect(el.getAttribute("role")).toBe("img");
        expect(el.getAttribute("aria-label")).toBe(chart.title);
        expect(el.getAttribute("aria-description")).toBe(chart.describe(dataset, step));
        expect(Number(el.getAttribute("height"))).toBe(chart.height(width));
        expect(el.querySelectorAll("g[aria-label]")).toHaveLength(0);
      }
  });

  it("has unique, kebab-case ids", () => {
    const ids = CHARTS.map((c) => c.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("falls back to the final state for a step it does not have", () => {
    const chart = getChart("smuggling-cases");
    expect(clampStep(chart, 7)).toBe(1);
    expect(clampStep(chart, -1)).toBe(1);
    expect(clampStep(chart, 0.5)).toBe(1);
    expect(clampStep(chart, 0)).toBe(0);
  });

  it("draws with the theme's colours: concrete for light and dark, CSS variables for auto", () => {
    expect(svg("smuggling-cases", 1, 640, "dark").outerHTML).toContain(PALETTES.dark.accent);
    expect(svg("smuggling-cases", 1, 640, "light").outerHTML).toContain(PALETTES.light.accent);
    expect(svg("smuggling-cases", 1, 640, "auto").outerHTML).toContain("var(--chart-accent)");
  });
});

describe("smuggling-cases", () => {
  it("marks the inferred base year on the axis and explains it under the chart, at both widths", () => {
    for (const width of Object.values(RENDER_WIDTHS)) {
      const t = texts(svg("smuggling-cases", 1, width));
      expect(t).toContain("FY2017*");
      expect(t).toContain("FY2018");
      expect(t.join(" ")).toMatch(/\* The reporting does not name the earlier year; it is taken to be FY2017\./);
    }
    expect(getChart("smuggling-cases").describe(dataset, 1)).toContain("FY2017 (inferred: the reporting does not name the earlier year)");
  });

  it("shows the earlier year first, then both years with the computed change", () => {
    expect(texts(svg("smuggling-cases", 0))).toContain(formatNumber(dataset.observation("hsi-smuggling-cases-opened", 2017).value));
    expect(texts(svg("smuggling-cases", 0))).not.toContain("1,671");
    const change = formatPercent(percentChange(3920, 1671));
    expect(texts(svg("smuggling-cases", 1))).toEqual(expect.arrayContaining(["3,920", "1,671", change]));
    expect(change).toBe("\u221257%");
  });
});

describe("smuggling-cell-staff", () => {
  it("draws the later value as a hatched bound labelled 'less than', never as a solid bar", () => {
    const el = svg("smuggling-cell-staff", 1);
    expect(texts(el)).toContain("less than 50");
    expect(el.querySelector("pattern")).not.toBeNull();
    const hatched = [...el.querySelectorAll("rect")].filter((r) => (r.getAttribute("fill") ?? r.parentElement?.getAttribute("fill") ?? "").startsWith("url(#"));
    expect(hatched.length + el.querySelectorAll('g[fill^="url(#"] rect').length).toBeGreaterThan(0);
    expect(el.outerHTML).toMatch(/stroke-dasharray="5[, ]3"/);
    // Only one solid bar: the 2016 index.
    expect(el.querySelectorAll(`g[fill="${PALETTES.light.neutral}"] rect`)).toHaveLength(1);
    expect(texts(svg("smuggling-cell-staff", 0))).not.toContain("less than 50");
  });
});

describe("agents-shift", () => {
  it("adds lines step by step, each labelled with its counts and its change (figures from FACTS.md)", () => {
    const all = texts(svg("agents-shift", 2)).join(" | ");
    expect(all).toContain("Smuggling cases opened* 3,920 \u2192 1,671, \u221257%");
    expect(all).toContain("Worksite investigations opened 1,691 \u2192 6,848, +305%");
    expect(all).toContain("Administrative worksite arrests 172 \u2192 1,525, +787%");
    const narrow = texts(svg("agents-shift", 2, RENDER_WIDTHS.narrow)).join(" | ");
    expect(narrow).toContain("Admin. arrests 172 \u2192 1,525, +787%");
    expect(texts(svg("agents-shift", 0)).join(" ")).not.toContain("Worksite");
    expect(texts(svg("agents-shift", 1)).join(" ")).toContain("Worksite investigations opened");
    expect(texts(svg("agents-shift", 1)).join(" ")).not.toContain("I-9");
  });

  it("says on the chart, and in its description, that the bases differ and the case counts' base year is inferred", () => {
    const all = texts(svg("agents-shift", 0)).join(" ");
    expect(all).toContain("differ greatly in size");
    expect(all).toContain("does not name the base year of the case counts");
    const described = getChart("agents-shift").describe(dataset, 2);
    expect(described).toContain("administrative worksite arrests from 172 to 1,525 (+787%)");
    expect(described).toContain("does not name the base year");
  });
});

describe("smuggling-prosecutions", () => {
  it("marks the bound and the approximation, and keeps years without a figure on the axis", () => {
    const t = texts(svg("smuggling-prosecutions", 0));
    expect(t).toEqual(expect.arrayContaining(["<3,500", "4,532", "~5,700", "FY2016", "FY2017"]));
    expect(t.filter((x) => x === "no figure")).toHaveLength(2);
    expect(texts(svg("smuggling-prosecutions", 0, RENDER_WIDTHS.narrow)).filter((x) => x === "n/a")).toHaveLength(2);
  });

  it("says so in its description and table", () => {
    const chart = getChart("smuggling-prosecutions");
    expect(chart.describe(dataset, 0)).toContain("less than 3,500 in FY2015");
    expect(chart.describe(dataset, 0)).toContain("about 5,700 in FY2019");
    expect(chart.table(dataset).rows.map((r) => r[2])).toEqual(["upper bound", "as published", "approximate"]);
  });
});
