// The embed URLs whose options change what oEmbed answers (a theme other than the default light, a
// state other than the final one), and the prerendered copy of the embed page that is served for
// each: the same page, but with an oEmbed discovery link that names those options. Pages are static,
// so a consumer that follows the link as given (oembed-extractor, PHP's embed/embed, Ghost) would
// otherwise get the bare URL's embed. Vercel's routes (src/build-steps/vercel-output.ts) and the
// local server (scripts/serve.mjs) both serve these copies from the one list below.
// Plain erasable TypeScript: scripts/serve.mjs imports this file with Node's type stripping.
import { CATALOG, CHART_IDS, type ChartId } from "../charts/catalog.ts";
import { type Locale, LOCALES, localizedPath } from "../locales.ts";
import { EMBED_PREFIX } from "./urls.ts";

/** The options of an embed URL that oEmbed keeps: `?theme=` (absent means light) and `?step=`. */
export interface EmbedOptions {
  theme?: "dark" | "auto";
  step?: number;
}

/** Every combination that differs from the bare URL's answer, the most specific first (a route
 * that asks for both options must be tried before one that asks for either). */
export function embedOptionsOf(chart: ChartId): EmbedOptions[] {
  const steps = [...Array(CATALOG[chart].states - 1).keys()]; // the final state is the bare URL's
  const themes = ["dark", "auto"] as const;
  return [
    ...themes.flatMap((theme) => steps.map((step) => ({ theme, step }))),
    ...themes.map((theme) => ({ theme })),
    ...steps.map((step) => ({ step })),
  ];
}

/** The query of an embed URL with these options, as the discovery link names it. */
export function embedOptionsQuery({ theme, step }: EmbedOptions): string {
  const params = new URLSearchParams();
  if (theme) params.set("theme", theme);
  if (step !== undefined) params.set("step", String(step));
  return params.toString();
}

/** The copy's folder (under the embed page's own): /embed/<id>/options/theme-dark.step-0/. */
export const embedOptionsSegment = ({ theme, step }: EmbedOptions) =>
  [theme && `theme-${theme}`, step !== undefined && `step-${step}`].filter(Boolean).join(".");

const embedOptionsPath = (chart: ChartId, options: EmbedOptions, locale: Locale) =>
  `${localizedPath(EMBED_PREFIX, locale)}${chart}/options/${embedOptionsSegment(options)}/`;

/** A condition of Vercel's routes on the query: the key's value must match the pattern. */
export interface QueryCondition {
  type: "query";
  key: string;
  value: string;
}

export interface EmbedOptionsRoute {
  /** The embed page under each URL that serves it (/embed/<id>, …/, …/index.html). */
  src: string;
  has: QueryCondition[];
  /** The copy's file. */
  dest: string;
}

/** How oEmbed reads the query (src/function/oembed.ts): any theme but light or dark is auto; a
 * step is one to three digits. Each pattern is anchored itself, so that it means the same whether
 * the router anchors a value's pattern or searches it. */
const THEME_VALUE = { dark: "^dark$", auto: "^(?!(?:light|dark)$).*$" } as const;
const stepValue = (step: number) => `^0{0,2}${step}$`;

export const EMBED_OPTIONS_ROUTES: readonly EmbedOptionsRoute[] = LOCALES.flatMap((locale) =>
  CHART_IDS.flatMap((chart) =>
    embedOptionsOf(chart).map((options) => ({
      src: `^${localizedPath(EMBED_PREFIX, locale)}${chart}(?:/|/index\\.html)?$`,
      has: [
        ...(options.theme ? [{ type: "query" as const, key: "theme", value: THEME_VALUE[options.theme] }] : []),
        ...(options.step !== undefined ? [{ type: "query" as const, key: "step", value: stepValue(options.step) }] : []),
      ],
      dest: `${embedOptionsPath(chart, options, locale)}index.html`,
    })),
  ),
);

const compiled = EMBED_OPTIONS_ROUTES.map((route) => ({
  src: new RegExp(route.src, "i"),
  has: route.has.map((c) => ({ key: c.key, value: new RegExp(c.value) })),
  dest: route.dest,
}));

/** The copy the local server serves for a request, as Vercel's routes choose it (the first route
 * whose path and every query condition match), or null. */
export function embedOptionsFileFor(pathname: string, query: URLSearchParams): string | null {
  const route = compiled.find((r) => r.src.test(pathname) && r.has.every((c) => query.has(c.key) && c.value.test(query.get(c.key)!)));
  return route?.dest ?? null;
}
