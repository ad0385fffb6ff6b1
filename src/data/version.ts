// The data's version, as data/datapackage.json states it. Plain
// erasable TypeScript with a JSON import, so that the response headers (src/http/headers.ts, also
// loaded by scripts/serve.mjs under Node) can carry the version without loading the dataset.
import descriptor from "../../data/datapackage.json" with { type: "json" };

export const DATA_VERSION: string = descriptor.version;
