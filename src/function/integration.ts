// The data function in the build and the dev server (an Astro integration). The pages are static;
// the function is bundled on its own (src/function/bundle.ts), with no Astro in it:
// - the Vercel build gets it as its own function, .vercel/output/functions/_api.func, with routes
//   in config.json that send its paths there ahead of the static files;
// - the local build gets the same bundle as dist/local/function/index.mjs, which scripts/serve.mjs
//   answers those paths with;
// - `astro dev` answers those paths with the handler's source, through Vite.
// Runs after the Vercel adapter and src/http/vercel-static-headers.ts have written config.json.
import { existsSync, mkdirSync, readdirSync, readFileSync, rmdirSync, rmSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { FUNCTION_ROUTE, isFunctionPath } from "../http/headers.ts";
import { serveFunction } from "../http/node.ts";
import { bundleFunction } from "./bundle.ts";

/** The function's name in the Vercel output (functions/_api.func). */
const VERCEL_FUNCTION = "_api";
/** The bundle in the local build, relative to its outDir. */
const LOCAL_FUNCTION = "function/index.mjs";

interface VercelRoute {
  src?: string;
  dest?: string;
  status?: number;
  handle?: string;
}

async function writeVercelFunction(root: URL, site: URL): Promise<number> {
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
  const routes = config.routes ?? [];
  const filesystem = routes.findIndex((r) => r.handle === "filesystem");
  if (filesystem < 0) throw new Error("data function: config.json has no filesystem step to put the function's routes before");
  // Ahead of the static files: the function's paths go to it. Its own path (a function is reachable
  // at its name) is no page of this site.
  const ours: VercelRoute[] = [
    { src: `^/${VERCEL_FUNCTION}(?:/.*)?$`, dest: "/404.html", status: 404 },
    { src: FUNCTION_ROUTE, dest: VERCEL_FUNCTION },
  ];
  config.routes = [...routes.slice(0, filesystem), ...ours, ...routes.slice(filesystem)];
  writeFileSync(file, `${JSON.stringify(config, null, 2)}\n`);
  // The adapter leaves an empty server/ when no page renders on demand; it is no part of the output.
  const server = new URL("server/", output);
  if (existsSync(server) && readdirSync(server).length === 0) rmdirSync(server);
  return bytes;
}

export function dataFunction({ vercel }: { vercel: boolean }): AstroIntegration {
  let root: URL | undefined;
  let site: URL | undefined;
  let outDir: URL | undefined;
  return {
    name: "smuggling-cases:data-function",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = config.root;
        outDir = config.outDir;
        if (!config.site) throw new Error("data function: `site` must be set (oEmbed answers with its URLs)");
        site = new URL(config.site);
      },
      "astro:server:setup": ({ server }) => {
        const handler = fileURLToPath(new URL("./handler.ts", import.meta.url));
        server.middlewares.use((req, res, next) => {
          if (!isFunctionPath((req.url ?? "/").split(/[?#]/)[0]!)) return next();
          (server.ssrLoadModule(handler) as Promise<typeof import("./handler.ts")>)
            .then(({ createFunction }) => serveFunction(createFunction({ site: site! }), req, res, site!.origin))
            .catch(next);
        });
      },
      "astro:build:done": async ({ logger }) => {
        if (!root || !site || !outDir) throw new Error("data function: the configuration is unknown");
        if (vercel) {
          const bytes = await writeVercelFunction(root, site);
          logger.info(`wrote the function, ${(bytes / 1000).toFixed(1)} kB, to .vercel/output/functions/${VERCEL_FUNCTION}.func and its routes to config.json`);
        } else {
          const outfile = new URL(LOCAL_FUNCTION, outDir);
          mkdirSync(new URL(".", outfile), { recursive: true });
          const bytes = await bundleFunction({ root, site, outfile: fileURLToPath(outfile) });
          logger.info(`wrote the function, ${(bytes / 1000).toFixed(1)} kB, to ${fileURLToPath(outfile)}`);
        }
      },
    },
  };
}
