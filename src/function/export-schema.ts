// The data function's answers described in the Data Package, so that the descriptor their
// `Link: rel="describedby"` names describes them too: a Table Schema for the CSV, made from the
// fields of data/'s tables that each column is taken from (export.ts, EXPORT_COLUMNS), and a JSON
// Schema for the JSON answer, made from the same fields. Nothing here is typed twice: a field's
// type, constraints and description are data/datapackage.json's.
import type { DataPackage, Field, Resource, TableSchema } from "../data/descriptor.ts";

/** A resource as published: a table (with its Table Schema) or another file. */
export type PublishedResource = Omit<Resource, "schema"> & { schema?: TableSchema; [property: string]: unknown };
import { DATA_PATHS } from "../site/urls.ts";
import { EXPORT_COLUMNS, EXPORT_FIELDS, type ExportField } from "./export.ts";

/** The columns whose words follow ?lang= (the others are ids, codes and published titles). */
const TRANSLATED: readonly ExportField[] = ["series_title", "note"];

function sourceField(descriptor: DataPackage, resource: string, name: string): Field {
  const field = descriptor.resources.find((r) => r.name === resource)?.schema.fields.find((f) => f.name === name);
  if (!field) throw new Error(`data/datapackage.json: the export takes ${resource}.${name}, which the descriptor does not have`);
  return field;
}

/** The export's columns as Table Schema fields: each its source field's type and constraints
 * (less `unique`: a series' or source's id repeats on each of its rows). */
function exportFields(descriptor: DataPackage): Field[] {
  return EXPORT_FIELDS.map((name) => {
    const [resource, from] = EXPORT_COLUMNS[name];
    const { constraints: given, ...source } = sourceField(descriptor, resource, from);
    const { unique: _, ...constraints } = given ?? {};
    const language = TRANSLATED.includes(name) ? " In the answer's language (?lang=; English by default)." : "";
    return {
      ...source,
      name,
      description: `${source.description ?? ""} From ${resource}.${from}.${language}`.trim(),
      ...(Object.keys(constraints).length > 0 ? { constraints } : {}),
    };
  });
}

/** The CSV's Table Schema: one row an observation, keyed and linked as observations.csv is. */
function exportTableSchema(descriptor: DataPackage): TableSchema {
  const observations = descriptor.resources.find((r) => r.name === "observations")!.schema;
  const names = new Set<string>(EXPORT_FIELDS);
  const inExport = (fields: string | string[]) => (Array.isArray(fields) ? fields : [fields]).every((f) => names.has(f));
  return {
    fields: exportFields(descriptor),
    primaryKey: observations.primaryKey,
    foreignKeys: (observations.foreignKeys ?? []).filter((k) => inExport(k.fields)),
    missingValues: [""],
  };
}

type JsonSchema = Record<string, unknown>;

/** A Table Schema field as JSON Schema: its type (null where it may be missing), enum, pattern
 * (Table Schema patterns match the whole value, JSON Schema's anywhere: anchored) and bounds. */
function jsonField(field: Field, nullable: boolean): JsonSchema {
  const c = field.constraints ?? {};
  return {
    ...(field.description ? { description: field.description } : {}),
    type: nullable && !c.required ? [field.type, "null"] : field.type,
    ...(c.enum ? { enum: nullable && !c.required ? [...c.enum, null] : c.enum } : {}),
    ...(c.pattern ? { pattern: `^(?:${c.pattern})$` } : {}),
    ...(c.minimum !== undefined ? { minimum: c.minimum } : {}),
    ...(c.maximum !== undefined ? { maximum: c.maximum } : {}),
  };
}

/** An object of a table's fields: the required ones always there. */
function jsonObject(fields: readonly Field[], { allRequired }: { allRequired: boolean }): JsonSchema {
  return {
    type: "object",
    properties: Object.fromEntries(fields.map((f) => [f.name, jsonField(f, true)])),
    required: fields.filter((f) => allRequired || f.constraints?.required).map((f) => f.name),
    additionalProperties: false,
  };
}

/** The JSON answer's schema (JSON Schema 2020-12): the rows as the CSV's, every column present,
 * and the metadata of the series and sources they use, as data/'s tables hold them. */
function exportJsonSchema(descriptor: DataPackage): JsonSchema {
  const table = (name: string) => descriptor.resources.find((r) => r.name === name)!.schema.fields;
  const text = { type: "string" };
  return {
    $schema: "https://json-schema.org/draft/2020-12/schema",
    title: "The data function's JSON answer",
    type: "object",
    required: [
      "title",
      "description",
      "version",
      "last_modified",
      "license",
      "describedBy",
      "query",
      "fields",
      "rows",
      "series",
      "sources",
    ],
    additionalProperties: false,
    properties: {
      title: text,
      description: text,
      version: { type: "string", const: descriptor.version },
      last_modified: { type: "string", pattern: "^[0-9]{4}-[0-9]{2}-[0-9]{2}$" },
      license: {
        type: "object",
        required: ["name", "path"],
        properties: { name: text, path: text, title: text },
        additionalProperties: false,
      },
      describedBy: text,
      query: {
        description: "The filters the answer was made for (null: not given).",
        type: "object",
        required: ["series", "from", "to", "lang"],
        additionalProperties: false,
        properties: {
          series: { type: ["array", "null"], items: text },
          from: { type: ["integer", "null"] },
          to: { type: ["integer", "null"] },
          lang: text,
        },
      },
      fields: { type: "array", const: EXPORT_FIELDS },
      rows: { type: "array", items: jsonObject(exportTableSchema(descriptor).fields, { allRequired: true }) },
      series: { type: "array", items: jsonObject(table("series"), { allRequired: false }) },
      sources: { type: "array", items: jsonObject(table("sources"), { allRequired: false }) },
    },
  };
}

/** The data function's two answers as resources of the published Data Package (paths relative to
 * /datapackage.json). A filtered answer (?series=, from=, to=, lang=) has fewer rows of the same
 * schema. The JSON answer is not a table: it is described by a JSON Schema (Data Package v2's
 * `jsonSchema`). */
export function exportResources(descriptor: DataPackage): PublishedResource[] {
  const filters =
    "Filters (?series=, from=, to=) give the same columns for fewer rows; ?lang=es gives series_title and note in Spanish. See the data page.";
  return [
    {
      name: "export",
      path: DATA_PATHS.csv.slice(1),
      profile: "tabular-data-resource",
      title: "The data function's CSV",
      description: `One tidy row an observation, with its series' title and its source on every row, as ${DATA_PATHS.csv} serves it. ${filters}`,
      format: "csv",
      mediatype: "text/csv",
      encoding: "utf-8",
      dialect: { delimiter: ",", doubleQuote: true, header: true },
      schema: exportTableSchema(descriptor),
    },
    {
      name: "export-json",
      path: DATA_PATHS.json.slice(1),
      profile: "data-resource",
      title: "The data function's JSON",
      description: `The same rows as ${DATA_PATHS.json} serves them, with the data's version and the series and sources the rows use. ${filters}`,
      format: "json",
      mediatype: "application/json",
      encoding: "utf-8",
      jsonSchema: exportJsonSchema(descriptor),
    },
  ];
}
