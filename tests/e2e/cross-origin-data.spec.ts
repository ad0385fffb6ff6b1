// The data as a script or a notebook on another site reads it: a page on another origin fetches the
// static data files with headers that need a CORS preflight (revalidation, byte ranges), reads
// a part of the function's CSV, and draws a chart image into a canvas and reads it back, which a
// browser allows only for an image served for any origin.
import { expect, test } from "@playwright/test";
import { articlePage, hostPageFor } from "../support/host-page.ts";

const spec = hostPageFor(test);

test("a page on another origin revalidates the data files, reads ranges and uses the chart images", async ({ page }) => {
  spec.host.set(articlePage("<p>A notebook.</p>"));
  await page.goto(spec.host.origin);
  const read = await page.evaluate(async (site) => {
    const tried = async (run: () => Promise<unknown>) => {
      try {
        return await run();
      } catch (error) {
        return `refused: ${(error as Error).name}`;
      }
    };
    // A preflighted GET that revalidates: If-None-Match is no safelisted header.
    const revalidate = (path: string) =>
      tried(async () => {
        const first = await fetch(`${site}${path}`);
        const etag = first.headers.get("ETag");
        const again = await fetch(`${site}${path}`, { headers: { "If-None-Match": etag ?? "" } });
        return { first: first.status, etag: etag !== null, again: again.status };
      });
    // Ranges as a lazy reader reads them: a first part, then the next one preflighted with If-Range
    // naming the first part's ETag (a range is of the identity bytes, whose validator that is).
    const range = (path: string) =>
      tried(async () => {
        const first = await fetch(`${site}${path}`, { headers: { Range: "bytes=0-9" } });
        const etag = first.headers.get("ETag") ?? "";
        await first.arrayBuffer();
        const res = await fetch(`${site}${path}`, { headers: { Range: "bytes=10-19", "If-Range": etag } });
        return { status: res.status, contentRange: res.headers.get("Content-Range"), length: (await res.arrayBuffer()).byteLength };
      });
    const image = (path: string) =>
      tried(
        () =>
          new Promise((resolve, reject) => {
            const img = new Image();
            img.crossOrigin = "anonymous";
            img.onload = () => {
              const canvas = document.createElement("canvas");
              [canvas.width, canvas.height] = [img.naturalWidth, img.naturalHeight];
              canvas.getContext("2d")!.drawImage(img, 0, 0);
              // Throws SecurityError on a canvas tainted by an image not served for this origin.
              resolve({ width: img.naturalWidth, read: canvas.toDataURL("image/png").startsWith("data:image/png") });
            };
            img.onerror = () => reject(new Error("the image did not load"));
            img.src = `${site}${path}`;
          }),
      );
    return {
      observations: await revalidate("/data/observations.csv"),
      datapackage: await revalidate("/datapackage.json"),
      apiCsv: await revalidate("/api/data.csv?series=hsi-smuggling-cases-opened"),
      datasetZip: await revalidate("/es/data/smuggling-cases-data.zip"),
      chartBundle: await revalidate("/charts/smuggling-cases.zip"),
      chartMetadata: await revalidate("/es/charts/agents-shift.metadata.json"),
      rangeStatic: await range("/data/series.csv"),
      rangeApi: await range("/api/data.csv?lang=es"),
      png: await image("/charts/smuggling-cases.png"),
      svg: await image("/es/charts/agents-shift.svg"),
      svgText: await tried(async () => (await (await fetch(`${site}/charts/smuggling-cases.svg`)).text()).includes("<svg")),
      // The control: a page of the site is not for other origins, so the same browser refuses it.
      page: await tried(async () => (await fetch(`${site}/`, { headers: { "If-None-Match": '"x"' } })).status),
    };
  }, spec.site);

  for (const file of ["observations", "datapackage", "apiCsv", "datasetZip", "chartBundle", "chartMetadata"] as const)
    expect(read[file], file).toEqual({ first: 200, etag: true, again: 304 });
  for (const file of ["rangeStatic", "rangeApi"] as const)
    expect(read[file], file).toEqual({ status: 206, contentRange: expect.stringMatching(/^bytes 10-19\/\d+$/), length: 10 });
  expect(read.png).toEqual({ width: 1200, read: true });
  expect(read.svg).toEqual({ width: 1200, read: true });
  expect(read.svgText).toBe(true);
  expect(read.page).toBe("refused: TypeError");
});
