// Reads the dataset's CSV files against its descriptor and returns typed tables, or throws one
// DatasetError that names every problem by file, row and field. Pure: the caller passes the text.
import { csvParseRows } from "d3";
import { asList, type DataPackage, type Resource } from "./descriptor.ts";
import { TRANSLATED_LOCALES } from "../locales.ts";
import { rowSchemas, type Cell } from "./table-schema.ts";

/** The editions whose twins of a field (title_es) the data may hold. */

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
  /** Cells refused by their field's schema, as "<row index>:<field>" (their value reads null). */
  invalid: Set<string>;
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

/**
 * The text of a CSV file as the site publishes it: without a byte-order mark, with LF line
 * endings, without blank lines at the end, and with one final newline. The checks run on this
 * text, and this text is what /data/ serves, so what passed is what is published (a BOM, for one,
 * would make the first column's name unreadable to other tools).
 */
export function normaliseCsv(text: string): string {
  const body = text
    .replace(/^\uFEFF/, "")
    .replace(/\r\n?/g, "\n")
    .replace(/(?:\n[ \t]*)+$/, "");
  return body === "" ? "" : `${body}\n`;
}

interface QuoteProblem {
  /** The record's row number (header = 1) and the cell's column, from 0. */
  row: number;
  column: number;
  problem: string;
}

/**
 * Checks RFC 4180 quoting, which d3-dsv reads leniently: a quote that opens a cell must close it
 * (a missing one swallows the rest of the file into one cell), and a quote may appear inside a
 * cell only if the whole cell is quoted. Expects normalised text (LF line endings).
 */
function checkQuotes(text: string): QuoteProblem[] {
  const problems: QuoteProblem[] = [];
  let row = 1;
  let column = 0;
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      // A quoted cell: runs to the quote that is not doubled.
      const start = { row, column };
      i++;
      for (;;) {
        if (i >= text.length) {
          problems.push({
            ...start,
            problem: 'the quote (") that opens this cell is never closed; close it, or double a quote inside a quoted cell ("")',
          });
          return problems;
        }
        if (text[i] === '"' && text[i + 1] === '"') i += 2;
        else if (text[i] === '"') break;
        else i++;
      }
      i++;
      if (i < text.length && text[i] !== "," && text[i] !== "\n") {
        problems.push({
          ...start,
          problem: 'text after the quote (") that closes this cell; put the whole cell in quotes and double any quote inside it ("")',
        });
        while (i < text.length && text[i] !== "," && text[i] !== "\n") i++;
      }
    } else {
      const start = i;
      while (i < text.length && text[i] !== "," && text[i] !== "\n") i++;
      const cell = text.slice(start, i);
      if (cell.includes('"')) {
        problems.push({
          row,
          column,
          problem: `a quote (") inside a cell that does not start with one; put the whole cell in quotes and double the quote (${JSON.stringify(cell.replace(/"/g, '""')).replace(/\\"/g, '"')})`,
        });
      }
    }
    if (text[i] === ",") column++;
    else if (text[i] === "\n") {
      row++;
      column = 0;
    }
    i++;
  }
  return problems;
}

// Rows are numbered as a spreadsheet shows them: the header is row 1, the first record row 2.
const where = (path: string, row: number, fields: string[]) =>
  `${path}, row ${row}, ${fields.length === 1 ? "field" : "fields"} ${fields.map((f) => JSON.stringify(f)).join(" + ")}`;

const keyOf = (row: Row, fields: string[]) => JSON.stringify(fields.map((f) => row[f]));
const showKey = (row: Row, fields: string[]) => fields.map((f) => String(row[f])).join(", ");

function parseTable(resource: Resource, file: DataFile, problems: string[]): ParsedTable {
  const schemas = rowSchemas(resource.schema);
  const expected = resource.schema.fields.map((f) => f.name);
  const table: ParsedTable = { resource, path: file.path, rows: [], readable: false, invalid: new Set() };
  const text = normaliseCsv(file.text);
  const records = csvParseRows(text);
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
  // Cells cannot be told apart once quoting is broken: say where, and read no further.
  const quoting = checkQuotes(text);
  for (const q of quoting)
    problems.push(
      `${q.row === 1 ? `${file.path}, row 1 (header)` : where(file.path, q.row, [header[q.column] ?? `column ${q.column + 1}`])}: ${q.problem}`,
    );
  if (quoting.length > 0) return table;
  table.readable = true;

  records.slice(1).forEach((cells, i) => {
    const rowNumber = i + 2;
    if (cells.length === 1 && cells[0]!.trim() === "") {
      problems.push(`${file.path}, row ${rowNumber}: the line is blank; remove it (blank lines are allowed only at the end)`);
      table.rows.push(Object.fromEntries(header.map((name) => [name, null])));
      return;
    }
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
      if (!result.success) table.invalid.add(`${table.rows.length}:${name}`);
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
      const expected = targetFields
        .slice(1)
        .map((f) => JSON.stringify(ref[f]))
        .join(", ");
      problems.push(
        `${where(table.path, rowNumber, rest)}: ${rest.map((f) => JSON.stringify(row[f])).join(", ")} does not match ${target.path} for ${JSON.stringify(row[fields[0]!])} (${expected})`,
      );
    });
  }
}

/** A field's twin in another language (title_es for title) is given exactly where the field is:
 * no row may lack a translation, and none may have one of nothing. */
function checkTranslations(table: ParsedTable, problems: string[]) {
  if (!table.readable) return;
  const { fields } = table.resource.schema;
  const names = new Set(fields.map((f) => f.name));
  // A required twin is reported by its own constraint.
  const twins = fields.flatMap(({ name, constraints }) => {
    const lang = TRANSLATED_LOCALES.find((l) => name.endsWith(`_${l}`));
    const field = lang === undefined ? "" : name.slice(0, -lang.length - 1);
    return lang && names.has(field) && !constraints?.required ? [{ field, twin: name, lang }] : [];
  });
  table.rows.forEach((row, i) => {
    for (const { field, twin, lang } of twins) {
      // A refused cell is reported already; whether it is empty is unknown.
      if (table.invalid.has(`${i}:${field}`) || table.invalid.has(`${i}:${twin}`)) continue;
      const [has, hasTwin] = [row[field] !== null, row[twin] !== null];
      if (has && !hasTwin)
        problems.push(`${where(table.path, i + 2, [twin])}: empty, but ${field} is given; write the ${field} in "${lang}" too`);
      if (!has && hasTwin)
        problems.push(`${where(table.path, i + 2, [twin])}: given, but ${field} is empty; a translation needs the ${field} it translates`);
    }
  });
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
  for (const table of tables.values()) checkTranslations(table, problems);
  if (problems.length > 0) throw new DatasetError(problems);
  return tables;
}
