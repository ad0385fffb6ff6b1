// Makes a Plot SVG one image with one description for screen readers, wherever it is drawn.

/**
 * role="img" on the SVG (its aria-label and aria-description come from Plot's options), and no
 * aria-label on Plot's inner groups: axe flags aria-label on a <g> without a role, and the
 * description and the data table already say what they would.
 */
export function prepareForReaders(svg: Element, { keepTips }: { keepTips: boolean }): void {
  svg.setAttribute("role", "img");
  for (const g of svg.querySelectorAll("[aria-label]")) {
    // Static tip marks render hidden and do nothing without a pointer: drop them from static SVG.
    if (g.getAttribute("aria-label") === "tip" && !keepTips) g.remove();
    else if (g !== svg) g.removeAttribute("aria-label");
  }
}
