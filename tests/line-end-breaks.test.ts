// Words broken at the end of a line in hard-wrapped English copy (src/text/wrap-breaks.ts) and the
// one finding per paragraph no-truncated-sentence reports for them.
import fs from "node:fs";
import path from "node:path";
import { TextlintKernel } from "@textlint/kernel";
import { buildModel, plugins } from "./support/build-model.js";
import { lineEndWordBreaks } from "../src/text/wrap-breaks.js";
import rule from "../rules/no-truncated-sentence/rule.js";

const fixture = (name: string) => fs.readFileSync(path.join(import.meta.dirname, "fixtures/text-model", name), "utf8");

async function breaksOf(text: string) {
  const model = await buildModel(text, ".txt");
  return { model, breaks: model.paragraphs.flatMap((p) => lineEndWordBreaks(model, p).map((b) => ({ ...b, line: model.lineOf(b.start) }))) };
}

describe("line-end word breaks in OCR'd copy", () => {
  it("finds hyphenated and unhyphenated breaks, and mends each as the copy spells the word", async () => {
    const { model, breaks } = await breaksOf(fixture("ocr-wrapped-en.txt"));
    expect(model.layout).toBe("hard-wrapped");
    expect(breaks.map((b) => `${b.left}${b.hyphen}|${b.right} → ${b.joined}`)).toEqual([
      "con-|clude → conclude",
      "to-|day → today",
      "open|ed → opened",
      "commis|sioners → commissioners",
      "Com|mittees → Committees",
      "three-|eighth → three-eighth", // `three` is a word of the copy and `threeeighth` none: the hyphen stays
      "busi-|ness → business"
    ]);
    // Every edit spans exactly the hyphen, the line break and the indent.
    for (const b of breaks) expect(model.source.slice(b.start, b.end)).toMatch(/^[-\u00ad]?\r?\n[ \t]*$/u);
  });

  it("joins two words into a third only where the second is not a function word or the copy uses the joined word", async () => {
    // en-raw/chronam-1916/0084: `Out` + `by` would make `outby` (in the word list, not in the copy);
    // `be` + `fore` makes `before`, which the copy uses. `ques-` + `tions` is broken beyond doubt.
    const lines = [
      "The county board met before noon on Monday and heard the ques-",
      "tions of the farmers who had come in from the country to be",
      "fore the commis-",
      "sioners. They waited a long time for an answer from the board. Out",
      "by the road the wagons stood in a line waiting for the men who",
      "had come to the meeting in the county seat from the farms nearby.",
      ""
    ];
    // After a page of the same OCR'd copy, so the layout and the vocabulary are a page's.
    const page = fixture("ocr-wrapped-en.txt");
    const first = page.split("\n").length;
    const { breaks } = await breaksOf(`${page}\n${lines.join("\n")}`);
    const mine = breaks.filter((b) => b.line > first);
    expect(mine.map((b) => `${b.left}${b.hyphen}|${b.right} → ${b.joined}`)).toEqual([
      "ques-|tions → questions",
      "be|fore → before",
      "commis-|sioners → commissioners"
    ]);
  });

  it("joins a line that opens on no word to the line above, where OCR garbled a half or the word is a name", async () => {
    // en-raw/chronam-1916: OCR drops hyphens and garbles letters; names are in no word list.
    const lines = [
      "The directors of the district met with the teacher from Cali",
      "fornia and the subscribers of the second part mi",
      "ncsseth that the parties agree to hire a teacher at ten pounds",
      "trom the fund, and in every respect",
      "ns above stipulated; Daniel",
      "uhhfi was the clerk of the board that day.",
      ""
    ];
    const page = fixture("ocr-wrapped-en.txt");
    const first = page.split("\n").length;
    const { breaks } = await breaksOf(`${page}\n${lines.join("\n")}`);
    const mine = breaks.filter((b) => b.line > first);
    expect(mine.map((b) => `${b.left}${b.hyphen}|${b.right} → ${b.joined}`)).toEqual([
      "Cali|fornia → California", // neither half is a word
      "mi|ncsseth → mincsseth" // `mi` is in the word list but not the copy; one unattested trigram (`css`) is one OCR slip
      // `pounds` + `trom`: `pounds` is a whole word (OCR garbled `from`);
      // `respect` + `ns`: two letters are as often a garbled `as`;
      // `Daniel` + `uhhfi`: no English word holds `uhh` or `hhf`, so two garbled words, not one
    ]);
  });

  it("leaves wire copy that wraps between words alone (`turn`+`around`, `a`+`top`, `semi-`+`annual`)", async () => {
    const { model, breaks } = await breaksOf(fixture("wire-wrapped-en.txt"));
    expect(model.layout).toBe("hard-wrapped");
    expect(breaks).toEqual([]);
  });

  it("reports one finding per paragraph with a suggestion that joins its broken words", async () => {
    const text = fixture("ocr-wrapped-en.txt");
    const result = await new TextlintKernel().lintText(text, { ext: ".txt", plugins, rules: [{ ruleId: "t", rule }] });
    const found = result.messages.filter((m) => m.message.startsWith("A word broken at a line end"));
    expect(found.map((m) => [m.line, m.message])).toEqual([
      [2, 'A word broken at a line end: "con-⏎clude" → "conclude", and 2 more in this paragraph; join the halves'],
      [8, 'A word broken at a line end: "commis⏎sioners" → "commissioners"; join the halves'],
      [12, 'A word broken at a line end: "Com⏎mittees" → "Committees", and 1 more in this paragraph; join the halves'],
      [18, 'A word broken at a line end: "busi-⏎ness" → "business"; join the halves']
    ]);
    const suggestion = (found[0] as unknown as { suggestions: { id: string; fix: { range: [number, number]; text: string } }[] }).suggestions[0]!;
    expect(suggestion.id).toBe("join-line-end-words");
    expect(suggestion.fix.text).toContain("will conclude its labors for the regular session today. On motion the road was declared opened as");
    expect(found.every((m) => !m.fix)).toBe(true);
  });
});
