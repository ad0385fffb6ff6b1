import { describe, expect, it } from "vitest";
import { isFunctionPath, isReadableFile, REFUSED_PATH, staticHeadersFor } from "../../../src/http/headers.ts";

describe("staticHeadersFor", () => {
  it("sends nosniff everywhere", () => {
    for (const p of ["/", "/x/y", "/_astro/a.js", "/datapackage.json", "/api/data.csv"])
      expect(staticHeadersFor(p)["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("makes the descriptor and raw tables readable from any origin, typed and cacheable", () => {
    expect(staticHeadersFor("/datapackage.json")).toMatchObject({
      "Access-Control-Allow-Origin": "*",
      "Content-Type": "application/json; charset=utf-8",
    });
    expect(staticHeadersFor("/data/series.csv")).toMatchObject({
      "Access-Control-Allow-Origin": "*",
      "Content-Type": "text/csv; charset=utf-8; header=present",
      Link: '</datapackage.json>; rel="describedby"',
    });
    expect(staticHeadersFor("/data/series.csv")["Cache-Control"]).toContain("s-maxage=");
  });

  it("lets any origin read the chart images and files of both editions, with the data's exposed headers", () => {
    for (const p of ["/charts/smuggling-cases.png", "/charts/agents-shift.svg", "/es/charts/smuggling-cases.png"]) {
      expect(staticHeadersFor(p)["Access-Control-Allow-Origin"], p).toBe("*");
      expect(staticHeadersFor(p)["Access-Control-Expose-Headers"], p).toContain("Content-Range");
    }
    expect(isReadableFile("/charts/smuggling-cases.png")).toBe(true);
    expect(staticHeadersFor("/es/charts/smuggling-cases.csv")["Content-Type"]).toBe("text/csv; charset=utf-8; header=present");
    expect(staticHeadersFor("/charts/agents-shift.metadata.json")["Content-Type"]).toBe("application/json; charset=utf-8");
    expect(staticHeadersFor("/charts/agents-shift.png")["Content-Type"]).toBeUndefined();
    for (const p of ["/data/smuggling-cases-data.zip", "/es/data/smuggling-cases-data.zip"]) {
      expect(isReadableFile(p), p).toBe(true);
      expect(staticHeadersFor(p), p).toMatchObject({ "Access-Control-Allow-Origin": "*", "Data-Version": expect.any(String) });
      expect(staticHeadersFor(p)["Cache-Control"], p).toContain("s-maxage=");
    }
    for (const p of ["/", "/data/", "/charts/", "/charts/a/b.png", "/embed/smuggling-cases"]) expect(isReadableFile(p), p).toBe(false);
  });

  it("lets any origin read the embed pages (the script embed fetches them), and no other page", () => {
    for (const p of ["/embed/smuggling-cases", "/es/embed/agents-shift/", "/embed/agents-shift/options/theme-dark/"])
      expect(staticHeadersFor(p)["Access-Control-Allow-Origin"], p).toBe("*");
    for (const p of ["/", "/es/", "/data/", "/embed-chart.js"])
      expect(staticHeadersFor(p)["Access-Control-Allow-Origin"], p).toBeUndefined();
  });

  it("caches hashed assets for good and pages not at all", () => {
    expect(staticHeadersFor("/_astro/index.abc123.js")["Cache-Control"]).toContain("immutable");
    expect(staticHeadersFor("/")["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
  });

  it("leaves caching and content type of the functions to the functions", () => {
    for (const p of ["/api/data.csv", "/api/data.json", "/oembed", "/oembed/"]) {
      expect(staticHeadersFor(p)["Cache-Control"]).toBeUndefined();
      expect(staticHeadersFor(p)["Content-Type"]).toBeUndefined();
    }
  });

  it("gives every other path the pages' policy, including what 404s under the function's folder", () => {
    for (const p of ["/", "/no-such-page", "/api/nope", "/api/data.xml", "/oembed/x"])
      expect(staticHeadersFor(p)["Cache-Control"], p).toBe("public, max-age=0, must-revalidate");
  });

  it("names the site's origins beside 'self' on the embed pages, where a sandbox leaves WebKit no 'self' to match", () => {
    const origins = ["https://smuggling-cases.vercel.app", "https://preview.example"];
    const embed = staticHeadersFor("/embed/agents-shift", origins)["Content-Security-Policy"]!;
    expect(embed).toContain("script-src 'self' https://smuggling-cases.vercel.app https://preview.example 'sha256-");
    expect(embed).toContain("style-src 'self' https://smuggling-cases.vercel.app https://preview.example 'unsafe-inline'");
    expect(embed).toContain("img-src 'self' https://smuggling-cases.vercel.app https://preview.example data:");
    expect(staticHeadersFor("/", origins)["Content-Security-Policy"]).not.toContain("https://");
  });

  it("lets any site frame the embed pages, and only this site frame anything else", () => {
    for (const p of [
      "/embed/smuggling-cases",
      "/embed/smuggling-cases/",
      "/embed/smuggling-cases/index.html",
      "/es/embed/agents-shift/options/theme-dark.step-0/",
    ]) {
      expect(staticHeadersFor(p)["Content-Security-Policy"], p).toMatch(/; frame-ancestors \*$/);
      expect(staticHeadersFor(p)["X-Frame-Options"], p).toBeUndefined();
    }
    for (const p of [
      "/",
      "/embed.js",
      "/404.html",
      "/api/data.csv",
      "/oembed",
      "/embed/",
      "/embed/x/y",
      "/embed/%2e%2e/",
      "/embed/x/../../",
      "/embed/-x",
    ]) {
      expect(staticHeadersFor(p)["Content-Security-Policy"], p).toMatch(/; frame-ancestors 'self'$/);
      expect(staticHeadersFor(p)["X-Frame-Options"], p).toBe("SAMEORIGIN");
    }
  });
});

describe("paths", () => {
  it("knows the function's paths, as Vercel matches them (ignoring case)", () => {
    for (const p of ["/api/data.csv", "/api/data.json", "/oembed", "/oembed/", "/API/DATA.CSV"]) expect(isFunctionPath(p), p).toBe(true);
    for (const p of ["/api/", "/api/data.xml", "/api/data.csv/", "/oembed/x", "/"]) expect(isFunctionPath(p), p).toBe(false);
  });

  it("refuses dot-segments, empty segments and percent-encoding, and nothing a page uses", () => {
    const refused = new RegExp(REFUSED_PATH);
    for (const p of ["/embed/%2e%2e/", "/embed/x/../../", "/embed/..", "/./", "/x/.", "//x", "/data//x.csv", "/data/x%2ecsv", "/%ZZ"])
      expect(refused.test(p), p).toBe(true);
    for (const p of ["/", "/embed/smuggling-cases/", "/embed.js", "/_astro/index.Ab_c-1.js", "/.well-known/x", "/x/...", "/a.b/c"])
      expect(refused.test(p), p).toBe(false);
  });
});
