// The language switcher keeps the reader's place: just before the link is followed, its address
// gets the id of the step or section being read (the same ids in every edition), so the other
// edition opens at the same step.
const PLACES = ".step[id], section > h2[id]";

/** The last step or section heading whose top is above the middle of the viewport, or null at
 * the top of the page. */
function currentPlace(): string | null {
  const middle = window.innerHeight / 2;
  let place: string | null = null;
  for (const el of document.querySelectorAll<HTMLElement>(PLACES)) {
    if (el.getBoundingClientRect().top > middle) break;
    place = el.id;
  }
  return place;
}

export function startKeepPlace() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-keep-place]")) {
    const base = link.href.split("#")[0]!;
    // Pointer, keyboard and middle-click all pass through one of these before the link is used.
    const update = () => {
      const place = currentPlace();
      link.href = place ? `${base}#${place}` : base;
    };
    for (const type of ["pointerdown", "focus", "mouseenter", "click"]) link.addEventListener(type, update);
  }
}
