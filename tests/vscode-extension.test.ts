// The VS Code extension as a user installs it: the .vsix that `vsce package` makes (its
// `vscode:prepublish` bundles copydesk's language server inside it), unpacked as VS Code unpacks
// it. With no setting and no copydesk in the project, the extension's own choice of server is the
// bundled one, and that server answers over the language-server protocol with copydesk's findings.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import Module, { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import { LspClient, ROOT } from "./support/lsp-client.js";

const EXTENSION = path.join(ROOT, "editors/vscode");
const VSCE = path.join(EXTENSION, "node_modules/.bin/vsce");
const HAVE_VSCE = fs.existsSync(VSCE);
if (!HAVE_VSCE) console.warn("tests/vscode-extension.test.ts: skipped: run `npm ci` in editors/vscode first (it provides vsce)");

// Filler rows where copy was meant to go: an error of no-ellipsis-filler.
const DAMAGED = "市政会议审议预算\n\n市政会议审议通过了今年的防汛预算草案。\n\n……\n\n……\n\n……\n\n会议还讨论了汛期值守安排。\n";

/** Loads the unpacked extension's extension.js with a stand-in for the `vscode` module. */
function loadExtension(dir: string, workspace: string): { serverOptions(context: object, cwd: string): any } {
  const fakeVscode = {
    workspace: {
      workspaceFolders: [{ uri: { fsPath: workspace } }],
      getConfiguration: () => ({ get: (_key: string, fallback: unknown) => fallback })
    },
    window: { showErrorMessage: () => undefined },
    commands: { registerCommand: () => ({ dispose() {} }) }
  };
  // vscode-languageclient extends VS Code's classes when it loads: any other name is a bare class.
  const vscode = new Proxy(fakeVscode as Record<string | symbol, unknown>, {
    get: (target, key) => (key in target ? target[key] : class {})
  });
  const mod = Module as unknown as { _resolveFilename: (...args: any[]) => string };
  const original = mod._resolveFilename;
  mod._resolveFilename = function (request: string, ...rest: any[]) {
    return request === "vscode" ? "vscode" : original.call(this, request, ...rest);
  };
  const require = createRequire(path.join(dir, "extension.js"));
  require.cache.vscode = { id: "vscode", filename: "vscode", loaded: true, exports: vscode } as never;
  try {
    return require(path.join(dir, "extension.js"));
  } finally {
    mod._resolveFilename = original;
    delete require.cache.vscode;
  }
}

describe.skipIf(!HAVE_VSCE)("the packaged VS Code extension", () => {
  it("bundles the language server, chooses it when the project has none, and the server answers", async () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-vsix-"));
    const vsix = path.join(out, "copydesk.vsix");
    const packaged = spawnSync(VSCE, ["package", "--out", vsix], { cwd: EXTENSION, encoding: "utf8", timeout: 600_000 });
    expect(packaged.status, packaged.stderr + packaged.stdout).toBe(0);
    // A .vsix is a zip; VS Code installs its extension/ folder.
    const unpacked = path.join(out, "unpacked");
    const unzip = spawnSync("python3", ["-m", "zipfile", "-e", vsix, unpacked], { encoding: "utf8" });
    expect(unzip.status, unzip.stderr).toBe(0);
    const installed = path.join(unpacked, "extension");

    const workspace = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-ws-"));
    fs.writeFileSync(path.join(workspace, "story.txt"), DAMAGED);
    const extension = loadExtension(installed, workspace);
    const options = extension.serverOptions({ extensionPath: installed }, workspace);
    expect(options.module).toBe(path.join(installed, "server/dist/src/cli/main.js"));
    expect(fs.existsSync(options.module)).toBe(true);

    // As vscode-languageclient starts a `module` server on stdio: node, the module, its args, --stdio.
    const client = new LspClient(workspace, [options.module, ...options.args, "--stdio"]);
    try {
      await client.initialize(workspace);
      const uri = `file://${workspace}/story.txt`;
      await client.connection.sendNotification("textDocument/didOpen", {
        textDocument: { uri, languageId: "plaintext", version: 1, text: DAMAGED }
      });
      const diagnostics = await client.diagnosticsFor(uri, 1);
      expect(diagnostics.some((d) => String(d.code).includes("no-ellipsis-filler") && d.range.start.line === 4)).toBe(true);
    } finally {
      await client.stop();
      fs.rmSync(out, { recursive: true, force: true });
    }
  }, 600_000);
});
