// Puts the copydesk language server inside the extension (server/), so installing the .vsix is
// all a user does: the package as `npm pack` makes it from the repository root (dist/ must be
// built: `npm run build` there), with its production dependencies at the versions the root's
// package-lock.json pins. vsce runs this as `vscode:prepublish`.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const extension = path.resolve(here, "..");
const root = path.resolve(extension, "../..");
const server = path.join(extension, "server");
const npm = process.platform === "win32" ? "npm.cmd" : "npm";

if (!fs.existsSync(path.join(root, "dist/src/cli/main.js"))) {
  console.error("bundle-server: build copydesk first (npm run build in the repository root)");
  process.exit(1);
}
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-vsix-"));
try {
  const tarball = execFileSync(npm, ["pack", "--ignore-scripts", "--pack-destination", scratch], { cwd: root, encoding: "utf8" }).trim();
  execFileSync("tar", ["-xzf", path.join(scratch, tarball), "-C", scratch]);
  fs.rmSync(server, { recursive: true, force: true });
  fs.renameSync(path.join(scratch, "package"), server);
  fs.copyFileSync(path.join(root, "package-lock.json"), path.join(server, "package-lock.json"));
  execFileSync(npm, ["ci", "--omit=dev", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], {
    cwd: server,
    stdio: ["ignore", "ignore", "inherit"]
  });
  fs.rmSync(path.join(server, "package-lock.json"));
  // The page and its bundle are not the server's business.
  fs.rmSync(path.join(server, "dist/web"), { recursive: true, force: true });
} finally {
  fs.rmSync(scratch, { recursive: true, force: true });
}
console.error(`bundle-server: copydesk's language server is in ${path.relative(process.cwd(), server) || "."}`);
