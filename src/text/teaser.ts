import { TEASER_LINK_MARKS } from "./lexicon/teaser-marks.js";
import { charClass, SENTENCE_STOPS } from "./punctuation.js";

/**
 * A teaser cut from a story and marked as cut: copy that stops mid-sentence on an ellipsis,
 * maybe followed by a link to the full text (`…无法保障．．．［详细］`), or on a run of
 * full-width periods (`．．．`, a crawl's cut mark, never a typed ellipsis). The ellipsis marks
 * the cut, so it is no ellipsis-form problem: fixing its dots would make the cut look deliberate.
 */
export interface TeaserCut {
  /** Offset (in the paragraph text) where the ellipsis starts. */
  ellipsisStart: number;
  /** Offset where the link mark starts (the text length when there is none). */
  markStart: number;
  /** The ellipsis and link as written (`．．．［详细］`). */
  mark: string;
}

const ELLIPSIS_END = /(?:[…⋯]+|[.．。·・]{2,})[\s\u3000]*$/u;
const FULL_WIDTH_DOTS_END = /．{2,}[\s\u3000]*$/u;
/** A finished sentence before the ellipsis: `。…` is not a cut. */
const FINISHED = new RegExp(`${charClass(SENTENCE_STOPS)}$`, "u");
const WINDOW = 40;

export function teaserCut(text: string): TeaserCut | undefined {
  const trimmed = text.trimEnd();
  let body = trimmed;
  let markStart = trimmed.length;
  for (const m of TEASER_LINK_MARKS) {
    if (trimmed.endsWith(m)) {
      markStart = trimmed.length - m.length;
      body = trimmed.slice(0, markStart);
      break;
    }
  }
  const hasLink = markStart < trimmed.length;
  const tail = body.slice(-WINDOW);
  const offset = body.length - tail.length;
  const ellipsis = (hasLink ? ELLIPSIS_END : FULL_WIDTH_DOTS_END).exec(tail);
  if (!ellipsis) return undefined;
  const ellipsisStart = offset + ellipsis.index;
  const before = body.slice(0, ellipsisStart).trimEnd();
  if (before === "" || FINISHED.test(before)) return undefined;
  return { ellipsisStart, markStart, mark: trimmed.slice(ellipsisStart) };
}
