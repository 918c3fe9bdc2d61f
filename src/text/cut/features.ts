import { codePointLength, type Lang } from "../language.js";
import type { Role } from "../roles.js";
import { endsWithTerminal } from "../roles.js";
import { zhWords } from "../segment.js";
import { EN_DANGLING_WORDS } from "../lexicon/en-dangling-words.js";
import { ZH_DANGLING_WORDS } from "../lexicon/zh-dangling-words.js";

/**
 * What the cut detector sees at one paragraph end: the end of paragraph `a`, the start of the
 * paragraph after it (if any), their roles and where they sit in the piece. Only bounded windows
 * of the two texts are read (the last and first few dozen characters), so scoring is linear.
 */
export interface CutInput {
  a: string;
  aRole: Role;
  /** The next paragraph's text, or undefined at the end of the piece. */
  b: string | undefined;
  bRole: Role | undefined;
  lang: Lang;
  /** Position of `a` in the piece (0 = first paragraph). */
  index: number;
  /** Paragraphs in the piece. */
  count: number;
}

const HAN = /\p{Script=Han}/u;
const WINDOW = 14;

/** Prepositions, conjunctions and approximations a Chinese sentence cannot end on (`缩短至`): src/text/lexicon. */
export const ZH_DANGLING = ZH_DANGLING_WORDS;

/** English words a sentence does not end on (`He said there`): src/text/lexicon. */
export const EN_FUNCTION = EN_DANGLING_WORDS;

function bucket(n: number): number {
  return n <= 0 ? 0 : Math.min(12, Math.floor(Math.log2(n)) + 1);
}

function charClass(ch: string): string {
  if (ch === "") return "none";
  if (HAN.test(ch)) return "han";
  if (/[0-9０-９]/u.test(ch)) return "digit";
  if (/[A-Za-zＡ-Ｚａ-ｚ]/u.test(ch)) return /[a-z]/u.test(ch) ? "lower" : /[A-Z]/u.test(ch) ? "upper" : "latin";
  if (/[，、,]/u.test(ch)) return "comma";
  if (/[；;]/u.test(ch)) return "semi";
  if (/[：:]/u.test(ch)) return "colon";
  if (/[。！？!?.]/u.test(ch)) return "stop";
  if (/[”’」』）)》〉】\]"']/u.test(ch)) return "close";
  if (/[“‘「『（(《〈【\[]/u.test(ch)) return "open";
  if (/[—–-]/u.test(ch)) return "dash";
  if (/[…⋯·]/u.test(ch)) return "ellipsis";
  return "other";
}

const ZH_CLOSED_STOP = /[。！？!?…][”’」』）)]+$/u;

/**
 * A paragraph end the detector is asked about: copy (body, quotation or heading text) that does
 * not end like a finished sentence. A Chinese paragraph that ends in a closing quote or bracket
 * with no full stop inside it (`…冲刺“最后一棒”`) is asked about too.
 */
export function isCutCandidate(text: string, role: Role, lang: Lang): boolean {
  if (role !== "body" && role !== "quotation" && role !== "heading") return false;
  const t = text.trimEnd();
  if (!endsWithTerminal(t, lang)) return true;
  return lang === "zh" && /[”’」』）)》〉】]$/u.test(t) && !ZH_CLOSED_STOP.test(t);
}

/** The features of one paragraph end, as strings (hashed by the detector). */
export function cutFeatures(x: CutInput): string[] {
  return x.lang === "zh" ? zhFeatures(x) : enFeatures(x);
}

function common(x: CutInput, out: string[], lastCls: string): void {
  const pos = x.index === 0 ? "first" : x.index === 1 ? "second" : x.index === 2 ? "third" : "later";
  const fromEnd = x.count - 1 - x.index;
  out.push(
    "bias",
    `ra:${x.aRole}`,
    `rb:${x.bRole ?? "none"}`,
    `pos:${pos}`,
    `pos:${pos}|ra:${x.aRole}`,
    `pos:${pos}|last:${lastCls}`,
    `ra:${x.aRole}|last:${lastCls}`,
    `ra:${x.aRole}|rb:${x.bRole ?? "none"}`,
    `end:${fromEnd === 0 ? "last" : fromEnd === 1 ? "penult" : "inner"}`,
    `short:${x.count <= 3}`
  );
}

function zhFeatures(x: CutInput): string[] {
  const out: string[] = [];
  const a = x.a.trimEnd();
  const tail = a.slice(-WINDOW);
  const last = tail.slice(-1);
  const lastCls = charClass(last);
  common(x, out, lastCls);
  const len = codePointLength(a);
  const lenB = bucket(len);
  if (lastCls === "close") out.push(`before-close:${charClass(a.replace(/[”’」』）)》〉】]+$/u, "").slice(-1))}`);
  out.push(`last:${lastCls}`, `lc:${last}`, `len:${lenB}`, `len:${lenB}|last:${lastCls}`, `len:${lenB}|ra:${x.aRole}`);
  // Finer length: subheads and pull-quotes run 10–35 characters, cut prose anything from 12 up.
  const len8 = Math.min(Math.floor(len / 6), 12);
  out.push(`len6:${len8}`, `len6:${len8}|pos:${Math.min(x.index, 3)}`);
  // `主办单位：省司法厅，各州、市人民政府`: a short label and a colon open a field, not prose.
  const colonAt = a.slice(0, 10).search(/[：:]/u);
  if (colonAt > 0) out.push("label-colon");
  // Clauses: a headline-like pair `A，B` against prose with several clause marks.
  const lastClauseLen = codePointLength(a.slice(Math.max(a.lastIndexOf("，"), a.lastIndexOf("；"), a.lastIndexOf("、")) + 1));
  out.push(`zh-last-clause:${bucket(lastClauseLen)}`);
  let stops = 0;
  let commas = 0;
  // By character code: a string per character, and a regex test of each, cost more than the rest of the features.
  for (let i = 0; i < a.length - 1; i++) {
    const code = a.charCodeAt(i);
    if (code === 0x3002 || code === 0xff01 || code === 0xff1f) stops++;
    else if (code === 0xff0c || code === 0xff1b || code === 0x3001) commas++;
  }
  out.push(`stops:${Math.min(stops, 3)}`, `commas:${Math.min(commas, 4)}`, `stops:${Math.min(stops, 2)}|last:${lastCls}`);
  // The copy after the last full stop inside the paragraph: an unfinished last sentence.
  const lastStop = Math.max(a.lastIndexOf("。"), a.lastIndexOf("！"), a.lastIndexOf("？"));
  if (lastStop >= 0) out.push(`after-stop:${bucket(a.length - lastStop - 1)}`);
  const colon = tail.search(/[：:]/u);
  if (colon >= 0 && colon < tail.length - 1) out.push("colon-in-tail");
  if (/^[“「『]/u.test(a) && !/[”」』]/u.test(a)) out.push("open-quote-unclosed");
  const quotes = (a.match(/[“]/gu)?.length ?? 0) - (a.match(/[”]/gu)?.length ?? 0);
  if (quotes > 0) out.push("quote-open-at-end");
  const parens = (a.match(/[（(]/gu)?.length ?? 0) - (a.match(/[）)]/gu)?.length ?? 0);
  if (parens > 0) out.push("paren-open-at-end");
  if (/[0-9０-９]$/u.test(a)) out.push("ends-number");

  const tailWords = HAN.test(last) || /[0-9A-Za-z]/u.test(last) ? zhWords(tail, 0) : [];
  const lw = tailWords[tailWords.length - 1];
  const endsOnWord = lw !== undefined && lw.end === tail.length;
  // `之和`, `之比`: `之` makes a noun of the last character, which then ends the phrase; ICU
  // splits it off as a lone character, so the detector reads the two as one word.
  const afterZhi = endsOnWord && lw.text.length === 1 && HAN.test(lw.text) && tail.slice(-2, -1) === "之";
  const lastWord = afterZhi ? `之${lw.text}` : endsOnWord ? lw.text : "";
  if (endsOnWord) {
    out.push(`lw:${lastWord}`, `lwl:${Math.min(lastWord.length, 4)}`);
    if (ZH_DANGLING.has(lastWord)) out.push("lw-dangling");
    if (tail.slice(-2, -1) === "之") out.push("lw-after-zhi");
    const prev = tailWords[tailWords.length - (afterZhi && tailWords[tailWords.length - 2]?.text === "之" ? 3 : 2)];
    if (prev) out.push(`lw2:${prev.text}|${lastWord}`);
    if (lastWord.length === 1 && HAN.test(lastWord)) out.push("lw-single");
  }

  if (x.b === undefined) {
    out.push("no-next");
    return out;
  }
  const b = x.b.trimStart();
  const head = b.slice(0, WINDOW);
  const first = head.charAt(0);
  const firstCls = charClass(first);
  out.push(`first:${firstCls}`, `fc:${first}`, `last:${lastCls}|first:${firstCls}`, `lenb:${bucket(codePointLength(b))}`);
  out.push(`bterm:${endsWithTerminal(b, "zh")}`);
  // The next paragraph closes a quotation it never opened: it is the rest of one (`…“当好国家粮食稳产` + `压舱石”…`).
  const bHead = b.slice(0, 60);
  const close = bHead.indexOf("”");
  const open = bHead.indexOf("“");
  if (close >= 0 && (open < 0 || close < open)) out.push("b-closes-quote", `b-closes-quote|quote-open:${quotes > 0}`);
  if (HAN.test(last) && HAN.test(first)) out.push(`bi:${last}${first}`);
  const headWords = HAN.test(first) || /[0-9A-Za-z]/u.test(first) ? zhWords(head, 0) : [];
  const fw = headWords[0];
  if (fw) {
    out.push(`fw:${fw.text}`, `fwl:${Math.min(fw.text.length, 4)}`);
    if (endsOnWord) out.push(`lw|fw:${lastWord}|${fw.text}`);
  }
  // The first clause of the next paragraph: a sentence opener has a subject before its first comma.
  const firstMark = head.search(/[，。；：！？、]/u);
  out.push(`b-first-mark:${firstMark < 0 ? "none" : bucket(firstMark)}`);
  if (/^(?:本报|新华社|中新社|人民网|新华网|央视网|（记者|\(记者)/u.test(b)) out.push("b-dateline");
  if (straddles(tail, head)) out.push("straddle");
  if (/[0-9０-９]$/u.test(a) && /^(?:[万亿千百]|%|％|多|余|元|个|人|次|件|项|家|名|位|吨|米|公里|年|月|日|号|倍|岁|天)/u.test(b)) {
    out.push("number-unit");
  }
  return out;
}

/**
 * A word spans the junction: segmenting the end of one piece and the start of the next together
 * gives a token that crosses the break and fewer lone characters than segmenting them apart.
 */
export function straddles(tail: string, head: string): boolean {
  if (!HAN.test(tail.slice(-1)) || !HAN.test(head.charAt(0))) return false;
  const joined = tail + head;
  const together = zhWords(joined, 0);
  const token = together.find((t) => t.start < tail.length && t.end > tail.length);
  if (!token?.wordLike) return false;
  const lone = (ts: readonly { text: string }[]) => ts.filter((t) => t.text.length === 1 && HAN.test(t.text)).length;
  return lone(together) < lone(zhWords(tail, 0)) + lone(zhWords(head, 0));
}

const EN_WORD = /[A-Za-z][A-Za-z'’-]*|[0-9][0-9.,]*/gu;

function enFeatures(x: CutInput): string[] {
  const out: string[] = [];
  const a = x.a.trimEnd();
  const tail = a.slice(-80);
  const last = a.slice(-1);
  const lastCls = charClass(last);
  common(x, out, lastCls);
  const words = a.split(/\s+/u).length;
  const wb = bucket(words);
  out.push(`last:${lastCls}`, `len:${wb}`, `len:${wb}|last:${lastCls}`, `len:${wb}|ra:${x.aRole}`);
  const tailWords = tail.match(EN_WORD) ?? [];
  const lw = tailWords[tailWords.length - 1] ?? "";
  const lwl = lw.toLowerCase();
  const endsOnWord = lw !== "" && a.endsWith(lw);
  if (endsOnWord) {
    out.push(`lw:${lwl}`, `lwcase:${/^[A-Z]/u.test(lw) ? "cap" : /^[0-9]/u.test(lw) ? "num" : "lower"}`);
    if (EN_FUNCTION.has(lwl)) out.push("lw-function");
    else if (/^[a-z]{4,}$/u.test(lw)) {
      // A lower-case content word at the end of a line of prose: the verb or noun a cut left (`…the deal`).
      out.push(
        "lw-content-lower",
        `lsuf:${lwl.slice(-3)}`,
        `lw-content-lower|stops:${Math.min(3, (a.match(/[.!?]["”’')]?\s+[A-Z"“]/gu) ?? []).length)}`
      );
    }
    const prev = (tailWords[tailWords.length - 2] ?? "").toLowerCase();
    if (prev) out.push(`lw2:${prev}|${lwl}`, `prev-function:${EN_FUNCTION.has(prev)}`);
  }
  // Title Case throughout is a headline; a lower-case word in mid-line is prose.
  const lowerWords = (a.slice(0, 300).match(/\b[a-z][a-z]+\b/gu) ?? []).filter((w) => !EN_FUNCTION.has(w)).length;
  out.push(`lower-content:${Math.min(lowerWords, 6)}`, `lower-content:${Math.min(lowerWords, 6)}|pos:${Math.min(x.index, 2)}`);
  const stops = (a.slice(0, -1).match(/[.!?]["”’')]?\s+[A-Z"“]/gu) ?? []).length;
  out.push(`stops:${Math.min(stops, 3)}`, `stops:${Math.min(stops, 2)}|last:${lastCls}`);
  const commas = (a.match(/,/gu) ?? []).length;
  out.push(`commas:${Math.min(commas, 4)}`);
  const quotes = (a.match(/["“”]/gu) ?? []).length;
  if (quotes % 2 === 1) out.push("quote-odd");
  if (/-$/u.test(a)) out.push("ends-hyphen");
  // The last clause: words since the last sentence end or comma, as prose has them.
  const lastClause =
    a
      .slice(-400)
      .split(/[.!?;:,]["”’')]?\s+/u)
      .pop() ?? a;
  out.push(`clause-words:${bucket(lastClause.split(/\s+/u).length)}`, `clause-words:${bucket(lastClause.split(/\s+/u).length)}|ra:${x.aRole}`);

  if (x.b === undefined) {
    out.push("no-next");
    return out;
  }
  const b = x.b.trimStart();
  const first = b.charAt(0);
  const firstCls = charClass(first);
  const fw = (b.slice(0, 40).match(EN_WORD) ?? [""])[0]!;
  out.push(`first:${firstCls}`, `last:${lastCls}|first:${firstCls}`, `fw:${fw.toLowerCase()}`, `lenb:${bucket(b.split(/\s+/u).length)}`);
  out.push(`bterm:${endsWithTerminal(b, "en")}`);
  if (endsOnWord && fw) out.push(`lw|fw:${lwl}|${fw.toLowerCase()}`);
  if (/^[a-z]/u.test(b)) out.push("b-lower");
  if (EN_FUNCTION.has(fw.toLowerCase())) out.push(`fw-function:${/^[A-Z]/u.test(fw) ? "cap" : "lower"}`);
  return out;
}
