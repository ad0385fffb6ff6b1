// The comparison page: the story's charts drawn the common way, in the browser with Plot loaded up
// front (client-only.ts, bundled with esbuild). It keeps the built story's <head> (styles, the
// inline script the CSP allows), header and embedded data, so the two pages differ only in how
// the charts are drawn.
import { writeFileSync } from "node:fs";
import { build } from "esbuild";
import { CHART_IDS } from "../../src/charts/catalog.ts";
import { chartWords } from "../../src/i18n/index.ts";
import { DEFAULT_LOCALE } from "../../src/locales.ts";
import { STORY_DATA_ID } from "../../src/site/story-data.ts";
import { ROOT } from "../lib/server.mjs";

export const CLIENT_PAGE = "/bench/client-only.html";
const BUNDLE = "/bench/client-only.js";

/** Text for HTML, in an element or a quoted attribute. */
export const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/"/g, "&quot;");

export async function buildClientPage(storyHtml, clientDir) {
  const pick = (re, what) => {
    const m = storyHtml.match(re);
    if (!m) throw new Error(`client-only page: no ${what} in the built story`);
    return m[0];
  };
  const head = pick(/^[\s\S]*?<\/head>/, "<head>")
    .replace(/<script type="module"[^>]*><\/script>/g, "") // the story's own script is what this page replaces
    .replace(/<title>[^<]*<\/title>/, "<title>Client-only charts (benchmark comparison page)</title>")
    .replace("</head>", `<script type="module" src="${BUNDLE}"></script></head>`);
  // The story's header, whatever other classes the layout gives it.
  const header = pick(/<header class="(?:[^"]* )?story-head(?: [^"]*)?">[\s\S]*?<\/header>/, "story header");
  const wrap = header.match(/class="([^"]*?) ?story-head/)?.[1] ?? "";
  const data = pick(new RegExp(`<script type="application/json" id="${STORY_DATA_ID}">[\\s\\S]*?</script>`), "story data");
  const figures = CHART_IDS.map((id) => {
    const { title, subtitle } = chartWords(id, DEFAULT_LOCALE);
    return `<section class="${wrap}"><h2>${escapeHtml(title)}</h2><p>${escapeHtml(subtitle)}</p><div data-client-chart="${id}"></div></section>`;
  }).join("");
  await build({
    entryPoints: [`${ROOT}scripts/bench/client-only.ts`],
    outfile: `${clientDir}${BUNDLE}`,
    bundle: true,
    format: "esm",
    target: "es2022",
    minify: true,
    legalComments: "none",
    logLevel: "silent",
  });
  writeFileSync(`${clientDir}${CLIENT_PAGE}`, `${head}<body><main id="main">${header}${figures}</main>${data}</body></html>`);
}
