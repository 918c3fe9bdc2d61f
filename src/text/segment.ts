import { unified } from "unified";
import retextEnglish from "retext-english";
import type { Root, Sentence as NlcstSentence, Word as NlcstWord } from "nlcst";
import { toString as nlcstToString } from "nlcst-to-string";
import type { Lang } from "./language.js";

/** A span of a paragraph; `start`/`end` are absolute UTF-16 offsets into the document. */
export interface Span {
  start: number;
  end: number;
  text: string;
}

/** A word, or a run of punctuation or symbols (`wordLike` false). Spaces are not tokens. */
export interface Token extends Span {
  wordLike: boolean;
}

let zhSentenceSegmenter: Intl.Segmenter | undefined;
let zhWordSegmenter: Intl.Segmenter | undefined;

/**
 * Chinese sentences by ICU (UAX #29): it keeps a closing `”` with its sentence, which
 * sentence-splitter does not. Always called on one paragraph: V8's segmenter in Node 20 is
 * super-linear on long strings.
 */
export function zhSentences(text: string, offset: number): Span[] {
  zhSentenceSegmenter ??= new Intl.Segmenter("zh", { granularity: "sentence" });
  const spans: Span[] = [];
  for (const { segment, index } of zhSentenceSegmenter.segment(text)) {
    pushTrimmed(spans, segment, offset + index);
  }
  return spans;
}

/** Chinese words by ICU's dictionary segmenter, per paragraph (see `zhSentences`). */
export function zhWords(text: string, offset: number): Token[] {
  zhWordSegmenter ??= new Intl.Segmenter("zh", { granularity: "word" });
  const tokens: Token[] = [];
  for (const { segment, index, isWordLike } of zhWordSegmenter.segment(text)) {
    if (segment.trim() === "") continue;
    tokens.push({ start: offset + index, end: offset + index + segment.length, text: segment, wordLike: isWordLike ?? false });
  }
  return tokens;
}

const englishParser = unified().use(retextEnglish);

interface EnglishAnalysis {
  sentences: Span[];
  words: Token[];
}

/** English sentences and words from retext-english (abbreviations, decimals and quotes handled). */
export function enAnalysis(text: string, offset: number): EnglishAnalysis {
  const tree = englishParser.parse(text) as Root;
  const sentences: Span[] = [];
  const words: Token[] = [];
  for (const paragraph of tree.children) {
    if (paragraph.type !== "ParagraphNode") continue;
    for (const child of paragraph.children) {
      if (child.type !== "SentenceNode") continue;
      const sentence = child as NlcstSentence;
      const start = sentence.position?.start.offset ?? 0;
      const end = sentence.position?.end.offset ?? start;
      pushTrimmed(sentences, text.slice(start, end), offset + start);
      for (const token of sentence.children) {
        if (token.type === "WhiteSpaceNode") continue;
        const tokenStart = token.position?.start.offset ?? 0;
        const tokenEnd = token.position?.end.offset ?? tokenStart;
        words.push({
          start: offset + tokenStart,
          end: offset + tokenEnd,
          text: token.type === "WordNode" ? nlcstToString(token as NlcstWord) : text.slice(tokenStart, tokenEnd),
          wordLike: token.type === "WordNode"
        });
      }
    }
  }
  return { sentences, words };
}

export function sentencesOf(text: string, offset: number, lang: Lang): Span[] {
  return lang === "zh" ? zhSentences(text, offset) : enAnalysis(text, offset).sentences;
}

export function wordsOf(text: string, offset: number, lang: Lang): Token[] {
  return lang === "zh" ? zhWords(text, offset) : enAnalysis(text, offset).words;
}

function pushTrimmed(spans: Span[], segment: string, start: number): void {
  const lead = segment.length - segment.trimStart().length;
  const body = segment.trim();
  if (body === "") return;
  spans.push({ start: start + lead, end: start + lead + body.length, text: body });
}
