// Vercel's routing of a Build Output API v3 config.json, for one request path, as the platform
// applies it: the routes are checked and normalised by Vercel's own @vercel/routing-utils
// (normalizeRoutes: the validation `vercel build` runs, anchoring each src), then evaluated the way
// Vercel's local emulation does (the CLI's dev router, packages/cli/src/util/dev/router.ts):
// - each src is a case-insensitive regular expression over the raw path, not decoded;
// - a matching route's headers are added under lower-cased names (a later rule replaces an
//   earlier one's value); with `continue: true` routing goes on, otherwise it ends there;
// - a route with `methods` matches only requests of those methods;
// - a route with `has` conditions on the query matches only when each key is present and its
//   value matches the condition's pattern (our patterns anchor themselves, so whether a router
//   anchors or searches them does not matter); other kinds of condition are not used here;
// - `handle: "filesystem"` serves a static file if one is at the path; the routes after it run
//   only when none is;
// - a `dest` naming a function (functions/<dest>.func) runs that function, any other `dest` is a
//   file of the static output.
// @vercel/routing-utils has no resolver of its own (it validates and converts routes), so the
// evaluation is written here, in the dev router's order.
import { existsSync, statSync } from "node:fs";
import { isHandler, normalizeRoutes, type Route, type RouteWithSrc } from "@vercel/routing-utils";

type VercelTarget = { kind: "file"; file: string } | { kind: "function"; name: string };

export interface VercelRouting {
  target: VercelTarget;
  status: number;
  /** The headers the routes add, lower-cased. */
  headers: Record<string, string>;
  /** Every value the matching routes gave each header, in order (a header given twice shows). */
  declared: Record<string, string[]>;
}

export function loadRoutes(config: { routes?: unknown[] }): Route[] {
  const { routes, error } = normalizeRoutes((config.routes ?? []) as Route[]);
  if (error) throw new Error(`config.json routes are not valid for Vercel: ${error.message}\n${(error.errors ?? []).join("\n")}`);
  return routes ?? [];
}

/** The static file Vercel's filesystem step serves for a path, if any (a folder's index.html). */
function staticFile(staticDir: string, pathname: string): string | null {
  let path: string;
  try {
    path = decodeURIComponent(pathname);
  } catch {
    return null;
  }
  if (path.split("/").some((segment) => segment === "." || segment === "..")) return null; // never outside the output
  const file = `${staticDir}${path}`;
  if (existsSync(file) && statSync(file).isFile()) return path;
  const index = `${file.replace(/\/$/, "")}/index.html`;
  if (existsSync(index) && statSync(index).isFile()) return `${path.replace(/\/$/, "")}/index.html`;
  return null;
}

/** Routes one request (a GET unless `method` says otherwise) for `pathname` (raw, as it came on the
 * wire), with its query, through `routes`. */
export function routeRequest(routes: Route[], outputDir: string, pathname: string, query = "", method = "GET"): VercelRouting {
  const params = new URLSearchParams(query);
  const hasAll = (route: RouteWithSrc) =>
    (route.has ?? []).every((c) => {
      if (c.type !== "query") throw new Error(`a route's "has" of type ${c.type} is not evaluated here`);
      const value = params.get(c.key);
      return value !== null && (c.value === undefined || new RegExp(String(c.value)).test(value));
    });
  const headers: Record<string, string> = {};
  const declared: Record<string, string[]> = {};
  let status: number | undefined;
  let path = pathname;
  const phases: RouteWithSrc[][] = [[]];
  const phaseNames: (string | null)[] = [null];
  for (const route of routes) {
    if (isHandler(route)) {
      phases.push([]);
      phaseNames.push(route.handle);
    } else phases.at(-1)!.push(route);
  }

  const finish = (dest: string, routeStatus: number | undefined): VercelRouting => {
    const target: VercelTarget = existsSync(`${outputDir}/functions/${dest.replace(/^\//, "")}.func`)
      ? { kind: "function", name: dest.replace(/^\//, "") }
      : { kind: "file", file: dest };
    return { target, status: routeStatus ?? status ?? 200, headers, declared };
  };

  for (const [i, phase] of phases.entries()) {
    const name = phaseNames[i];
    if (name === "filesystem") {
      const file = staticFile(`${outputDir}/static`, path);
      if (file) return { target: { kind: "file", file }, status: status ?? 200, headers, declared };
    }
    if (name !== null && name !== "filesystem") continue; // hit, miss, error…: none in this config
    for (const route of phase) {
      if (!route.src) continue;
      const match = new RegExp(route.src, "i").exec(path);
      if (!match || !hasAll(route)) continue;
      if (route.methods && !route.methods.some((m) => m.toUpperCase() === method)) continue;
      for (const [key, value] of Object.entries(route.headers ?? {})) {
        const lower = key.toLowerCase();
        headers[lower] = value;
        declared[lower] = [...(declared[lower] ?? []), value];
      }
      const dest = route.dest ? route.dest.replace(/\$(\d+)/g, (_, n: string) => match[Number(n)] ?? "") : path;
      if (route.continue) {
        if (route.status) status = route.status;
        path = dest;
        continue;
      }
      return finish(dest, route.status);
    }
  }
  throw new Error(`no route ends ${pathname}`);
}
