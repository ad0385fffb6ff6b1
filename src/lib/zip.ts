// A zip archive that is the same bytes on every build: each entry dated the data's last change
// (not the build's clock), in the order given, with fixed Unix permissions. fflate writes it.
import { strToU8, type ZipOptions, zipSync } from "fflate";

/** Unix file type and permissions in the high bits of "external attributes" (rw-r--r--, rwxr-xr-x);
 * with the "made by Unix" byte, unzip gives extracted files these rather than its own guess. */
const FILE = { os: 3, attrs: 0o100644 * 0x10000 };
const FOLDER = { os: 3, attrs: 0o040755 * 0x10000, level: 0 as const };

/**
 * Zips files given by their path in the archive ("data/series.csv"). `date` (YYYY-MM-DD) dates
 * every entry: zip stores local time with no zone, and fflate reads a Date's local fields, so the
 * Date is made from local fields too and the bytes do not depend on the build machine's zone.
 * Each folder gets its own entry ahead of its files, as tools that unpack into folders expect.
 */
export function zipFiles(files: Readonly<Record<string, string | Uint8Array>>, date: string): Uint8Array<ArrayBuffer> {
  const [y, m, d] = date.split("-").map(Number) as [number, number, number];
  const mtime = new Date(y, m - 1, d);
  const entries: Record<string, [Uint8Array, ZipOptions]> = {};
  for (const [path, content] of Object.entries(files)) {
    const folders = path.split("/").slice(0, -1);
    folders.forEach((_, i) => {
      const folder = `${folders.slice(0, i + 1).join("/")}/`;
      entries[folder] ??= [new Uint8Array(0), { ...FOLDER, mtime }];
    });
    entries[path] = [typeof content === "string" ? strToU8(content) : content, { ...FILE, mtime, level: 9 }];
  }
  // fflate allocates a fresh ArrayBuffer for the archive.
  return zipSync(entries) as Uint8Array<ArrayBuffer>;
}
