// Reading copy in the encodings Chinese newsrooms actually produce, and writing it back the same way.
// A file is accepted only when its bytes decode to text that encodes back to the very same bytes,
// so `--fix` can never damage the parts of a file it does not change.
import { isUtf8 } from "node:buffer";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5";

export interface DecodedText {
  kind: "text";
  text: string;
  encoding: Encoding;
  /** The file started with a byte order mark, which is not part of `text`. */
  bom: boolean;
}

export type ReadResult = DecodedText | { kind: "binary" } | { kind: "undecodable"; reason: string };

/** Display names, as editors show them. */
export const ENCODING_NAMES: Record<Encoding, string> = {
  "utf-8": "UTF-8",
  "utf-16le": "UTF-16LE",
  "utf-16be": "UTF-16BE",
  gb18030: "GB18030",
  big5: "Big5"
};

/** chardet names of the legacy encodings copydesk reads, and the iconv-lite codec for each. */
const LEGACY: Record<string, Encoding> = { GB18030: "gb18030", Big5: "big5" };
/** Below this chardet confidence (0–100) a guess is not trusted. */
const MIN_CONFIDENCE = 50;
/** chardet looks at this many bytes; the round-trip check then covers the whole file. */
const SAMPLE_BYTES = 256 * 1024;

const BOM_UTF8 = [0xef, 0xbb, 0xbf];

function startsWith(buffer: Uint8Array, bytes: number[]): boolean {
  return buffer.length >= bytes.length && bytes.every((b, i) => buffer[i] === b);
}

function swapBytes(buffer: Buffer): Buffer {
  const copy = Buffer.from(buffer);
  return copy.swap16();
}

function decodeUtf16(body: Buffer, encoding: "utf-16le" | "utf-16be", bom = true): ReadResult {
  if (body.length % 2 !== 0) return { kind: "undecodable", reason: `${ENCODING_NAMES[encoding]} with an odd number of bytes (truncated?)` };
  const le = encoding === "utf-16le" ? body : swapBytes(body);
  let text: string;
  try {
    text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    return { kind: "undecodable", reason: `invalid ${ENCODING_NAMES[encoding]} (unpaired surrogate)` };
  }
  return { kind: "text", text, encoding, bom };
}

/**
 * A UTF-16 or UTF-32 code unit that news copy is made of: line breaks and tabs, Latin, Greek and
 * Cyrillic, general punctuation, CJK punctuation, kana, CJK ideographs, Hangul, full-width forms,
 * surrogates (pairs are checked by the decoder). A unit in the CJK range whose low byte is zero is
 * what ASCII looks like read in the wrong byte order ('a' 0x0061 → 0x6100), so it does not count.
 */
function textLike(unit: number): boolean {
  if (unit === 0x09 || unit === 0x0a || unit === 0x0d) return true;
  if (unit >= 0x20 && unit <= 0x7e) return true;
  if (unit >= 0xa0 && unit <= 0x52f) return true;
  if (unit > 0xff && (unit & 0xff) === 0) return false;
  return (
    (unit >= 0x2000 && unit <= 0x206f) ||
    (unit >= 0x2100 && unit <= 0x27bf) ||
    (unit >= 0x3000 && unit <= 0x30ff) ||
    (unit >= 0x3400 && unit <= 0x4dbf) ||
    (unit >= 0x4e00 && unit <= 0x9fff) ||
    (unit >= 0xac00 && unit <= 0xd7a3) ||
    (unit >= 0xd800 && unit <= 0xdfff) ||
    (unit >= 0xfe30 && unit <= 0xfe4f) ||
    (unit >= 0xff00 && unit <= 0xffef) ||
    unit === 0xfeff
  );
}

/** Share of text-like units in `body` read as 16-bit units of one byte order (sampled). */
function textShare16(body: Buffer, bigEndian: boolean): number {
  const units = Math.min(body.length >> 1, SAMPLE_BYTES >> 1);
  let good = 0;
  for (let i = 0; i < units; i++) if (textLike(bigEndian ? body.readUInt16BE(i * 2) : body.readUInt16LE(i * 2))) good++;
  return units === 0 ? 0 : good / units;
}

/** Share of 32-bit units of one byte order that are text-like code points. */
function textShare32(body: Buffer, bigEndian: boolean): number {
  const units = Math.min(body.length >> 2, SAMPLE_BYTES >> 2);
  let good = 0;
  for (let i = 0; i < units; i++) {
    const cp = bigEndian ? body.readUInt32BE(i * 4) : body.readUInt32LE(i * 4);
    // Beyond the BMP, copy has emoji and the rarer CJK ideographs (extensions B–H), little else.
    if (cp <= 0xffff ? textLike(cp) && !(cp >= 0xd800 && cp <= 0xdfff) : (cp >= 0x1f000 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x323af)) good++;
  }
  return units === 0 ? 0 : good / units;
}

/** Of the units read, at least this share must be text for a byte-order-mark-less guess. */
const WIDE_TEXT_SHARE = 0.95;

/**
 * UTF-16 or UTF-32 saved without a byte order mark (some Windows tools do): recognised by the
 * shape of its units, so such copy is read (UTF-16) or refused (UTF-32), never waved through as
 * "binary". Undefined when the bytes do not look like either.
 */
function sniffWide(body: Buffer): ReadResult | undefined {
  // A few bytes say nothing about their shape.
  if (body.length < 16) return undefined;
  if (body.length >= 4 && body.length % 4 === 0) {
    for (const bigEndian of [false, true]) {
      if (textShare32(body, bigEndian) >= WIDE_TEXT_SHARE) {
        return {
          kind: "undecodable",
          reason: `looks like UTF-32${bigEndian ? "BE" : "LE"} without a byte order mark; UTF-32 is not supported, save it as UTF-8`
        };
      }
    }
  }
  if (body.length >= 2 && body.length % 2 === 0) {
    const le = textShare16(body, false);
    const be = textShare16(body, true);
    const best = Math.max(le, be);
    if (best >= WIDE_TEXT_SHARE && Math.abs(le - be) > 0.05) {
      const decoded = decodeUtf16(body, le > be ? "utf-16le" : "utf-16be", false);
      if (decoded.kind === "text") return decoded;
    }
  }
  return undefined;
}

/** Where mostly-UTF-8 bytes go wrong, for a message the user can act on. */
function invalidUtf8(body: Buffer): string {
  const lossy = body.toString("utf8");
  const bad = lossy.indexOf("\uFFFD");
  const prefix = lossy.slice(0, Math.max(bad, 0));
  const line = prefix.split("\n").length;
  return `invalid UTF-8 at byte ${Buffer.byteLength(prefix)} (line ${line}): a truncated or mixed-encoding file`;
}

/** Decides how a file's bytes are text, or that they are not. */
export async function decodeBuffer(buffer: Buffer): Promise<ReadResult> {
  if (buffer.length === 0) return { kind: "text", text: "", encoding: "utf-8", bom: false };
  if (startsWith(buffer, [0xff, 0xfe, 0x00, 0x00]) || startsWith(buffer, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: "undecodable", reason: "UTF-32 is not supported; save it as UTF-8" };
  }
  if (startsWith(buffer, [0xff, 0xfe])) return decodeUtf16(buffer.subarray(2), "utf-16le");
  if (startsWith(buffer, [0xfe, 0xff])) return decodeUtf16(buffer.subarray(2), "utf-16be");
  const bom = startsWith(buffer, BOM_UTF8);
  const body = bom ? buffer.subarray(3) : buffer;
  // Text in the byte-oriented encodings we read has no NUL bytes; UTF-16/32 without a byte order
  // mark often has, and is recognised by the shape of its units before anything else is tried.
  const hasNul = body.indexOf(0) !== -1;
  if (!hasNul && isUtf8(body)) return { kind: "text", text: body.toString("utf8"), encoding: "utf-8", bom };
  if (bom) return { kind: "undecodable", reason: "starts with a UTF-8 byte order mark but is not valid UTF-8" };
  const wide = sniffWide(body);
  if (wide) return wide;
  if (hasNul) return { kind: "binary" };

  const chardet = (await import("chardet")).default;
  const matches = chardet.analyse(body.subarray(0, SAMPLE_BYTES));
  // On a tie (EUC-JP and GB18030 share byte ranges) prefer an encoding copydesk reads.
  const top = matches[0]?.confidence;
  const best = matches.find((m) => m.confidence === top && LEGACY[m.name]) ?? matches[0];
  if (!best) return { kind: "undecodable", reason: "not UTF-8, and the encoding cannot be recognised" };
  if (best.name === "UTF-8") return { kind: "undecodable", reason: invalidUtf8(body) };
  const encoding = LEGACY[best.name];
  const guess = `${best.name}, ${best.confidence}% confidence`;
  if (!encoding) return { kind: "undecodable", reason: `not UTF-8, GB18030, Big5 or UTF-16 (looks like ${guess})` };
  if (best.confidence < MIN_CONFIDENCE) return { kind: "undecodable", reason: `not UTF-8; maybe ${guess}, too unsure to read` };
  const iconv = (await import("iconv-lite")).default;
  const text = iconv.decode(body, encoding, { stripBOM: false });
  if (text.includes("\uFFFD") || !iconv.encode(text, encoding, { addBOM: false }).equals(body)) {
    return { kind: "undecodable", reason: `looks like ${guess}, but some bytes are not valid ${ENCODING_NAMES[encoding]}` };
  }
  return { kind: "text", text, encoding, bom: false };
}

/**
 * Encodes text back into a file's encoding. Throws when the text has characters the encoding
 * cannot hold (a fix that adds a simplified character to Big5 copy), instead of writing `?`.
 */
export async function encodeText(text: string, encoding: Encoding, bom: boolean): Promise<Buffer> {
  switch (encoding) {
    case "utf-8":
      return Buffer.concat([Buffer.from(bom ? BOM_UTF8 : []), Buffer.from(text, "utf8")]);
    case "utf-16le":
      return Buffer.concat([Buffer.from(bom ? [0xff, 0xfe] : []), Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return Buffer.concat([Buffer.from(bom ? [0xfe, 0xff] : []), swapBytes(Buffer.from(text, "utf16le"))]);
    default: {
      const iconv = (await import("iconv-lite")).default;
      const bytes = iconv.encode(text, encoding, { addBOM: false });
      if (iconv.decode(bytes, encoding, { stripBOM: false }) !== text) {
        throw new Error(`the fixed text has characters that ${ENCODING_NAMES[encoding]} cannot encode`);
      }
      return bytes;
    }
  }
}
