// The Data Package as Frictionless Data's own validator reads it (tests/support/frictionless.ts):
// data/ as it is, and whatever the build accepts and publishes, however the files were saved.
import { cpSync, mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { csvFormatRows, csvParseRows } from "d3";
import fc from "fast-check";
import { afterAll, describe, expect, it } from "vitest";
import { descriptor } from "../../../src/data/index.ts";
import { loadDataset, type DatasetFiles } from "../../../src/data/load.ts";
import { DatasetError } from "../../../src/data/parse.ts";
import { datasetPlugin } from "../../../src/build-steps/dataset-plugin.ts";
import { frictionlessProblems, frictionlessRows } from "../../support/frictionless.ts";
import { root } from "../../support/paths.ts";

const scratch = mkdtempSync(join(tmpdir(), "smuggling-frictionless-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));
let copies = 0;
let accepted = 0;

/** Writes the descriptor and the files as the site publishes them into a new folder; returns
 * the descriptor's path. */
function publish(files: DatasetFiles): string {
  const dir = join(scratch, `published-${++copies}`);
  mkdirSync(dir);
  writeFileSync(join(dir, "datapackage.json"), JSON.stringify(descriptor));
  for (const r of descriptor.resources) writeFileSync(join(dir, r.path), files[r.name]!.text);
  return join(dir, "datapackage.json");
}

/** What the build's plugin hands on for a copy of data/, changed by `edit`. */
function build(edit: (name: string, text: string) => string): DatasetFiles {
  const dir = join(scratch, `data-${++copies}`);
  cpSync(root("data"), join(dir, "data"), { recursive: true });
  for (const r of descriptor.resources) {
    const file = join(dir, "data", r.path);
    writeFileSync(file, edit(r.name, readFileSync(file, "utf8")));
  }
  const plugin = datasetPlugin(pathToFileURL(`${dir}/`));
  const load = plugin.load as (this: { addWatchFile(file: string): void }, id: string) => string;
  const module = load.call({ addWatchFile: () => {} }, (plugin.resolveId as (id: string) => string)("virtual:dataset"));
  return JSON.parse(module.replace(/^export default /, "").replace(/;$/, "")).files;
}

describe("Frictionless Data's validator", () => {
  it("accepts data/ as it is", async () => {
    expect(await frictionlessProblems(root("data/datapackage.json"))).toEqual([]);
  });

  it("accepts what the build publishes from files saved with a byte-order mark, CRLF and blank lines at the end", async () => {
    const files = build((_, text) => `\uFEFF${text.replace(/\n/g, "\r\n")}\r\n\r\n`);
    for (const r of descriptor.resources) expect(files[r.name]!.text).toBe(readFileSync(root("data", r.path), "utf8"));
    expect(await frictionlessProblems(publish(files))).toEqual([]);
  });

  // Notes of every kind a person might type: whatever the loader accepts, Frictionless must read,
  // to the same values; whatever it refuses, it refuses with a message.
  const valid = (table: string) => readFileSync(root("tests/fixtures/data/valid", `${table}.csv`), "utf8");
  const awkward = fc.string({
    unit: fc.constantFrom('"', ",", "\n", "\r", " ", "\t", ";", "=", "-", "@", "'", "a", "é", "\uFEFF"),
    maxLength: 12,
  });
  const note = fc.oneof(
    // Text that starts and ends plainly, with anything between.
    {
      weight: 3,
      arbitrary: fc.tuple(fc.constantFrom("A", "ü", "1", "("), awkward, fc.constantFrom(".", "z", ")", '"')).map((parts) => parts.join("")),
    },
    { weight: 1, arbitrary: fc.oneof(fc.constant(""), awkward, fc.string({ maxLength: 30 })) },
  );
  const saving = fc.record({ bom: fc.boolean(), crlf: fc.boolean(), blankLines: fc.nat({ max: 2 }) });

  it("reads whatever the loader accepts, to the same values", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(note, { minLength: 4, maxLength: 4 }), saving, async (notes, { bom, crlf, blankLines }) => {
        const [header, ...rows] = csvParseRows(valid("observations"));
        const [noteAt, spanishAt] = [header!.indexOf("note"), header!.indexOf("note_es")];
        rows.forEach((row, i) => {
          // The Spanish note is given exactly where the note is: the same awkward text will do.
          row[noteAt] = notes[i]!;
          row[spanishAt] = notes[i]!;
        });
        let text = `${csvFormatRows([header!, ...rows])}\n${"\n".repeat(blankLines)}`;
        if (crlf) text = text.replace(/\n/g, "\r\n");
        if (bom) text = `\uFEFF${text}`;
        const files: DatasetFiles = Object.fromEntries(
          ["observations", "series", "sources"].map((t) => [t, { path: `data/${t}.csv`, text: t === "observations" ? text : valid(t) }]),
        );
        let loaded: ReturnType<typeof loadDataset>;
        try {
          loaded = loadDataset(descriptor, files);
        } catch (error) {
          expect(error).toBeInstanceOf(DatasetError);
          return;
        }
        accepted++;
        const published = publish(loaded.files);
        expect(await frictionlessProblems(published)).toEqual([]);
        const read = await frictionlessRows(published);
        expect(read.observations!.map((r) => r.note ?? null)).toEqual(loaded.dataset.observations.map((o) => o.note));
      }),
      { numRuns: 150 },
    );
    // The property says something only if many generated files were accepted.
    expect(accepted).toBeGreaterThan(50);
  }, 60_000);
});
