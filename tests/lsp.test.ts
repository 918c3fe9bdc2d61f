// Protocol-level tests of `copydesk lsp`: the built server is spawned as a process and spoken
// to over stdio with vscode-jsonrpc, as an editor would.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { TextDocument } from "vscode-languageserver-textdocument";
import type { CodeAction, Diagnostic, TextEdit } from "vscode-languageserver-protocol";
import { createRequire } from "node:module";
import { LspClient, ROOT, SEED, codeOf, kernelFix, kernelLint, ruleOfCode } from "./support/lsp-client.js";

const seedText = fs.readFileSync(SEED, "utf8");

function workspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-lsp-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

/** The edits of a code action for `uri`, whichever form (changes or documentChanges) it uses. */
function editsOf(action: CodeAction, uri: string): TextEdit[] {
  const edit = action.edit!;
  if (edit.documentChanges) {
    return edit.documentChanges.flatMap((c) => ("textDocument" in c && c.textDocument.uri === uri ? c.edits : [])) as TextEdit[];
  }
  return edit.changes?.[uri] ?? [];
}

/** The diagnostics textlint's own results should become, computed from `loc` (1-based columns). */
async function expectedDiagnostics(text: string, ext: ".txt" | ".md") {
  return (await kernelLint(text, ext)).map((m) => ({
    code: codeOf(m),
    message: m.message,
    range: {
      start: { line: m.loc.start.line - 1, character: m.loc.start.column - 1 },
      end: { line: m.loc.end.line - 1, character: m.loc.end.column - 1 }
    }
  }));
}

const shape = (ds: Diagnostic[]) => ds.map((d) => ({ code: d.code, message: d.message, range: d.range }));

describe("copydesk lsp over stdio", () => {
  let client: LspClient;
  let dir: string;
  let uri: string;
  afterEach(async () => {
    await client?.stop();
  });

  beforeEach(() => {
    dir = workspace({ "story.txt": seedText });
    uri = `file://${dir}/story.txt`;
    client = new LspClient(dir);
  });

  it("lints the seed article, fixes a filler run, and follows incremental edits", async () => {
    const init = await client.initialize(dir);
    expect(init.capabilities.textDocumentSync.change).toBe(2); // incremental
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "plaintext", version: 1, text: seedText }
    });
    const first = await client.diagnosticsFor(uri, 1);

    // Exactly textlint's findings, at textlint's exact ranges (UTF-16 both sides).
    expect(shape(first)).toEqual(await expectedDiagnostics(seedText, ".txt"));
    expect(first.length).toBeGreaterThan(0);
    for (const d of first) {
      expect(d.source).toBe("copydesk");
      expect(d.severity).toBeGreaterThanOrEqual(1);
      expect(String(d.code)).toMatch(/^[a-z-]+\/[a-z0-9-]+$/);
      expect(d.codeDescription?.href).toBe(`https://github.com/copydesk/copydesk/blob/main/docs/rules/${String(d.code).split("/")[0]}.md`);
    }

    // The first filler run of the seed starts on line 97 (EXPECTED.md).
    const filler = first.find((d) => ruleOfCode(d.code) === "copydesk/no-ellipsis-filler" && d.range.start.line === 96);
    expect(filler, "no-ellipsis-filler reports the run at lines 97–113").toBeDefined();

    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: filler!.range,
      context: { diagnostics: [filler] }
    });
    const quickFix = actions.find(
      (a) => a.kind === "quickfix" && a.isPreferred && ruleOfCode(a.diagnostics?.[0]?.code) === "copydesk/no-ellipsis-filler"
    );
    expect(quickFix, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    expect(actions.some((a) => a.title === "Fix all copydesk problems in this file")).toBe(true);

    // Apply the quick fix as an editor would, and send the edit incrementally.
    const doc = TextDocument.create(uri, "plaintext", 1, seedText);
    const edits = editsOf(quickFix!, uri);
    expect(edits).toHaveLength(1);
    const fixed = TextDocument.applyEdits(doc, edits);
    const fixedLines = fixed.split("\n");
    const seedLines = seedText.split("\n");
    expect(fixedLines.length).toBeLessThan(seedLines.length);
    expect(fixed.length).toBeLessThan(seedText.length);
    // Only filler went away: the edit replaces ellipses and blank lines, and nothing else.
    expect(doc.getText(edits[0]!.range).replace(/[…\s]/g, "")).toBe("");
    expect(edits[0]!.newText.replace(/[…\s]/g, "")).toBe("");
    expect(doc.offsetAt(edits[0]!.range.start)).toBeLessThanOrEqual(doc.offsetAt({ line: 96, character: 0 }));
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri, version: 2 },
      contentChanges: edits.map((e) => ({ range: e.range, text: e.newText }))
    });
    const second = await client.diagnosticsFor(uri, 2);
    expect(second.filter((d) => ruleOfCode(d.code) === "copydesk/no-ellipsis-filler")).toHaveLength(
      first.filter((d) => ruleOfCode(d.code) === "copydesk/no-ellipsis-filler").length - 1
    );
    expect(shape(second)).toEqual(await expectedDiagnostics(fixed, ".txt"));

    // Two quick keystrokes, incrementally: a character typed on line 1, then a line break
    // inserted before the second filler run. The server must track the text exactly.
    let text = fixed;
    const typed = TextDocument.create(uri, "plaintext", 2, text);
    const change1 = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: "【" };
    text = TextDocument.applyEdits(typed, [{ range: change1.range, newText: change1.text }]);
    const typed2 = TextDocument.create(uri, "plaintext", 3, text);
    const run2 = second.find((d) => ruleOfCode(d.code) === "copydesk/no-ellipsis-filler")!;
    const change2 = { range: { start: run2.range.start, end: run2.range.start }, text: "新段落\n\n" };
    text = TextDocument.applyEdits(typed2, [{ range: change2.range, newText: change2.text }]);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 3 }, contentChanges: [change1] });
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 4 }, contentChanges: [change2] });
    const fourth = await client.diagnosticsFor(uri, 4);
    expect(shape(fourth)).toEqual(await expectedDiagnostics(text, ".txt"));

    // "Fix all" on its own (as fix-on-save asks for it) gives what textlint's fixer gives.
    const fixAll: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ["source.fixAll"] }
    });
    expect(fixAll.map((a) => a.kind)).toEqual(["source.fixAll.copydesk"]);
    const afterFixAll = TextDocument.applyEdits(TextDocument.create(uri, "plaintext", 4, text), editsOf(fixAll[0]!, uri));
    expect(afterFixAll).toBe(await kernelFix(text, ".txt"));
    expect((await kernelLint(afterFixAll, ".txt")).filter((m) => m.fix)).toEqual([]);
  });

  it("offers each textlint suggestion as its own action", async () => {
    await client.initialize(dir);
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "plaintext", version: 1, text: seedText }
    });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    const messages = await kernelLint(seedText, ".txt");
    const index = messages.findIndex((m) => (m.suggestions?.length ?? 0) > 0);
    expect(index, "some rule reports a suggestion on the seed").toBeGreaterThanOrEqual(0);
    const message = messages[index]!;
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: diagnostics[index]!.range,
      context: { diagnostics: [diagnostics[index]], only: ["quickfix"] }
    });
    const doc = TextDocument.create(uri, "plaintext", 1, seedText);
    for (const suggestion of message.suggestions!) {
      const action = actions.find((a) => a.title === suggestion.message);
      expect(action, `action for suggestion ${suggestion.id}`).toBeDefined();
      const after = TextDocument.applyEdits(doc, editsOf(action!, uri));
      const [s, e] = suggestion.fix.range;
      expect(after).toBe(seedText.slice(0, s) + suggestion.fix.text + seedText.slice(e));
    }
    // `only: ["quickfix"]` leaves out source actions.
    expect(actions.every((a) => a.kind === "quickfix")).toBe(true);
  });

  it("answers requests for unknown and closed documents, and clears diagnostics on close", async () => {
    await client.initialize(dir);
    const nowhere = `file://${dir}/never-opened.txt`;
    const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 5 } };
    await expect(
      client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: nowhere }, range, context: { diagnostics: [] } })
    ).resolves.toEqual([]);
    // A change to a document that was never opened is ignored, not fatal.
    await client.connection.sendNotification("textDocument/didChange", {
      textDocument: { uri: nowhere, version: 2 },
      contentChanges: [{ text: "x" }]
    });
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "plaintext", version: 1, text: seedText }
    });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics.length).toBeGreaterThan(0);
    const before = client.published.length;
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri } });
    await client.nextDiagnostics(uri, before, (d) => d.length === 0);
    await expect(
      client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri }, range, context: { diagnostics } })
    ).resolves.toEqual([]);
    // A document that is neither plain text nor Markdown gets no findings.
    const js = `file://${dir}/code.js`;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: js, languageId: "javascript", version: 1, text: seedText }
    });
    await expect(
      client.connection.sendRequest("textDocument/codeAction", { textDocument: { uri: js }, range, context: { diagnostics: [] } })
    ).resolves.toEqual([]);
    expect(client.published.some((p) => p.uri === js)).toBe(false);
    expect(client.process.exitCode).toBeNull();
  });

  it("stays responsive while a 1 MB document is linted, and cancels the lint of an outdated version", async () => {
    // cancelAfterMs 0: a lint still running when a newer version arrives is always cancelled.
    await client.initialize(dir, {
      capabilities: { workspace: { workspaceEdit: { documentChanges: true } } },
      initializationOptions: { debounceMs: 50, cancelAfterMs: 0 }
    });
    const big = seedText.repeat(Math.ceil(1_000_000 / seedText.length));
    expect(big.length).toBeGreaterThan(1_000_000);
    const bigUri = `file://${dir}/big.txt`;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: bigUri, languageId: "plaintext", version: 1, text: big }
    });
    // While that lint runs, the server still reads and answers requests.
    const answered = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri: `file://${dir}/other.txt` },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [] }
    });
    expect(answered).toEqual([]);
    expect(
      client.published.some((p) => p.uri === bigUri),
      "answered before the big lint finished"
    ).toBe(false);
    // The first lint starts on the server's next turn after the open (a timer): a change that
    // came before it would drop it from the queue, rightly and without a log line, and there
    // would be no running lint to cancel. Give it that turn; linting 1 MB takes far longer.
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Keep typing into it: only the final text's findings are published at the end.
    let text = big;
    for (let version = 2; version <= 4; version++) {
      const insert = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: `${version}` };
      text = insert.text + text;
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri: bigUri, version }, contentChanges: [insert] });
    }
    const last = await client.diagnosticsFor(bigUri, 4);
    expect(
      client.published.some((p) => p.uri === bigUri && p.version === 1),
      "the outdated lint was not published"
    ).toBe(false);
    expect(client.logged.some((m) => m.includes("cancelled a long lint"))).toBe(true);
    expect(last.length).toBe((await kernelLint(text, ".txt")).length);
    expect(client.published.filter((p) => p.uri === bigUri).every((p) => (p.version ?? 0) <= 4)).toBe(true);
  });
});

describe("copydesk lsp and the workspace .textlintrc.json", () => {
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
  });

  it("honours the config, keeps working with a message when it breaks, and reloads it", async () => {
    const dir = workspace({
      "story.txt": seedText,
      ".textlintrc.json": JSON.stringify({ rules: { "preset-copydesk": { "no-ellipsis-filler": false } } })
    });
    const uri = `file://${dir}/story.txt`;
    client = new LspClient(dir);
    // A client without file-watch registration: the server watches the config itself.
    await client.initialize(dir, { capabilities: {}, initializationOptions: { debounceMs: 50 } });
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "plaintext", version: 1, text: seedText }
    });
    const configured = await client.diagnosticsFor(uri, 1);
    const codes = (ds: Diagnostic[]) => new Set(ds.map((d) => ruleOfCode(d.code)));
    expect(configured.length).toBeGreaterThan(0);
    expect(codes(configured).has("copydesk/no-ellipsis-filler")).toBe(false);

    // Broken JSON: a visible error, and linting goes on with copydesk's defaults.
    let seen = client.published.length;
    fs.writeFileSync(path.join(dir, ".textlintrc.json"), '{ "rules": { "preset-copydesk": { ');
    const error = await client.waitFor("an error message", () => client.shown.find((m) => m.type === 1));
    expect(error.message).toContain(".textlintrc.json");
    // What is wrong and where, as the CLI says it, not "config is not found".
    expect(error.message).toMatch(/invalid end of input at \d+:\d+/);
    expect(error.message).not.toContain("not found");
    const fallback = await client.nextDiagnostics(uri, seen, (ds) => codes(ds).has("copydesk/no-ellipsis-filler"));
    expect(shape(fallback)).toEqual(await expectedDiagnostics(seedText, ".txt"));

    // Fixed again, now switching another rule off: picked up without reopening anything.
    seen = client.published.length;
    fs.writeFileSync(path.join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-copydesk": { "no-truncated-sentence": false } } }));
    const reloaded = await client.nextDiagnostics(uri, seen, (ds) => !codes(ds).has("copydesk/no-truncated-sentence"));
    expect(codes(reloaded).has("copydesk/no-ellipsis-filler")).toBe(true);
    expect(reloaded.length).toBe((await kernelLint(seedText, ".txt")).filter((m) => m.ruleId !== "copydesk/no-truncated-sentence").length);
    await client.waitFor("a recovery message", () => client.shown.find((m) => m.type === 3));
  });

  it("reloads on workspace/didChangeWatchedFiles from a client that watches files", async () => {
    const dir = workspace({ "story.md": seedText, ".textlintrc.json": JSON.stringify({ rules: { "preset-copydesk": true } }) });
    const uri = `file://${dir}/story.md`;
    client = new LspClient(dir);
    await client.initialize(dir, {
      capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } },
      initializationOptions: { debounceMs: 50 }
    });
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text: seedText }
    });
    const all = await client.diagnosticsFor(uri, 1);
    expect(shape(all)).toEqual(await expectedDiagnostics(seedText, ".md"));
    const seen = client.published.length;
    fs.writeFileSync(path.join(dir, ".textlintrc.json"), JSON.stringify({ rules: { "preset-copydesk": false } }));
    await client.connection.sendNotification("workspace/didChangeWatchedFiles", {
      changes: [{ uri: `file://${dir}/.textlintrc.json`, type: 2 }]
    });
    await client.nextDiagnostics(uri, seen, (ds) => ds.length === 0);
  });
});

/** The textlint comments filter package, when installed (it is what makes disable comments work). */
function commentsFilterDir(): string | undefined {
  if (process.env.COPYDESK_COMMENTS_FILTER) return process.env.COPYDESK_COMMENTS_FILTER;
  try {
    return path.dirname(createRequire(path.join(ROOT, "package.json")).resolve("textlint-filter-rule-comments/package.json"));
  } catch {
    return undefined;
  }
}
const filterDir = commentsFilterDir();
if (!filterDir) {
  console.warn("tests/lsp.test.ts: SKIPPED the disable-comment test — textlint-filter-rule-comments is not installed.");
}

describe("copydesk lsp: disable a rule for a Markdown file", () => {
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
  });

  it.skipIf(!filterDir)("inserts a textlint-disable comment that the comments filter honours", async () => {
    const dir = workspace({
      "story.md": seedText,
      ".textlintrc.json": JSON.stringify({ filters: { comments: true }, rules: { "preset-copydesk": true } })
    });
    fs.mkdirSync(path.join(dir, "node_modules"));
    fs.symlinkSync(filterDir!, path.join(dir, "node_modules", "textlint-filter-rule-comments"));
    const uri = `file://${dir}/story.md`;
    client = new LspClient(dir);
    await client.initialize(dir);
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text: seedText }
    });
    const first = await client.diagnosticsFor(uri, 1);
    const target = first.find((d) => ruleOfCode(d.code) === "copydesk/consistent-numerals") ?? first[0]!;
    const ruleId = ruleOfCode(target.code);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: target.range,
      context: { diagnostics: [target] }
    });
    const disable = actions.find((a) => a.title === `Disable ${ruleId} for this file`);
    expect(disable, JSON.stringify(actions.map((a) => a.title))).toBeDefined();
    const text = TextDocument.applyEdits(TextDocument.create(uri, "markdown", 1, seedText), editsOf(disable!, uri));
    expect(text).toBe(`<!-- textlint-disable ${ruleId} -->\n\n${seedText}`);
    await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version: 2 }, contentChanges: [{ text }] });
    const second = await client.diagnosticsFor(uri, 2);
    expect(second.some((d) => ruleOfCode(d.code) === ruleId)).toBe(false);
    expect(second.length).toBe(first.filter((d) => ruleOfCode(d.code) !== ruleId).length);
  });

  it("offers no disable action without the comments filter, where the comment would do nothing", async () => {
    const dir = workspace({ "story.md": seedText });
    const uri = `file://${dir}/story.md`;
    client = new LspClient(dir);
    await client.initialize(dir);
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text: seedText }
    });
    const [target] = await client.diagnosticsFor(uri, 1);
    const actions: CodeAction[] = await client.connection.sendRequest("textDocument/codeAction", {
      textDocument: { uri },
      range: target!.range,
      context: { diagnostics: [target] }
    });
    expect(actions.length).toBeGreaterThan(0);
    expect(actions.some((a) => a.title.startsWith("Disable "))).toBe(false);
  });
});
