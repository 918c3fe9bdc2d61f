// What `no-duplicate-paragraph` says, by check id and by suggestion id; and what `--across-files`
// says of copy repeated from another file (its findings carry this rule's check ids).
import type { Lang } from "../text/language.js";
import { defineMessages, wording } from "./catalogue.js";
import { lineRange, quote } from "./format.js";

/** How much of the copy a message quotes: 20 Chinese characters, 32 characters of English. */
const QUOTE: Record<Lang, number> = { zh: 20, en: 32 };

/**
 * Where one copy sits: its first and last source lines, and (when both copies sit on the same
 * lines, as in copy whose paragraphs are marked inside one line) its 1-based paragraph numbers.
 */
export interface Place {
  first: number;
  last: number;
  paragraphs?: readonly [first: number, last: number];
}

const paragraphNumbers = ([first, last]: readonly [number, number]) => (first === last ? `${first}` : `${first}–${last}`);

/** A place as messages name it: `第3行`, `第3行第2段`; `line 3`, `line 3 (paragraph 2)`. */
const place = wording<Place>({
  zh: ({ first, last, paragraphs }) => `${lineRange("zh", first, last)}${paragraphs ? `第${paragraphNumbers(paragraphs)}段` : ""}`,
  en: ({ first, last, paragraphs }) =>
    `${lineRange("en", first, last)}${paragraphs ? ` (paragraph${paragraphs[0] === paragraphs[1] ? "" : "s"} ${paragraphNumbers(paragraphs)})` : ""}`
});

/** One difference between a near copy and the other: units dropped, added, or written for others. */
export interface Change {
  removed: string;
  added: string;
}

/** What the later copy changes: its first few changes and how many more there are. */
export interface Diff {
  later: Place;
  earlier: Place;
  /** The copy's language: a one-character change in Chinese copy is counted as a `字`. */
  lang: Lang;
  changes: readonly Change[];
  more: number;
}

/** `第21行比第9行少了“的”字`, `line 21 drops "said"`. */
const diff = wording<Diff>({
  zh: ({ later, earlier, lang, changes, more }) => {
    const parts = changes.map(({ removed, added }) => {
      const unit = lang === "zh" && (added || removed).length === 1 ? "字" : "";
      if (!added) return `少了“${removed}”${unit}`;
      if (!removed) return `多了“${added}”${unit}`;
      return `把“${removed}”写作“${added}”`;
    });
    return `${place.zh(later)}比${place.zh(earlier)}${parts.join("，")}${more > 0 ? `，另有${more}处不同` : ""}`;
  },
  en: ({ later, earlier, changes, more }) => {
    const parts = changes.map(({ removed, added }) => {
      if (!added) return `drops "${removed}"`;
      if (!removed) return `adds "${added}"`;
      return `has "${added}" for "${removed}"`;
    });
    const list = parts.length > 1 ? `${parts.slice(0, -1).join(", ")} and ${parts[parts.length - 1]}` : parts[0]!;
    return `${place.en(later)} ${list}${more > 0 ? `, and differs in ${more} more places` : ""}`;
  }
});

/** Why an exact repeat is there by design: a summary box restating the story, an essay's echo, a pull quote. */
export type Design = { kind: "box"; label: string } | { kind: "echo" } | { kind: "pull" };

/** Why a near copy is there by design. */
export type Excerpt = { kind: "box"; label: string } | { kind: "points" } | { kind: "lede" } | { kind: "excerpt" };

/** The two copies a message names (the one it flags first) and the flagged copy's text, quoted. */
export interface Copies {
  here: Place;
  there: Place;
  copy: string;
}

export type ByDesign =
  /** An exact repeat. */
  | (Copies & { of: "repeat"; design: Design })
  /** A near copy. */
  | (Copies & { of: "excerpt"; why: Excerpt })
  /** The points of one summary box (`box`: its label, empty for a `■` points box). */
  | { of: "points"; here: Place; there: Place; count: number; box: string };

const excerptWhy = wording<Excerpt>({
  zh: (why) =>
    why.kind === "box"
      ? `在“${why.label}”栏内，是提要对正文的复述`
      : why.kind === "points"
        ? "是要点栏对正文的摘录"
        : why.kind === "lede"
          ? "是导语，正文随后完整给出"
          : "是先行引用的摘录，正文随后完整给出",
  en: (why) =>
    why.kind === "box"
      ? `inside the "${why.label}" box, which restates the story`
      : why.kind === "points"
        ? "as a summary point quoting the story"
        : why.kind === "lede"
          ? "as the opening summary the body then gives in full"
          : "as an excerpt quoted ahead of the full passage"
});

/** Which exact repeat: a paste of copy, a title block again, or a copy cut off where the other is complete. */
export type Repeat = Copies & { plural: boolean } & ({ kind: "repeat" } | { kind: "title" } | { kind: "cut-off"; cutLine: number; complete: Place });

export const messages = defineMessages({
  /** The story's only copy is its headline again: the body is missing. */
  "body-is-headline": wording<Copies>({
    zh: ({ here, there, copy }) =>
      `正文只是标题的重复：${place.zh(here)}（${quote(copy, "zh", QUOTE.zh)}起）与${place.zh(there)}的标题相同，正文缺失；补上正文，删去${place.zh(here)}。`,
    en: ({ here, there, copy }) =>
      `The body only repeats the headline: ${place.en(here)} (${quote(copy, "en", QUOTE.en)}) is the headline at ${place.en(there)} again and the story is missing; restore the story and delete ${place.en(here)}.`
  }),
  /** A repeat there by design (a summary box, an essay's echo, a pull quote, a lede): info, no fix. */
  "by-design": wording<ByDesign>({
    zh: (d) => {
      const here = place.zh(d.here);
      const there = place.zh(d.there);
      if (d.of === "points")
        return `段落近似重复（应属有意）：${here}的${d.count}段${d.box ? `是“${d.box}”栏` : "是要点栏"}对正文${there}的摘录；如非有意，删去一份。`;
      const text = quote(d.copy, "zh", QUOTE.zh);
      if (d.of === "excerpt")
        return `段落近似重复（应属有意）：${here}（${text}起）与${there}大体相同，${excerptWhy.zh(d.why)}；如非有意，删去一份。`;
      switch (d.design.kind) {
        case "box":
          return `段落重复（应属有意）：${here}（${text}起）重复了${there}，在“${d.design.label}”栏内，是提要对正文的复述；如非有意，删去一份。`;
        case "echo":
          return `段落重复（应属有意）：末段${here}（${text}起）重复了首段${there}，是以开头作结的写法；如非有意，删去末段。`;
        case "pull":
          return `段落重复（应属有意）：${here}（${text}）与${there}相同，是单列的引语（提要引语）；如非有意，删去一份。`;
      }
    },
    en: (d) => {
      const here = place.en(d.here);
      const there = place.en(d.there);
      if (d.of === "points")
        return `Near-duplicate paragraphs, likely by design: the ${d.count} points at ${here} ${d.box ? `in the "${d.box}" box ` : ""}restate the story at ${there}; if not intended, delete one copy.`;
      const text = quote(d.copy, "en", QUOTE.en);
      if (d.of === "excerpt")
        return `Near-duplicate paragraph, likely by design: ${here} (${text}) restates ${there} ${excerptWhy.en(d.why)}; if not intended, delete one.`;
      switch (d.design.kind) {
        case "box":
          return `Repeated paragraph, likely by design: ${here} (${text}) repeats ${there} inside the "${d.design.label}" box, which restates the story; if not intended, delete one.`;
        case "echo":
          return `Repeated paragraph, likely by design: the closing paragraph, ${here} (${text}), repeats the opening one at ${there}, as an essay echoes its first line; if not intended, delete it.`;
        case "pull":
          return `Repeated paragraph, likely by design: ${here} (${text}) repeats ${there} as a quotation set apart (a pull quote); if not intended, delete one.`;
      }
    }
  }),
  /** A paragraph or run of paragraphs pasted again: the repeat (or the copy cut off) goes. */
  "exact-repeat": wording<Repeat>({
    zh: (d) => {
      const here = place.zh(d.here);
      const there = place.zh(d.there);
      const text = quote(d.copy, "zh", QUOTE.zh);
      if (d.kind === "cut-off")
        return `段落重复：${here}（${text}起）重复了${there}，但${lineRange("zh", d.cutLine)}在此中断，${place.zh(d.complete)}才是完整的一份；删去${here}。`;
      if (d.kind === "title") return `标题重复：${here}（${text}起）重复了${there}的标题${d.plural ? "和署名" : ""}；删去后一份。`;
      return `段落重复：${here}（${text}起）重复了${there}；删去后一份。`;
    },
    en: (d) => {
      const here = place.en(d.here);
      const there = place.en(d.there);
      const text = quote(d.copy, "en", QUOTE.en);
      const repeat = d.plural ? "repeat" : "repeats";
      if (d.kind === "cut-off")
        return `Duplicated ${d.plural ? "paragraphs" : "paragraph"}: ${here} (${text}) ${repeat} ${there}, but ${lineRange("en", d.cutLine)} is cut off here while the copy at ${place.en(d.complete)} is complete; delete ${here}.`;
      if (d.kind === "title") return `Repeated headline: ${here} (${text}) ${repeat} the title block at ${there}; delete the repeat.`;
      return `Duplicated ${d.plural ? "paragraphs" : "paragraph"}: ${here} (${text}) ${repeat} ${there}; delete the repeat.`;
    }
  }),
  /** A paragraph that nearly repeats another: its edits named when they are few, else its share of shared wording. */
  "near-duplicate": wording<Copies & { diff?: Diff; pct: number }>({
    zh: ({ here, there, copy, diff: d, pct }) =>
      `段落近似重复：${place.zh(here)}（${quote(copy, "zh", QUOTE.zh)}起）与${place.zh(there)}${d ? `几乎相同，${diff.zh(d)}` : `有${pct}%相同`}；核对后删去${place.zh(here)}。`,
    en: ({ here, there, copy, diff: d, pct }) =>
      `Near-duplicate paragraph: ${place.en(here)} (${quote(copy, "en", QUOTE.en)}) ${d ? `nearly repeats ${place.en(there)}: ${diff.en(d)}` : `shares ${pct}% of its wording with ${place.en(there)}`}; check and delete ${place.en(here)}.`
  }),
  /** A clause repeated back to back inside one paragraph. */
  "repeated-clause": wording<{ clause: string; times: number }>({
    zh: ({ clause, times }) => `分句重复：${quote(clause, "zh", QUOTE.zh)}连写了${times}遍；只留一遍。`,
    en: ({ clause, times }) => `Repeated clause: ${quote(clause, "en", QUOTE.en)} appears ${times} times in a row; keep one.`
  })
});

export const suggestions = defineMessages({
  /** Delete the repeated copy (or the body that is only the headline again). */
  "remove-duplicate": wording<{ place: Place }>({
    zh: ({ place: at }) => `删去${place.zh(at)}`,
    en: ({ place: at }) => `Delete ${place.en(at)}`
  }),
  /** Delete the near copy. */
  "remove-near-duplicate": wording<{ place: Place }>({
    zh: ({ place: at }) => `删去${place.zh(at)}`,
    en: ({ place: at }) => `Delete ${place.en(at)}`
  })
});

/** A copy in another file of the run: its path as the user sees it and its lines there. */
export interface Elsewhere {
  /** The lines of this file's repeated block. */
  here: Place;
  otherFile: string;
  there: Place;
}

/** What `--across-files` says, by its findings' check ids (`no-duplicate-paragraph/<id>`). */
export const acrossFilesMessages = defineMessages({
  /** Every paragraph of the story that counts is in another file: the story was filed twice. */
  "repeated-story": wording<Elsewhere>({
    zh: ({ here, otherFile, there }) => `整篇重复：本文（${place.zh(here)}）与 ${otherFile} ${place.zh(there)}相同。`,
    en: ({ here, otherFile, there }) => `Whole story repeated: ${place.en(here)} of this file repeat ${otherFile} ${place.en(there)}.`
  }),
  /** Paragraphs that also appear in another file of the run. */
  "reused-paragraph": wording<Elsewhere & { copy: string; plural: boolean }>({
    zh: ({ here, copy, otherFile, there }) => `跨文件重复：${place.zh(here)}（${quote(copy, "zh", 20)}起）也见于 ${otherFile} ${place.zh(there)}。`,
    en: ({ here, copy, otherFile, there, plural }) =>
      `Repeated from another file: ${place.en(here)} (${quote(copy, "en", 20)}) also ${plural ? "appear" : "appears"} in ${otherFile} ${place.en(there)}.`
  })
});
