// zod schemas made from a Frictionless Table Schema: one per field, turning a CSV cell (always a
// string) into a typed value, with messages a person editing the CSV can act on.
import { z } from "zod";
import type { Field, TableSchema } from "./descriptor.ts";

export type Cell = string | number | null;

// Frictionless number/integer lexical forms, without thousands separators or currency marks.
const INTEGER = /^[+-]?\d+$/;
const NUMBER = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

const quote = (s: string) => JSON.stringify(s);

/** What a spreadsheet reads as the start of a formula (CSV injection): refused in text cells. */
const FORMULA_START = /^[=+\-@\t\r\n]/;
const FORMULA_MESSAGE = 'text may not begin with "=", "+", "-", "@", a tab or a line break (a spreadsheet would run it as a formula)';

/** The schema for a non-empty cell of this field. */
function presentCell(field: Field): z.ZodType<string | number> {
  const c = field.constraints ?? {};
  if (field.type === "integer" || field.type === "number") {
    const lexical = field.type === "integer" ? INTEGER : NUMBER;
    let n = z.number();
    if (c.minimum !== undefined) n = n.min(c.minimum, `must be at least ${c.minimum}`);
    if (c.maximum !== undefined) n = n.max(c.maximum, `must be at most ${c.maximum}`);
    return z
      .string()
      .regex(lexical, field.type === "integer" ? "expected a whole number" : "expected a number (digits only, no thousands separators)")
      .transform(Number)
      .pipe(n);
  }
  // Every other type is text, read as text by a spreadsheet that opens the published file.
  const text = z
    .string()
    .refine((s) => !FORMULA_START.test(s), { message: FORMULA_MESSAGE, abort: true })
    // Frictionless' JavaScript library trims the start of every cell: refused, so that every tool
    // reads the same text.
    .refine((s) => !/^\s|\s$/.test(s), { message: "text may not begin or end with white space", abort: true });
  if (c.enum) {
    return text.refine((s) => c.enum!.includes(s), `must be one of ${c.enum.join(", ")}`);
  }
  let s = text;
  if (c.pattern) s = s.regex(new RegExp(`^(?:${c.pattern})$`), `must match the pattern ${c.pattern}`);
  if (field.format === "uri") return s.pipe(z.url("expected an absolute URL"));
  return s;
}

/** The schema for one cell, empty or not: empty is a missing value (null) unless required. */
function cellSchema(field: Field): z.ZodType<Cell, string> {
  const present = presentCell(field);
  const required = field.constraints?.required === true;
  return z.string().transform((raw, ctx): Cell => {
    if (raw === "") {
      if (required) ctx.addIssue({ code: "custom", message: "is required but empty" });
      return null;
    }
    const result = present.safeParse(raw);
    if (result.success) return result.data;
    ctx.addIssue({ code: "custom", message: `${result.error.issues[0]?.message ?? "is not valid"}, got ${quote(raw)}` });
    return null;
  });
}

/** One cell schema a field, keyed by field name. */
export function rowSchemas(schema: TableSchema): Map<string, z.ZodType<Cell, string>> {
  return new Map(schema.fields.map((f) => [f.name, cellSchema(f)]));
}
