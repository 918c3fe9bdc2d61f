#!/usr/bin/env node
// The `copydesk` command. This file stays small: argument parsing, --help and --version run
// before anything heavy is imported, because a pre-commit hook starts it on every commit.
import { readFileSync } from "node:fs";
import { CliError, firstLine } from "./errors.js";
import { parseCommandLine, USAGE } from "./args.js";

function version(): string {
  // dist/src/cli/main.js and src/cli/main.ts are both three levels below package.json.
  const pkg = JSON.parse(readFileSync(new URL("../../../package.json", import.meta.url), "utf8")) as { version: string };
  return pkg.version;
}

async function main(argv: string[]): Promise<number> {
  // `copydesk lsp [--stdio]`: the language server on stdio (runs until the client's exit).
  if (argv[0] === "lsp") return (await import("../lsp/server.js")).runLanguageServer();
  // `copydesk serve [--port N]`: the local web page (linting runs in the browser).
  if (argv[0] === "serve") return (await import("../web/main.js")).serveCommand(argv.slice(1));
  const options = parseCommandLine(argv);
  if (options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (options.version) {
    process.stdout.write(`${version()}\n`);
    return 0;
  }
  const { run } = await import("./run.js");
  return run(options, { version: version() });
}

// `copydesk … | head` closes the pipe early: stop quietly instead of printing a stack trace.
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
  throw error;
});

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    const message = error instanceof CliError ? error.message : `internal error: ${firstLine(error)}`;
    process.stderr.write(`copydesk: ${message}\n`);
    if (process.env.COPYDESK_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.exitCode = error instanceof CliError ? error.exitCode : 2;
  }
);
