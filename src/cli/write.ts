// Writing a fixed file so that a crash or a full disk never leaves it half-written.
import { randomBytes } from "node:crypto";
import fs from "node:fs/promises";
import { constants } from "node:fs";
import path from "node:path";
import { CliError, firstLine } from "./errors.js";
import { displayPath } from "./files.js";

class ChangedError extends Error {}
/** The in-place overwrite of a hard-linked file failed and the original could not be put back. */
class KeptTempError extends Error {}

/** Overwrites a hard-linked file's bytes, keeping its inode (every name sees the fix). */
async function overwriteInPlace(target: string, data: Buffer, original: Buffer | undefined): Promise<void> {
  const handle = await fs.open(target, "r+");
  try {
    try {
      await handle.write(data, 0, data.length, 0);
      await handle.truncate(data.length);
      await handle.sync();
    } catch (error) {
      if (!original) throw new KeptTempError(firstLine(error));
      try {
        await handle.write(original, 0, original.length, 0);
        await handle.truncate(original.length);
        await handle.sync();
      } catch {
        throw new KeptTempError(firstLine(error));
      }
      throw error;
    }
  } finally {
    await handle.close().catch(() => undefined);
  }
}

/**
 * Replaces `file` with `data` atomically: the bytes go to a temporary file in the same directory
 * (same filesystem), which gets the original's permissions and owner, is flushed to disk, and is
 * then renamed over the original. A symlink is followed, so the link stays a link. With
 * `original` (the bytes that were linted), a file that no longer holds them is left alone.
 *
 * A file with more than one hard link is written in place instead (a rename would give this name
 * a new inode and leave the other names with the old text): the complete fixed text first goes to
 * the temporary file and is flushed, then the original is overwritten and flushed, then the
 * temporary file is removed. If the overwrite fails the original bytes are put back; if the
 * process dies during it, the temporary file beside the story holds the whole fix.
 */
export async function writeFileAtomic(file: string, data: Buffer, original?: Buffer): Promise<void> {
  const shown = displayPath(file);
  let target: string;
  try {
    target = await fs.realpath(file);
    await fs.access(target, constants.W_OK);
    // No write bit at all is a deliberate lock (an archived original); root must respect it too.
    if (((await fs.stat(target)).mode & 0o222) === 0) throw Object.assign(new Error("read-only"), { code: "EACCES" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" ? "file is read-only" : firstLine(error);
    throw new CliError(`cannot fix ${shown}: ${why}; left untouched`, 2);
  }
  const folder = path.dirname(target);
  try {
    await fs.access(folder, constants.W_OK);
    // As for files: a folder with no write bit is locked, and root respects that too.
    if (((await fs.stat(folder)).mode & 0o222) === 0) throw Object.assign(new Error("read-only"), { code: "EACCES" });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === "EACCES" || code === "EPERM" || code === "EROFS" ? "its folder is read-only" : firstLine(error);
    throw new CliError(`cannot fix ${shown}: ${why}; left untouched`, 2);
  }
  const stat = await fs.stat(target);
  const mode = stat.mode & 0o7777;
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.copydesk-${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  let handle: fs.FileHandle | undefined;
  try {
    handle = await fs.open(temp, "wx", mode);
    await handle.writeFile(data);
    await handle.chmod(mode); // open() applies the umask; chmod does not
    await handle.chown(stat.uid, stat.gid).catch(() => undefined); // only root may give files away
    await handle.sync();
    await handle.close();
    handle = undefined;
    // Someone saved the file while it was being linted: their edit wins, nothing is overwritten.
    if (original && !(await fs.readFile(target)).equals(original)) {
      throw new ChangedError(`cannot fix ${shown}: the file changed while copydesk was fixing it; left as it is now (run copydesk again)`);
    }
    if (stat.nlink > 1) {
      await overwriteInPlace(target, data, original);
      await fs.rm(temp, { force: true });
    } else {
      await fs.rename(temp, target);
    }
  } catch (error) {
    await handle?.close().catch(() => undefined);
    if (error instanceof KeptTempError) throw new CliError(`cannot fix ${shown}: ${error.message}; the fixed text is in ${displayPath(temp)}`, 2);
    await fs.rm(temp, { force: true }).catch(() => undefined);
    if (error instanceof ChangedError) throw new CliError(error.message, 2);
    throw new CliError(`cannot fix ${shown}: ${firstLine(error)}; left untouched`, 2);
  }
}
