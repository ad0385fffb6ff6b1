import { describe, expect, it } from "vitest";
import { parseHTML } from "linkedom";
import { embedSnippet, initialEmbedHeight, scriptEmbedSnippet } from "../../../src/embed/snippet.ts";
import { hostScript } from "../../../src/embed/host-script.ts";
import { gzipSync } from "node:zlib";

const origin = "https://smuggling-cases.vercel.app";

describe("embedSnippet", () => {
  it("is an iframe with src, a title naming the chart, full width, a starting height, lazy, no border, then the script", () => {
    const html = embedSnippet("smuggling-cases", { origin, locale: "en" });
    expect(html).toMatch(
      new RegExp(
        `^<iframe src="${origin}/embed/smuggling-cases\\?theme=light" title="Chart: HSI's smuggling cases fell by more than half in FY2018" width="100%" height="${initialEmbedHeight("smuggling-cases")}" loading="lazy" style="border:0;width:100%;max-width:100%"`,
      ),
    );
    expect(html).toMatch(/<\/iframe>\n<script async src="https:\/\/smuggling-cases\.vercel\.app\/embed\.js"><\/script>$/);
    expect(embedSnippet("smuggling-cases", { origin, script: false, locale: "en" })).not.toContain("<script");
  });

  it("is light unless asked for dark or auto (auto follows the reader, and is the embed page's own default)", () => {
    const src = (theme?: "light" | "dark" | "auto") =>
      embedSnippet("smuggling-cases", { origin, theme, locale: "en" }).match(/src="([^"]+)"/)![1];
    expect(src()).toBe(`${origin}/embed/smuggling-cases?theme=light`);
    expect(src("light")).toBe(`${origin}/embed/smuggling-cases?theme=light`);
    expect(src("dark")).toBe(`${origin}/embed/smuggling-cases?theme=dark`);
    expect(src("auto")).toBe(`${origin}/embed/smuggling-cases`);
  });

  it("carries a step, and caps the height where asked", () => {
    const html = embedSnippet("agents-shift", { origin, step: 1, width: 400, maxHeight: 300, locale: "en" });
    expect(html).toContain(`src="${origin}/embed/agents-shift?theme=light&amp;step=1"`);
    expect(html).toContain('width="400" height="300"');
    expect(html).toContain('style="border:0;width:400px;max-width:100%;max-height:300px"');
  });
  // Whether the starting height holds the whole embed is measured in a browser at 320, 375, 768
  // and 1280 px (tests/e2e/embeds.spec.ts), not computed from the estimate itself.
});

describe("scriptEmbedSnippet", () => {
  // What it does is tested in a browser, on a host of another origin (tests/e2e/script-embed.spec.ts).
  it("is one element holding the chart's iframe (no border, whatever the host's policy does to style attributes), then one script", () => {
    const html = scriptEmbedSnippet("agents-shift", { origin, theme: "dark", step: 1, locale: "es" });
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const [element, script, ...rest] = [...document.body.children];
    expect(rest).toEqual([]);
    expect(element!.getAttribute("data-smuggling-cases-chart")).toBe("agents-shift");
    const iframes = element!.querySelectorAll("iframe");
    expect(iframes).toHaveLength(1);
    expect(iframes[0]!.getAttribute("src")).toBe(`${origin}/es/embed/agents-shift?theme=dark&step=1`);
    expect(iframes[0]!.getAttribute("frameborder")).toBe("0");
    expect(script!.outerHTML).toBe(`<script async src="${origin}/embed-chart.js"></script>`);
  });
});

describe("/embed.js", () => {
  // What it does is tested in a browser, on a host of another origin (tests/e2e/embeds.spec.ts).
  it("is small, and a plain script", () => {
    expect(hostScript()).toContain("maxHeight");
    const js = hostScript();
    expect(gzipSync(js).byteLength).toBeLessThan(1024);
    expect(() => new Function(js)).not.toThrow();
  });
});
