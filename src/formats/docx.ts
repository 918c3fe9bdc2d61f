// Word files as copy. mammoth reads the document body (runs, tracked insertions, hyperlinks,
// tables, text boxes; not deleted text, footnotes or comments); copydesk lints the text it gives,
// one Word paragraph per line, so "line N" in a finding is the document's Nth paragraph
// (empty paragraphs count). Findings point at that text; --fix never writes a .docx.
import fs from "node:fs/promises";
import { docxRawTextToLines, looksLikeZip } from "./docx-text.js";

export { looksLikeZip };

export const DOCX_EXTENSIONS: readonly string[] = [".docx"];

export function isDocxPath(file: string): boolean {
  return DOCX_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
}

/** The text of a Word document, one paragraph per line (docx-text.ts). */
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
  return docxRawTextToLines(value);
}

export async function readDocxFile(file: string): Promise<string> {
  return docxText(await fs.readFile(file));
}
