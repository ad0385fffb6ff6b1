// The messages an embed exchanges with its host page, in one place: the embed page posts them and
// /embed.js listens for them; WordPress's host script (wp-embed.js) speaks its own.

/** AMP's resize request, which AMP pages and many CMS resizers already understand. */
export const AMP_MESSAGE = { sentinel: "amp", type: "embed-size" } as const;

/** Our own message, namespaced so that nothing else on the host page is mistaken for it. */
export const OWN_MESSAGE_TYPE = "smuggling-cases:embed-size";

export interface OwnSizeMessage {
  type: typeof OWN_MESSAGE_TYPE;
  chart: string;
  height: number;
}

/** pym.js's height message from a child to its parent (pym.v1's Child.sendHeight): the fields
 * "pym", the child's id (the parent passes it as ?childId=), "height" and the height in pixels,
 * joined by "xPYMx". pym's Parent sets its iframe's height from it. */
export const pymHeightMessage = (childId: string, height: number) => ["pym", childId, "height", String(height)].join("xPYMx");

/** WordPress's embed protocol (wp-includes/js/wp-embed.js, 4.4 to 6.x). WordPress frames the embed
 * with `#?secret=<10 letters or digits>` on its src and sends `{message: "ready", secret}` into it
 * once its host script runs; it then takes from that frame `{message: "height", value, secret}`
 * (clamped to 200–1000 px) and `{message: "link", value, secret}`, which it follows in the top
 * window only for a link to the frame's own host. */
export interface WordPressMessage {
  message: "ready" | "height" | "link";
  value?: number | string;
  secret: string;
}

/** The secret WordPress put in the embed's URL (as WordPress's own embed template reads it), or null. */
export function wordPressSecret(hash: string): string | null {
  return /[#&?]secret=([a-zA-Z0-9]{10})(?:&|$)/.exec(hash)?.[1] ?? null;
}

export const isWordPressReady = (data: unknown, secret: string): boolean =>
  typeof data === "object" &&
  data !== null &&
  (data as WordPressMessage).message === "ready" &&
  (data as WordPressMessage).secret === secret;
