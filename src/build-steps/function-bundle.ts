// Bundles the function (src/function/handler.ts) with esbuild into one small ES module whose
// default export is `{ fetch(request) }`: the entry of the Vercel function and the handler of the
// local server. No Astro, Plot, DOM shim or image code goes in; data/ comes in as
// "virtual:dataset", made by the same validated loader as the site's build (dataset-plugin.ts).
// Two passes: the first bundle is asked for every answer that does not depend on the query (the
// whole dataset as CSV and as JSON), and the second carries those answers, so that the function
// renders and hashes nothing for them at run time.
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { build, type Plugin } from "esbuild";
import type { Format, Prerendered } from "../function/data.ts";
import type { FunctionOptions } from "../function/handler.ts";
import { DATASET_MODULE, datasetModule } from "./dataset-plugin.ts";
import { dataUrl } from "../site/urls.ts";

const HANDLER = fileURLToPath(new URL("../function/handler.ts", import.meta.url));

/** "virtual:dataset" for esbuild, from the same loader as the Vite plugin. */
function datasetPlugin(root: URL): Plugin {
  return {
    name: "smuggling-cases:dataset",
    setup(b) {
      b.onResolve({ filter: new RegExp(`^${DATASET_MODULE}$`) }, () => ({ path: DATASET_MODULE, namespace: "dataset" }));
      b.onLoad({ filter: /.*/, namespace: "dataset" }, () => {
        const files: string[] = [];
        return { contents: datasetModule(root, (file) => files.push(file)), loader: "js", watchFiles: files };
      });
    },
  };
}

interface Bundle {
  code: string;
  /** The files that have code in it, relative to the project (node_modules/… for packages). */
  inputs: string[];
  /** What it imports when it runs (left out of the bundle: Node's built-in modules). */
  imports: string[];
}

async function bundle(root: URL, site: URL, prerendered: FunctionOptions["prerendered"]): Promise<Bundle> {
  const result = await build({
    stdin: {
      contents: [
        `import { createFunction } from ${JSON.stringify(HANDLER)};`,
        `export default createFunction({ site: new URL(${JSON.stringify(site.href)}), prerendered: ${JSON.stringify(prerendered)} });`,
      ].join("\n"),
      resolveDir: fileURLToPath(root),
      sourcefile: "function-entry.js",
      loader: "js",
    },
    absWorkingDir: fileURLToPath(root),
    bundle: true,
    write: false,
    metafile: true,
    platform: "node",
    format: "esm",
    target: "node22",
    minify: true,
    legalComments: "eof",
    define: { "process.env.NODE_ENV": '"production"' },
    plugins: [datasetPlugin(root)],
    logLevel: "silent",
  });
  const [output] = Object.values(result.metafile.outputs);
  return {
    code: result.outputFiles[0]!.text,
    inputs: Object.entries(output!.inputs).flatMap(([file, { bytesInOutput }]) => (bytesInOutput > 0 ? [file] : [])),
    imports: output!.imports.map((i) => i.path),
  };
}

/** Runs a bundle and asks it for the answers that do not depend on the query. */
async function prerender(code: string, site: URL): Promise<Record<Format, Prerendered>> {
  const dir = mkdtempSync(join(tmpdir(), "smuggling-function-"));
  try {
    const file = join(dir, "function.mjs");
    writeFileSync(file, code);
    const fn = (await import(pathToFileURL(file).href)).default as { fetch(request: Request): Response };
    const answers: Partial<Record<Format, Prerendered>> = {};
    for (const format of ["csv", "json"] as const) {
      const path = dataUrl([], format);
      const res = fn.fetch(new Request(new URL(path, site)));
      const etag = res.headers.get("ETag");
      if (res.status !== 200 || !etag) throw new Error(`the function answered GET ${path} with ${res.status} at build time`);
      answers[format] = { text: await res.text(), etag };
    }
    return answers as Record<Format, Prerendered>;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The function's bundle for the project at `root`, serving `site`. */
export async function buildFunction({ root, site }: { root: URL; site: URL }): Promise<Bundle> {
  const answers = await prerender((await bundle(root, site, {})).code, site);
  return bundle(root, site, answers);
}

/** Writes the function's bundle to `outfile`; returns its size in bytes. */
export async function bundleFunction({ outfile, ...options }: { root: URL; site: URL; outfile: string }): Promise<number> {
  const { code } = await buildFunction(options);
  writeFileSync(outfile, code);
  return Buffer.byteLength(code);
}
