// Images rendered at build: they decode as PNG and have the sizes social networks expect.
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
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
