// Line breaking and width estimates for SVG text, which neither wraps nor can be measured before it
// is drawn (on the server, not at all): by an average glyph width of the sans-serif faces the
// charts and images use.

/** Average glyph width in em: of running text, and of wider text (bold, or capitals and figures
 * such as "FY2018*"). */
const EM_PER_GLYPH = { regular: 0.55, wide: 0.6 } as const;

/** The estimated width, in pixels, of a text (or of so many characters) at a font size. */
export const textWidth = (text: string | number, fontSize: number, kind: keyof typeof EM_PER_GLYPH = "regular") =>
  (typeof text === "number" ? text : text.length) * fontSize * EM_PER_GLYPH[kind];

/** The text as lines no wider than `width` pixels at `fontSize`. A word longer than a line keeps
 * a line of its own. */
export function wrap(text: string, fontSize: number, width: number): string[] {
  const perLine = Math.max(1, Math.floor(width / textWidth(1, fontSize)));
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && `${line} ${word}`.length > perLine) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}
