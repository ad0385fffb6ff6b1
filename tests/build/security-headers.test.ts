// The headers of every built route, read from the local production server, against the rules in
// src/http/headers.ts, which the Vercel config declares too (tests/build/vercel-output.test.ts);
// and the Content-Security-Policy against the inline scripts the pages really have.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { STATIC_HEADER_RULES, staticHeadersFor } from "../../src/http/headers.ts";
import { filesUnder, root } from "../support/paths.ts";
import { startLocalServer, type RunningServer } from "../support/server.ts";

const CLIENT = root("dist/local/client");
// Each built file as the URL a reader uses (…/index.html is served at …/).
const staticRoutes = filesUnder(CLIENT).map((f) => `/${relative(CLIENT, f)}`.replace(/\/index\.html$/, "/").replace(/\.html$/, ""));
const functionRoutes = ["/api/data.csv", "/api/data.json?series=ice-ero-removals", "/api/data.csv?from=x", "/oembed?url=http%3A%2F%2Fx%2F", "/no-such-page"];

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server?.stop());

describe("security headers on every built route", () => {
  it("covers the pages, data, images and scripts of the build", () => {
    for (const r of ["/", "/404", "/embed/smuggling-cases/", "/embed.js", "/datapackage.json", "/charts/agents-shift.png", "/cards/story.png"]) expect(staticRoutes).toContain(r);
  });

  it.each([...staticRoutes, ...functionRoutes])("%s carries the declared headers", async (route) => {
    const res = await fetch(`${server.origin}${route}`);
    await res.arrayBuffer();
    const path = route.split("?")[0]!;
    const expected = staticHeadersFor(path);
    for (const name of ["X-Content-Type-Options", "Referrer-Policy", "Permissions-Policy", "Content-Security-Policy"]) {
      expect(res.headers.get(name), `${name} on ${route}`).toBe(expected[name]);
    }
    const csp = res.headers.get("content-security-policy")!;
    expect(csp).toContain("object-src 'none'");
    expect(csp).toContain("base-uri 'self'");
    expect(csp.match(/script-src [^;]*/)![0]).not.toContain("unsafe-inline");
    expect(csp).toContain(path.startsWith("/embed/") ? "frame-ancestors *" : "frame-ancestors 'self'");
  });

  it("allows each page's inline scripts by hash, and no others", () => {
    for (const file of filesUnder(CLIENT).filter((f) => f.endsWith(".html"))) {
      const route = `/${relative(CLIENT, file)}`.replace(/index\.html$/, "");
      const csp = staticHeadersFor(route)["Content-Security-Policy"]!;
      const html = readFileSync(file, "utf8");
      for (const [, attrs, body] of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)) {
        if (/\bsrc=|type="application\/json"/.test(attrs!)) continue; // external, or data
        const hash = `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`;
        expect(csp, `inline script in ${route}: ${body!.slice(0, 60)}`).toContain(hash);
      }
    }
  });

  it("declares HSTS for Vercel only", () => {
    const hsts = STATIC_HEADER_RULES.filter((r) => "Strict-Transport-Security" in r.headers);
    expect(hsts).toHaveLength(1);
    expect(hsts[0]!.vercelOnly).toBe(true);
    expect(hsts[0]!.headers["Strict-Transport-Security"]).toMatch(/max-age=\d{7,}/);
  });
});
