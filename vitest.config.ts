import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // The build tests start a server and run an Astro build; give them room on a 2-core machine.
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});
