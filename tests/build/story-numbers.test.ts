// Every number in the story's words, in both editions, held against the figures as the sources
// publish them. The expected strings below are typed from ../shared/FACTS.md (and the changes
// computed by hand from them), in each edition's words for the qualifiers, not made with the
// site's own formatters, so a formatting bug cannot pass unseen. Figures in prose are <data>
// elements made by the Value/Change/Multiple components; outside them, the only numbers allowed
// are years and names (I-9, 8 U.S.C. 1324) and the dates that define a fiscal year.
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { root } from "../support/paths.ts";

if (!existsSync(root("dist/local/client/index.html"))) throw new Error("No local build: run `npm run build:local` first (npm test does).");

/** series:period -> the value and the words a reader must see, qualifier included (English). */
const PUBLISHED: Record<string, { value: number; text: string }> = {
  "hsi-smuggling-cases-opened:2017": { value: 3920, text: "3,920" },
  "hsi-smuggling-cases-opened:2018": { value: 1671, text: "1,671" },
  "hsi-smuggling-cell-staff-index:2016": { value: 100, text: "100" },
  "hsi-smuggling-cell-staff-index:2019": { value: 50, text: "less than 50" }, // "less than half"
  "hsi-worksite-investigations-opened:2017": { value: 1691, text: "1,691" },
  "hsi-worksite-investigations-opened:2018": { value: 6848, text: "6,848" },
  "hsi-i9-audits-initiated:2017": { value: 1360, text: "1,360" },
  "hsi-i9-audits-initiated:2018": { value: 5981, text: "5,981" },
  "hsi-worksite-criminal-arrests:2017": { value: 139, text: "139" },
  "hsi-worksite-criminal-arrests:2018": { value: 779, text: "779" },
  "hsi-worksite-administrative-arrests:2017": { value: 172, text: "172" },
  "hsi-worksite-administrative-arrests:2018": { value: 1525, text: "1,525" },
  "hsi-worksite-managers-indicted:2017": { value: 71, text: "71" }, // "72 indicted in FY18 vs 71 in FY17"
  "hsi-worksite-managers-indicted:2018": { value: 72, text: "72" },
  "hsi-worksite-managers-convicted:2017": { value: 55, text: "55" }, // "49 convicted vs 55"
  "hsi-worksite-managers-convicted:2018": { value: 49, text: "49" },
  "usbp-sw-apprehensions:2016": { value: 408870, text: "408,870" },
  "usbp-sw-apprehensions:2017": { value: 303916, text: "303,916" },
  "usbp-sw-apprehensions:2018": { value: 396579, text: "396,579" },
  "prosecutions-8-usc-1324:2015": { value: 3500, text: "less than 3,500" }, // "less than 3,500"
  "prosecutions-8-usc-1324:2018": { value: 4500, text: "about 4,500" }, // "about 4,500 in FY 2018"
  "prosecutions-8-usc-1324:2019": { value: 5700, text: "about 5,700" }, // "just shy of 5,700"
  "hsi-smuggling-arrests:2019": { value: 5750, text: "5,750" },
  "hsi-smuggling-arrests-change:2019": { value: 41, text: "about 41" }, // "41 percent", rounded
  "hsi-employees:2019": { value: 9800, text: "more than 9,800" }, // "more than 9,800"
  "hsi-special-agents:2019": { value: 6700, text: "more than 6,700" }, // "over 6,700"
};
/** The same figures in the Spanish edition: the same digits and grouping (the edition writes numbers
 * as Spanish readers in the U.S. and Mexico do), its own words for the qualifiers. */
const SPANISH: Record<string, string> = {
  "hsi-smuggling-cell-staff-index:2019": "menos de 50",
  "prosecutions-8-usc-1324:2015": "menos de 3,500",
  "prosecutions-8-usc-1324:2018": "unos 4,500",
  "prosecutions-8-usc-1324:2019": "unos 5,700",
  "hsi-smuggling-arrests-change:2019": "alrededor del 41", // "unos 41%" is not Spanish
  "hsi-employees:2019": "más de 9,800",
  "hsi-special-agents:2019": "más de 6,700",
};
/** (1,671 − 3,920) / 3,920 = −57.37…%; 6,848 / 1,691 = 4.049…, which prose says in words as more
 * than four (AP: numbers under 10 in words). */
const CHANGES: Record<string, { signed: string; unsigned: string }> = {
  "hsi-smuggling-cases-opened:2017:2018": { signed: "\u221257%", unsigned: "57%" },
};
const MULTIPLES: Record<string, Record<string, string>> = {
  "hsi-worksite-investigations-opened:2017:2018": { en: "more than four", es: "más de cuatro" },
};

const EDITIONS = [
  {
    name: "English",
    locale: "en",
    page: "index.html",
    text: (key: string) => PUBLISHED[key]?.text,
    // Years and fiscal years; the dates that define a fiscal year, and the directive's.
    allowed: [/\b(?:FY)?(?:19|20)\d\d\b/g, /\b(?:Oct\. 1|Sept\. 30|Oct\. 17)\b/g],
    headline: ["3,920", "1,671", "57%"],
  },
  {
    name: "Spanish",
    locale: "es",
    page: "es/index.html",
    text: (key: string) => SPANISH[key] ?? PUBLISHED[key]?.text,
    allowed: [/\b(?:AF)?(?:19|20)\d\d\b/g, /\b(?:1 de octubre|30 de septiembre|17 de octubre)\b/g],
    headline: ["3,920", "1,671", "57%"],
  },
];

for (const edition of EDITIONS) {
  const { document } = parseHTML(readFileSync(root("dist/local/client", edition.page), "utf8"));

  const prose = () => {
    // The words a reader reads: the story's header, steps and sections, without the charts (drawn
    // from the data by the chart modules and tested there), lists generated from the dataset
    // (sources, downloads), code samples, and dates and versions (<time>, <data data-version>).
    const parts = [...document.querySelectorAll(".story-head, .step-text, .after")].map((el) => el.cloneNode(true) as Element);
    for (const part of parts)
      for (const el of part.querySelectorAll("figure, code, table, svg, data, time, [data-from-dataset]")) el.remove();
    return parts.map((p) => p.textContent ?? "").join("\n");
  };

  describe(`numbers in the story, ${edition.name} edition`, () => {
    const figures = [...document.querySelectorAll(".story-head data, .step-text data, .after data")];
    const values = figures.filter((d) => d.hasAttribute("data-series"));

    it("has figures in its words", () => {
      expect(values.length).toBeGreaterThan(20);
    });

    it("shows each figure as published, with its qualifier in words", () => {
      for (const el of values) {
        const key = `${el.getAttribute("data-series")}:${el.getAttribute("data-period")}`;
        expect(PUBLISHED[key], `${key} is shown but not in this test's list of published figures`).toBeDefined();
        expect(el.textContent, el.outerHTML).toBe(edition.text(key));
        expect(Number(el.getAttribute("value")), el.outerHTML).toBe(PUBLISHED[key]!.value);
      }
    });

    it("shows every change and multiple as computed from the published figures", () => {
      const changes = figures.filter((d) => d.hasAttribute("data-change") || d.hasAttribute("data-multiple"));
      expect(changes.length).toBeGreaterThan(0);
      for (const el of changes) {
        const change = el.getAttribute("data-change");
        if (change) expect(el.textContent, el.outerHTML).toBe(CHANGES[change]![el.hasAttribute("data-abs") ? "unsigned" : "signed"]);
        else expect(el.textContent, el.outerHTML).toBe(MULTIPLES[el.getAttribute("data-multiple")!]![edition.locale]);
      }
    });

    it("types no other number into the prose", () => {
      const allowed = [...edition.allowed, /\bI-9\b/g, /\b8 U\.S\.C\. 1324\b/g];
      let text = prose();
      for (const re of allowed) text = text.replace(re, " ");
      expect(text.match(/.{0,30}\d.{0,30}/g) ?? []).toEqual([]);
    });

    it("puts the headline figures and change in the steps", () => {
      const steps = [...document.querySelectorAll(".step-text")].map((s) => s.textContent).join(" ");
      for (const s of edition.headline) expect(steps).toContain(s);
    });
  });
}
