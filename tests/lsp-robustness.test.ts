// Issue 11: the language server survives what editors and users throw at it: malformed requests
// and raw garbage on stdin, 1,000 edits in a burst, and a config file that breaks mid-session.
// Spawns the built server (`node dist/src/cli/main.js lsp` via dist/src/lsp/main.js).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type { Diagnostic } from "vscode-languageserver-protocol";
import { LspClient, SEED, codeOf, kernelLint } from "./support/lsp-client.js";

const seedText = fs.readFileSync(SEED, "utf8");

function workspace(files: Record<string, string> = {}): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-lsp-hard-"));
  for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), text);
  return dir;
}

const codes = (ds: Diagnostic[]) => ds.map((d) => String(d.code)).sort();

/** Proof of life: a fresh document gets exactly textlint's findings. */
async function stillLints(client: LspClient, dir: string, name: string): Promise<void> {
  const uri = `file://${dir}/${name}`;
  await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: seedText } });
  const diagnostics = await client.diagnosticsFor(uri, 1);
  expect(codes(diagnostics)).toEqual((await kernelLint(seedText, ".txt")).map(codeOf).sort());
}

describe("hardening: the language server", () => {
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
  });

  it("survives malformed requests and notifications", async () => {
    const dir = workspace();
    client = new LspClient(dir);
    await client.initialize(dir);
    const c = client.connection;
    const uri = `file://${dir}/story.txt`;
    // Requests with missing, null or wrongly typed parameters get an answer or an error, never a crash.
    const attempts: Promise<unknown>[] = [
      c.sendRequest("textDocument/codeAction", null),
      c.sendRequest("textDocument/codeAction", {}),
      c.sendRequest("textDocument/codeAction", { textDocument: { uri: 42 }, range: "everything", context: null }),
      c.sendRequest("textDocument/codeAction", {
        textDocument: { uri },
        range: { start: { line: -5, character: -1 }, end: { line: 1e9, character: 1e9 } },
        context: { diagnostics: [{ range: null, message: 3, code: {} }] }
      }),
      c.sendRequest("copydesk/no-such-method", { x: 1 }),
      c.sendRequest("workspace/executeCommand", { command: "copydesk.nothing", arguments: [null, 1] })
    ];
    for (const attempt of attempts) await attempt.catch(() => undefined);
    // Notifications about documents that are not open, or make no sense.
    await c.sendNotification("textDocument/didChange", { textDocument: { uri, version: 7 }, contentChanges: [{ text: "x" }] });
    await c.sendNotification("textDocument/didOpen", {
      textDocument: { uri: `file://${dir}/bad.txt`, languageId: "plaintext", version: 1, text: null }
    });
    await c.sendNotification("textDocument/didOpen", null);
    await c.sendNotification("textDocument/didClose", { textDocument: { uri: `file://${dir}/never-opened.txt` } });
    await c.sendNotification("textDocument/didChange", {
      textDocument: { uri: `file://${dir}/bad.txt`, version: 2 },
      contentChanges: [{ range: { start: { line: 99, character: 99 }, end: { line: -1, character: 0 } }, text: "…" }]
    });
    await c.sendNotification("workspace/didChangeConfiguration", { settings: { copydesk: "not an object" } });
    await c.sendNotification("copydesk/unknown-notification", [1, 2, 3]);
    await stillLints(client, dir, "after-garbage.txt");
    expect(client.process.exitCode).toBe(null);
  });

  it("survives raw garbage on stdin between messages", async () => {
    const dir = workspace();
    client = new LspClient(dir);
    await client.initialize(dir);
    // A well-framed message whose body is not JSON, and one that is JSON but not JSON-RPC.
    for (const body of ["{not json", '{"hello":"world"}', "[]", '{"jsonrpc":"2.0","method":5}']) {
      client.process.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    }
    await new Promise((r) => setTimeout(r, 300));
    await stillLints(client, dir, "after-raw.txt");
    expect(client.process.exitCode).toBe(null);
  });

  it("follows 1,000 rapid edits and publishes the findings of the final text", async () => {
    const dir = workspace();
    client = new LspClient(dir);
    await client.initialize(dir, { initializationOptions: { debounceMs: 50 } });
    const uri = `file://${dir}/story.txt`;
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: seedText } });
    // Type a filler paragraph at the top one character at a time, with CRLF, emoji and U+3000 mixed in,
    // without waiting for anything in between.
    const typed = "本报讯\u3000记者😀在现场看到，工人们正在调试设备TK。\r\n……\r\n……\r\n".repeat(40).slice(0, 1000);
    let text = seedText;
    let line = 0;
    let character = 0;
    const sends: Promise<void>[] = [];
    for (let i = 0; i < typed.length; i++) {
      const ch = typed[i]!;
      sends.push(
        client.connection.sendNotification("textDocument/didChange", {
          textDocument: { uri, version: i + 2 },
          contentChanges: [{ range: { start: { line, character }, end: { line, character } }, text: ch }]
        })
      );
      text = text.slice(0, offsetOf(text, line, character)) + ch + text.slice(offsetOf(text, line, character));
      if (ch === "\n") {
        line++;
        character = 0;
      } else character += ch.length;
    }
    await Promise.all(sends);
    const final = await client.diagnosticsFor(uri, typed.length + 1);
    expect(codes(final)).toEqual((await kernelLint(text, ".txt")).map(codeOf).sort());
    // Nothing was published for a version newer than the last edit.
    expect(client.published.filter((p) => p.uri === uri).every((p) => (p.version ?? 0) <= typed.length + 1)).toBe(true);
  }, 120_000);

  it("keeps linting when the config file breaks mid-session in different ways", async () => {
    const dir = workspace({ ".textlintrc.json": JSON.stringify({ rules: { "preset-copydesk": true } }) });
    client = new LspClient(dir);
    await client.initialize(dir, { capabilities: {}, initializationOptions: { debounceMs: 50 } });
    const uri = `file://${dir}/story.txt`;
    await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: seedText } });
    await client.diagnosticsFor(uri, 1);
    const broken = [
      "", // emptied by an editor mid-save
      "\u0000\u0001binary", // not text at all
      '{ "rules": { "preset-copydesk": ', // cut off
      JSON.stringify({ rules: { "preset-copydesk": { "consistent-numerals": { disable: 5, measureWords: 3 } } } }), // wrong option types
      JSON.stringify({ rules: { "preset-copydesk": true, "no-such-rule-anywhere": true } }), // a rule that cannot be loaded
      JSON.stringify([1, 2, 3]) // JSON, but not a config
    ];
    let version = 1;
    for (const content of broken) {
      fs.writeFileSync(path.join(dir, ".textlintrc.json"), content);
      await client.connection.sendNotification("workspace/didChangeWatchedFiles", { changes: [{ uri: `file://${dir}/.textlintrc.json`, type: 2 }] });
      await new Promise((r) => setTimeout(r, 400));
      version++;
      const text = `${seedText}\n第${version}次修改。\n`;
      await client.connection.sendNotification("textDocument/didChange", { textDocument: { uri, version }, contentChanges: [{ text }] });
      const diagnostics = await client.diagnosticsFor(uri, version);
      // Whatever the config says, the seed's damage is still reported (defaults, or the config's rules).
      expect(diagnostics.length, `config ${JSON.stringify(content)}`).toBeGreaterThan(0);
      // Wrong option types are ignored by the rule (its defaults apply); everything else is shown.
      if (!content.includes("disable")) {
        expect(
          client.shown.some((m) => m.type === 1 && m.message.includes(".textlintrc.json")),
          `an error shown for ${JSON.stringify(content)}`
        ).toBe(true);
      }
      client.shown.length = 0;
      expect(client.process.exitCode).toBe(null);
    }
  }, 120_000);
});

function offsetOf(text: string, line: number, character: number): number {
  let offset = 0;
  for (let l = 0; l < line; l++) offset = text.indexOf("\n", offset) + 1;
  return offset + character;
}
