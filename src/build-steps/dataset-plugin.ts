// Validates data/ once, when the build (or dev server, or vitest) first asks for it, and hands the
// typed rows to the code as the module "virtual:dataset". A malformed file stops the build there,
// with its file, row and field named; the site and the functions get plain JSON, so neither the
// validator (zod) nor a CSV parser runs or ships at request time. The files to read are the
// resources data/datapackage.json lists; their text is handed on too, to be published under /data/:
// the text that was checked, normalised (no byte-order mark, LF line endings), so that the
// published Data Package reads in any Frictionless tool.
// The data function's own bundle (esbuild, function-bundle.ts) resolves the same module with
// datasetModule(), so both builds serve one validated copy of data/.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { DataPackage } from "../data/descriptor.ts";
import { loadDataset } from "../data/load.ts";

export const DATASET_MODULE = "virtual:dataset";
const RESOLVED = `\0${DATASET_MODULE}`;

// The last module made, by the text it was made from: the Vite build and the function's bundle
// read the same files within one build, and the second is not validated again.
let made: { from: string; module: string } | undefined;

/** The source of "virtual:dataset" for the project at `root`: data/ read, validated (throwing with
 * the file, row and field of a bad cell) and serialised. `watch` is told each file read. */
export function datasetModule(root: URL, watch: (file: string) => void = () => {}): string {
  const read = (name: string) => {
    const file = fileURLToPath(new URL(`data/${name}`, root));
    watch(file);
    return { path: `data/${name}`, text: readFileSync(file, "utf8") };
  };
  const descriptorFile = read("datapackage.json");
  const descriptor = JSON.parse(descriptorFile.text) as DataPackage;
  const files = Object.fromEntries(descriptor.resources.map((r) => [r.name, read(r.path)]));
  const from = JSON.stringify([descriptorFile, files]);
  if (made?.from === from) return made.module;
  const { dataset, files: published } = loadDataset(descriptor, files);
  const { observations, series, sources } = dataset;
  const module = `export default ${JSON.stringify({ descriptor, rows: { observations, series, sources }, files: published })};`;
  made = { from, module };
  return module;
}

export function datasetPlugin(root: URL): Plugin {
  return {
    name: "smuggling-cases:dataset",
    resolveId: (id) => (id === DATASET_MODULE ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      return datasetModule(root, (file) => this.addWatchFile(file));
    },
  };
}
