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

/** One file to lint, as the expansion found it. */
export interface InputFile {
  /** Absolute path as found (through any symlinks). */
  path: string;
  /** Where it really is (symlinks resolved); files are deduplicated on this. */
  real: string;
  /**
   * The real path of the directory (or a glob's fixed prefix) it was found under; undefined for a
   * file named on the command line. A file whose `real` lies outside it is reached through a link
   * that leaves the tree, and `--fix` does not write it.
   */
  tree?: string;
}

/** Whether `file` is `dir` or inside it. */
export function isInside(file: string, dir: string): boolean {
  const rel = path.relative(dir, file);
  return rel === "" || (!rel.startsWith("..") && !path.isAbsolute(rel));
}

/** The fixed leading folders of a glob (`stories/2026/*.md` → `stories/2026`). */
function globBase(pattern: string, isDynamic: (p: string) => boolean): string {
  const parts = pattern.split(/[\\/]/);
  const fixed: string[] = [];
  for (const part of parts.slice(0, -1)) {
    if (isDynamic(part)) break;
    fixed.push(part);
  }
  return fixed.join("/") || ".";
}

async function realpathOr(p: string): Promise<string> {
  try {
    return await fs.realpath(p);
  } catch {
    return p;
  }
}

/** What a path is when it is not a regular file, for the "skipped" notice. */
export function specialKind(stat: { isFIFO(): boolean; isCharacterDevice(): boolean; isBlockDevice(): boolean; isSocket(): boolean }): string {
  if (stat.isFIFO()) return "a named pipe (FIFO)";
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return "a device";
  if (stat.isSocket()) return "a socket";
  return "not a regular file";
}

/**
 * Expands inputs in order, without duplicates. A missing path or a glob that matches nothing is
 * a usage error (exit 2); files whose extension no plugin handles are left out quietly, and an
 * input that leaves nothing to lint is an error too. Devices, FIFOs and sockets (even behind a
 * `.txt` name or a symlink) are skipped with a notice: reading them would hang or never end. A
 * file reached twice (a symlink loop, two links to one story) is linted once.
 */
export async function expandInputs(
  inputs: readonly string[],
  extensions: readonly string[],
  cwd: string,
  notice: (message: string) => void = () => {}
): Promise<InputFile[]> {
  const { glob, isDynamicPattern } = await import("tinyglobby");
  const seen = new Set<string>();
  const files: InputFile[] = [];
  const add = async (file: string, tree: string | undefined) => {
    const absolute = path.resolve(cwd, file);
    let stat;
    try {
      stat = await fs.stat(absolute);
    } catch {
      return; // a dangling link: nothing to lint (and nothing to read)
    }
    if (stat.isDirectory()) return; // a folder named like a story
    if (!stat.isFile()) {
      notice(`skipped ${displayPath(absolute, cwd)}: ${specialKind(stat)}, not a file`);
      return;
    }
    const real = await realpathOr(absolute);
    if (seen.has(real)) return;
    seen.add(real);
    files.push({ path: absolute, real, tree });
  };
  const extGlob = extensions.length === 1 ? `*${extensions[0]}` : `*.{${extensions.map((e) => e.slice(1)).join(",")}}`;
  for (const input of inputs) {
    const stat = await statOrNull(path.resolve(cwd, input));
    let matched: string[];
    let tree: string | undefined;
    if (stat?.isDirectory()) {
      tree = await realpathOr(path.resolve(cwd, input));
      matched = (
        await glob(`**/${extGlob}`, { cwd: path.resolve(cwd, input), absolute: true, ignore: IGNORE, onlyFiles: true, caseSensitiveMatch: false })
      ).sort();
      if (matched.length === 0) throw new CliError(`no ${kinds(extensions)} files under ${input}`, 2);
    } else if (stat) {
      matched = [input];
    } else if (isDynamicPattern(input)) {
      tree = await realpathOr(path.resolve(cwd, globBase(input, isDynamicPattern)));
      matched = (await glob(input, { cwd, absolute: true, ignore: IGNORE, onlyFiles: true, expandDirectories: false })).sort();
      if (matched.length === 0) throw new CliError(`no files match ${input}`, 2);
    } else {
      throw new CliError(`no such file or directory: ${input}`, 2);
    }
    const lintable = matched.filter((f) => hasExtension(f, extensions));
    if (lintable.length === 0 && !stat?.isDirectory()) {
      // One explicit file of another type among many (a shell-expanded `dir/*`) is skipped quietly.
      if (inputs.length === 1) throw new CliError(`${input}: not a ${kinds(extensions)} file`, 2);
    }
    for (const file of lintable) await add(file, tree);
  }
  if (files.length === 0) throw new CliError(`nothing to lint: no ${kinds(extensions)} files among the given paths`, 2);
  return files;
}
