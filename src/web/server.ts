// The static server behind `copydesk serve`. It only hands out the page's own built files
// (dist/web/, made by `npm run build:web`): no API, no uploads, no directory listing. Copy never
// reaches it, because the page lints in the browser. It listens on a loopback address only and
// answers only requests addressed to that address by name, so a web page elsewhere cannot reach
// it through DNS rebinding.
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { AddressInfo } from "node:net";

export interface WebServerOptions {
  /** TCP port; 0 picks a free one. Default 4178. */
  port?: number;
  /** Loopback address to listen on: 127.0.0.1 (default), ::1 or localhost. */
  host?: string;
  /** Directory of the built page. Default: dist/web/ of this package. */
  root?: string;
}

export interface WebServer {
  /** The page's address, e.g. http://127.0.0.1:4178/ */
  url: string;
  port: number;
  host: string;
  close(): Promise<void>;
}

export const DEFAULT_PORT = 4178;

const LOOPBACK_HOSTS = new Set(["127.0.0.1", "::1", "localhost"]);

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".json": "application/json; charset=utf-8",
  ".webmanifest": "application/manifest+json; charset=utf-8"
};

/**
 * Nothing but the page's own files: no connections (connect-src 'none'), no frames, no forms.
 * Downloads use blob: URLs, which are navigations, not fetches.
 */
const CSP = [
  "default-src 'none'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "connect-src 'none'",
  "form-action 'none'",
  "base-uri 'none'",
  "frame-ancestors 'none'"
].join("; ");

/** The package root: the nearest directory above this module holding package.json. */
function packageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  while (!fs.existsSync(path.join(dir, "package.json"))) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error("copydesk serve: cannot find the package root");
    dir = parent;
  }
  return dir;
}

export function defaultWebRoot(): string {
  return path.join(packageRoot(), "dist", "web");
}

interface Asset {
  body: Buffer;
  type: string;
}

/** Reads every file of the built page once; the server never touches the disk afterwards. */
function loadAssets(root: string): Map<string, Asset> {
  if (!fs.existsSync(path.join(root, "index.html"))) {
    throw new Error(`copydesk serve: the web page is not built (no ${path.join(root, "index.html")}); run \`npm run build:web\``);
  }
  const assets = new Map<string, Asset>();
  const visit = (dir: string, prefix: string) => {
    for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, entry.name);
      if (entry.isDirectory()) visit(full, `${prefix}${entry.name}/`);
      else if (entry.isFile() && !entry.name.endsWith(".map")) {
        const type = TYPES[path.extname(entry.name).toLowerCase()];
        if (type) assets.set(`/${prefix}${entry.name}`, { body: fs.readFileSync(full), type });
      }
    }
  };
  visit(root, "");
  return assets;
}

/**
 * The Host header names this server: a loopback name with our port. On port 80 a browser sends
 * the name alone (RFC 9110 omits the scheme's default port), so that is accepted too.
 */
export function hostAllowed(header: string | undefined, port: number): boolean {
  if (!header) return false;
  const names = ["127.0.0.1", "localhost", "[::1]"];
  const allowed = names.map((name) => `${name}:${port}`);
  if (port === 80) allowed.push(...names);
  return allowed.includes(header.toLowerCase());
}

export async function startWebServer(options: WebServerOptions = {}): Promise<WebServer> {
  const host = options.host ?? "127.0.0.1";
  if (!LOOPBACK_HOSTS.has(host)) {
    throw new Error(`copydesk serve: --host must be a loopback address (127.0.0.1, ::1 or localhost), not "${host}"; copy stays on this machine`);
  }
  const requested = options.port ?? DEFAULT_PORT;
  if (!Number.isInteger(requested) || requested < 0 || requested > 65535) {
    throw new Error(`copydesk serve: --port must be a whole number from 0 to 65535, not "${requested}"`);
  }
  const assets = loadAssets(options.root ?? defaultWebRoot());
  let port = requested;

  const server = http.createServer((req, res) => {
    const send = (status: number, body: string | Buffer, type = "text/plain; charset=utf-8") => {
      res.writeHead(status, {
        "Content-Type": type,
        "Content-Length": Buffer.byteLength(body),
        "Content-Security-Policy": CSP,
        "X-Content-Type-Options": "nosniff",
        "Referrer-Policy": "no-referrer",
        "Cross-Origin-Opener-Policy": "same-origin",
        "Cross-Origin-Resource-Policy": "same-origin",
        "Cache-Control": "no-cache"
      });
      res.end(req.method === "HEAD" ? undefined : body);
    };
    if (!hostAllowed(req.headers.host, port)) return send(421, "Misdirected request\n");
    if (req.method !== "GET" && req.method !== "HEAD") {
      res.setHeader("Allow", "GET, HEAD");
      return send(405, "Method not allowed\n");
    }
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(req.url ?? "/", "http://localhost").pathname);
    } catch {
      return send(400, "Bad request\n");
    }
    const asset = assets.get(pathname === "/" ? "/index.html" : pathname);
    if (!asset) return send(404, "Not found\n");
    send(200, asset.body, asset.type);
  });

  await new Promise<void>((resolve, reject) => {
    server.once("error", reject);
    server.listen(requested, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
  port = (server.address() as AddressInfo).port;
  const shownHost = host === "::1" ? "[::1]" : host;
  return {
    url: `http://${shownHost}:${port}/`,
    port,
    host,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.close((error) => (error ? reject(error) : resolve()));
        server.closeAllConnections();
      })
  };
}
