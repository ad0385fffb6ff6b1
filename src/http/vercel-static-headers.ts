// An Astro integration that writes STATIC_HEADER_RULES into the Vercel build output, so the CDN
// sends the same headers for static files as the local server does. It runs after the Vercel
// adapter has written .vercel/output/config.json (the adapter's hooks run first).
import { readFile, writeFile } from "node:fs/promises";
import type { AstroIntegration } from "astro";
import { NOT_FOUND_PAGES } from "../site/urls.ts";
import { REFUSED_PATH, STATIC_HEADER_RULES } from "./headers.ts";

interface VercelRoute {
  src?: string;
  dest?: string;
  status?: number;
  handle?: string;
  headers?: Record<string, string>;
  continue?: boolean;
}

export function vercelStaticHeaders(): AstroIntegration {
  let root: URL | undefined;
  return {
    name: "smuggling-cases:vercel-static-headers",
    hooks: {
      "astro:config:done": ({ config }) => {
        root = config.root;
      },
      "astro:build:done": async ({ logger }) => {
        if (!root) throw new Error("vercel-static-headers: the project root is unknown");
        const file = new URL("./.vercel/output/config.json", root);
        const config = JSON.parse(await readFile(file, "utf8")) as { routes?: VercelRoute[] };
        const ours: VercelRoute[] = STATIC_HEADER_RULES.map((r) => ({ src: r.src, headers: { ...r.headers }, continue: true }));
        // Header routes go first: with `continue` they add headers and let routing go on. Then
        // paths that are no page (dot-segments, "//", percent-encoding) end at the 404 page, as on
        // the local server, before the filesystem could resolve them to another file.
        const refuse: VercelRoute = { src: REFUSED_PATH, dest: "/404.html", status: 404 };
        // A missing path under an edition's prefix (/es/…) gets that edition's 404 page: ahead of
        // the adapter's catch-all, which gives the default edition's.
        const routes = config.routes ?? [];
        const catchAll = routes.findIndex((r) => r.status === 404 && r.src === "^/.*$");
        if (catchAll < 0) throw new Error("vercel-static-headers: the adapter's 404 route was not found in config.json");
        routes.splice(catchAll, 0, ...NOT_FOUND_PAGES.map(({ src, page }) => ({ src, dest: page, status: 404 })));
        config.routes = [...ours, refuse, ...routes];
        await writeFile(file, `${JSON.stringify(config, null, 2)}\n`);
        logger.info(`added ${ours.length} header rules and the refusal of unresolved paths to .vercel/output/config.json`);
      },
    },
  };
}
