// The public paths read back from URLs (oEmbed reads the chart of an embed page or a story anchor;
// the server finds each path's edition): what they accept, and what they refuse.
import { describe, expect, it } from "vitest";
import { localeOfPath, unlocalizedPath } from "../../../src/locales.ts";
import { chartAnchor, chartOfAnchor, chartOfEmbedPath, dataUrl, embedPath, notFoundPageFor } from "../../../src/site/urls.ts";

describe("public paths", () => {
  it("reads the chart of an embed page in either edition, under each URL that serves it", () => {
    // The README names all three forms: /embed/<id>, with /, or /index.html.
    for (const path of [
      "/embed/smuggling-cases",
      "/embed/smuggling-cases/",
      "/embed/smuggling-cases/index.html",
      "/es/embed/smuggling-cases",
      "/es/embed/smuggling-cases/",
      "/es/embed/smuggling-cases/index.html",
    ])
      expect(chartOfEmbedPath(path), path).toBe("smuggling-cases");
    for (const path of [
      "/embed/",
      "/embed/index.html",
      "/embed/Smuggling",
      "/embed/a/b",
      "/embed/-x",
      "/embed/x/other.html",
      "/charts/smuggling-cases.png",
      "/fr/embed/x/y",
    ])
      expect(chartOfEmbedPath(path), path).toBeNull();
  });

  it("reads a story anchor back to its chart", () => {
    expect(chartOfAnchor(`#${chartAnchor("agents-shift")}`)).toBe("agents-shift");
    expect(chartOfAnchor("#chart-")).toBeNull();
    expect(chartOfAnchor("#data")).toBeNull();
    expect(chartOfAnchor("")).toBeNull();
  });

  it("finds each path's edition, and the path without its prefix", () => {
    expect([
      localeOfPath("/es/"),
      localeOfPath("/es"),
      localeOfPath("/es/embed/x"),
      localeOfPath("/"),
      localeOfPath("/esx/"),
      localeOfPath("/en/"),
    ]).toEqual(["es", "es", "es", "en", "en", "en"]);
    expect([unlocalizedPath("/es"), unlocalizedPath("/es/"), unlocalizedPath("/es/data/"), unlocalizedPath("/data/")]).toEqual([
      "/",
      "/",
      "/data/",
      "/data/",
    ]);
    expect([notFoundPageFor("/es/nope"), notFoundPageFor("/nope")]).toEqual(["/es/404/index.html", "/404.html"]);
  });

  it("makes the function's and the embeds' URLs with only the options that differ from the defaults", () => {
    expect(dataUrl([])).toBe("/api/data.csv");
    expect(dataUrl(["a", "b"], "json", "es")).toBe("/api/data.json?series=a,b&lang=es");
    expect(embedPath("smuggling-cases")).toBe("/embed/smuggling-cases");
    expect(embedPath("smuggling-cases", { theme: "dark", step: 0, locale: "es" })).toBe("/es/embed/smuggling-cases?theme=dark&step=0");
  });
});
