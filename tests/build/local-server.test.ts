// `npm start`'s server (scripts/serve.mjs over dist/local) over real HTTP: the same contract as
// the in-process handler and the Vercel function, and the same static-file headers as Vercel's.
import { existsSync, readFileSync } from "node:fs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { staticHeadersFor } from "../../src/http/headers.ts";
import { describeDataApi } from "../support/data-api-contract.ts";
import { frictionlessProblems } from "../support/frictionless.ts";
import { HOSTILE_PATHS } from "../support/hostile-paths.ts";
import { root } from "../support/paths.ts";
import { rawRequest } from "../support/raw-http.ts";
import { startLocalServer, type RunningServer } from "../support/server.ts";
import { loadRoutes, routeRequest } from "../support/vercel-routing.ts";

if (!existsSync(root("dist/local/server/entry.mjs"))) {
  throw new Error("No local build in dist/local: run `npm run build:local` first (npm test does).");
}

let server: RunningServer;
beforeAll(async () => {
  server = await startLocalServer();
});
afterAll(() => server?.stop());

describeDataApi("local production server over HTTP", (path, init) => fetch(`${server.origin}${path}`, init));

describe("local production server", () => {
  it.each(["/", "/datapackage.json", "/data/observations.csv", "/favicon.svg"])("sends Vercel's static headers for %s", async (path) => {
    const res = await fetch(`${server.origin}${path}`);
    expect(res.status).toBe(200);
    const expected = staticHeadersFor(path);
    expect(Object.keys(expected).length).toBeGreaterThan(0);
    for (const [name, value] of Object.entries(expected)) expect(res.headers.get(name), name).toBe(value);
    await res.arrayBuffer();
  });

  it("serves the descriptor with paths that resolve on this server", async () => {
    const published = await (await fetch(`${server.origin}/datapackage.json`)).json();
    for (const r of published.resources) {
      const res = await fetch(new URL(r.path, `${server.origin}/datapackage.json`));
      expect(res.status, r.path).toBe(200);
      expect(res.headers.get("content-type")?.split(";")[0], r.path).toBe(r.mediatype);
      // The tables byte for byte as data/ has them. The function's answers are read against their
      // resource's schema by Frictionless and Ajv in data-clients.test.ts.
      if (r.path.startsWith("data/")) expect(await res.text(), r.path).toBe(readFileSync(root("data", `${r.name}.csv`), "utf8"));
      else await res.arrayBuffer();
    }
    expect(published.resources.map((r: { path: string }) => r.path)).toEqual(expect.arrayContaining(["api/data.csv", "api/data.json"]));
  });

  it("serves the home page with links to every download, and a 404 page for unknown paths", async () => {
    const html = await (await fetch(`${server.origin}/`)).text();
    for (const href of ["/api/data.csv", "/api/data.json", "/datapackage.json"]) expect(html).toContain(`href="${href}"`);
    const missing = await fetch(`${server.origin}/no-such-page`);
    expect(missing.status).toBe(404);
    expect(await missing.text()).toContain("Page not found");
  });
});

describe("local production server, to clients that are not browsers", () => {
  const FUNCTION_PATHS = ["/api/data.csv", "/api/data.json", "/oembed"];

  it("answers a CORS preflight for the data and chart files as the function does, not with the file", async () => {
    const ask = (path: string) =>
      fetch(`${server.origin}${path}`, {
        method: "OPTIONS",
        headers: {
          Origin: "https://example.org",
          "Access-Control-Request-Method": "GET",
          "Access-Control-Request-Headers": "if-none-match,range",
        },
      });
    const fromFunction = await ask("/api/data.csv");
    for (const path of ["/datapackage.json", "/data/sources.csv", "/charts/smuggling-cases.png", "/es/charts/agents-shift.svg"]) {
      const res = await ask(path);
      expect(res.status, path).toBe(204);
      expect(await res.text(), path).toBe("");
      for (const name of [
        "access-control-allow-origin",
        "access-control-allow-methods",
        "access-control-allow-headers",
        "access-control-max-age",
      ])
        expect(res.headers.get(name), `${path}: ${name}`).toBe(fromFunction.headers.get(name));
    }
  });

  it("serves a Data Package that Frictionless Data's validator reads over HTTP", async () => {
    expect(await frictionlessProblems(`${server.origin}/datapackage.json`)).toEqual([]);
  });

  it.each(HOSTILE_PATHS)("refuses %s with the 404 page, framable by this site only", async (path) => {
    const res = await rawRequest(server.origin, "GET", path);
    expect(res.status).toBe(404);
    expect(res.body).toContain("Page not found");
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors 'self'");
    expect(res.headers["x-frame-options"]).toBe("SAMEORIGIN");
  });

  it.each(FUNCTION_PATHS)("answers TRACE on %s with 405 and Allow, not a 500", async (path) => {
    const res = await rawRequest(server.origin, "TRACE", path);
    expect(res.status).toBe(405);
    expect(res.headers.allow).toBe("GET, HEAD, OPTIONS");
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.body).toBe("Method TRACE is not allowed here. Allowed: GET, HEAD, OPTIONS.\n");
    expect(server.stderr()).not.toMatch(/\n\s+at\s/);
  });

  it.each([
    ["/api/data.csv?series=%ZZ", '"series"'],
    ["/api/data.csv?series=%C0%AE", '"series"'],
    ["/api/data.json?from=2017&to=%", '"to"'],
    ["/oembed?url=%ZZ&format=json", '"url"'],
  ])("answers invalid percent-encoding in %s with the documented 400, naming %s", async (path, name) => {
    const res = await rawRequest(server.origin, "GET", path, { Origin: "https://example.org" });
    expect(res.status).toBe(400);
    expect(res.headers["content-type"]).toBe("text/plain; charset=utf-8");
    expect(res.headers["access-control-allow-origin"]).toBe("*");
    expect(res.body).toContain(name);
    expect(res.body).toContain("percent-encod");
  });

  it("names the origin it was reached at beside 'self' in an embed page's policy (WebKit matches no 'self' in WordPress's sandbox), and only there", async () => {
    const embed = (await rawRequest(server.origin, "GET", "/embed/agents-shift")).headers["content-security-policy"] ?? "";
    for (const directive of ["default-src", "script-src", "style-src", "img-src", "connect-src"])
      expect(embed, directive).toContain(`${directive} 'self' ${server.origin} `);
    expect((await rawRequest(server.origin, "GET", "/")).headers["content-security-policy"]).not.toContain(server.origin);
  });

  it("serves a page whatever its query holds, as a static host does", async () => {
    const res = await rawRequest(server.origin, "GET", "/embed/smuggling-cases?theme=%ZZ");
    expect(res.status).toBe(200);
    expect(res.headers["content-security-policy"]).toContain("frame-ancestors *");
  });
});

// The same paths through Vercel's routes (tests/support/vercel-routing.ts, over the Vercel build):
// the same status, framing, caching and CORS as the local server.
describe("local production server and Vercel's routes agree", () => {
  const OUT = root(".vercel/output");
  const HEADERS = ["cache-control", "content-security-policy", "x-frame-options", "access-control-allow-origin", "content-type"];
  const paths = [
    "/",
    "/embed/smuggling-cases",
    "/embed/smuggling-cases/",
    "/embed/agents-shift?theme=dark&step=0",
    "/es/embed/agents-shift/index.html?theme=auto&step=1",
    "/embed.js",
    "/embed-chart.js",
    "/data/observations.csv",
    "/datapackage.json",
    "/no-such-page",
    "/embed/nope",
    "/api/nope",
    "/oembed",
    "/api/data.csv",
    ...HOSTILE_PATHS,
  ];

  it.runIf(existsSync(`${OUT}/config.json`)).each(paths)("%s", async (path) => {
    const [pathname, query] = path.split("?") as [string, string | undefined];
    const routed = routeRequest(loadRoutes(JSON.parse(readFileSync(`${OUT}/config.json`, "utf8"))), OUT, pathname, query);
    const local = await rawRequest(server.origin, "GET", path);
    if (routed.target.kind === "file") {
      expect(local.status, "status").toBe(routed.status);
      // The same page: an embed URL with options gets the same copy of its page from both.
      const discovery = (html: string) => /type="application\/json\+oembed" href="([^"]+)"/.exec(html)?.[1];
      if (routed.status === 200 && routed.target.file.endsWith(".html"))
        expect(discovery(String(local.body)), "oEmbed discovery link").toBe(
          discovery(readFileSync(`${OUT}/static${routed.target.file}`, "utf8")),
        );
      // Each names the origins it is served at in an embed page's policy: compared without them.
      const same = (h: string, v: string | undefined) => (h === "content-security-policy" ? v?.replace(/ https?:\/\/[^\s;]+/g, "") : v);
      for (const h of HEADERS.filter((name) => name !== "content-type"))
        expect(same(h, local.headers[h]), h).toBe(same(h, routed.headers[h]));
    } else {
      // The function's answer: the routes' headers, and its own.
      for (const h of HEADERS.filter((name) => routed.headers[name] !== undefined)) expect(local.headers[h], h).toBe(routed.headers[h]);
      expect(local.counts["cache-control"], "one Cache-Control").toBe(1);
    }
  });
});
