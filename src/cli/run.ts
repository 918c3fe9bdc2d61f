// The work behind `copydesk`: load the rules, read each file in its encoding, lint or fix it,
// and report. Imported lazily by main.ts once the arguments are known to be good.
import fs from "node:fs/promises";
import fsSync, { constants as fsConstants } from "node:fs";
import os from "node:os";
import path from "node:path";
import type { TextlintResult } from "@textlint/types";
import type { CliOptions } from "./args.js";
import { loadRuleConfig } from "./config.js";
import { decodeBuffer, encodeText, type DecodedText } from "./encoding.js";
import { CliError, firstLine } from "./errors.js";
import { displayPath, expandInputs, isInside, specialKind } from "./files.js";
import { isDocxPath } from "../formats/docx.js";
import { writeFileAtomic } from "./write.js";
import { createLinter, type Linter } from "./linter.js";
import { fixByLinting } from "../text/fix-until-stable.js";
import { MARKDOWN_EXTENSIONS, markdownTooComplex, markdownTooDeep } from "../text/markdown-limits.js";

export const FORMATS = ["stylish", "json", "sarif", "github", "checkstyle", "junit", "compact", "unix", "tap", "table", "pretty-error", "jslint-xml"];

/** The error inside textlint's "Failed to parse text by plugin: …" message, on one line. */
function parserFailure(message: string): string {
  const error = /^\s*(\w*Error: .*)$/m.exec(message);
  return error ? error[1]!.trim() : firstLine(message);
}

const STDIN_DEFAULT_NAME = "stdin.txt";

export interface Context {
  cwd: string;
  /** Exit 2 at the end: some input could not be read, decoded or written. */
  inputError: boolean;
}

/** Where notices go: stderr, or (in a worker thread) the current file's list, so the main thread prints them in input order. */
let noticeSink = (message: string): void => {
  process.stderr.write(`copydesk: ${message}\n`);
};

export function setNoticeSink(sink: (message: string) => void): void {
  noticeSink = sink;
}

function notice(message: string): void {
  noticeSink(message);
}

function countFindings(results: readonly TextlintResult[]) {
  const counts = { files: results.length, errors: 0, warnings: 0, infos: 0 };
  for (const result of results) {
    for (const m of result.messages) {
      if (m.severity === 2) counts.errors++;
      else if (m.severity === 3) counts.infos++;
      else counts.warnings++;
    }
  }
  return counts;
}

type Formatter = (results: TextlintResult[], texts: Map<string, string>) => string;

async function loadFormatter(options: CliOptions, cwd: string, version: string): Promise<Formatter> {
  if (options.format === "sarif") {
    const { formatSarif } = await import("./sarif.js");
    return (results, texts) => formatSarif(results, { cwd, version, texts });
  }
  if (options.format === "github") {
    const { formatGithub } = await import("./github.js");
    return (results) => formatGithub(results, cwd);
  }
  if (options.format === "json") {
    // What textlint's json formatter writes (@textlint/linter-formatter formatters/json.js), without
    // loading the package and its other formatters for it (a fifth of a one-story run).
    return (results) => `${JSON.stringify(results)}\n`;
  }
  const toTerminal = Boolean(process.stdout.isTTY) && !options.outputFile;
  const color = options.color ?? (toTerminal && !process.env.NO_COLOR);
  if (options.format === "stylish") {
    const { formatStylish } = await import("./stylish.js");
    const width = toTerminal ? process.stdout.columns : undefined;
    return (results) => formatStylish(results, { color, width, fixCommand: fixCommand(options) });
  }
  const { loadLinterFormatter } = await import("textlint/lib/src/formatter.js");
  try {
    const formatter = await loadLinterFormatter({ formatterName: options.format, color });
    return (results) => formatter.format(results);
  } catch {
    throw new CliError(`unknown format "${options.format}" (use one of: ${FORMATS.join(", ")})`, 2);
  }
}

/** The command that applies the fixes where this run happens, for stylish's closing hint. */
function fixCommand(options: CliOptions): string {
  if (!options.staged) return "copydesk --fix [file]";
  // Under the pre-commit framework copydesk lives in the framework's own environment, not on
  // PATH; its manifest has a manual-stage hook for the fixes.
  if (process.env.PRE_COMMIT) return "pre-commit run --hook-stage manual copydesk-fix";
  return "copydesk --staged --fix";
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks);
}

/** Reads and decodes one file; reports and returns undefined when it cannot be linted. */
export async function readInput(file: string, ctx: Context): Promise<(DecodedText & { original?: Buffer }) | undefined> {
  let bytes: Buffer;
  try {
    // O_NONBLOCK: a FIFO swapped in after the expansion opens at once instead of waiting for a
    // writer; fstat then says what was opened, so a device is never read (it may never end).
    // Synchronous: the command reads and lints one file at a time (in-process or in a worker),
    // so nothing else runs meanwhile, and four trips through the thread pool per file left the
    // process idle for a third of a 1,000-story run (issue 19).
    const fd = fsSync.openSync(file, fsConstants.O_RDONLY | fsConstants.O_NONBLOCK);
    try {
      const stat = fsSync.fstatSync(fd);
      if (!stat.isFile()) {
        notice(`skipped ${displayPath(file, ctx.cwd)}: ${specialKind(stat)}, not a file`);
        return undefined;
      }
      bytes = fsSync.readFileSync(fd);
    } finally {
      fsSync.closeSync(fd);
    }
  } catch (error) {
    notice(`cannot read ${displayPath(file, ctx.cwd)}: ${firstLine(error)}`);
    ctx.inputError = true;
    return undefined;
  }
  const decoded = await decodeInput(bytes, file, ctx);
  // The bytes as read: --fix writes only over a file that still holds them.
  return decoded && { ...decoded, original: bytes };
}

/** Decodes a file's bytes (from disk or the git index); reports what cannot be linted. */
async function decodeInput(bytes: Buffer, file: string, ctx: Context): Promise<DecodedText | undefined> {
  if (isDocxPath(file)) return readDocx(bytes, displayPath(file, ctx.cwd), ctx);
  const decoded = await decodeBuffer(bytes);
  if (decoded.kind === "binary") {
    notice(`skipped ${displayPath(file, ctx.cwd)}: binary file`);
    return undefined;
  }
  if (decoded.kind === "undecodable") {
    notice(`cannot read ${displayPath(file, ctx.cwd)}: ${decoded.reason}; left untouched`);
    ctx.inputError = true;
    return undefined;
  }
  return decoded;
}

/** A Word file's text, one paragraph per line (formats/docx.ts). */
async function readDocx(bytes: Buffer, shown: string, ctx?: Context): Promise<DecodedText | undefined> {
  const { docxText } = await import("../formats/docx.js");
  try {
    return { kind: "text", text: await docxText(bytes), encoding: "utf-8", bom: false };
  } catch (error) {
    if (!ctx) throw new CliError(`cannot read ${shown}: ${firstLine(error)}`, 2);
    notice(`cannot read ${shown}: ${firstLine(error)}; left untouched`);
    ctx.inputError = true;
    return undefined;
  }
}

/** Why `--fix` leaves a Word file alone, and how to get the fixed text instead. */
function docxKeepOut(shown: string): string {
  return `copydesk does not write Word files; \`copydesk --fix --dry-run ${shown}\` shows the fixes, \`copydesk --fix --stdin --stdin-filename ${path.basename(shown)} < ${shown}\` prints the fixed text`;
}

/** The staged copy files, read from the index; positional paths (as lint-staged passes them) narrow the set. */
async function stagedInputs(options: CliOptions, extensions: readonly string[], ctx: Context) {
  const { stagedCopyFiles, NotAGitRepositoryError } = await import("../git/staged.js");
  let staged;
  try {
    staged = stagedCopyFiles(ctx.cwd, extensions);
  } catch (error) {
    if (error instanceof NotAGitRepositoryError) throw new CliError(`--staged: ${error.message}`, 2);
    throw new CliError(`--staged: git failed: ${firstLine(error)}`, 2);
  }
  const only = options.inputs.length > 0 ? new Set(options.inputs.map((p) => path.resolve(ctx.cwd, p))) : undefined;
  return staged
    .filter((file) => !only || only.has(file.absolutePath))
    .map((file) => ({
      filePath: file.absolutePath,
      shown: displayPath(file.absolutePath, ctx.cwd),
      stdin: false,
      keepOut: isDocxPath(file.absolutePath)
        ? docxKeepOut(displayPath(file.absolutePath, ctx.cwd))
        : file.workingTreeMatches
          ? undefined
          : "the working tree differs from the staged copy",
      read: () => decodeInput(file.content, file.absolutePath, ctx)
    }));
}

/** Same file: same path once links are resolved, or the same inode (a hard link). */
async function sameFile(a: string, b: string): Promise<boolean> {
  try {
    const [sa, sb] = await Promise.all([fs.stat(a), fs.stat(b)]);
    return sa.dev === sb.dev && sa.ino === sb.ino;
  } catch {
    return false;
  }
}

/** `-o story.txt` with story.txt among the inputs would replace the story with the report. */
async function refuseOutputOverInput(output: string, inputs: readonly string[], shown: string): Promise<void> {
  try {
    await fs.stat(output);
  } catch {
    return; // a new file cannot be an input
  }
  for (const input of inputs) {
    if (await sameFile(output, input)) {
      throw new CliError(`-o ${shown} is one of the files being linted; the report would replace it. Write the report elsewhere`, 2);
    }
  }
}

function hasErrors(results: readonly TextlintResult[]): boolean {
  return results.some((r) => r.messages.some((m) => m.severity === 2));
}

export interface Input {
  filePath: string;
  shown: string;
  stdin: boolean;
  read: () => Promise<(DecodedText & { original?: Buffer }) | undefined>;
  /** Why `--fix` must not write this file, if it must not. */
  keepOut?: string;
}

export interface RunState {
  options: CliOptions;
  linter: Linter;
  ctx: Context;
  results: TextlintResult[];
  texts: Map<string, string>;
  diffs: string[];
  fixedProblems: number;
  fixedFiles: number;
}

/**
 * From this many files on, the default is one worker per core. A worker costs a preset load
 * (about 0.3 s of CPU) and a cold JIT; on a 2-core machine with small stories (People's Daily,
 * about 6 KB each) `--jobs 2` was slower than in-process at 50 and 200 files (0.79 s against
 * 0.55 s, 1.28 against 1.04), even at 400 (1.54 against 1.47). Since the command reads files
 * synchronously it is slower at 1,000 too (2.40–2.65 s against 2.06–2.36, three runs each), and
 * faster only from a few thousand (4,000: 6.4–7.2 s against 6.8–7.9).
 */
const MANY_FILES = 2000;

/**
 * How many worker threads lint the files: 1 (in-process) unless there are many files. Modes that
 * write or depend on every file in one place stay in-process: --fix (writes files, counts and
 * diffs in order), --staged (reads the git index, may fix), --stdin (one text, maybe fixed to
 * stdout) and --across-files (its index collects every file's text model in this thread).
 */
export function workerCount(options: CliOptions, files: number): number {
  if (options.fix || options.staged || options.stdin || options.acrossFiles) return 1;
  const wanted = options.jobs ?? (files >= MANY_FILES ? os.availableParallelism() : 1);
  return Math.max(1, Math.min(wanted, files));
}

/** Lints (or fixes) one decoded input into state.results; reports what cannot be linted. */
export async function lintInput(input: Input, decoded: DecodedText & { original?: Buffer }, state: RunState): Promise<void> {
  const { options, linter, ctx, results, texts, diffs } = state;
  // Markdown the parser cannot take in bounded time or depth is refused before it is parsed:
  // nesting (named with its depth and line), then huge lists and tables.
  if (MARKDOWN_EXTENSIONS.includes(path.extname(input.filePath).toLowerCase())) {
    const tooDeep = markdownTooDeep(decoded.text);
    if (tooDeep) {
      notice(`${input.shown}: ${tooDeep}`);
      ctx.inputError = true;
      return;
    }
    const why = markdownTooComplex(decoded.text);
    if (why) {
      notice(`${input.shown}: too complex to parse as Markdown: ${why}; not linted`);
      ctx.inputError = true;
      return;
    }
  }
  // The text findings are reported against: as fixed (or as it would be, with --dry-run).
  let text = decoded.text;
  // The lint of the fixed text, when fixing ended with one (see fixByLinting).
  let linted: { text: string; result: TextlintResult } | undefined;
  try {
    if (options.fix && input.keepOut) {
      notice(`${input.shown}: ${input.keepOut}; not fixed`);
    } else if (options.fix) {
      const fixed = await fixByLinting(text, (current) => linter.lintText(current, input.filePath));
      linted = { text: fixed.output, result: fixed.lint };
      if (fixed.output !== text) {
        if (options.dryRun) {
          const { unifiedDiff } = await import("./diff.js");
          const name = input.stdin ? input.shown : input.shown.split(path.sep).join("/");
          diffs.push(unifiedDiff(`a/${name}`, `b/${name}`, text, fixed.output));
          text = fixed.output;
        } else {
          try {
            const bytes = await encodeText(fixed.output, decoded.encoding, decoded.bom).catch((error: unknown) => {
              throw new CliError(`cannot fix ${input.shown}: ${firstLine(error)}; left untouched`, 2);
            });
            if (input.stdin) process.stdout.write(bytes);
            else await writeFileAtomic(input.filePath, bytes, decoded.original);
            text = fixed.output;
          } catch (error) {
            // Not written: say why, and report the findings against the file as it is.
            if (!(error instanceof CliError)) throw error;
            notice(error.message);
            ctx.inputError = true;
          }
        }
        if (text === fixed.output) {
          state.fixedProblems += fixed.applyingMessages.length;
          state.fixedFiles++;
        }
      } else if (input.stdin && !options.dryRun) {
        process.stdout.write(await encodeText(text, decoded.encoding, decoded.bom));
      }
    }
    const result = linted?.text === text ? linted.result : await linter.lintText(text, input.filePath);
    // textlint reports a parser crash as a finding whose message is the whole stack trace.
    const crash = result.messages.find((m) => m.ruleId === "plugin-error");
    if (crash) throw new CliError(`cannot parse ${input.shown}: ${parserFailure(crash.message)}; not linted`, 2);
    if (input.stdin && !options.stdinFilename) result.filePath = "<stdin>";
    results.push(result);
    if (options.format === "sarif") texts.set(result.filePath, text);
  } catch (error) {
    notice(error instanceof CliError ? error.message : `${input.shown}: ${firstLine(error)}`);
    ctx.inputError = true;
  }
}

export async function run(options: CliOptions, meta: { version: string }): Promise<number> {
  const cwd = process.cwd();
  const ctx: Context = { cwd, inputError: false };
  const config = await loadRuleConfig({ config: options.config, cwd, lang: options.lang, locale: options.locale });
  const formatter = options.fix && options.dryRun ? undefined : await loadFormatter(options, cwd, meta.version);
  const across = options.acrossFiles ? (await import("./across.js")).acrossFilesRun({ lang: options.lang, locale: options.locale, cwd }) : undefined;
  const descriptor = across ? across.descriptor.concat(config.descriptor) : config.descriptor;
  const linter = createLinter({ descriptor, quiet: options.quiet });

  // Inputs: stdin, or the files behind the paths, directories and globs (default "."). Files are
  // read one at a time inside the loop, so a large tree is never all in memory.
  let inputs: Input[];
  if (options.staged) {
    inputs = await stagedInputs(options, config.descriptor.availableExtensions, ctx);
    // No staged copy: nothing to say, and the commit goes ahead.
    if (inputs.length === 0) return 0;
  } else if (options.stdin) {
    const name = options.stdinFilename ?? STDIN_DEFAULT_NAME;
    const ext = path.extname(name).toLowerCase();
    if (!config.descriptor.availableExtensions.includes(ext)) {
      throw new CliError(`--stdin-filename ${name}: no parser for "${ext || "(no extension)"}"; use a .txt or .md name`, 2);
    }
    const stdinBytes = await readStdin();
    const decoded = isDocxPath(name) ? (await readDocx(stdinBytes, "stdin"))! : await decodeBuffer(stdinBytes);
    if (decoded.kind === "binary") throw new CliError("stdin is binary, not text", 2);
    if (decoded.kind === "undecodable") throw new CliError(`cannot read stdin: ${decoded.reason}`, 2);
    inputs = [{ filePath: path.resolve(cwd, name), shown: options.stdinFilename ?? "<stdin>", stdin: true, read: async () => decoded }];
  } else {
    const files = await expandInputs(options.inputs.length > 0 ? options.inputs : ["."], config.descriptor.availableExtensions, cwd, notice);
    inputs = files.map((file) => {
      const shown = displayPath(file.path, cwd);
      // A link inside the tree that leads out of it: --fix would rewrite a file nobody asked for.
      // A Word file is linted from its text and never written back.
      const keepOut =
        file.tree && !isInside(file.real, file.tree)
          ? `links outside ${displayPath(file.tree, cwd) || "."} (to ${file.real})`
          : isDocxPath(file.path) && !options.dryRun
            ? docxKeepOut(shown)
            : undefined;
      return { filePath: file.path, shown, stdin: false, read: () => readInput(file.path, ctx), keepOut };
    });
  }
  if (options.outputFile)
    await refuseOutputOverInput(
      path.resolve(cwd, options.outputFile),
      inputs.filter((i) => !i.stdin).map((i) => i.filePath),
      options.outputFile
    );

  const results: TextlintResult[] = [];
  const texts = new Map<string, string>();
  const diffs: string[] = [];
  const { Progress } = await import("./progress.js");
  const progress = new Progress(inputs.length, process.stderr);
  const state: RunState = { options, linter, ctx, results, texts, diffs, fixedProblems: 0, fixedFiles: 0 };
  const jobs = workerCount(options, inputs.length);
  if (jobs > 1) {
    const { lintOnWorkers } = await import("./pool.js");
    await lintOnWorkers(options, inputs, jobs, (outcome) => {
      for (const message of outcome.notices) notice(message);
      progress.tick();
      if (outcome.inputError) ctx.inputError = true;
      if (outcome.result) {
        results.push(outcome.result);
        if (options.format === "sarif") texts.set(outcome.result.filePath, outcome.text!);
      }
    });
  } else {
    for (const input of inputs) {
      const decoded = await input.read();
      progress.tick();
      if (decoded) await lintInput(input, decoded, state);
    }
  }
  const { fixedProblems, fixedFiles } = state;

  progress.clear();
  across?.addFindings(results);
  const stdinFix = options.stdin && options.fix;
  if (options.fix && options.dryRun) {
    process.stdout.write(diffs.join(""));
  } else if (formatter && !stdinFix) {
    const output = formatter(results, texts);
    if (options.outputFile) await fs.writeFile(path.resolve(cwd, options.outputFile), output);
    else if (output) process.stdout.write(output.endsWith("\n") ? output : `${output}\n`);
  }
  // Every run ends with one line saying what was checked, even when nothing was found.
  notice(progress.summary(countFindings(results)));
  if (options.fix && fixedFiles > 0) {
    const verb = options.dryRun ? "would fix" : "fixed";
    notice(`${verb} ${fixedProblems} problem${fixedProblems === 1 ? "" : "s"} in ${fixedFiles} file${fixedFiles === 1 ? "" : "s"}`);
    if (options.staged && !options.dryRun) {
      // The index still holds the damaged copy: the commit must wait for `git add`.
      notice("the fixes are in the working tree only: review them, `git add` the files and commit again");
      return ctx.inputError ? 2 : 1;
    }
  }
  if (ctx.inputError) return 2;
  return hasErrors(results) ? 1 : 0;
}
