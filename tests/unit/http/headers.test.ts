import { describe, expect, it } from "vitest";
import { staticHeadersFor } from "../../../src/http/headers.ts";

describe("staticHeadersFor", () => {
  it("sends nosniff everywhere", () => {
    for (const p of ["/", "/x/y", "/_astro/a.js", "/datapackage.json", "/api/data.csv"])
      expect(staticHeadersFor(p)["X-Content-Type-Options"]).toBe("nosniff");
  });

  it("makes the descriptor and raw tables readable from any origin, typed and cacheable", () => {
    expect(staticHeadersFor("/datapackage.json")).toMatchObject({ "Access-Control-Allow-Origin": "*", "Content-Type": "application/json; charset=utf-8" });
    expect(staticHeadersFor("/data/series.csv")).toMatchObject({
      "Access-Control-Allow-Origin": "*",
      "Content-Type": "text/csv; charset=utf-8; header=present",
      Link: '</datapackage.json>; rel="describedby"',
    });
    expect(staticHeadersFor("/data/series.csv")["Cache-Control"]).toContain("s-maxage=");
  });

  it("caches hashed assets for good and pages not at all", () => {
    expect(staticHeadersFor("/_astro/index.abc123.js")["Cache-Control"]).toContain("immutable");
    expect(staticHeadersFor("/")["Cache-Control"]).toBe("public, max-age=0, must-revalidate");
  });

  it("leaves caching and content type of the functions to the functions", () => {
    for (const p of ["/api/data.csv", "/api/data.json"]) {
      expect(staticHeadersFor(p)["Cache-Control"]).toBeUndefined();
      expect(staticHeadersFor(p)["Content-Type"]).toBeUndefined();
    }
  });

  it("lets any site frame the embeds, and only this site frame anything else", () => {
    expect(staticHeadersFor("/embed/smuggling-cases")["Content-Security-Policy"]).toMatch(/; frame-ancestors \*$/);
    expect(staticHeadersFor("/embed/smuggling-cases/")["X-Frame-Options"]).toBeUndefined();
    for (const p of ["/", "/embed.js", "/404.html", "/api/data.csv", "/oembed"]) {
      expect(staticHeadersFor(p)["Content-Security-Policy"], p).toMatch(/; frame-ancestors 'self'$/);
      expect(staticHeadersFor(p)["X-Frame-Options"], p).toBe("SAMEORIGIN");
    }
  });
});
