// GET /data/smuggling-cases-data.zip — the whole data set as a zipped Data Package (prerendered);
// the name is DATASET_BUNDLE_NAME in src/site/urls.ts.
import type { APIRoute } from "astro";
import { localeOf } from "../../locales.ts";
import { datasetZip } from "../../site/dataset-bundle.ts";

export const GET: APIRoute = ({ site, currentLocale }) =>
  new Response(datasetZip(localeOf(currentLocale), site!), { headers: { "Content-Type": "application/zip" } });
