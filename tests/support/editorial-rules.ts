// The desk's editing rules (../shared/EDITING.md) as checks on text: each rule names what it
// catches, and a finding names the rule, the file, where in it, and the words around the match.
// The terms are typed here from EDITING.md, never read from the site's code or dictionaries, so a
// rule holds whatever the site's words become.
import type { Passage } from "./reader-text.ts";

interface Rule {
  /** What an editor would call the fault, in the report. */
  name: string;
  /** What it looks like (global, so that every occurrence is found). */
  re: RegExp;
  /** Whether a match is in fact fine (the text, and the match's index in it). */
  allow?: (text: string, index: number, match: string) => boolean;
}

const snippet = (text: string, index: number, length: number) => {
  const from = Math.max(0, index - 40);
  const to = Math.min(text.length, index + length + 40);
  return `${from > 0 ? "…" : ""}${text.slice(from, to)}${to < text.length ? "…" : ""}`;
};

/** Every match of every rule in the passages, as one line each: `rule — file where: “…snippet…”`. */
export function findings(rules: readonly Rule[], passages: readonly Passage[], file: string): string[] {
  const out: string[] = [];
  for (const { text, where } of passages)
    for (const rule of rules)
      for (const m of text.matchAll(rule.re)) {
        if (rule.allow?.(text, m.index, m[0])) continue;
        out.push(`${rule.name} — ${file} ${where}: “${snippet(text, m.index, m[0].length)}”`);
      }
  return [...new Set(out)];
}

/** Rules checked on bare strings (the "would catch one" tests). */
export const findingsIn = (rules: readonly Rule[], texts: readonly string[]) =>
  findings(
    rules,
    texts.map((text) => ({ text, where: "" })),
    "(example)",
  );

// A word boundary that knows accented letters (JavaScript's \b does not).
const L = "[\\p{L}\\p{N}]";
const word = (body: string, flags = "giu") => new RegExp(`(?<!${L})(?:${body})(?!${L})`, flags);

// ---------------------------------------------------------------------------------------------
// The Spanish glossary: what the Spanish edition avoids.

/** Names and words that keep their capital after a colon in Spanish: proper nouns (agencies,
 * units, people, places, publications), acronyms and the names of formats and tools. Beyond the
 * brief's list: the Spanish names of the agencies and of the department (as the edition glosses
 * them), EE. UU., the other acronyms and publishers the data names (DHS, ERO, USBP, AILA, I-9, CC
 * BY), the Syracuse university TRAC belongs to, Trump, and the formats and tools the data page
 * names. A year (AF2018) or a figure starts with a digit and needs no entry. */
const SPANISH_CAPITALS = [
  "ICE",
  "HSI",
  "TRAC",
  "CBP",
  "ProPublica",
  "The Atlantic",
  "Homeland Security Investigations",
  "Human Smuggling Cell",
  "Enforcement and Removal Operations",
  "Patrulla Fronteriza",
  "Departamento de Justicia",
  "Departamento de Seguridad Nacional",
  "Servicio de Inmigración y Control de Aduanas",
  "Oficina de Aduanas y Protección Fronteriza",
  "Sebastian Rotella",
  "Tim Golden",
  "John Connolly",
  "Jeff Sessions",
  "Trump",
  "Estados Unidos",
  "EE. UU.",
  "México",
  "Universidad de Syracuse",
  "Syracuse",
  "Hartford Courant",
  "CNSNews.com",
  "DocumentCloud",
  "Immigration Policy Tracking Project",
  "DHS",
  "ERO",
  "USBP",
  "AILA",
  "I-9",
  "CC BY",
  "CSV",
  "JSON",
  "PNG",
  "SVG",
  "URL",
  "API",
  "BibTeX",
  "Python",
  "R",
  "JavaScript",
  "Data Package",
  "Frictionless",
  "Creative Commons",
];
const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The Spanish edition's rules. `names`: more proper nouns that keep their capital after a colon
 * (the site's own name, as its pages give it: "Gráfico: <site name>"). */
export function spanishRules(names: readonly string[] = []): Rule[] {
  const capitalOk = new RegExp(`^(?:${[...SPANISH_CAPITALS, ...names].map(escapeRegExp).join("|")}|AF\\d+)(?!${L})`, "u");
  return [
    ...SPANISH_TERMS,
    {
      name: "a capital after a colon (not a proper noun or acronym)",
      re: /:\s*(?=\p{Lu})/gu,
      allow: (t, i, m) => capitalOk.test(t.slice(i + m.length)),
    },
  ];
}

const SPANISH_TERMS: readonly Rule[] = [
  // "trata" is trafficking. "se trata de" ("it is about") is another word and is allowed.
  {
    name: "“trata” (that is trafficking; say “tráfico de migrantes”)",
    re: word("trata"),
    allow: (t, i) => /(?:^|[^\p{L}])se\s+$/iu.test(t.slice(Math.max(0, i - 4), i)),
  },
  // "tráfico" alone reads as traffic or drugs; "antitráfico" is the same word.
  { name: "“tráfico” without “de migrantes”", re: /(?<![\p{L}\p{N}])(?:anti-?)?tr[aá]fico(?![\p{L}\p{N}])(?! de migrantes)/giu },
  { name: "“laboral” (reads as labor law; say “en los centros de trabajo”)", re: word("laborale?s?") },
  { name: "“encubrimiento” (accessory after the fact; say “ocultar o dar refugio”)", re: word("encubrimientos?") },
  { name: "“célula” (say “la Human Smuggling Cell, unidad de inteligencia del ICE”)", re: word("c[eé]lulas?") },
  { name: "“centro de datos” (a server farm; TRAC is a “centro de investigación”)", re: word("centros? de datos") },
  { name: "“sorprendido” (say “detenidos en flagrancia”)", re: word("sorprendid[oa]s?") },
  { name: "“pasaron un tiempo” (say “reasignados temporalmente”)", re: word("pasaron un tiempo") },
  { name: "“un cambio de” a signed percent (say “cayó un 57%”)", re: /(?<![\p{L}])un cambio de\s*[−+\-–]\s?\d[\d.,]*\s?%/giu },
  { name: "“año fiscal entero” (the term is “año fiscal completo”)", re: word("años? fiscal(?:es)? enter[oa]s?") },
  // A pair of marks is one finding (an unpaired one is one too).
  { name: "«» quotation marks (one style: “ ”)", re: /«[^«»]{0,120}»|[«»]/g },
  { name: "straight double quotes (one style: “ ”)", re: /"[^"]{0,120}"|"/g },
  {
    name: "a month abbreviation with a capital (“oct. de 2017”)",
    re: /(?<![\p{L}])(?:Ene|Feb|Mar|Abr|May|Jun|Jul|Ago|Sept?|Set|Oct|Nov|Dic)\.(?=\s*(?:de(?![\p{L}])|\d))/gu,
  },
];

// ---------------------------------------------------------------------------------------------
// English style: AP, U.S. English.

const MONTH = "January|February|March|April|May|June|July|August|September|October|November|December";
const MONTH_SHORT = "Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept?|Oct|Nov|Dec";
/** British spellings, with the U.S. one the desk uses. */
const BRITISH: Record<string, string> = {
  "licences?": "license",
  // The verb, not a chart's tick marks: "ticked", "tick the box", "tick boxes".
  "(?:un)?ticked|tick(?:s|ing)? (?:the|a|an|any|each|every|one|all|it|them)|tick ?box(?:es)?": "check",
  "travell(?:ing|ed|er|ers)": "traveling",
  "colours?|coloured": "color",
  "centres?": "center",
  "programmes?": "program",
  "organis(?:ation|ations|e|es|ed|ing)": "organization",
  "behaviours?": "behavior",
  labour: "labor",
  "favour(?:s|ed|ite)?": "favor",
  "analys(?:e|ed|ing)": "analyze", // not "analyses", the U.S. plural of "analysis"
  "catalogues?": "catalog",
  defence: "defense",
  "offences?": "offense",
  towards: "toward",
  whilst: "while",
  amongst: "among",
  "labell(?:ed|ing)": "labeled",
  "modell(?:ed|ing)": "modeled",
  "cancell(?:ed|ing)": "canceled",
  judgement: "judgment",
  grey: "gray",
};
export const ENGLISH_RULES: readonly Rule[] = [
  {
    name: "a day-month date (AP: “Nov. 27, 2026”)",
    re: new RegExp(`(?<![\\p{L}\\p{N},.])\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH}|${MONTH_SHORT})(?![\\p{L}])`, "gu"),
  },
  {
    name: "a month spelled out before a day (AP: Jan., Feb., Aug., Sept., Oct., Nov., Dec.)",
    re: /(?<![\p{L}])(?:January|February|August|September|October|November|December)\s+\d{1,2}(?!\d)/gu,
  },
  {
    name: "a month abbreviated without its period before a day (AP: “Sept. 30”)",
    re: /(?<![\p{L}])(?:Jan|Feb|Aug|Sept|Oct|Nov|Dec)\s+\d{1,2}(?!\d)/gu,
  },
  { name: "“Sep.” for September (AP: “Sept.”)", re: /(?<![\p{L}])Sep\.?\s+\d{1,2}(?!\d)/gu },
  { name: "March–July abbreviated before a day (AP: spelled out)", re: /(?<![\p{L}])(?:Mar|Apr|Jun|Jul)\.?\s+\d{1,2}(?!\d)/gu },
  ...Object.entries(BRITISH).map(([re, us]) => ({ name: `a British spelling (U.S.: “${us}”)`, re: word(re) })),
  {
    name: "a multiple in figures (in prose: “more than four times as many”)",
    re: /(?<![\p{L}\p{N}.,])\d+(?:\.\d+)?\s*(?:times|-fold)(?![\p{L}])/giu,
  },
  { name: "“a change of” a signed percent (a fall is “fell 57%”)", re: /(?<![\p{L}])a change of\s*[−+\-–]\s?\d/giu },
];

// ---------------------------------------------------------------------------------------------
// What readers never see: internal ids and field names.

/** Ids (series and sources, from data/*.csv) and field names (from data/datapackage.json) as
 * reader text would show them: an id anywhere; a field name with an underscore (period_basis,
 * title_es, upper_bound) or a bare "_es" anywhere; a one-word field name (qualifier, topic,
 * language, collection, …) where it is used as one: after "field"/"column"/"campo"/"columna",
 * before "field"/"column", alone in parentheses, or followed by ":" or "=" ("qualifier: exact"). */
export function internalRules(ids: readonly string[], fields: readonly string[]): Rule[] {
  const longestFirst = [...ids].sort((a, b) => b.length - a.length).map(escapeRegExp);
  const words = fields.filter((f) => !f.includes("_")).map(escapeRegExp);
  const q = "[«“\"‘'`]?";
  return [
    { name: "an internal id", re: new RegExp(`(?<![\\p{L}\\p{N}_-])(?:${longestFirst.join("|")})(?![\\p{L}\\p{N}_-])`, "gu") },
    { name: "a field name", re: /(?<![\p{L}\p{N}_])(?:[a-z][a-z0-9]*(?:_[a-z0-9]+)+|_es)(?![\p{L}\p{N}_])/gu },
    {
      name: "a field name",
      re: new RegExp(
        [
          `(?<![\\p{L}])(?:fields?|columns?|campos?|columnas?)\\s+${q}(?:${words.join("|")})(?![\\p{L}])`,
          `(?<![\\p{L}])${q}(?:${words.join("|")})${q}\\s+(?:fields?|columns?)(?![\\p{L}])`,
          `\\((?:${words.join("|")})\\)`,
          `(?<![\\p{L}])(?:${words.join("|")})\\s*[:=]\\s*(?:exact|approximate|upper|lower|index|stated|inferred|true|false|null)`,
          `(?<![\\p{L}])qualifier\\s*[:=]`,
        ].join("|"),
        "gu",
      ),
    },
  ];
}

// ---------------------------------------------------------------------------------------------
// The time frame.

/** A year (2018, FY2018, AF2018) or the term, in either edition. */
export const TIME_FRAME = /(?<!\d)(?:19|20)\d\d(?!\d)|Trump['’]s first term|primer mandato de Trump/iu;

// ---------------------------------------------------------------------------------------------
// Credit lines.

/** The entries of a credit line, from the text that holds it: the part (between " · ") that
 * starts "Source:"/"Sources:"/"Fuente:"/"Fuentes:", split at "; ". */
export function creditEntries(text: string): string[] | undefined {
  const part = text
    .split(/\s+·\s+/)
    .map((p) => p.trim())
    .find((p) => /^(?:Sources?|Fuentes?):/i.test(p));
  if (part === undefined) return undefined;
  return part
    .replace(/^(?:Sources?|Fuentes?):\s*/i, "")
    .split(/;\s+/)
    .map((e) => e.trim());
}

const lowerFirst = (s: string) => s.charAt(0).toLowerCase() + s.slice(1);
const key = (entries: readonly string[]) => JSON.stringify(entries.map(lowerFirst).sort());

/** The credit entries a line shows, to compare with the expected ones: the expected list itself
 * when the two are the same set, compared case-insensitively on each entry's first letter (a line
 * reads "Source: reporting by …"; a credit may also start one with a capital); otherwise the line's
 * own entries (or undefined: no credit at all), so that a failure shows what the line says. */
export function creditsShown(line: string, expected: readonly string[]): readonly string[] | undefined {
  const entries = creditEntries(line);
  return entries && key(entries) === key(expected) ? expected : entries;
}
