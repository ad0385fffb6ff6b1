import { defineConfig } from "vitest/config";
import { datasetPlugin } from "./src/build-steps/dataset-plugin.ts";

export default defineConfig({
  plugins: [datasetPlugin(new URL("./", import.meta.url))],
  test: {
    include: ["tests/**/*.test.ts"],
    // The build tests start a server and run an Astro build; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
