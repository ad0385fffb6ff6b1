// The Frictionless descriptor as published at /datapackage.json: data/datapackage.json with each
// resource's path pointing at its published copy under /data/, and the site as homepage.
import type { DataPackage } from "../data/descriptor.ts";

import { RAW_DATA_DIR } from "../site/urls.ts";

export function publishedDescriptor(descriptor: DataPackage, site: URL | undefined): DataPackage & { homepage?: string } {
  return {
    ...descriptor,
    ...(site ? { homepage: site.href } : {}),
    resources: descriptor.resources.map((r) => ({ ...r, path: `${RAW_DATA_DIR}/${r.path}` })),
  };
}
