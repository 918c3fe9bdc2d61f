// HTML as copy: what of an HTML document an editor reads, and which edits keep its markup whole.
// The AST comes from textlint-plugin-html; this module only knows about the markup itself.

/** Elements whose content is not copy: scripts, styles, templates and the document head's title. */
export const NON_COPY_ELEMENTS: ReadonlySet<string> = new Set(["noscript", "script", "style", "template", "title"]);

/**
 * Inline (phrasing) elements: text inside them belongs to the surrounding block. Anything else
 * the HTML plugin emits as its own node type is a block, and copy directly inside it (a `<div>`
 * or `<td>` without `<p>`) is a paragraph of its own.
 */
export const INLINE_NODE_TYPES: ReadonlySet<string> = new Set([
  // textlint's own inline types (the plugin maps <a>, <em>, <strong>, <code>, <img>, <del>, <br> to them)
  "Break",
  "Code",
  "Delete",
  "Emphasis",
  "Image",
  "Link",
  "Str",
  "Strong",
  // HTML phrasing elements the plugin keeps under their own names
  "a",
  "abbr",
  "b",
  "bdi",
  "bdo",
  "big",
  "br",
  "break",
  "cite",
  "data",
  "dfn",
  "font",
  "i",
  "ins",
  "kbd",
  "mark",
  "q",
  "rp",
  "rt",
  "ruby",
  "s",
  "samp",
  "small",
  "span",
  "strike",
  "sub",
  "sup",
  "time",
  "tt",
  "u",
  "var",
  "wbr"
]);

/** Character references copy actually carries (CMS exports of Chinese and English stories). */
const NAMED_ENTITIES: Readonly<Record<string, string>> = {
  amp: "&",
  apos: "'",
  bull: "•",
  copy: "©",
  emsp: "\u2003",
  ensp: "\u2002",
  gt: ">",
  hellip: "…",
  laquo: "«",
  ldquo: "“",
  lsquo: "‘",
  lt: "<",
  mdash: "—",
  middot: "·",
  nbsp: "\u00a0",
  ndash: "–",
  quot: '"',
  raquo: "»",
  rdquo: "”",
  reg: "®",
  rsquo: "’",
  shy: "\u00ad",
  thinsp: "\u2009",
  times: "×",
  yen: "¥"
};

const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[a-zA-Z][a-zA-Z0-9]{1,9});/g;

/**
 * Character references decoded in place: the character takes the reference's first position
 * and the rest of it is blanked with spaces, so the text keeps its length and every offset still
 * points into the source. `&ldquo;` reads as `“` followed by six spaces.
 */
export function decodeEntitiesInPlace(text: string): string {
  if (!text.includes("&")) return text;
  return text.replace(ENTITY, (whole, body: string) => {
    let ch: string | undefined;
    if (body[0] === "#") {
      const cp = body[1] === "x" || body[1] === "X" ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      ch = cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : undefined;
    } else {
      ch = NAMED_ENTITIES[body];
    }
    if (ch === undefined || ch.length > whole.length) return whole;
    return ch + " ".repeat(whole.length - ch.length);
  });
}

/** Void elements: no closing tag. */
const VOID = new Set(["area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"]);

const TAG = /<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^<>]*?(\/?)>|<!--|-->/g;

/**
 * Whether replacing `source[from..to)` with `text` leaves the markup as well-formed as it was:
 * the replacement is plain text (no `<` or `&`), no comment is cut, and the tags removed close
 * exactly the elements they reopen (`…</p>\n<p>…` joins or drops paragraphs; `…</p><div><p>…`
 * would leave a `<div>` unclosed). An edit that fails is offered as a finding without a fix.
 */
export function editKeepsMarkup(source: string, from: number, to: number, text: string): boolean {
  if (/[<>&]/.test(text)) return false;
  const removed = source.slice(from, to);
  if (!/[<>]/.test(removed)) return true;
  const closedOutside: string[] = [];
  const opened: string[] = [];
  let last = 0;
  for (const m of removed.matchAll(TAG)) {
    // A stray `<` or `>` outside a tag: the range starts or ends inside one.
    if (/[<>]/.test(removed.slice(last, m.index))) return false;
    last = m.index + m[0].length;
    if (m[0] === "<!--" || m[0] === "-->") return false;
    const name = m[2]!.toLowerCase();
    if (VOID.has(name) || m[3] === "/") continue;
    if (m[1] === "/") {
      if (opened.length > 0) {
        if (opened.pop() !== name) return false;
      } else closedOutside.push(name);
    } else opened.push(name);
  }
  if (/[<>]/.test(removed.slice(last))) return false;
  // Elements closed before the range's end must be reopened, innermost last, in the same order.
  if (closedOutside.length !== opened.length) return false;
  return closedOutside.every((name, i) => opened[opened.length - 1 - i] === name);
}
