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

function decodeUtf16(body: Buffer, encoding: "utf-16le" | "utf-16be"): ReadResult {
  if (body.length % 2 !== 0) return { kind: "undecodable", reason: `${ENCODING_NAMES[encoding]} with an odd number of bytes (truncated?)` };
  const le = encoding === "utf-16le" ? body : swapBytes(body);
  let text: string;
  try {
    text = new TextDecoder("utf-16le", { fatal: true, ignoreBOM: true }).decode(le);
  } catch {
    return { kind: "undecodable", reason: `invalid ${ENCODING_NAMES[encoding]} (unpaired surrogate)` };
  }
  return { kind: "text", text, encoding, bom: true };
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
  // Text in any encoding we read has no NUL bytes (UTF-16 without a BOM is not guessed).
  if (body.indexOf(0) !== -1) return { kind: "binary" };
  if (isUtf8(body)) return { kind: "text", text: body.toString("utf8"), encoding: "utf-8", bom };
  if (bom) return { kind: "undecodable", reason: "starts with a UTF-8 byte order mark but is not valid UTF-8" };

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
      return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    case "utf-16be":
      return Buffer.concat([Buffer.from([0xfe, 0xff]), swapBytes(Buffer.from(text, "utf16le"))]);
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
