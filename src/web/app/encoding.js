// Reading dropped files in the encodings the CLI reads (src/cli/encoding.ts), with the browser's
// own TextDecoder instead of iconv-lite, and writing the edited text back the same way. The
// decisions are the CLI's: byte order marks first, UTF-8 when the bytes are valid UTF-8, else
// chardet's guess (GB18030 or Big5, at 50% confidence or more), accepted only when every byte
// decodes and the text encodes back to the very same bytes.
import chardet from "chardet";

/** @typedef {"utf-8" | "utf-16le" | "utf-16be" | "gb18030" | "big5"} Encoding */

export const ENCODING_NAMES = { "utf-8": "UTF-8", "utf-16le": "UTF-16LE", "utf-16be": "UTF-16BE", gb18030: "GB18030", big5: "Big5" };

const LEGACY = { GB18030: "gb18030", Big5: "big5" };
const MIN_CONFIDENCE = 50;
const SAMPLE_BYTES = 256 * 1024;

function startsWith(bytes, prefix) {
  return bytes.length >= prefix.length && prefix.every((b, i) => bytes[i] === b);
}

function strictDecode(label, bytes) {
  try {
    return new TextDecoder(label, { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return undefined;
  }
}

const reason = (en, zh) => ({ en, zh });

/**
 * @param {Uint8Array} bytes
 * @returns {{kind: "text", text: string, encoding: Encoding, bom: boolean} | {kind: "binary"} | {kind: "undecodable", reason: {en: string, zh: string}}}
 */
export function decodeBytes(bytes) {
  if (bytes.length === 0) return { kind: "text", text: "", encoding: "utf-8", bom: false };
  if (startsWith(bytes, [0xff, 0xfe, 0x00, 0x00]) || startsWith(bytes, [0x00, 0x00, 0xfe, 0xff])) {
    return { kind: "undecodable", reason: reason("UTF-32 is not supported; save it as UTF-8", "不支持 UTF-32，请另存为 UTF-8") };
  }
  /** @type {[number[], "utf-16le" | "utf-16be"][]} */
  const utf16 = [
    [[0xff, 0xfe], "utf-16le"],
    [[0xfe, 0xff], "utf-16be"]
  ];
  for (const [prefix, encoding] of utf16) {
    if (!startsWith(bytes, prefix)) continue;
    const body = bytes.subarray(2);
    const name = ENCODING_NAMES[encoding];
    if (body.length % 2 !== 0)
      return { kind: "undecodable", reason: reason(`${name} with an odd number of bytes (truncated?)`, `${name} 文件字节数为奇数（可能不完整）`) };
    const text = strictDecode(encoding, body);
    if (text === undefined)
      return { kind: "undecodable", reason: reason(`invalid ${name} (unpaired surrogate)`, `${name} 编码有误（代理项不成对）`) };
    return { kind: "text", text, encoding, bom: true };
  }
  const bom = startsWith(bytes, [0xef, 0xbb, 0xbf]);
  const body = bom ? bytes.subarray(3) : bytes;
  if (body.includes(0)) return { kind: "binary" };
  const utf8 = strictDecode("utf-8", body);
  if (utf8 !== undefined) return { kind: "text", text: utf8, encoding: "utf-8", bom };
  if (bom)
    return {
      kind: "undecodable",
      reason: reason("starts with a UTF-8 byte order mark but is not valid UTF-8", "有 UTF-8 字节顺序标记，内容却不是有效的 UTF-8")
    };

  const best = chardet.analyse(body.subarray(0, SAMPLE_BYTES))[0];
  if (!best) return { kind: "undecodable", reason: reason("not UTF-8, and the encoding cannot be recognised", "不是 UTF-8，也无法识别编码") };
  const encoding = LEGACY[best.name];
  const guess = `${best.name}, ${best.confidence}%`;
  if (!encoding)
    return {
      kind: "undecodable",
      reason: reason(`not UTF-8, GB18030, Big5 or UTF-16 (looks like ${guess})`, `不是 UTF-8、GB18030、Big5 或 UTF-16（疑似 ${guess}）`)
    };
  if (best.confidence < MIN_CONFIDENCE)
    return { kind: "undecodable", reason: reason(`not UTF-8; maybe ${guess}, too unsure to read`, `不是 UTF-8；可能是 ${guess}，把握不足`) };
  const text = strictDecode(encoding, body);
  const name = ENCODING_NAMES[encoding];
  if (text === undefined || text.includes("\uFFFD") || !sameBytes(encodeLegacy(text, encoding), body)) {
    return {
      kind: "undecodable",
      reason: reason(`looks like ${guess}, but some bytes are not valid ${name}`, `疑似 ${guess}，但部分字节不是有效的 ${name}`)
    };
  }
  return { kind: "text", text, encoding, bom: false };
}

function sameBytes(a, b) {
  if (!a || a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * Encodes text for download in the file's own encoding. Returns undefined when the encoding
 * cannot hold the text (a fix that put a simplified character into Big5 copy).
 * @param {string} text @param {Encoding} encoding @param {boolean} bom
 * @returns {Uint8Array | undefined}
 */
export function encodeText(text, encoding, bom) {
  switch (encoding) {
    case "utf-8": {
      const body = new TextEncoder().encode(text);
      if (!bom) return body;
      const out = new Uint8Array(body.length + 3);
      out.set([0xef, 0xbb, 0xbf]);
      out.set(body, 3);
      return out;
    }
    case "utf-16le":
    case "utf-16be": {
      const out = new Uint8Array(2 + text.length * 2);
      const view = new DataView(out.buffer);
      const little = encoding === "utf-16le";
      view.setUint16(0, 0xfeff, little);
      for (let i = 0; i < text.length; i++) view.setUint16(2 + i * 2, text.charCodeAt(i), little);
      return out;
    }
    default:
      return encodeLegacy(text, encoding);
  }
}

/** Reverse tables of the browser's own decoders, built on first use. */
const tables = new Map();

function reverseTable(encoding) {
  let table = tables.get(encoding);
  if (table) return table;
  table = new Map();
  const decoder = new TextDecoder(encoding);
  const add = (bytes) => {
    const char = decoder.decode(bytes);
    // One character, not a replacement or a pair of code points (Big5's HKSCS combinations).
    if (char === "\uFFFD" || [...char].length !== 1 || char.codePointAt(0) < 0x80 || table.has(char)) return;
    table.set(char, bytes);
  };
  if (encoding === "big5") {
    // The standard Big5 range first, then the HKSCS extension (leads 0x81–0xA0).
    for (const lead of [...range(0xa1, 0xfe), ...range(0x81, 0xa0)]) {
      for (const trail of [...range(0x40, 0x7e), ...range(0xa1, 0xfe)]) add(Uint8Array.of(lead, trail));
    }
  } else {
    for (const lead of range(0x81, 0xfe)) {
      for (const trail of [...range(0x40, 0x7e), ...range(0x80, 0xfe)]) add(Uint8Array.of(lead, trail));
    }
    // Four-byte sequences of the Basic Multilingual Plane; supplementary planes are computed.
    for (const b1 of range(0x81, 0x84))
      for (const b2 of range(0x30, 0x39)) for (const b3 of range(0x81, 0xfe)) for (const b4 of range(0x30, 0x39)) add(Uint8Array.of(b1, b2, b3, b4));
  }
  tables.set(encoding, table);
  return table;
}

function* range(from, to) {
  for (let i = from; i <= to; i++) yield i;
}

function encodeLegacy(text, encoding) {
  const table = reverseTable(encoding);
  const out = [];
  for (const char of text) {
    const cp = char.codePointAt(0);
    if (cp < 0x80) {
      out.push(cp);
      continue;
    }
    const bytes = table.get(char);
    if (bytes) {
      out.push(...bytes);
    } else if (encoding === "gb18030" && cp >= 0x10000) {
      let pointer = cp - 0x10000 + 189000;
      const b4 = pointer % 10;
      pointer = Math.floor(pointer / 10);
      const b3 = pointer % 126;
      pointer = Math.floor(pointer / 126);
      const b2 = pointer % 10;
      const b1 = Math.floor(pointer / 10);
      out.push(b1 + 0x81, b2 + 0x30, b3 + 0x81, b4 + 0x30);
    } else {
      return undefined;
    }
  }
  const bytes = Uint8Array.from(out);
  // Belt and braces: what we write must read back as the same text.
  return new TextDecoder(encoding).decode(bytes) === text ? bytes : undefined;
}
