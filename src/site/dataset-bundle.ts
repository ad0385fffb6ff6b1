// The whole data set as one zip, a Frictionless Data Package that a validator opens as it is: the
// published descriptor, the tables it names and a README in the edition's language. The descriptor
// keeps only the resources whose files are in the zip, so every path in it resolves inside the zip.
import { spelledOut } from "../charts/acronyms.ts";
import { QUALIFIERS } from "../data/dataset.ts";
import { dataFiles, dataset, datasetIn, descriptor, fieldIn } from "../data/index.ts";
import { dictionary } from "../i18n/index.ts";
import type { Locale } from "../locales.ts";
import { zipFiles } from "../lib/zip.ts";
import { publishedDescriptor } from "./datapackage.ts";
import { mdList, mdSection, readmeEnd, versionLine } from "./readme.ts";
import { DATAPACKAGE_PATH, dataPagePath, rawDataPath } from "./urls.ts";

const DESCRIPTOR_FILE = DATAPACKAGE_PATH.slice(1);

/** The tables, at the paths the published descriptor gives them ("data/observations.csv"). */
const tables = () => Object.fromEntries(Object.entries(dataFiles).map(([name, file]) => [rawDataPath(name).slice(1), file.text]));

/** A descriptor less any resource whose file is not among `files` (the zip's, by path). */
export function descriptorInZip<D extends { resources: readonly { path: string }[] }>(
  published: D,
  files: Readonly<Record<string, unknown>>,
): D {
  return { ...published, resources: published.resources.filter((r) => Object.hasOwn(files, r.path)) };
}

function readme(locale: Locale, site: URL): string {
  const { bundle, chart, site: siteWords } = dictionary(locale);
  // The acronyms the data's titles, descriptions and credits use, spelled out as the charts do.
  const data = datasetIn(locale);
  const said = [...data.series.flatMap((s) => [s.title, s.description, s.credit ?? ""]), ...data.sources.map((s) => s.credit)];
  const acronyms = spelledOut(said.join(" "), chart.acronyms);
  const tableWords: Record<string, string> = bundle.dataset.tables;
  const files = [
    `\`${DESCRIPTOR_FILE}\`: ${bundle.dataset.descriptorFile}`,
    ...Object.keys(dataFiles).map((name) => {
      if (!tableWords[name]) throw new Error(`The dictionaries say nothing of the table "${name}" (bundle.dataset.tables)`);
      return `\`${rawDataPath(name).slice(1)}\`: ${tableWords[name]}`;
    }),
    `\`README.md\`: ${bundle.readmeFile}`,
  ];
  return `${[
    `# ${fieldIn(descriptor, "title", locale)}`,
    bundle.dataset.intro(siteWords.title, new URL(dataPagePath(locale), site).href),
    versionLine(locale),
    mdSection(bundle.files, mdList(files), bundle.dataset.twins, bundle.dataset.validate),
    mdSection(
      bundle.caveats,
      mdList([
        `${bundle.qualifiers(rawDataPath("observations").slice(1))}\n${QUALIFIERS.map((q) => `  - \`${q}\`: ${chart.legend[q]}`).join("\n")}`,
        bundle.periodBasis,
        bundle.fiscalYears,
        ...(acronyms ? [acronyms] : []),
      ]),
    ),
    readmeEnd(datasetIn(locale).sources, locale, site),
  ].join("\n\n")}\n`;
}

const zips = new Map<string, Uint8Array<ArrayBuffer>>();
/** The whole data set's zip in an edition (made once a build). */
export function datasetZip(locale: Locale, site: URL): Uint8Array<ArrayBuffer> {
  const key = `${locale} ${site.href}`;
  if (!zips.has(key)) {
    const data = tables();
    const inZip = descriptorInZip(publishedDescriptor({ dataset, descriptor }, site), data);
    const files = { [DESCRIPTOR_FILE]: `${JSON.stringify(inZip, null, 2)}\n`, ...data, "README.md": readme(locale, site) };
    zips.set(key, zipFiles(files, descriptor.last_modified));
  }
  return zips.get(key)!;
}
