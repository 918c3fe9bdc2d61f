// How a paragraph of Chinese news copy opens when it is copy and not a title: with a dateline
// (`本报北京6月30日电  （记者…）`) or with a sentence's time or source and its comma (`10月26日，`,
// `近日，`). The layout starts a paragraph at a dateline, the roles never take one for a heading,
// and no-truncated-sentence holds either to a full stop.
import { ZH_DATELINE_SOURCES } from "./lexicon/zh-dateline-sources.js";
import { ZH_NARRATIVE_OPENERS } from "./lexicon/zh-narrative-openers.js";
import { ZH_DATELINE_OPENERS } from "./lexicon/zh-dateline-openers.js";
import { alternation } from "./punctuation.js";

/** `本报讯`, `本报北京6月30日电`, `新华社联合国7月11日电`, `据新华社布鲁塞尔电`. */
const ZH_NEWS_DATELINE = new RegExp(`^[\\s\\u3000]*(?:据)?(?:本报讯|(?:${alternation(ZH_DATELINE_SOURCES)})[^，。：\\s]{0,12}电)`, "u");

/**
 * A date (`2023年9月25日上午`, `10月9日至12日`, `8月25日至8月27日`, `2003年7月`) or a listed
 * adverbial, then the comma.
 */
const ZH_DAY = "\\d{1,2}月\\d{1,2}日";
const ZH_NARRATIVE_OPENING = new RegExp(
  `^[\\s\\u3000]*(?:(?:\\d{4}年)?(?:${ZH_DAY}(?:至(?:\\d{1,2}月)?\\d{1,2}日)?(?:上午|下午|中午|晚上|晚间|凌晨|早上|傍晚)?|\\d{4}年\\d{1,2}月)|${alternation(ZH_NARRATIVE_OPENERS)})，`,
  "u"
);

export function opensWithNewsDateline(text: string): boolean {
  return ZH_NEWS_DATELINE.test(text);
}

export function opensNarrative(text: string): boolean {
  return ZH_NARRATIVE_OPENING.test(text);
}

/** A dateline or a source line (`本报北京8月1日电`, `（记者 张三）`) opens a new story, whatever the line before it. */
export function opensWithSourceLine(head: string): boolean {
  for (const opening of ZH_DATELINE_OPENERS) if (head.startsWith(opening)) return true;
  return false;
}
