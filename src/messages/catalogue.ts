// Messages by id, ESLint-style: each rule's wordings live in one catalogue (`src/messages/<rule>.ts`),
// keyed by a stable kebab-case id, each with its Chinese and English wording as a function of the
// finding's data. A finding's check id is `<rule-id>/<message-id>`; the language server shows it as
// the diagnostic's code and SARIF as the result's rule, so ids never change once published.
import type { Lang } from "../text/language.js";

/** One message in both languages, as a function of its data (`void`: a message without data). */
export type Wording<Data = void> = { readonly [L in Lang]: (data: Data) => string };

/** A rule's messages by id. */
export type Messages = { readonly [id: string]: Wording<any> };

/** One message's wordings, typed by the data it takes: `wording<{ n: number }>({ zh: …, en: … })`. */
export function wording<Data = void>(text: Wording<Data>): Wording<Data> {
  return text;
}

/** Keeps each wording's data type, so `say` checks the data it is given. */
export function defineMessages<M extends Messages>(messages: M): M {
  return messages;
}

type DataOf<W> = W extends Wording<infer Data> ? Data : never;
/** The data argument, omitted for a message that takes none. */
type DataArgs<W> = [DataOf<W>] extends [void] ? [] : [data: DataOf<W>];

/** The wording `id` in `locale`, filled with `data`. */
export function say<M extends Messages, K extends keyof M & string>(messages: M, id: K, locale: Lang, ...data: DataArgs<M[K]>): string {
  return messages[id]![locale](data[0] as DataOf<M[K]>);
}

/** What a rule declares for its findings: its id, its findings' messages and its suggestions' wordings. */
export interface MessageSource<M extends Messages, S extends Messages = Messages> {
  readonly id: string;
  /** By check id: a finding's id is `<rule-id>/<key>`. */
  readonly messages: M;
  /** By suggestion id (`join-paragraphs`), the name editors offer a suggestion by. */
  readonly suggestions?: S;
}

/**
 * A finding's stable check id, its message and the language it speaks (kept so a summary of many
 * findings speaks the same language): spread into `reportFinding`'s finding.
 */
export function check<M extends Messages, K extends keyof M & string>(
  rule: MessageSource<M>,
  id: K,
  locale: Lang,
  ...data: DataArgs<M[K]>
): { checkId: string; message: string; locale: Lang } {
  return { checkId: `${rule.id}/${id}`, message: say(rule.messages, id, locale, ...data), locale };
}

/** A suggestion's stable id and its wording in `locale`: spread into a `Suggestion`. */
export function suggest<S extends Messages, K extends keyof S & string>(
  rule: { readonly suggestions: S },
  id: K,
  locale: Lang,
  ...data: DataArgs<S[K]>
): { id: K; message: string } {
  return { id, message: say(rule.suggestions, id, locale, ...data) };
}
