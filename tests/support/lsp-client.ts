// A minimal LSP client over vscode-jsonrpc for the language-server tests: spawns the built server
// (dist/src/lsp/main.js) and records what it publishes.
import { spawn, type ChildProcessWithoutNullStreams } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type MessageConnection } from "vscode-jsonrpc/node.js";
import { TextlintKernel, type TextlintMessage } from "@textlint/kernel";
import { builtInPlugins } from "textlint/lib/src/loader/TextlintrcLoader.js";
import type { Diagnostic, PublishDiagnosticsParams } from "vscode-languageserver-protocol";
import { presetKernelRules } from "../../rules/index.js";
import { fixUntilStable } from "../../src/text/index.js";
import { checkIdOf } from "../../src/rule-docs.js";

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const SERVER = path.join(ROOT, "dist/src/lsp/main.js");
export const SEED = path.join(ROOT, "examples/000_5c1383eb5e7a2872.txt");

/** The diagnostic code the server gives a textlint message: the check id, else the rule id. */
export const codeOf = (m: Pick<TextlintMessage, "ruleId" | "data">): string => checkIdOf(m) ?? m.ruleId;

/** The textlint rule id behind a diagnostic code (`no-ellipsis-filler/filler-run` → `copydesk/no-ellipsis-filler`). */
export const ruleOfCode = (code: unknown): string => {
  const text = String(code);
  return text.startsWith("copydesk/") || !text.includes("/") ? text : `copydesk/${text.split("/")[0]}`;
};

export function assertBuilt(): void {
  if (!fs.existsSync(SERVER)) throw new Error(`${SERVER} is missing: run \`npx tsc -p tsconfig.build.json\` first`);
}

export interface ShownMessage {
  type: number;
  message: string;
}

export class LspClient {
  readonly process: ChildProcessWithoutNullStreams;
  readonly connection: MessageConnection;
  /** Every publishDiagnostics notification, in order of arrival. */
  readonly published: PublishDiagnosticsParams[] = [];
  readonly shown: ShownMessage[] = [];
  /** window/logMessage texts. */
  readonly logged: string[] = [];
  stderr = "";
  private waiters: Array<() => void> = [];

  /** `args`: what node runs, the built server by default (another build's CLI with `lsp --stdio`). */
  constructor(cwd: string, args: readonly string[] = [SERVER]) {
    if (args[0] === SERVER) assertBuilt();
    this.process = spawn(process.execPath, [...args], { cwd, stdio: ["pipe", "pipe", "pipe"] });
    this.process.stderr.on("data", (chunk) => (this.stderr += String(chunk)));
    this.connection = createMessageConnection(new StreamMessageReader(this.process.stdout), new StreamMessageWriter(this.process.stdin));
    this.connection.onNotification("textDocument/publishDiagnostics", (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      this.notify();
    });
    this.connection.onNotification("window/showMessage", (params: ShownMessage) => {
      this.shown.push(params);
      this.notify();
    });
    this.connection.onNotification("window/logMessage", (params: ShownMessage) => {
      this.logged.push(params.message);
      this.notify();
    });
    this.connection.onRequest("client/registerCapability", () => null);
    this.connection.listen();
  }

  private notify(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }

  /** Resolves when `check` returns a value, re-checking after each notification. */
  waitFor<T>(what: string, check: () => T | undefined, timeoutMs = 30_000): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}; stderr:\n${this.stderr}`)), timeoutMs);
      const attempt = () => {
        const value = check();
        if (value !== undefined) {
          clearTimeout(timer);
          resolve(value);
        } else this.waiters.push(attempt);
      };
      attempt();
    });
  }

  /** The first diagnostics published for `uri` at `version` (or any later one matching `accept`). */
  diagnosticsFor(uri: string, version: number): Promise<Diagnostic[]> {
    return this.waitFor(`diagnostics of ${uri} v${version}`, () => this.published.find((p) => p.uri === uri && p.version === version)?.diagnostics);
  }

  /** The latest diagnostics published for `uri`, once some arrive after `since` notifications. */
  nextDiagnostics(uri: string, since: number, accept: (d: Diagnostic[]) => boolean = () => true): Promise<Diagnostic[]> {
    return this.waitFor(`new diagnostics of ${uri}`, () => {
      const later = this.published.slice(since).filter((p) => p.uri === uri);
      const last = later[later.length - 1];
      return last && accept(last.diagnostics) ? last.diagnostics : undefined;
    });
  }

  async initialize(rootDir: string, extra: { capabilities?: object; initializationOptions?: object } = {}): Promise<any> {
    const result = await this.connection.sendRequest("initialize", {
      processId: process.pid,
      rootUri: `file://${rootDir}`,
      workspaceFolders: [{ uri: `file://${rootDir}`, name: "ws" }],
      capabilities: extra.capabilities ?? { workspace: { workspaceEdit: { documentChanges: true } } },
      initializationOptions: extra.initializationOptions ?? { debounceMs: 50 }
    });
    await this.connection.sendNotification("initialized", {});
    return result;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest("shutdown"), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification("exit");
    } catch {
      // already gone
    }
    this.connection.dispose();
    if (this.process.exitCode === null) {
      await Promise.race([new Promise((r) => this.process.once("exit", r)), new Promise((r) => setTimeout(r, 2000))]);
      if (this.process.exitCode === null) this.process.kill();
    }
  }
}

/** What textlint itself reports for `text` with the preset and its defaults (the reference). */
export async function kernelLint(text: string, ext: ".txt" | ".md"): Promise<TextlintMessage[]> {
  const kernel = new TextlintKernel();
  return (await kernel.lintText(text, { ext, plugins: builtInPlugins, rules: presetKernelRules() })).messages;
}

/** What textlint's fixer makes of `text` with the preset and its defaults, passes repeated as copydesk does. */
export async function kernelFix(text: string, ext: ".txt" | ".md"): Promise<string> {
  const kernel = new TextlintKernel();
  const options = { ext, plugins: builtInPlugins, rules: presetKernelRules() };
  return (await fixUntilStable(text, (current) => kernel.fixText(current, options))).output;
}
