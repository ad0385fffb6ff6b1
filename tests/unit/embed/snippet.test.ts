import { describe, expect, it } from "vitest";
import { CHARTS, getChart } from "../../../src/charts/index.ts";
import { embedHeight, embedSnippet, initialEmbedHeight } from "../../../src/embed/snippet.ts";
import { hostScript } from "../../../src/embed/host-script.ts";
import { OWN_MESSAGE_TYPE } from "../../../src/embed/protocol.ts";
import { gzipSync } from "node:zlib";

const origin = "https://smuggling-cases.vercel.app";

describe("embedSnippet", () => {
  it("is an iframe with src, a title naming the chart, full width, a starting height, lazy, no border, then the script", () => {
    const chart = getChart("smuggling-cases");
    const html = embedSnippet(chart, { origin });
    expect(html).toMatch(
      new RegExp(
        `^<iframe src="${origin}/embed/smuggling-cases" title="Chart: New smuggling cases fell by more than half" width="100%" height="${initialEmbedHeight(chart)}" loading="lazy" style="border:0;width:100%;max-width:100%"`,
      ),
    );
    expect(html).toMatch(/<\/iframe>\n<script async src="https:\/\/smuggling-cases\.vercel\.app\/embed\.js"><\/script>$/);
    expect(embedSnippet(chart, { origin, theme: "dark" })).toContain("/embed/smuggling-cases?theme=dark");
    expect(embedSnippet(chart, { origin, script: false })).not.toContain("<script");
  });

  it("starts tall enough for a phone and a wide column", () => {
    for (const chart of CHARTS) {
      const h = initialEmbedHeight(chart);
      for (const w of [320, 375, 768]) expect(h, `${chart.id} at ${w}`).toBeGreaterThanOrEqual(embedHeight(chart, w));
    }
  });
});

describe("/embed.js", () => {
  it("is small and listens only for this site's messages", () => {
    const js = hostScript();
    expect(gzipSync(js).byteLength).toBeLessThan(1024);
    expect(js).toContain("e.origin !== origin");
    expect(js).toContain("contentWindow === e.source");
    expect(js).toContain(OWN_MESSAGE_TYPE);
    expect(() => new Function(js)).not.toThrow(); // parses as a plain script
  });
});
