// Line breaking for SVG text, which does not wrap by itself: greedy, by an average glyph width
// (about 0.55 em in the sans-serif faces the charts and images use).

/** The text as lines no wider than `width` pixels at `fontSize`. A word longer than a line keeps
 * a line of its own. */
export function wrap(text: string, fontSize: number, width: number): string[] {
  const perLine = Math.max(1, Math.floor(width / (fontSize * 0.55)));
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
