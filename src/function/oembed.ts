// oEmbed (https://oembed.com): given the URL of the story or of a chart's embed page, answers with
// the embed code. A plain fetch-style handler like the data function.
import { CATALOG, CHART_IDS, isChartId, type ChartId } from "../charts/catalog.ts";
import { parseTheme, type Theme } from "../charts/theme.ts";
import { embedFallback } from "../embed/fallback.ts";
import { embedHeight, embedSnippet, initialEmbedHeight } from "../embed/snippet.ts";
import { MIN_EMBED_WIDTH } from "../embed/widths.ts";
import { COMMON_HEADERS, CORS_HEADERS, JSON_CONTENT_TYPE } from "../http/headers.ts";
import { FUNCTION_METHODS, methodNotAllowed, plainAnswer, undecodableQuery } from "../http/refusals.ts";
import { chartWords, dictionary } from "../i18n/index.ts";
import { localeOfPath } from "../locales.ts";
import { IMAGE } from "../images/sizes.ts";
import { LEAD_CHART } from "../site/story.ts";
import { chartImagePath, chartOfAnchor, chartOfEmbedPath, embedPath, isStoryPath, storyPath } from "../site/urls.ts";

/** Widths the embed is offered at when the consumer does not limit it. */
const DEFAULT_WIDTH = 640;
const CACHE_AGE = 86400;
const OEMBED_CACHE_CONTROL = `public, max-age=3600, s-maxage=${CACHE_AGE}`;

class OEmbedError extends Error {
  readonly status: number;
  constructor(status: number, message: string) {
    super(message);
    this.status = status;
  }
}

const known = (id: string | null): ChartId | null => (id !== null && isChartId(id) ? id : null);

/** The chart a URL of ours points at: /embed/<id>, or the story (with #chart-<id>, or its lead). */
function chartFor(url: URL): ChartId | null {
  const embed = chartOfEmbedPath(url.pathname);
  if (embed !== null) return known(embed);
  if (isStoryPath(url.pathname)) {
    const anchored = chartOfAnchor(url.hash);
    return anchored === null ? LEAD_CHART : known(anchored);
  }
  return null;
}

function positiveInt(params: URLSearchParams, name: string): number | null {
  const raw = params.get(name);
  if (raw === null) return null;
  if (!/^\d{1,5}$/.test(raw) || Number(raw) === 0)
    throw new OEmbedError(400, `"${name}" must be a positive whole number of pixels; got ${JSON.stringify(raw.slice(0, 40))}.`);
  return Number(raw);
}

/** The embed page's options carried by the URL asked about: its theme (light unless it says dark or
 * auto, as the snippet's default) and, for a chart with states, a valid ?step=. */
function embedOptions(chart: ChartId, target: URL): { theme: Theme; step?: number } {
  const asked = target.searchParams.get("theme");
  const theme = asked === null ? "light" : parseTheme(asked);
  const step = target.searchParams.get("step");
  const valid = step !== null && /^\d{1,3}$/.test(step) && Number(step) < CATALOG[chart].states;
  return valid ? { theme, step: Number(step) } : { theme };
}

export interface OEmbedOptions {
  /** The site's public origin; the request's own origin is accepted too (local serving). */
  site: URL;
}

function oembedResponse(request: URL, { site }: OEmbedOptions) {
  const params = request.searchParams;
  const format = params.get("format") ?? "json";
  if (format !== "json") throw new OEmbedError(501, `format ${JSON.stringify(format.slice(0, 20))} is not implemented; use format=json.`);
  const raw = params.get("url");
  if (!raw) throw new OEmbedError(400, 'Missing "url": give the URL of the story or of a chart\'s embed page.');
  let target: URL;
  try {
    target = new URL(raw);
  } catch {
    throw new OEmbedError(404, `Not a URL of this site: ${JSON.stringify(raw.slice(0, 200))}.`);
  }
  const ours = [site.origin, request.origin];
  if (!ours.includes(target.origin)) throw new OEmbedError(404, `Not a URL of this site (${site.origin}).`);
  const chart = chartFor(target);
  if (!chart)
    throw new OEmbedError(
      404,
      `No chart at ${target.pathname}. Charts: ${CHART_IDS.map((id) => embedPath(id, { locale: localeOfPath(target.pathname) })).join(", ")}.`,
    );

  const maxwidth = positiveInt(params, "maxwidth");
  const maxheight = positiveInt(params, "maxheight");
  // The spec says providers must respect maxwidth: an embed narrower than the narrowest one made
  // is a representation this provider does not have.
  if (maxwidth !== null && maxwidth < MIN_EMBED_WIDTH)
    throw new OEmbedError(404, `No embed fits in ${maxwidth} px: the narrowest is ${MIN_EMBED_WIDTH} px.`);
  // The edition of the URL asked about: a Spanish page gets the Spanish title and embed.
  const locale = localeOfPath(target.pathname);
  const width = Math.min(maxwidth ?? DEFAULT_WIDTH, DEFAULT_WIDTH);
  const natural = maxwidth ? embedHeight(chart, width) : initialEmbedHeight(chart);
  const height = maxheight ? Math.min(natural, maxheight) : natural;
  const origin = site.origin;
  return {
    version: "1.0",
    type: "rich",
    // The story itself is named by its headline (it carries the story's time frame); a chart, by its title.
    title:
      isStoryPath(target.pathname) && chartOfAnchor(target.hash) === null ? dictionary(locale).site.title : chartWords(chart, locale).title,
    provider_name: dictionary(locale).site.name,
    provider_url: new URL(storyPath(locale), origin).href,
    // The blockquote first: WordPress keeps a blockquote only before the iframe.
    html:
      embedFallback(chart, { origin, locale }) +
      embedSnippet(chart, {
        origin,
        ...embedOptions(chart, target),
        width: maxwidth ? width : undefined,
        height,
        maxHeight: maxheight ?? undefined,
        frameBorder: true,
        locale,
      }),
    width,
    height,
    cache_age: CACHE_AGE,
    // The one thumbnail there is, only where it fits what the consumer asked for: the spec asks
    // that maxwidth and maxheight hold for the thumbnail too, and its three fields come together.
    ...(IMAGE.width <= (maxwidth ?? Infinity) && IMAGE.height <= (maxheight ?? Infinity)
      ? {
          thumbnail_url: new URL(chartImagePath(chart, "png", locale), origin).href,
          thumbnail_width: IMAGE.width,
          thumbnail_height: IMAGE.height,
        }
      : {}),
  };
}

export function handleOEmbed(request: Request, options: OEmbedOptions): Response {
  const headers = { ...COMMON_HEADERS, ...CORS_HEADERS };
  const plain = ({ status, headers, body }: ReturnType<typeof plainAnswer>) => new Response(body, { status, headers });
  try {
    const method = request.method.toUpperCase();
    if (method === "OPTIONS")
      return new Response(null, {
        status: 204,
        headers: { ...headers, "Access-Control-Allow-Methods": FUNCTION_METHODS, Allow: FUNCTION_METHODS },
      });
    if (method !== "GET" && method !== "HEAD") return plain(methodNotAllowed(method));
    const url = new URL(request.url);
    const undecodable = undecodableQuery(url.search);
    if (undecodable) return plain(undecodable);
    const body = `${JSON.stringify(oembedResponse(url, options))}\n`;
    return new Response(method === "HEAD" ? null : body, {
      status: 200,
      headers: { ...headers, "Content-Type": JSON_CONTENT_TYPE, "Cache-Control": OEMBED_CACHE_CONTROL },
    });
  } catch (error) {
    if (error instanceof OEmbedError) return plain(plainAnswer(error.status, error.message));
    console.error("oembed:", error);
    return plain(plainAnswer(500, "Internal error: the embed code could not be made."));
  }
}
