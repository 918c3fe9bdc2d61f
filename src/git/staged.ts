import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** A copy file as it stands in the git index (what `git commit` would record). */
export interface StagedFile {
  /** Absolute path of the file in the working tree. */
  absolutePath: string;
  /** Path relative to the repository root, with `/` separators, as git prints it. */
  repoPath: string;
  /** The staged bytes. */
  content: Buffer;
  /** Whether the working-tree file has exactly the staged bytes (a `--fix` may only touch it then). */
  workingTreeMatches: boolean;
}

export class NotAGitRepositoryError extends Error {}

const DEFAULT_EXTENSIONS = [".txt", ".text", ".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown"];

function git(args: string[], cwd: string, input?: string | Buffer): Buffer {
  return execFileSync("git", args, { cwd, input, maxBuffer: 1 << 30, stdio: ["pipe", "pipe", "pipe"] });
}

export function repositoryRoot(cwd: string): string {
  try {
    return git(["rev-parse", "--show-toplevel"], cwd).toString("utf8").trim();
  } catch {
    throw new NotAGitRepositoryError(`not inside a git repository: ${cwd}`);
  }
}

/**
 * The staged copy files (added, copied, modified or renamed; deletions have nothing to lint),
 * read from the index in one `git cat-file --batch` call. `-z` keeps paths with spaces and
 * Chinese characters byte-exact.
 */
export function stagedCopyFiles(cwd: string, extensions: readonly string[] = DEFAULT_EXTENSIONS): StagedFile[] {
  const root = repositoryRoot(cwd);
  const names = git(["diff", "--cached", "--name-only", "-z", "--diff-filter=ACMR", "--no-renames"], root)
    .toString("utf8")
    .split("\0")
    .filter((name) => name !== "" && extensions.includes(path.extname(name).toLowerCase()));
  if (names.length === 0) return [];

  const entries = git(["ls-files", "--stage", "-z", "--", ...names.map((n) => `:(literal)${n}`)], root)
    .toString("utf8")
    .split("\0")
    .filter(Boolean)
    .map((line) => {
      const tab = line.indexOf("\t");
      const [, sha] = line.slice(0, tab).split(" ");
      return { sha: sha!, repoPath: line.slice(tab + 1) };
    });
  const blobs = readBlobs(
    root,
    entries.map((e) => e.sha)
  );
  return entries.map(({ sha, repoPath }) => {
    const absolutePath = path.join(root, repoPath);
    const content = blobs.get(sha)!;
    let workingTreeMatches = false;
    try {
      workingTreeMatches = fs.readFileSync(absolutePath).equals(content);
    } catch {
      workingTreeMatches = false;
    }
    return { absolutePath, repoPath, content, workingTreeMatches };
  });
}

function readBlobs(root: string, shas: readonly string[]): Map<string, Buffer> {
  const out = git(["cat-file", "--batch"], root, shas.join("\n") + "\n");
  const blobs = new Map<string, Buffer>();
  let offset = 0;
  while (offset < out.length) {
    const headerEnd = out.indexOf(10, offset);
    const [sha, , size] = out.subarray(offset, headerEnd).toString("utf8").split(" ");
    const start = headerEnd + 1;
    const end = start + Number(size);
    blobs.set(sha!, out.subarray(start, end));
    offset = end + 1; // the newline after each blob
  }
  return blobs;
}
