// The tip every chart shows on hover and touch, kept inside the chart it sits in.
import * as Plot from "@observablehq/plot";
import type { ChartScope } from "./chart.ts";
import { frame } from "./frame.ts";

/** Plot's tip needs this much room beside the point besides its text: the pointer and padding. */
const TIP_CHROME = 12 + 2 * 8;

/**
 * The tip every chart shows on hover and touch, sized for the chart it sits in. Plot puts a tip on
 * whichever side of the point has room for it, but with nowhere wide enough it falls back to
 * centring it, and on a phone the default 20-em lines left no side wide enough: a tip ran off the
 * chart. So lines wrap at a little under half the chart's width, where one side always has room,
 * and a tip that still would not fit (a chart narrower than any line) is moved back inside.
 */
export function chartTip(
  data: Plot.Data,
  pointer: typeof Plot.pointerX,
  options: Plot.TipOptions & Plot.PointerOptions,
  ctx: ChartScope,
): Plot.Markish {
  const fontSize = Number.parseFloat(frame(ctx).style.fontSize);
  const lineWidth = Math.max(6, Math.min(20, Math.floor((ctx.width / 2 - TIP_CHROME) / fontSize)));
  return Plot.tip(data, { ...pointer({ ...options, render: keepTipInside }), lineWidth });
}

/** A render transform: after Plot has placed and measured the tip, shift it into the chart's width. */
function keepTipInside(
  index: number[],
  scales: Plot.ScaleFunctions,
  values: Plot.ChannelValues,
  dimensions: Plot.Dimensions,
  context: Plot.Context,
  next?: Plot.RenderFunction,
): SVGElement | null {
  const g = next!(index, scales, values, dimensions, context);
  if (!g || !index.length) return g;
  // Plot places the tip once it can measure text: in a microtask if the SVG is on the page, else
  // in the next frame. Scheduled after Plot's, this runs after it. (On the server, neither.)
  // Measured on screen, not from the tip's own transform: Plot also translates the group (and the
  // story's figure may scale the SVG), so the tip's own offsets alone do not say where it is.
  const shift = () => {
    const frame = context.ownerSVGElement.getBoundingClientRect();
    const scale = frame.width / dimensions.width || 1;
    for (const tip of g.children) {
      const [x, y] = (tip.getAttribute("transform")?.match(/-?[\d.]+/g) ?? ["0", "0"]).map(Number) as [number, number];
      const box = tip.getBoundingClientRect();
      const [left, right] = [(box.left - frame.left) / scale, (box.right - frame.left) / scale];
      const dx = left < 0 ? -left : right > dimensions.width ? Math.max(-left, dimensions.width - right) : 0;
      if (dx) tip.setAttribute("transform", `translate(${Math.round(x + dx)},${y})`);
    }
  };
  if (context.ownerSVGElement.isConnected) queueMicrotask(shift);
  else if (typeof requestAnimationFrame !== "undefined") requestAnimationFrame(shift);
  return g;
}
