// The messages an embed sends to its host page, in one place: the embed page posts them and
// /embed.js listens for them.

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
