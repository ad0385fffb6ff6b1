// A WordPress post holding our embeds, made with WordPress's own code: the discovery request as
// WordPress makes it, its own PHP filter on our answer (oembed-filter.php, on the Debian package's
// wp-includes), and the page as a block theme prints it, with WordPress's block styles and host
// script (wp-embed.js) served by the host. Used by the Chromium spec (tests/e2e/wordpress.spec.ts)
// and the cross-engine one (tests/engines/reader.spec.ts).
import { spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

const WP_DIR = process.env.WP_DIR ?? "/usr/share/wordpress";
const FILTER = fileURLToPath(new URL("./oembed-filter.php", import.meta.url));

/** The files of WordPress a post's page loads that matter here: the block styles and the host script. */
const WP_FILES: Record<string, string> = {
  "/wp-includes/css/dist/block-library/style.css": "text/css",
  "/wp-includes/js/wp-embed.js": "text/javascript",
};

/** A file of WordPress's a post's page loads, for the host's server to send, or null. */
export function wordPressFile(path: string): { type: string; body: Buffer } | null {
  const type = WP_FILES[path];
  return type ? { type, body: readFileSync(`${WP_DIR}${path}`) } : null;
}

/** A file of WordPress's own, read as text (its editor's code, for the rule it applies). */
export const wordPressSource = (path: string) => readFileSync(`${WP_DIR}${path}`, "utf8");

export interface WordPressEmbed {
  /** What WordPress puts in the post, or false where it refuses the answer. */
  html: string | false;
  /** Whether WordPress loads its host script, wp-embed.js, for it. */
  hostScript: boolean;
  /** What PHP printed on stderr (warnings, notices). */
  warnings: string;
}

/** What WordPress puts in a post for a pasted URL of this site (served at siteOrigin): it discovers
 * our oEmbed endpoint from the page's <link>, asks it with its default size (WP_oEmbed::fetch and
 * wp_embed_defaults: maxwidth 500, maxheight min(1.5 × 500, 1000), the pasted url, dnt=1), and runs
 * its own filter on the answer. The answer names the public origin; it is pointed at this server. */
export async function wordPressEmbed(siteOrigin: string, pasted: string): Promise<WordPressEmbed> {
  const page = await (await fetch(pasted)).text();
  const link = /<link rel="alternate" type="application\/json\+oembed" href="([^"]+)"/.exec(page);
  if (!link) throw new Error(`${pasted}: no oEmbed discovery link`);
  const provider = new URL(link[1]!.replaceAll("&amp;", "&"));
  const endpoint = new URL(`${provider.pathname}${provider.search}`, siteOrigin);
  endpoint.searchParams.set("maxwidth", "500");
  endpoint.searchParams.set("maxheight", "750");
  endpoint.searchParams.set("url", pasted);
  endpoint.searchParams.set("dnt", "1");
  const answer = await (await fetch(endpoint)).json();
  const publicOrigin = new URL(answer.provider_url).origin;
  const local = { ...answer, html: (answer.html as string).replaceAll(publicOrigin, siteOrigin) };
  const run = spawnSync("php", ["-d", "error_reporting=E_ALL", "-d", "display_errors=stderr", FILTER, pasted], {
    input: JSON.stringify(local),
    encoding: "utf8",
    env: { ...process.env, WP_DIR },
  });
  if (run.status !== 0) throw new Error(`${pasted}: WordPress's filter failed: ${run.stderr}`);
  return { ...(JSON.parse(run.stdout) as Omit<WordPressEmbed, "warnings">), warnings: run.stderr };
}

/** A post as a block theme prints it: each embed in WordPress's embed block markup, its block
 * styles, and wp-embed.js in the footer (as WordPress enqueues it). */
export const postPage = (embeds: string[], { hostScript = true } = {}) =>
  `<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>A WordPress post</title>` +
  `<link rel="stylesheet" href="/wp-includes/css/dist/block-library/style.css"><style>body{margin:0;font-family:serif}main{max-width:768px;margin:0 auto;padding:0 16px}</style></head>` +
  `<body class="wp-embed-responsive"><main><h1>Someone's WordPress post</h1>${embeds
    .map(
      (html) =>
        `<p>A paragraph.</p><figure class="wp-block-embed is-type-rich"><div class="wp-block-embed__wrapper">\n${html}\n</div></figure>`,
    )
    .join("\n")}<p>The end.</p></main>${hostScript ? '<script src="/wp-includes/js/wp-embed.js"></script>' : ""}</body></html>`;
