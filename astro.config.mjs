// @ts-check
import { defineConfig, passthroughImageService } from "astro/config";
import vercel from "@astrojs/vercel";
import node from "@astrojs/node";
import mdx from "@astrojs/mdx";
import { siteBuild } from "./src/build-steps/integration.ts";
import { datasetPlugin } from "./src/build-steps/dataset-plugin.ts";
import { layoutCssPlugin } from "./src/build-steps/layout-css.ts";
import { DEFAULT_LOCALE, LOCALES } from "./src/locales.ts";

// One build for two targets. `npm run build` (the default) makes the Vercel deployment in
// .vercel/output; `npm start` builds the same pages with ASTRO_ADAPTER=node into dist/local and
// serves them with @astrojs/node's standalone handler. Every page is prerendered: the data
// function and oEmbed are not Astro routes but their own bundle (src/build-steps/integration.ts),
// deployed as their own Vercel function and run by the local server for the same paths.
const local = process.env.ASTRO_ADAPTER === "node";

export default defineConfig({
  // The public origin: canonical URLs, the datapackage, embed snippets and oEmbed are made from it.
  site: process.env.SITE_URL ?? "https://smuggling-cases.vercel.app",
  output: "static",
  outDir: local ? "./dist/local" : "./dist/vercel",
  trailingSlash: "ignore",
  // The English edition at /, the others under their own prefix (/es/): pages read their
  // edition from Astro.currentLocale.
  i18n: { locales: [...LOCALES], defaultLocale: DEFAULT_LOCALE, routing: { prefixDefaultLocale: false } },
  adapter: local ? node({ mode: "standalone" }) : vercel(),
  // No image optimisation: the charts and cards are made by our own code (src/images), and the
  // build then needs no sharp.
  image: { service: passthroughImageService() },
  integrations: [mdx(), siteBuild({ vercel: !local })],
  vite: {
    // data/ is validated here, once per build; code imports the rows as "virtual:dataset".
    plugins: [datasetPlugin(new URL("./", import.meta.url)), layoutCssPlugin()],
    // Never inline a component's script into the page: the Content-Security-Policy allows only the
    // hashed inline scripts of src/site/inline-scripts.ts.
    build: { assetsInlineLimit: 0 },
  },
  // Every page carries its stylesheet in a <style> of its own (12.6 kB, about 3 kB compressed):
  // a linked sheet is a request the first paint waits for, and on a phone's network that costs
  // more than the bytes. The CSP allows inline styles (Plot's SVGs need them).
  build: { inlineStylesheets: "always" },
  // Sessions are not used; without this the node adapter would set up a file store.
  session: false,
});
