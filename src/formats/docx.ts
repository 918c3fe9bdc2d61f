// Word files as copy. mammoth reads the document body (runs, tracked insertions, hyperlinks,
// tables, text boxes; not deleted text, footnotes or comments); copydesk lints the text it gives,
// one Word paragraph per line, so "line N" in a finding is the document's Nth paragraph
// (empty paragraphs count). Findings point at that text; --fix never writes a .docx.
import fs from "node:fs/promises";

export const DOCX_EXTENSIONS: readonly string[] = [".docx"];

/** A .docx is a zip archive: its bytes start with a local file header. */
export function looksLikeZip(bytes: Uint8Array | string): boolean {
  if (typeof bytes === "string") return bytes.startsWith("PK\u0003\u0004");
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

export function isDocxPath(file: string): boolean {
  return DOCX_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
}

/**
 * The text of a Word document, one paragraph per line. mammoth ends every paragraph with a blank
 * line and drops manual line breaks; a line break inside one run of text reads as a space.
 */
export async function docxText(bytes: Uint8Array): Promise<string> {
  if (!looksLikeZip(bytes)) throw new Error("not a Word (.docx) file: it is not a zip archive");
  const mammoth = (await import("mammoth")).default;
  let value: string;
  try {
    ({ value } = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) }));
  } catch (error) {
    const reason = error instanceof Error ? error.message.split("\n")[0] : String(error);
    throw new Error(`not a readable Word (.docx) file: ${reason}`);
  }
  const paragraphs = value.split("\n\n");
  if (paragraphs[paragraphs.length - 1] === "") paragraphs.pop();
  return paragraphs.map((p) => p.replace(/\r\n|[\r\n\u2028\u2029]/g, " ")).join("\n") + (paragraphs.length > 0 ? "\n" : "");
}

export async function readDocxFile(file: string): Promise<string> {
  return docxText(await fs.readFile(file));
}
