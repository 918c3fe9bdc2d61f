// The linting half of the language server: loads configs (cached per config file) and lints or
// fixes text with the textlint kernel. It runs inside a worker thread (lint-worker.ts) so that a
// long lint never blocks the protocol, or in-process when a worker cannot be started.
import { TextlintKernel, type TextlintMessage } from "@textlint/kernel";
import { loadConfig, type LoadedConfig } from "./config.js";
import { fixUntilStable } from "../text/fix-until-stable.js";
import { markdownTooDeep } from "../text/markdown-limits.js";
import { EDITOR_KEPT_CHARS, keepAnalyses } from "../text/memo.js";

/** One message on the first character, for a document copydesk will not hand to the parser. */
function notLinted(message: string): TextlintMessage {
  return {
    type: "lint",
    ruleId: "copydesk",
    message,
    index: 0,
    line: 1,
    column: 1,
    range: [0, 0],
    loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } },
    severity: 2
  } as TextlintMessage;
}

export interface LintJob {
  op: "lint" | "fix";
  text: string;
  /** `.md` or `.txt`: picks the textlint plugin. */
  ext: string;
  /** File path given to rules (undefined for untitled documents). */
  filePath?: string;
  /** Governing config file, or undefined for copydesk's defaults. */
  configPath?: string;
}

export interface LintOutcome {
  messages: TextlintMessage[];
  /** The fixed text, for `fix` jobs. */
  output?: string;
  /** Problems with the config, to show to the user. */
  problems: string[];
  commentsFilter: boolean;
}

export class LintEngine {
  private readonly kernel = new TextlintKernel();
  private readonly configs = new Map<string, Promise<LoadedConfig>>();

  constructor() {
    // A keystroke re-analyses only the paragraph it touched (see TextMemo).
    keepAnalyses(EDITOR_KEPT_CHARS);
  }

  /** Forgets every loaded config, so the next job reads the files again. */
  invalidate(): void {
    this.configs.clear();
  }

  private config(configPath: string | undefined): Promise<LoadedConfig> {
    const key = configPath ?? "";
    let loaded = this.configs.get(key);
    if (!loaded) {
      loaded = loadConfig(configPath);
      this.configs.set(key, loaded);
    }
    return loaded;
  }

  async run(job: LintJob): Promise<LintOutcome> {
    const config = await this.config(job.configPath);
    // Nesting that would overflow the Markdown parser's stack or take it minutes.
    const tooDeep = job.ext === ".md" ? markdownTooDeep(job.text) : undefined;
    if (tooDeep)
      return {
        messages: [notLinted(tooDeep)],
        output: job.op === "fix" ? job.text : undefined,
        problems: config.problems,
        commentsFilter: config.commentsFilter
      };
    const options = { ...config.descriptor.toKernelOptions(), ext: job.ext, filePath: job.filePath };
    if (job.op === "fix") {
      const result = await fixUntilStable(job.text, (text) => this.kernel.fixText(text, options));
      return { messages: result.remainingMessages, output: result.output, problems: config.problems, commentsFilter: config.commentsFilter };
    }
    const result = await this.kernel.lintText(job.text, options);
    return { messages: result.messages, problems: config.problems, commentsFilter: config.commentsFilter };
  }
}
