import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    // textlint-tester reads describe/it from globalThis when it is imported.
    globals: true,
    include: ["tests/**/*.test.ts"],
    // The JSON report lets CI print a plain "N passed, N failed" closing line.
    reporters: ["default", "json"],
    outputFile: { json: "coverage/vitest-report.json" },
    testTimeout: 60_000
  }
});
