// The Frictionless descriptor as published at /datapackage.json: data/datapackage.json with each
// resource's path pointing at its published copy under /data/, the site as homepage, and the
// package-level source list made from sources.csv (kept in one place, the table). The route and
// the download list's size both take its text from here.
import type { Dataset } from "../data/dataset.ts";
import type { DataPackage } from "../data/descriptor.ts";
import { RAW_DATA_DIR } from "./urls.ts";

interface Published {
  dataset: Pick<Dataset, "sources">;
  descriptor: DataPackage;
}

export function publishedDescriptor({ dataset, descriptor }: Published, site: URL | undefined): DataPackage & { homepage?: string } {
  const { resources, ...rest } = descriptor;
  return {
    ...rest,
    ...(site ? { homepage: site.href } : {}),
    sources: dataset.sources.map((s) => ({ title: `${s.title} — ${s.publisher}`, path: s.url })),
    resources: resources.map((r) => ({ ...r, path: `${RAW_DATA_DIR}/${r.path}` })),
  };
}

/** /datapackage.json as served. */
export const publishedDescriptorText = (data: Published, site: URL | undefined) =>
  `${JSON.stringify(publishedDescriptor(data, site), null, 2)}\n`;
