// Benchmark of the copydesk page in Chromium: how long after a keystroke the findings are up to
// date, for a story of about 20,000 characters (the seed article followed by People's Daily copy
// from the shared corpus). Needs `npm run build && npm run build:web` and /usr/bin/chromium.
// usage: node src/web/bench.mjs [characters=20000] [keystrokes=30]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const { startWebServer } = await import(path.join(root, "dist/src/web/server.js"));
const { chromiumLaunchOptions } = await import(path.join(root, "dist/src/web/chromium.js"));
const size = Number(process.argv[2] ?? 20000);
const strokes = Number(process.argv[3] ?? 30);

let story = fs.readFileSync(path.join(root, "examples/000_5c1383eb5e7a2872.txt"), "utf8");
const corpus = "/work/shared/corpus/zh/rmrb-2023";
for (const name of fs.existsSync(corpus) ? fs.readdirSync(corpus).sort() : []) {
  if (story.length >= size) break;
  story += `\n\n${fs.readFileSync(path.join(corpus, name), "utf8")}`;
}
while (story.length < size) story += `\n\n${story}`;
story = story.slice(0, size);

const server = await startWebServer({ port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.state === "fresh");
  const fresh = (text) =>
    page.waitForFunction((t) => document.body.dataset.state === "fresh" && document.getElementById("text").value === t, text, { polling: "raf" });

  // Pasting the whole story, until its findings are listed.
  await page.evaluate((text) => navigator.clipboard.writeText(text), story);
  await page.locator("#text").click();
  const t = Date.now();
  await page.keyboard.press("ControlOrMeta+V");
  await fresh(story);
  const pasteMs = Date.now() - t;

  // In-page timing: from the keystroke's input event to the list showing findings for that text.
  await page.evaluate(() => {
    window.__bench = [];
    const textarea = document.getElementById("text");
    let started = 0;
    textarea.addEventListener("input", () => (started = performance.now()), true);
    new MutationObserver(() => {
      if (document.body.dataset.state === "fresh" && started) {
        window.__bench.push(performance.now() - started);
        window.__parts = window.__parts ?? [];
        window.__parts.push([Number(document.body.dataset.lintMs), Number(document.body.dataset.renderMs)]);
        started = 0;
      }
    }).observe(document.body, { attributes: true, attributeFilter: ["data-state"] });
  });
  await page.locator("#text").focus();
  await page.locator("#text").evaluate((el) => el.setSelectionRange(el.value.length / 2, el.value.length / 2));
  let expected = story.length;
  for (let i = 0; i < strokes; i++) {
    await page.keyboard.type(i % 2 ? "。" : "的");
    expected++;
    await page.waitForFunction((n) => document.body.dataset.state === "fresh" && document.getElementById("text").value.length === n, expected, {
      polling: "raf"
    });
  }
  const samples = (await page.evaluate(() => window.__bench)).sort((a, b) => a - b);
  const pick = (q) => samples[Math.min(samples.length - 1, Math.floor(q * samples.length))];
  const lintMs = await page.evaluate(() => document.body.dataset.lintMs);
  if (process.env.BENCH_DEBUG)
    console.log(await page.evaluate(() => JSON.stringify(window.__parts.map((p, i) => [Math.round(window.__bench[i]), ...p]))));
  const findings = await page.locator(".finding").count();
  console.log(
    JSON.stringify({
      characters: story.length,
      findings,
      pasteMs,
      keystrokes: samples.length,
      medianMs: Math.round(pick(0.5)),
      p95Ms: Math.round(pick(0.95)),
      maxMs: Math.round(samples.at(-1)),
      lastLintMs: Number(lintMs)
    })
  );
} finally {
  await browser.close();
  await server.close();
}
