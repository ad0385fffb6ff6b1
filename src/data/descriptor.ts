// The parts of a Frictionless Data Package descriptor (data/datapackage.json) that the loader
// reads. The descriptor is the one statement of the tables' fields, types, constraints and keys:
// the zod schemas that validate the CSVs are made from it (see table-schema.ts).

import type { Translated } from "./dataset.ts";

type FieldType = "string" | "integer" | "number";

interface FieldConstraints {
  required?: boolean;
  unique?: boolean;
  enum?: string[];
  pattern?: string;
  minimum?: number;
  maximum?: number;
}

export interface Field {
  name: string;
  type: FieldType;
  format?: string;
  description?: string;
  constraints?: FieldConstraints;
}

interface ForeignKey {
  fields: string | string[];
  reference: { resource: string; fields: string | string[] };
}

export interface TableSchema {
  fields: Field[];
  primaryKey?: string | string[];
  foreignKeys?: ForeignKey[];
  missingValues?: string[];
}

export interface Resource {
  name: string;
  path: string;
  title?: string;
  schema: TableSchema;
}

/** The title and description have a twin in each other edition's language (title_es, description_es), for its data page, citation and structured data. */
export interface DataPackage extends Translated<"title" | "description"> {
  name: string;
  title: string;
  description: string;
  /** Semantic version of the data: bumped whenever a figure, qualifier or source changes. */
  version: string;
  /** The date (YYYY-MM-DD) of the last such change. */
  last_modified: string;
  licenses: { name: string; path: string; title?: string }[];
  /** Filled in from sources.csv when the descriptor is published (one list, kept once). */
  sources?: { title: string; path: string }[];
  resources: Resource[];
}

export const asList = (v: string | string[] | undefined): string[] => (v === undefined ? [] : Array.isArray(v) ? v : [v]);
