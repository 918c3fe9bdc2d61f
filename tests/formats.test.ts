// Word (.docx) and HTML copy: read through the copydesk command (mammoth for Word, textlint-plugin-html
// for HTML), with findings where the copy is and fixes that never damage the file.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { docxText } from "../src/formats/docx.js";
import { decodeEntitiesInPlace, editKeepsMarkup } from "../src/text/html.js";
import { makeDocx } from "./support/docx.js";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const CLI = path.join(ROOT, "dist/src/cli/main.js");
const SEED = path.join(ROOT, "examples/000_5c1383eb5e7a2872.txt");
const CMS_HTML = path.join(ROOT, "tests/fixtures/formats/cms-export.html");

const tempDirs: string[] = [];
afterAll(() => tempDirs.forEach((d) => fs.rmSync(d, { recursive: true, force: true })));

/** A throwaway directory with `.git`, so no config above it applies: the preset runs. */
function project(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-formats-"));
  tempDirs.push(dir);
  fs.mkdirSync(path.join(dir, ".git"));
  for (const [name, content] of Object.entries(files)) fs.writeFileSync(path.join(dir, name), content);
  return dir;
}

function copydesk(args: string[], cwd: string, input?: Buffer) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, input, maxBuffer: 64 << 20, env: { ...process.env, NO_COLOR: "1" } });
  return { code: r.status, stdout: r.stdout.toString("utf8"), stdoutBytes: r.stdout, stderr: r.stderr.toString("utf8") };
}

type Message = { ruleId: string; message: string; line: number; column: number; fix?: unknown };
function findings(cwd: string, file: string): Message[] {
  const r = copydesk(["--format", "json", file], cwd);
  expect(r.stderr).not.toMatch(/cannot|skipped/);
  return (JSON.parse(r.stdout) as { messages: Message[] }[])[0]!.messages;
}

const seedText = fs.readFileSync(SEED, "utf8");
const seedLines = seedText.replace(/\n$/, "").split("\n");

/** The seed as a CMS would export it: one `<p>` per line, on the line it has in the .txt. */
function seedHtml(): string {
  const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  const lines = seedLines.map((l) => (l.trim() ? `<p>${esc(l)}</p>` : ""));
  lines[0] = `<!DOCTYPE html><html><head><meta charset="utf-8"><title>seed</title></head><body>${lines[0]}`;
  return `${lines.join("\n")}</body></html>\n`;
}

describe("Word files", () => {
  it("reads one Word paragraph per line, empty paragraphs included, runs joined", async () => {
    const bytes = await makeDocx(["标题", "", { runs: [{ text: "正文第一段，" }, { text: "加粗", bold: true }, { text: "的部分。" }] }, "A & B <c>"]);
    expect(await docxText(bytes)).toBe("标题\n\n正文第一段，加粗的部分。\nA & B <c>\n");
  });

  it("refuses what is not a Word file, in one line", async () => {
    await expect(docxText(Buffer.from("plain text"))).rejects.toThrow(/not a Word \(\.docx\) file/);
    const dir = project({ "broken.docx": Buffer.from("PK\u0003\u0004 not really a zip") });
    const r = copydesk(["broken.docx"], dir);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^copydesk: cannot read broken\.docx: not a readable Word \(\.docx\) file/m);
  });

  it("gives the seed's .docx the same findings as its .txt, at the same lines (line N = paragraph N)", async () => {
    const dir = project({ "seed.txt": seedText, "seed.docx": await makeDocx(seedLines) });
    const strip = (ms: Message[]) => ms.map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column }));
    const txt = strip(findings(dir, "seed.txt"));
    expect(txt.length).toBeGreaterThan(10);
    expect(strip(findings(dir, "seed.docx"))).toEqual(txt);
  });

  it("is read by stock textlint too, loading the Word reader by name from the package", async () => {
    // A newsroom's own .textlintrc: the preset and the package's Word plugin, named as textlint
    // names plugins; stock textlint's command line then gives the copydesk command's findings.
    const config = { plugins: { "textlint-rule-preset-copydesk/docx": true }, rules: { "preset-copydesk": true } };
    const dir = project({ "seed.docx": await makeDocx(seedLines), ".textlintrc.json": JSON.stringify(config) });
    const textlint = path.join(ROOT, "node_modules/textlint/bin/textlint.js");
    const r = spawnSync(process.execPath, [textlint, "--format", "json", "seed.docx"], {
      cwd: dir,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1" }
    });
    expect(r.stderr).toBe("");
    const stock = (JSON.parse(r.stdout) as { messages: Message[] }[])[0]!.messages;
    const strip = (ms: Message[]) =>
      ms.map(({ ruleId, message, line, column }) => ({ ruleId: ruleId.replace(/^preset-copydesk\//, "copydesk/"), message, line, column }));
    expect(stock.length).toBeGreaterThan(10);
    expect(strip(stock)).toEqual(strip(findings(dir, "seed.docx")));
    // textlint --fix would write the linted text over the archive: the reader refuses, nothing is written.
    const before = fs.readFileSync(path.join(dir, "seed.docx"));
    const fix = spawnSync(process.execPath, [textlint, "--fix", "seed.docx"], { cwd: dir, encoding: "utf8", env: { ...process.env, NO_COLOR: "1" } });
    expect(fix.status).not.toBe(0);
    expect(fix.stdout + fix.stderr).toContain("copydesk does not write Word files; `copydesk --fix --dry-run");
    expect(fs.readFileSync(path.join(dir, "seed.docx")).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([".git", ".textlintrc.json", "seed.docx"]);
  });

  it("--fix leaves the .docx byte for byte and says how to get the fixed text", async () => {
    const bytes = await makeDocx(seedLines);
    const dir = project({ "seed.docx": bytes });
    const r = copydesk(["--fix", "seed.docx"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^copydesk: seed\.docx: copydesk does not write Word files; `copydesk --fix --dry-run seed\.docx` shows the fixes/m);
    expect(fs.readFileSync(path.join(dir, "seed.docx")).equals(bytes)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual([".git", "seed.docx"]);
    // The two ways out the message names.
    const diff = copydesk(["--fix", "--dry-run", "seed.docx"], dir);
    expect(diff.stdout).toMatch(/^--- a\/seed\.docx\n\+\+\+ b\/seed\.docx\n@@/);
    const fixed = copydesk(["--fix", "--stdin", "--stdin-filename", "seed.docx"], dir, bytes);
    expect(fixed.stdout).toContain("构建起强有力的领导和指导工作体系");
    expect(fixed.stdout).not.toContain("PK");
    expect(fs.readFileSync(path.join(dir, "seed.docx")).equals(bytes)).toBe(true);
  });
});

describe("HTML files", () => {
  it("gives the seed's HTML export the same findings as its .txt, each at its paragraph's line", () => {
    const dir = project({ "seed.txt": seedText, "seed.html": seedHtml() });
    const txt = findings(dir, "seed.txt").map(({ ruleId, message, line }) => ({ ruleId, message, line }));
    const html = findings(dir, "seed.html");
    expect(html.map(({ ruleId, message, line }) => ({ ruleId, message, line }))).toEqual(txt);
    // Columns point into the paragraph, past its `<p>`.
    expect(html.every((m) => m.column >= 4)).toBe(true);
  });

  it("gives stock textlint with textlint-plugin-html the CLI's findings (the preset reads HTML wherever textlint does)", async () => {
    const { TextlintKernel } = await import("@textlint/kernel");
    const { presetKernelRules } = await import("../rules/index.js");
    const htmlPlugin = ((await import("textlint-plugin-html")) as { default: { default?: unknown } }).default;
    const html = seedHtml();
    const stock = await new TextlintKernel().lintText(html, {
      ext: ".html",
      filePath: "seed.html",
      plugins: [{ pluginId: "html", plugin: (htmlPlugin.default ?? htmlPlugin) as never }],
      rules: presetKernelRules()
    });
    const dir = project({ "seed.html": html });
    const strip = (ms: readonly Message[]) => ms.map(({ ruleId, message, line, column }) => ({ ruleId, message, line, column }));
    expect(strip(stock.messages as unknown as Message[])).toEqual(strip(findings(dir, "seed.html")));
  });

  it("reads copy in <div>s and <br>-separated lines, decodes entities and skips scripts, styles and comments", () => {
    const dir = project({ "story.html": fs.readFileSync(CMS_HTML) });
    const ms = findings(dir, "story.html");
    const rules = ms.map((m) => `${m.ruleId}@${m.line}`);
    // The <br>-separated repeat inside one <div>, and the filler <p>s.
    expect(rules).toContain("copydesk/no-duplicate-paragraph@13");
    expect(rules).toContain("copydesk/no-ellipsis-filler@14");
    // Nothing from <style>, <script>, the title or the comment; the wrapped <p> is one paragraph.
    expect(ms.filter((m) => m.line < 8 || m.line === 11 || m.line === 12 || m.line > 17)).toEqual([]);
    expect(ms.some((m) => /&ldquo;|ldquo/.test(m.message))).toBe(false);
  });

  it("--fix keeps the markup whole", () => {
    const dir = project({ "seed.html": seedHtml(), "story.html": fs.readFileSync(CMS_HTML) });
    for (const file of ["seed.html", "story.html"]) {
      const before = fs.readFileSync(path.join(dir, file), "utf8");
      copydesk(["--fix", file], dir);
      const after = fs.readFileSync(path.join(dir, file), "utf8");
      expect(after).not.toBe(before);
      expect(tagBalance(after)).toEqual({ unbalanced: 0, open: [] });
      expect(after.match(/<(script|style|title|h1|head|body|html)\b/g)).toEqual(before.match(/<(script|style|title|h1|head|body|html)\b/g));
      // Nothing fixable is left.
      expect(findings(dir, file).filter((m) => m.fix)).toEqual([]);
    }
  });
});

describe("editKeepsMarkup", () => {
  const src = "<p>aa</p>\n<p>bb</p><div><p>cc</p></div><!-- x --><p>dd</p>";
  const at = (s: string) => src.indexOf(s);
  it("accepts edits inside text and across sibling paragraphs", () => {
    expect(editKeepsMarkup(src, at("aa"), at("aa") + 1, "x")).toBe(true);
    expect(editKeepsMarkup(src, at("aa") + 1, at("bb") + 1, "")).toBe(true);
    expect(editKeepsMarkup(src, at("cc"), at("dd") - 3, "")).toBe(false); // cuts the comment
  });
  it("refuses edits that unbalance elements, cut a tag or insert markup", () => {
    expect(editKeepsMarkup(src, at("bb"), at("cc"), "")).toBe(false); // leaves <div> open
    expect(editKeepsMarkup(src, at("aa"), at("aa") + 4, "")).toBe(false); // ends inside </p>
    expect(editKeepsMarkup(src, at("aa"), at("aa") + 1, "<b>")).toBe(false);
    expect(editKeepsMarkup(src, at("aa"), at("aa") + 1, "&amp;")).toBe(false);
  });
  it("decodes character references in place, keeping the length", () => {
    const s = "&ldquo;十四五&rdquo; A&amp;B &#x4E2D;&#20013; &bogus;";
    const d = decodeEntitiesInPlace(s);
    expect(d.length).toBe(s.length);
    expect(d.replace(/ /g, "")).toBe("“十四五”A&B中中&bogus;");
    expect(d.startsWith("“      十四五")).toBe(true);
  });
});

function tagBalance(html: string) {
  const open: string[] = [];
  let unbalanced = 0;
  for (const m of html.replace(/<!--[\s\S]*?-->/g, "").matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)[^>]*>/g)) {
    const name = m[2]!.toLowerCase();
    if (["meta", "br", "img", "hr", "link"].includes(name)) continue;
    if (m[1]) {
      if (open.pop() !== name) unbalanced++;
    } else open.push(name);
  }
  return { unbalanced, open };
}

describe("the language server", () => {
  it("lints .html documents as HTML", async () => {
    const { extensionFor } = await import("../src/lsp/server.js");
    expect(extensionFor("file:///news/story.html", "html")).toBe(".html");
    expect(extensionFor("file:///news/story.htm", "plaintext")).toBe(".txt");
    expect(extensionFor("file:///news/story.htm", "")).toBe(".html");
    expect(extensionFor("untitled:1", "html")).toBe(".html");
    const { LintEngine } = await import("../src/lsp/engine.js");
    const outcome = await new LintEngine().run({ op: "lint", text: fs.readFileSync(CMS_HTML, "utf8"), ext: ".html" });
    expect(outcome.problems).toEqual([]);
    expect(outcome.messages.map((m) => `${m.ruleId}@${m.line}`)).toEqual(["copydesk/no-duplicate-paragraph@13", "copydesk/no-ellipsis-filler@14"]);
  });
});

describe("plugins loaded on first use", () => {
  // The Markdown and HTML parsers load when a document of their kind is first parsed (issue 19:
  // one plain-text story starts faster); the extensions they answer for must stay the real ones.
  it("answer for the extensions textlint's Markdown plugin and textlint-plugin-html answer for", async () => {
    const { MARKDOWN_PLUGIN_EXTENSIONS, HTML_PLUGIN_EXTENSIONS, copydeskPlugins } = await import("../src/formats/plugins.js");
    const markdown = (await import("@textlint/textlint-plugin-markdown")) as unknown as {
      default: { Processor: new (o?: unknown) => { availableExtensions(): string[] } };
    };
    const html = (await import("textlint-plugin-html")) as unknown as {
      default: { Processor: new (o?: unknown) => { availableExtensions(): string[] } };
    };
    const real = (m: typeof markdown) => (m.default.Processor ? m.default : (m.default as unknown as { default: typeof m.default }).default);
    expect(MARKDOWN_PLUGIN_EXTENSIONS).toEqual(new (real(markdown).Processor)({}).availableExtensions());
    expect(HTML_PLUGIN_EXTENSIONS).toEqual(new (real(html).Processor)({}).availableExtensions());
    // A config's own `extensions` are added, as the real plugins add them.
    const lazy = copydeskPlugins.find((p) => p.pluginId === "html")!.plugin as unknown as {
      Processor: new (o?: unknown) => { availableExtensions(): string[] };
    };
    expect(new lazy.Processor({ extensions: [".xhtml"] }).availableExtensions()).toEqual([".htm", ".html", ".xhtml"]);
  });

  it("parse Markdown and HTML as the real plugins do", async () => {
    const { TextlintKernel } = await import("@textlint/kernel");
    const { copydeskPlugins } = await import("../src/formats/plugins.js");
    const kernel = new TextlintKernel();
    const seen: string[] = [];
    const rule = (context: { Syntax: Record<string, string> }) => ({
      [context.Syntax.Header]: () => void seen.push("Header"),
      [context.Syntax.Str]: (node: { value: string }) => void seen.push(node.value)
    });
    const rules = [{ ruleId: "probe", rule: rule as never }];
    await kernel.lintText("# 标题\n\n正文。", { ext: ".md", plugins: copydeskPlugins, rules });
    await kernel.lintText("<p>网页正文。</p>", { ext: ".html", plugins: copydeskPlugins, rules });
    expect(seen).toEqual(["Header", "标题", "正文。", "网页正文。"]);
  });
});
