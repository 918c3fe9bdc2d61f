// What `no-page-furniture` says, by check id (one per kind of furniture) and by suggestion id.
import { defineMessages, wording } from "./catalogue.js";
import { quote } from "./format.js";

/** Every furniture message quotes the furniture as it stands in the copy. */
type Shown = { shown: string };

export const messages = defineMessages({
  /** A section kicker from the printed page (`高质量发展回眸`). */
  kicker: wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是版面上的栏目眉题，不是正文：删除，或移到稿件的栏目字段`,
    en: ({ shown }) =>
      `${quote(shown, "en")} is a kicker (a section label from the page), not copy: remove it or move it to the story's section field`
  }),
  /** A photo or design credit (`设计/杨倩`, `AP Photo/…`). */
  credit: wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是图片或版式署名，不属于正文：删除，或移到图片说明`,
    en: ({ shown }) => `${quote(shown, "en")} is a photo or design credit, not copy: remove it or move it to the picture's caption`
  }),
  /** A photo caption with its credit, inside the body. */
  caption: wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是图片说明（带摄影署名），夹在正文中：移到图片旁，或删除`,
    en: ({ shown }) => `${quote(shown, "en")} is a photo caption with its credit inside the body: move it to the picture, or remove it`
  }),
  /** A byline in mid-article. */
  byline: wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是署名，却出现在正文中间：删除，或移到稿件开头`,
    en: ({ shown }) => `${quote(shown, "en")} is a byline in mid-article: remove it or move it to the top of the story`
  }),
  /** A second title block with its byline in mid-article (`shown` is its first line). */
  "title-block": wording<Shown>({
    zh: ({ shown }) => `正文中间出现了另一组标题和署名（${quote(shown, "zh")}…）：多半是版面上另一篇稿件或本稿标题误入，删除或移到开头`,
    en: ({ shown }) => `A second title block with its byline (${quote(shown, "en")}…) sits in mid-article: remove it or move it to the top`
  }),
  /** A jump line (`（下转第二版）`, `Continued on Page 3`). */
  jump: wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是转版提示，稿件已合并，不再需要：删除`,
    en: ({ shown }) => `${quote(shown, "en")} is a jump line from the printed page; the story is whole here: remove it`
  }),
  /** A web page's link or button label (`［详细］`, `［我来说两句］`, `Read more`). */
  link: wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是网页上的链接或按钮文字，不是正文：删除`,
    en: ({ shown }) => `${quote(shown, "en")} is a link or button label from a web page, not copy: remove it`
  }),
  /** A wire service's sign-off or end-of-text mark (`Reuter`, `&#3;`, `-30-`). */
  "sign-off": wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是通讯社电稿的结束标记，不是正文：删除`,
    en: ({ shown }) => `${quote(shown, "en")} is a wire service's sign-off or end-of-text mark, not copy: remove it`
  }),
  /** A page header, footer, folio or masthead line from a PDF or printed page. */
  "page-header": wording<Shown>({
    zh: ({ shown }) => `${quote(shown, "zh")}是页眉、页脚或报头信息，不是正文：删除`,
    en: ({ shown }) => `${quote(shown, "en")} is a page header, footer, folio or masthead line, not copy: remove it`
  })
});

export const suggestions = defineMessages({
  "remove-furniture": wording({ zh: () => "删除", en: () => "Remove it" })
});
