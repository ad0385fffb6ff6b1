// The only inline scripts the site has, in one place with their hashes, so that the
// Content-Security-Policy can allow exactly these and no other inline script.
import { createHash } from "node:crypto";
import { THEMES } from "../charts/theme.ts";

/** The class on <html> of a visit that starts at the top of the page (also in src/styles/global.css
 * and src/client/later-sections.ts, which cannot import this module's node:crypto). */
const FROM_TOP_CLASS = "from-top";

/** Marks the page as scripted before it paints, so the no-JS layout never flashes. Marks too a
 * visit that starts at the top of the page (a new navigation, no #fragment): only then are the
 * story's later sections laid out as the reader nears them (src/styles/global.css). A reload or a
 * return through history restores a scroll position, which needs every height at once. */
export const JS_CLASS_SCRIPT = `(function(){var n=performance.getEntriesByType("navigation")[0];document.documentElement.className=n&&n.type==="navigate"&&!location.hash?"js ${FROM_TOP_CLASS}":"js"})();`;

/** Applies an embed's ?theme= before it paints, as parseTheme does: a fixed theme, or auto. */
const FIXED_THEMES = THEMES.filter((t) => t !== "auto");
export const EMBED_THEME_SCRIPT = `(function(){var t=new URLSearchParams(location.search).get("theme");document.documentElement.setAttribute("data-theme",${JSON.stringify(FIXED_THEMES)}.indexOf(t)>=0?t:"auto")})();`;

/** The attribute by which the build (build-steps/page-scripts.ts) names a page's module script. */
export const PAGE_SCRIPT_ATTRIBUTE = "data-module";

/** The attribute on <html> that says where the page's script is: asked for after the first paint
 * (set by the page, below), and started, once it has run (set by the loader). */
export const PAGE_SCRIPT_STATE = { attribute: "data-page-script", afterPaint: "after-paint", started: "started" } as const;

/** Starts the page's module script once the page has been parsed (an inline module script runs
 * then, and not before). A script element added to the page, unlike an import(), holds the load
 * event until it has run.
 * A page whose <html> asks for it (the story), on a visit from the top (class "from-top"), waits
 * also until it has shown its first words: its first contentful paint, as Paint Timing reports it,
 * or a second at most (a hidden tab does not paint), or not at all where Paint Timing is missing.
 * Lighthouse's model of a phone counts every request that ends before the first paint towards it;
 * started after it, the script never is, whichever of the paint and the parser's end comes first
 * (issue 22). Its load event may then come first, and a reader may scroll or point before the
 * script starts (src/client/intent.ts counts that). Elsewhere the script is wanted before the
 * first paint: an embed's ?step=, a reload in the middle of the story, the data page's controls.
 * Once the script has run, <html> says so: "loaded" no longer does everywhere. */
export const PAGE_SCRIPT_LOADER = `var h=document.documentElement,s=document.querySelector("script[${PAGE_SCRIPT_ATTRIBUTE}]").getAttribute("${PAGE_SCRIPT_ATTRIBUTE}"),o,go=function(){if(s){document.head.append(Object.assign(document.createElement("script"),{type:"module",src:s,onload:function(){h.setAttribute("${PAGE_SCRIPT_STATE.attribute}","${PAGE_SCRIPT_STATE.started}")}}));s=null;o&&o.disconnect()}};if(h.getAttribute("${PAGE_SCRIPT_STATE.attribute}")!=="${PAGE_SCRIPT_STATE.afterPaint}"||!h.classList.contains("${FROM_TOP_CLASS}")||(PerformanceObserver.supportedEntryTypes||[]).indexOf("paint")<0)go();else{o=new PerformanceObserver(function(l){l.getEntriesByName("first-contentful-paint").length&&go()});o.observe({type:"paint",buffered:true});setTimeout(go,1000)}`;

const hash = (source: string) => `'sha256-${createHash("sha256").update(source, "utf8").digest("base64")}'`;

export const INLINE_SCRIPT_HASHES = [JS_CLASS_SCRIPT, EMBED_THEME_SCRIPT, PAGE_SCRIPT_LOADER].map(hash);
