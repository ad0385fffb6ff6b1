// Cards and chart images are legible in a feed: every word on them is at least 24 px at their
// own size (1200 px wide), the chart's included (it is drawn small and scaled up), and every one
// names the site and its address.
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../../src/charts/catalog.ts";
import { datasetIn } from "../../../src/data/index.ts";
import { chartWords, dictionary } from "../../../src/i18n/index.ts";
import { storyCardSvg } from "../../../src/images/card.ts";
import { chartImageSvg } from "../../../src/images/chart-images.ts";
import { CARD } from "../../../src/images/sizes.ts";

const SITE = new URL("https://smuggling-cases.vercel.app/");

/** Every text's size in the card's own pixels: its font size times the scale of the groups around it. */
function textSizes(svgText: string): { text: string; px: number }[] {
  const { document } = parseHTML(`<html><body>${svgText}</body></html>`);
  const size = (el: Element | null): number => {
    for (let e = el; e; e = e.parentElement) {
      const css = e.getAttribute("style")?.match(/font-size:\s*([\d.]+)px/);
      if (css) return Number(css[1]);
      const attr = e.getAttribute("font-size");
      if (attr) return Number(attr);
    }
    return 16;
  };
  const scale = (el: Element): number => {
    let s = 1;
    for (let e: Element | null = el; e; e = e.parentElement) {
      const m = e.getAttribute("transform")?.match(/scale\(([\d.]+)\)/);
      if (m) s *= Number(m[1]);
    }
    return s;
  };
  return [...document.querySelectorAll("text")]
    .filter((t) => (t.textContent ?? "").trim() !== "")
    .map((t) => ({ text: (t.textContent ?? "").trim().slice(0, 30), px: Math.round(size(t) * scale(t) * 10) / 10 }));
}

describe("cards and chart images", () => {
  // Each edition's cards, with its own name for the site.
  const editions = [
    { locale: "en", site: "Smuggling Cases" },
    { locale: "es", site: "Casos de tráfico de migrantes" },
  ] as const;
  const images = editions.flatMap(({ locale, site }) => {
    const data = datasetIn(locale);
    return [
      {
        name: `${locale} story card`,
        site,
        title: dictionary(locale).site.title,
        svg: storyCardSvg(data, { locale, siteHost: SITE.host }),
      },
      ...CHART_IDS.map((id) => ({
        name: `${locale} ${id} image`,
        site,
        title: chartWords(id, locale).title,
        svg: chartImageSvg(id, data, SITE, locale),
      })),
      ...CHART_IDS.map((id) => ({
        name: `${locale} ${id} card`,
        site,
        title: chartWords(id, locale).title,
        svg: chartImageSvg(id, data, SITE, locale, CARD),
      })),
    ];
  });

  it.each(images)("$name: every word is at least 24 px", ({ svg }) => {
    const small = textSizes(svg).filter((t) => t.px < 24);
    expect(small).toEqual([]);
  });

  it.each(images)("$name: names the site and its address", ({ svg, site }) => {
    expect(svg).toContain(site);
    expect(svg).toContain("smuggling-cases.vercel.app");
  });

  it.each(images)("$name: shows its title in full", ({ svg, title }) => {
    const { document } = parseHTML(`<html><body>${svg}</body></html>`);
    const texts = [...document.querySelectorAll("text")].map((t) => [...t.querySelectorAll("tspan")].map((s) => s.textContent).join(" "));
    expect(texts).toContain(title);
  });

  it("makes the story's key number the hero of its card", () => {
    const sizes = textSizes(images[0]!.svg);
    const hero = sizes.reduce((a, b) => (b.px > a.px ? b : a));
    expect(hero.text).toBe("\u221257%");
  });
});
