// The charts' colours for each theme, in one place. The page's CSS custom properties are written
// from these (see cssVariables), so "auto" SVGs and the concrete light/dark renderings agree.
// Every text colour passes 4.5:1 and every mark colour 3:1 against its background.

/** light and dark are fixed; auto follows the reader's colour scheme (CSS custom properties). */
export const THEMES = ["light", "dark", "auto"] as const;
export type Theme = (typeof THEMES)[number];

/** A theme from a query string or attribute: anything but light or dark means auto. */
export const parseTheme = (value: string | null | undefined): Theme => (value === "light" || value === "dark" ? value : "auto");

export interface Palette {
  background: string;
  text: string;
  muted: string;
  grid: string;
  /** Human-smuggling investigations: the story's subject. */
  accent: string;
  /** Worksite enforcement: where the agents went. */
  secondary: string;
  /** Reference values (the earlier year), and context a step does not dwell on. */
  neutral: string;
  /** Context series a step is about (border, prosecutions): not HSI's work. */
  context: string;
}

export const PALETTES: Record<"light" | "dark", Palette> = {
  light: {
    background: "#fdfcf9",
    text: "#1b1b1b",
    muted: "#595959",
    grid: "#dedbd3",
    accent: "#b3261e",
    secondary: "#1f5fa8",
    neutral: "#6e6e6e",
    context: "#1d6b5e",
  },
  dark: {
    background: "#141414",
    text: "#ecebe8",
    muted: "#b3b0a8",
    grid: "#3a3a3a",
    accent: "#ff8a7a",
    secondary: "#86b9ff",
    neutral: "#a3a3a3",
    context: "#6fc7b6",
  },
};

const NAMES = Object.keys(PALETTES.light) as (keyof Palette)[];
const cssName = (name: string) => `--chart-${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;

/** Colours to draw with: concrete for light or dark, CSS variables for auto. */
export function palette(theme: Theme): Palette {
  if (theme !== "auto") return PALETTES[theme];
  return Object.fromEntries(NAMES.map((n) => [n, `var(${cssName(n)})`])) as unknown as Palette;
}

/** The CSS custom properties behind the "auto" palette, for a given theme. */
function cssVariables(theme: "light" | "dark"): string {
  return NAMES.map((n) => `${cssName(n)}: ${PALETTES[theme][n]};`).join(" ");
}

/** The colours as custom properties on the root: the reader's scheme by default, or the one an
 * embed asks for with data-theme on <html>. Every page carries it (Head.astro), and the script
 * embed's stylesheet is written from it. */
export const themeCss = (): string =>
  `:root{${cssVariables("light")}}@media (prefers-color-scheme: dark){:root:not([data-theme="light"]){${cssVariables("dark")}}}` +
  `:root[data-theme="light"]{color-scheme:light}:root[data-theme="dark"]{color-scheme:dark;${cssVariables("dark")}}`;
