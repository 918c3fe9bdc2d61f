// Why copydesk segments Chinese with Intl.Segmenter rather than @node-rs/jieba: accuracy on
// newspaper vocabulary, the boundary test the truncation rule relies on, speed and start-up.
// Run: npm i --no-save @node-rs/jieba@2 && node bench/segmenter-choice.mjs
import fs from "node:fs";
const t0 = performance.now();
const { Jieba } = await import("@node-rs/jieba");
const { dict } = await import("@node-rs/jieba/dict.js");
const jieba = Jieba.withDict(dict);
const jiebaStart = performance.now() - t0;
const t1 = performance.now();
const icu = new Intl.Segmenter("zh", { granularity: "word" });
[...icu.segment("推动担当作为成为新时代")];
const icuStart = performance.now() - t1;
// newspaper vocabulary: words a boundary test must keep whole
const vocab = [
  "构建",
  "特质",
  "党建",
  "习近平",
  "营商环境",
  "中国式现代化",
  "全过程人民民主",
  "双满意",
  "成为",
  "表彰",
  "工作",
  "担当",
  "高质量发展",
  "主题教育",
  "基层党组织",
  "总书记",
  "新时代",
  "全面从严治党",
  "纪检监察",
  "乡村振兴",
  "数字经济",
  "生态文明",
  "人才强省",
  "人民代表大会",
  "政府工作报告",
  "一带一路",
  "供给侧",
  "产业链",
  "新质生产力",
  "共同富裕"
];
const whole = (toks, w) => toks.includes(w);
let icuOk = 0,
  jbOk = 0;
for (const w of vocab) {
  const s = `我们要推进${w}工作。`;
  if (
    whole(
      [...icu.segment(s)].map((x) => x.segment),
      w
    )
  )
    icuOk++;
  if (whole(jieba.cut(s, false), w)) jbOk++;
}
// boundary pairs from the seed and cnooc
const pairs = [
  ["推动担当作为成", "为新时代吉林干部"],
  ["我省受表", "彰对象学习宣传"],
  ["领导和指导工", "作体系，动员"],
  ["发布会在集团总部召开。中国海", "油积极贯彻落实"],
  ["贯彻落实党和国家战略部", "署，推动数智技术"],
  ["我省深入学习贯彻习近平总书记", "关于做好新时代人才"]
];
const spans = (toks, cut) => {
  let o = 0;
  for (const t of toks) {
    if (o < cut && o + t.length > cut) return t;
    o += t.length;
  }
  return null;
};
for (const [a, b] of pairs)
  console.log(
    a + "|" + b,
    "icu:",
    spans(
      [...icu.segment(a + b)].map((x) => x.segment),
      a.length
    ),
    "jieba:",
    spans(jieba.cut(a + b, false), a.length)
  );
// speed on the rmrb corpus, per paragraph
const dir = "/work/shared/corpus/zh/rmrb-2023";
const paras = fs
  .readdirSync(dir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => fs.readFileSync(`${dir}/${f}`, "utf8").split("\n\n"));
const chars = paras.reduce((n, p) => n + p.length, 0);
let t = performance.now();
for (const p of paras) for (const _ of icu.segment(p));
const icuT = performance.now() - t;
t = performance.now();
for (const p of paras) jieba.cut(p, false);
const jbT = performance.now() - t;
console.log(
  JSON.stringify({
    vocab: vocab.length,
    icuWhole: icuOk,
    jiebaWhole: jbOk,
    chars,
    icuMs: icuT.toFixed(0),
    jiebaMs: jbT.toFixed(0),
    icuStartMs: icuStart.toFixed(1),
    jiebaStartMs: jiebaStart.toFixed(1)
  })
);
