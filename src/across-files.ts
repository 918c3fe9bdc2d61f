import { contentChars, hasContent, normalizeCopy } from "./text/normalize.js";
import { say } from "./messages/catalogue.js";
import { acrossFilesMessages } from "./messages/no-duplicate-paragraph.js";
import { resolveLocale, type Lang, type LocaleOption, type Paragraph, type TextModel } from "./text/index.js";

/**
 * `copydesk --across-files`: paragraphs that also appear in another file of the same run (a story
 * that reuses another story's paragraphs, or the same story filed twice). Every paragraph is
 * indexed once by its normalised text, so a run over N paragraphs costs O(N), however many files.
 */
export interface AcrossFilesOptions {
  /** Shortest Chinese paragraph (characters, punctuation not counted) that counts. Default 15. */
  minChars?: number;
  /** Shortest English paragraph, in words, that counts. Default 8. */
  minWords?: number;
  locale?: LocaleOption;
}

export interface AcrossFilesFinding {
  filePath: string;
  /** Absolute UTF-16 range of the repeated block in `filePath`. */
  start: number;
  end: number;
  line: number;
  endLine: number;
  /** Where the block first appeared. */
  otherFile: string;
  otherLine: number;
  otherEndLine: number;
  /** The block is the whole story: every paragraph that counts is in the other file. */
  whole: boolean;
  message: string;
}

interface Seen {
  file: number;
  index: number;
  line: number;
  endLine: number;
}

function size(p: Paragraph): number {
  if (p.lang === "zh") return contentChars(p.text);
  return (p.text.match(/[\p{L}\p{N}]+/gu) ?? []).length;
}

/** What the index keeps of one paragraph: enough to report, not the whole model. */
interface Entry {
  key: string | null;
  counts: boolean;
  start: number;
  end: number;
  line: number;
  endLine: number;
  lang: Lang;
  head: string;
}

/**
 * Usage: `add` every file of the run (in the order the run lists them), then `findings()`. A
 * block is reported in the later file and names the earlier one. A single paragraph found in
 * three or more files is boilerplate (an author's bio, a sign-off) and stays silent.
 */
export class AcrossFilesIndex {
  private readonly files: { path: string; entries: Entry[] }[] = [];
  private readonly first = new Map<string, Seen>();
  private readonly fileCount = new Map<string, number>();
  private readonly minChars: number;
  private readonly minWords: number;
  private readonly locale: LocaleOption | undefined;

  constructor(options: AcrossFilesOptions = {}) {
    this.minChars = options.minChars ?? 15;
    this.minWords = options.minWords ?? 8;
    this.locale = options.locale;
  }

  private counts(p: Paragraph): boolean {
    if (p.role === "heading" || p.role === "byline" || p.role === "table" || p.role === "ellipsis") return false;
    return size(p) >= (p.lang === "zh" ? this.minChars : this.minWords);
  }

  /** Indexes one file. */
  add(filePath: string, model: TextModel): void {
    const fileNo = this.files.length;
    const entries: Entry[] = model.paragraphs.map((p) => {
      let key: string | null = p.role === "table" || p.role === "ellipsis" ? null : normalizeCopy(p.text);
      if (key !== null && !hasContent(key)) key = null;
      return { key, counts: this.counts(p), start: p.start, end: p.end, line: p.line, endLine: p.endLine, lang: p.lang, head: p.text.slice(0, 40) };
    });
    this.files.push({ path: filePath, entries });
    const mine = new Set<string>();
    entries.forEach((e, j) => {
      if (e.key === null || mine.has(e.key)) return;
      mine.add(e.key);
      this.fileCount.set(e.key, (this.fileCount.get(e.key) ?? 0) + 1);
      if (!this.first.has(e.key)) this.first.set(e.key, { file: fileNo, index: j, line: e.line, endLine: e.endLine });
    });
  }

  /**
   * Blocks of each file already seen in a file added before it. Consecutive paragraphs that
   * repeat consecutive paragraphs of one other file are one finding.
   */
  findings(): AcrossFilesFinding[] {
    const out: AcrossFilesFinding[] = [];
    this.files.forEach((file, fileNo) => out.push(...this.findingsOf(file.path, fileNo, file.entries)));
    return out;
  }

  private findingsOf(filePath: string, fileNo: number, ps: Entry[]): AcrossFilesFinding[] {
    interface Run {
      from: number;
      to: number;
      other: Seen;
      otherTo: Seen;
    }
    const runs: Run[] = [];
    let open: Run | null = null;
    for (let j = 0; j < ps.length; j++) {
      const key = ps[j]!.key;
      const seen = key ? this.first.get(key) : undefined;
      if (!seen || seen.file >= fileNo) {
        open = null;
        continue;
      }
      if (open && open.to === j - 1 && open.otherTo.file === seen.file && open.otherTo.index + 1 === seen.index) {
        open.to = j;
        open.otherTo = seen;
      } else {
        open = { from: j, to: j, other: seen, otherTo: seen };
        runs.push(open);
      }
    }

    const countable = ps.filter((p) => p.counts).length;
    const findings: AcrossFilesFinding[] = [];
    for (const run of runs) {
      let counted = 0;
      for (let i = run.from; i <= run.to; i++) if (ps[i]!.counts) counted++;
      if (counted === 0) continue;
      if (counted === 1 && run.from === run.to && (this.fileCount.get(ps[run.from]!.key!) ?? 0) >= 3) continue;
      const first = ps[run.from]!;
      const last = ps[run.to]!;
      const locale: Lang = resolveLocale(this.locale, first.lang);
      const otherFile = this.files[run.other.file]!.path;
      const here = { first: first.line, last: last.endLine };
      const there = { first: run.other.line, last: run.otherTo.endLine };
      const whole = counted === countable;
      const message = whole
        ? say(acrossFilesMessages, "repeated-story", locale, { here, otherFile, there })
        : say(acrossFilesMessages, "reused-paragraph", locale, { here, copy: first.head, otherFile, there, plural: run.to > run.from });
      findings.push({
        filePath,
        start: first.start,
        end: last.end,
        line: first.line,
        endLine: last.endLine,
        otherFile,
        otherLine: run.other.line,
        otherEndLine: run.otherTo.endLine,
        whole,
        message
      });
    }
    return findings;
  }
}
