// What `no-duplicate-paragraph` is and how it is configured: its id, docs page, typed options with their
// defaults (kept here, not in the preset: stock textlint gives a rule a user's options in place of
// the preset's entry), the severity its findings default to, and what it says (by check id).
import type { CommonOptions } from "../../src/text/index.js";
import { messages, suggestions } from "../../src/messages/no-duplicate-paragraph.js";

export interface Options extends CommonOptions {
  /**
   * Shortest Chinese paragraph (in characters, punctuation and spaces not counted) whose exact
   * repeat is reported. A run of repeated paragraphs is reported when one of them is this long.
   * Default 15: stock lines such as `（完）` or a repeated subhead stay silent.
   */
  minChars?: number;
  /** Shortest English paragraph, in words, whose exact repeat is reported. Default 8. */
  minWords?: number;
  /**
   * Near duplicates: share of the shorter paragraph's shingles (Chinese 4-character, English
   * 3-word) that the other paragraph also has, at or above which a pair is a near copy whatever its
   * edits (a clause dropped). Default 0.85. Set to 1.01 to turn near duplicates off altogether.
   */
  nearThreshold?: number;
  /**
   * Near duplicates by edits: character (Chinese) or word (English) similarity, 1 − edits / total
   * length, at or above which two paragraphs are one copy edited. Default 0.85: three substituted
   * characters in a 40-character paragraph, or one dropped word in twelve. 1.01 turns it off.
   */
  nearSimilarity?: number;
  /** Shortest share of shared shingles a pair needs before its edits are counted. Default 0.4. */
  nearCandidate?: number;
  /** Shortest Chinese paragraph checked for near duplicates, in characters. Default 30. */
  nearMinChars?: number;
  /** Shortest English paragraph checked for near duplicates, in words. Default 12. */
  nearMinWords?: number;
  /** Shortest repeated clause inside one paragraph: Chinese characters. Default 8. */
  clauseMinChars?: number;
  /** Shortest repeated clause inside one paragraph: English words. Default 4. */
  clauseMinWords?: number;
  /**
   * A single paragraph repeated from the opening of the story, or repeated as its closing
   * paragraph, is a pull quote or a 导语 reprise by design. Default false: stay silent.
   */
  reportPullQuotes?: boolean;
}

export const defaults: Required<Omit<Options, keyof CommonOptions>> = {
  minChars: 15,
  minWords: 8,
  nearThreshold: 0.85,
  nearSimilarity: 0.85,
  nearCandidate: 0.4,
  nearMinChars: 30,
  nearMinWords: 12,
  clauseMinChars: 8,
  clauseMinWords: 4,
  reportPullQuotes: false
};

export const meta = {
  id: "no-duplicate-paragraph",
  docs: "docs/rules/no-duplicate-paragraph.md",
  fixable: true,
  defaultSeverity: "error",
  messages,
  suggestions
} as const;
