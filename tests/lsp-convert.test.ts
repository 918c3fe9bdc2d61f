// Unit tests of the language server's pure conversions (src/lsp/convert.ts, extensionFor).
import { TextDocument } from "vscode-languageserver-textdocument";
import { disableRuleEdit, minimalEdit, severityOf, touches } from "../src/lsp/convert.js";
import { extensionFor } from "../src/lsp/server.js";

const apply = (doc: TextDocument, edit: { range: any; newText: string } | undefined) => (edit ? TextDocument.applyEdits(doc, [edit]) : doc.getText());

describe("disableRuleEdit", () => {
  it("puts the comment first, with a blank line after it", () => {
    const doc = TextDocument.create("file:///a.md", "markdown", 1, "# 标题\n\n正文。\n");
    expect(apply(doc, disableRuleEdit(doc, "copydesk/no-ellipsis-filler"))).toBe(
      "<!-- textlint-disable copydesk/no-ellipsis-filler -->\n\n# 标题\n\n正文。\n"
    );
  });

  it("goes after front matter, which must stay first", () => {
    const doc = TextDocument.create("file:///a.md", "markdown", 1, "---\ntitle: x\n---\nBody text.\n");
    expect(apply(doc, disableRuleEdit(doc, "copydesk/consistent-numerals"))).toBe(
      "---\ntitle: x\n---\n<!-- textlint-disable copydesk/consistent-numerals -->\n\nBody text.\n"
    );
  });

  it("adds the rule to a disable comment already at the top, once", () => {
    const doc = TextDocument.create("file:///a.md", "markdown", 1, "<!-- textlint-disable copydesk/a -->\n\nText\n");
    const once = apply(doc, disableRuleEdit(doc, "copydesk/b"));
    expect(once).toBe("<!-- textlint-disable copydesk/a,copydesk/b -->\n\nText\n");
    const again = TextDocument.create("file:///a.md", "markdown", 2, once);
    expect(apply(again, disableRuleEdit(again, "copydesk/b"))).toBe(once);
  });

  it("keeps CRLF line ends", () => {
    const doc = TextDocument.create("file:///a.md", "markdown", 1, "Text\r\n");
    expect(apply(doc, disableRuleEdit(doc, "copydesk/a"))).toBe("<!-- textlint-disable copydesk/a -->\r\n\r\nText\r\n");
  });
});

describe("minimalEdit", () => {
  it("replaces only what changed", () => {
    const doc = TextDocument.create("file:///a.txt", "plaintext", 1, "第一段。\n\n……\n\n第二段。\n");
    const edit = minimalEdit(doc, "第一段。\n\n第二段。\n")!;
    expect(doc.getText(edit.range).length).toBe(4);
    expect(apply(doc, edit)).toBe("第一段。\n\n第二段。\n");
  });

  it("never splits a surrogate pair", () => {
    // 𠀀 and 𠀁 share their high surrogate: a naive prefix scan would stop between the halves.
    const doc = TextDocument.create("file:///a.txt", "plaintext", 1, "a𠀀b");
    const edit = minimalEdit(doc, "a𠀁b")!;
    expect(edit.newText).toBe("𠀁");
    expect(apply(doc, edit)).toBe("a𠀁b");
  });

  it("gives no edit when nothing changes", () => {
    const doc = TextDocument.create("file:///a.txt", "plaintext", 1, "same");
    expect(minimalEdit(doc, "same")).toBeUndefined();
  });
});

describe("small helpers", () => {
  it("maps textlint severities (1 warning, 2 error, 3 info) to LSP ones", () => {
    expect([severityOf(1), severityOf(2), severityOf(3)]).toEqual([2, 1, 3]);
  });

  it("treats a caret at either end of a finding as touching it", () => {
    expect(touches([5, 10], [10, 10])).toBe(true);
    expect(touches([5, 10], [5, 5])).toBe(true);
    expect(touches([5, 10], [11, 11])).toBe(false);
  });

  it("lints plain text and Markdown only, by language id or extension", () => {
    expect(extensionFor("file:///x/a.md", "")).toBe(".md");
    expect(extensionFor("untitled:Untitled-1", "markdown")).toBe(".md");
    expect(extensionFor("file:///x/a.txt", "")).toBe(".txt");
    expect(extensionFor("untitled:Untitled-2", "plaintext")).toBe(".txt");
    expect(extensionFor("file:///x/a.js", "javascript")).toBeUndefined();
  });
});
