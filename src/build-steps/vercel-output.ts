// What the Vercel build adds to the adapter's output (.vercel/output): the data function as its own
// function, and every route of ours in config.json, written here as one list in the order Vercel
// reads them, around the adapter's own. The local server (scripts/serve.mjs) answers the same
// paths the same way from src/http/headers.ts and src/site/urls.ts.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import {
  COMMON_HEADERS,
  FUNCTION_ROUTE,
  PREFLIGHT_HEADERS,
  READABLE_FILE_ROUTE,
  REFUSED_PATH,
  staticHeaderRules,
} from "../http/headers.ts";
import { EMBED_OPTIONS_ROUTES, type QueryCondition } from "../site/embed-options.ts";
import { NOT_FOUND_PAGES } from "../site/urls.ts";
import { bundleFunction } from "./function-bundle.ts";

/** A route of Vercel's Build Output API (config.json's `routes`), as far as we write them. */
interface VercelRoute {
  src?: string;
  dest?: string;
  status?: number;
  handle?: string;
  headers?: Record<string, string>;
  continue?: boolean;
  has?: QueryCondition[];
  methods?: string[];
}

/** The function's name in the output (functions/_api.func). */
const VERCEL_FUNCTION = "_api";

/** The origins a deployment is served at: the site's, and the ones Vercel names at build (the
 * deployment's own URL, its branch's and the production one), which the embed pages' policy names. */
function deploymentOrigins(site: URL, env: Record<string, string | undefined> = process.env): string[] {
  const hosts = [env.VERCEL_URL, env.VERCEL_BRANCH_URL, env.VERCEL_PROJECT_PRODUCTION_URL].filter((h): h is string => !!h);
  return [...new Set([site.origin, ...hosts.map((h) => `https://${h}`)])];
}

/**
 * The routes, ours around the adapter's: the adapter's list has a "filesystem" step (static files)
 * and, at its end, a catch-all 404 with the default edition's page.
 */
function vercelRoutes(adapter: readonly VercelRoute[], origins: readonly string[]): VercelRoute[] {
  const filesystem = adapter.findIndex((r) => r.handle === "filesystem");
  if (filesystem < 0) throw new Error("Vercel output: config.json has no filesystem step to put the function's routes before");
  const catchAll = adapter.findIndex((r) => r.status === 404 && r.src === "^/.*$");
  if (catchAll < filesystem)
    throw new Error("Vercel output: the adapter's catch-all 404 route was not found after its filesystem step in config.json");
  return [
    // Headers for static files: with `continue`, each adds its headers and routing goes on.
    ...staticHeaderRules(origins).map((r) => ({ src: r.src, headers: { ...r.headers }, continue: true })),
    // Paths that are no page (dot-segments, "//", percent-encoding) end at the 404 page, before the
    // filesystem could resolve them to another file.
    { src: REFUSED_PATH, dest: "/404.html", status: 404 },
    // A CORS preflight for a data or chart file gets the function's answer to one, not the file.
    { src: READABLE_FILE_ROUTE, methods: ["OPTIONS"], status: 204, headers: { ...COMMON_HEADERS, ...PREFLIGHT_HEADERS } },
    // An embed URL with a theme or state gets the copy of its page whose oEmbed link names them.
    ...EMBED_OPTIONS_ROUTES.map((r) => ({ src: r.src, has: r.has.map((c) => ({ ...c })), dest: r.dest })),
    ...adapter.slice(0, filesystem),
    // Ahead of the static files: the function's paths go to it. Its own path (a function is
    // reachable at its name) is no page of this site.
    { src: `^/${VERCEL_FUNCTION}(?:/.*)?$`, dest: "/404.html", status: 404 },
    { src: FUNCTION_ROUTE, dest: VERCEL_FUNCTION },
    ...adapter.slice(filesystem, catchAll),
    // A missing path under an edition's prefix (/es/…) gets that edition's 404 page, ahead of the
    // adapter's catch-all, which gives the default edition's.
    ...NOT_FOUND_PAGES.map(({ src, page }) => ({ src, dest: page, status: 404 })),
    ...adapter.slice(catchAll),
  ];
}

/** Writes the function into the adapter's output and our routes into its config.json; returns the
 * function's size in bytes. */
export async function writeVercelOutput(root: URL, site: URL): Promise<number> {
  const output = new URL("./.vercel/output/", root);
  const dir = new URL(`./functions/${VERCEL_FUNCTION}.func/`, output);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const bytes = await bundleFunction({ root, site, outfile: fileURLToPath(new URL("index.mjs", dir)) });
  const vcConfig = {
    runtime: `nodejs${process.versions.node.split(".")[0]}.x`,
    handler: "index.mjs",
    launcherType: "Nodejs",
    supportsResponseStreaming: true,
  };
  writeFileSync(new URL(".vc-config.json", dir), `${JSON.stringify(vcConfig, null, 2)}\n`);

  const file = new URL("config.json", output);
  const config = JSON.parse(readFileSync(file, "utf8")) as { routes?: VercelRoute[] };
  config.routes = vercelRoutes(config.routes ?? [], deploymentOrigins(site));
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  // The adapter leaves an empty server/ when no page renders on demand; it is no part of the output.
  const server = new URL("server/", output);
  if (existsSync(server) && readdirSync(server).length === 0) rmdirSync(server);
  return bytes;
}
