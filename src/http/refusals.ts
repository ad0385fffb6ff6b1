// The plain-text answers for requests the site refuses, in one place: the data function and oEmbed
// answer with them, and so does the local server (scripts/serve.mjs) for what never reaches them
// (a method Node's Request cannot even hold, a query it cannot decode). Plain erasable TypeScript:
// serve.mjs imports this file with Node's type stripping.
import { COMMON_HEADERS, CORS_HEADERS, NO_STORE, READ_METHODS, TEXT_CONTENT_TYPE } from "./headers.ts";

/** What the function's endpoints answer. */
export const FUNCTION_METHODS = READ_METHODS;

export interface PlainAnswer {
  status: number;
  headers: Record<string, string>;
  body: string;
}

/** A refusal as plain text, readable by a script on any origin, never cached. */
export function plainAnswer(status: number, message: string, extra: Record<string, string> = {}): PlainAnswer {
  return {
    status,
    headers: { ...COMMON_HEADERS, ...CORS_HEADERS, "Content-Type": TEXT_CONTENT_TYPE, "Cache-Control": NO_STORE, ...extra },
    body: `${message}\n`,
  };
}

export const methodNotAllowed = (method: string, allow = FUNCTION_METHODS): PlainAnswer =>
  plainAnswer(405, `Method ${method} is not allowed here. Allowed: ${allow}.`, { Allow: allow });

/** A value a request sent, quoted for an error message, and cut short if long. */
export const show = (s: string) => JSON.stringify(s.length > 80 ? `${s.slice(0, 80)}…` : s);

/** When the data cannot be served: the message says so and nothing of why (no stack trace). */
export const dataUnavailable = (): PlainAnswer => plainAnswer(500, "Internal error: the data could not be served. Please try again later.");

function decodes(component: string): boolean {
  try {
    decodeURIComponent(component.replace(/\+/g, " "));
    return true;
  } catch {
    return false;
  }
}

/**
 * The first parameter of a query string ("?a=b&…") whose name or value is not valid
 * percent-encoding of UTF-8 (a "%" not followed by two hex digits, or bytes that are not UTF-8
 * such as %C0%AE), as a message naming it; null when the whole query decodes.
 */
function percentEncodingProblem(search: string): string | null {
  for (const pair of search.replace(/^\?/, "").split("&")) {
    const eq = pair.indexOf("=");
    const [name, value] = eq < 0 ? [pair, ""] : [pair.slice(0, eq), pair.slice(eq + 1)];
    const fix = 'a literal "%" is written %25, and text is encoded as UTF-8';
    if (!decodes(name)) return `A parameter name must be valid percent-encoding; got ${show(name)} (${fix}).`;
    if (!decodes(value))
      return `"${decodeURIComponent(name.replace(/\+/g, " "))}" must be valid percent-encoding; got ${show(value)} (${fix}).`;
  }
  return null;
}

/** The 400 for a query that does not decode, or null when it does. */
export function undecodableQuery(search: string): PlainAnswer | null {
  const problem = percentEncodingProblem(search);
  return problem === null ? null : plainAnswer(400, `Bad request: ${problem}`);
}
