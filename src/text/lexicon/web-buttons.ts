// Link and button labels of a web page that a crawl or a CMS copy keeps inside the story's text
// (`……无法保障［详细］`, `［我来说两句］`). In square brackets (full-width `［］`, `[]` or `【】`) they
// are the page's, not the story's. Sorted by code point; each with where it comes from.
// Not 评论 or 相关新闻: 【评论】 and 【相关新闻】 head a story's own comment or related box.

export const ZH_WEB_BUTTONS: ReadonlySet<string> = new Set([
  "全文", // 查看全文 / ［全文］: a teaser's link to the whole story
  "图集", // ［图集］: link to a photo gallery
  "我来说两句", // Sohu's comment button (sogoucs-smarty)
  "打印", // print button
  "更多", // ［更多］: more items of a list
  "更多消息", // ［更多消息］ (sogoucs-smarty)
  "查看原文", // a repost's link to its source
  "现场视频", // ［现场视频］: link to a video (sogoucs-smarty)
  "详细", // ［详细］: a teaser's link to the whole story (sogoucs-smarty)
  "进入测试", // ［进入测试］: link to a quiz (sogoucs-smarty)
  "点击进入", // click-to-enter link
  "返回", // back link
  "返回首页", // back-to-home link
  "关闭窗口" // close-window button of an article page
]);

/** English link and button labels standing alone as a paragraph. */
export const EN_WEB_BUTTONS: ReadonlySet<string> = new Set([
  "Advertisement", // an ad slot's label between paragraphs
  "Continue reading", // a teaser's link
  "Read more", // a teaser's link
  "Skip advertisement" // an ad slot's skip link
]);
