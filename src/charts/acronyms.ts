// A chart read on its own (an embed, an image, the quote a CMS shows in its place) spells out the
// acronyms its words use, as the story defines them once: the one rule for which, and in what words.

/** The spelled-out acronyms ("HSI: Homeland Security Investigations, …") that these words use, and
 * those their spellings use in turn (HSI's names ICE), in the dictionary's order, joined as one
 * note; empty when they use none. */
export function spelledOut(words: string, acronyms: Readonly<Record<string, string>>): string {
  const entries = Object.entries(acronyms);
  let used: string[] = [];
  for (;;) {
    const text = [words, ...used].join(" ");
    const next = entries.filter(([acronym]) => new RegExp(`\\b${acronym}\\b`).test(text)).map(([, spelled]) => spelled);
    if (next.length === used.length) return next.join(" ");
    used = next;
  }
}
