// Messages every rule can give, whatever it checks.
import { defineMessages, wording } from "./catalogue.js";

export const commonMessages = defineMessages({
  /** Past `FINDINGS_CAP` findings in one document, the rest are folded into this one. */
  "more-findings": wording<{ count: number; cap: number; merged: number }>({
    zh: ({ count, cap, merged }) =>
      `…另有 ${count} 处同类问题未逐条列出（每篇最多列 ${cap} 处）${merged > 0 ? `；其中 ${merged} 处可自动修正，已并入本条` : ""}`,
    en: ({ count, cap, merged }) =>
      `… and ${count} more findings of this rule not listed (at most ${cap} per document)${merged > 0 ? `; ${merged} automatic fixes are merged into this one` : ""}`
  })
});
