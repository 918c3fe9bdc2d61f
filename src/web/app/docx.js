// Word files for the page, loaded only when one is opened (a bundle of its own: mammoth's browser
// build is five times the size of the page): the text as the CLI reads it, one paragraph per line.
import mammoth from "mammoth";
import { docxRawTextToLines, looksLikeZip } from "../../formats/docx-text.ts";

/**
 * @param {Uint8Array} bytes
 * @returns {Promise<string>}
 */
export async function wordText(bytes) {
  if (!looksLikeZip(bytes)) throw new Error("not a zip archive");
  const arrayBuffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
  return docxRawTextToLines((await mammoth.extractRawText({ arrayBuffer: /** @type {ArrayBuffer} */ (arrayBuffer) })).value);
}
