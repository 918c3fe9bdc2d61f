// The text copydesk lints for a Word document, from mammoth's raw text: one paragraph per line.
// No Node APIs here: the web page uses it too (with mammoth's browser build).

/** A .docx is a zip archive: its bytes start with a local file header. */
export function looksLikeZip(bytes: Uint8Array | string): boolean {
  if (typeof bytes === "string") return bytes.startsWith("PK\u0003\u0004");
  return bytes.length >= 4 && bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 3 && bytes[3] === 4;
}

/**
 * mammoth's raw text ends every paragraph with a blank line and drops manual line breaks; here
 * each paragraph is one line (empty paragraphs stay as empty lines) and a line break inside one
 * run of text reads as a space, so line N of the text is paragraph N of the document.
 */
export function docxRawTextToLines(raw: string): string {
  const paragraphs = raw.split("\n\n");
  if (paragraphs[paragraphs.length - 1] === "") paragraphs.pop();
  return paragraphs.map((p) => p.replace(/\r\n|[\r\n\u2028\u2029]/g, " ")).join("\n") + (paragraphs.length > 0 ? "\n" : "");
}
