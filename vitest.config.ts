import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // textlint-tester reads describe/it from globalThis when it is imported.
    globals: true,
    include: ["tests/**/*.test.ts"],
    testTimeout: 60_000
  }
});
