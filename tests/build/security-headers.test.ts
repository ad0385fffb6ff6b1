// The headers of every built route, read from the local production server, held against what the
// site promises (fixed values, not the module that sets them): nosniff, a strict referrer policy,
// no powerful features, a Content-Security-Policy without inline scripts other than the page's
// own (by hash), and framing by any site for embeds, by this site only for everything else.
// The Vercel config declares the same rules (tests/build/vercel-output.test.ts).
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { relative } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { filesUnder, root } from "../support/paths.ts";
import { startLocalServer, type RunningServer } from "../support/server.ts";

const CLIENT = root("dist/local/client");
// Each built file as the URL a reader uses (…/index.html is served at …/).
const url = (file: string) => `/${relative(CLIENT, file)}`.replace(/\/index\.html$/, "/").replace(/\.html$/, "");
// Every file of the build but the compressed copies beside its text files (index.html.br), which
// are the same files in another coding, not paths of the site.
const staticRoutes = filesUnder(CLIENT)
  .filter((f) => !/\.(?:br|gz)$/.test(f) || !existsSync(f.replace(/\.(?:br|gz)$/, "")))
  .map(url);
const functionRoutes = [
  "/api/data.csv",
  "/api/data.json?series=ice-ero-removals",
  "/api/data.csv?from=x",
  "/oembed?url=http%3A%2F%2Fx%2F",
  "/no-such-page",
];

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server?.stop());

const get = async (route: string) => {
  const res = await fetch(`${server.origin}${route}`);
  await res.arrayBuffer();
  return res.headers;
};
const directive = (csp: string, name: string) => csp.split(/;\s*/).find((d) => d.startsWith(`${name} `)) ?? "";

describe("security headers on every built route", () => {
  it("covers the pages, data, images and scripts of the build", () => {
    for (const r of [
      "/",
      "/404",
      "/embed/smuggling-cases/",
      "/embed.js",
      "/embed-chart.js",
      "/datapackage.json",
      "/charts/agents-shift.png",
      "/cards/story.png",
      "/es/",
      "/es/embed/smuggling-cases/",
      "/es/charts/agents-shift.png",
    ])
      expect(staticRoutes).toContain(r);
  });

  it.each([...staticRoutes, ...functionRoutes])("%s carries the promised headers", async (route) => {
    const headers = await get(route);
    // Each edition's embed pages: /embed/<id>, /es/embed/<id>.
    const embed = /^\/(?:es\/)?embed\//.test(route);
    expect(headers.get("x-content-type-options")).toBe("nosniff");
    expect(headers.get("referrer-policy")).toBe("strict-origin-when-cross-origin");
    for (const feature of ["camera", "microphone", "geolocation", "payment"])
      expect(headers.get("permissions-policy")).toContain(`${feature}=()`);
    const csp = headers.get("content-security-policy") ?? "";
    // An embed page names the origin it is served at beside 'self' (in WordPress's sandbox, WebKit
    // matches no 'self'), over HTTP and HTTPS; nothing else.
    const self = embed ? `'self' ${server.origin} ${server.origin.replace(/^http:/, "https:")}` : "'self'";
    expect(directive(csp, "default-src")).toBe(`default-src ${self}`);
    expect(directive(csp, "script-src")).toMatch(
      new RegExp(`^script-src ${self.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}( 'sha256-[A-Za-z0-9+/]+=*')*$`),
    );
    expect(directive(csp, "object-src")).toBe("object-src 'none'");
    expect(directive(csp, "base-uri")).toBe("base-uri 'self'");
    expect(directive(csp, "frame-ancestors")).toBe(embed ? "frame-ancestors *" : "frame-ancestors 'self'");
    expect(headers.get("x-frame-options")).toBe(embed ? null : "SAMEORIGIN");
    // HSTS is for the deployment (HTTPS, Vercel), not for plain HTTP on a local machine.
    expect(headers.get("strict-transport-security")).toBeNull();
  });

  it("allows each page's inline scripts by hash, and no others", async () => {
    for (const file of filesUnder(CLIENT).filter((f) => f.endsWith(".html"))) {
      const route = url(file);
      const scriptSrc = directive((await get(route)).get("content-security-policy") ?? "", "script-src");
      const html = readFileSync(file, "utf8");
      // JSON and JSON-LD are data blocks, which HTML never runs: the policy does not apply to them.
      const inline = [...html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/g)].filter(
        ([, attrs]) => !/\bsrc=|type="application\/(?:ld\+)?json"/.test(attrs!),
      );
      for (const [, , body] of inline) {
        const hash = `'sha256-${createHash("sha256").update(body!, "utf8").digest("base64")}'`;
        expect(scriptSrc, `inline script in ${route}: ${body!.slice(0, 60)}`).toContain(hash);
      }
    }
  });
});
