#!/usr/bin/env node
// Bundles each module of dist/src/vendor (the English parser's packages, textlint's kernel, each
// re-exported) into one file in place, after `tsc`: see src/vendor/. Without this step the
// re-exports still work, only slower to load.
import { build } from "esbuild";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const vendor = path.join(root, "dist", "src", "vendor");
for (const name of ["english.js", "kernel.js"]) {
  const file = path.join(vendor, name);
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
    absWorkingDir: root,
    // CommonJS inside an ES module bundle requires Node's built-ins through a real `require`.
    banner: { js: 'import { createRequire as __copydeskRequire } from "node:module"; const require = __copydeskRequire(import.meta.url);' }
  });
}
