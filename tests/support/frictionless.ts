// Frictionless Data's own validator (its JavaScript library, npm "datapackage"), as a reader on
// another system would meet the published Data Package: the descriptor against the Data Package
// profile, then every resource read and cast against its Table Schema, with its primary and
// foreign keys checked. No network: the profiles ship with the library.
import { Package } from "datapackage";

/** Every problem Frictionless finds, as text; [] when the package is valid. `descriptor` is a
 * file path or URL (resources resolve against it), or an object with `basePath`. */
export async function frictionlessProblems(descriptor: string | object, basePath?: string): Promise<string[]> {
  const pkg = await Package.load(descriptor, basePath ? { basePath } : {});
  const problems = pkg.errors.map((e) => `descriptor: ${e.message}`);
  if (!pkg.valid) return problems;
  for (const resource of pkg.resources) {
    try {
      await resource.read({ relations: true });
    } catch (error) {
      const e = error as Error & { errors?: Error[] };
      problems.push(`${resource.name}: ${e.message}`, ...(e.errors ?? []).map((inner) => `${resource.name}: ${inner.message}`));
    }
  }
  return problems;
}

/** Every resource's rows as Frictionless casts them, keyed by field name. */
export async function frictionlessRows(descriptor: string | object, basePath?: string): Promise<Record<string, Record<string, unknown>[]>> {
  const pkg = await Package.load(descriptor, basePath ? { basePath } : {});
  const out: Record<string, Record<string, unknown>[]> = {};
  for (const resource of pkg.resources) out[resource.name] = (await resource.read({ keyed: true })) as Record<string, unknown>[];
  return out;
}
