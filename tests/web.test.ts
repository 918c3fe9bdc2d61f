/// <reference lib="dom" />
// (The DOM library is for the page.evaluate callbacks, which run in the browser.)
// The `copydesk serve` page in a real browser (Debian's Chromium driven by playwright-core):
// the findings it shows for a pasted story, its fixes, undo, copy, download, file drop with
// legacy encodings, its interface language, and that it asks for nothing but its own files.
// Every expectation is computed on the Node side from the same preset (the CLI when it is built,
// and @textlint/kernel on the sources), never hard-coded, because the rules keep changing.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import iconv from "iconv-lite";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import { TextlintKernel, type TextlintMessage } from "@textlint/kernel";
import { moduleInterop } from "@textlint/module-interop";
import textPluginModule from "@textlint/textlint-plugin-text";
import markdownPluginModule from "@textlint/textlint-plugin-markdown";
import htmlPluginModule from "textlint-plugin-html";
import { presetKernelRules } from "../rules/index.js";
import { CHROMIUM_PATH, chromiumLaunchOptions } from "../src/web/chromium.js";
import { makeDocx } from "./support/docx.js";
import { decodeBuffer } from "../src/cli/encoding.js";
import { startWebServer, type WebServer } from "../src/web/server.js";

const ROOT = path.resolve(import.meta.dirname, "..");
const SEED_FILE = path.join(ROOT, "examples", "000_5c1383eb5e7a2872.txt");
const SEED = fs.readFileSync(SEED_FILE, "utf8");
const CLI = path.join(ROOT, "dist", "src", "cli", "main.js");
const HAVE_CHROMIUM = fs.existsSync(CHROMIUM_PATH);

// ---------------------------------------------------------------------------------------------
// The Node side

const kernel = new TextlintKernel();
const kernelOptions = (ext: string) => ({
  ext,
  filePath: path.join(os.tmpdir(), `story${ext}`),
  plugins: [
    { pluginId: "text", plugin: moduleInterop(textPluginModule) as never },
    { pluginId: "markdown", plugin: moduleInterop(markdownPluginModule) as never },
    { pluginId: "html", plugin: moduleInterop(htmlPluginModule) as never }
  ],
  rules: presetKernelRules()
});

/** A neutral directory (no .textlintrc above it) for running the CLI. */
const CLI_CWD = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-web-cli-"));

/** `copydesk --format json FILES` when the CLI is built, else the kernel on the sources. */
async function nodeLintMany(stories: readonly { text: string; ext: string }[]): Promise<TextlintMessage[][]> {
  const fromKernel = await Promise.all(stories.map(async ({ text, ext }) => (await kernel.lintText(text, kernelOptions(ext))).messages));
  if (!fs.existsSync(CLI)) return fromKernel;
  const dir = fs.mkdtempSync(path.join(CLI_CWD, "lint-"));
  const files = stories.map(({ text, ext }, i) => {
    const file = path.join(dir, `story-${i}${ext}`);
    fs.writeFileSync(file, text);
    return file;
  });
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, "--format", "json", ...files], { cwd: CLI_CWD, encoding: "utf8", maxBuffer: 64 << 20 });
  } catch (error) {
    // Exit code 1: errors were found; the report is still on stdout.
    out = String((error as { stdout?: string }).stdout ?? "");
  }
  const byFile = new Map((JSON.parse(out) as { filePath: string; messages: TextlintMessage[] }[]).map((r) => [r.filePath, r.messages]));
  const fromCli = files.map((file) => byFile.get(file) ?? []);
  // The CLI (dist/) and the bundle (sources) must agree too; if not, dist/ is stale: rebuild.
  expect(fromCli.map(shape), "the CLI's findings differ from the kernel's on the sources: run `npm run build`").toEqual(fromKernel.map(shape));
  return fromCli;
}

async function nodeLint(text: string, ext: string): Promise<TextlintMessage[]> {
  return (await nodeLintMany([{ text, ext }]))[0];
}

/** `copydesk --stdin --fix` when the CLI is built, else the kernel's fixText on the sources. */
async function nodeFix(text: string, ext: string): Promise<string> {
  const fromKernel = (await kernel.fixText(text, kernelOptions(ext))).output;
  if (!fs.existsSync(CLI)) return fromKernel;
  let out: string;
  try {
    out = execFileSync(process.execPath, [CLI, "--stdin", "--fix", "--stdin-filename", `story${ext}`], {
      cwd: CLI_CWD,
      input: text,
      encoding: "utf8"
    });
  } catch (error) {
    out = String((error as { stdout?: string }).stdout ?? "");
  }
  expect(out, "the CLI's fix differs from the kernel's on the sources: run `npm run build`").toBe(fromKernel);
  return out;
}

interface Shown {
  rule: string;
  line: number;
  column: number;
  start: number;
  end: number;
  message: string;
  fix: boolean;
  suggestions: string[];
}

/** What the page shows of a finding. */
function shape(messages: readonly TextlintMessage[]): Shown[] {
  return messages
    .map((m) => ({
      rule: m.ruleId,
      line: m.line,
      column: m.column,
      start: m.range[0],
      end: m.range[1],
      message: m.message,
      fix: Boolean(m.fix),
      suggestions: (m.suggestions ?? []).map((s) => `${s.id}: ${s.message}`)
    }))
    .sort(byPosition);
}

function byPosition(a: Shown, b: Shown): number {
  return a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule) || a.message.localeCompare(b.message);
}

// ---------------------------------------------------------------------------------------------
// The browser side

/** The findings as listed on the page, read from the DOM. */
async function shownFindings(page: Page): Promise<Shown[]> {
  const items = await page.$$eval(".finding", (els) =>
    els.map((el) => {
      const d = (el as HTMLElement).dataset;
      return {
        rule: d.rule ?? "",
        group: (el.closest(".group") as HTMLElement | null)?.dataset.rule ?? "",
        line: Number(d.line),
        column: Number(d.column),
        start: Number(d.start),
        end: Number(d.end),
        message: el.querySelector(".message")?.textContent ?? "",
        fix: el.querySelector("button.fix") !== null,
        suggestions: Array.from(el.querySelectorAll<HTMLElement>("button.suggestion")).map((b) => `${b.dataset.suggestion}: ${b.textContent}`)
      };
    })
  );
  // Grouped by rule: every item sits under its own rule's heading.
  for (const item of items) expect(item.group).toBe(item.rule);
  return items.map(({ group: _group, ...rest }) => rest).sort(byPosition);
}

/** Waits until the page has checked exactly `text`. */
async function settled(page: Page, text: string): Promise<void> {
  await page.waitForFunction(
    (expected) => document.body.dataset.state === "fresh" && (document.getElementById("text") as HTMLTextAreaElement).value === expected,
    text,
    { timeout: 30_000 }
  );
}

const editorText = (page: Page) => page.locator("#text").inputValue();

/** Drops a file on the page as a user would, through a DataTransfer. */
async function dropFile(page: Page, name: string, bytes: Buffer): Promise<void> {
  await page.evaluate(
    ({ name, data }) => {
      const transfer = new DataTransfer();
      transfer.items.add(new File([new Uint8Array(data)], name));
      const target = document.getElementById("text")!;
      for (const type of ["dragenter", "dragover", "drop"]) {
        target.dispatchEvent(new DragEvent(type, { dataTransfer: transfer, bubbles: true, cancelable: true }));
      }
    },
    { name, data: [...bytes] }
  );
}

const skipReason = `skipped: no Chromium at ${CHROMIUM_PATH} (apt-get install chromium, or set COPYDESK_CHROMIUM)`;
if (!HAVE_CHROMIUM) console.warn(`tests/web.test.ts: browser tests ${skipReason}`);

describe.skipIf(!HAVE_CHROMIUM)(HAVE_CHROMIUM ? "the copydesk page in Chromium" : `the copydesk page in Chromium (${skipReason})`, () => {
  let server: WebServer;
  let browser: Browser;
  let webRoot: string;
  /** Every URL any page or worker asked for, over the whole run. */
  const requested: string[] = [];
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    webRoot = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-web-"));
    execFileSync(process.execPath, [path.join(ROOT, "src", "web", "build.mjs"), webRoot], { cwd: ROOT });
    server = await startWebServer({ port: 0, root: webRoot });
    // Playwright gives the browser a fresh --user-data-dir of its own, removed on close.
    browser = await chromium.launch(chromiumLaunchOptions);
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await server?.close().catch(() => undefined);
    if (webRoot) fs.rmSync(webRoot, { recursive: true, force: true });
    fs.rmSync(CLI_CWD, { recursive: true, force: true });
  });

  async function open(locale = "zh-CN"): Promise<Page> {
    const context = await browser.newContext({ locale, viewport: { width: 1400, height: 900 }, acceptDownloads: true });
    contexts.push(context);
    context.on("request", (request) => requested.push(request.url()));
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    await page.goto(server.url);
    await settled(page, "");
    expect(errors).toEqual([]);
    return page;
  }

  /** Pastes text from the clipboard into the empty editor, as an editor would. */
  async function paste(page: Page, text: string): Promise<void> {
    await page.evaluate((value) => navigator.clipboard.writeText(value), text);
    await page.locator("#text").click();
    await page.keyboard.press("ControlOrMeta+V");
    await settled(page, text);
  }

  it("shows the same findings as the CLI for the pasted seed article, grouped by rule with line numbers", async () => {
    const page = await open();
    await paste(page, SEED);
    const expected = shape(await nodeLint(SEED, ".txt"));
    expect(expected.length).toBeGreaterThan(0);
    expect(await shownFindings(page)).toEqual(expected);
    // Each finding is highlighted in the text: the marks cover exactly the reported characters.
    const marked = await page.$$eval("#backdrop mark", (marks) => marks.map((m) => m.textContent ?? "").join(""));
    const covered = new Set<number>();
    for (const f of expected) for (let i = f.start; i < Math.max(f.end, f.start + 1); i++) covered.add(i);
    expect(marked).toBe(
      [...covered]
        .sort((a, b) => a - b)
        .map((i) => SEED[i])
        .join("")
    );
    // The summary counts them.
    await expect.poll(() => page.locator("#summary").textContent()).toContain(String(expected.length));
    await page.close();
  });

  it("numbers the lines beside the text, and after a paste scrolls to the first finding", async () => {
    const page = await open();
    await paste(page, SEED);
    const expected = shape(await nodeLint(SEED, ".txt"));
    const first = expected.reduce((a, b) => (b.start < a.start ? b : a));
    // The browser scrolls to the caret after a paste in its own time; under load that can land after
    // the page's scroll to the finding, so give the view a moment to come to rest before reading it.
    await page
      .waitForFunction(
        () => {
          const textarea = document.getElementById("text") as HTMLTextAreaElement;
          const mark = document.querySelector<HTMLElement>("#backdrop mark.active");
          return mark !== null && mark.offsetTop >= textarea.scrollTop && mark.offsetTop < textarea.scrollTop + textarea.clientHeight;
        },
        null,
        { timeout: 10_000 }
      )
      .catch(() => undefined);
    const view = await page.evaluate((line) => {
      const textarea = document.getElementById("text") as HTMLTextAreaElement;
      const label = (n: number) => document.querySelector<HTMLElement>(`#backdrop .ln[data-n="${n}"]`);
      const mark = document.querySelector<HTMLElement>("#backdrop mark.active");
      return {
        labels: document.querySelectorAll("#backdrop .ln").length,
        number: label(line) ? getComputedStyle(label(line)!, "::before").content : "",
        labelTop: label(line)?.offsetTop ?? -1,
        nextLabelTop: label(line + 1)?.offsetTop ?? Infinity,
        markTop: mark?.offsetTop ?? -1,
        scrollTop: textarea.scrollTop,
        height: textarea.clientHeight,
        scrollable: textarea.scrollHeight > textarea.clientHeight
      };
    }, first.line);
    // One number per line of the text, the finding's line labelled with its number.
    expect(view.labels).toBe(SEED.split("\n").length);
    expect(view.number).toBe(`"${first.line}"`);
    // The first finding is marked current and sits on its numbered line, in view.
    expect(view.markTop).toBeGreaterThanOrEqual(view.labelTop);
    expect(view.markTop).toBeLessThan(view.nextLabelTop);
    expect(view.scrollable).toBe(true);
    expect(view.markTop - view.scrollTop).toBeGreaterThanOrEqual(0);
    expect(view.markTop - view.scrollTop).toBeLessThan(view.height);
    await page.close();
  });

  it("works as one file opened from disk (copydesk.html): same findings as the CLI, nothing fetched", async () => {
    const context = await browser.newContext({ locale: "zh-CN", viewport: { width: 1400, height: 900 } });
    const fetched: string[] = [];
    context.on("request", (request) => fetched.push(request.url()));
    const page = await context.newPage();
    const errors: string[] = [];
    page.on("pageerror", (error) => errors.push(error.message));
    const file = path.join(webRoot, "copydesk.html");
    // Alone in its folder, as an editor would keep it: no app.js or worker.js beside it.
    const alone = fs.mkdtempSync(path.join(os.tmpdir(), "copydesk-page-"));
    fs.copyFileSync(file, path.join(alone, "copydesk.html"));
    await page.goto(`file://${path.join(alone, "copydesk.html")}`);
    await settled(page, "");
    await page.locator("#text").evaluate((el: HTMLTextAreaElement, value) => {
      el.value = value;
      el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
    }, SEED);
    await settled(page, SEED);
    expect(errors).toEqual([]);
    expect(await shownFindings(page)).toEqual(shape(await nodeLint(SEED, ".txt")));
    for (const url of fetched) expect(url.startsWith("file://") || url.startsWith("blob:") || url.startsWith("data:"), url).toBe(true);
    await context.close();
    fs.rmSync(alone, { recursive: true, force: true });
  });

  it("lists the same findings as the CLI for every example story and test fixture", async () => {
    const page = await open();
    const files = [path.join(ROOT, "examples"), path.join(ROOT, "tests", "fixtures")]
      .flatMap((dir) => fs.readdirSync(dir, { recursive: true, encoding: "utf8" }).map((f) => path.join(dir, f)))
      .filter((f) => /\.(txt|md)$/.test(f) && fs.statSync(f).isFile())
      .sort();
    const stories: { file: string; text: string; ext: string }[] = [];
    for (const file of files) {
      const decoded = await decodeBuffer(fs.readFileSync(file));
      // A text area holds line feeds only; the page edits CRLF copy as LF and saves it back as CRLF.
      if (decoded.kind === "text") stories.push({ file, text: decoded.text.replace(/\r\n?/g, "\n"), ext: path.extname(file) });
    }
    expect(stories.length).toBeGreaterThan(10);
    const expected = await nodeLintMany(stories);
    for (const [i, { file, text, ext }] of stories.entries()) {
      await page.locator("#format").selectOption(ext);
      // Put the story in as a paste would: one input event with the whole text.
      await page.locator("#text").evaluate((el: HTMLTextAreaElement, value) => {
        el.value = value;
        el.dispatchEvent(new InputEvent("input", { bubbles: true, inputType: "insertFromPaste" }));
      }, text);
      await settled(page, text);
      expect(await shownFindings(page), path.relative(ROOT, file)).toEqual(shape(expected[i]));
    }
    await page.close();
  });

  it("segments the seed's Chinese into the same words and sentences as Node (Intl.Segmenter on both sides)", async () => {
    const page = await open();
    const paragraphs = SEED.split(/\n+/).filter((p) => p.trim() !== "");
    const segment = (texts: string[], granularity: "word" | "sentence") => {
      const segmenter = new Intl.Segmenter("zh", { granularity });
      return texts.map((text) => [...segmenter.segment(text)].map((s) => s.segment).join("|"));
    };
    for (const granularity of ["word", "sentence"] as const) {
      const inBrowser = await page.evaluate(
        ({ texts, granularity }) => {
          const segmenter = new Intl.Segmenter("zh", { granularity });
          return texts.map((text) => [...segmenter.segment(text)].map((s) => s.segment).join("|"));
        },
        { texts: paragraphs, granularity }
      );
      expect(inBrowser).toEqual(segment(paragraphs, granularity));
    }
    await page.close();
  });

  it("fixes everything as `copydesk --fix` does, then undoes, redoes, copies and downloads", async () => {
    const page = await open("en-US");
    await paste(page, SEED);
    const fixed = await nodeFix(SEED, ".txt");
    expect(fixed).not.toBe(SEED);
    await page.getByRole("button", { name: "Fix all" }).click();
    await settled(page, fixed);
    expect(shape(await nodeLint(fixed, ".txt"))).toEqual(await shownFindings(page));

    await page.getByRole("button", { name: "Undo" }).click();
    await settled(page, SEED);
    await page.getByRole("button", { name: "Redo" }).click();
    await settled(page, fixed);
    // Ctrl+Z in the text area is the same undo.
    await page.locator("#text").focus();
    await page.keyboard.press("ControlOrMeta+Z");
    await settled(page, SEED);
    await page.keyboard.press("ControlOrMeta+Shift+Z");
    await settled(page, fixed);

    await page.getByRole("button", { name: "Copy text" }).click();
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(fixed);

    const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("button", { name: "Download" }).click()]);
    expect(download.suggestedFilename()).toBe("story.txt");
    expect(fs.readFileSync((await download.path())!, "utf8")).toBe(fixed);
    await page.close();
  });

  it("applies a single fix and a suggestion with a click, each undoable", async () => {
    const page = await open();
    await paste(page, SEED);
    const messages = await nodeLint(SEED, ".txt");
    const withFix = messages.find((m) => m.fix);
    const withSuggestion = messages.find((m) => m.suggestions?.length);
    expect(withFix, "the seed article has a finding with an automatic fix").toBeDefined();
    const apply = (text: string, edit: { range: readonly [number, number]; text: string }) =>
      text.slice(0, edit.range[0]) + edit.text + text.slice(edit.range[1]);

    await page.locator(`.finding[data-start="${withFix!.range[0]}"][data-rule="${withFix!.ruleId}"] button.fix`).first().click();
    await settled(page, apply(SEED, withFix!.fix!));
    await page.locator("#undo").click();
    await settled(page, SEED);

    if (withSuggestion) {
      const suggestion = withSuggestion.suggestions![0];
      await page
        .locator(
          `.finding[data-start="${withSuggestion.range[0]}"][data-rule="${withSuggestion.ruleId}"] button.suggestion[data-suggestion="${suggestion.id}"]`
        )
        .first()
        .click();
      await settled(page, apply(SEED, suggestion.fix));
      await page.locator("#undo").click();
      await settled(page, SEED);
    }

    // Typed text is one undo step. (It is inserted as one input event: keystrokes one by one are
    // grouped by time, 1 s apart at most, which a loaded CI machine cannot promise.)
    await page.locator("#text").focus();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText("补充一句。");
    await settled(page, `${SEED}补充一句。`);
    await page.keyboard.press("ControlOrMeta+Z");
    await settled(page, SEED);

    // Clicking a finding selects its text in the editor.
    const first = messages[0];
    await page.locator(`.finding[data-start="${first.range[0]}"]`).first().click();
    const selection = await page.locator("#text").evaluate((el: HTMLTextAreaElement) => [el.selectionStart, el.selectionEnd]);
    expect(selection).toEqual([first.range[0], Math.max(first.range[1], first.range[0] + 1)]);
    await page.close();
  });

  it("reads dropped files in the encodings the CLI reads, and downloads them in the same encoding and name", async () => {
    const page = await open();
    const traditional = "臺北市議會今日三讀通過明年度總預算案，議長表示……將於下週公布細節。\n\n記者 陳大文\n";
    const cases: { name: string; bytes: Buffer }[] = [
      { name: "稿件-gb18030.txt", bytes: iconv.encode(SEED, "gb18030") },
      { name: "utf16.txt", bytes: Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(SEED, "utf16le")]) },
      { name: "big5.md", bytes: iconv.encode(traditional, "big5") },
      { name: "harbor-bridge.md", bytes: fs.readFileSync(path.join(ROOT, "examples", "harbor-bridge.md")) },
      { name: "crlf.txt", bytes: Buffer.from(SEED.replace(/\n/g, "\r\n")) }
    ];
    for (const { name, bytes } of cases) {
      const decoded = await decodeBuffer(bytes);
      expect(decoded.kind).toBe("text");
      if (decoded.kind !== "text") continue;
      await dropFile(page, name, bytes);
      const text = decoded.text.replace(/\r\n?/g, "\n");
      await settled(page, text);
      await expect.poll(() => page.locator("#file-name").textContent()).toBe(name);
      const ext = path.extname(name);
      expect(await page.locator("#format").inputValue()).toBe(ext);
      expect(await shownFindings(page)).toEqual(shape(await nodeLint(text, ext)));
      // Downloaded back under the same name, in the same encoding, byte for byte.
      const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
      expect(download.suggestedFilename()).toBe(name);
      expect(fs.readFileSync((await download.path())!).equals(bytes)).toBe(true);
    }
    // A binary file is refused and the text stays as it was.
    const before = await editorText(page);
    await dropFile(page, "image.txt", Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x01]));
    await expect.poll(() => page.locator("#status").textContent()).toContain("image.txt");
    expect(await editorText(page)).toBe(before);
    await page.close();
  });

  it("opens a Word file as its text, one paragraph per line, with the findings the CLI gives the .docx", async () => {
    const page = await open();
    const bytes = await makeDocx(SEED.replace(/\n$/, "").split("\n"));
    // The text of a Word file ends with a line end after its last paragraph.
    const text = SEED.endsWith("\n") ? SEED : `${SEED}\n`;
    await dropFile(page, "稿件.docx", bytes);
    await settled(page, text);
    await expect.poll(() => page.locator("#file-name").textContent()).toBe("稿件.docx");
    expect(await page.locator("#format").inputValue()).toBe(".txt");
    expect(await shownFindings(page)).toEqual(shape(await nodeLint(text, ".txt")));
    // Download saves the text, never a .docx.
    const [download] = await Promise.all([page.waitForEvent("download"), page.locator("#download").click()]);
    expect(download.suggestedFilename()).toBe("稿件.txt");
    expect(fs.readFileSync((await download.path())!, "utf8")).toBe(text);
    // A file that only pretends to be one is refused, and the text stays.
    await dropFile(page, "fake.docx", Buffer.from("not a zip"));
    await expect.poll(() => page.locator("#status").textContent()).toContain("fake.docx");
    expect(await editorText(page)).toBe(text);
    await page.close();
  });

  it("opens an HTML export as HTML, with the CLI's findings at the file's lines and columns", async () => {
    const page = await open();
    const bytes = fs.readFileSync(path.join(ROOT, "tests", "fixtures", "formats", "cms-export.html"));
    const text = bytes.toString("utf8");
    await dropFile(page, "cms-export.html", bytes);
    await settled(page, text);
    expect(await page.locator("#format").inputValue()).toBe(".html");
    const expected = await nodeLint(text, ".html");
    expect(expected.length).toBeGreaterThan(1);
    expect(await shownFindings(page)).toEqual(shape(expected));
    await page.close();
  });

  it("speaks the browser's language", async () => {
    for (const [locale, lang, fixAll] of [
      ["zh-CN", "zh-CN", "全部自动修正"],
      ["en-GB", "en", "Fix all"]
    ]) {
      const page = await open(locale);
      expect(await page.locator("html").getAttribute("lang")).toBe(lang);
      expect(await page.locator("#fix-all").textContent()).toBe(fixAll);
      await page.close();
    }
  });

  it("asks for nothing but its own static files, and keeps working once the server is gone", async () => {
    const page = await open();
    await paste(page, SEED);
    await server.close();
    // Type more copy at the end: a paragraph of the story again.
    const addition = `\n\n${SEED.split(/\n+/).filter((p) => p.length > 40)[2]}`;
    await page.locator("#text").focus();
    await page.keyboard.press("ControlOrMeta+End");
    await page.keyboard.insertText(addition);
    const edited = SEED + addition;
    await settled(page, edited);
    expect(await shownFindings(page)).toEqual(shape(await nodeLint(edited, ".txt")));
    await page.close();
    for (const context of contexts) await context.close();

    const origin = server.url.replace(/\/$/, "");
    const own = new Set(["/", ...fs.readdirSync(webRoot).map((f) => `/${f}`)]);
    // The recording saw the page, its script and its worker being fetched.
    const paths = new Set(requested.map((url) => new URL(url).pathname));
    for (const file of ["/", "/app.js", "/worker.js"]) expect(paths.has(file), `${file} was requested`).toBe(true);
    for (const url of requested) {
      expect(url.startsWith(`${origin}/`), `request outside the page's origin: ${url}`).toBe(true);
      expect(own.has(new URL(url).pathname), `request for something that is not a static file of the page: ${url}`).toBe(true);
    }
  });
});
