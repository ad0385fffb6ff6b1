// The data's version and the date it last changed, as data/datapackage.json states them. Plain
// erasable TypeScript with a JSON import, so that the response headers (src/http/headers.ts, also
// loaded by scripts/serve.mjs under Node) can carry the version without loading the dataset.
import descriptor from "../../data/datapackage.json" with { type: "json" };

export const DATA_VERSION: string = descriptor.version;
export const DATA_LAST_MODIFIED: string = descriptor.last_modified;
