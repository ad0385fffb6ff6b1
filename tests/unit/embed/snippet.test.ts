import { describe, expect, it } from "vitest";
import { embedSnippet, initialEmbedHeight } from "../../../src/embed/snippet.ts";
import { hostScript } from "../../../src/embed/host-script.ts";
import { gzipSync } from "node:zlib";

const origin = "https://smuggling-cases.vercel.app";

describe("embedSnippet", () => {
  it("is an iframe with src, a title naming the chart, full width, a starting height, lazy, no border, then the script", () => {
    const html = embedSnippet("smuggling-cases", { origin, locale: "en" });
    expect(html).toMatch(
      new RegExp(
        `^<iframe src="${origin}/embed/smuggling-cases" title="Chart: New smuggling cases fell by more than half" width="100%" height="${initialEmbedHeight("smuggling-cases")}" loading="lazy" style="border:0;width:100%;max-width:100%"`,
      ),
    );
    expect(html).toMatch(/<\/iframe>\n<script async src="https:\/\/smuggling-cases\.vercel\.app\/embed\.js"><\/script>$/);
    expect(embedSnippet("smuggling-cases", { origin, theme: "dark", locale: "en" })).toContain("/embed/smuggling-cases?theme=dark");
    expect(embedSnippet("smuggling-cases", { origin, script: false, locale: "en" })).not.toContain("<script");
  });
  // Whether the starting height holds the whole embed is measured in a browser at 320, 375, 768
  // and 1280 px (tests/e2e/embeds.spec.ts), not computed from the estimate itself.
});

describe("/embed.js", () => {
  // What it does is tested in a browser, on a host of another origin (tests/e2e/embeds.spec.ts).
  it("is small, and a plain script", () => {
    const js = hostScript();
    expect(gzipSync(js).byteLength).toBeLessThan(1024);
    expect(() => new Function(js)).not.toThrow();
  });
});
