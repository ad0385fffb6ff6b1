// Golden files: every chart, in every state, at both server-rendered widths, and as its download
// image, as reviewed SVG under tests/unit/charts/output/ (as Observable Plot keeps test/output/).
// A change to how a chart looks shows up as a diff of these files; accept a reviewed change with
// `npx vitest run tests/unit/charts/snapshots.test.ts -u`.
// Hatch pattern ids are numbered per page, not per chart, so they are normalised here.
import { describe, expect, it } from "vitest";
import { CHARTS } from "../../../src/charts/index.ts";
import { RENDER_WIDTHS } from "../../../src/charts/chart.ts";
import { renderSvg } from "../../../src/charts/render-svg.ts";
import { dataset } from "../../../src/data/index.ts";
import { chartImageSvg } from "../../../src/images/chart-images.ts";

const SITE = new URL("https://smuggling-cases.vercel.app/");
const stable = (svg: string) => `${svg.replace(/hatch-[a-z]*\d+/g, "hatch")}\n`;
const output = (name: string) => `./output/${name}.svg`;

describe("golden SVGs", () => {
  for (const chart of CHARTS) {
    for (let step = 0; step < chart.states; step++)
      for (const width of Object.values(RENDER_WIDTHS))
        it(`${chart.id}, state ${step}, ${width} px`, async () => {
          await expect(stable(renderSvg(chart, dataset, { width, theme: "auto", step }))).toMatchFileSnapshot(output(`${chart.id}-${step}-${width}`));
        });
    it(`${chart.id}, download image`, async () => {
      await expect(stable(chartImageSvg(chart, dataset, SITE))).toMatchFileSnapshot(output(`${chart.id}-image`));
    });
  }
});
