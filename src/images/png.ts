// SVG to PNG at build time with resvg, using only the fonts shipped in assets/fonts so that every
// machine renders the same pixels (system fonts are not loaded).
import { resolve } from "node:path";
import { Resvg } from "@resvg/resvg-js";

// Builds, tests and the bench all run from the project root (astro and npm scripts set it).
const FONT_DIR = resolve(process.cwd(), "assets/fonts");
const FONTS = ["LiberationSans-Regular.ttf", "LiberationSans-Bold.ttf"].map((f) => resolve(FONT_DIR, f));

export function svgToPng(svg: string, width: number): Buffer {
  const resvg = new Resvg(svg, {
    fitTo: { mode: "width", value: width },
    font: { fontFiles: FONTS, loadSystemFonts: false, defaultFontFamily: "Liberation Sans", sansSerifFamily: "Liberation Sans" },
  });
  return Buffer.from(resvg.render().asPng());
}
