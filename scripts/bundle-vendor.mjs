#!/usr/bin/env node
// Bundles dist/src/vendor/english.js (the English parser's packages, re-exported) into one file in
// place, after `tsc`: see src/vendor/english.ts. Without this step the re-exports still work, only
// slower to load.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const file = path.join(root, "dist", "src", "vendor", "english.js");
await build({
  entryPoints: [file],
  outfile: file,
  allowOverwrite: true,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  legalComments: "inline",
  sourcemap: true,
  logLevel: "warning",
  absWorkingDir: root
});
