// Golden files: every chart, in every state, at both server-rendered widths, and as its download
// image, in each edition (Spanish files end in .es), as reviewed SVG under tests/unit/charts/output/
// (as Observable Plot keeps test/output/).
// A change to how a chart looks shows up as a diff of these files; accept a reviewed change with
// `npx vitest run tests/unit/charts/snapshots.test.ts -u`.
// Hatch pattern ids are numbered per page, not per chart, so they are normalised here, and the
// markup is pretty-printed.
import beautify from "js-beautify";
import { describe, expect, it } from "vitest";
import { CATALOG, CHART_IDS } from "../../../src/charts/catalog.ts";
import { renderSvg } from "../../../src/charts/server.ts";
import { datasetIn } from "../../../src/data/index.ts";
import { chartLanguage } from "../../../src/i18n/index.ts";
import { LOCALES } from "../../../src/locales.ts";
import { chartImageSvg } from "../../../src/images/chart-images.ts";
import { RENDER_WIDTHS } from "../../../src/site/layout.ts";

const SITE = new URL("https://smuggling-cases.vercel.app/");
// One element a line, indented, so that a change reads as a diff of the lines it touches (as
// Plot's own test/output does, with js-beautify); text stays on its element's line.
const pretty = (svg: string) => beautify.html(svg, { indent_size: 2, inline: ["tspan"], wrap_line_length: 0, indent_inner_html: false });
const stable = (svg: string) => `${pretty(svg.replace(/hatch-[a-z]*\d+/g, "hatch"))}\n`;
const output = (name: string) => `./output/${name}.svg`;

describe.each(LOCALES)("golden SVGs (%s)", (locale) => {
  const dataset = datasetIn(locale);
  const suffix = locale === "en" ? "" : `.${locale}`;
  for (const id of CHART_IDS) {
    for (let step = 0; step < CATALOG[id].states; step++)
      for (const width of Object.values(RENDER_WIDTHS))
        it(`${id}, state ${step}, ${width} px`, async () => {
          await expect(stable(renderSvg(id, dataset, { width, theme: "auto", step, language: chartLanguage(locale) }))).toMatchFileSnapshot(
            output(`${id}-${step}-${width}${suffix}`),
          );
        });
    it(`${id}, download image`, async () => {
      await expect(stable(chartImageSvg(id, dataset, SITE, locale))).toMatchFileSnapshot(output(`${id}-image${suffix}`));
    });
  }
});
