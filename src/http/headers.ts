// Response headers, in one place: the data function, the static-file rules for Vercel and the
// local server all read them from here, so a deployment and `npm start` answer alike.
// Plain erasable TypeScript: scripts/serve.mjs imports this file with Node's type stripping.
import { DATA_VERSION } from "../data/version.ts";
import { INLINE_SCRIPT_HASHES } from "../site/inline-scripts.ts";
import { TRANSLATED_LOCALES } from "../locales.ts";
import { DATAPACKAGE_PATH, EMBED_PREFIX, FUNCTION_PATHS, RAW_DATA_DIR } from "../site/urls.ts";

/** The dataset changes only with a deploy (which purges Vercel's CDN): browsers keep it five
 * minutes and then revalidate by ETag; the CDN keeps it a day and may serve it stale for a week
 * while it refreshes. */
export const DATA_CACHE_CONTROL = "public, max-age=300, s-maxage=86400, stale-while-revalidate=604800";

/** Hashed build assets never change under the same name. */
const IMMUTABLE_CACHE_CONTROL = "public, max-age=31536000, immutable";

/** Pages are revalidated on every visit so that a deploy shows at once. */
const PAGE_CACHE_CONTROL = "public, max-age=0, must-revalidate";

/** Answers that must not be kept: errors and method refusals. */
export const NO_STORE = "no-store";

/** What every response carries. */
export const COMMON_HEADERS: Readonly<Record<string, string>> = {
  "X-Content-Type-Options": "nosniff",
};

/** The data is public: any page or script may read it, including its ETag, file name, the part
 * of it an answer holds and the data's version. */
export const CORS_HEADERS: Readonly<Record<string, string>> = {
  "Access-Control-Allow-Origin": "*",
  "Access-Control-Expose-Headers": "Content-Disposition, Content-Range, Accept-Ranges, ETag, Link, Data-Version",
};

/** The request headers a script on another origin may send for the data (its preflight allows
 * them): revalidation, and a part of a file for a lazy reader. */
const DATA_REQUEST_HEADERS = "If-None-Match, Range, If-Range";

/** Every copy of the data says which version of data/ it came from (datapackage.json "version"),
 * so a researcher can tell two downloads apart. */
export const DATA_VERSION_HEADERS: Readonly<Record<string, string>> = { "Data-Version": DATA_VERSION };

/** The methods of everything that only serves: the function's paths and the static data files. */
export const READ_METHODS = "GET, HEAD, OPTIONS";

/** The answer to a CORS preflight for the data, from the function and for the static data files
 * alike (a 204 with these). */
export const PREFLIGHT_HEADERS: Readonly<Record<string, string>> = {
  ...CORS_HEADERS,
  "Access-Control-Allow-Methods": READ_METHODS,
  "Access-Control-Allow-Headers": DATA_REQUEST_HEADERS,
  "Access-Control-Max-Age": "86400",
  Allow: READ_METHODS,
  "Cache-Control": "public, max-age=86400",
};

/** Points each data response at its Frictionless descriptor (RFC 8288). */
export const DESCRIBEDBY_LINK = `<${DATAPACKAGE_PATH}>; rel="describedby"`;

export const CSV_CONTENT_TYPE = "text/csv; charset=utf-8; header=present";
export const JSON_CONTENT_TYPE = "application/json; charset=utf-8";
export const TEXT_CONTENT_TYPE = "text/plain; charset=utf-8";

/** Content-Security-Policy: scripts only from this origin or the hashed inline ones; styles may
 * be inline (Plot's SVGs carry style attributes); nothing may be embedded with <object>. `origins`
 * are named beside 'self' (on embed pages): WebKit does not match 'self' in a document framed in a
 * sandbox without allow-same-origin, whose origin is then opaque (WordPress frames embeds so), and
 * would refuse the page's own scripts, styles and images. */
function contentSecurityPolicy(frameAncestors: string, origins: readonly string[] = []): string {
  const self = ["'self'", ...origins].join(" ");
  return [
    `default-src ${self}`,
    `script-src ${self} ${INLINE_SCRIPT_HASHES.join(" ")}`,
    `style-src ${self} 'unsafe-inline'`,
    `img-src ${self} data:`,
    `font-src ${self}`,
    `connect-src ${self}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${frameAncestors}`,
  ].join("; ");
}

/** Browser features the site never uses, turned off. (Clipboard writing stays: "Copy code".) */
const PERMISSIONS_POLICY = "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

/** Sent by Vercel only: the local server speaks plain HTTP, where browsers ignore it anyway. */
const HSTS = "max-age=63072000; includeSubDomains";

export interface HeaderRule {
  /** A regular expression over the path, valid both as a JavaScript RegExp and as the PCRE that
   * Vercel's routes take. */
  readonly src: string;
  readonly headers: Readonly<Record<string, string>>;
  /** Declared in the Vercel config only (HSTS). */
  readonly vercelOnly?: boolean;
}

/** What every response carries as well, from the CDN rules (functions included). */
const SECURITY_HEADERS: Readonly<Record<string, string>> = {
  "Referrer-Policy": "strict-origin-when-cross-origin",
  "Permissions-Policy": PERMISSIONS_POLICY,
};

/** An optional edition prefix ("es/"). */
const EDITION_PREFIX = `(?:(?:${TRANSLATED_LOCALES.join("|")})/)?`;
const RAW_DATA_FILE = `${RAW_DATA_DIR}/[a-z0-9-]+\\.csv`;
/** A chart's files in any edition (/charts/<id>.svg|png|…, /es/charts/…): images and downloads that
 * other sites and notebooks may read. */
const CHART_FILE = `${EDITION_PREFIX}charts/[a-z0-9.-]+`;
/** The whole data set as a zipped Data Package, in each edition (/data/<name>.zip, /es/data/…). */
const DATASET_ZIP = `${EDITION_PREFIX}${RAW_DATA_DIR}/[a-z0-9-]+\\.zip`;

/** The static files any origin may read, and whose CORS preflight (OPTIONS) gets a 204 with
 * PREFLIGHT_HEADERS, as the function's answers do: a script that revalidates or reads a part of a
 * file sends a header that needs one. */
export const READABLE_FILE_ROUTE = `^/(?:datapackage\\.json|${RAW_DATA_FILE}|${DATASET_ZIP}|${CHART_FILE})$`;
const readableFile = new RegExp(READABLE_FILE_ROUTE, "i");
export const isReadableFile = (pathname: string) => readableFile.test(pathname);

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
/** The paths the function answers (FUNCTION_PATHS), without their leading "/": it sets its own caching. */
const FUNCTION_PATH = `(?:${FUNCTION_PATHS.map((p) => escapeRegExp(p.slice(1))).join("|")})`;
/** The function's paths, as Vercel's route to it and the local server match them (ignoring case). */
export const FUNCTION_ROUTE = `^/${FUNCTION_PATH}$`;
const functionRoute = new RegExp(FUNCTION_ROUTE, "i");
export const isFunctionPath = (pathname: string) => functionRoute.test(pathname);

/** A chart's embed page in any edition, under each URL that serves it (/embed/<id>,
 * /es/embed/<id>/, …/index.html), and its copies with options (…/options/<options>/,
 * src/site/embed-options.ts): the only pages any site may frame. Chart ids are kebab-case. */
const EMBED_PAGE = `${EDITION_PREFIX}${EMBED_PREFIX.slice(1)}[a-z0-9]+(?:-[a-z0-9]+)*(?:/options/[a-z0-9.-]+)?(?:/|/index\\.html)?`;

/**
 * Paths that are no page of this site whatever a server makes of them: a dot-segment ("." or "..",
 * raw or percent-encoded), an empty segment ("//"), or any percent-encoding (no public path needs
 * one). A server that resolved them would serve one page under the rules chosen for another path,
 * e.g. the story under an embed's framing rules; the local server and Vercel's routes answer them
 * with the 404 page instead.
 */
export const REFUSED_PATH = "^(?:.*%.*|.*//.*|(?:.*/)?\\.{1,2}(?:/.*)?)$";

/**
 * Headers for files served from the CDN (prerendered pages and assets), for a site served at these
 * origins (named in the embed pages' policy, see contentSecurityPolicy). The function sets its own.
 * Rules are disjoint for each header name, so their order does not matter. Like Vercel's routes,
 * they are matched against the path as it came, ignoring case.
 */
export function staticHeaderRules(origins: readonly string[]): HeaderRule[] {
  return [
    { src: "^/.*$", headers: { ...COMMON_HEADERS, ...SECURITY_HEADERS } },
    { src: "^/.*$", headers: { "Strict-Transport-Security": HSTS }, vercelOnly: true },
    // Readable from any origin: an embed framed in a sandbox without allow-same-origin (WordPress's)
    // has the origin "null", and its module scripts load in CORS mode. They hold nothing private.
    { src: "^/_astro/.*$", headers: { "Cache-Control": IMMUTABLE_CACHE_CONTROL, "Access-Control-Allow-Origin": "*" } },
    {
      src: "^/datapackage\\.json$",
      headers: { ...CORS_HEADERS, ...DATA_VERSION_HEADERS, "Cache-Control": DATA_CACHE_CONTROL, "Content-Type": JSON_CONTENT_TYPE },
    },
    {
      src: `^/${RAW_DATA_FILE}$`,
      headers: {
        ...CORS_HEADERS,
        ...DATA_VERSION_HEADERS,
        "Cache-Control": DATA_CACHE_CONTROL,
        "Content-Type": CSV_CONTENT_TYPE,
        Link: DESCRIBEDBY_LINK,
      },
    },
    { src: `^/${DATASET_ZIP}$`, headers: { ...CORS_HEADERS, ...DATA_VERSION_HEADERS, "Cache-Control": DATA_CACHE_CONTROL } },
    { src: `^/${CHART_FILE}$`, headers: CORS_HEADERS },
    // A chart's data files name their charset, as the function's answers do (Spanish titles and
    // notes must not be read as Latin-1): the CDN's type from the extension may not.
    { src: `^/${EDITION_PREFIX}charts/[a-z0-9-]+\\.csv$`, headers: { "Content-Type": CSV_CONTENT_TYPE } },
    { src: `^/${EDITION_PREFIX}charts/[a-z0-9-]+\\.metadata\\.json$`, headers: { "Content-Type": JSON_CONTENT_TYPE } },
    // Everything else that is not the function's (which sets its own: one policy per answer).
    {
      src: `^/(?!_astro/|${FUNCTION_PATH}$|datapackage\\.json$|${RAW_DATA_FILE}$|${DATASET_ZIP}$).*$`,
      headers: { "Cache-Control": PAGE_CACHE_CONTROL },
    },
    // Framing: embed pages may be framed by any site; everything else only by this one. Any site
    // may also read them: the script embed's loader fetches its chart from the host page.
    {
      src: `^/${EMBED_PAGE}$`,
      headers: { "Content-Security-Policy": contentSecurityPolicy("*", origins), "Access-Control-Allow-Origin": "*" },
    },
    {
      src: `^/(?!${EMBED_PAGE}$).*$`,
      headers: { "Content-Security-Policy": contentSecurityPolicy("'self'"), "X-Frame-Options": "SAMEORIGIN" },
    },
  ];
}

// The paths the rules match do not depend on the origins: compiled once.
const matchers = staticHeaderRules([]).map((rule) => new RegExp(rule.src, "i"));

/** The headers for a path, as Vercel's routes add them (less the Vercel-only ones), for a site
 * served at these origins. */
export function staticHeadersFor(pathname: string, origins: readonly string[] = []): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [i, rule] of staticHeaderRules(origins).entries())
    if (!rule.vercelOnly && matchers[i]!.test(pathname)) Object.assign(out, rule.headers);
  return out;
}
