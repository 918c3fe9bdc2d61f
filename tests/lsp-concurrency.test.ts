// Issue 21, items 5 and 6: one slow document never holds the others, a closed document's lint is
// cancelled, and malformed parameters are refused without ending the server. Spawns the built
// server (dist/src/lsp/main.js) with the real preset and real copy (tests/fixtures, see PROVENANCE
// of the consistent-numerals fixtures).
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, LspClient, kernelLint } from "./support/lsp-client.js";
import { checkIdOf } from "../src/rule-docs.js";

const story = fs.readFileSync(path.join(ROOT, "tests/fixtures/consistent-numerals/rmrb-0355-flood.txt"), "utf8");
/** A small story with damage the preset reports for certain: a filler run between paragraphs. */
const SMALL = "记者在现场看到，工人们正在紧张有序地进行设备调试，确保项目按期投产。\n\n……\n\n……\n\n……\n\n本报记者在现场看到，工人们正在加紧施工。\n";

function workspace(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-lsp-conc-"));
}

describe("language server: a slow document does not hold the others", () => {
  let client: LspClient;
  afterEach(async () => {
    await client?.stop();
  });

  it("answers a small story within 300 ms while a 3 MB one-line document is linting, and cancels that lint on close", async () => {
    const dir = workspace();
    client = new LspClient(dir);
    await client.initialize(dir, { initializationOptions: { debounceMs: 0 } });
    // Real copy whose line breaks were lost (a PDF export pasted as one line).
    // The counts in it (约300多人 beside 66位) are what made the segmenter quadratic (items 1–4).
    const oneLine = story.replace(/\s+/g, "") + "约300多人参加。";
    // 3 MB rather than the 1 MB: one line of copy is linear now, and 1 MB can finish in
    // about 2 s, too close to the three small lints below to prove that they did not wait for it.
    const big = oneLine.repeat(Math.ceil(3_000_000 / Buffer.byteLength(oneLine))) + "\n";
    expect(Buffer.byteLength(big)).toBeGreaterThan(3_000_000);
    const bigUri = `file://${dir}/big.txt`;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: bigUri, languageId: "plaintext", version: 1, text: big }
    });
    // The spare worker is started and warmed as the large lint starts; wait for it.
    await client.waitFor("the spare worker", () => (client.logged.some((m) => m.includes("spare lint worker is ready")) ? true : undefined), 10_000);
    // The diagnostic code is the finding's check id (src/rule-docs.ts).
    const expected = (await kernelLint(SMALL, ".txt")).map((m) => checkIdOf(m)).sort();
    const latencies: number[] = [];
    for (let i = 0; i < 3; i++) {
      const uri = `file://${dir}/small-${i}.txt`;
      const started = performance.now();
      await client.connection.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: SMALL } });
      const diagnostics = await client.diagnosticsFor(uri, 1);
      latencies.push(performance.now() - started);
      expect(diagnostics.map((d) => String(d.code)).sort()).toEqual(expected);
    }
    // The big document was still being linted the whole time.
    expect(
      client.published.some((p) => p.uri === bigUri),
      "the 1 MB lint finished too soon to prove anything"
    ).toBe(false);
    expect(Math.min(...latencies), `latencies ${latencies.map((l) => l.toFixed(0)).join(", ")} ms`).toBeLessThan(300);
    // Closing it stops its lint at once, and the server goes on answering.
    await client.connection.sendNotification("textDocument/didClose", { textDocument: { uri: bigUri } });
    await client.waitFor(
      "the cancel",
      () => (client.logged.some((m) => m.includes("cancelled the lint of a closed document")) ? true : undefined),
      5000
    );
    const after = `file://${dir}/after.txt`;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri: after, languageId: "plaintext", version: 1, text: SMALL }
    });
    expect((await client.diagnosticsFor(after, 1)).length).toBe(expected.length);
    expect(client.published.filter((p) => p.uri === bigUri).every((p) => p.diagnostics.length === 0)).toBe(true);
  }, 60_000);

  it("drops a didOpen whose uri is not a string (it used to kill the server) and refuses a malformed codeAction with InvalidParams", async () => {
    const dir = workspace();
    client = new LspClient(dir);
    await client.initialize(dir, { initializationOptions: { debounceMs: 0 } });
    const c = client.connection;
    for (const uri of [42, null, { path: "/x.txt" }, ["file:///x.txt"]]) {
      await c.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: SMALL } });
    }
    await c.sendNotification("textDocument/didChange", { textDocument: { uri: 7, version: 2 }, contentChanges: [{ text: "x" }] });
    await c.sendNotification("textDocument/didClose", { textDocument: { uri: false } });
    const error = await c
      .sendRequest("textDocument/codeAction", {
        textDocument: { uri: 42 },
        range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
        context: { diagnostics: [] }
      })
      .then(
        () => undefined,
        (e: { code: number; message: string }) => e
      );
    expect(error?.code).toBe(-32602);
    expect(error?.message).toContain("textDocument.uri must be a string");
    // Still alive and linting.
    const uri = `file://${dir}/story.txt`;
    await c.sendNotification("textDocument/didOpen", { textDocument: { uri, languageId: "plaintext", version: 1, text: SMALL } });
    expect((await client.diagnosticsFor(uri, 1)).length).toBeGreaterThan(0);
    expect(client.process.exitCode).toBeNull();
    expect(client.logged.some((m) => m.includes("ignored a didOpen notification with malformed parameters"))).toBe(true);
    expect(client.stderr).not.toMatch(/TypeError/);
  }, 60_000);

  it("answers a Markdown document nested too deep with one diagnostic, without parsing it", async () => {
    const dir = workspace();
    client = new LspClient(dir);
    await client.initialize(dir, { initializationOptions: { debounceMs: 0 } });
    const uri = `file://${dir}/deep.md`;
    await client.connection.sendNotification("textDocument/didOpen", {
      textDocument: { uri, languageId: "markdown", version: 1, text: `${">".repeat(2500)} ${SMALL}` }
    });
    const diagnostics = await client.diagnosticsFor(uri, 1);
    expect(diagnostics).toHaveLength(1);
    expect(diagnostics[0]!.message).toContain("Markdown nested too deep to parse");
  }, 60_000);
});
