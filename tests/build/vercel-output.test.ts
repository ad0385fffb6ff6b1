// The Vercel deployment as built (npm run build -> .vercel/output): the data function as its own
// small Vercel function, called the way Vercel calls it, over the whole contract; the routing and
// headers config; and the static files it puts on the CDN.
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { buildFunction } from "../../src/build-steps/function-bundle.ts";
import { createFunction } from "../../src/function/handler.ts";
import { staticHeaderRules } from "../../src/http/headers.ts";
import { describeDataApi } from "../support/data-api-contract.ts";
import { frictionlessProblems } from "../support/frictionless.ts";
import { filesUnder, root } from "../support/paths.ts";
import { HOSTILE_PATHS } from "../support/hostile-paths.ts";
import { dataFunction, type FetchFunction, importDataFunction, VERCEL_OUTPUT as OUT } from "../support/vercel-function.ts";
import { loadRoutes, routeRequest } from "../support/vercel-routing.ts";

const { name: FUNCTION, dir: FUNC, vcConfig } = dataFunction();
const routes: { src?: string; dest?: string; headers?: Record<string, string>; continue?: boolean; handle?: string }[] = JSON.parse(
  readFileSync(`${OUT}/config.json`, "utf8"),
).routes;

let fn: FetchFunction;
beforeAll(async () => {
  fn = await importDataFunction();
});

describeDataApi("built Vercel function", async (path, init) =>
  fn.fetch(new Request(new URL(path, "https://smuggling-cases.vercel.app"), init)),
);

describe("Vercel build output", () => {
  it("has one function, the data function: a Node.js function exporting a fetch handler", () => {
    expect(readdirSync(`${OUT}/functions`)).toEqual([`${FUNCTION}.func`]);
    expect(vcConfig.runtime).toMatch(/^nodejs\d+\.x$/);
    expect(vcConfig.launcherType).toBe("Nodejs");
    expect(typeof fn.fetch).toBe("function");
  });

  it("routes the data endpoints to the function ahead of the static files; pages are static files", () => {
    const filesystem = routes.findIndex((r) => r.handle === "filesystem");
    const toFunction = routes.flatMap((r, i) => (r.dest === FUNCTION ? [{ src: r.src!, i }] : []));
    expect(toFunction.length).toBeGreaterThan(0);
    for (const { i } of toFunction) expect(i).toBeLessThan(filesystem);
    for (const path of ["/api/data.csv", "/api/data.json", "/oembed", "/oembed/"])
      expect(
        toFunction.some(({ src }) => new RegExp(src, "i").test(path)),
        path,
      ).toBe(true);
    for (const page of ["index.html", "404.html", "datapackage.json", "data/observations.csv", "data/series.csv", "data/sources.csv"])
      expect(existsSync(`${OUT}/static/${page}`), page).toBe(true);
    expect(toFunction.some(({ src }) => new RegExp(src, "i").test("/"))).toBe(false);
  });

  it("is one self-contained module of Node built-ins and our own code: no Astro, Plot, DOM shim, images or validator", async () => {
    expect(readdirSync(FUNC).sort()).toEqual([".vc-config.json", vcConfig.handler]);
    // What went into it and what it imports, from esbuild's own account of the same build (byte
    // for byte the deployed file).
    const code = readFileSync(`${FUNC}/${vcConfig.handler}`, "utf8");
    const { homepage } = JSON.parse(readFileSync(`${OUT}/static/datapackage.json`, "utf8")) as { homepage: string };
    const rebuilt = await buildFunction({ root: new URL("../../", import.meta.url), site: new URL(homepage) });
    expect(rebuilt.code === code, "the same bundle").toBe(true);
    expect(rebuilt.imports.filter((specifier) => !specifier.startsWith("node:"))).toEqual([]);
    const packages = new Set(rebuilt.inputs.flatMap((input) => input.match(/node_modules\/((?:@[^/]+\/)?[^/]+)/)?.[1] ?? []));
    expect(packages.size).toBeGreaterThan(0); // d3-dsv writes the CSV
    for (const pkg of ["astro", "@astrojs/vercel", "@observablehq/plot", "linkedom", "@resvg/resvg-js", "sharp", "zod"])
      expect(packages.has(pkg), pkg).toBe(false);
  });

  it("answers the whole dataset with what the handler renders from data/ now: the same bytes and ETag", async () => {
    const site = "https://smuggling-cases.vercel.app";
    const fresh = createFunction({ site: new URL(site) });
    for (const path of ["/api/data.csv", "/api/data.json"]) {
      const [built, now] = [await fn.fetch(new Request(site + path)), fresh.fetch(new Request(site + path))];
      expect(built.headers.get("etag"), path).toBe(now.headers.get("etag"));
      expect(await built.text(), path).toBe(await now.text());
    }
  });

  it("declares the same static-file headers as the local server, before the filesystem", () => {
    const filesystem = routes.findIndex((r) => r.handle === "filesystem");
    const declared = routes.slice(0, filesystem).filter((r) => r.continue && r.headers);
    // A build outside Vercel names the site's origin alone in the embed pages' policy.
    for (const rule of staticHeaderRules(["https://smuggling-cases.vercel.app"]))
      expect(declared).toContainEqual({ src: rule.src, headers: rule.headers, continue: true });
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

  it("publishes a Data Package that Frictionless Data's validator accepts, the function's answers included", async () => {
    // The package as a reader would save it: the CDN's descriptor and tables, and the function's
    // two answers at the paths the descriptor gives them.
    const dir = mkdtempSync(join(tmpdir(), "vercel-package-"));
    cpSync(`${OUT}/static/datapackage.json`, `${dir}/datapackage.json`);
    cpSync(`${OUT}/static/data`, `${dir}/data`, { recursive: true, filter: (f) => !/\.html$/.test(f) });
    mkdirSync(`${dir}/api`);
    for (const file of ["data.csv", "data.json"]) {
      const res = await fn.fetch(new Request(`https://smuggling-cases.vercel.app/api/${file}`));
      writeFileSync(`${dir}/api/${file}`, Buffer.from(await res.arrayBuffer()));
    }
    expect(await frictionlessProblems(`${dir}/datapackage.json`)).toEqual([]);
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
    return path.endsWith("/index.html")
      ? [path, path.replace(/index\.html$/, ""), path.replace(/\/index\.html$/, "")].filter(Boolean)
      : [path];
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
  // The function's own name is a path on Vercel (a function is reachable at it): no page either.
  const notFound = [
    "/no-such-page",
    "/api/nope",
    "/embed/nope/x",
    "/data/nope.csv",
    `/${FUNCTION}`,
    `/${FUNCTION}/x`,
    "/es/no-such-page",
    "/es/embed/nope/x",
  ];
  // Each edition's embed pages: English at /embed/, Spanish at /es/embed/.
  // Each edition's embed pages, and their copies with options (/embed/<id>/options/<options>/).
  const isEmbedPage = (file: string) =>
    CHART_IDS.some((id) => new RegExp(`^(?:/es)?/embed/${id}/(?:options/[a-z0-9.-]+/)?index\\.html$`).test(file));

  it.each([
    ["/embed/agents-shift?theme=dark&step=0", "https://smuggling-cases.vercel.app/embed/agents-shift?theme=dark&step=0"],
    ["/embed/agents-shift/?step=1&theme=light", "https://smuggling-cases.vercel.app/embed/agents-shift?step=1"],
    ["/es/embed/smuggling-cases/index.html?theme=sepia", "https://smuggling-cases.vercel.app/es/embed/smuggling-cases?theme=auto"],
    ["/embed/border-apprehensions?theme=dark&step=0", "https://smuggling-cases.vercel.app/embed/border-apprehensions?theme=dark"],
    ["/embed/smuggling-cases?theme=light&step=1", "https://smuggling-cases.vercel.app/embed/smuggling-cases"],
    ["/embed/smuggling-cases?step=7", "https://smuggling-cases.vercel.app/embed/smuggling-cases"],
  ])("%s: served the page whose oEmbed discovery link names %s", (url, named) => {
    const [pathname, query] = url.split("?") as [string, string];
    const routed = routeRequest(vercelRoutes, OUT, pathname, query);
    expect(routed.target.kind).toBe("file");
    const file = (routed.target as { file: string }).file;
    const html = readFileSync(`${STATIC}${file.endsWith(".html") ? file : `${file.replace(/\/$/, "")}/index.html`}`, "utf8");
    const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(html)![1]!.replaceAll("&amp;", "&");
    expect(new URL(link).searchParams.get("url")).toBe(named);
    expect(routed.headers["content-security-policy"]).toContain("frame-ancestors *");
  });

  it("is valid for Vercel and covers every kind of route", () => {
    expect(vercelRoutes.length).toBeGreaterThan(10);
    expect(staticPaths).toContain("/embed/smuggling-cases");
    expect(staticPaths).toContain("/");
  });

  it.each([...staticPaths, ...functionRequests, ...notFound, ...HOSTILE_PATHS])(
    "%s: exactly one Cache-Control, and the framing its content calls for",
    async (path) => {
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
    },
  );

  it.each(HOSTILE_PATHS)("%s: refused with the 404 page, framable by this site only", (path) => {
    const routed = routeRequest(vercelRoutes, OUT, path);
    expect(routed.status).toBe(404);
    expect(routed.target).toEqual({ kind: "file", file: "/404.html" });
    expect(routed.headers["access-control-allow-origin"]).toBeUndefined();
  });

  it("answers a missing path with its edition's 404 page: the Spanish one under /es/", () => {
    for (const path of ["/no-such-page", "/embed/nope/x", "/esx"])
      expect(routeRequest(vercelRoutes, OUT, path), path).toMatchObject({ status: 404, target: { kind: "file", file: "/404.html" } });
    for (const path of ["/es/no-such-page", "/es/embed/nope/x", "/es/charts/nope.png"])
      expect(routeRequest(vercelRoutes, OUT, path), path).toMatchObject({
        status: 404,
        target: { kind: "file", file: "/es/404/index.html" },
      });
    expect(readFileSync(`${STATIC}/es/404/index.html`, "utf8")).toContain('<html lang="es"');
  });

  it("answers a CORS preflight for the data files and chart files as the function answers its own, and only for them", async () => {
    const preflight = await fn.fetch(new Request("https://smuggling-cases.vercel.app/api/data.csv", { method: "OPTIONS" }));
    for (const path of ["/datapackage.json", "/data/observations.csv", "/charts/smuggling-cases.png", "/es/charts/agents-shift.svg"]) {
      const routed = routeRequest(vercelRoutes, OUT, path, "", "OPTIONS");
      expect(routed.status, path).toBe(204);
      for (const name of [
        "access-control-allow-origin",
        "access-control-allow-methods",
        "access-control-allow-headers",
        "access-control-max-age",
      ])
        expect(routed.headers[name], `${path}: ${name}`).toBe(preflight.headers.get(name));
      // A GET of the same path is still the file.
      expect(routeRequest(vercelRoutes, OUT, path).target, path).toEqual({ kind: "file", file: path });
    }
    for (const path of ["/", "/data/", "/embed/smuggling-cases"])
      expect(routeRequest(vercelRoutes, OUT, path, "", "OPTIONS").status, path).toBe(200);
  });

  it("sends the function only the function's paths", () => {
    for (const path of functionRequests)
      expect(routeRequest(vercelRoutes, OUT, path.split("?")[0]!).target, path).toEqual({ kind: "function", name: FUNCTION });
    for (const path of [...staticPaths, ...notFound]) expect(routeRequest(vercelRoutes, OUT, path).target.kind, path).toBe("file");
  });
});
