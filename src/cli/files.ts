// Turning the command line's paths, directories and globs into the list of files to lint.
import fs from "node:fs/promises";
import path from "node:path";
import { CliError } from "./errors.js";

/** A path as the user should see it: relative to the working directory when inside it. */
export function displayPath(file: string, cwd: string = process.cwd()): string {
  const rel = path.relative(cwd, file);
  return rel && !rel.startsWith("..") && !path.isAbsolute(rel) ? rel : file;
}

const IGNORE = ["**/node_modules/**", "**/.git/**"];

async function statOrNull(p: string) {
  try {
    return await fs.stat(p);
  } catch {
    return null;
  }
}

/** ".txt or .md" for the built-in plugins, the full list when a config adds others. */
function kinds(extensions: readonly string[]): string {
  const builtIn = [".txt", ".text", ".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown", ".ron"];
  if (extensions.every((e) => builtIn.includes(e))) return ".txt or .md";
  return extensions.join(", ");
}

function hasExtension(file: string, extensions: readonly string[]): boolean {
  return extensions.includes(path.extname(file).toLowerCase());
}

/**
 * Expands inputs in order, without duplicates. A missing path or a glob that matches nothing is
 * a usage error (exit 2); files whose extension no plugin handles are left out quietly, and an
 * input that leaves nothing to lint is an error too.
 */
export async function expandInputs(inputs: readonly string[], extensions: readonly string[], cwd: string): Promise<string[]> {
  const { glob, isDynamicPattern } = await import("tinyglobby");
  const seen = new Set<string>();
  const files: string[] = [];
  const add = (file: string) => {
    const absolute = path.resolve(cwd, file);
    if (!seen.has(absolute)) {
      seen.add(absolute);
      files.push(absolute);
    }
  };
  const extGlob = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(",")}}`;
  for (const input of inputs) {
    const stat = await statOrNull(path.resolve(cwd, input));
    let matched: string[];
    if (stat?.isDirectory()) {
      matched = (await glob(`**/${extGlob}`, { cwd: path.resolve(cwd, input), absolute: true, ignore: IGNORE, onlyFiles: true, caseSensitiveMatch: false })).sort();
      if (matched.length === 0) throw new CliError(`no ${kinds(extensions)} files under ${input}`, 2);
    } else if (stat) {
      matched = [input];
    } else if (isDynamicPattern(input)) {
      matched = (await glob(input, { cwd, absolute: true, ignore: IGNORE, onlyFiles: true, expandDirectories: false })).sort();
      if (matched.length === 0) throw new CliError(`no files match ${input}`, 2);
    } else {
      throw new CliError(`no such file or directory: ${input}`, 2);
    }
    const lintable = matched.filter((f) => hasExtension(f, extensions));
    if (lintable.length === 0 && !(stat?.isDirectory())) {
      // One explicit file of another type among many (a shell-expanded `dir/*`) is skipped quietly.
      if (inputs.length === 1) throw new CliError(`${input}: not a ${kinds(extensions)} file`, 2);
    }
    lintable.forEach(add);
  }
  if (files.length === 0) throw new CliError(`nothing to lint: no ${kinds(extensions)} files among the given paths`, 2);
  return files;
}
