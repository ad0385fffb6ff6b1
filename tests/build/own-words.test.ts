// The site tells the story in its own words, in both editions: no run of eight words anywhere in
// what it publishes (pages, embeds, images, the data files and the Data Package) is shared with
// the article it retells, in English or in ProPublica's Spanish version. The articles' runs are
// known only by their hashes (tests/fixtures/article-shingles.json).
import { existsSync, readFileSync } from "node:fs";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { filesUnder, root } from "../support/paths.ts";
import { shingles } from "../support/shingles.ts";

const SITE = root("dist/local/client");
if (!existsSync(SITE)) throw new Error("No local build: run `npm run build:local` first (npm test does).");
const ARTICLE = new Set((JSON.parse(readFileSync(root("tests/fixtures/article-shingles.json"), "utf8")) as { hashes: string[] }).hashes);

/** What a reader (or a screen reader, or a search engine) gets from a page: its text and the
 * words in its attributes. */
function pageText(html: string): string {
  const { document } = parseHTML(html);
  for (const el of document.querySelectorAll("script, style")) el.remove();
  const attributes = [...document.querySelectorAll("[alt], [title], [aria-label], [aria-description], meta[content]")].flatMap((el) =>
    ["alt", "title", "aria-label", "aria-description", "content"].map((a) => el.getAttribute(a) ?? ""),
  );
  return [document.documentElement.textContent ?? "", ...attributes].join("\n");
}

const published = [...filesUnder(SITE).filter((f) => /\.(html|svg|csv|json)$/.test(f)), ...filesUnder(root("data"))].map((file) => ({
  file: file.replace(root(""), ""),
  text: file.endsWith(".html") ? pageText(readFileSync(file, "utf8")) : readFileSync(file, "utf8"),
}));

const shared = (text: string) =>
  shingles(text)
    .filter(([, hash]) => ARTICLE.has(hash))
    .map(([words]) => words);

describe("our own words", () => {
  it("would catch a copied phrase (the series description we once had)", () => {
    expect(
      shared("New human-smuggling cases launched by Homeland Security Investigations (HSI), the investigative arm of ICE"),
    ).not.toEqual([]);
  });

  it("would catch a phrase copied from the Spanish version", () => {
    expect(shared("el ICE ha transferido personal y dinero de investigaciones más complejas para respaldar la campaña")).not.toEqual([]);
  });

  it("shares no run of eight words with the article, in any published file", () => {
    expect(published.length).toBeGreaterThan(20);
    expect(published.map((p) => p.file)).toEqual(
      expect.arrayContaining(["dist/local/client/es/index.html", "dist/local/client/es/charts/agents-shift.svg"]),
    );
    const found = published.flatMap(({ file, text }) => shared(text).map((words) => `${file}: “${words}”`));
    expect(found).toEqual([]);
  });
});
