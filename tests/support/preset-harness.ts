// Shared pieces of the hardening tests (issue 11): the full preset through textlint's kernel,
// a fixer that applies one rule at a time the way the kernel does, and fast-check generators of
// damaged, mixed-script copy.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { TextlintKernel, type TextlintMessage } from "@textlint/kernel";
import fc from "fast-check";
import preset from "../../rules/index.js";
import { plugins } from "./build-model.js";

export type Ext = ".txt" | ".md";

/** Property runs: short by default for `npm test`; `COPYDESK_PROPERTY_RUNS=2000` for a long run. */
export const RUNS = Number(process.env.COPYDESK_PROPERTY_RUNS) || 60;
/**
 * The default run uses a fixed seed so `npm test` is repeatable; a long run (or
 * `COPYDESK_PROPERTY_SEED=random`) draws a new one each time, and fast-check prints it on failure.
 */
const seedSetting = process.env.COPYDESK_PROPERTY_SEED ?? (process.env.COPYDESK_PROPERTY_RUNS ? "random" : "20261124");
export const PROPERTY_PARAMS: { numRuns: number; seed?: number } =
  seedSetting === "random" ? { numRuns: RUNS } : { numRuns: RUNS, seed: Number(seedSetting) };
/** A long run needs a longer vitest timeout. */
export const PROPERTY_TIMEOUT = Math.max(60_000, RUNS * 1_500);

/** For exploring: `COPYDESK_PROPERTY_SKIP=rule-a,rule-b` leaves rules out of the preset under test. */
const SKIP = new Set((process.env.COPYDESK_PROPERTY_SKIP ?? "").split(",").filter(Boolean));

export const presetRules = Object.entries(preset.rules)
  .filter(([id]) => !SKIP.has(id))
  .map(([id, rule]) => ({
    ruleId: `copydesk/${id}`,
    rule,
    options: preset.rulesConfig[id]
  }));

export async function lint(text: string, ext: Ext, rules = presetRules): Promise<TextlintMessage[]> {
  return (await new TextlintKernel().lintText(text, { ext, plugins, rules })).messages;
}

export async function fix(text: string, ext: Ext, rules = presetRules) {
  return new TextlintKernel().fixText(text, { ext, plugins, rules });
}

/**
 * Applies messages' fixes the way @textlint/source-code-fixer does: in range order, skipping a
 * fix that overlaps one already applied. Returns the text and the fixes applied.
 */
export function applyFixes(text: string, messages: readonly TextlintMessage[]): { output: string; applied: TextlintMessage[] } {
  const fixable = messages.filter((m) => m.fix).sort((a, b) => a.fix!.range[0] - b.fix!.range[0] || a.fix!.range[1] - b.fix!.range[1]);
  const parts: string[] = [];
  const applied: TextlintMessage[] = [];
  let cursor = 0;
  for (const m of fixable) {
    const [s, e] = m.fix!.range;
    if (s < cursor) continue;
    parts.push(text.slice(cursor, s), m.fix!.text);
    applied.push(m);
    cursor = e;
  }
  parts.push(text.slice(cursor));
  return { output: parts.join(""), applied };
}

// ---------------------------------------------------------------------------------------------
// Real copy to build documents from: sentences of the seed article and the corpora.

const SEED = fileURLToPath(new URL("../../examples/000_5c1383eb5e7a2872.txt", import.meta.url));
/** Six BBC 2005 stories, copied from the corpus (tests/fixtures/PROVENANCE.md). */
const EN_DIR = fileURLToPath(new URL("../fixtures/bbc-2005", import.meta.url));

function sentencesOf(text: string, splitter: RegExp, max: number): string[] {
  return [
    ...new Set(
      text
        .split(splitter)
        .map((s) => s.trim())
        .filter((s) => s.length >= 4 && s.length <= 90)
    )
  ].slice(0, max);
}

const seedText = fs.readFileSync(SEED, "utf8");
/** Chinese sentences with their end marks (`。！？`), from the seed article. */
export const ZH_SENTENCES = sentencesOf(seedText.replace(/([。！？])/gu, "$1\n"), /\n/u, 120);
const enFiles = fs.readdirSync(EN_DIR).sort().slice(0, 6);
/** English sentences from BBC 2005 stories. */
export const EN_SENTENCES = sentencesOf(
  enFiles
    .map((f) => fs.readFileSync(path.join(EN_DIR, f), "utf8"))
    .join("\n")
    .replace(/([.!?]) /gu, "$1\n"),
  /\n/u,
  120
);

/** Numbers in every form the numeral rule looks at, right and wrong. */
const NUMBERS = [
  "2023年",
  "4819期",
  "2.5万期",
  "三期",
  "分三期",
  "72.82万人次",
  "1.9亿元",
  "60%",
  "百分之六十",
  "8千",
  "1万8千2百",
  "一百08",
  "12,345",
  "12345人",
  "１２３４５",
  "３，４５６",
  "3，456元",
  "15万-20万",
  "15～20万",
  "二〇二三年",
  "23年5月",
  "近50万以上",
  "约3000余人",
  "第3次",
  "第三次",
  "7",
  "seven",
  "1,000",
  "10 percent",
  "3 people",
  "1990s",
  "No 3",
  "0.5",
  "１２.５％",
  "45%",
  "10千伏"
];
/** What the rules hunt for. */
const DAMAGE = [
  "……",
  "……………………",
  "…………………………………………",
  "⋯⋯",
  "。。。。。。",
  "......",
  ". . . .",
  "···",
  "・・・",
  "TK",
  "TKTK",
  "XXX",
  "xxx",
  "[INSERT name]",
  "【待补充】",
  "（待定）",
  "(待定)",
  "此处插入图片",
  "lorem ipsum",
  "……等",
  "推动担当作为成",
  "构建起强有力的领导和指导工",
  "我省受表"
];
const SCRIPTS = [
  "ＡＢＣ",
  "ｆｕｌｌ－ｗｉｄｔｈ",
  "！",
  "？",
  "（",
  "）",
  "：",
  "；",
  "，",
  "、",
  "“",
  "”",
  "‘",
  "’",
  "《",
  "》",
  "——",
  "—",
  "-",
  "😀",
  "👍🏽",
  "🇨🇳",
  "👨‍👩‍👧",
  "𠀀",
  "𪚥",
  "𝐀",
  "é",
  "é",
  "Ω",
  "ß",
  "ﬁ",
  "\u0301",
  "עברית",
  "العربية",
  "Ünïcödé"
];
const SPACES = [" ", "  ", "\t", "\u3000", "\u00a0", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u2028", "\u2029", "\u202f", "\u00ad"];
const MARKDOWN = [
  "# ",
  "## ",
  "> ",
  "- ",
  "* ",
  "1. ",
  "2) ",
  "**",
  "__",
  "*",
  "_",
  "`",
  "`code`",
  "```",
  "~~",
  "[link](http://example.com)",
  "![img](a.png)",
  "<br>",
  "<!-- note -->",
  "&amp;",
  "\\",
  "| a | b |",
  "|---|---|",
  "---",
  "===",
  "    ",
  "[^1]",
  "http://example.com"
];

const pick = (pool: readonly string[]) => fc.constantFrom(...pool);

/** A piece of a paragraph: mostly real sentences, with numbers, damage, odd scripts and spaces. */
function piece(markdown: boolean): fc.Arbitrary<string> {
  const weighted: fc.WeightedArbitrary<string>[] = [
    { arbitrary: pick(ZH_SENTENCES), weight: 6 },
    { arbitrary: pick(EN_SENTENCES), weight: 3 },
    { arbitrary: pick(NUMBERS), weight: 3 },
    { arbitrary: pick(DAMAGE), weight: 3 },
    { arbitrary: pick(SCRIPTS), weight: 2 },
    { arbitrary: pick(SPACES), weight: 2 },
    { arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }), weight: 1 },
    { arbitrary: fc.string({ unit: "binary", maxLength: 4 }), weight: 1 } // lone surrogates, controls
  ];
  if (markdown) weighted.push({ arbitrary: pick(MARKDOWN), weight: 2 });
  return fc.oneof(...weighted);
}

const LINE_ENDS = ["\n", "\n\n", "\r\n", "\r\n\r\n", "\r", "\r\r", "\n\n\n", "\n \n", "\n\u3000\n"];

export interface DocumentShape {
  paragraphs: string[];
  /** Paragraph `i` pasted again after paragraph `j` (indices taken modulo the count). */
  duplicates: [number, number][];
  /** Paragraph `i` cut in two at fraction `f` of its code points. */
  cuts: [number, number][];
  lineEnds: string[];
  bom: boolean;
}

/** Documents of mixed, damaged copy; `markdown` adds Markdown syntax to the pieces. */
export function documentArbitrary(markdown: boolean): fc.Arbitrary<string> {
  return fc
    .record({
      paragraphs: fc.array(
        fc.array(piece(markdown), { minLength: 1, maxLength: 6 }).map((p) => p.join("")),
        { minLength: 1, maxLength: 12 }
      ),
      duplicates: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      cuts: fc.array(fc.tuple(fc.nat(), fc.double({ min: 0, max: 1, noNaN: true })), { maxLength: 3 }),
      lineEnds: fc.array(pick(LINE_ENDS), { minLength: 1, maxLength: 4 }),
      bom: fc.boolean()
    })
    .map(assemble);
}

function assemble(shape: DocumentShape): string {
  const paragraphs = [...shape.paragraphs];
  for (const [i, f] of shape.cuts) {
    const k = i % paragraphs.length;
    const chars = Array.from(paragraphs[k]!);
    const at = Math.floor(f * chars.length);
    if (at <= 0 || at >= chars.length) continue;
    paragraphs.splice(k, 1, chars.slice(0, at).join(""), chars.slice(at).join(""));
  }
  for (const [i, j] of shape.duplicates) {
    const from = paragraphs[i % paragraphs.length]!;
    paragraphs.splice((j % paragraphs.length) + 1, 0, from);
  }
  const text = paragraphs.map((p, n) => p + shape.lineEnds[n % shape.lineEnds.length]).join("");
  return (shape.bom ? "\ufeff" : "") + text;
}

/**
 * Copy in which Markdown finds no syntax: real sentences, numbers, the rules' damage and
 * non-ASCII scripts and spaces, without the characters Markdown gives a meaning to (`#*_`[]<>&\|~`,
 * list markers, indentation), one paragraph per block, blocks separated by a blank line.
 */
export function plainCopyArbitrary(): fc.Arbitrary<string> {
  const MARKUP = /[#*_`[\]<>&\\|~=+!-]|https?:|www\./u;
  const plain = (pool: readonly string[]) => pool.filter((s) => !MARKUP.test(s) && !/^\s|\s$/u.test(s));
  const safePiece = fc.oneof(
    { arbitrary: pick(plain(ZH_SENTENCES)), weight: 6 },
    { arbitrary: pick(plain(EN_SENTENCES)), weight: 3 },
    { arbitrary: pick(plain(NUMBERS)), weight: 3 },
    { arbitrary: pick(plain(DAMAGE)), weight: 3 },
    { arbitrary: pick(plain(SCRIPTS)), weight: 2 },
    { arbitrary: pick(["\u3000", "\u200b", " "]), weight: 1 }
  );
  // A paragraph opens with Han copy, so no list marker (`1.`, `2)`) or ASCII space starts a line.
  const paragraph = fc
    .tuple(pick(plain(ZH_SENTENCES)), fc.array(safePiece, { maxLength: 5 }))
    .map(([first, rest]) => (first + rest.join("")).replace(/[ \u3000\u200b]+$/u, ""));
  return fc
    .record({
      paragraphs: fc.array(paragraph, { minLength: 1, maxLength: 10 }),
      duplicates: fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 3 }),
      cuts: fc.constant([] as [number, number][]),
      lineEnds: fc.constant<string[]>(["\n\n"]),
      bom: fc.constant<boolean>(false)
    })
    .map(assemble);
}

/** A readable one-line form of a message for assertions. */
export function describeMessage(m: TextlintMessage): string {
  return `${m.ruleId} [${m.range[0]},${m.range[1]}] ${m.message}${m.fix ? ` fix [${m.fix.range[0]},${m.fix.range[1]}]→${JSON.stringify(m.fix.text)}` : ""}`;
}
