// How the page's tests, screenshot and benchmark start Debian's Chromium: headless, as root, and
// with its background networking off (this machine's closed network refuses those connections).

export const CHROMIUM_PATH = process.env.COPYDESK_CHROMIUM ?? "/usr/bin/chromium";

export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync"
];

/** Options for playwright-core's `chromium.launch`. */
export const chromiumLaunchOptions = { executablePath: CHROMIUM_PATH, headless: true, args: CHROMIUM_ARGS };
