// The only inline scripts the site has, in one place with their hashes, so that the
// Content-Security-Policy can allow exactly these and no other inline script.
import { createHash } from "node:crypto";
import { THEMES } from "../charts/theme.ts";

/** Marks the page as scripted before it paints, so the no-JS layout never flashes. Marks too a
 * visit that starts at the top of the page (a new navigation, no #fragment): only then are the
 * story's later sections laid out as the reader nears them (src/styles/global.css). A reload or a
 * return through history restores a scroll position, which needs every height at once. */
export const JS_CLASS_SCRIPT = `(function(){var n=performance.getEntriesByType("navigation")[0];document.documentElement.className=n&&n.type==="navigate"&&!location.hash?"js from-top":"js"})();`;

/** Applies an embed's ?theme= before it paints, as parseTheme does: a fixed theme, or auto. */
const FIXED_THEMES = THEMES.filter((t) => t !== "auto");
export const EMBED_THEME_SCRIPT = `(function(){var t=new URLSearchParams(location.search).get("theme");document.documentElement.setAttribute("data-theme",${JSON.stringify(FIXED_THEMES)}.indexOf(t)>=0?t:"auto")})();`;

/** The attribute by which the build (build-steps/page-scripts.ts) names a page's module script. */
export const PAGE_SCRIPT_ATTRIBUTE = "data-module";

/** Starts the page's module script once the page has been parsed: an inline module script runs
 * then, and not before. A script element added to the page, unlike an import(), holds the load
 * event until it has run, so "loaded" still means the page's script has started. */
export const PAGE_SCRIPT_LOADER = `document.head.append(Object.assign(document.createElement("script"),{type:"module",src:document.querySelector("script[${PAGE_SCRIPT_ATTRIBUTE}]").getAttribute("${PAGE_SCRIPT_ATTRIBUTE}")}));`;

const hash = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

export const INLINE_SCRIPT_HASHES = [JS_CLASS_SCRIPT, EMBED_THEME_SCRIPT, PAGE_SCRIPT_LOADER].map(hash);
