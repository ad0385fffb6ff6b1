// The language switcher keeps the reader's place: just before the link is followed, its address
// gets the id of what is being read (the same ids in every edition): in the story, the step the
// sticky chart shows (the scrolly's own choice, so the link never names a different step); after
// it, the section whose heading was last passed.

/** The step the scrolly shows, while the story is under the middle of the screen. */
function activeStep(middle: number): string | null {
  const scrolly = document.querySelector<HTMLElement>("[data-scrolly]");
  const active = scrolly?.querySelector<HTMLElement>(".scrolly-figure")?.dataset.activeStep;
  if (!scrolly || active === undefined) return null;
  const { top, bottom } = scrolly.getBoundingClientRect();
  return top <= middle && bottom >= middle ? `step-${active}` : null;
}

/** The last section heading above the middle of the screen, or null above the first. */
function currentSection(middle: number): string | null {
  let place: string | null = null;
  for (const heading of document.querySelectorAll<HTMLElement>("section > h2[id]")) {
    if (heading.getBoundingClientRect().top > middle) break;
    place = heading.id;
  }
  return place;
}

export function startKeepPlace() {
  for (const link of document.querySelectorAll<HTMLAnchorElement>("a[data-keep-place]")) {
    const base = link.href.split("#")[0]!;
    // Pointer, keyboard and middle-click all pass through one of these before the link is used.
    const update = () => {
      const middle = window.innerHeight / 2;
      const place = activeStep(middle) ?? currentSection(middle);
      link.href = place ? `${base}#${place}` : base;
    };
    for (const type of ["pointerdown", "focus", "mouseenter", "click"]) link.addEventListener(type, update);
  }
}
