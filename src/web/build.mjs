// Builds the copydesk web page into dist/web/: index.html and style.css as they are, app.js
// (the page), docx.js (Word files, loaded on demand) and worker.js (the linter: kernel, plugins and the preset) bundled by esbuild for
// the browser. Run after `tsc` (npm run build:web). `node src/web/build.mjs [outdir]`.
import { build } from "esbuild";
import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, "../..");
const app = path.join(here, "app");

/** @param {string} [outdir] */
export async function buildWeb(outdir = path.join(root, "dist", "web")) {
  await fs.rm(outdir, { recursive: true, force: true });
  await fs.mkdir(outdir, { recursive: true });
  const common = {
    bundle: true,
    platform: "browser",
    target: ["chrome109", "firefox115", "safari16.4"],
    minify: true,
    legalComments: "none",
    logLevel: "warning",
    absWorkingDir: root,
    // @textlint/ast-tester, reached through the kernel, asserts with node:assert.
    alias: { "node:assert": path.join(app, "shims", "assert.js") },
    // textlint-plugin-html reads process.env.DEBUG unguarded, which a browser does not have.
    define: { "process.env.NODE_ENV": '"production"', "process.env.DEBUG": "undefined" }
  };
  await Promise.all([
    // docx.js (mammoth, for opening Word files) is a bundle of its own, fetched only when needed.
    build({ ...common, entryPoints: [path.join(app, "app.js")], format: "esm", outfile: path.join(outdir, "app.js"), external: ["./docx.js"] }),
    build({ ...common, entryPoints: [path.join(app, "docx.js")], format: "esm", outfile: path.join(outdir, "docx.js") }),
    build({ ...common, entryPoints: [path.join(app, "worker.js")], format: "iife", outfile: path.join(outdir, "worker.js") }),
    fs.copyFile(path.join(app, "index.html"), path.join(outdir, "index.html")),
    fs.copyFile(path.join(app, "style.css"), path.join(outdir, "style.css")),
    // The English word list (src/text/lexicon/english-words.ts) as a script the worker imports
    // (the page's policy allows its own scripts and no fetches).
    fs
      .readFile(path.join(path.dirname(createRequire(import.meta.url).resolve("word-list")), "words.txt"), "utf8")
      .then((words) => fs.writeFile(path.join(outdir, "words.js"), `self.copydeskEnglishWords=${JSON.stringify(words)};\n`))
  ]);
  return outdir;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = await buildWeb(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  // stderr: `npm pack` (run by the pre-commit framework) must print only the tarball's name on stdout.
  process.stderr.write(`copydesk web page built in ${path.relative(process.cwd(), outdir) || "."}\n`);
}
