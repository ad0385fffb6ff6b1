// The Frictionless descriptor as published at /datapackage.json: data/datapackage.json with each
// resource's path pointing at its published copy under /data/, the site as homepage, and the
// package-level source list made from sources.csv (kept in one place, the table).
import type { DataPackage } from "../data/descriptor.ts";
import { RAW_DATA_DIR } from "../site/urls.ts";
import type { PublishedData } from "./export.ts";

export function publishedDescriptor({ dataset, descriptor }: PublishedData, site: URL | undefined): DataPackage & { homepage?: string } {
  const { resources, ...rest } = descriptor;
  return {
    ...rest,
    ...(site ? { homepage: site.href } : {}),
    sources: dataset.sources.map((s) => ({ title: `${s.title} — ${s.publisher}`, path: s.url })),
    resources: resources.map((r) => ({ ...r, path: `${RAW_DATA_DIR}/${r.path}` })),
  };
}
