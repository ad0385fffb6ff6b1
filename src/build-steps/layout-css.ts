// A Vite plugin that serves the CSS written from src/site/layout.ts as the stylesheet module
// "virtual:layout.css", bundled with the site's other styles: the breakpoint and the embed's
// padding are numbers in one place. (The build then writes the whole sheet into each page: see
// astro.config.mjs.)
import type { Plugin } from "vite";
import { LAYOUT_CSS } from "../site/layout.ts";

const ID = "virtual:layout.css";
const RESOLVED = `\0${ID}`;

export function layoutCssPlugin(): Plugin {
  return {
    name: "smuggling-cases:layout-css",
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load: (id) => (id === RESOLVED ? LAYOUT_CSS : undefined),
  };
}
