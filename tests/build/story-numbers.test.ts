// Every number in the story's words, held against the dataset. Figures in prose are <data>
// elements made by the Value/Change/Multiple components; outside them, the only numbers allowed
// are years and names (I-9, 8 U.S.C. 1324) and the calendar dates that define a fiscal year.
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { dataset } from "../../src/data/index.ts";
import { formatMultiple, formatObservation, formatPercent, percentChange } from "../../src/lib/format.ts";
import { root } from "../support/paths.ts";

const PAGE = root("dist/local/client/index.html");
if (!existsSync(PAGE)) throw new Error("No local build: run `npm run build:local` first (npm test does).");
const { document } = parseHTML(readFileSync(PAGE, "utf8"));

const prose = () => {
  // The words a reader reads: the story's header, steps and sections, without the charts (drawn
  // from the data by the chart modules and tested there), lists generated from the dataset
  // (sources, downloads) and the code samples of URLs.
  const parts = [...document.querySelectorAll(".story-head, .step-text, .after")].map((el) => el.cloneNode(true) as Element);
  for (const part of parts) for (const el of part.querySelectorAll("figure, code, table, svg, data, [data-from-dataset]")) el.remove();
  return parts.map((p) => p.textContent ?? "").join("\n");
};

describe("numbers in the story", () => {
  const figures = [...document.querySelectorAll("data")];

  it("has figures, each one from the dataset", () => {
    expect(figures.length).toBeGreaterThan(20);
  });

  it("shows each value exactly as the dataset has it, with its qualifier", () => {
    for (const el of figures.filter((d) => d.hasAttribute("data-series"))) {
      const o = dataset.observation(el.getAttribute("data-series")!, Number(el.getAttribute("data-period")));
      expect(Number(el.getAttribute("value")), el.outerHTML).toBe(o.value);
      expect([formatObservation(o), formatObservation(o, { indexSuffix: false })], el.outerHTML).toContain(el.textContent);
      if (o.qualifier !== "exact" && o.qualifier !== "index") expect(el.textContent).toMatch(/^(about|less than|more than) /);
    }
  });

  it("computes every change and multiple from the dataset", () => {
    const changes = figures.filter((d) => d.hasAttribute("data-change") || d.hasAttribute("data-multiple"));
    expect(changes.length).toBeGreaterThan(0);
    for (const el of changes) {
      const [series, from, to] = (el.getAttribute("data-change") ?? el.getAttribute("data-multiple"))!.split(":");
      const a = dataset.observation(series!, Number(from)).value;
      const b = dataset.observation(series!, Number(to)).value;
      const expected = el.hasAttribute("data-multiple")
        ? formatMultiple(a, b)
        : el.hasAttribute("data-abs")
          ? formatPercent(Math.abs(percentChange(a, b))).replace("+", "")
          : formatPercent(percentChange(a, b));
      expect(el.textContent, el.outerHTML).toBe(expected);
    }
  });

  it("types no other number into the prose", () => {
    const allowed = [
      /\b(?:FY)?(?:19|20)\d\d\b/g, // years and fiscal years
      /\bI-9\b/g,
      /\b8 U\.S\.C\. 1324\b/g,
      /\b(?:1 October|30 September)\b/g, // the definition of a fiscal year
    ];
    let text = prose();
    for (const re of allowed) text = text.replace(re, " ");
    expect(text.match(/.{0,30}\d.{0,30}/g) ?? []).toEqual([]);
  });

  it("puts the headline change in the steps", () => {
    const steps = [...document.querySelectorAll(".step-text")].map((s) => s.textContent).join(" ");
    expect(steps).toContain("\u221257%");
    expect(steps).toContain("3,920");
    expect(steps).toContain("1,671");
  });
});
