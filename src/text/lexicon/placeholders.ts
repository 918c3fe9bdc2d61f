// Placeholders: what an editor or a layout template leaves where copy is still to come. Each entry
// is a pattern, the language it applies to (none: both) and why it is a placeholder, with the
// real copy it must not catch. Ordered as the rule tries them: bracketed notes first, so `[TK]`
// is one placeholder and not `[TK]` and `TK`.

import type { Lang } from "../language.js";

export interface Placeholder {
  /** A global, Unicode regular expression, bounded (no unbounded repetition of groups). */
  re: RegExp;
  lang?: Lang;
  /**
   * Characters one of which every match contains (both cases where the pattern ignores case): a
   * paragraph without any of them is not scanned with the pattern.
   */
  keys: string;
  /** Rejects a match from its surroundings: real copy that looks like the placeholder. */
  reject?: (text: string, start: number, end: number) => boolean;
  /** Why this is a placeholder. */
  reason: string;
}

const before = (text: string, i: number) => text[i - 1] ?? "";
const after = (text: string, i: number) => text[i] ?? "";

/** Words a Roman numeral follows: `Super Bowl XXX`, `VOL. XXX.`, `Chapter XXX`, `Pope Pius XX`. */
const ROMAN_BEFORE = /\b(?:Article|Book|Bowl|Chapter|Congress|Dynasty|Games|Legion|No|Olympiad|Part|Pius|Vol|Volume|War)\.? $/iu;
/** A word in capitals before it: a folio or headline numbering (`VOLUME XX`, OCR's `YOLUME XX`). */
const CAPITALS_BEFORE = /\b[A-Z]{3,}\.? $/u;
/** English words `XX` is real copy before: `XX chromosomes`, `the XX Corps`. */
const XX_AFTER = /^ (?:chromosomes?|Corps|Century)\b/iu;
/** Places and bodies a story anonymises as `XX县`, `XX公司`, `XX医院` (as it writes `李某`). */
const ANONYMISED_UNIT = /^(?:[省市县区镇乡村街厂局厅所校院队团社店站]|公司|集团|单位|学校|医院|企业|小区|社区|银行|中学|小学|大学)/u;
/** What `（略）` legitimately follows in a reprinted document: `附件：（略）`, `名单（略）`. */
const LUE_ALLOWED_BEFORE = /(?:附件|附表|附图|名单|目录|全文|图表|表格)[：:\s]*$/u;
/** A placeholder inserted where a clause starts: the start of the paragraph, or after a mark. */
const CLAUSE_START = /^$|[，。；：！？、“”（）《》\s]$/u;

export const PLACEHOLDERS: readonly Placeholder[] = [
  {
    re: /[\[【［]\s*(?:TK(?:TK)*|INSERT\b[^\]】］\n]{0,80}|待补充|待定|此处[^\]】］\n]{0,30})\s*[\]】］]|[（(]\s*(?:待补充|待定)\s*[）)]/giu,
    keys: "[【［（(",
    reason: "a bracketed note to the desk: `[TK]`, `[INSERT QUOTE HERE]`, `【待定】`, `（待补充）`"
  },
  {
    re: /\bTK(?:TK)*\b/gu,
    keys: "T",
    lang: "en",
    reject: (text, start, end) => /[-.&/]/u.test(before(text, start)) || /^ ?[A-Z][a-z]|^[-&/.]\w/u.test(text.slice(end, end + 3)),
    reason: "journalists' `TK` (to come): `the company paid TK million`; not `TK Maxx`, `TK-421`"
  },
  {
    re: /(?<![A-Za-z0-9])TK(?:TK)*(?![A-Za-z0-9])/gu,
    keys: "T",
    lang: "zh",
    reason: "`TK` left in Chinese copy (`，TK，`): no Chinese word is written so"
  },
  {
    re: /X{3,}|x{3,}|Ｘ{3,}|ｘ{3,}/gu,
    keys: "XxＸｘ",
    reject: (text, start, end) => {
      if (/[A-Za-z0-9.@/_-]/u.test(before(text, start)) || /[A-Za-z0-9_-]/u.test(after(text, end))) return true;
      return ROMAN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) || /^ Corps\b/u.test(text.slice(end, end + 7));
    },
    reason: "`XXX` for a missing name or figure: `XXX同志`, `增长XXX%`, `Mr XXX said`; not `.xxx`, `Super Bowl XXX`"
  },
  {
    re: /(?<![A-Za-z0-9Ｘ])(?:XX|ＸＸ)(?![A-Za-z0-9Ｘ])/gu,
    keys: "XＸ",
    lang: "zh",
    reject: (text, _start, end) => ANONYMISED_UNIT.test(text.slice(end, end + 2)),
    reason: "`XX` in Chinese copy (`XX月XX日`, `XX万元`, `，XX，`): a template's blank; not `XX县`, `XX公司`, which anonymise"
  },
  {
    re: /\bXX\b/gu,
    keys: "X",
    lang: "en",
    reject: (text, start, end) =>
      /[-.&/']/u.test(before(text, start)) ||
      /^[-&/.']\w/u.test(text.slice(end, end + 2)) ||
      ROMAN_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      CAPITALS_BEFORE.test(text.slice(Math.max(0, start - 24), start)) ||
      XX_AFTER.test(text.slice(end, end + 12)),
    reason: "`XX` for a missing figure or name (`, XX people`); not `Super Bowl XX`, `XX chromosomes`, a folio's `VOLUME XX`"
  },
  {
    re: /[（(]\s*略\s*[）)]/gu,
    keys: "略",
    lang: "zh",
    reject: (text, start) => LUE_ALLOWED_BEFORE.test(text.slice(Math.max(0, start - 8), start)),
    reason: "`（略）` where copy should be; not after `附件`/`名单`, where a reprinted document omits an annex on purpose"
  },
  // `p`: under /iu the `s` of `ipsum` also matches `ſ`; `p` has no other case.
  { re: /\blorem ipsum\b/giu, keys: "pP", reason: "a layout template's dummy text" },
  {
    re: /待补充/gu,
    keys: "待",
    reject: (text, start, end) =>
      /[有亟尚仍还急需正待]/u.test(before(text, start)) || (!CLAUSE_START.test(before(text, start)) && /\p{Script=Han}/u.test(after(text, end))),
    reason:
      "`待补充` (to be added) where a clause should start (`，待补充`) or ending one (`投资待补充。`); not `有待补充`, `资料待补充完善` in running prose"
  },
  {
    re: /此处(?:插入|添加|填写|放置|待补)[^，。；！？、\s【】\[\]（）()]{0,20}/gu,
    keys: "此",
    reason: "an instruction to the layout desk: `此处插入图片`, `此处填写数据`"
  }
];
