// Motion that explains a change of state: the island draws the new state, then animates it from
// the old one. Marks are paired by kind (Plot's data-mark) and order, texts by their words: what
// stays still stays still (axes that do not change), what moves moves (labels, a rescaled axis,
// a reframed line), new bars grow from the baseline, new lines draw themselves, other new marks
// fade in, and annotations arrive last. No layout changes: everything happens inside the SVG.
import { easeCubicInOut, interpolate, timer } from "d3";

const DURATION = 650;
/** Annotations arrive once the marks have moved. */
const ANNOTATION_DELAY = 550;
const FADE = 300;
const ATTRIBUTES = ["transform", "x", "y", "width", "height", "d", "cx", "cy", "r", "x1", "x2", "y1", "y2"];

interface Tween {
  delay: number;
  duration: number;
  step: (t: number) => void;
}

/** Top-level groups keyed by their kind and how many of that kind came before. */
function groups(svg: SVGSVGElement): Map<string, Element> {
  const seen = new Map<string, number>();
  const out = new Map<string, Element>();
  for (const g of svg.children) {
    if (g.tagName.toLowerCase() !== "g") continue;
    // Axes carry no mark name: keyed by their place among the unnamed groups, which is stable.
    const kind = `${g.getAttribute("data-mark") ?? "axis"}.${g.getAttribute("class") ?? ""}`;
    const n = seen.get(kind) ?? 0;
    seen.set(kind, n + 1);
    out.set(`${kind}#${n}`, g);
  }
  return out;
}

/** Children paired: texts by their words, everything else by order. */
function pairs(from: Element | undefined, to: Element): [Element | undefined, Element][] {
  const kids = [...to.children];
  const old = from ? [...from.children] : [];
  if (kids.every((k) => k.tagName.toLowerCase() === "text")) {
    const byText = new Map(old.map((o) => [o.textContent, o]));
    return kids.map((k) => [byText.get(k.textContent), k]);
  }
  return kids.map((k, i) => [old[i]?.tagName === k.tagName ? old[i] : undefined, k]);
}

function moveTween(from: Element, to: Element): Tween | null {
  const steps = ATTRIBUTES.flatMap((name) => {
    const [a, b] = [from.getAttribute(name), to.getAttribute(name)];
    if (a === null || b === null || a === b) return [];
    const i = interpolate(a, b);
    return [(t: number) => to.setAttribute(name, i(t))];
  });
  if (steps.length === 0) return null;
  for (const s of steps) s(0);
  return {
    delay: 0,
    duration: DURATION,
    step: (t) => {
      for (const s of steps) s(t);
    },
  };
}

function enterTween(el: Element, kind: string, delay: number): Tween {
  if (kind === "bar" && el.tagName.toLowerCase() === "rect") {
    // Bars grow from the baseline (their bottom edge).
    const [y, h] = [Number(el.getAttribute("y")), Number(el.getAttribute("height"))];
    const grow = (t: number) => {
      el.setAttribute("y", String(y + h * (1 - t)));
      el.setAttribute("height", String(h * t));
    };
    grow(0);
    return { delay, duration: DURATION, step: grow };
  }
  if (kind === "line" && el instanceof SVGPathElement) {
    // Lines draw themselves from their start.
    const length = el.getTotalLength();
    el.style.strokeDasharray = `${length}`;
    const draw = (t: number) => {
      el.style.strokeDashoffset = String(length * (1 - t));
      if (t === 1) el.style.removeProperty("stroke-dasharray");
    };
    draw(0);
    return { delay, duration: DURATION, step: draw };
  }
  const fade = (t: number) => ((el as SVGElement).style.opacity = t === 1 ? "" : String(t));
  fade(0);
  return { delay: delay + DURATION * 0.5, duration: FADE, step: fade };
}

/** Animates `to` (already in place) from the look of `from`, the state it replaces. */
export function morph(from: SVGSVGElement, to: SVGSVGElement): void {
  const tweens: Tween[] = [];
  const old = groups(from);
  for (const [key, g] of groups(to)) {
    const kind = g.getAttribute("data-mark") ?? "axis";
    if (kind === "tip") continue;
    const annotation = g.classList.contains("annotation");
    const before = annotation ? undefined : old.get(key);
    if (annotation) {
      const fade = (t: number) => ((g as SVGElement).style.opacity = t === 1 ? "" : String(t));
      fade(0);
      tweens.push({ delay: ANNOTATION_DELAY, duration: FADE, step: fade });
      continue;
    }
    const whole = before ? moveTween(before, g) : null;
    if (whole) tweens.push(whole);
    for (const [a, b] of pairs(before, g)) {
      const t = a ? moveTween(a, b) : enterTween(b, kind, 0);
      if (t) tweens.push(t);
    }
  }
  if (tweens.length === 0) return;
  const end = Math.max(...tweens.map((t) => t.delay + t.duration));
  const clock = timer((elapsed) => {
    for (const t of tweens) t.step(easeCubicInOut(Math.min(1, Math.max(0, (elapsed - t.delay) / t.duration))));
    if (elapsed >= end) clock.stop();
  });
}
