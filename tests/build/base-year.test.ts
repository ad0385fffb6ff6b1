// The base year of the case counts (FY2017) is our reading: the reporting does not name it. Every
// surface that shows those counts must say so, including an embed or an image seen on its own.
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";

const SITE = root("dist/local/client");
if (!existsSync(SITE)) throw new Error("No local build: run `npm run build:local` first (npm test does).");

// In full, or in the short form a card uses where room is tight: in English, and in Spanish.
const CAVEAT = /does not name the (earlier|base) year|inferred: not named in the reporting/;
const CAVEAT_ES = /no precisa el año (anterior|base)|año inferido, el reportaje no lo precisa/;
const svgTexts = (svg: Element) => [...svg.querySelectorAll("text")].map((t) => t.textContent ?? "").join(" | ");

describe("the inferred base year", () => {
  it.each(["smuggling-cases", "agents-shift"])("is marked in every drawing of the embed of %s, and explained under it", (id) => {
    const { document } = parseHTML(readFileSync(root("dist/local/client/embed", id, "index.html"), "utf8"));
    const final = document.querySelector(".chart-state:not([hidden])")!;
    const svgs = [...final.querySelectorAll(".chart-drawing svg")];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svgTexts(svg)).toContain("*");
      expect(svg.getAttribute("aria-description")).toMatch(CAVEAT);
    }
    expect([...final.querySelectorAll(".chart-notes .note-full")].map((n) => n.textContent).join(" ")).toMatch(CAVEAT);
  });

  it.each(["smuggling-cases", "agents-shift"])("is marked and explained in the SVG image of %s", (id) => {
    const svg = readFileSync(root("dist/local/client/charts", `${id}.svg`), "utf8");
    expect(svg).toMatch(CAVEAT);
    expect(svg).toMatch(id === "smuggling-cases" ? />FY2017\*</ : />Smuggling(?: cases opened)?\*/);
  });

  it("is said in the story's words where the figure first appears", () => {
    const { document } = parseHTML(readFileSync(root("dist/local/client/index.html"), "utf8"));
    const first = document.querySelector('[data-series="hsi-smuggling-cases-opened"][data-period="2017"]')!;
    expect(first.closest(".step-text")!.textContent).toMatch(/does not name that year[^.]*FY2017[^.]*infer/);
  });
});

describe("the inferred base year, in the Spanish edition", () => {
  it.each(["smuggling-cases", "agents-shift"])("is marked in every drawing of /es/embed/%s, and explained under it", (id) => {
    const { document } = parseHTML(readFileSync(root("dist/local/client/es/embed", id, "index.html"), "utf8"));
    const final = document.querySelector(".chart-state:not([hidden])")!;
    const svgs = [...final.querySelectorAll(".chart-drawing svg")];
    expect(svgs.length).toBeGreaterThan(0);
    for (const svg of svgs) {
      expect(svgTexts(svg)).toContain("*");
      expect(svg.getAttribute("aria-description")).toMatch(CAVEAT_ES);
    }
    expect([...final.querySelectorAll(".chart-notes .note-full")].map((n) => n.textContent).join(" ")).toMatch(CAVEAT_ES);
  });

  it.each(["smuggling-cases", "agents-shift"])("is marked and explained in the Spanish SVG image of %s", (id) => {
    const svg = readFileSync(root("dist/local/client/es/charts", `${id}.svg`), "utf8");
    expect(svg).toMatch(CAVEAT_ES);
    expect(svg).toMatch(id === "smuggling-cases" ? />AF2017\*</ : />(?:Tráfico|Casos de tráfico(?: abiertos)?)\*/);
  });

  it("is said in the story's words where the figure first appears", () => {
    const { document } = parseHTML(readFileSync(root("dist/local/client/es/index.html"), "utf8"));
    const first = document.querySelector('[data-series="hsi-smuggling-cases-opened"][data-period="2017"]')!;
    expect(first.closest(".step-text")!.textContent).toMatch(/no precisa ese año[^.]*año fiscal\s+\(AF\)\s+2017[^.]*inferencia/);
  });
});
