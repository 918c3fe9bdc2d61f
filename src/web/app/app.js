// The copydesk page: a text area with the findings highlighted behind the text, the findings
// listed beside it by rule, one-click fixes and suggestions, fix all, undo/redo, copy, download
// and file drop. Linting runs in worker.js; this file never sends anything anywhere.
import { pickLanguage, strings } from "./i18n.js";
import { decodeBytes, encodeText, ENCODING_NAMES } from "./encoding.js";

const lang = pickLanguage();
const t = strings(lang);
document.documentElement.lang = lang === "zh" ? "zh-CN" : "en";
document.title = t.title;
for (const el of document.querySelectorAll("[data-i18n]")) el.textContent = t[/** @type {HTMLElement} */ (el).dataset.i18n];

/** @param {string} id */
const $ = (id) => /** @type {HTMLElement} */ (document.getElementById(id));
const textarea = /** @type {HTMLTextAreaElement} */ ($("text"));
const backdrop = $("backdrop");
const list = $("findings");
const summary = $("summary");
const statusLine = $("status");
const formatSelect = /** @type {HTMLSelectElement} */ ($("format"));
const fileInput = /** @type {HTMLInputElement} */ ($("file"));
const buttons = {
  fixAll: /** @type {HTMLButtonElement} */ ($("fix-all")),
  undo: /** @type {HTMLButtonElement} */ ($("undo")),
  redo: /** @type {HTMLButtonElement} */ ($("redo"))
};
textarea.placeholder = t.placeholder;

/**
 * Milliseconds of quiet typing before the story is checked again: short, since a check never
 * blocks typing (it runs in the worker) and only one runs at a time.
 */
const LINT_DELAY = 0;
/** Typing within this many milliseconds of the last keystroke is one undo step. */
const UNDO_GROUP_MS = 1000;
const HISTORY_LIMIT = 200;

const state = {
  fileName: lang === "zh" ? "稿件.txt" : "story.txt",
  encoding: /** @type {import("./encoding.js").Encoding} */ ("utf-8"),
  bom: false,
  /** The file's line breaks: a text area holds "\n" only, so CRLF copy is edited as LF and saved as CRLF. */
  eol: "\n",
  ext: ".txt",
  /** Findings of the last check, valid for `checkedText`/`checkedExt` only. */
  messages: /** @type {any[]} */ ([]),
  checkedText: /** @type {string | null} */ (null),
  checkedExt: "",
  /** Rule ids in preset order, for colours and grouping. */
  ruleOrder: /** @type {string[]} */ ([]),
  active: -1,
  /** Text before the current edit, for undo. */
  lastText: "",
  lastSelection: /** @type {[number, number]} */ ([0, 0]),
  lastTypingAt: 0,
  /** Set by a paste: when its check comes back, scroll to the first finding. */
  revealAfterPaste: false,
  undo: /** @type {{text: string, selection: [number, number]}[]} */ ([]),
  redo: /** @type {{text: string, selection: [number, number]}[]} */ ([])
};

// ---------------------------------------------------------------------------------------------
// The worker

/** The linter's source inlined in the single-file page (copydesk.html), which has no worker.js beside it. */
const inlineWorker = document.getElementById("copydesk-worker");
const worker = inlineWorker
  ? new Worker(URL.createObjectURL(new Blob([inlineWorker.textContent ?? ""], { type: "text/javascript" })))
  : new Worker("worker.js");
let nextId = 1;
const waiting = new Map();
let ready = false;
let lintTimer = 0;
let lintInFlight = false;

worker.onmessage = (event) => {
  const data = event.data;
  if (data.ready) {
    ready = true;
    state.ruleOrder = data.rules;
    lintNow();
    return;
  }
  const resolve = waiting.get(data.id);
  waiting.delete(data.id);
  resolve?.(data);
};
worker.onerror = (event) => {
  setBusy("error");
  say(t.error(event.message || "worker"));
};

/** @returns {Promise<any>} */
function ask(op, text, ext) {
  const id = nextId++;
  return new Promise((resolve) => {
    waiting.set(id, resolve);
    worker.postMessage({ id, op, text, ext });
  });
}

function scheduleLint(delay = LINT_DELAY) {
  clearTimeout(lintTimer);
  lintTimer = window.setTimeout(lintNow, delay);
}

/** Checks the current text; one check at a time, and always the latest text in the end. */
async function lintNow() {
  clearTimeout(lintTimer);
  if (!ready || lintInFlight) return;
  const text = textarea.value;
  const ext = state.ext;
  if (text === state.checkedText && ext === state.checkedExt) return;
  lintInFlight = true;
  setBusy("checking");
  const started = performance.now();
  const result = await ask("lint", text, ext);
  lintInFlight = false;
  if (result.error) {
    setBusy("error");
    say(t.error(result.error.split("\n")[0]));
    return;
  }
  if (result.text !== textarea.value || ext !== state.ext) {
    lintNow();
    return;
  }
  state.messages = result.messages;
  state.checkedText = text;
  state.checkedExt = ext;
  if (state.active >= state.messages.length) state.active = -1;
  const rendering = performance.now();
  render();
  if (state.revealAfterPaste) {
    state.revealAfterPaste = false;
    if (state.messages.length > 0) revealFinding(0);
  }
  setBusy("fresh");
  // Timings for the benchmark (src/web/bench.mjs): the worker's check, and drawing its findings.
  document.body.dataset.lintMs = String(Math.round(rendering - started));
  document.body.dataset.renderMs = String(Math.round(performance.now() - rendering));
}

/** `loading` → `checking` → `fresh`, or `stale` while the text differs from the last check. */
function setBusy(value) {
  document.body.dataset.state = value;
  if (value === "stale" || value === "checking") list.classList.add("stale");
  else list.classList.remove("stale");
  if (value !== "fresh") buttons.fixAll.disabled = true;
  // Before the first check there is nothing to show yet; later the old findings stay in view.
  if ((value === "stale" || value === "checking") && state.checkedText === null) summary.textContent = t.checking;
}

// ---------------------------------------------------------------------------------------------
// Rendering

function isFresh() {
  return state.checkedText === textarea.value && state.checkedExt === state.ext;
}

function ruleIndex(ruleId) {
  const i = state.ruleOrder.indexOf(ruleId);
  return i === -1 ? state.ruleOrder.length : i;
}

function shortRule(ruleId) {
  return ruleId.replace(/^copydesk\//, "");
}

/**
 * The displayed extent of a finding: at least one character.
 * @returns {[number, number]}
 */
function extent(message, length) {
  const [start, end] = message.range;
  return [Math.min(start, length), Math.min(Math.max(end, start + 1), length)];
}

/**
 * Where the last check's findings are in the current text. While the text differs from the
 * checked one, findings before and after the edited stretch move with the text; those touching
 * it are dropped until the next check. Undefined entries are not shown.
 * @returns {([number, number] | undefined)[]}
 */
function currentSpans() {
  const text = textarea.value;
  const checked = state.checkedText;
  if (checked === null || state.checkedExt !== state.ext) return [];
  if (checked === text) return state.messages.map((m) => extent(m, text.length));
  const limit = Math.min(checked.length, text.length);
  let prefix = 0;
  while (prefix < limit && checked.charCodeAt(prefix) === text.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (suffix < limit - prefix && checked.charCodeAt(checked.length - 1 - suffix) === text.charCodeAt(text.length - 1 - suffix)) suffix++;
  const editEnd = checked.length - suffix;
  const delta = text.length - checked.length;
  return state.messages.map((m) => {
    const [start, end] = extent(m, checked.length);
    if (end <= prefix) return [start, end];
    if (start >= editEnd) return [start + delta, end + delta];
    return undefined;
  });
}

/** Highlights behind the text: one <mark> per stretch covered by the same findings. */
/**
 * The line number shown in the gutter beside a line (findings say `第97行`). An empty marker at
 * the line's start, so wrapping is untouched; CSS draws its number in the left padding, level
 * with the line, and it scrolls with the text.
 */
function lineLabel(lines) {
  const label = document.createElement("span");
  label.className = "ln";
  label.dataset.n = String(lines.next++);
  return label;
}

/** Appends `piece` to `parent`, with a line-number marker after each line break. */
function appendNumbered(parent, piece, lines) {
  let from = 0;
  for (let nl = piece.indexOf("\n"); nl !== -1; nl = piece.indexOf("\n", from)) {
    parent.append(piece.slice(from, nl + 1), lineLabel(lines));
    from = nl + 1;
  }
  if (from < piece.length) parent.append(piece.slice(from));
}

function renderBackdrop() {
  const text = textarea.value;
  const fragment = document.createDocumentFragment();
  const messages = state.messages;
  const points = new Set([0, text.length]);
  const spans = currentSpans();
  for (const span of spans) if (span) points.add(span[0]).add(span[1]);
  const sorted = [...points].sort((a, b) => a - b);
  // Starts and ends bucketed by offset: a linear sweep keeps the covering set.
  const starts = new Map();
  const ends = new Map();
  spans.forEach((span, i) => {
    if (!span) return;
    const [s, e] = span;
    if (s === e) return;
    (starts.get(s) ?? starts.set(s, []).get(s)).push(i);
    (ends.get(e) ?? ends.set(e, []).get(e)).push(i);
  });
  const covering = new Set();
  const lines = { next: 1 };
  fragment.append(lineLabel(lines));
  for (let k = 0; k < sorted.length - 1; k++) {
    const from = sorted[k];
    const to = sorted[k + 1];
    for (const i of ends.get(from) ?? []) covering.delete(i);
    for (const i of starts.get(from) ?? []) covering.add(i);
    const piece = text.slice(from, to);
    if (covering.size === 0) {
      appendNumbered(fragment, piece, lines);
      continue;
    }
    const ids = [...covering].sort((a, b) => a - b);
    const mark = document.createElement("mark");
    appendNumbered(mark, piece, lines);
    mark.dataset.findings = ids.join(" ");
    mark.className = `r${ruleIndex(messages[ids[0]].ruleId) % 8}`;
    if (ids.includes(state.active)) mark.classList.add("active");
    if (ids.length > 1) mark.classList.add("overlap");
    fragment.append(mark);
  }
  // A trailing line break needs something after it to take up its line.
  fragment.append("\n\u200b");
  cancelAnimationFrame(backdropFrame);
  backdrop.replaceChildren(fragment);
  syncScroll();
}

function button(label, className, onClick, title) {
  const b = document.createElement("button");
  b.type = "button";
  b.className = className;
  b.textContent = label;
  if (title) b.title = title;
  b.addEventListener("click", (event) => {
    event.stopPropagation();
    onClick();
  });
  return b;
}

function renderList() {
  const messages = state.messages;
  const groups = new Map();
  messages.forEach((m, i) => {
    if (!groups.has(m.ruleId)) groups.set(m.ruleId, []);
    groups.get(m.ruleId).push(i);
  });
  const ordered = [...groups.keys()].sort((a, b) => ruleIndex(a) - ruleIndex(b) || a.localeCompare(b));
  const fragment = document.createDocumentFragment();
  for (const ruleId of ordered) {
    const ids = groups.get(ruleId);
    const section = document.createElement("section");
    section.className = "group";
    section.dataset.rule = ruleId;
    const heading = document.createElement("h3");
    const swatch = document.createElement("span");
    swatch.className = `swatch r${ruleIndex(ruleId) % 8}`;
    const name = document.createElement("span");
    name.className = "rule-name";
    name.textContent = t.rules[shortRule(ruleId)] ?? shortRule(ruleId);
    const id = document.createElement("code");
    id.textContent = shortRule(ruleId);
    const count = document.createElement("span");
    count.className = "count";
    count.textContent = String(ids.length);
    heading.append(swatch, name, id, count);
    const ol = document.createElement("ol");
    for (const i of ids) ol.append(renderItem(messages[i], i));
    section.append(heading, ol);
    fragment.append(section);
  }
  list.replaceChildren(fragment);
  const fixable = messages.filter((m) => m.fix).length;
  summary.textContent = textarea.value.trim() === "" ? t.empty : messages.length === 0 ? t.noFindings : t.count(messages.length, fixable);
  buttons.fixAll.disabled = fixable === 0;
}

function renderItem(m, i) {
  const li = document.createElement("li");
  li.className = "finding";
  if (i === state.active) li.classList.add("active");
  li.dataset.index = String(i);
  li.dataset.rule = m.ruleId;
  li.dataset.line = String(m.line);
  li.dataset.column = String(m.column);
  li.dataset.start = String(m.range[0]);
  li.dataset.end = String(m.range[1]);
  li.dataset.severity = String(m.severity);
  li.tabIndex = 0;
  li.title = t.line(m.line, m.column);
  const where = document.createElement("span");
  where.className = "where";
  where.textContent = t.lineShort(m.line);
  const text = document.createElement("p");
  text.className = "message";
  text.textContent = m.message;
  li.append(where, text);
  const actions = document.createElement("div");
  actions.className = "fixes";
  if (m.fix) actions.append(button(t.fix, "fix", () => applyEdit(m.fix), t.fixTitle(m.fix.text)));
  for (const s of m.suggestions ?? []) {
    const b = button(s.message, "suggestion", () => applyEdit(s.fix), t.fixTitle(s.fix.text));
    b.dataset.suggestion = s.id;
    actions.append(b);
  }
  if (actions.childElementCount > 0) li.append(actions);
  li.addEventListener("click", () => focusFinding(i));
  li.addEventListener("keydown", (event) => {
    if (event.key === "Enter") focusFinding(i);
  });
  return li;
}

function render() {
  // A redraw still waiting for the next frame would only repeat this one, after the reveal.
  cancelAnimationFrame(backdropFrame);
  renderBackdrop();
  renderList();
  updateHistoryButtons();
  $("file-info").textContent =
    `${ENCODING_NAMES[state.encoding]}${state.bom ? " BOM" : ""}${state.eol === "\r\n" ? " CRLF" : ""} · ${t.chars(textarea.value.length)}`;
}

/** Marks one finding as the current one, in the list and in the text. */
function setActive(i, { scrollList = true } = {}) {
  if (state.active === i) return;
  state.active = i;
  for (const el of list.querySelectorAll(".finding.active")) el.classList.remove("active");
  for (const el of backdrop.querySelectorAll("mark.active")) el.classList.remove("active");
  if (i < 0) return;
  const item = list.querySelector(`.finding[data-index="${i}"]`);
  item?.classList.add("active");
  if (scrollList) item?.scrollIntoView({ block: "nearest" });
  for (const mark of backdrop.querySelectorAll("mark")) {
    if (mark.dataset.findings?.split(" ").includes(String(i))) mark.classList.add("active");
  }
}

/**
 * Scrolls a finding into view and marks it current, leaving the caret where it is (after a paste
 * the browser has scrolled to the end of the text; the first problem is what the editor wants).
 */
function revealFinding(i) {
  setActive(i);
  const mark = backdrop.querySelector("mark.active");
  if (mark instanceof HTMLElement) textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
  syncScroll();
}

/** Selects a finding's text and scrolls it into view. */
function focusFinding(i) {
  const m = state.messages[i];
  if (!m || !isFresh()) return;
  setActive(i, { scrollList: false });
  const [start, end] = extent(m, textarea.value.length);
  textarea.focus({ preventScroll: true });
  textarea.setSelectionRange(start, end);
  const mark = backdrop.querySelector("mark.active");
  if (mark instanceof HTMLElement) textarea.scrollTop = Math.max(0, mark.offsetTop - textarea.clientHeight / 3);
  syncScroll();
}

function syncScroll() {
  backdrop.scrollTop = textarea.scrollTop;
  backdrop.scrollLeft = textarea.scrollLeft;
}

let statusTimer = 0;
function say(message) {
  statusLine.textContent = message;
  clearTimeout(statusTimer);
  statusTimer = window.setTimeout(() => (statusLine.textContent = ""), 6000);
}

// ---------------------------------------------------------------------------------------------
// Editing and history

function snapshot() {
  return { text: textarea.value, selection: /** @type {[number, number]} */ ([textarea.selectionStart, textarea.selectionEnd]) };
}

function pushUndo(entry) {
  const top = state.undo[state.undo.length - 1];
  if (top && top.text === entry.text) return;
  state.undo.push(entry);
  if (state.undo.length > HISTORY_LIMIT) state.undo.shift();
}

function updateHistoryButtons() {
  buttons.undo.disabled = state.undo.length === 0;
  buttons.redo.disabled = state.redo.length === 0;
}

/** Replaces the whole text as one undoable step, then checks it at once. */
function setText(text, selection) {
  if (text === textarea.value) return;
  pushUndo(snapshot());
  state.redo = [];
  replaceValue(text, selection);
}

function replaceValue(text, selection) {
  const scroll = textarea.scrollTop;
  textarea.value = text;
  if (selection) textarea.setSelectionRange(selection[0], selection[1]);
  textarea.scrollTop = scroll;
  state.lastText = text;
  state.lastSelection = [textarea.selectionStart, textarea.selectionEnd];
  state.lastTypingAt = 0;
  state.active = -1;
  afterChange(0);
}

let backdropFrame = 0;

/** After an edit: ask the worker first, then redraw the highlights on the next frame. */
function afterChange(delay) {
  setBusy("stale");
  if (delay === 0) lintNow();
  else scheduleLint(delay);
  updateHistoryButtons();
  cancelAnimationFrame(backdropFrame);
  backdropFrame = requestAnimationFrame(renderBackdrop);
}

/** Applies one fix or suggestion of the last check. */
function applyEdit(fix) {
  if (!isFresh()) return;
  const text = textarea.value;
  const [start, end] = fix.range;
  const caret = start + fix.text.length;
  setText(text.slice(0, start) + fix.text + text.slice(end), [caret, caret]);
  say(t.applied);
}

function undo() {
  const entry = state.undo.pop();
  if (!entry) return;
  state.redo.push(snapshot());
  replaceValue(entry.text, entry.selection);
  say(t.undone);
}

function redo() {
  const entry = state.redo.pop();
  if (!entry) return;
  pushUndo(snapshot());
  replaceValue(entry.text, entry.selection);
  say(t.redone);
}

textarea.addEventListener("input", (event) => {
  // Mid-composition (pinyin, zhuyin) text is not copy yet: wait for compositionend.
  if (/** @type {InputEvent} */ (event).isComposing) return;
  const now = performance.now();
  // A burst of typing is one undo step; a paste or a drop is always its own.
  if (now - state.lastTypingAt > UNDO_GROUP_MS || state.lastText.length === 0) {
    pushUndo({ text: state.lastText, selection: state.lastSelection });
    state.redo = [];
  }
  state.lastTypingAt = now;
  state.lastText = textarea.value;
  state.lastSelection = [textarea.selectionStart, textarea.selectionEnd];
  afterChange(LINT_DELAY);
});
textarea.addEventListener("compositionend", () => textarea.dispatchEvent(new Event("input")));
textarea.addEventListener("paste", () => {
  state.lastTypingAt = 0;
  state.revealAfterPaste = true;
});
textarea.addEventListener("scroll", syncScroll);
new ResizeObserver(() => renderBackdrop()).observe(textarea);

function caretChanged() {
  state.lastSelection = [textarea.selectionStart, textarea.selectionEnd];
  if (!isFresh()) return;
  const caret = textarea.selectionStart;
  const hit = state.messages.findIndex((m) => {
    const [s, e] = extent(m, textarea.value.length);
    return caret >= s && caret <= e;
  });
  if (hit !== -1) setActive(hit);
}
textarea.addEventListener("click", caretChanged);
textarea.addEventListener("keyup", caretChanged);

textarea.addEventListener("keydown", (event) => {
  const mod = event.ctrlKey || event.metaKey;
  if (!mod || event.altKey) return;
  const key = event.key.toLowerCase();
  if (key === "z" && !event.shiftKey) {
    event.preventDefault();
    undo();
  } else if ((key === "z" && event.shiftKey) || key === "y") {
    event.preventDefault();
    redo();
  }
});

buttons.undo.addEventListener("click", undo);
buttons.redo.addEventListener("click", redo);

buttons.fixAll.addEventListener("click", async () => {
  const text = textarea.value;
  const ext = state.ext;
  buttons.fixAll.disabled = true;
  const result = await ask("fix", text, ext);
  if (result.error) {
    say(t.error(result.error.split("\n")[0]));
    return;
  }
  if (textarea.value !== text || state.ext !== ext) return; // edited meanwhile: the new check decides
  if (result.output === text) {
    say(t.nothingToFix);
    return;
  }
  setText(result.output);
  say(t.fixed(result.applied));
});

formatSelect.addEventListener("change", () => {
  state.ext = formatSelect.value;
  state.fileName = state.fileName.replace(/\.(txt|md|markdown|html?)$/i, "") + state.ext;
  $("file-name").textContent = state.fileName;
  afterChange(0);
});

// ---------------------------------------------------------------------------------------------
// Copy, download, open and drop

$("copy").addEventListener("click", async () => {
  try {
    await navigator.clipboard.writeText(textarea.value);
    say(t.copied);
  } catch {
    textarea.focus();
    textarea.select();
    say(document.execCommand("copy") ? t.copied : t.copyFailed);
  }
});

$("download").addEventListener("click", () => {
  const text = state.eol === "\n" ? textarea.value : textarea.value.replace(/\n/g, state.eol);
  let bytes = encodeText(text, state.encoding, state.bom);
  let message = t.downloaded(state.fileName, ENCODING_NAMES[state.encoding]);
  if (!bytes) {
    bytes = new TextEncoder().encode(text);
    message = t.downloadUtf8(state.fileName, ENCODING_NAMES[state.encoding]);
  }
  const url = URL.createObjectURL(new Blob([/** @type {Uint8Array<ArrayBuffer>} */ (bytes)], { type: "application/octet-stream" }));
  const a = document.createElement("a");
  a.href = url;
  a.download = state.fileName;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  say(message);
});

const TEXT_FILE = /\.(txt|md|markdown|html?)$/i;
const WORD_FILE = /\.docx$/i;

/** A Word file: its text, one paragraph per line, as the CLI reads it (mammoth's browser build). */
async function loadWordFile(file) {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let text;
  try {
    // The single-file page carries the Word reader inline (#copydesk-docx), with no docx.js beside it.
    const inlineDocx = document.getElementById("copydesk-docx");
    const reader = inlineDocx ? URL.createObjectURL(new Blob([inlineDocx.textContent ?? ""], { type: "text/javascript" })) : "./docx.js";
    const { wordText } = await import(reader);
    text = await wordText(bytes);
  } catch {
    say(t.unreadableDocx(file.name));
    return;
  }
  state.fileName = file.name.replace(WORD_FILE, ".txt");
  state.encoding = "utf-8";
  state.bom = false;
  state.eol = "\n";
  state.ext = ".txt";
  formatSelect.value = state.ext;
  $("file-name").textContent = file.name;
  setText(text, [0, 0]);
  textarea.scrollTop = 0;
  say(t.loadedDocx(file.name, state.fileName));
}

async function loadFile(file) {
  if (WORD_FILE.test(file.name)) return loadWordFile(file);
  if (!TEXT_FILE.test(file.name)) {
    say(t.wrongType(file.name));
    return;
  }
  const decoded = decodeBytes(new Uint8Array(await file.arrayBuffer()));
  if (decoded.kind === "binary") {
    say(t.binary(file.name));
    return;
  }
  if (decoded.kind === "undecodable") {
    say(t.undecodable(file.name, decoded.reason[lang]));
    return;
  }
  state.fileName = file.name;
  state.encoding = decoded.encoding;
  state.bom = decoded.bom;
  state.eol = decoded.text.includes("\r\n") ? "\r\n" : "\n";
  state.ext = /\.txt$/i.test(file.name) ? ".txt" : /\.html?$/i.test(file.name) ? ".html" : ".md";
  formatSelect.value = state.ext;
  $("file-name").textContent = file.name;
  setText(decoded.text.replace(/\r\n?/g, "\n"), [0, 0]);
  textarea.scrollTop = 0;
  say(t.loaded(file.name, ENCODING_NAMES[decoded.encoding]));
}

$("open").addEventListener("click", () => fileInput.click());
fileInput.addEventListener("change", () => {
  const file = fileInput.files?.[0];
  if (file) loadFile(file);
  fileInput.value = "";
});

const drop = $("drop");
let dragDepth = 0;
const hasFiles = (event) => Array.from(event.dataTransfer?.types ?? []).includes("Files");
window.addEventListener("dragenter", (event) => {
  if (!hasFiles(event)) return;
  dragDepth++;
  drop.hidden = false;
});
window.addEventListener("dragleave", (event) => {
  if (!hasFiles(event)) return;
  dragDepth = Math.max(0, dragDepth - 1);
  if (dragDepth === 0) drop.hidden = true;
});
window.addEventListener("dragover", (event) => {
  if (hasFiles(event)) event.preventDefault();
});
window.addEventListener("drop", (event) => {
  dragDepth = 0;
  drop.hidden = true;
  const file = event.dataTransfer?.files?.[0];
  if (!file) return;
  event.preventDefault();
  loadFile(file);
});

$("file-name").textContent = state.fileName;
render();
setBusy("loading");
summary.textContent = t.loading;
