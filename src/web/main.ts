#!/usr/bin/env node
// `node dist/src/web/main.js [--port N] [--host 127.0.0.1]`: the web page on its own, the same as
// `copydesk serve`. Prints the address, then serves until interrupted.
import { realpathSync } from "node:fs";
import { pathToFileURL } from "node:url";
import { parseArgs } from "node:util";
import { DEFAULT_PORT, startWebServer } from "./server.js";

export const SERVE_USAGE = `Usage: copydesk serve [--port N] [--host 127.0.0.1]

Start the copydesk web page on this computer (default http://127.0.0.1:${DEFAULT_PORT}/).
Paste or drop a story to see the findings in place and fix them with a click. The
page checks the copy in the browser; the server only hands out the page's files
and listens on a loopback address only.

Options:
  -p, --port <N>   Port to listen on (default ${DEFAULT_PORT}; 0 picks a free one)
      --host <h>   Loopback address: 127.0.0.1 (default), ::1 or localhost
  -h, --help       Show this help`;

export async function serveCommand(argv: string[]): Promise<number> {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      options: { port: { type: "string", short: "p" }, host: { type: "string" }, help: { type: "boolean", short: "h" } }
    }));
  } catch (error) {
    process.stderr.write(`copydesk serve: ${String((error as Error).message).split("\n")[0]} (see copydesk serve --help)\n`);
    return 2;
  }
  if (values.help) {
    process.stdout.write(`${SERVE_USAGE}\n`);
    return 0;
  }
  const port = values.port === undefined ? DEFAULT_PORT : /^\d+$/.test(values.port) ? Number(values.port) : NaN;
  let server;
  try {
    server = await startWebServer({ port, host: values.host });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const message =
      code === "EADDRINUSE" ? `port ${port} is in use; try --port ${port + 1}` : String((error as Error).message).replace(/^copydesk serve: /, "");
    process.stderr.write(`copydesk serve: ${message}\n`);
    return 2;
  }
  process.stdout.write(`copydesk: open ${server.url} (copy is checked in the browser and never leaves this computer; Ctrl+C to stop)\n`);
  await new Promise<void>((resolve) => {
    const stop = () => void server.close().then(resolve, resolve);
    process.once("SIGINT", stop);
    process.once("SIGTERM", stop);
  });
  return 0;
}

// Run directly (not imported by the CLI).
if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href) {
  serveCommand(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
