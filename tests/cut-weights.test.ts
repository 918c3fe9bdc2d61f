// The cut detector's shipped weights (src/text/cut/weights.json) are what `npm run train` gives on
// the corpus and seed the file names: a change to the features, the roles or a lexicon the
// detector reads must be followed by a retrain, or the detector runs on weights learned for
// other features. Opt-in (tests/support/corpus.ts): the training corpus is not in the repository.
import { execFileSync } from "node:child_process";
import path from "node:path";
import weights from "../src/text/cut/weights.json" with { type: "json" };
import { CORPUS, corpusDir } from "./support/corpus.js";

const TRAINED_ON = weights.trainedOn.split(" ");
const dirs = TRAINED_ON.map((sub) => corpusDir(sub));

describe("cut detector weights", () => {
  it.skipIf(!CORPUS || dirs.some((d) => d === undefined))(
    `are what npm run train gives on ${weights.trainedOn} [corpus]`,
    () => {
      const script = path.join(import.meta.dirname, "../scripts/train-cut.mjs");
      // --check exits 1 (and execFileSync throws) when the file differs from a fresh training.
      const out = execFileSync(process.execPath, [script, ...(dirs as string[]), "--check"], { encoding: "utf8" });
      expect(out).toContain("is what this corpus and seed give");
    },
    120_000
  );
});
