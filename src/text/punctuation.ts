// The punctuation classes copydesk reads copy by, in one place (after textlint-rule-preset-JTF-style's
// `src/util/regexp.js`). Each is a string of the characters it holds, so a module builds the
// pattern it needs from named parts (`charClass(SENTENCE_STOPS, CLOSING_QUOTES)`) instead of
// restating the members; a class that differs from another differs by a named part.

/** Full stops, question and exclamation marks, Chinese and Latin: what ends a sentence whatever the language. */
export const SENTENCE_STOPS = "。！？!?";
/** The Latin full stop and its full-width form; kept apart because it also marks decimals and abbreviations. */
export const PERIODS = ".．";
/** Semicolons: a Chinese paragraph may close on one (a list of clauses). */
export const SEMICOLONS = "；;";
/** Chinese clause marks inside a sentence: comma, enumeration comma, semicolon, colon. */
export const ZH_CLAUSE_MARKS = "，、；：";
/** Latin clause marks. */
export const EN_CLAUSE_MARKS = ",;:";
/** The ellipsis characters (`……` is two `…`; `⋯` is the midline form some fonts and OCR give). */
export const ELLIPSIS_CHARACTERS = "…⋯";
/** Middle dots, three of which are typed for an ellipsis (`···`). */
export const MIDDLE_DOTS = "·・･";
/** Every mark a broken ellipsis is made of (`。。。`, `...`, `．．．`, `···`) besides the ellipsis characters. */
export const ELLIPSIS_LOOKALIKES = `.。．${MIDDLE_DOTS}`;
/** Closing quotation marks, Chinese and curly Latin. */
export const CLOSING_QUOTES = "”’」』";
/** Straight quotes: they close as often as they open. */
export const STRAIGHT_QUOTES = `"'`;
/** Opening quotation marks, Chinese and curly Latin. */
export const OPENING_QUOTES = "“‘「『";
/** Closing brackets that end a Chinese sentence's aside or title (`）`, `》`). */
export const CLOSING_BRACKETS = "）)》〉】〕]";
/** Opening brackets. */
export const OPENING_BRACKETS = "（(《〈【〔[";
/**
 * Each opening quotation mark or bracket with its closing one (`“”`, `（）`, `《》`…), paired by
 * position in the classes above, which list them in the same order.
 */
export const PAIRED_MARKS: readonly (readonly [open: string, close: string])[] = Array.from(OPENING_QUOTES + OPENING_BRACKETS, (open, i) => [
  open,
  (CLOSING_QUOTES + CLOSING_BRACKETS)[i]!
]);
/**
 * Whether the quotation mark at `index` of `text` leaves a quotation open. Curly and Chinese quotes
 * say which side they are; a straight `"` is read by its neighbours: after a space, a bracket or
 * the start and before a word it opens, after a word or a stop and before a space, a stop or the
 * end it closes. Only a mark with the same kind of neighbour on both sides toggles, so one quote
 * the copy forgot to close (`"When the director says … cut off. "The person…`) does not turn
 * the rest of the paragraph inside out.
 */
export function quotedAfter(quoted: boolean, text: string, index: number): boolean {
  const ch = text[index];
  if (ch === "“" || ch === "「" || ch === "『") return true;
  if (ch === "”" || ch === "」" || ch === "』") return false;
  if (ch !== '"') return quoted;
  const before = text[index - 1];
  const after = text[index + 1];
  const openSide = before === undefined || SPACE.test(before) || OPENING_BRACKETS.includes(before) || before === "-" || before === "—";
  const closeSide = after === undefined || SPACE.test(after) || `${SENTENCE_STOPS}${PERIODS}${EN_CLAUSE_MARKS}${CLOSING_BRACKETS}`.includes(after);
  if (openSide && !closeSide) return true;
  if (closeSide && !openSide) return false;
  return !quoted;
}
/** Every mark an ellipsis, whole or broken, is made of. */
export const ELLIPSIS_MARKS = ELLIPSIS_CHARACTERS + ELLIPSIS_LOOKALIKES;
/** Where a Chinese clause ends: clause marks other than the enumeration comma, stops, and quotes that open or close a quotation. */
export const ZH_CLAUSE_ENDS = "，；：。！？“”";
/** Chinese stops: full stop, question and exclamation marks. */
export const ZH_STOPS = "。！？";
/**
 * What never opens a sentence: clause marks, stops and closing brackets, Chinese and Latin. A
 * paragraph that opens with one continues the one before it.
 */
export const NON_OPENING = `${ZH_CLAUSE_MARKS}${ZH_STOPS}）》」』】〉${EN_CLAUSE_MARKS}!?)]`;
/** What a finished sentence ends on, in either language: a stop, a full stop or an ellipsis. */
export const SENTENCE_ENDS = SENTENCE_STOPS + PERIODS + ELLIPSIS_CHARACTERS;
/** What may follow a sentence's end and still close it: closing quotes, straight quotes and closing brackets. */
export const CLOSERS = CLOSING_QUOTES + STRAIGHT_QUOTES + CLOSING_BRACKETS;
/** Any space, line breaks included: JavaScript's `\s` already holds U+3000, U+00A0 and U+FEFF. */
export const SPACE = /\s/u;
/**
 * Characters nobody sees: zero-width space, non-joiner and joiner, word joiner, the byte-order mark
 * and the soft hyphen. Copy pasted from the web carries them; two paragraphs that differ only by
 * them are the same paragraph.
 */
export const INVISIBLE = "\u200b\u200c\u200d\u2060\ufeff\u00ad";
/** The private-use paragraph mark (U+E40C) some Chinese CMS exports leave where a paragraph ends. */
export const PARAGRAPH_MARK = "\ue40c";

/** How many of `text`'s characters are among `marks` (`countMarks(text, "，；、")`: the clauses of Chinese prose). */
export function countMarks(text: string, marks: string): number {
  let n = 0;
  for (const ch of text) if (marks.includes(ch)) n++;
  return n;
}

/** `text` as a regular expression that matches it literally. */
export function literal(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/gu, "\\$&");
}

/** Words as one alternation, literal and longest first, so `图片` wins over `图` (no group around it). */
export function alternation(words: Iterable<string>): string {
  return [...words]
    .sort((a, b) => b.length - a.length)
    .map(literal)
    .join("|");
}

/** The characters of `parts` as the body of a regular-expression character class, escaped. */
export function classBody(...parts: string[]): string {
  return parts.join("").replace(/[\\\]\[^-]/gu, "\\$&");
}

/** A character class `[…]` holding the characters of `parts`. */
export function charClass(...parts: string[]): string {
  return `[${classBody(...parts)}]`;
}

const anyOfPatterns = new Map<string, RegExp>();

/**
 * Does `text` hold one of the characters of `chars`? One native scan of a class built once per
 * set: rules ask it before running a pattern that cannot match without one of them.
 */
export function containsAnyOf(text: string, chars: string): boolean {
  let pattern = anyOfPatterns.get(chars);
  if (!pattern) anyOfPatterns.set(chars, (pattern = new RegExp(charClass(chars), "u")));
  return pattern.test(text);
}
