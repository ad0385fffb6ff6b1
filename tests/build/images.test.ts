// Images rendered at build: they decode as PNG and have the sizes social networks expect.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { dictionary } from "../../src/i18n/index.ts";
import { CARD, IMAGE } from "../../src/images/sizes.ts";
import { root } from "../support/paths.ts";

function pngSize(file: string): { width: number; height: number } {
  const bytes = readFileSync(file);
  expect([...bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  expect(bytes.subarray(12, 16).toString("ascii")).toBe("IHDR");
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe("social card", () => {
  it("is a 1200×630 PNG in both builds, named in the story's og:image", () => {
    for (const dir of ["dist/local/client", ".vercel/output/static"]) {
      expect(pngSize(root(dir, "cards/story.png"))).toEqual({ width: 1200, height: 630 });
      const html = readFileSync(root(dir, "index.html"), "utf8");
      expect(html).toMatch(/<meta property="og:image" content="https?:\/\/[^"]+\/cards\/story\.png">/);
      expect(html).toContain('<meta name="twitter:card" content="summary_large_image">');
    }
  });
});

describe("chart images", () => {
  it("has a PNG (1200×675), an SVG and a social card (1200×630) for every chart, the card named by its embed page", () => {
    for (const id of CHART_IDS) {
      const { title } = dictionary("en").charts[id];
      expect(pngSize(root("dist/local/client/charts", `${id}.png`)), id).toEqual(IMAGE);
      expect(pngSize(root("dist/local/client/cards", `${id}.png`)), id).toEqual(CARD);
      const svg = readFileSync(root("dist/local/client/charts", `${id}.svg`), "utf8");
      expect(svg).toMatch(new RegExp(`^<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE.width}" height="${IMAGE.height}"`));
      expect(svg.replace(/&#39;/g, "'")).toContain(title.split(" ").slice(0, 3).join(" "));
      const embed = readFileSync(root("dist/local/client/embed", id, "index.html"), "utf8");
      expect(embed).toContain(`/cards/${id}.png">`);
    }
  });
});
