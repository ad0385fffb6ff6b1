// Validates data/ once, when the build (or dev server, or vitest) first asks for it, and hands the
// typed rows to the code as the module "virtual:dataset". A malformed file stops the build there,
// with its file, row and field named; the site and the functions get plain JSON, so neither the
// validator (zod) nor a CSV parser runs or ships at request time. The files to read are the
// resources data/datapackage.json lists; their text is handed on too, to be published under /data/:
// the text that was checked, normalised (no byte-order mark, LF line endings), so that the
// published Data Package reads in any Frictionless tool.
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Plugin } from "vite";
import type { DataPackage } from "./descriptor.ts";
import { loadDataset } from "./load.ts";

const ID = "virtual:dataset";
const RESOLVED = `\0${ID}`;

export function datasetPlugin(root: URL): Plugin {
  return {
    name: "smuggling-cases:dataset",
    resolveId: (id) => (id === ID ? RESOLVED : undefined),
    load(id) {
      if (id !== RESOLVED) return undefined;
      const read = (name: string) => {
        const file = fileURLToPath(new URL(`data/${name}`, root));
        this.addWatchFile(file);
        return { path: `data/${name}`, text: readFileSync(file, "utf8") };
      };
      const descriptor = JSON.parse(read("datapackage.json").text) as DataPackage;
      const { dataset, files } = loadDataset(descriptor, Object.fromEntries(descriptor.resources.map((r) => [r.name, read(r.path)])));
      const { observations, series, sources } = dataset;
      return `export default ${JSON.stringify({ descriptor, rows: { observations, series, sources }, files })};`;
    },
  };
}
