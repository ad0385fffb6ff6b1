// The base year of the case counts (FY2017) is our reading: the reporting does not name it. Every
// surface that shows those counts must say so, including an embed or an image seen on its own.
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";

const SITE = root("dist/local/client");
if (!existsSync(SITE)) throw new Error("No local build: run `npm run build:local` first (npm test does).");

// Each edition: where its files are, and what it says. In full, or in the short form a card uses
// where room is tight; the year's mark on the axis or the line's label; the story's own sentence.
const EDITIONS = [
  {
    name: "English",
    dir: "",
    caveat: /does not name the (earlier|base) year|inferred: not named in the reporting/,
    marked: { "smuggling-cases": />FY2017\*</, "agents-shift": />Smuggling(?: cases opened)?\*/ },
    story: /in a year earlier than fiscal 2018 \(FY2018\)\. The reporting does not say which; we take it to be FY2017/,
  },
  {
    name: "Spanish",
    dir: "es/",
    caveat: /no precisa el año (anterior|base)|año inferido, el reportaje no lo precisa/,
    marked: { "smuggling-cases": />AF2017\*</, "agents-shift": />(?:Tráfico de migrantes|Casos de tráfico de migrantes)\*/ },
    story: /en un año anterior al año fiscal 2018\. El reportaje no precisa cuál; suponemos que es el año fiscal\s+2017\s+\(AF2017\)/,
  },
] as const;
const CHARTS = ["smuggling-cases", "agents-shift"] as const;
const svgTexts = (svg: Element) => [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" | ");

describe.each(EDITIONS)("the inferred base year, $name edition", ({ dir, caveat, marked, story }) => {
  it.each(CHARTS)("is marked in every drawing of the embed of %s, and explained under it", (id) => {
    const { document } = parseHTML(readFileSync(root(`dist/local/client/${dir}embed`, id, "index.html"), "utf8"));
    const final = document.querySelector(".chart-state:not([hidden])")!;
    const svgs = [...final.querySelectorAll(".chart-drawing svg")];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svgTexts(svg)).toContain("*");
      expect(svg.getAttribute("aria-description")).toMatch(caveat);
    }
    expect([...final.querySelectorAll(".chart-notes .note-full")].map((n) => n.textContent).join(" ")).toMatch(caveat);
  });

  it.each(CHARTS)("is marked and explained in the SVG image of %s", (id) => {
    const svg = readFileSync(root(`dist/local/client/${dir}charts`, `${id}.svg`), "utf8");
    expect(svg).toMatch(caveat);
    expect(svg).toMatch(marked[id]);
  });

  it("is said in the story's words where the figure first appears", () => {
    const { document } = parseHTML(readFileSync(root(`dist/local/client/${dir}index.html`), "utf8"));
    const first = document.querySelector('[data-series="hsi-smuggling-cases-opened"][data-period="2017"]')!;
    expect(first.closest(".step-text")!.textContent!.replace(/\s+/g, " ")).toMatch(story);
  });
});
