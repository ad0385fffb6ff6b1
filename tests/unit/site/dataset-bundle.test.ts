// The whole data set's zip keeps in its descriptor only the resources whose files it holds, so a
// resource the published descriptor adds elsewhere (an address on the site) never dangles in it.
import { expect, it } from "vitest";
import { descriptorInZip } from "../../../src/site/dataset-bundle.ts";

it("drops a resource whose file is not in the zip, and keeps the rest as they are", () => {
  const published = {
    name: "p",
    resources: [
      { name: "observations", path: "data/observations.csv", schema: { fields: [] } },
      { name: "api-csv", path: "api/data.csv" },
      { name: "series", path: "data/series.csv" },
    ],
  };
  const inZip = descriptorInZip(published, { "data/observations.csv": "", "data/series.csv": "", "README.md": "" });
  expect(inZip.resources.map((r) => r.name)).toEqual(["observations", "series"]);
  expect(inZip.resources[0]).toBe(published.resources[0]);
  expect(inZip.name).toBe("p");
});
