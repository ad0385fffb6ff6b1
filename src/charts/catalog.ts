// Every chart's public facts, in story order: its id (in URLs), title, subtitle, the series it
// draws, how many states it steps through, and its proportions. No drawing code here, so the
// functions (oEmbed) and the snippet can know the charts without loading Plot.

export interface ChartMeta {
  /** Stable kebab-case id, used in public URLs. */
  id: string;
  title: string;
  subtitle: string;
  /** The series it draws, for "Get the data". */
  series: readonly string[];
  /** How many states the scrolly story steps through; the last is the whole chart. */
  states: number;
  /** Height as a share of width, for the wide and the narrow layout. */
  aspect: { wide: number; narrow: number };
}

/** Below this width a chart uses its narrow layout (taller, shorter labels). The page's CSS
 * container query switches between the two server renderings at the same width. */
export const NARROW_BELOW = 480;

/** Height for a given width: the aspect is fixed per layout, so a redraw never moves the page. */
export function chartHeight(meta: ChartMeta, width: number): number {
  return Math.round(width * (width < NARROW_BELOW ? meta.aspect.narrow : meta.aspect.wide));
}

const BARS = { wide: 0.6, narrow: 0.95 };

export const CATALOG = [
  {
    id: "smuggling-cases",
    title: "New smuggling cases fell by more than half",
    subtitle: "Human-smuggling cases opened by Homeland Security Investigations, by fiscal year",
    series: ["hsi-smuggling-cases-opened"],
    states: 2,
    aspect: BARS,
  },
  {
    id: "smuggling-cell-staff",
    title: "ICE's Human Smuggling Cell fell below half its 2016 staff",
    subtitle: "Staff of ICE's Human Smuggling Cell, 2016 = 100; no head counts are published",
    series: ["hsi-smuggling-cell-staff-index"],
    states: 2,
    aspect: BARS,
  },
  {
    id: "agents-shift",
    title: "Smuggling cases fell as worksite enforcement multiplied",
    subtitle: "HSI activity in FY2018, indexed to its FY2017 level (FY2017 = 100)",
    series: [
      "hsi-smuggling-cases-opened",
      "hsi-worksite-investigations-opened",
      "hsi-i9-audits-initiated",
      "hsi-worksite-criminal-arrests",
      "hsi-worksite-administrative-arrests",
    ],
    states: 3,
    aspect: { wide: 0.62, narrow: 1.15 },
  },
  {
    id: "border-apprehensions",
    title: "Border apprehensions dipped, then rose again",
    subtitle: "People apprehended by the U.S. Border Patrol at the Southwest border, by fiscal year",
    series: ["usbp-sw-apprehensions"],
    states: 1,
    aspect: BARS,
  },
  {
    id: "smuggling-prosecutions",
    title: "Harboring prosecutions rose",
    subtitle: "New federal prosecutions whose lead charge is under the harboring law, 8 U.S.C. 1324, by fiscal year",
    series: ["prosecutions-8-usc-1324"],
    states: 1,
    aspect: BARS,
  },
] as const satisfies readonly ChartMeta[];

export function chartMeta(id: string): ChartMeta {
  const meta = CATALOG.find((c) => c.id === id);
  if (!meta) throw new Error(`Unknown chart "${id}". Charts: ${CATALOG.map((c) => c.id).join(", ")}`);
  return meta;
}

export const findChartMeta = (id: string): ChartMeta | undefined => CATALOG.find((c) => c.id === id);
