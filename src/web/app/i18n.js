// Interface text in Chinese and English. The language follows the browser (navigator.languages),
// unless the address says ?lang=zh or ?lang=en. Findings themselves speak the language of the copy.

const TEXT = {
  zh: {
    title: "copydesk 稿件检查",
    tagline: "粘贴或拖入稿件，问题就地标出。检查在本机浏览器内完成，稿件不会离开这台电脑。",
    placeholder: "在此粘贴稿件，或把 .txt / .md 文件拖到这里……",
    open: "打开文件…",
    format: "格式",
    formatText: "纯文本",
    formatMarkdown: "Markdown",
    formatHtml: "HTML",
    fixAll: "全部自动修正",
    undo: "撤销",
    redo: "重做",
    copy: "复制全文",
    download: "下载",
    findings: "检查结果",
    checking: "检查中……",
    loading: "正在载入检查规则……",
    noFindings: "未发现问题。",
    empty: "稿件为空。",
    count: (n, fixable) => `共 ${n} 处问题${fixable ? `，其中 ${fixable} 处可自动修正` : ""}`,
    line: (line, column) => `第 ${line} 行第 ${column} 列`,
    lineShort: (line) => `第${line}行`,
    fix: "修正",
    suggestion: "建议",
    fixTitle: (text) => (text ? `替换为“${text}”` : "删除标出的文字"),
    fixed: (n) => `已自动修正 ${n} 处。`,
    nothingToFix: "没有可自动修正的问题。",
    applied: "已修改。",
    undone: "已撤销。",
    redone: "已重做。",
    copied: "已复制到剪贴板。",
    copyFailed: "无法写入剪贴板，请手动全选复制。",
    downloaded: (name, enc) => `已下载 ${name}（${enc}）。`,
    downloadUtf8: (name, enc) => `已下载 ${name}：改后的文字无法用 ${enc} 保存，已存为 UTF-8。`,
    loaded: (name, enc) => `已载入 ${name}（${enc}）。`,
    binary: (name) => `${name} 不是文本文件，未载入。`,
    undecodable: (name, reason) => `无法读取 ${name}：${reason}`,
    wrongType: (name) => `只能打开 .txt、.md、.html 或 .docx 文件，${name} 未载入。`,
    loadedDocx: (name, saveAs) => `已载入 ${name} 的文字（每段一行，第 N 行即第 N 段）；下载时存为 ${saveAs}，Word 文件本身不会改动。`,
    unreadableDocx: (name) => `无法读取 ${name}：不是可用的 Word（.docx）文件。`,
    dropHere: "松开鼠标即可载入文件",
    error: (message) => `检查出错：${message}`,
    chars: (n) => `${n.toLocaleString("zh-CN")} 字符`,
    rules: {
      "no-duplicate-paragraph": "重复段落与分句",
      "no-truncated-sentence": "段落中断",
      "no-ellipsis-filler": "省略号填充与占位符",
      "consistent-numerals": "数字用法"
    }
  },
  en: {
    title: "copydesk story check",
    tagline: "Paste or drop a story to see every finding in place. It is checked in this browser; the copy never leaves this computer.",
    placeholder: "Paste a story here, or drop a .txt / .md file…",
    open: "Open file…",
    format: "Format",
    formatText: "Plain text",
    formatMarkdown: "Markdown",
    formatHtml: "HTML",
    fixAll: "Fix all",
    undo: "Undo",
    redo: "Redo",
    copy: "Copy text",
    download: "Download",
    findings: "Findings",
    checking: "Checking…",
    loading: "Loading the rules…",
    noFindings: "No findings.",
    empty: "The story is empty.",
    count: (n, fixable) => `${n} finding${n === 1 ? "" : "s"}${fixable ? `, ${fixable} fixable automatically` : ""}`,
    line: (line, column) => `line ${line}, column ${column}`,
    lineShort: (line) => `L${line}`,
    fix: "Fix",
    suggestion: "Suggestion",
    fixTitle: (text) => (text ? `Replace with "${text}"` : "Delete the marked text"),
    fixed: (n) => `Fixed ${n} finding${n === 1 ? "" : "s"}.`,
    nothingToFix: "Nothing to fix automatically.",
    applied: "Applied.",
    undone: "Undone.",
    redone: "Redone.",
    copied: "Copied to the clipboard.",
    copyFailed: "Cannot write to the clipboard; select all and copy by hand.",
    downloaded: (name, enc) => `Downloaded ${name} (${enc}).`,
    downloadUtf8: (name, enc) => `Downloaded ${name} as UTF-8: the edited text has characters ${enc} cannot hold.`,
    loaded: (name, enc) => `Loaded ${name} (${enc}).`,
    binary: (name) => `${name} is not a text file; not loaded.`,
    undecodable: (name, reason) => `Cannot read ${name}: ${reason}`,
    wrongType: (name) => `Only .txt, .md, .html and .docx files can be opened; ${name} was not loaded.`,
    loadedDocx: (name, saveAs) =>
      `Loaded the text of ${name}, one paragraph per line (line N is paragraph N); Download saves it as ${saveAs}, the Word file itself is never changed.`,
    unreadableDocx: (name) => `Cannot read ${name}: not a readable Word (.docx) file.`,
    dropHere: "Drop to load the file",
    error: (message) => `The check failed: ${message}`,
    chars: (n) => `${n.toLocaleString("en")} characters`,
    rules: {
      "no-duplicate-paragraph": "Repeated paragraphs and clauses",
      "no-truncated-sentence": "Paragraphs cut mid-sentence",
      "no-ellipsis-filler": "Ellipsis filler and placeholders",
      "consistent-numerals": "Numerals"
    }
  }
};

/** @returns {"zh" | "en"} */
export function pickLanguage(search = location.search, languages = navigator.languages ?? [navigator.language]) {
  const forced = new URLSearchParams(search).get("lang");
  if (forced === "zh" || forced === "en") return forced;
  for (const tag of languages) {
    const primary = String(tag).toLowerCase().split("-")[0];
    if (primary === "zh") return "zh";
    if (primary === "en") return "en";
  }
  return "en";
}

export function strings(lang) {
  return TEXT[lang];
}
