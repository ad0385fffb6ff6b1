// "Every figure links to its source": each figure in the story's words is a link to an entry in
// the list of sources, and that entry is the source data/ gives for the figure, with its address.
// The expected source of each figure is read here from data/*.csv directly.
import { existsSync, readFileSync } from "node:fs";
import { csvParse } from "d3";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";

if (!existsSync(root("dist/local/client/index.html"))) throw new Error("No local build: run `npm run build:local` first (npm test does).");
const observations = csvParse(readFileSync(root("data/observations.csv"), "utf8"));
const sources = csvParse(readFileSync(root("data/sources.csv"), "utf8"));
const sourceOf = (series: string, period: string) => observations.find((o) => o.series_id === series && o.period === period)!.source_id!;

// Both editions: the story at / and at /es/.
describe.each(["index.html", "es/index.html"])("every figure in the prose of %s", (page) => {
  const { document } = parseHTML(readFileSync(root("dist/local/client", page), "utf8"));
  const figures = [...document.querySelectorAll(".story-head data, .step-text data, .after data")].filter(
    (d) => d.hasAttribute("data-series") || d.hasAttribute("data-change") || d.hasAttribute("data-multiple"),
  );

  it("is there to check", () => expect(figures.length).toBeGreaterThan(20));

  it("links, in one step, to the entry of its own source, which carries the source's address", () => {
    for (const el of figures) {
      const [series, period] = el.hasAttribute("data-series")
        ? [el.getAttribute("data-series")!, el.getAttribute("data-period")!]
        : (() => {
            const [s, , to] = (el.getAttribute("data-change") ?? el.getAttribute("data-multiple"))!.split(":");
            return [s!, to!];
          })();
      const expected = sourceOf(series, period);
      const link = el.closest("a");
      expect(link, `${el.outerHTML} is not a link`).not.toBeNull();
      expect(link!.getAttribute("href"), el.outerHTML).toBe(`#source-${expected}`);
      const entry = document.getElementById(`source-${expected}`);
      expect(entry, `no entry #source-${expected}`).not.toBeNull();
      const url = sources.find((s) => s.id === expected)!.url!;
      expect(
        [...entry!.querySelectorAll("a")].map((a) => a.getAttribute("href")),
        `#source-${expected}`,
      ).toContain(url);
    }
  });
});
