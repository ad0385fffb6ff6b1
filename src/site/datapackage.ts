// The Frictionless descriptor as published at /datapackage.json: data/datapackage.json with each
// resource's path pointing at its published copy under /data/, the site as homepage, and the
// package-level source list made from sources.csv (kept in one place, the table), and the data
// function's answers as two more resources (src/function/export-schema.ts), so that the descriptor
// their Link header names describes them. The route and
// the download list's size both take its text from here.
import type { Dataset } from "../data/dataset.ts";
import type { DataPackage } from "../data/descriptor.ts";
import { exportResources, type PublishedResource } from "../function/export-schema.ts";
import { RAW_DATA_DIR } from "./urls.ts";

interface Published {
  dataset: Pick<Dataset, "sources">;
  descriptor: DataPackage;
}

type PublishedPackage = Omit<DataPackage, "resources"> & { homepage?: string; profile: string; resources: PublishedResource[] };

export function publishedDescriptor({ dataset, descriptor }: Published, site: URL | undefined): PublishedPackage {
  const { resources, ...rest } = descriptor;
  return {
    ...rest,
    // The data function's JSON answer is a resource but not a table.
    profile: "data-package",
    ...(site ? { homepage: site.href } : {}),
    sources: dataset.sources.map((s) => ({ title: `${s.title} — ${s.publisher}`, path: s.url })),
    resources: [...resources.map((r) => ({ ...r, path: `${RAW_DATA_DIR}/${r.path}` })), ...exportResources(descriptor)],
  };
}

/** /datapackage.json as served. */
export const publishedDescriptorText = (data: Published, site: URL | undefined) =>
  `${JSON.stringify(publishedDescriptor(data, site), null, 2)}\n`;
