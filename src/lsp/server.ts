// `copydesk lsp`: a language server over stdio. Diagnostics for plaintext and Markdown documents
// (debounced, incremental sync), quick fixes from textlint fixes and suggestions, "fix all", and
// "disable this rule for this file" in Markdown when the textlint comments filter is configured.
// Honours the workspace `.textlintrc*`, reloads it when it changes, and keeps linting with
// copydesk's defaults (and a visible message) when it is broken.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import {
  CodeActionKind,
  DidChangeWatchedFilesNotification,
  ErrorCodes,
  ResponseError,
  MessageType,
  ShowMessageNotification,
  TextDocumentSyncKind,
  TextDocuments,
  createConnection,
  type CodeAction,
  type CodeActionParams,
  type Connection,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type TextEdit,
  type WorkspaceEdit
} from "vscode-languageserver/node.js";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { TextlintMessage } from "@textlint/kernel";
import { CONFIG_NAMES, RULE_PREFIX, findConfigFile } from "./config.js";
import { disableRuleEdit, minimalEdit, shortMessage, toDiagnostic, touches, type DiagnosticData } from "./convert.js";
import { LintRunner, StaleJobError } from "./runner.js";
import type { LintOutcome } from "./engine.js";

/** Settings a client may pass as `initializationOptions`. */
export interface ServerSettings {
  /** Quiet time after the last edit before linting, in ms (default 300). */
  debounceMs?: number;
  /** Lint in the server process instead of a worker thread. */
  inProcess?: boolean;
  /** A lint of an outdated version still running after this many ms is cancelled (default 750). */
  cancelAfterMs?: number;
  /** Lint worker threads at most (default 2: a large document never holds the others). */
  maxWorkers?: number;
}

export interface LanguageServerOptions {
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
}

/** Code action kind of "fix all": `source.fixAll.copydesk`, so `source.fixAll` requests match. */
export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.copydesk`;

const MARKDOWN_EXTS = new Set([".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown", ".ron"]);
const TEXT_EXTS = new Set([".txt", ".text"]);
const HTML_EXTS = new Set([".html", ".htm"]);

interface LintState {
  /** The text that was linted, at the version it had. */
  doc: TextDocument;
  messages: TextlintMessage[];
  diagnostics: Diagnostic[];
  commentsFilter: boolean;
}

function filePathOf(uri: string): string | undefined {
  if (!uri.startsWith("file:")) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** `.md`, `.txt` or `.html` for a document copydesk lints, undefined for any other document. */
export function extensionFor(uri: string, languageId: string): ".md" | ".txt" | ".html" | undefined {
  const filePath = filePathOf(uri) ?? uri;
  const ext = path.extname(filePath).toLowerCase();
  if (languageId === "markdown" || MARKDOWN_EXTS.has(ext)) return ".md";
  if (languageId === "plaintext" || languageId === "text" || TEXT_EXTS.has(ext)) return ".txt";
  if (languageId === "html" || HTML_EXTS.has(ext)) return ".html";
  return undefined;
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null;

/** `{ textDocument: { uri: string, … } }`, with the extra fields a notification needs. */
function validDocumentParams(params: unknown, kind: "open" | "change" | "close"): boolean {
  if (!isObject(params) || !isObject(params.textDocument) || typeof params.textDocument.uri !== "string") return false;
  const td = params.textDocument;
  if (kind === "open") return typeof td.text === "string" && typeof td.languageId === "string" && typeof td.version === "number";
  if (kind === "change") {
    return (
      typeof td.version === "number" &&
      Array.isArray(params.contentChanges) &&
      params.contentChanges.every((c) => isObject(c) && typeof c.text === "string")
    );
  }
  return true;
}

const isPosition = (p: unknown) => isObject(p) && Number.isFinite(p.line) && Number.isFinite(p.character);

/** What is wrong with a code action request's parameters, or undefined when they are usable. */
function codeActionParamsProblem(params: unknown): string | undefined {
  if (!isObject(params)) return "params must be an object";
  if (!isObject(params.textDocument) || typeof params.textDocument.uri !== "string") return "textDocument.uri must be a string";
  if (!isObject(params.range) || !isPosition(params.range.start) || !isPosition(params.range.end)) return "range must have start and end positions";
  if (!isObject(params.context) || !Array.isArray(params.context.diagnostics)) return "context.diagnostics must be an array";
  if (params.context.only !== undefined && !(Array.isArray(params.context.only) && params.context.only.every((k) => typeof k === "string"))) {
    return "context.only must be an array of strings";
  }
  return undefined;
}

/**
 * The connection as TextDocuments sees it: open, change and close notifications whose
 * parameters do not have the protocol's shape are logged and dropped before they reach the
 * document store (a `didOpen` whose uri is a number used to kill the server).
 */
function guardedConnection(connection: Connection, warn: (message: string) => void): Connection {
  const guard =
    <P>(kind: "open" | "change" | "close", register: (handler: (params: P) => void) => unknown) =>
    (handler: (params: P) => void) =>
      register((params: P) => {
        if (!validDocumentParams(params, kind)) {
          warn(`copydesk: ignored a did${kind[0]!.toUpperCase()}${kind.slice(1)} notification with malformed parameters`);
          return;
        }
        handler(params);
      });
  return new Proxy(connection, {
    get(target, prop, receiver) {
      if (prop === "onDidOpenTextDocument") return guard("open", target.onDidOpenTextDocument.bind(target));
      if (prop === "onDidChangeTextDocument") return guard("change", target.onDidChangeTextDocument.bind(target));
      if (prop === "onDidCloseTextDocument") return guard("close", target.onDidCloseTextDocument.bind(target));
      const value = Reflect.get(target, prop, receiver) as unknown;
      return typeof value === "function" ? value.bind(target) : value;
    },
    set(target, prop, value) {
      return Reflect.set(target, prop, value);
    }
  });
}

function kindMatches(kind: string, only: string[] | undefined): boolean {
  if (!only || only.length === 0) return true;
  return only.some((o) => kind === o || kind.startsWith(o + "."));
}

export function startLanguageServer(options: LanguageServerOptions = {}): Connection {
  // stdout carries the protocol: anything a rule or library prints goes to stderr.
  console.log = console.error;
  console.info = console.error;

  const connection = createConnection(options.input ?? process.stdin, options.output ?? process.stdout);
  const documents = new TextDocuments(TextDocument);
  const states = new Map<string, LintState>();
  const timers = new Map<string, NodeJS.Timeout>();
  /** Lints under way, per uri, for requests that need the current version's results. */
  const inFlight = new Map<string, { version: number; promise: Promise<LintState | undefined> }>();
  const shownProblems = new Set<string>();
  let hadProblems = false;
  let roots: string[] = [];
  let debounceMs = 300;
  let cancelAfterMs = 750;
  let runner: LintRunner;
  let versionedEdits = false;
  let clientWatchesFiles = false;
  const watchers = new Map<string, fs.FSWatcher>();
  const configCache = new Map<string, string | undefined>();
  let reloadTimer: NodeJS.Timeout | undefined;

  const log = (message: string) => connection.console.log(message);
  // A failure in one request must never take the server down with it.
  process.on("unhandledRejection", (reason) => connection.console.error(`copydesk: ${String(reason)}`));
  // Nor one that escapes a timer: log it and keep serving the other documents.
  process.on("uncaughtException", (error) => connection.console.error(`copydesk: internal error: ${error.stack ?? String(error)}`));
  // A plain notification (window/showMessage): it needs no answer, so no client can fail it.
  const show = (type: MessageType, message: string) => void connection.sendNotification(ShowMessageNotification.type, { type, message });

  function rootOf(filePath: string): string | undefined {
    let best: string | undefined;
    for (const root of roots) {
      const rel = path.relative(root, filePath);
      if (!rel.startsWith("..") && !path.isAbsolute(rel) && (!best || root.length > best.length)) best = root;
    }
    return best;
  }

  function configFor(uri: string): string | undefined {
    const filePath = filePathOf(uri);
    const dir = filePath ? path.dirname(filePath) : roots[0];
    if (!dir) return undefined;
    if (configCache.has(dir)) return configCache.get(dir);
    const root = filePath ? rootOf(filePath) : roots[0];
    const found = findConfigFile(dir, root);
    configCache.set(dir, found);
    watchDir(found ? path.dirname(found) : (root ?? dir));
    if (!found && dir !== root) watchDir(dir);
    return found;
  }

  function watchDir(dir: string): void {
    if (watchers.has(dir) || clientWatchesFiles) return;
    try {
      const watcher = fs.watch(dir, { persistent: false }, (_event, name) => {
        if (!name || String(name).startsWith(".textlintrc")) scheduleReload();
      });
      watcher.on("error", () => {
        watcher.close();
        watchers.delete(dir);
      });
      watchers.set(dir, watcher);
    } catch {
      // A directory that cannot be watched: the client's file events still reach us.
    }
  }

  function scheduleReload(): void {
    if (reloadTimer) clearTimeout(reloadTimer);
    reloadTimer = setTimeout(() => {
      reloadTimer = undefined;
      log("copydesk: configuration changed, reloading");
      configCache.clear();
      shownProblems.clear();
      runner.invalidate();
      for (const doc of documents.all()) scheduleLint(doc.uri, 0);
    }, 100);
  }

  function reportProblems(outcome: LintOutcome): void {
    if (outcome.problems.length === 0) {
      if (hadProblems && shownProblems.size === 0) {
        hadProblems = false;
        show(MessageType.Info, "copydesk: the configuration loads again.");
      }
      return;
    }
    for (const problem of outcome.problems) {
      if (shownProblems.has(problem)) continue;
      shownProblems.add(problem);
      hadProblems = true;
      show(MessageType.Error, `copydesk: ${problem}`);
      log(`copydesk: ${problem}`);
    }
  }

  function scheduleLint(uri: string, delay = debounceMs): void {
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.set(
      uri,
      setTimeout(() => {
        timers.delete(uri);
        lint(uri).catch((error: unknown) => connection.console.error(`copydesk: lint failed for ${uri}: ${String(error)}`));
      }, delay)
    );
  }

  /** Lints the document's current version, publishes its diagnostics, and returns the state. */
  function lint(uri: string): Promise<LintState | undefined> {
    try {
      return lintNow(uri);
    } catch (error) {
      return Promise.reject(error instanceof Error ? error : new Error(String(error)));
    }
  }

  function lintNow(uri: string): Promise<LintState | undefined> {
    const live = documents.get(uri);
    if (!live) return Promise.resolve(undefined);
    const running = inFlight.get(uri);
    if (running && running.version === live.version) return running.promise;
    const ext = extensionFor(uri, live.languageId);
    const doc = TextDocument.create(uri, live.languageId, live.version, live.getText());
    const entry = { version: doc.version, promise: undefined as unknown as Promise<LintState | undefined> };
    entry.promise = (async (): Promise<LintState | undefined> => {
      if (!ext) return undefined;
      try {
        const outcome = await runner.run(
          { op: "lint", text: doc.getText(), ext, filePath: filePathOf(uri), configPath: configFor(uri) },
          `lint ${uri}`
        );
        reportProblems(outcome);
        const state: LintState = {
          doc,
          messages: outcome.messages,
          diagnostics: outcome.messages.map((m, i) => toDiagnostic(doc, m, i)),
          commentsFilter: outcome.commentsFilter
        };
        const current = documents.get(uri);
        if (!current || current.version !== doc.version) return undefined;
        states.set(uri, state);
        void connection.sendDiagnostics({ uri, version: doc.version, diagnostics: state.diagnostics });
        return state;
      } catch (error) {
        if (!(error instanceof StaleJobError)) connection.console.error(`copydesk: lint failed for ${uri}: ${String(error)}`);
        return undefined;
      } finally {
        if (inFlight.get(uri) === entry) inFlight.delete(uri);
      }
    })();
    inFlight.set(uri, entry);
    return entry.promise;
  }

  /** The lint state for the document's current version, linting now if it is out of date. */
  async function currentState(uri: string): Promise<LintState | undefined> {
    const live = documents.get(uri);
    if (!live) return undefined;
    const state = states.get(uri);
    if (state && state.doc.version === live.version) return state;
    const pending = timers.get(uri);
    if (pending) {
      clearTimeout(pending);
      timers.delete(uri);
    }
    return lint(uri);
  }

  function workspaceEdit(doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
    if (versionedEdits) return { documentChanges: [{ textDocument: { uri: doc.uri, version: doc.version }, edits }] };
    return { changes: { [doc.uri]: edits } };
  }

  async function fixAllAction(state: LintState, kind: string): Promise<CodeAction | undefined> {
    const uri = state.doc.uri;
    const ext = extensionFor(uri, state.doc.languageId);
    if (!ext) return undefined;
    let outcome: LintOutcome;
    try {
      outcome = await runner.run({ op: "fix", text: state.doc.getText(), ext, filePath: filePathOf(uri), configPath: configFor(uri) }, `fix ${uri}`);
    } catch {
      return undefined;
    }
    const edit = outcome.output === undefined ? undefined : minimalEdit(state.doc, outcome.output);
    if (!edit) return undefined;
    return {
      title: "Fix all copydesk problems in this file",
      kind,
      diagnostics: state.diagnostics.filter((_, i) => state.messages[i]!.fix),
      edit: workspaceEdit(state.doc, [edit])
    };
  }

  async function codeActions(params: CodeActionParams): Promise<CodeAction[]> {
    const state = await currentState(params.textDocument.uri);
    if (!state) return [];
    const { doc, messages, diagnostics } = state;
    const only = params.context.only;
    const actions: CodeAction[] = [];
    const wantQuickFix = kindMatches(CodeActionKind.QuickFix, only);
    const wantFixAll = kindMatches(FIX_ALL_KIND, only);
    const anyFixable = messages.some((m) => m.fix);

    // Messages at the requested range, plus any diagnostic the client names (same version).
    const requested: [number, number] = [doc.offsetAt(params.range.start), doc.offsetAt(params.range.end)];
    const picked = new Set<number>();
    messages.forEach((m, i) => {
      if (touches(m.range, requested)) picked.add(i);
    });
    for (const d of params.context.diagnostics) {
      const data = d.data as DiagnosticData | undefined;
      if (data && data.version === doc.version && data.index < messages.length) picked.add(data.index);
    }

    if (wantQuickFix) {
      const isMarkdown = extensionFor(doc.uri, doc.languageId) === ".md";
      const disabled = new Set<string>();
      for (const i of [...picked].sort((a, b) => a - b)) {
        const message = messages[i]!;
        const diagnostic = diagnostics[i]!;
        if (message.fix) {
          actions.push({
            title: `Fix: ${shortMessage(message.message)}`,
            kind: CodeActionKind.QuickFix,
            isPreferred: true,
            diagnostics: [diagnostic],
            edit: workspaceEdit(doc, [{ range: rangeOfFix(doc, message.fix.range), newText: message.fix.text }])
          });
        }
        for (const suggestion of message.suggestions ?? []) {
          actions.push({
            title: suggestion.message,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(doc, [{ range: rangeOfFix(doc, suggestion.fix.range), newText: suggestion.fix.text }]),
            data: { suggestionId: suggestion.id }
          });
        }
        if (isMarkdown && state.commentsFilter && message.ruleId.startsWith(RULE_PREFIX) && !disabled.has(message.ruleId)) {
          disabled.add(message.ruleId);
          actions.push({
            title: `Disable ${message.ruleId} for this file`,
            kind: CodeActionKind.QuickFix,
            diagnostics: [diagnostic],
            edit: workspaceEdit(doc, [disableRuleEdit(doc, message.ruleId)])
          });
        }
      }
    }
    // "Fix all" with the quick fixes when the caret is on a fixable finding, and on its own for
    // `source.fixAll` requests (e.g. fix on save).
    const onFixable = [...picked].some((i) => messages[i]!.fix);
    if (anyFixable && wantQuickFix && onFixable) {
      const action = await fixAllAction(state, CodeActionKind.QuickFix);
      if (action) actions.push(action);
    } else if (anyFixable && wantFixAll && only && only.length > 0) {
      const action = await fixAllAction(state, FIX_ALL_KIND);
      if (action) actions.push(action);
    }
    return actions;
  }

  connection.onInitialize((params: InitializeParams): InitializeResult => {
    const init = (params.initializationOptions ?? {}) as ServerSettings;
    if (typeof init.debounceMs === "number" && init.debounceMs >= 0) debounceMs = init.debounceMs;
    if (typeof init.cancelAfterMs === "number" && init.cancelAfterMs >= 0) cancelAfterMs = init.cancelAfterMs;
    runner = new LintRunner({
      inProcess: init.inProcess || process.env.COPYDESK_LSP_IN_PROCESS === "1",
      cancelAfterMs,
      maxWorkers: typeof init.maxWorkers === "number" && init.maxWorkers >= 1 ? init.maxWorkers : undefined,
      log
    });
    const folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: "root" }] : []);
    roots = folders.map((f) => filePathOf(f.uri)).filter((p): p is string => Boolean(p));
    if (roots.length === 0 && params.rootPath) roots = [params.rootPath];
    versionedEdits = Boolean(params.capabilities.workspace?.workspaceEdit?.documentChanges);
    clientWatchesFiles = Boolean(params.capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration);
    return {
      capabilities: {
        textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental },
        codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] }
      },
      serverInfo: { name: "copydesk" }
    };
  });

  connection.onInitialized(() => {
    if (clientWatchesFiles) {
      void connection.client
        .register(DidChangeWatchedFilesNotification.type, {
          watchers: CONFIG_NAMES.map((name) => ({ globPattern: `**/${name}` }))
        })
        .catch(() => {
          clientWatchesFiles = false;
        });
    }
    for (const root of roots) watchDir(root);
  });

  connection.onDidChangeWatchedFiles(() => scheduleReload());

  // TextDocuments fires onDidOpen and then onDidChangeContent for a new document: lint it at
  // once, and debounce only the edits after it.
  const justOpened = new Set<string>();
  documents.onDidOpen((event) => {
    justOpened.add(event.document.uri);
    scheduleLint(event.document.uri, 0);
  });
  documents.onDidChangeContent((event) => {
    const uri = event.document.uri;
    if (justOpened.delete(uri)) return;
    // The version being linted is out of date: a lint that has run a while is stopped now, so
    // its worker is free for other documents while this one is being typed into.
    runner?.cancel(`lint ${uri}`, cancelAfterMs);
    runner?.cancel(`fix ${uri}`, cancelAfterMs);
    scheduleLint(uri);
  });
  documents.onDidClose((event) => {
    const uri = event.document.uri;
    const pending = timers.get(uri);
    if (pending) clearTimeout(pending);
    timers.delete(uri);
    justOpened.delete(uri);
    states.delete(uri);
    inFlight.delete(uri);
    // Nobody will see this document's findings: stop its lint now.
    runner?.cancel(`lint ${uri}`, 0, "the lint of a closed document");
    runner?.cancel(`fix ${uri}`, 0, "the lint of a closed document");
    void connection.sendDiagnostics({ uri, diagnostics: [] });
  });

  connection.onCodeAction((params) => {
    const problem = codeActionParamsProblem(params);
    if (problem) return new ResponseError(ErrorCodes.InvalidParams, `copydesk: invalid textDocument/codeAction parameters: ${problem}`);
    return codeActions(params);
  });

  connection.onShutdown(() => {
    for (const timer of timers.values()) clearTimeout(timer);
    for (const watcher of watchers.values()) watcher.close();
    runner?.dispose();
  });

  documents.listen(guardedConnection(connection, (message) => connection.console.warn(message)));
  connection.listen();
  return connection;
}

function rangeOfFix(doc: TextDocument, range: readonly [number, number]) {
  return { start: doc.positionAt(range[0]), end: doc.positionAt(range[1]) };
}

/**
 * For the CLI (`copydesk lsp`): starts the server on stdio. The returned promise never settles;
 * the process ends when the client sends `exit` or closes the pipe.
 */
export function runLanguageServer(): Promise<number> {
  startLanguageServer();
  return new Promise<number>(() => {});
}
