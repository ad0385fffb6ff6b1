// The zip writer, read back by Python's zipfile (a reader that is not ours): every file whole under
// its path, folders as their own entries, every entry dated the given day, and the same bytes
// whatever the machine's time zone.
import { execFileSync } from "node:child_process";
import { afterEach, describe, expect, it } from "vitest";
import { zipFiles } from "../../../src/lib/zip.ts";

const READ = `
import io, json, sys, zipfile
z = zipfile.ZipFile(io.BytesIO(sys.stdin.buffer.read()))
assert z.testzip() is None
print(json.dumps([{"name": i.filename, "date": list(i.date_time), "dir": i.is_dir(), "text": z.read(i).decode("utf-8"), "mode": oct(i.external_attr >> 16)} for i in z.infolist()]))
`;
const read = (zip: Uint8Array) =>
  JSON.parse(execFileSync("python3", ["-c", READ], { input: zip }).toString()) as {
    name: string;
    date: number[];
    dir: boolean;
    text: string;
    mode: string;
  }[];

const FILES = { "README.md": "# Título\n", "data/series.csv": "id,title\na,“b”\n", "datapackage.json": "{}\n" };

describe("zipFiles", () => {
  const zone = process.env.TZ;
  afterEach(() => {
    process.env.TZ = zone;
  });

  it("holds every file whole, its folder first, all dated the given day", () => {
    const entries = read(zipFiles(FILES, "2026-12-04"));
    expect(entries.map((e) => e.name)).toEqual(["README.md", "data/", "data/series.csv", "datapackage.json"]);
    expect(entries.filter((e) => !e.dir).map((e) => [e.name, e.text])).toEqual(Object.entries(FILES));
    expect(entries.find((e) => e.name === "data/")?.dir).toBe(true);
    for (const e of entries) expect(e.date).toEqual([2026, 12, 4, 0, 0, 0]);
    expect(entries.find((e) => e.name === "README.md")?.mode).toBe("0o100644");
  });

  it("gives the same bytes in any time zone", () => {
    process.env.TZ = "UTC";
    const utc = zipFiles(FILES, "2026-12-04");
    process.env.TZ = "Pacific/Kiritimati";
    const ahead = zipFiles(FILES, "2026-12-04");
    process.env.TZ = "America/Los_Angeles";
    const behind = zipFiles(FILES, "2026-12-04");
    expect(Buffer.from(ahead).equals(Buffer.from(utc))).toBe(true);
    expect(Buffer.from(behind).equals(Buffer.from(utc))).toBe(true);
    expect(Buffer.from(zipFiles(FILES, "2026-12-05")).equals(Buffer.from(utc))).toBe(false);
  });
});
