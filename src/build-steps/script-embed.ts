// Writes the script embed into a built site: its stylesheet (the embed pages' own, rewritten for a
// shadow root by shadow-stylesheet.ts) and its loader /embed-chart.js (src/client/embed-chart.ts,
// bundled with esbuild into one small classic script that runs on any page). The interactive chart
// it loads is the embed pages' own island module, which Vite has already written: both kinds of
// embed share it, and a reader's cache.
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { parseHTML } from "linkedom";
import { CHART_IDS } from "../charts/catalog.ts";
import { themeCss } from "../charts/theme.ts";
import { LOCALES } from "../locales.ts";
import { embedPath, SCRIPT_EMBED_PATH } from "../site/urls.ts";
import { shadowStylesheet } from "./shadow-stylesheet.ts";

const LOADER = fileURLToPath(new URL("../client/embed-chart.ts", import.meta.url));
/** Vite's chunk for src/client/island.ts, named after it. */
const ISLAND_CHUNK = /^island\.[\w-]+\.js$/;

export interface ScriptEmbedFiles {
  loader: { path: string; bytes: number };
  stylesheet: { path: string; bytes: number };
}

/** The site's stylesheet as every embed page carries it inline (the build inlines it: see
 * astro.config.mjs), the theme's custom properties aside; the same for all of them, or the build
 * stops. */
function embedPageStylesheet(clientDir: URL): string {
  let found: string | undefined;
  for (const locale of LOCALES)
    for (const id of CHART_IDS) {
      const file = new URL(`.${embedPath(id, { locale })}/index.html`, clientDir);
      const { document } = parseHTML(readFileSync(file, "utf8"));
      if (document.querySelector("link[rel=stylesheet]"))
        throw new Error(`script embed: ${fileURLToPath(file)} links a stylesheet; the build inlines them`);
      const sheets = [...document.querySelectorAll("head style")].map((s) => s.textContent ?? "").filter((css) => css !== themeCss());
      if (sheets.length === 0) throw new Error(`script embed: ${fileURLToPath(file)} carries no stylesheet`);
      const css = sheets.join("\n");
      if (found !== undefined && found !== css)
        throw new Error(`script embed: ${fileURLToPath(file)} carries another stylesheet than the other embed pages`);
      found = css;
    }
  return found!;
}

export async function writeScriptEmbed(clientDir: URL): Promise<ScriptEmbedFiles> {
  const css = themeCss() + embedPageStylesheet(clientDir);
  const sheet = shadowStylesheet(css);
  const stylesheetPath = `/_astro/embed-chart.${createHash("sha256").update(sheet).digest("base64url").slice(0, 8)}.css`;
  writeFileSync(new URL(`.${stylesheetPath}`, clientDir), sheet);

  const islands = readdirSync(new URL("_astro/", clientDir)).filter((f) => ISLAND_CHUNK.test(f));
  const islandFile = islands.length === 1 ? islands[0]! : null;
  if (!islandFile || !/\bas startIsland\b|[{,]startIsland[,}]/.test(readFileSync(new URL(`_astro/${islandFile}`, clientDir), "utf8")))
    throw new Error(`script embed: expected one _astro/island.<hash>.js exporting startIsland, found ${islands.join(", ") || "none"}`);
  const islandPath = `/_astro/${islandFile}`;

  const result = await build({
    entryPoints: [LOADER],
    bundle: true,
    write: false,
    format: "iife",
    platform: "browser",
    // Host pages are read in older browsers too: they must parse the loader to fall back.
    target: ["es2018"],
    minify: true,
    legalComments: "none",
    define: { SCRIPT_EMBED_STYLESHEET: JSON.stringify(stylesheetPath), SCRIPT_EMBED_ISLAND: JSON.stringify(islandPath) },
    logLevel: "silent",
  });
  const loader = result.outputFiles[0]!.contents;
  writeFileSync(new URL(`.${SCRIPT_EMBED_PATH}`, clientDir), loader);
  return {
    loader: { path: SCRIPT_EMBED_PATH, bytes: loader.byteLength },
    stylesheet: { path: stylesheetPath, bytes: Buffer.byteLength(sheet) },
  };
}
