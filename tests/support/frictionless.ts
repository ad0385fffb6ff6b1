// Frictionless Data's own validator (its JavaScript library, npm "datapackage"), as a reader on
// another system would meet the published Data Package: the descriptor against the Data Package
// profile, then every resource read and cast against its Table Schema, with its primary and
// foreign keys checked. No network: the profiles ship with the library. A resource that is not a
// table (the data function's JSON answer) is checked against its Data Package v2 `jsonSchema` by
// Ajv, which the v1 library predates.
import { Ajv2020 } from "ajv/dist/2020.js";
import { Package } from "datapackage";

/** Every problem Frictionless finds, as text; [] when the package is valid. `descriptor` is a
 * file path or URL (resources resolve against it), or an object with `basePath`. */
export async function frictionlessProblems(descriptor: string | object, basePath?: string): Promise<string[]> {
  const pkg = await Package.load(descriptor, basePath ? { basePath } : {});
  const problems = pkg.errors.map((e) => `descriptor: ${e.message}`);
  if (!pkg.valid) return problems;
  for (const resource of pkg.resources) {
    try {
      if (!resource.tabular) {
        problems.push(...(await jsonSchemaProblems(resource)).map((p) => `${resource.name}: ${p}`));
        continue;
      }
      await resource.read({ relations: true });
    } catch (error) {
      const e = error as Error & { errors?: Error[] };
      problems.push(`${resource.name}: ${e.message}`, ...(e.errors ?? []).map((inner) => `${resource.name}: ${inner.message}`));
    }
  }
  return problems;
}

/** What Ajv finds wrong with a non-tabular resource's JSON against its `jsonSchema`. */
async function jsonSchemaProblems(resource: { descriptor: Record<string, unknown>; rawRead(): Promise<Buffer> }): Promise<string[]> {
  const schema = resource.descriptor.jsonSchema as object | undefined;
  if (!schema) return ["a resource that is not a table has no jsonSchema to check it against"];
  const validate = new Ajv2020({ allErrors: true, strict: true }).compile(schema);
  if (validate(JSON.parse((await resource.rawRead()).toString("utf8")))) return [];
  return (validate.errors ?? []).map((e) => `${e.instancePath || "/"} ${e.message}`);
}

/** Every resource's rows as Frictionless casts them, keyed by field name. */
export async function frictionlessRows(descriptor: string | object, basePath?: string): Promise<Record<string, Record<string, unknown>[]>> {
  const pkg = await Package.load(descriptor, basePath ? { basePath } : {});
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pkg.resources.filter((r) => r.tabular))
    out[resource.name] = (await resource.read({ keyed: true })) as Record<string, unknown>[];
  return out;
}
