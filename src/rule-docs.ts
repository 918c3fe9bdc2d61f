// Where each rule is documented, and the stable id of the check behind a textlint message.
import type { TextlintMessage } from "@textlint/types";

/** The repository (package.json `repository`); each rule's page is `docs/rules/<rule-id>.md` in it. */
export const REPOSITORY_URL = "https://github.com/copydesk/copydesk";

/** The prefix stock textlint gives the preset's rule ids (as `rules/index.ts` exports it). */
const PREFIX = "copydesk/";

/** The rule's docs page for a copydesk rule id (`copydesk/<rule-id>`), else undefined. */
export function ruleDocsUrl(ruleId: string): string | undefined {
  if (!ruleId.startsWith(PREFIX)) return undefined;
  const id = ruleId.slice(PREFIX.length);
  return /^[a-z0-9-]+$/u.test(id) ? `${REPOSITORY_URL}/blob/main/docs/rules/${id}.md` : undefined;
}

/**
 * The check id a copydesk finding carries (`<rule-id>/<message-id>`, in the message's `data`),
 * when it belongs to the message's rule; undefined for other rules' messages.
 */
export function checkIdOf(message: Pick<TextlintMessage, "ruleId" | "data">): string | undefined {
  const id = (message.data as { checkId?: unknown } | undefined)?.checkId;
  if (typeof id !== "string" || !message.ruleId.startsWith(PREFIX)) return undefined;
  return id.startsWith(`${message.ruleId.slice(PREFIX.length)}/`) ? id : undefined;
}
