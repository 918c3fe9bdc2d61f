// What the CLI says besides its findings, on real runs' shapes: the progress line a terminal sees
// during a long run, the summary line that ends every run, and stylish rows fitted to the width.
import fs from "node:fs";
import path from "node:path";
import type { TextlintResult } from "@textlint/types";
import { Progress } from "../src/cli/progress.js";
import { displayWidth, formatStylish } from "../src/cli/stylish.js";
import { kernelLint } from "./support/lsp-client.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SEED = fs.readFileSync(path.join(ROOT, "examples/000_5c1383eb5e7a2872.txt"), "utf8");

function stream(isTTY: boolean, columns = 60) {
  const written: string[] = [];
  return { isTTY, columns, written, write: (text: string) => written.push(text) };
}

afterEach(() => {
  vi.useRealTimers();
});

describe("progress on stderr", () => {
  it("draws files done of total, a bar and the rate on a terminal, within its width, after a moment", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const tty = stream(true, 60);
    const progress = new Progress(1000, tty);
    progress.tick();
    // A run that ends at once draws nothing.
    expect(tty.written).toEqual([]);
    vi.advanceTimersByTime(1000);
    // 499 more files, one every 2 ms: redrawn in place every 100 ms, not per file.
    for (let i = 0; i < 499; i++) {
      vi.advanceTimersByTime(2);
      progress.tick();
    }
    expect(tty.written.length).toBeGreaterThan(5);
    expect(tty.written.length).toBeLessThan(20);
    const line = tty.written.at(-1)!;
    const [, done, rate] = line.match(/^\r\u001b\[2K\[█+░+\] (\d+)\/1,000 files · (\d+) files\/s$/) ?? [];
    expect(Number(done)).toBeGreaterThan(440);
    expect(Number(rate)).toBeGreaterThan(200);
    expect(Number(rate)).toBeLessThan(260);
    expect(displayWidth(line.replace(/^\r\u001b\[2K/, ""))).toBeLessThan(60);
    progress.clear();
    expect(tty.written.at(-1)).toBe("\r\u001b[2K");
  });

  it("draws nothing when stderr is a file or a pipe, and the summary line still says what was done", () => {
    vi.useFakeTimers({ toFake: ["performance"] });
    const pipe = stream(false);
    const progress = new Progress(3, pipe);
    vi.advanceTimersByTime(2800);
    for (let i = 0; i < 3; i++) progress.tick();
    expect(pipe.written).toEqual([]);
    expect(progress.summary({ files: 3, errors: 2, warnings: 1 })).toBe("checked 3 files in 2.8 s: 2 errors, 1 warning");
    expect(new Progress(1000, pipe).summary({ files: 1000, errors: 0, warnings: 0 })).toMatch(/^checked 1,000 files in \d\.\d s: no problems$/);
  });
});

describe("stylish rows", () => {
  it("fit the terminal's width with the seed's Chinese messages (wide characters count two columns)", async () => {
    const messages = await kernelLint(SEED, ".txt");
    expect(messages.length).toBeGreaterThan(5);
    const result = { filePath: path.join(ROOT, "examples/seed.txt"), messages } as unknown as TextlintResult;
    for (const width of [60, 100]) {
      const out = formatStylish([result], { color: false, width, fixCommand: "copydesk --fix [file]" });
      for (const line of out.split("\n")) expect(displayWidth(line), line).toBeLessThanOrEqual(width);
      // Nothing is lost to the fitting: every message's words are there, wrapped.
      const joined = out.replace(/\s+/g, "");
      for (const m of messages) expect(joined).toContain(m.message.replace(/\s+/g, "").slice(0, 12));
    }
  });
});
