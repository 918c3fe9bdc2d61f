// The damage generator: takes one clean article (paragraphs separated by one blank line) and makes
// damaged copies of it, one damage per copy, each with its gold: what was done, where it sits in
// the damaged text, and the original text. Deterministic: the same article, kind, subtype and
// seed give the same copy. The kinds are the damage print layouts, PDF exports, CMS pastes and
// wire feeds really make (issue #14): cuts, duplicates, filler, numerals.
//
// A damaged copy is { text, gold: { kind, subtype, rule, lang, span: [start, end], paragraphs:
// [first, last], original } }: `span` is the damaged region in `text` (UTF-16 offsets), the
// paragraphs are 0-based indices in the damaged copy, `original` is the undamaged article.

export const SEP = "\n\n";

/** The rule responsible for each kind of damage. */
export const RULE_OF = {
  cut: "copydesk/no-truncated-sentence",
  dup: "copydesk/no-duplicate-paragraph",
  filler: "copydesk/no-ellipsis-filler",
  num: "copydesk/consistent-numerals"
};

export const KINDS = Object.keys(RULE_OF);

// ---------------------------------------------------------------------------------------------
// Determinism

/** FNV-1a over a string: a stable 32-bit seed for one article × kind × subtype × seed. */
export function hash(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough to pick positions. */
export function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo, hi) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: (arr) => arr[Math.floor(next() * arr.length)]
  };
}

// ---------------------------------------------------------------------------------------------
// The article

const HAN = /\p{Script=Han}/gu;
const LATIN = /[A-Za-z]/g;

export function languageOf(text) {
  const han = (text.match(HAN) ?? []).length;
  const latin = (text.match(LATIN) ?? []).length;
  return han >= latin / 4 ? "zh" : "en";
}

export function splitParagraphs(text) {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/\n+$/, "")
    .split(/\n[ \t]*\n+/);
}

/** Offsets of each paragraph in `paras.join(SEP)`. */
function offsets(paras) {
  const out = [];
  let at = 0;
  for (const p of paras) {
    out.push([at, at + p.length]);
    at += p.length + SEP.length;
  }
  return out;
}

const ZH_END = /[。！？”）…]$/u;
const EN_END = /[.!?]["”’)]?$/u;

/** A body paragraph of prose: long enough and ending a sentence. Not the first (headline). */
function isProse(p, lang) {
  if (lang === "zh") return p.length >= 40 && ZH_END.test(p) && /[。！？]/u.test(p);
  return p.split(/\s+/).length >= 15 && EN_END.test(p);
}

function proseIndices(paras, lang, from = 1) {
  const out = [];
  for (let i = from; i < paras.length; i++) if (isProse(paras[i], lang)) out.push(i);
  return out;
}

/** The first body paragraph: the first prose paragraph after the title block. */
function firstBody(paras, lang) {
  return proseIndices(paras, lang, 1)[0];
}

function build(paras, gold, spanParas, spanInner) {
  const text = paras.join(SEP);
  const offs = offsets(paras);
  const [first, last] = spanParas;
  const span = spanInner ?? [offs[first][0], offs[last][1]];
  return { text, gold: { ...gold, paragraphs: [first, last], span } };
}

// ---------------------------------------------------------------------------------------------
// Cuts

const zhSegmenter = new Intl.Segmenter("zh", { granularity: "word" });

/** Cut positions in a Chinese paragraph: inside a word or between two words, away from both ends. */
function zhCutPositions(p, where, quote) {
  const out = [];
  const lo = Math.floor(p.length * 0.3);
  const hi = Math.floor(p.length * 0.85);
  let inQuote = false;
  for (const s of zhSegmenter.segment(p)) {
    const start = s.index;
    const end = start + s.segment.length;
    for (let i = start; i < end; i++) {
      if (p[i] === "“") inQuote = true;
      if (p[i] === "”") inQuote = false;
    }
    if (quote && !inQuote) continue;
    if (!quote && (start < lo || start > hi)) continue;
    if (where === "mid-word" && s.isWordLike && s.segment.length >= 2 && /^\p{Script=Han}+$/u.test(s.segment)) {
      const at = start + 1 + Math.floor((s.segment.length - 1) / 2);
      if (at > 0 && at < p.length - 1) out.push(at);
    }
    if (
      where === "between-words" &&
      s.isWordLike &&
      /\p{Script=Han}$/u.test(s.segment) &&
      /^\p{Script=Han}/u.test(p.slice(end, end + 1)) &&
      end < p.length - 1
    ) {
      out.push(end);
    }
  }
  return out;
}

const EN_FUNCTION = new Set(
  "the a an of to in on at for with by from and or but that which who as than into onto about over under between after before during its their his her our your this these those there is are was were be been has have had will would can could should may might not".split(
    " "
  )
);

/** Cut positions (after the word, before the space) in an English paragraph. */
function enCutPositions(p, where) {
  const out = [];
  const lo = Math.floor(p.length * 0.25);
  const hi = Math.floor(p.length * 0.85);
  const re = /[A-Za-z]+(?:-[A-Za-z]+)*/g;
  let m;
  while ((m = re.exec(p))) {
    const start = m.index;
    const end = start + m[0].length;
    if (start < lo || end > hi) continue;
    if (p[end] !== " " && where !== "mid-word" && where !== "hyphen") continue;
    const word = m[0];
    // The word before a cut must not end a sentence.
    if (where === "after-function-word" && EN_FUNCTION.has(word.toLowerCase()) && /^ [a-z]/.test(p.slice(end, end + 2))) out.push(end);
    if (
      where === "after-noun" &&
      !EN_FUNCTION.has(word.toLowerCase()) &&
      /^[a-z]{4,}$/.test(word) &&
      /^ (?:is|was|has|had|will|said|would|and|of|to|in|for|that)\b/.test(p.slice(end, end + 8))
    )
      out.push(end);
    if (where === "mid-word" && /^[a-z]{8,}$/.test(word)) out.push(start + Math.floor(word.length / 2));
    if (where === "hyphen" && /^[a-z]+-[a-z]+$/i.test(word)) out.push(start + word.indexOf("-") + 1);
  }
  return out;
}

function cutPositions(p, lang, where, quote) {
  return lang === "zh" ? zhCutPositions(p, where, quote) : enCutPositions(p, where);
}

/** Joining the pieces back: Chinese directly, English with the space the cut removed. */
function splitAt(p, at, lang) {
  const head = p.slice(0, at);
  let rest = p.slice(at);
  if (lang === "en") rest = rest.replace(/^ /, "");
  return [head, rest];
}

const CUT_SUBTYPES = {
  zh: [
    "mid-word/next",
    "between-words/next",
    "mid-word/lost",
    "between-words/lost",
    "between-words/far",
    "first-paragraph/next",
    "lead-in/next",
    "quotation/next",
    "short-piece/next",
    "short-piece/lost",
    "page-break/next"
  ],
  en: [
    "mid-word/next",
    "after-function-word/next",
    "after-noun/next",
    "hyphen/next",
    "after-function-word/lost",
    "after-noun/lost",
    "after-noun/far",
    "first-paragraph/next",
    "quotation/next",
    "short-piece/next",
    "short-piece/lost",
    "page-break/next"
  ]
};

/** Folios a PDF export leaves between two pages: `— 12 —`, `第 3 页`, `Page 3 of 10`. */
function folio(lang, r) {
  const n = r.int(2, 40);
  const forms = lang === "zh" ? [`— ${n} —`, `第 ${n} 页`, `- ${n} -`] : [`Page ${n} of ${n + r.int(1, 20)}`, `— ${n} —`, `- ${n} -`];
  return r.pick(forms);
}

function cut(paras, lang, subtype, r) {
  const [where, rest] = subtype.split("/");
  let candidates;
  let how = lang === "zh" ? "between-words" : "after-function-word";
  let quote = false;
  let working = paras;
  if (where === "mid-word" || where === "between-words" || where === "after-function-word" || where === "after-noun" || where === "hyphen") {
    how = where;
    candidates = proseIndices(paras, lang, 2);
  } else if (where === "first-paragraph") {
    const i = firstBody(paras, lang);
    candidates = i === undefined ? [] : [i];
  } else if (where === "lead-in") {
    candidates = [];
    for (let i = 1; i < paras.length; i++) if (/(——|：)$/u.test(paras[i]) && paras[i].length >= 16) candidates.push(i);
    how = "between-words";
  } else if (where === "quotation") {
    quote = lang === "zh";
    candidates = proseIndices(paras, lang, 1).filter((i) => (lang === "zh" ? /“[^”]{12,}”/u : /"[^"]{40,}"|“[^”]{40,}”/u).test(paras[i]));
  } else if (where === "page-break") {
    // A PDF page break inside a sentence: the next page's folio stands between its halves.
    how = lang === "zh" ? r.pick(["mid-word", "between-words"]) : r.pick(["mid-word", "after-function-word", "after-noun"]);
    candidates = proseIndices(paras, lang, 2);
  } else if (where === "short-piece") {
    // A brief, or a CMS body whose headline is a separate field: 1-3 body paragraphs only.
    const body = proseIndices(paras, lang, 1);
    if (body.length === 0) return undefined;
    const n = Math.min(body.length, r.int(1, 3));
    const startAt = body[r.int(0, body.length - n)];
    working = paras.slice(startAt, startAt + n).filter((p) => isProse(p, lang));
    candidates = working.map((_, i) => i);
  }
  r.next();
  const shuffled = candidates.slice().sort(() => r.next() - 0.5);
  for (const i of shuffled) {
    const p = working[i];
    let positions = cutPositions(p, lang, how, quote);
    if (where === "quotation" && lang === "en") {
      const m = /"[^"]{40,}"|“[^”]{40,}”/u.exec(p);
      positions = enCutPositions(p, "after-function-word").filter((at) => at > m.index && at < m.index + m[0].length);
    }
    if (positions.length === 0) continue;
    const at = r.pick(positions);
    const [head, tail] = splitAt(p, at, lang);
    const original = working.join(SEP);
    const gold = { kind: "cut", subtype: `${lang === "zh" ? "" : ""}${subtype}`, rule: RULE_OF.cut, lang, original };
    if (rest === "next" && where === "page-break") {
      // Joined again, the sentence is whole and the folio follows it, for no-page-furniture to remove.
      const mark = folio(lang, r);
      const out = [...working.slice(0, i), head, mark, tail, ...working.slice(i + 1)];
      const mended = [...working.slice(0, i + 1), mark, ...working.slice(i + 1)].join(SEP);
      return build(out, { ...gold, original: mended }, [i, i + 2]);
    }
    if (rest === "next") {
      const out = [...working.slice(0, i), head, tail, ...working.slice(i + 1)];
      return build(out, gold, [i, i + 1]);
    }
    if (rest === "lost") {
      const out = [...working.slice(0, i), head, ...working.slice(i + 1)];
      return build(out, { ...gold, lost: true }, [i, i]);
    }
    if (rest === "far") {
      // A PDF jump: the rest turns up three or more paragraphs later (or at the end).
      const out = [...working.slice(0, i), head, ...working.slice(i + 1)];
      const to = Math.min(out.length, i + 1 + r.int(3, 8));
      out.splice(to, 0, tail);
      const g = build(out, gold, [i, i]);
      g.gold.also = offsets(out)[to];
      return g;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Duplicates

const DUP_SUBTYPES = [
  "exact/next",
  "exact/far",
  "exact/end",
  "near-chars/next",
  "near-word/far",
  "block/next",
  "block/far",
  "lede-again/mid",
  "clause/twice",
  "clause/thrice"
];

const ZH_SWAP = "的了和与在是对将把被从及等";

/** A near copy: a few characters (zh) or one word (en) changed. */
function nearCopy(p, lang, what, r) {
  if (lang === "zh") {
    const chars = [...p];
    const n = what === "near-word" ? 1 : r.int(2, 3);
    for (let k = 0; k < n; k++) {
      const idx = [];
      chars.forEach((c, i) => /\p{Script=Han}/u.test(c) && idx.push(i));
      const i = r.pick(idx);
      if (what === "near-word") chars.splice(i, 1);
      else chars[i] = r.pick([...ZH_SWAP].filter((c) => c !== chars[i]));
    }
    return chars.join("");
  }
  const words = p.split(" ");
  const idx = words.map((w, i) => (/^[a-z]{3,}$/.test(w) ? i : -1)).filter((i) => i >= 0);
  if (idx.length === 0) return undefined;
  if (what === "near-word") words.splice(r.pick(idx), 1);
  else {
    // A few characters: a typo or two inside a word.
    const i = r.pick(idx);
    const w = words[i];
    words[i] = w.slice(0, 1) + w.slice(2, 3) + w.slice(1, 2) + w.slice(3);
  }
  return words.join(" ");
}

function dup(paras, lang, subtype, r) {
  const [what, where] = subtype.split("/");
  const original = paras.join(SEP);
  const gold = { kind: "dup", subtype, rule: RULE_OF.dup, lang, original };
  const body = proseIndices(paras, lang, 1);
  if (what === "clause") {
    // A clause said two or three times over inside one paragraph.
    const times = where === "twice" ? 2 : 3;
    for (const i of body.slice().sort(() => r.next() - 0.5)) {
      const p = paras[i];
      const re = lang === "zh" ? /[^，。；！？]{8,30}[，；]/gu : /[^,.;!?]{25,120}[,;] /g;
      const clauses = [...p.matchAll(re)];
      if (clauses.length === 0) continue;
      const m = r.pick(clauses);
      const clause = m[0];
      const insertAt = m.index + clause.length;
      const copy = clause.repeat(times - 1);
      const damaged = p.slice(0, insertAt) + copy + p.slice(insertAt);
      const out = paras.slice();
      out[i] = damaged;
      const at = offsets(out)[i][0];
      return build(out, gold, [i, i], [at + insertAt, at + insertAt + copy.length]);
    }
    return undefined;
  }
  if (body.length < 3) return undefined;
  let from;
  let count = 1;
  if (what === "lede-again") from = body[0];
  else if (what === "block") {
    count = r.int(2, 4);
    const starts = body.filter((i) => i + count <= paras.length && i > 0);
    if (starts.length === 0) return undefined;
    from = r.pick(starts.slice(1, Math.max(2, starts.length - 2)));
  } else from = r.pick(body.slice(1, Math.max(2, body.length - 2)));
  // The lede is left to its own subtype: a repeat of it is silent by design today (pull quotes).
  if (from === undefined) return undefined;
  let copy = paras.slice(from, from + count);
  if (what === "near-chars" || what === "near-word") {
    const near = nearCopy(copy[0], lang, what, r);
    if (!near || near === copy[0]) return undefined;
    copy = [near];
  }
  let to;
  if (where === "next") to = from + count;
  else if (where === "end") to = paras.length;
  else if (where === "mid") to = Math.max(from + count + 2, Math.floor(paras.length / 2));
  else to = Math.min(paras.length, from + count + r.int(3, 10));
  if (to > paras.length) to = paras.length;
  const out = [...paras.slice(0, to), ...copy, ...paras.slice(to)];
  return build(out, gold, [to, to + copy.length - 1]);
}

// ---------------------------------------------------------------------------------------------
// Filler

const FILLER_SUBTYPES = ["run/……", "run/...", "run/…", "run/. . .", "placeholder/inside", "placeholder/alone"];

function filler(paras, lang, subtype, r) {
  const [what, form] = subtype.split("/");
  const original = paras.join(SEP);
  const gold = { kind: "filler", subtype, rule: RULE_OF.filler, lang, original };
  const body = proseIndices(paras, lang, 1);
  if (body.length === 0) return undefined;
  if (what === "run") {
    const n = r.int(2, 40);
    const at = r.pick(body) + 1;
    const out = [...paras.slice(0, at), ...Array(n).fill(form), ...paras.slice(at)];
    return build(out, { ...gold, subtype: `${subtype} ×${n < 5 ? "2-4" : n < 15 ? "5-14" : "15-40"}` }, [at, at + n - 1]);
  }
  const token = lang === "zh" ? r.pick(["TK", "XX", "待补充", "（略）"]) : r.pick(["TK", "XX", "[TK]"]);
  if (form === "alone") {
    const at = r.pick(body) + 1;
    const out = [...paras.slice(0, at), token, ...paras.slice(at)];
    return build(out, { ...gold, subtype: `placeholder/alone ${token}` }, [at, at]);
  }
  // Inside a sentence, where copy should be: after a comma, or replacing a figure.
  for (const i of body.slice().sort(() => r.next() - 0.5)) {
    const p = paras[i];
    const marks = [];
    const re = lang === "zh" ? /，/gu : /, /g;
    let m;
    while ((m = re.exec(p))) marks.push(m.index + m[0].length);
    if (marks.length === 0) continue;
    const pos = r.pick(marks);
    const ins = lang === "zh" ? token : `${token} `;
    const out = paras.slice();
    out[i] = p.slice(0, pos) + ins + p.slice(pos);
    const at = offsets(out)[i][0] + pos;
    return build(out, { ...gold, subtype: `placeholder/inside ${token.replace(/^\[TK\]$/, "[TK]")}` }, [i, i], [at, at + ins.length]);
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------
// Numerals

const ZH_DIGITS = "零一二三四五六七八九";

/** 0..99999999 as a Chinese numeral (十一, 二十, 一百零五, 三千二百万…). */
export function zhNumeral(n) {
  if (n === 0) return "零";
  if (n >= 10000) {
    const hi = Math.floor(n / 10000);
    const lo = n % 10000;
    return zhNumeral(hi) + "万" + (lo === 0 ? "" : (lo < 1000 ? "零" : "") + zhNumeral(lo));
  }
  const units = ["", "十", "百", "千"];
  const ds = String(n).split("").map(Number);
  let s = "";
  let zero = false;
  ds.forEach((d, k) => {
    const u = units[ds.length - 1 - k];
    if (d === 0) zero = s.length > 0;
    else {
      if (zero) s += "零";
      zero = false;
      s += ZH_DIGITS[d] + u;
    }
  });
  return s.replace(/^一十/, "十");
}

/** A Chinese numeral (up to 千 and 万) as a number, or undefined. */
export function zhValue(s) {
  const digit = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
  const unit = { 十: 10, 百: 100, 千: 1000 };
  let total = 0;
  let section = 0;
  let num = 0;
  for (const c of s) {
    if (c in digit) num = digit[c];
    else if (c in unit) {
      section += (num || 1) * unit[c];
      num = 0;
    } else if (c === "万") {
      total += (section + num) * 10000;
      section = 0;
      num = 0;
    } else return undefined;
  }
  return total + section + num;
}

const ZH_YEAR_DIGITS = "〇一二三四五六七八九";
const fullWidth = (s) => s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
export const MEASURE = "个名家项所人件次位条座种批场支台辆部份套处架艘只株棵篇本期届轮天周月年岁户村镇";

const NUM_SUBTYPES = {
  zh: [
    "count/ar→zh",
    "count-small/ar→zh",
    "count/zh→ar",
    "full-width-digits",
    "money/ar→zh",
    "year/ar→zh",
    "date/ar→zh",
    "percent/ar→zh",
    "ordinal/ar→zh"
  ],
  en: ["one-nine/figure", "ten-plus/words", "age/words", "percent/words", "sentence-initial/figure", "style/per-cent-sign"]
};

const EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"];
const EN_TEENS = ["ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"];
const EN_TENS = ["", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"];
export function enWords(n) {
  if (n < 10) return EN_SMALL[n];
  if (n < 20) return EN_TEENS[n - 10];
  return EN_TENS[Math.floor(n / 10)] + (n % 10 ? `-${EN_SMALL[n % 10]}` : "");
}
const capital = (s) => s[0].toUpperCase() + s.slice(1);

/** Every match of `re` in the body paragraphs, with its absolute position in the paragraph list. */
function bodyMatches(paras, lang, re) {
  const out = [];
  for (let i = 1; i < paras.length; i++) {
    for (const m of paras[i].matchAll(re)) out.push({ i, index: m.index, m });
  }
  return out;
}

function replaceIn(paras, hit, from, len, replacement, gold) {
  const out = paras.slice();
  const p = out[hit.i];
  out[hit.i] = p.slice(0, from) + replacement + p.slice(from + len);
  const at = offsets(out)[hit.i][0] + from;
  return build(out, gold, [hit.i, hit.i], [at, at + replacement.length]);
}

function num(paras, lang, subtype, r) {
  const original = paras.join(SEP);
  const gold = { kind: "num", subtype, rule: RULE_OF.num, lang, original };
  const text = original;
  const pick = (hits) => (hits.length ? r.pick(hits) : undefined);
  if (lang === "zh") {
    if (/[０-９]/u.test(text) && subtype !== "full-width-digits") return undefined;
    const countRe = new RegExp(`(?<![\\d.．,，%０-９])(\\d{1,3})(?=[${MEASURE}])(?![年月日])`, "gu");
    const arCounts = bodyMatches(paras, lang, countRe).filter((h) => !/[年月天周岁]/u.test(paras[h.i][h.index + h.m[0].length]));
    const zhCountRe = new RegExp(`(?<![\\p{Script=Han}])([一二三四五六七八九十两]{1,4})(?=[${MEASURE}])`, "gu");
    const zhCounts = bodyMatches(paras, lang, zhCountRe).filter(
      (h) => zhValue(h.m[1]) !== undefined && !/[年月天周岁]/u.test(paras[h.i][h.index + h.m[0].length])
    );
    switch (subtype) {
      case "count/ar→zh": {
        if (arCounts.length < 3) return undefined;
        const h = pick(arCounts.filter((x) => +x.m[1] >= 10 && +x.m[1] <= 999));
        return h && replaceIn(paras, h, h.index, h.m[1].length, zhNumeral(+h.m[1]), gold);
      }
      case "count-small/ar→zh": {
        // A single-digit count whose measure word appears with figures elsewhere in the piece.
        const small = arCounts.filter((x) => +x.m[1] >= 2 && +x.m[1] <= 9);
        const h = pick(
          small.filter((x) => arCounts.some((y) => y !== x && paras[y.i][y.index + y.m[0].length] === paras[x.i][x.index + x.m[0].length]))
        );
        return h && replaceIn(paras, h, h.index, h.m[1].length, zhNumeral(+h.m[1]), gold);
      }
      case "count/zh→ar": {
        // A piece that counts in Chinese numerals, with one count in figures.
        if (zhCounts.length < 3 || arCounts.length > 0) return undefined;
        const h = pick(zhCounts.filter((x) => zhValue(x.m[1]) >= 2));
        return h && replaceIn(paras, h, h.index, h.m[1].length, String(zhValue(h.m[1])), gold);
      }
      case "full-width-digits": {
        if (/[０-９]/u.test(text)) return undefined;
        const h = pick(bodyMatches(paras, lang, /\d{2,}/gu));
        return h && replaceIn(paras, h, h.index, h.m[0].length, fullWidth(h.m[0]), gold);
      }
      case "money/ar→zh": {
        const hits = bodyMatches(paras, lang, /(?<![\d.,])(\d{1,4})(?=(?:万|亿)?元)/gu);
        if (hits.length < 1) return undefined;
        const h = pick(hits);
        return h && replaceIn(paras, h, h.index, h.m[1].length, zhNumeral(+h.m[1]), gold);
      }
      case "year/ar→zh": {
        const hits = bodyMatches(paras, lang, /(?<!\d)((?:19|20)\d\d)(?=年)/gu);
        if (hits.length < 2) return undefined;
        const h = pick(hits);
        return h && replaceIn(paras, h, h.index, 4, [...h.m[1]].map((d) => ZH_YEAR_DIGITS[+d]).join(""), gold);
      }
      case "date/ar→zh": {
        const hits = bodyMatches(paras, lang, /(?<!\d)(\d{1,2})月(\d{1,2})日/gu);
        if (hits.length < 2) return undefined;
        const h = pick(hits);
        return h && replaceIn(paras, h, h.index, h.m[0].length, `${zhNumeral(+h.m[1])}月${zhNumeral(+h.m[2])}日`, gold);
      }
      case "percent/ar→zh": {
        const hits = bodyMatches(paras, lang, /(?<![\d.])(\d{1,2})%/gu);
        if (hits.length < 2) return undefined;
        const h = pick(hits);
        return h && replaceIn(paras, h, h.index, h.m[0].length, `百分之${zhNumeral(+h.m[1])}`, gold);
      }
      case "ordinal/ar→zh": {
        const hits = bodyMatches(paras, lang, /第(\d{1,3})(?![\d.])/gu);
        if (hits.length < 2) return undefined;
        const h = pick(hits);
        return h && replaceIn(paras, h, h.index + 1, h.m[1].length, zhNumeral(+h.m[1]), gold);
      }
    }
    return undefined;
  }
  switch (subtype) {
    case "one-nine/figure": {
      const hits = bodyMatches(paras, lang, /(?<=[a-z,] )(two|three|four|five|six|seven|eight|nine) (?=[a-z]{3,})/g);
      const h = pick(hits);
      return h && replaceIn(paras, h, h.index, h.m[1].length, String(EN_SMALL.indexOf(h.m[1])), gold);
    }
    case "ten-plus/words": {
      const hits = bodyMatches(paras, lang, /(?<=[a-z,] )([1-9]\d) (?=[a-z]{3,})(?!per|percent|years? old)/g);
      const h = pick(hits);
      return h && replaceIn(paras, h, h.index, h.m[1].length, enWords(+h.m[1]), gold);
    }
    case "age/words": {
      const hits = bodyMatches(paras, lang, /(?<=, |aged )(\d{1,2})(?=,| years? old|-year-old)/g);
      const h = pick(hits);
      return h && replaceIn(paras, h, h.index, h.m[1].length, enWords(+h.m[1]), gold);
    }
    case "percent/words": {
      const hits = bodyMatches(paras, lang, /(?<![\d.£$])(\d{1,2})(%| per ?cent| percent)/g);
      if (hits.length < 2) return undefined;
      const h = pick(hits);
      const unit = h.m[2] === "%" ? (/ percent/.test(text) ? " percent" : " per cent") : h.m[2];
      return h && replaceIn(paras, h, h.index, h.m[0].length, `${enWords(+h.m[1])}${unit}`, gold);
    }
    case "sentence-initial/figure": {
      const hits = bodyMatches(paras, lang, /(?<=^|[.!?] )(Two|Three|Four|Five|Six|Seven|Eight|Nine|Ten|Twelve|Twenty|Thirty|Fifty) (?=[a-z])/g);
      const h = pick(hits);
      const words = EN_SMALL.concat(EN_TEENS, EN_TENS);
      if (!h) return undefined;
      const w = h.m[1].toLowerCase();
      const n = EN_SMALL.indexOf(w) >= 0 ? EN_SMALL.indexOf(w) : EN_TEENS.indexOf(w) >= 0 ? 10 + EN_TEENS.indexOf(w) : EN_TENS.indexOf(w) * 10;
      void words;
      return replaceIn(paras, h, h.index, h.m[1].length, String(n), gold);
    }
    case "style/per-cent-sign": {
      // The piece writes "%" throughout: one percentage spelled " per cent" (or the reverse).
      const signs = bodyMatches(paras, lang, /(?<=\d)%/g);
      const words = bodyMatches(paras, lang, /(?<=\d) per ?cent\b/g);
      if (signs.length >= 2 && words.length === 0) {
        const h = r.pick(signs);
        return replaceIn(paras, h, h.index, 1, " per cent", gold);
      }
      if (words.length >= 2 && signs.length === 0) {
        const h = r.pick(words);
        return replaceIn(paras, h, h.index, h.m[0].length, "%", gold);
      }
      return undefined;
    }
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

export function subtypesOf(kind, lang) {
  if (kind === "cut") return CUT_SUBTYPES[lang];
  if (kind === "dup") return DUP_SUBTYPES;
  if (kind === "filler") return FILLER_SUBTYPES;
  return NUM_SUBTYPES[lang];
}

const MAKERS = { cut, dup, filler, num };

/**
 * One damaged copy of `text` for `kind`, with the subtype picked for this article (round-robin
 * from a per-article offset, so subtypes are covered evenly across a corpus); falls through to
 * the next subtype when one does not apply to this article. `subtype` forces one.
 */
export function damage(text, { kind, key, seed = 1, subtype, only, lang = languageOf(text) }) {
  const paras = splitParagraphs(text);
  const list = subtypesOf(kind, lang).filter((st) => !only || only.includes(st));
  const base = hash(`${seed}:${key}:${kind}`);
  const order = subtype ? [subtype] : list.map((_, k) => list[(base + k) % list.length]);
  for (const st of order) {
    const r = rng(hash(`${seed}:${key}:${kind}:${st}`));
    const made = MAKERS[kind](paras, lang, st, r);
    if (made && made.text !== made.gold.original) return made;
  }
  return undefined;
}

/** Every subtype of a kind that applies to `text`, one copy each (for small corpora). */
export function damageAll(text, { kind, key, seed = 1, lang = languageOf(text) }) {
  const out = [];
  for (const st of subtypesOf(kind, lang)) {
    const made = damage(text, { kind, key, seed, subtype: st, lang });
    if (made) out.push(made);
  }
  return out;
}
