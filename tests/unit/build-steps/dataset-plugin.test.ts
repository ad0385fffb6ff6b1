// The plugin the build loads data/ through: on a copy of data/ with one bad cell it throws the
// message that stops `astro build`, naming the file, the row and the field; on the real data/ it
// hands over every table and the published files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, expect, it } from "vitest";
import { datasetPlugin } from "../../../src/build-steps/dataset-plugin.ts";
import { root } from "../../support/paths.ts";

const copy = mkdtempSync(join(tmpdir(), "smuggling-data-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

/** What Vite does with the plugin when code imports "virtual:dataset". */
function load(projectRoot: string): string {
  const plugin = datasetPlugin(pathToFileURL(`${projectRoot}/`));
  const resolveId = plugin.resolveId as (id: string) => string | undefined;
  const loadHook = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string;
  return loadHook.call({ addWatchFile: () => {} }, resolveId("virtual:dataset")!);
}

it("throws, naming the file, row and field of a bad cell", () => {
  cpSync(root("data"), join(copy, "data"), { recursive: true });
  const lines = readFileSync(join(copy, "data/observations.csv"), "utf8").split("\n");
  // Row 3 as a spreadsheet counts (header = row 1): FY2018 smuggling cases, written with a separator.
  expect(lines[2]).toMatch(/^hsi-smuggling-cases-opened,2018,1671,/);
  lines[2] = lines[2]!.replace(",1671,", ',"1,671",');
  writeFileSync(join(copy, "data/observations.csv"), lines.join("\n"));
  expect(() => load(copy)).toThrow(
    'data/observations.csv, row 3, field "value": expected a number (digits only, no thousands separators), got "1,671"',
  );
});

it("hands over the real data: every table the descriptor lists, validated, and the files' text", () => {
  const module = load(root(""));
  const data = JSON.parse(module.replace(/^export default /, "").replace(/;$/, ""));
  expect(Object.keys(data.files)).toEqual(["observations", "series", "sources"]);
  expect(data.files.sources.path).toBe("data/sources.csv");
  expect(
    data.rows.observations.find(
      (o: { series_id: string; period: number }) => o.series_id === "hsi-smuggling-cases-opened" && o.period === 2018,
    ).value,
  ).toBe(1671);
});
