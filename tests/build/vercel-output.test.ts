// The Vercel deployment as built (npm run build -> .vercel/output): the function's own entry,
// called the way Vercel calls it, over the whole contract; the routing and headers config; and the
// static files it puts on the CDN.
import { existsSync, readFileSync, statSync } from "node:fs";
import { relative } from "node:path";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { STATIC_HEADER_RULES } from "../../src/http/headers.ts";
import { describeDataApi } from "../support/data-api-contract.ts";
import { frictionlessProblems } from "../support/frictionless.ts";
import { filesUnder, root } from "../support/paths.ts";
import { HOSTILE_PATHS } from "../support/hostile-paths.ts";
import { loadRoutes, routeRequest } from "../support/vercel-routing.ts";

const OUT = root(".vercel/output");
const FUNC = `${OUT}/functions/_render.func`;

if (!existsSync(`${FUNC}/.vc-config.json`)) {
  throw new Error("No Vercel build in .vercel/output: run `npm run build` first (npm test does).");
}

const vcConfig = JSON.parse(readFileSync(`${FUNC}/.vc-config.json`, "utf8"));
const routes: { src?: string; dest?: string; headers?: Record<string, string>; continue?: boolean; handle?: string }[] = JSON.parse(
  readFileSync(`${OUT}/config.json`, "utf8"),
).routes;

let fn: { fetch(request: Request): Promise<Response> };
beforeAll(async () => {
  fn = (await import(pathToFileURL(`${FUNC}/${vcConfig.handler}`).href)).default;
});

describeDataApi("built Vercel function", (path, init) => fn.fetch(new Request(new URL(path, "https://smuggling-cases.vercel.app"), init)));

describe("Vercel build output", () => {
  it("is a Node.js function exporting a fetch handler", () => {
    expect(vcConfig.runtime).toMatch(/^nodejs\d+\.x$/);
    expect(typeof fn.fetch).toBe("function");
  });

  it("routes only the data endpoints to the function; pages are static files", () => {
    const toFunction = routes.filter((r) => r.dest === "_render").map((r) => r.src);
    expect(toFunction).toContain("^/api/data\\.csv$");
    expect(toFunction).toContain("^/api/data\\.json$");
    expect(toFunction).toContain("^/oembed/?$");
    for (const page of ["index.html", "404.html", "datapackage.json", "data/observations.csv", "data/series.csv", "data/sources.csv"])
      expect(existsSync(`${OUT}/static/${page}`), page).toBe(true);
    expect(toFunction.some((src) => src && new RegExp(src).test("/"))).toBe(false);
  });

  it("declares the same static-file headers as the local server, before the filesystem", () => {
    const filesystem = routes.findIndex((r) => r.handle === "filesystem");
    const declared = routes.slice(0, filesystem).filter((r) => r.continue && r.headers);
    for (const rule of STATIC_HEADER_RULES) expect(declared).toContainEqual({ src: rule.src, headers: rule.headers, continue: true });
  });

  it("sends HSTS (a year or more) on every route of the deployment", () => {
    const hsts = routes.find((r) => r.src === "^/.*$" && r.headers?.["Strict-Transport-Security"]);
    expect(hsts?.headers?.["Strict-Transport-Security"]).toMatch(/^max-age=(\d+)/);
    expect(Number(hsts!.headers!["Strict-Transport-Security"]!.match(/max-age=(\d+)/)![1])).toBeGreaterThanOrEqual(31536000);
  });

  it("publishes the tables as data/ has them (data/ is saved normalised: no BOM, LF line endings)", () => {
    for (const name of ["observations", "series", "sources"])
      expect(readFileSync(`${OUT}/static/data/${name}.csv`, "utf8")).toBe(readFileSync(root("data", `${name}.csv`), "utf8"));
  });

  it("publishes a Data Package that Frictionless Data's validator accepts", async () => {
    expect(await frictionlessProblems(`${OUT}/static/datapackage.json`)).toEqual([]);
  });

  it("keeps the function free of build-time tooling: images, DOM shim, Plot", () => {
    for (const pkg of ["sharp", "@resvg", "linkedom", "@observablehq"]) expect(existsSync(`${FUNC}/node_modules/${pkg}`), pkg).toBe(false);
    expect(statSync(`${FUNC}/${vcConfig.handler}`).isFile()).toBe(true);
  });
});

// Every route of the deployment, through the routes as Vercel evaluates them
// (tests/support/vercel-routing.ts), with the function's own answers where a route ends there.
describe("Vercel routing of config.json", () => {
  const STATIC = `${OUT}/static`;
  const vercelRoutes = loadRoutes(JSON.parse(readFileSync(`${OUT}/config.json`, "utf8")));
  // Each static file under every URL a reader may use for it.
  const staticPaths = filesUnder(STATIC).flatMap((file) => {
    const path = `/${relative(STATIC, file)}`;
    return path.endsWith("/index.html") ? [path, path.replace(/index\.html$/, ""), path.replace(/\/index\.html$/, "")].filter(Boolean) : [path];
  });
  const functionRequests = [
    "/api/data.csv",
    "/api/data.json?series=ice-ero-removals",
    "/api/data.csv?from=x",
    "/api/data.json?series=%ZZ",
    `/oembed?url=${encodeURIComponent("https://smuggling-cases.vercel.app/embed/agents-shift")}`,
    `/oembed/?url=${encodeURIComponent("https://smuggling-cases.vercel.app/")}&maxwidth=200`,
    "/oembed",
    "/oembed?url=http%3A%2F%2Fx%2F",
  ];
  const notFound = ["/no-such-page", "/api/nope", "/embed/nope/x", "/data/nope.csv"];
  const isEmbedPage = (file: string) => CHART_IDS.some((id) => file === `/embed/${id}/index.html`);

  it("is valid for Vercel and covers every kind of route", () => {
    expect(vercelRoutes.length).toBeGreaterThan(10);
    expect(staticPaths).toContain("/embed/smuggling-cases");
    expect(staticPaths).toContain("/");
  });

  it.each([...staticPaths, ...functionRequests, ...notFound, ...HOSTILE_PATHS])("%s: exactly one Cache-Control, and the framing its content calls for", async (path) => {
    const pathname = path.split("?")[0]!;
    const routed = routeRequest(vercelRoutes, OUT, pathname);
    const fromRoutes = [...new Set(routed.declared["cache-control"] ?? [])];
    if (routed.target.kind === "function") {
      // The function says how long its answer keeps; a route must not add a second policy.
      expect(fromRoutes, "Cache-Control from the routes").toEqual([]);
      const res = await fn.fetch(new Request(new URL(path, "https://smuggling-cases.vercel.app")));
      await res.arrayBuffer();
      expect(res.headers.get("cache-control"), "the function's Cache-Control").toMatch(/^(no-store|public, [^,]+(, [^,]+)*)$/);
    } else {
      expect(fromRoutes, "Cache-Control from the routes").toHaveLength(1);
    }
    const csp = routed.headers["content-security-policy"] ?? "";
    const embed = routed.target.kind === "file" && isEmbedPage(routed.target.file);
    expect(csp, "frame-ancestors").toContain(embed ? "frame-ancestors *" : "frame-ancestors 'self'");
    expect(routed.headers["x-frame-options"], "X-Frame-Options").toBe(embed ? undefined : "SAMEORIGIN");
  });

  it.each(HOSTILE_PATHS)("%s: refused with the 404 page, framable by this site only", (path) => {
    const routed = routeRequest(vercelRoutes, OUT, path);
    expect(routed.status).toBe(404);
    expect(routed.target).toEqual({ kind: "file", file: "/404.html" });
    expect(routed.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("sends the function only the function's paths", () => {
    for (const path of functionRequests) expect(routeRequest(vercelRoutes, OUT, path.split("?")[0]!).target, path).toEqual({ kind: "function", name: "_render" });
    for (const path of [...staticPaths, ...notFound]) expect(routeRequest(vercelRoutes, OUT, path).target.kind, path).toBe("file");
  });
});
