import { parseArgs } from "node:util";
import { CliError } from "./errors.js";

/** Parsed command line. Kept free of heavy imports: `--help` and `--version` must start fast. */
export interface CliOptions {
  inputs: string[];
  format: string;
  fix: boolean;
  dryRun: boolean;
  stdin: boolean;
  stdinFilename?: string;
  /** Lint the staged (index) content of the repository's .md/.txt files. */
  staged: boolean;
  /** Also report paragraphs repeated from another file of the same run. */
  acrossFiles: boolean;
  lang?: "zh" | "en" | "auto";
  locale?: "zh" | "en" | "auto";
  config?: string;
  outputFile?: string;
  quiet: boolean;
  /** Worker threads to lint on; undefined: in-process for few files, one per core for many. */
  jobs?: number;
  color?: boolean;
  help: boolean;
  version: boolean;
}

export const USAGE = `Usage: copydesk [options] [paths | dirs | globs ...]
       copydesk serve [--port N]   open the web page: paste a story, see findings
       copydesk lsp                the language server, on stdio, for editors

Lint news copy (.txt, .md, .html, .docx) for editorial damage. Directories are searched
recursively (node_modules and .git are skipped); with no paths, "." is linted.
With no .textlintrc* in the project, copydesk uses its own preset; with one, it
honours it exactly as textlint does.

Options:
  -f, --format <name>       Output format: stylish (default), json, sarif, github,
                            checkstyle, junit, compact, unix, tap, table,
                            pretty-error, jslint-xml
      --fix                 Apply automatic fixes and write the files back
                            (atomically, keeping encoding, BOM and permissions)
      --dry-run             With --fix: print a unified diff and write nothing
      --staged              Lint the .txt/.md files staged in this git repository,
                            as staged (for pre-commit hooks); paths narrow the set.
                            With --fix, fixes the working-tree files (only those
                            without unstaged edits) and asks you to re-stage
      --across-files        Also report paragraphs that repeat another file of
                            this run (a story reusing another's copy), as warnings
      --stdin               Lint text from standard input
      --stdin-filename <f>  Name for the stdin text; its extension picks the
                            parser (default: stdin.txt)
      --lang <zh|en|auto>   Analyse copy as Chinese, English, or per paragraph
                            (default: auto)
      --locale <zh|en|auto> Language of messages (default: the language of the
                            flagged copy)
  -c, --config <file>       Use this textlint config instead of searching for one
  -o, --output-file <file>  Write the report to a file instead of stdout
      --quiet               Report errors only, not warnings
  -j, --jobs <n>            Lint on n worker threads (default: one per core from
                            2,000 files on); 1 lints in-process. --fix, --staged,
                            --stdin and --across-files always run in-process
      --color, --no-color   Force or disable colour (default: on for a terminal)
  -h, --help                Show this help
  -v, --version             Show the version

Exit codes: 0 no errors, 1 errors found, 2 usage, config or input error.`;

const LANGS = ["zh", "en", "auto"] as const;

function oneOf<T extends string>(name: string, value: string | undefined, allowed: readonly T[]): T | undefined {
  if (value === undefined) return undefined;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--${name} must be one of ${allowed.join(", ")}, not "${value}"`, 2);
}

function jobsOption(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d{0,3}$/.test(value)) throw new CliError(`--jobs must be a whole number from 1 to 9999, not "${value}"`, 2);
  return Number(value);
}

export function parseCommandLine(argv: string[]): CliOptions {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: "string", short: "f" },
        fix: { type: "boolean" },
        "dry-run": { type: "boolean" },
        stdin: { type: "boolean" },
        staged: { type: "boolean" },
        "across-files": { type: "boolean" },
        "stdin-filename": { type: "string" },
        lang: { type: "string" },
        locale: { type: "string" },
        config: { type: "string", short: "c" },
        "output-file": { type: "string", short: "o" },
        quiet: { type: "boolean" },
        jobs: { type: "string", short: "j" },
        color: { type: "boolean" },
        "no-color": { type: "boolean" },
        help: { type: "boolean", short: "h" },
        version: { type: "boolean", short: "v" }
      }
    });
  } catch (error) {
    // parseArgs messages are multi-line and mention internals; keep the first line.
    const text = String((error as Error).message);
    const unknown = /Unknown option '([^']+)'/.exec(text);
    const first = unknown ? `unknown option ${unknown[1]}` : text.split("\n")[0].replace(/\.$/, "");
    throw new CliError(`${first} (see copydesk --help)`, 2);
  }
  const v = parsed.values;
  const options: CliOptions = {
    inputs: parsed.positionals,
    format: v.format ?? "stylish",
    fix: v.fix ?? false,
    dryRun: v["dry-run"] ?? false,
    stdin: v.stdin ?? false,
    staged: v.staged ?? false,
    acrossFiles: v["across-files"] ?? false,
    stdinFilename: v["stdin-filename"],
    lang: oneOf("lang", v.lang, LANGS),
    locale: oneOf("locale", v.locale, LANGS),
    config: v.config,
    outputFile: v["output-file"],
    quiet: v.quiet ?? false,
    jobs: jobsOption(v.jobs),
    color: v["no-color"] ? false : v.color,
    help: v.help ?? false,
    version: v.version ?? false
  };
  if (options.help || options.version) return options;
  if (options.dryRun && !options.fix) throw new CliError("--dry-run only works with --fix", 2);
  if (options.stdinFilename !== undefined && !options.stdin) throw new CliError("--stdin-filename needs --stdin", 2);
  if (options.staged && options.stdin) throw new CliError("give either --stdin or --staged, not both", 2);
  if (options.stdin && options.inputs.length > 0) throw new CliError("give either --stdin or paths, not both", 2);
  if (options.format === "") throw new CliError("--format needs a name", 2);
  return options;
}
