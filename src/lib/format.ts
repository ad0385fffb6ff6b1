// Number formatting for everything the site shows, in one place.

const kilobytes = new Intl.NumberFormat("en-US", { style: "unit", unit: "kilobyte", maximumFractionDigits: 1 });
const bytes = new Intl.NumberFormat("en-US", { style: "unit", unit: "byte", unitDisplay: "long" });

/** A file size as a reader expects it: "812 bytes", "4.2 kB" (1 kB = 1,000 bytes). */
export function formatBytes(n: number): string {
  return n < 1000 ? bytes.format(n) : kilobytes.format(n / 1000);
}
