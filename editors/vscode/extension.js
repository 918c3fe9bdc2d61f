// copydesk for VS Code: starts `copydesk lsp` and lets vscode-languageclient do the rest
// (diagnostics, quick fixes, "fix all", config reloads are all the server's work).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

/** The command that starts the server: the setting, the workspace's copy, or `copydesk` on PATH. */
function serverCommand() {
  const configured = vscode.workspace.getConfiguration("copydesk").get("command", []);
  if (Array.isArray(configured) && configured.length > 0) {
    return { command: configured[0], args: configured.slice(1) };
  }
  const bin = process.platform === "win32" ? "copydesk.cmd" : "copydesk";
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, "node_modules", ".bin", bin);
    if (fs.existsSync(local)) return { command: local, args: ["lsp"] };
  }
  return { command: bin, args: ["lsp"] };
}

async function start(context) {
  const { command, args } = serverCommand();
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  client = new LanguageClient(
    "copydesk",
    "copydesk",
    { command, args, options: { cwd, shell: process.platform === "win32" } },
    {
      documentSelector: [
        { scheme: "file", language: "plaintext" },
        { scheme: "file", language: "markdown" },
        { scheme: "untitled", language: "plaintext" },
        { scheme: "untitled", language: "markdown" }
      ],
      initializationOptions: {
        debounceMs: vscode.workspace.getConfiguration("copydesk").get("debounceMs", 300)
      }
    }
  );
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `copydesk: cannot start \`${[command, ...args].join(" ")}\` (${error instanceof Error ? error.message : error}). ` +
        "Install copydesk (npm install -D textlint-rule-preset-copydesk) or set copydesk.command."
    );
  }
}

async function stop() {
  const running = client;
  client = undefined;
  if (running) await running.stop();
}

function activate(context) {
  context.subscriptions.push(
    vscode.commands.registerCommand("copydesk.restart", async () => {
      await stop();
      await start(context);
    }),
    { dispose: () => void stop() }
  );
  return start(context);
}

function deactivate() {
  return stop();
}

module.exports = { activate, deactivate };
