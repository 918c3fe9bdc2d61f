// Issue 11: property-based tests of the whole preset through textlint's kernel, on generated
// mixed-script, damaged copy. `COPYDESK_PROPERTY_RUNS=2000 npx vitest run tests/preset-properties.test.ts`
// runs the long version.
import fc from "fast-check";
import type { TextlintMessage } from "@textlint/kernel";
import {
  PROPERTY_PARAMS,
  PROPERTY_TIMEOUT,
  applyFixes,
  describeMessage,
  documentArbitrary,
  fix,
  lint,
  plainCopyArbitrary,
  presetRules,
  type Ext
} from "./support/preset-harness.js";

/**
 * textlint's kernel drops a leading U+FEFF from the text it lints and fixes (TextlintSourceCodeImpl);
 * the CLI strips the byte order mark before linting and writes it back (see cli-safety.test.ts).
 * The fixing properties run on the text without it; a separate property checks that a leading
 * BOM changes nothing else.
 */
const withoutBom = (text: string) => text.replace(/^\ufeff+/u, "");

const anyDocument = fc.oneof(
  fc.tuple(documentArbitrary(false), fc.constant<Ext>(".txt")),
  fc.tuple(documentArbitrary(true), fc.constant<Ext>(".md")),
  fc.tuple(documentArbitrary(false), fc.constant<Ext>(".md"))
);

function assertInside(text: string, messages: readonly TextlintMessage[]): void {
  const inside = (s: number, e: number) => Number.isInteger(s) && Number.isInteger(e) && 0 <= s && s <= e && e <= text.length;
  for (const m of messages) {
    const where = describeMessage(m);
    expect(inside(m.range[0], m.range[1]), `range of ${where}`).toBe(true);
    expect(m.loc.start.line >= 1 && m.loc.end.line >= m.loc.start.line, `loc of ${where}`).toBe(true);
    if (m.fix) expect(inside(m.fix.range[0], m.fix.range[1]), `fix of ${where}`).toBe(true);
    for (const s of m.suggestions ?? []) expect(inside(s.fix.range[0], s.fix.range[1]), `suggestion of ${where}`).toBe(true);
    expect(typeof m.message === "string" && m.message.length > 0, `message of ${where}`).toBe(true);
  }
}

describe("hardening: properties of the full preset", () => {
  it(
    "never throws, and every reported range lies inside the document",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyDocument, async ([text, ext]) => {
          assertInside(text, await lint(text, ext));
        }),
        PROPERTY_PARAMS
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "fixes only the ranges it reports: every other character survives, in order",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyDocument, async ([raw, ext]) => {
          const text = withoutBom(raw);
          // The kernel fixes one rule at a time, each on the output of the one before: replay that
          // and check each step against the messages it applied.
          let current = text;
          for (const rule of presetRules) {
            const step = await fix(current, ext, [rule]);
            const messages = await lint(current, ext, [rule]);
            assertInside(current, messages);
            const replayed = applyFixes(current, messages);
            // The kernel's output is the input with exactly the fixes of the reported messages applied.
            expect(step.output).toBe(replayed.output);
            for (const m of replayed.applied) {
              // A fix stays inside the range its message reports; deleting a paragraph may take the
              // line break or space next to it, nothing else.
              const [fs, fe] = m.fix!.range;
              const outside = current.slice(fs, Math.min(fe, m.range[0])) + current.slice(Math.max(fs, m.range[1]), fe);
              expect(/^[\s\u3000]*$/u.test(outside), `${describeMessage(m)} also changes ${JSON.stringify(outside)}`).toBe(true);
            }
            current = step.output;
          }
          expect((await fix(text, ext)).output).toBe(current);
        }),
        PROPERTY_PARAMS
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "fixing is idempotent, and a lint after fixing reports nothing fixable",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyDocument, async ([raw, ext]) => {
          const text = withoutBom(raw);
          const once = (await fix(text, ext)).output;
          const twice = (await fix(once, ext)).output;
          expect(JSON.stringify(twice), `fixed twice; once: ${JSON.stringify(once)}`).toBe(JSON.stringify(once));
          const left = (await lint(once, ext)).filter((m) => m.fix);
          expect(left.map(describeMessage)).toEqual([]);
        }),
        PROPERTY_PARAMS
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "each rule's fix on its own is idempotent and leaves nothing fixable for that rule",
    async () => {
      // The preset as a whole fixes rule by rule, each on the text the one before left, so one rule's
      // edit can change another's context (a join makes a paragraph Chinese, and its `. . .` then
      // reads as a broken Chinese ellipsis). Each rule alone must reach its fixed point in one run.
      await fc.assert(
        fc.asyncProperty(anyDocument, async ([raw, ext]) => {
          const text = withoutBom(raw);
          for (const rule of presetRules) {
            const once = (await fix(text, ext, [rule])).output;
            const twice = (await fix(once, ext, [rule])).output;
            expect(JSON.stringify(twice), `${rule.ruleId} fixed twice; once: ${JSON.stringify(once)}`).toBe(JSON.stringify(once));
          }
        }),
        PROPERTY_PARAMS
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "fixes a document with a leading byte order mark as it fixes the same document without one",
    async () => {
      await fc.assert(
        fc.asyncProperty(anyDocument, async ([raw, ext]) => {
          const text = withoutBom(raw);
          expect((await fix(`\ufeff${text}`, ext)).output).toBe((await fix(text, ext)).output);
        }),
        PROPERTY_PARAMS
      );
    },
    PROPERTY_TIMEOUT
  );

  it(
    "gives the same findings for a .txt and a .md of the same plain copy",
    async () => {
      // "Same": the same rule, range, message and fix for every finding. Plain copy has no
      // Markdown syntax, so both parsers see the same source offsets and nothing differs.
      const key = (m: TextlintMessage) => describeMessage(m) + (m.suggestions ?? []).map((s) => ` ~${s.id ?? ""}`).join("");
      await fc.assert(
        fc.asyncProperty(plainCopyArbitrary(), async (text) => {
          const txt = (await lint(text, ".txt")).map(key).sort();
          const md = (await lint(text, ".md")).map(key).sort();
          expect(md).toEqual(txt);
        }),
        PROPERTY_PARAMS
      );
    },
    PROPERTY_TIMEOUT
  );
});
