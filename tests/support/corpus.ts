// Runs over a whole corpus are opt-in: the tests read nothing outside the repository unless
// COPYDESK_CORPUS names a corpus directory laid out like the workspace's `shared/corpus`
// (`zh/rmrb-2023/NNNN.txt`, `en/bbc-2005/NNNN.txt`, …), for example
//   COPYDESK_CORPUS=../shared/corpus npx vitest run tests/adversarial-inputs.test.ts
// Without it those tests are skipped, with a note on the console naming what was skipped.
import fs from "node:fs";
import path from "node:path";

/** The corpus directory from `COPYDESK_CORPUS`, resolved against the working directory; undefined when unset. */
export const CORPUS: string | undefined = process.env.COPYDESK_CORPUS ? path.resolve(process.env.COPYDESK_CORPUS) : undefined;

const noted = new Set<string>();

/**
 * The path of `sub` (a source folder such as `zh/rmrb-2023`) inside the corpus, or undefined when
 * no corpus is given or it lacks that folder; then prints, once per folder, why tests are skipped.
 */
export function corpusDir(sub: string): string | undefined {
  const dir = CORPUS ? path.join(CORPUS, sub) : undefined;
  if (dir && fs.existsSync(dir) && fs.statSync(dir).isDirectory()) return dir;
  if (!noted.has(sub)) {
    noted.add(sub);
    const why = CORPUS ? `${dir} is not a directory` : "COPYDESK_CORPUS is not set";
    console.warn(`[copydesk tests] skipping corpus runs over ${sub}: ${why} (set COPYDESK_CORPUS to a corpus directory, e.g. ../shared/corpus)`);
  }
  return undefined;
}

/** `it` that runs only when the corpus has `sub`; the test gets the folder's path. */
export function itWithCorpus(sub: string, name: string, fn: (dir: string) => unknown | Promise<unknown>, timeout?: number): void {
  const dir = corpusDir(sub);
  it.skipIf(dir === undefined)(`${name} [corpus ${sub}]`, () => fn(dir!), timeout);
}

/** `describe` that runs only when the corpus has `sub`; the body gets the folder's path. */
export function describeWithCorpus(sub: string, name: string, body: (dir: string) => void): void {
  const dir = corpusDir(sub);
  describe.skipIf(dir === undefined)(`${name} [corpus ${sub}]`, () => body(dir ?? ""));
}
