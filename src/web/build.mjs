// Builds the copydesk web page into dist/web/: index.html and style.css as they are, app.js
// (the page), docx.js (Word files, loaded on demand) and worker.js (the linter: kernel, plugins
// and the preset) bundled by esbuild for the browser, words.js (the English word list), and
// copydesk.html, all of it in one file. Run after `tsc` (npm run build:web). `node src/web/build.mjs [outdir]`.
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
  await writeSingleFile(outdir);
  return outdir;
}

/**
 * `copydesk.html`: the same page as one self-contained file, for editors who open it from disk
 * or from any intranet web server. A page opened from `file://` may not load module scripts or
 * workers from files, so the style, the page's script, the worker's source (with the word list)
 * and the Word reader are inlined; the page starts its worker and imports the Word reader from
 * Blobs of those sources (app.js looks for `#copydesk-worker` and `#copydesk-docx`).
 */
async function writeSingleFile(outdir) {
  const [html, css, appJs, workerCode, wordsJs, docxJs] = await Promise.all(
    ["index.html", "style.css", "app.js", "worker.js", "words.js", "docx.js"].map((name) => fs.readFile(path.join(outdir, name), "utf8"))
  );
  // The worker finds the word list already set (words.js first) instead of importing it.
  const workerJs = `${wordsJs}\n${workerCode}`;
  const inline = (code) => code.replace(/<\/(script)/gi, "<\\/$1").replace(/<!--/g, "<\\!--");
  // The escapes must leave the worker's code as it was: `<\/` and `<\!` mean `</` and `<!` in
  // JavaScript strings, regular expressions and templates, and cannot occur outside them.
  new Function(inline(workerJs));
  const STYLE_LINK = /<link rel="stylesheet" href="style\.css"\s*\/?>/u;
  const APP_SCRIPT = /<script type="module" src="app\.js"><\/script>/u;
  if (!STYLE_LINK.test(html) || !APP_SCRIPT.test(html)) throw new Error("copydesk.html: index.html no longer has the expected style and script tags");
  const page = html
    .replace(STYLE_LINK, () => `<style>\n${css}</style>`)
    .replace(
      APP_SCRIPT,
      () =>
        `<script type="text/plain" id="copydesk-worker">${inline(workerJs)}</script>\n` +
        `<script type="text/plain" id="copydesk-docx">${inline(docxJs)}</script>\n` +
        `<script type="module">${inline(appJs)}</script>`
    );
  await fs.writeFile(path.join(outdir, "copydesk.html"), page);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const outdir = await buildWeb(process.argv[2] ? path.resolve(process.argv[2]) : undefined);
  // stderr: `npm pack` (run by the pre-commit framework) must print only the tarball's name on stdout.
  process.stderr.write(`copydesk web page built in ${path.relative(process.cwd(), outdir) || "."}\n`);
}
