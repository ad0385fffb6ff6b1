// The Vercel deployment as built (npm run build -> .vercel/output): the function's own entry,
// called the way Vercel calls it, over the whole contract; the routing and headers config; and the
// static files it puts on the CDN.
import { existsSync, readFileSync, statSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { beforeAll, describe, expect, it } from "vitest";
import { STATIC_HEADER_RULES } from "../../src/http/headers.ts";
import { describeDataApi } from "../support/data-api-contract.ts";
import { root } from "../support/paths.ts";

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

  it("publishes the raw tables byte for byte", () => {
    for (const name of ["observations", "series", "sources"])
      expect(readFileSync(`${OUT}/static/data/${name}.csv`, "utf8")).toBe(readFileSync(root("data", `${name}.csv`), "utf8"));
  });

  it("keeps the function free of build-time tooling: images, DOM shim, Plot", () => {
    for (const pkg of ["sharp", "@resvg", "linkedom", "@observablehq"]) expect(existsSync(`${FUNC}/node_modules/${pkg}`), pkg).toBe(false);
    expect(statSync(`${FUNC}/${vcConfig.handler}`).isFile()).toBe(true);
  });
});
