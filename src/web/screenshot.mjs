// Remakes docs/web.png: the page with the seed article pasted, its findings listed, and one
// finding selected. Needs `npm run build && npm run build:web` and /usr/bin/chromium.
// usage: node src/web/screenshot.mjs [zh|en] [out.png]
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const { startWebServer } = await import(path.join(root, "dist/src/web/server.js"));
const { chromiumLaunchOptions } = await import(path.join(root, "dist/src/web/chromium.js"));
const lang = process.argv[2] ?? "zh";
const out = path.resolve(process.argv[3] ?? path.join(root, "docs", "web.png"));
const seed = fs.readFileSync(path.join(root, "examples/000_5c1383eb5e7a2872.txt"), "utf8");

const server = await startWebServer({ port: 0 });
const browser = await chromium.launch(chromiumLaunchOptions);
try {
  const context = await browser.newContext({
    locale: lang === "zh" ? "zh-CN" : "en-US",
    viewport: { width: 1360, height: 820 },
    deviceScaleFactor: 1
  });
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url.replace(/\/$/, "") });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.waitForFunction(() => document.body.dataset.state === "fresh");
  await page.evaluate((text) => navigator.clipboard.writeText(text), seed);
  await page.locator("#text").click();
  await page.keyboard.press("ControlOrMeta+V");
  await page.waitForFunction((n) => document.body.dataset.state === "fresh" && document.getElementById("text").value.length === n, seed.length);
  // Select a finding that has a fix and a suggestion, so the picture shows both kinds of button.
  const item = page.locator(".finding:has(button.suggestion)").first();
  await ((await item.count()) ? item : page.locator(".finding").first()).click();
  await page.locator(".finding.active").evaluate((el) => el.scrollIntoView({ block: "center" }));
  await page.mouse.move(0, 0);
  fs.mkdirSync(path.dirname(out), { recursive: true });
  await page.screenshot({ path: out });
  console.log(`wrote ${path.relative(process.cwd(), out)}`);
} finally {
  await browser.close();
  await server.close();
}
