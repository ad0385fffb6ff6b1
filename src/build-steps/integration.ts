// The site's own build steps, as one Astro integration. The pages are static; the data function is
// bundled on its own (function-bundle.ts), with no Astro in it:
// - the Vercel build gets it as its own function, with our routes and headers in config.json
//   (vercel-output.ts), after the adapter has written its output (the adapter's hooks run first);
// - the local build gets the same bundle as dist/local/function/index.mjs, which scripts/serve.mjs
//   answers the function's paths with (and adds the same headers itself), and its text files
//   compressed once as brotli and gzip (precompress.ts), which serve.mjs sends as a CDN would;
// - both get each page's module script started once the page is parsed (page-scripts.ts);
// - both get the script embed's loader and stylesheet, written from the built embed pages
//   (script-embed.ts);
// - `astro dev` answers those paths with the handler's source, through Vite.
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { isFunctionPath } from "../http/headers.ts";
import { serveFunction } from "../http/node.ts";
import { bundleFunction } from "./function-bundle.ts";
import { deferPageScripts } from "./page-scripts.ts";
import { precompress } from "./precompress.ts";
import { writeScriptEmbed } from "./script-embed.ts";
import { writeVercelOutput } from "./vercel-output.ts";

/** The bundle in the local build, relative to its outDir. */
const LOCAL_FUNCTION = "function/index.mjs";

export function siteBuild({ vercel }: { vercel: boolean }): AstroIntegration {
  let root: URL | undefined;
  let site: URL | undefined;
  let outDir: URL | undefined;
  return {
    name: "smuggling-cases:site-build",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = config.root;
        outDir = config.outDir;
        if (!config.site) throw new Error("site build: `site` must be set (oEmbed answers with its URLs)");
        site = new URL(config.site);
      },
      "astro:server:setup": ({ server }) => {
        const handler = fileURLToPath(new URL("../function/handler.ts", import.meta.url));
        server.middlewares.use((req, res, next) => {
          if (!isFunctionPath((req.url ?? "/").split(/[?#]/)[0]!)) return next();
          (server.ssrLoadModule(handler) as Promise<typeof import("../function/handler.ts")>)
            .then(({ createFunction }) => serveFunction(createFunction({ site: site! }), req, res, site!.origin))
            .catch(next);
        });
      },
      "astro:build:done": async ({ dir, logger }) => {
        if (!root || !site || !outDir) throw new Error("site build: the configuration is unknown");
        const deferred = deferPageScripts(fileURLToPath(dir));
        logger.info(`${deferred} pages start their module script once parsed (page-scripts.ts)`);
        const embed = await writeScriptEmbed(dir);
        logger.info(
          `wrote the script embed to ${fileURLToPath(dir)}: ${embed.loader.path}, ${(embed.loader.bytes / 1000).toFixed(1)} kB, and ${embed.stylesheet.path}, ${(embed.stylesheet.bytes / 1000).toFixed(1)} kB`,
        );
        if (vercel) {
          const bytes = await writeVercelOutput(root, site);
          logger.info(
            `wrote the function, ${(bytes / 1000).toFixed(1)} kB, to .vercel/output/functions and the routes and headers to config.json`,
          );
        } else {
          const outfile = new URL(LOCAL_FUNCTION, outDir);
          mkdirSync(new URL(".", outfile), { recursive: true });
          const bytes = await bundleFunction({ root, site, outfile: fileURLToPath(outfile) });
          logger.info(`wrote the function, ${(bytes / 1000).toFixed(1)} kB, to ${fileURLToPath(outfile)}`);
          // Last, so that every file the build wrote (the script embed's too) has its codings.
          const packed = precompress(fileURLToPath(dir));
          logger.info(
            `compressed ${packed.files} files once, as brotli and gzip beside each: ${(packed.bytes / 1000).toFixed(0)} kB, ${(packed.brotli / 1000).toFixed(0)} kB as brotli`,
          );
        }
      },
    },
  };
}
