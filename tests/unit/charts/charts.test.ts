// The chart modules, drawn on the server as the pages draw them: what a reader would see in each
// chart and hear from its description, held against the published figures (fixed values from
// ../shared/FACTS.md and the computed changes), not against the modules' own output.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CATALOG, CHART_IDS, chartHeight, clampStep, type ChartId } from "../../../src/charts/catalog.ts";
import { chartLegend, chartNotes, chartTable, describeChart } from "../../../src/charts/draw.ts";
import { renderSvg } from "../../../src/charts/server.ts";
import { PALETTES, type Theme } from "../../../src/charts/theme.ts";
import { dataset } from "../../../src/data/index.ts";
import { chartLanguage, dictionary } from "../../../src/i18n/index.ts";
import { RENDER_WIDTHS } from "../../../src/site/layout.ts";

const EN = chartLanguage("en");
const svg = (id: ChartId, step: number, width: number = RENDER_WIDTHS.wide, theme: Theme = "light") => {
  const { document } = parseHTML(`<html><body>${renderSvg(id, dataset, { width, theme, step, language: EN })}</body></html>`);
  return document.querySelector("svg")!;
};
// Wrapped labels are split into <tspan> lines: read them back as one string.
const texts = (el: Element) =>
  [...el.querySelectorAll("text")].map((t) => {
    const lines = [...t.querySelectorAll("tspan")];
    return lines.length ? lines.map((l) => l.textContent).join(" ") : (t.textContent ?? "");
  });
const described = (id: ChartId, step: number) => describeChart(id, dataset, { width: 640, theme: "light", step, language: EN });
const notes = (id: ChartId, step: number) => chartNotes(id, dataset, { width: 640, theme: "light", step, language: EN });

describe("every chart", () => {
  it.each(CHART_IDS)("%s draws each state at both widths as one described image, with no stray aria-labels", (id) => {
    for (let step = 0; step < CATALOG[id].states; step++)
      for (const width of Object.values(RENDER_WIDTHS)) {
        const el = svg(id, step, width);
        expect(el.getAttribute("role")).toBe("img");
        expect(el.getAttribute("aria-label")).toBe(dictionary("en").charts[id].title);
        // A description a screen reader can use: sentences with the chart's figures in them.
        expect(el.getAttribute("aria-description")).toMatch(/^[A-Z].{40,}\.$/);
        expect(el.getAttribute("aria-description")).toMatch(/\d/);
        expect(Number(el.getAttribute("height"))).toBe(chartHeight(CATALOG[id], width));
        expect(el.querySelectorAll("g[aria-label]")).toHaveLength(0);
      }
  });

  // Ids are public (URLs, anchors, file names); keys of one object, they cannot repeat.
  it("has kebab-case ids", () => {
    for (const id of CHART_IDS) expect(id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("draws only series that the data has", () => {
    for (const id of CHART_IDS) for (const series of CATALOG[id].series) expect(dataset.hasSeries(series), `${id}: ${series}`).toBe(true);
  });

  it("falls back to the final state for a step it does not have", () => {
    const { states } = CATALOG["smuggling-cases"];
    expect([7, -1, 0.5, Number.NaN, 0].map((s) => clampStep({ states }, s))).toEqual([1, 1, 1, 1, 0]);
    // Drawn, an unknown step is the whole chart.
    expect(svg("smuggling-cases", 9).outerHTML).toBe(svg("smuggling-cases", 1).outerHTML);
  });

  it("draws with the theme's colours: concrete for light and dark, CSS variables for auto", () => {
    expect(svg("smuggling-cases", 1, 640, "dark").outerHTML).toContain(PALETTES.dark.accent);
    expect(svg("smuggling-cases", 1, 640, "light").outerHTML).toContain(PALETTES.light.accent);
    expect(svg("smuggling-cases", 1, 640, "auto").outerHTML).toContain("var(--chart-accent)");
  });
});

describe("smuggling-cases", () => {
  it("shows the earlier year first, then both years with the change (3,920 to 1,671 is −57%), said in words as a fall", () => {
    expect(texts(svg("smuggling-cases", 0))).toContain("3,920");
    expect(texts(svg("smuggling-cases", 0))).not.toContain("1,671");
    expect(texts(svg("smuggling-cases", 1))).toEqual(expect.arrayContaining(["3,920", "1,671", "\u221257%"]));
    expect(described("smuggling-cases", 1)).toContain("3,920 new human-smuggling cases in FY2017");
    expect(described("smuggling-cases", 1)).toContain("1,671 in FY2018, 57% fewer");
  });

  it("marks the inferred base year on the axis and explains it in a note, at both widths and in both states", () => {
    for (const width of Object.values(RENDER_WIDTHS)) {
      const t = texts(svg("smuggling-cases", 1, width));
      expect(t).toContain("FY2017*");
      expect(t).toContain("FY2018");
    }
    for (const step of [0, 1])
      expect(notes("smuggling-cases", step)[0]!.text).toBe("* The reporting does not name the earlier year; it is taken to be FY2017.");
    expect(notes("smuggling-cases", 1)[0]!.short).toBe("* FY2017 inferred: not named in the reporting.");
    expect(described("smuggling-cases", 1)).toContain("FY2017 (inferred: the reporting does not name the earlier year)");
  });

  it("annotates the fall with an arrow and the change once both years are shown", () => {
    expect(svg("smuggling-cases", 0).querySelector('g[class~="annotation"]')).toBeNull();
    expect(svg("smuggling-cases", 1).querySelectorAll('g[class~="annotation"]').length).toBeGreaterThan(0);
  });
});

describe("smuggling-cell-staff", () => {
  it("draws the later value as a hatched bound labelled 'less than', never as a solid bar", () => {
    const el = svg("smuggling-cell-staff", 1);
    expect(texts(el)).toContain("less than 50");
    expect(el.querySelector("pattern")).not.toBeNull();
    const hatched = [...el.querySelectorAll("rect")].filter((r) =>
      (r.getAttribute("fill") ?? r.parentElement?.getAttribute("fill") ?? "").startsWith("url(#"),
    );
    expect(hatched.length + el.querySelectorAll('g[fill^="url(#"] rect').length).toBeGreaterThan(0);
    expect(el.outerHTML).toMatch(/stroke-dasharray="5[, ]3"/);
    // Only one solid bar: the 2016 index.
    expect(el.querySelectorAll(`g[fill="${PALETTES.light.neutral}"] rect`)).toHaveLength(1);
    expect(texts(svg("smuggling-cell-staff", 0))).not.toContain("less than 50");
    expect(described("smuggling-cell-staff", 1)).toContain("less than 50 on that index");
  });
});

describe("agents-shift", () => {
  it("adds lines step by step, each labelled with its two counts (figures from FACTS.md)", () => {
    const all = texts(svg("agents-shift", 2)).join(" | ");
    expect(all).toContain("Smuggling cases opened* 3,920 \u2192 1,671");
    expect(all).toContain("Worksite investigations opened 1,691 \u2192 6,848");
    expect(all).toContain("Administrative worksite arrests 172 \u2192 1,525");
    const narrow = texts(svg("agents-shift", 2, RENDER_WIDTHS.narrow)).join(" | ");
    expect(narrow).toContain("Admin. arrests 172\u21921,525");
    expect(texts(svg("agents-shift", 0)).join(" ")).not.toContain("Worksite");
    expect(texts(svg("agents-shift", 1)).join(" ")).toContain("Worksite investigations opened");
    expect(texts(svg("agents-shift", 1)).join(" ")).not.toContain("I-9");
  });

  it("draws counts on one axis that stays the same in every step, at every width, with its ticks on a phone too", () => {
    // The two server widths, and the phone's sticky figure (a set height under the compact layout's).
    for (const size of [...Object.values(RENDER_WIDTHS).map((width) => ({ width })), { width: 300, height: 180 }]) {
      const ticks = (step: number) => {
        const { document } = parseHTML(`<svg>${renderSvg("agents-shift", dataset, { ...size, theme: "light", step, language: EN })}</svg>`);
        return [...document.querySelectorAll('[data-mark="y-axis tick label"] text')].map((t) => t.textContent);
      };
      const first = ticks(0);
      expect(first.length, `${JSON.stringify(size)}: y ticks`).toBeGreaterThan(1);
      expect(first).toContain("0");
      expect(ticks(1)).toEqual(first);
      expect(ticks(2)).toEqual(first);
    }
  });

  it("says where each count comes from, which worksite counts did not multiply, and that the case counts' base year is inferred", () => {
    expect(
      notes("agents-shift", 0)
        .map((n) => n.text)
        .join(" "),
    ).toContain("does not name the base year of the case counts");
    const last = notes("agents-shift", 2)
      .map((n) => n.text)
      .join(" ");
    expect(last).toContain(
      "Smuggling cases: ICE figures as ProPublica and The Atlantic reported them. Worksite counts: ICE's year-end figures.",
    );
    // FACTS.md C: managers indicted 71 (FY17) and 72 (FY18); convicted 55 and 49.
    expect(last).toContain("did not multiply: managers indicted (71 in FY2017, 72 in FY2018) and convicted (55, then 49)");
    expect(
      notes("agents-shift", 1)
        .map((n) => n.text)
        .join(" "),
    ).not.toContain("managers");
    // In words, as prose says a change: (1,525 − 172) / 172 = +786.6%, (1,671 − 3,920) / 3,920 = −57.4%.
    expect(described("agents-shift", 2)).toContain("administrative worksite arrests rose 787%, from 172 to 1,525");
    expect(described("agents-shift", 2)).toContain("smuggling cases opened fell 57%, from 3,920 to 1,671");
    expect(described("agents-shift", 2)).toContain("does not name the base year");
    expect(described("agents-shift", 0)).not.toContain("worksite");
  });

  it("has words for every line it draws", () => {
    const { lines } = dictionary("en").charts["agents-shift"];
    expect(Object.keys(lines)).toEqual([...CATALOG["agents-shift"].series]);
  });
});

describe("smuggling-prosecutions", () => {
  it("marks the bound and the approximation, and keeps years without a figure on the axis", () => {
    const t = texts(svg("smuggling-prosecutions", 0));
    expect(t).toEqual(expect.arrayContaining(["<3,500", "~4,500", "~5,700", "FY2016", "FY2017"]));
    expect(t.filter((x) => x === "no figure")).toHaveLength(2);
    // The same words at every width.
    expect(texts(svg("smuggling-prosecutions", 0, RENDER_WIDTHS.narrow)).filter((x) => x === "no figure")).toHaveLength(2);
    const legend = chartLegend("smuggling-prosecutions", dataset, { width: 640, theme: "light", step: 0, language: EN });
    expect(legend.map((e) => e.kind).sort()).toEqual(["approximate", "no_figure", "upper_bound"]);
  });

  it("says so in its description and table", () => {
    expect(described("smuggling-prosecutions", 0)).toContain("less than 3,500 in FY2015");
    expect(described("smuggling-prosecutions", 0)).toContain("about 5,700 in FY2019");
    expect(chartTable("smuggling-prosecutions", dataset, { language: EN }).rows.map((r) => r[1])).toEqual([
      "less than 3,500",
      "about 4,500",
      "about 5,700",
    ]);
  });

  it("says on the chart that it is context: Justice Department prosecutions, not HSI's", () => {
    expect(
      notes("smuggling-prosecutions", 0)
        .map((n) => n.text)
        .join(" "),
    ).toMatch(/^Context: the Justice Department brings these prosecutions; HSI does not open them/);
  });
});

describe("notes for a chart read on its own", () => {
  it("spell out the acronyms its words use, and only those, and stay out of the story's sticky figure", () => {
    const last = (id: ChartId) => notes(id, CATALOG[id].states - 1).at(-1)!;
    expect(last("smuggling-cases").text).toBe(
      "HSI: Homeland Security Investigations, the investigative branch of ICE. ICE: U.S. Immigration and Customs Enforcement.",
    );
    expect(last("border-apprehensions").text).toContain("CBP: U.S. Customs and Border Protection.");
    expect(last("border-apprehensions").text).not.toContain("TRAC");
    expect(last("smuggling-prosecutions").text).toContain("TRAC: a research center at Syracuse University.");
    for (const id of CHART_IDS) expect(last(id).standalone, id).toBe(true);
  });
});

describe("border-apprehensions", () => {
  it("ties nothing to the worksite push: no annotation, every bar alike, and a note that it is context", () => {
    const el = svg("border-apprehensions", 0);
    expect(el.querySelector('g[class~="annotation"]')).toBeNull();
    expect(texts(el).join(" ")).not.toMatch(/worksite|2017:/i);
    const fills = new Set(
      [...el.querySelectorAll('[data-mark="bar"] rect, g[data-mark="bar"]')].map((r) => r.getAttribute("fill")).filter(Boolean),
    );
    expect(fills.size).toBe(1);
    expect(notes("border-apprehensions", 0)[0]!.text).toMatch(/^Context, not HSI's work/);
  });
});
