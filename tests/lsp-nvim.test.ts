// End-to-end in a real editor: Debian's Neovim, headless, with its built-in LSP client attached to
// the copydesk language server (tests/fixtures/lsp/nvim-e2e.lua does the editor side).
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ROOT, SEED, SERVER, assertBuilt, codeOf, kernelLint } from "./support/lsp-client.js";

const nvim = spawnSync("nvim", ["--version"], { encoding: "utf8" });
const nvimVersion = nvim.status === 0 ? nvim.stdout.split("\n")[0] : undefined;
if (!nvimVersion) {
  console.warn("tests/lsp-nvim.test.ts: SKIPPED — `nvim` is not installed (apt-get install neovim); the Neovim end-to-end test did not run.");
}

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  code: string;
  severity: number;
  message: string;
}

/** What Neovim should show for textlint's findings: 0-based lines and UTF-8 byte columns. */
async function expectedInNeovim(text: string): Promise<NvimDiagnostic[]> {
  const lines = text.split("\n");
  const byteCol = (line: number, column: number) => Buffer.byteLength(lines[line - 1]!.slice(0, column - 1));
  const lspSeverity = (s: number) => (s === 2 ? 1 : s === 3 ? 3 : 2);
  return (await kernelLint(text, ".txt"))
    .map((m) => ({
      lnum: m.loc.start.line - 1,
      col: byteCol(m.loc.start.line, m.loc.start.column),
      end_lnum: m.loc.end.line - 1,
      end_col: byteCol(m.loc.end.line, m.loc.end.column),
      code: codeOf(m),
      severity: lspSeverity(m.severity),
      message: m.message
    }))
    .sort((a, b) => a.lnum - b.lnum || a.col - b.col);
}

describe.skipIf(!nvimVersion)(`copydesk lsp in Neovim (${nvimVersion ?? "nvim absent: skipped"})`, () => {
  it("shows the seed article's findings via vim.diagnostic.get() and applies a quick fix", async () => {
    assertBuilt();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-nvim-"));
    const file = path.join(dir, "story.txt");
    const seedText = fs.readFileSync(SEED, "utf8");
    fs.writeFileSync(file, seedText);
    const outFile = path.join(dir, "out.json");

    // The quick fix to apply: the first filler run (lines 97–113 of the seed, EXPECTED.md).
    const messages = await kernelLint(seedText, ".txt");
    const filler = messages.find((m) => m.ruleId === "copydesk/no-ellipsis-filler" && m.loc.start.line === 97 && m.fix);
    expect(filler, "no-ellipsis-filler reports a fixable run at line 97").toBeDefined();

    const run = spawnSync("nvim", ["--headless", "--clean", "-n", "-c", `luafile ${path.join(ROOT, "tests/fixtures/lsp/nvim-e2e.lua")}`], {
      cwd: dir,
      encoding: "utf8",
      timeout: 120_000,
      env: {
        ...process.env,
        COPYDESK_NODE: process.execPath,
        COPYDESK_SERVER: SERVER,
        COPYDESK_FILE: file,
        COPYDESK_LINE: "97",
        COPYDESK_CODE: codeOf(filler!),
        COPYDESK_OUT: outFile
      }
    });
    expect(fs.existsSync(outFile), `nvim wrote no results (status ${run.status}): ${run.stderr}${run.stdout}`).toBe(true);
    const out = JSON.parse(fs.readFileSync(outFile, "utf8"));
    expect(out.error).toBeUndefined();

    // Every finding at its exact place, converted UTF-16 → bytes by Neovim itself.
    expect(out.before).toEqual(await expectedInNeovim(seedText));

    // The quick fix removed the run and nothing else: exactly textlint's fix.
    const [s, e] = filler!.fix!.range;
    const fixed = seedText.slice(0, s) + filler!.fix!.text + seedText.slice(e);
    expect(out.chosen).toBeTruthy();
    expect(out.offered).toContain("Fix all copydesk problems in this file");
    expect(out.text_after).toBe(fixed.replace(/\n$/, ""));
    expect(out.lines_after).toBeLessThan(out.lines_before);

    // And Neovim now shows the findings of the fixed text.
    expect(out.after).toEqual(await expectedInNeovim(fixed));
  });
});
