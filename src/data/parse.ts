// Reads the dataset's CSV files against its descriptor and returns typed tables, or throws one
// DatasetError that names every problem by file, row and field. Pure: the caller passes the text.
import { csvParseRows } from "d3";
import { asList, type DataPackage, type Resource } from "./descriptor.ts";
import { rowSchemas, type Cell } from "./table-schema.ts";

export interface DataFile {
  /** The path to name in messages, e.g. "data/observations.csv". */
  path: string;
  text: string;
}

type Row = Record<string, Cell>;

export interface ParsedTable {
  resource: Resource;
  path: string;
  rows: Row[];
  /** False when the file or its header was unusable: its rows were not read. */
  readable: boolean;
}

const MAX_LISTED = 25;

export class DatasetError extends Error {
  readonly problems: readonly string[];
  constructor(problems: string[]) {
    const shown = problems.slice(0, MAX_LISTED);
    const more = problems.length > shown.length ? `\n  … and ${problems.length - shown.length} more` : "";
    super(`The dataset is not valid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${shown.join("\n  ")}${more}`);
    this.name = "DatasetError";
    this.problems = problems;
  }
}

// Rows are numbered as a spreadsheet shows them: the header is row 1, the first record row 2.
const where = (path: string, row: number, fields: string[]) =>
  `${path}, row ${row}, ${fields.length === 1 ? "field" : "fields"} ${fields.map((f) => JSON.stringify(f)).join(" + ")}`;

const keyOf = (row: Row, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
const showKey = (row: Row, fields: string[]) => fields.map((f) => String(row[f])).join(", ");

function parseTable(resource: Resource, file: DataFile, problems: string[]): ParsedTable {
  const schemas = rowSchemas(resource.schema);
  const expected = resource.schema.fields.map((f) => f.name);
  const table: ParsedTable = { resource, path: file.path, rows: [], readable: false };
  // A byte-order mark would become part of the first column's name.
  const records = csvParseRows(file.text.replace(/^\uFEFF/, ""));
  const header = records[0];
  if (!header) {
    problems.push(`${file.path}: the file is empty; expected a header row with ${expected.join(", ")}`);
    return table;
  }
  const before = problems.length;
  for (const name of expected)
    if (!header.includes(name)) problems.push(`${file.path}, row 1 (header): missing field ${JSON.stringify(name)}`);
  header.forEach((name, i) => {
    if (!expected.includes(name))
      problems.push(`${file.path}, row 1 (header): unexpected field ${JSON.stringify(name)}; the fields are ${expected.join(", ")}`);
    else if (header.indexOf(name) !== i) problems.push(`${file.path}, row 1 (header): field ${JSON.stringify(name)} appears twice`);
  });
  if (problems.length > before) return table;
  table.readable = true;

  records.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.length !== header.length) {
      problems.push(`${file.path}, row ${rowNumber}: has ${cells.length} cells, but the header has ${header.length} fields`);
      // Keep the place so later rows keep their numbers; null cells are skipped by the key checks.
      table.rows.push(Object.fromEntries(header.map((name) => [name, null])));
      return;
    }
    const row: Row = {};
    header.forEach((name, col) => {
      const result = schemas.get(name)!.safeParse(cells[col]);
      row[name] = result.success ? result.data : null;
      if (!result.success)
        for (const issue of result.error.issues) problems.push(`${where(file.path, rowNumber, [name])}: ${issue.message}`);
    });
    table.rows.push(row);
  });
  return table;
}

function checkKeys(table: ParsedTable, problems: string[]) {
  const { schema } = table.resource;
  const keys = [asList(schema.primaryKey), ...schema.fields.filter((f) => f.constraints?.unique).map((f) => [f.name])];
  const seen = new Set<string>();
  for (const fields of keys) {
    const id = fields.join("+");
    if (seen.has(id) || fields.length === 0) continue;
    seen.add(id);
    const firstRow = new Map<string, number>();
    table.rows.forEach((row, i) => {
      if (fields.some((f) => row[f] === null)) return; // the empty cell is reported already
      const key = keyOf(row, fields);
      const first = firstRow.get(key);
      if (first === undefined) firstRow.set(key, i + 2);
      else problems.push(`${where(table.path, i + 2, fields)}: duplicate key (${showKey(row, fields)}), first used in row ${first}`);
    });
  }
}

function checkForeignKeys(table: ParsedTable, tables: Map<string, ParsedTable>, problems: string[]) {
  for (const fk of table.resource.schema.foreignKeys ?? []) {
    const fields = asList(fk.fields);
    const target = tables.get(fk.reference.resource);
    const targetFields = asList(fk.reference.fields);
    if (!target) throw new Error(`datapackage.json: foreign key to unknown resource ${fk.reference.resource}`);
    if (!target.readable) continue; // every reference would fail; the file's own problem says why
    const known = new Set(target.rows.map((r) => keyOf(r, targetFields)));
    // The first field alone says whether the referenced row exists at all.
    const knownFirst = new Set(target.rows.map((r) => keyOf(r, targetFields.slice(0, 1))));
    table.rows.forEach((row, i) => {
      if (fields.some((f) => row[f] === null)) return; // the empty cell is reported already
      if (known.has(keyOf(row, fields))) return;
      const rowNumber = i + 2;
      if (!knownFirst.has(keyOf(row, fields.slice(0, 1)))) {
        problems.push(
          `${where(table.path, rowNumber, fields.slice(0, 1))}: unknown ${target.resource.name} id ${JSON.stringify(row[fields[0]!])}; it is not an ${targetFields[0]} in ${target.path}`,
        );
        return;
      }
      const rest = fields.slice(1);
      const ref = target.rows.find((r) => keyOf(r, targetFields.slice(0, 1)) === keyOf(row, fields.slice(0, 1)))!;
      const expected = targetFields.slice(1).map((f) => JSON.stringify(ref[f])).join(", ");
      problems.push(
        `${where(table.path, rowNumber, rest)}: ${rest.map((f) => JSON.stringify(row[f])).join(", ")} does not match ${target.path} for ${JSON.stringify(row[fields[0]!])} (${expected})`,
      );
    });
  }
}

/** Validates every file against the descriptor; returns the tables keyed by resource name. */
export function parseDataset(descriptor: DataPackage, files: Record<string, DataFile>): Map<string, ParsedTable> {
  const problems: string[] = [];
  const tables = new Map<string, ParsedTable>();
  for (const resource of descriptor.resources) {
    const file = files[resource.name];
    if (!file) {
      problems.push(`data/${resource.path}: missing (the datapackage lists it as resource ${JSON.stringify(resource.name)})`);
      continue;
    }
    tables.set(resource.name, parseTable(resource, file, problems));
  }
  for (const table of tables.values()) checkKeys(table, problems);
  for (const table of tables.values()) checkForeignKeys(table, tables, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return tables;
}
