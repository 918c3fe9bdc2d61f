// copydesk for VS Code: starts `copydesk lsp` (bundled, or the project's) and lets vscode-languageclient do the rest
// (diagnostics, quick fixes, "fix all", config reloads are all the server's work).
"use strict";
const fs = require("node:fs");
const path = require("node:path");
const vscode = require("vscode");
const { LanguageClient, TransportKind } = require("vscode-languageclient/node");

/** @type {LanguageClient | undefined} */
let client;

/**
 * How to start the server: the `copydesk.command` setting; else the project's own copydesk (the
 * version its stories are checked with in the hook and CI); else the server bundled in this
 * extension (server/, see scripts/bundle-server.mjs), run on VS Code's own Node.
 */
function serverOptions(context, cwd) {
  const configured = vscode.workspace.getConfiguration("copydesk").get("command", []);
  if (Array.isArray(configured) && configured.length > 0) {
    return { command: configured[0], args: configured.slice(1), options: { cwd, shell: process.platform === "win32" } };
  }
  const bin = process.platform === "win32" ? "copydesk.cmd" : "copydesk";
  for (const folder of vscode.workspace.workspaceFolders ?? []) {
    const local = path.join(folder.uri.fsPath, "node_modules", ".bin", bin);
    if (fs.existsSync(local)) return { command: local, args: ["lsp"], options: { cwd, shell: process.platform === "win32" } };
  }
  return { module: bundledServer(context), args: ["lsp"], transport: TransportKind.stdio, options: { cwd } };
}

/** The CLI of the copydesk package bundled in the extension. */
function bundledServer(context) {
  return path.join(context.extensionPath, "server", "dist", "src", "cli", "main.js");
}

function describe(options) {
  return options.module ? `${options.module} lsp` : [options.command, ...options.args].join(" ");
}

async function start(context) {
  const cwd = vscode.workspace.workspaceFolders?.[0]?.uri.fsPath;
  const server = serverOptions(context, cwd);
  client = new LanguageClient("copydesk", "copydesk", server, {
    documentSelector: [
      { scheme: "file", language: "plaintext" },
      { scheme: "file", language: "markdown" },
      { scheme: "untitled", language: "plaintext" },
      { scheme: "untitled", language: "markdown" }
    ],
    initializationOptions: {
      debounceMs: vscode.workspace.getConfiguration("copydesk").get("debounceMs", 300)
    }
  });
  try {
    await client.start();
  } catch (error) {
    vscode.window.showErrorMessage(
      `copydesk: cannot start \`${describe(server)}\` (${error instanceof Error ? error.message : error}). ` +
        "Check the copydesk.command setting, or clear it to use the server bundled with the extension."
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

module.exports = { activate, deactivate, serverOptions };
