/**
 * Labels of boxes that restate the story by design: a paragraph under one of these repeats a
 * paragraph of the body on purpose (no-duplicate-paragraph reports such a repeat as info, not as a
 * paste). Matched against a whole paragraph, case-insensitive, with an optional closing `：`/`:`.
 * Sorted by code point (a test keeps it so); each entry says why it is here.
 */
export interface BoxLabel {
  label: string;
  reason: string;
}

export const SUMMARY_BOX_LABELS: readonly BoxLabel[] = [
  { label: "At a glance", reason: "English fact box that restates the story's main points" },
  { label: "Highlights", reason: "English highlights box quoting the story" },
  { label: "Key points", reason: "English key-points box (BBC, Reuters) quoting the story" },
  { label: "内容提要", reason: "abstract box over a report, quoting its key paragraphs" },
  { label: "导读", reason: "reading guide above a feature, quoting its lines" },
  { label: "延伸阅读", reason: "further-reading box after the story, often reprinting a paragraph of it (sogoucs 0028)" },
  { label: "本文要点", reason: "points of this article, quoted from the body" },
  { label: "核心阅读", reason: "People's Daily summary box under the headline, restating body paragraphs (rmrb-2023 0694)" },
  { label: "相关链接", reason: "related-links box after the story, reprinting background the story already gave" },
  { label: "相关阅读", reason: "related-reading box after the story, reprinting its lines" },
  { label: "编者按", reason: "editor's note, which quotes the piece it introduces" },
  { label: "要点", reason: "points box over the story, quoted from the body" },
  { label: "阅读提示", reason: "reading prompt above a feature, restating its lede" }
];

const LABELS = new Set(SUMMARY_BOX_LABELS.map((b) => b.label.toLowerCase()));

/** The label when `text` (one paragraph) is a summary box's label, else undefined. */
export function summaryBoxLabel(text: string): string | undefined {
  const t = text
    .trim()
    .replace(/[：:]$/u, "")
    .trim();
  if (t.length === 0 || t.length > 12) return undefined;
  const hit = LABELS.has(t.toLowerCase());
  return hit ? SUMMARY_BOX_LABELS.find((b) => b.label.toLowerCase() === t.toLowerCase())!.label : undefined;
}
