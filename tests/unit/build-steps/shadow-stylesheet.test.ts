// The script embed's stylesheet is the embed page's, rewritten for a shadow root of another site's
// page. The expectations are what CSS means there (CSS Scoping, Containment and Values): what the
// rewrite must change, and what it must leave alone. That a browser then draws the chart as in its
// iframe is tested in tests/e2e/script-embed.spec.ts.
import { generate, parse } from "css-tree";
import { describe, expect, it } from "vitest";
import { shadowStylesheet } from "../../../src/build-steps/shadow-stylesheet.ts";

/** The rules after the two the rewrite puts first (:host and the root's own). */
const rewritten = (css: string) => shadowStylesheet(css).split("}").slice(2).join("}");
/** CSS as css-tree writes it, to compare with the rewrite's output. */
const css = (text: string) => generate(parse(text));

describe("shadowStylesheet", () => {
  it("gives <html>, :root and <body> to the elements that stand for them (nothing in a shadow root is either)", () => {
    expect(rewritten(':root{color:red}html{margin:0}body{margin:0}:root[data-theme="dark"] p{color:blue}.embed body{color:green}')).toBe(
      css('.sc-root{color:red}.sc-root{margin:0}.sc-body{margin:0}.sc-root[data-theme="dark"] p{color:blue}.embed .sc-body{color:green}'),
    );
  });

  it("measures rem against the root it draws, not the host page's root, including in custom properties", () => {
    const out = rewritten(":root{font-size:1.0625rem;--gap:clamp(.75rem, 3vw, 1.5rem)}p{margin:0 0 1rem;max-width:38rem;font-size:.9em}");
    expect(out).not.toMatch(/\drem/);
    expect(out).toContain("font-size:calc(1.0625*var(--sc-rem))");
    expect(out).toContain("--gap:clamp(calc(.75 * var(--sc-rem)), 3vw, calc(1.5 * var(--sc-rem)))");
    expect(out).toContain("margin:0 0 calc(1*var(--sc-rem))");
    expect(out).toContain("font-size:.9em");
  });

  it("turns media queries on the viewport's width into queries of the embed's own width, in either syntax, and leaves the others", () => {
    const out = rewritten(
      "@media (max-width: 319px){p{color:red}}@media (width>=700px) and (width<=1099px){p{color:red}}" +
        "@media (prefers-color-scheme: dark){p{color:red}}@media print{p{color:red}}@media (max-height: 479px){p{color:red}}" +
        "@media (min-device-width: 700px){p{color:red}}@container (max-width: 440px){p{color:red}}",
    );
    const queries = [...out.matchAll(/@(media|container)([^{]*)\{/g)].map(([, kind, query]) => `${kind} ${query!.trim()}`);
    expect(queries).toEqual([
      "container sc-embed (max-width:319px)",
      "container sc-embed (width>=700px) and (width<=1099px)",
      "media (prefers-color-scheme:dark)",
      "media print",
      "media (max-height:479px)",
      "media (min-device-width:700px)",
      "container (max-width:440px)",
    ]);
  });

  it("lets no style of the host page in: the host element resets every property, and every custom property the sheet uses", () => {
    const host = shadowStylesheet(":root{--bg:white}p{color:var(--fg);background:var(--bg, red)}").split("}")[0]!;
    expect(host).toMatch(/^:host\{all:initial!important;display:block!important;/);
    expect(host).toContain("--bg:initial!important");
    expect(host).toContain("--fg:initial!important");
  });
});
