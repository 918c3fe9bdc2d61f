// Inputs for the benchmark, made from the shared corpus of real articles. Everything generated
// goes into a temporary directory (never into the repository) and is made the same way on every
// run: a seeded generator, corpus files in sorted order.
import fs from "node:fs";
import path from "node:path";

export const SHARED = process.env.COPYDESK_SHARED ?? path.resolve(new URL("../../..", import.meta.url).pathname, "shared");
export const ZH_CORPUS = path.join(SHARED, "corpus/zh/rmrb-2023");
export const ZH_EXTRA = path.join(SHARED, "corpus/zh/gov-reports-2025");
export const EN_CORPUS = path.join(SHARED, "corpus/en/bbc-2005");

/** mulberry32: small, seeded, so every run builds the same files. */
export function rng(seed) {
  return (n) => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return Math.floor((((t ^ (t >>> 14)) >>> 0) / 4294967296) * n);
  };
}

export function txtFiles(dir) {
  return fs.existsSync(dir)
    ? fs
        .readdirSync(dir)
        .filter((f) => f.endsWith(".txt"))
        .sort()
        .map((f) => path.join(dir, f))
    : [];
}

export function bytesIn(target) {
  const st = fs.statSync(target);
  return st.isDirectory() ? txtFiles(target).reduce((n, f) => n + fs.statSync(f).size, 0) : st.size;
}

let cached;
function articles() {
  if (cached) return cached;
  const list = [...txtFiles(ZH_CORPUS), ...txtFiles(ZH_EXTRA)].map((f) => fs.readFileSync(f, "utf8").replace(/\r\n?/g, "\n").trim());
  if (list.length === 0) throw new Error(`no Chinese corpus at ${ZH_CORPUS}: set COPYDESK_SHARED to the shared/ folder`);
  // Real sentences, for copy beyond the first pass over the corpus (so that a 50 MB file is not
  // the same articles pasted ten times, which would make every paragraph a duplicate).
  const sentences = [];
  for (const a of list) for (const s of a.match(/[^。！？\n]+[。！？”]+/gu) ?? []) if (s.trim().length > 8) sentences.push(s.trim());
  cached = { list, sentences };
  return cached;
}

/**
 * A new story of the same shape as `article`: each paragraph with sentences is refilled with as
 * many real sentences drawn at random (at least two, so it never equals a one-sentence paragraph
 * of the corpus); a line without them (headline, subhead, dateline) gets `tag` appended, so that
 * the copy is not a duplicate of its original.
 */
function refill(article, sentences, rand, tag) {
  return article
    .split("\n")
    .map((p) => {
      if (p.trim() === "") return p;
      const n = (p.match(/[。！？]/gu) ?? []).length;
      if (n === 0) return `${p}（${tag}）`;
      let fresh = "";
      for (let i = 0; i < Math.max(2, n); i++) fresh += sentences[rand(sentences.length)];
      return fresh;
    })
    .join("\n");
}

/**
 * A Chinese file of about `bytes` bytes: the corpus articles one after another, separated by a
 * blank line. The first pass is the articles verbatim; later passes are new stories of the same
 * shapes (see `refill`), so that a big file is not the corpus pasted again.
 */
export function chineseFile(bytes, seed = 1) {
  const { list, sentences } = articles();
  const rand = rng(seed);
  const out = [];
  let size = 0;
  for (let pass = 0; size < bytes; pass++) {
    for (const article of list) {
      let text = article;
      if (pass > 0) text = refill(article, sentences, rand, `${pass}-${out.length}`);
      out.push(text);
      size += Buffer.byteLength(text) + 2;
      if (size >= bytes) break;
    }
  }
  return out.join("\n\n") + "\n";
}

/**
 * A document of `n` paragraphs (two real sentences each, a blank line between paragraphs as in the corpus),
 * in which 5% of the paragraphs repeat an earlier one exactly and 5% repeat one with a small edit
 * (a character changed, a clause dropped): the load no-duplicate-paragraph is built for.
 */
export function paragraphsFile(n, seed = 7) {
  const { sentences } = articles();
  const rand = rng(seed);
  const ps = [];
  let exact = 0;
  let near = 0;
  while (ps.length < n) {
    const roll = rand(100);
    if (ps.length > 20 && roll < 5) {
      ps.push(ps[rand(ps.length)]);
      exact++;
    } else if (ps.length > 20 && roll < 10) {
      const src = ps[rand(ps.length)];
      const at = rand(src.length - 2) + 1;
      ps.push(rand(2) ? src.slice(0, at) + "，" + src.slice(at + 1) : src.replace(/[^，。]*，/u, ""));
      near++;
    } else {
      ps.push(sentences[rand(sentences.length)] + sentences[rand(sentences.length)]);
    }
  }
  return { text: ps.join("\n\n") + "\n", exact, near };
}

/**
 * `count` small stories in `dir`: the corpus articles, then (beyond the corpus) new stories of the
 * same shapes (see `refill`), not the same stories filed twice.
 */
export function storyFiles(dir, count, seed = 3) {
  const { list, sentences } = articles();
  const rand = rng(seed);
  const n = txtFiles(ZH_CORPUS).length || list.length;
  fs.mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const article = list[i % n];
    const text = i < n ? article : refill(article, sentences, rand, String(i));
    fs.writeFileSync(path.join(dir, `${String(i).padStart(5, "0")}.txt`), text + "\n");
  }
  return dir;
}

const repeatTo = (unit, bytes) => {
  const n = Math.ceil(bytes / Buffer.byteLength(unit));
  return unit.repeat(n);
};

/**
 * Hostile or unlucky inputs of about `bytes` bytes, each beside normal copy of the same size
 * (issue 21): copy whose line breaks were lost, very many tiny paragraphs, runs of one
 * punctuation mark, digits, quote marks, and real copy strewn with zero-width characters.
 * Returns [{ name, text }], the normal copy first.
 */
export function adversarialFiles(bytes) {
  const normal = chineseFile(bytes, 11);
  const oneLine = normal.replace(/\s*\n\s*/gu, "");
  let tiny = "";
  for (let i = 1; Buffer.byteLength(tiny) < bytes;) {
    const chunk = [];
    for (let k = 0; k < 10000; k++, i++) chunk.push(`第${i}条。`);
    tiny += chunk.join("\n") + "\n";
  }
  // A zero-width space after every third character of real copy (pasted from a web page).
  const zeroWidth = normal.slice(0, Math.floor(normal.length * 0.8)).replace(/(...)/gsu, "$1\u200b");
  return [
    { name: "normal copy (reference)", text: normal },
    { name: "real copy in one line (breaks lost)", text: oneLine + "\n" },
    { name: "tiny paragraphs (`第N条。`, one a line)", text: tiny },
    { name: "one line of `。`", text: repeatTo("。", bytes) + "\n" },
    { name: "one line of `，`", text: repeatTo("，", bytes) + "\n" },
    { name: "one line of `…`", text: repeatTo("…", bytes) + "\n" },
    { name: "one line of digits", text: repeatTo("1234567890", bytes) + "\n" },
    { name: "one line of Chinese numerals", text: repeatTo("一二三四五六七八九十", bytes) + "\n" },
    { name: "one line of `“`", text: repeatTo("“", bytes) + "\n" },
    { name: "one line of `“”`", text: repeatTo("“”", bytes) + "\n" },
    { name: "zero-width spaces in real copy", text: zeroWidth },
    { name: "one line of zero-width spaces", text: `开头。${repeatTo("\u200b", bytes)}结尾。\n` }
  ];
}
