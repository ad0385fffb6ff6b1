// A malformed data file must stop the build, naming file, row and field. This runs a real
// `astro build` on a copy of the project whose data/observations.csv has one bad cell.
import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect, it } from "vitest";
import { root } from "../support/paths.ts";

const copy = mkdtempSync(join(tmpdir(), "smuggling-build-"));
afterAll(() => rmSync(copy, { recursive: true, force: true }));

it("fails `astro build` with the file, row and field of a bad cell", () => {
  for (const entry of ["astro.config.mjs", "package.json", "tsconfig.json", "src", "data", "public"]) cpSync(root(entry), join(copy, entry), { recursive: true });
  symlinkSync(root("node_modules"), join(copy, "node_modules"));
  const csv = readFileSync(join(copy, "data/observations.csv"), "utf8");
  const lines = csv.split("\n");
  // Row 3 as a spreadsheet counts (header = row 1): FY2018 smuggling cases, written with a separator.
  expect(lines[2]).toMatch(/^hsi-smuggling-cases-opened,2018,1671,/);
  lines[2] = lines[2]!.replace(",1671,", ',"1,671",');
  writeFileSync(join(copy, "data/observations.csv"), lines.join("\n"));

  const build = spawnSync(process.execPath, [root("node_modules/astro/bin/astro.mjs"), "build"], {
    cwd: copy,
    env: { ...process.env, ASTRO_ADAPTER: "node" },
    encoding: "utf8",
    timeout: 120_000,
  });
  expect(build.status).not.toBe(0);
  expect(`${build.stdout}${build.stderr}`).toContain('data/observations.csv, row 3, field "value": expected a number (digits only, no thousands separators), got "1,671"');
}, 120_000);
