// schema.org's own vocabulary, offline, for checking JSON-LD: the release that @vocabulary/schema
// ships (schema.org's schemaorg-current-http.nt, as N-Quads), read by jsonld.js. A JSON-LD document
// is expanded by jsonld.js in safe mode against a context that defines exactly the vocabulary's
// terms (served by a document loader for https://schema.org, so nothing is fetched), so a term
// that is not schema.org's stops it; then every type must be a class of the vocabulary, and every
// property one whose domain includes the node's type and whose range includes its value's.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import jsonld from "jsonld";

const SDO = "http://schema.org/";
const RDF_TYPE = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";
const RDF_PROPERTY = "http://www.w3.org/1999/02/22-rdf-syntax-ns#Property";
const RDFS_CLASS = "http://www.w3.org/2000/01/rdf-schema#Class";
const SUBCLASS_OF = "http://www.w3.org/2000/01/rdf-schema#subClassOf";

interface Term {
  types: Set<string>;
  subClassOf: string[];
  domain: string[];
  range: string[];
  supersededBy: string[];
}

type Expanded = Record<string, unknown>;

const NQUAD = /^<([^>]+)> <([^>]+)> (?:<([^>]+)>|"(?:[^"\\]|\\.)*"\S*) <[^>]+> \.$/;

/** The vocabulary's terms by IRI, from the N-Quads file as shipped. jsonld.js reads N-Quads too,
 * but only IRIs matter here, so each line is split by the N-Quads grammar's own shape. */
function loadVocabulary(): Map<string, Term> {
  const require = createRequire(import.meta.url);
  const file = join(dirname(require.resolve("@vocabulary/schema/package.json")), "schema.nq");
  const terms = new Map<string, Term>();
  const term = (iri: string) => {
    if (!terms.has(iri)) terms.set(iri, { types: new Set(), subClassOf: [], domain: [], range: [], supersededBy: [] });
    return terms.get(iri)!;
  };
  for (const line of readFileSync(file, "utf8").split("\n")) {
    const m = NQUAD.exec(line);
    if (!m) continue;
    const [, subject, predicate, object] = m as unknown as [string, string, string, string | undefined];
    if (!subject.startsWith(SDO) || object === undefined) continue;
    if (predicate === RDF_TYPE) term(subject).types.add(object);
    else if (predicate === SUBCLASS_OF) term(subject).subClassOf.push(object);
    else if (predicate === `${SDO}domainIncludes`) term(subject).domain.push(object);
    else if (predicate === `${SDO}rangeIncludes`) term(subject).range.push(object);
    else if (predicate === `${SDO}supersededBy`) term(subject).supersededBy.push(object);
  }
  return terms;
}

const vocabulary = loadVocabulary();
const isClass = (iri: string) => {
  const t = vocabulary.get(iri);
  return !!t && (t.types.has(RDFS_CLASS) || t.types.has(`${SDO}DataType`) || t.subClassOf.length > 0);
};
const isProperty = (iri: string) => !!vocabulary.get(iri)?.types.has(RDF_PROPERTY);

/** Whether a class is the other or one of its subclasses, however far down. */
function isA(iri: string, ancestor: string, seen = new Set<string>()): boolean {
  if (iri === ancestor) return true;
  if (seen.has(iri)) return false;
  seen.add(iri);
  return (vocabulary.get(iri)?.subClassOf ?? []).some((parent) => isA(parent, ancestor, seen));
}

/** The context a JSON-LD document gets for "https://schema.org": every class and property of the
 * vocabulary, and no other term (no @vocab), so safe mode refuses anything else. */
const CONTEXT = {
  "@context": Object.fromEntries(
    [...vocabulary.keys()].filter((iri) => isClass(iri) || isProperty(iri)).map((iri) => [iri.slice(SDO.length), iri]),
  ),
};
const CONTEXT_URLS = new Set(["https://schema.org", "https://schema.org/", "http://schema.org", "http://schema.org/"]);

async function documentLoader(url: string) {
  if (!CONTEXT_URLS.has(url)) throw new Error(`offline: no document for ${url}`);
  return { contextUrl: undefined, documentUrl: url, document: CONTEXT };
}

/** The document expanded in safe mode: throws on any term that is not schema.org's. */
export async function expandStrictly(document: object): Promise<Expanded[]> {
  // @types/jsonld describes an older jsonld.js, without `safe`.
  const options = { documentLoader, safe: true } as unknown as jsonld.Options.Expand;
  return (await jsonld.expand(document as jsonld.JsonLdDocument, options)) as Expanded[];
}

/** A literal's kinds of value in schema.org's data types. */
function literalFits(value: unknown, range: string[]): boolean {
  const fits = (type: string) => range.some((r) => isA(r, `${SDO}${type}`));
  if (typeof value === "boolean") return fits("Boolean");
  if (typeof value === "number") return fits("Number");
  return ["Text", "Date", "DateTime", "Time"].some(fits);
}

/** What in an expanded document schema.org does not allow: unknown or superseded types and
 * properties, a property on a type outside its domain, a value outside its range. */
export function vocabularyProblems(nodes: Expanded[], where = "$"): string[] {
  const problems: string[] = [];
  for (const [i, node] of nodes.entries()) {
    const at = `${where}[${i}]`;
    const types = (node["@type"] as string[] | undefined) ?? [];
    if (types.length === 0) problems.push(`${at}: no @type`);
    for (const type of types) {
      if (!isClass(type)) problems.push(`${at}: ${type} is not a schema.org type`);
      else if (vocabulary.get(type)!.supersededBy.length) problems.push(`${at}: ${type} is superseded`);
    }
    for (const [key, values] of Object.entries(node)) {
      if (key.startsWith("@")) continue;
      const name = key.replace(SDO, "");
      const property = vocabulary.get(key);
      if (!property || !isProperty(key)) {
        problems.push(`${at}.${name}: not a schema.org property`);
        continue;
      }
      if (property.supersededBy.length) problems.push(`${at}.${name}: superseded by ${property.supersededBy.join(", ")}`);
      if (!types.some((t) => property.domain.some((d) => isA(t, d))))
        problems.push(`${at}.${name}: not a property of ${types.map((t) => t.replace(SDO, "")).join(", ")}`);
      const objects = (values as Expanded[]).filter((v) => !("@value" in v));
      for (const v of values as Expanded[]) {
        if ("@value" in v) {
          if (!literalFits(v["@value"], property.range))
            problems.push(`${at}.${name}: ${JSON.stringify(v["@value"])} is outside its range`);
        } else if (!((v["@type"] as string[] | undefined) ?? []).some((t) => property.range.some((r) => isA(t, r))))
          problems.push(`${at}.${name}: a ${String(v["@type"])} is outside its range`);
      }
      problems.push(...vocabularyProblems(objects, `${at}.${name}`));
    }
  }
  return problems;
}
