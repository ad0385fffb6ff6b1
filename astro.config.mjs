// @ts-check
import { defineConfig, passthroughImageService } from "astro/config";
import vercel from "@astrojs/vercel";
import node from "@astrojs/node";
import mdx from "@astrojs/mdx";
import { vercelStaticHeaders } from "./src/http/vercel-static-headers.ts";
import { datasetPlugin } from "./src/data/vite-plugin.ts";
import { layoutCssPlugin } from "./src/site/layout-css.ts";

// One build for two targets. `npm run build` (the default) makes the Vercel deployment in
// .vercel/output; `npm start` builds the same pages and routes with ASTRO_ADAPTER=node into
// dist/local and serves them with @astrojs/node's standalone handler.
const local = process.env.ASTRO_ADAPTER === "node";

export default defineConfig({
  // The public origin: canonical URLs, the datapackage, embed snippets and oEmbed are made from it.
  site: process.env.SITE_URL ?? "https://smuggling-cases.vercel.app",
  output: "static",
  outDir: local ? "./dist/local" : "./dist/vercel",
  trailingSlash: "ignore",
  adapter: local ? node({ mode: "standalone" }) : vercel(),
  // No image optimisation: keeps sharp out of the function bundle (about 22 MB -> 2 MB).
  image: { service: passthroughImageService() },
  integrations: [mdx(), ...(local ? [] : [vercelStaticHeaders()])],
  vite: {
    // data/ is validated here, once per build; code imports the rows as "virtual:dataset".
    plugins: [datasetPlugin(new URL("./", import.meta.url)), layoutCssPlugin()],
    // Bundle these into the server build, tree-shaken, instead of tracing their whole packages
    // into the function (zod alone is 2.3 MB of files; d3's modules together about 1 MB).
    ssr: { noExternal: ["zod", /^d3(-|$)/] },
    // Never inline a component's script into the page: the Content-Security-Policy allows only the
    // hashed inline scripts of src/site/inline-scripts.ts.
    build: { assetsInlineLimit: 0 },
  },
  // The site takes no form posts and sets no cookies; Astro's origin check would answer a POST to
  // the data function with 403 where the contract says 405 with Allow.
  security: { checkOrigin: false },
  // Sessions are not used; without this the node adapter would set up a file store.
  session: false,
});
