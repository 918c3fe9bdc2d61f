// The textlint plugins copydesk reads copy with: textlint's own text and Markdown plugins,
// textlint-plugin-html for HTML (.html, .htm), and its own Word plugin for .docx.
//
// Only the text plugin is loaded up front: the Markdown and HTML parsers (remark, rehype) are
// loaded the first time a document of their kind is parsed, so that linting one plain-text story
// does not pay for them (issue 19: imported alone they take about 50 and 80 ms).
import { createRequire } from "node:module";
import type { TextlintKernelPlugin } from "@textlint/kernel";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { DOCX_EXTENSIONS, looksLikeZip, readDocxFile } from "./docx.js";

/** textlint's built-in plugins, from the same directory as the `textlint` package (as textlint loads them). */
const fromTextlint = createRequire(createRequire(import.meta.url).resolve("textlint/package.json"));

type Processor = {
  availableExtensions(): string[];
  processor(ext: string): {
    preProcess(text: string, filePath?: string): TxtParentNode | { text: string; ast: TxtParentNode } | Promise<unknown>;
    postProcess(messages: unknown[], filePath?: string): { messages: unknown[]; filePath: string };
  };
};
type ProcessorClass = new (options?: unknown) => Processor;

type PluginModule = { Processor: ProcessorClass };

/** A CommonJS or ES module's plugin object (`exports.default` under interop). */
function pluginOf(module: unknown): PluginModule {
  const m = module as { default?: unknown };
  return (m.default && typeof m.default === "object" ? m.default : m) as PluginModule;
}

const textPlugin = pluginOf(fromTextlint("@textlint/textlint-plugin-text"));

/**
 * A plugin whose module is loaded on first parse: it answers for `extensions` (and those a
 * config adds with `extensions`, as textlint's plugins do) and hands each document to the real
 * processor once `load` has given it. tests/formats.test.ts holds the extensions to the real plugin's.
 */
function lazyPlugin(extensions: readonly string[], load: () => Promise<unknown>): PluginModule {
  class LazyProcessor implements Processor {
    private real?: Processor;
    constructor(private readonly options: unknown = {}) {}
    availableExtensions(): string[] {
      const extra = (this.options as { extensions?: unknown } | undefined)?.extensions;
      return [...extensions, ...(Array.isArray(extra) ? (extra as string[]) : [])];
    }
    processor(ext: string) {
      let real: ReturnType<Processor["processor"]> | undefined;
      const loadReal = async () => {
        this.real ??= new (pluginOf(await load()).Processor)(this.options);
        return (real = this.real.processor(ext));
      };
      return {
        async preProcess(text: string, filePath?: string) {
          return (await loadReal()).preProcess(text, filePath);
        },
        postProcess(messages: unknown[], filePath?: string) {
          return real ? real.postProcess(messages, filePath) : { messages, filePath: filePath ?? `<${ext}>` };
        }
      };
    }
  }
  return { Processor: LazyProcessor };
}

/** The extensions of textlint's Markdown plugin (MarkdownProcessor.availableExtensions). */
export const MARKDOWN_PLUGIN_EXTENSIONS = [".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown", ".ron"];
/** The extensions of textlint-plugin-html (HTMLProcessor.availableExtensions). */
export const HTML_PLUGIN_EXTENSIONS = [".htm", ".html"];

const markdownPlugin = lazyPlugin(MARKDOWN_PLUGIN_EXTENSIONS, async () => fromTextlint("@textlint/textlint-plugin-markdown"));
const htmlPlugin = lazyPlugin(HTML_PLUGIN_EXTENSIONS, () => import("textlint-plugin-html"));

/**
 * Word documents. The copydesk command hands the kernel the document's text (see docx.ts);
 * stock textlint reads the .docx as if it were UTF-8 text, so a zip archive coming in is read
 * again from its path. The text is parsed as plain text, one paragraph per line.
 */
export class DocxProcessor implements Processor {
  private readonly text: Processor;
  constructor(options: unknown = {}) {
    this.text = new textPlugin.Processor(options);
  }
  availableExtensions(): string[] {
    return [...DOCX_EXTENSIONS];
  }
  processor(ext: string) {
    const text = this.text.processor(".txt");
    return {
      async preProcess(source: string, filePath?: string) {
        if (!looksLikeZip(source)) {
          // Stock textlint's --fix parses the text it got from the archive again, then writes the
          // result over the file: the Word archive would become plain text. Refuse before that.
          if (filePath && readFromArchive.get(filePath) === source) {
            throw new Error(
              `${filePath}: copydesk does not write Word files; \`copydesk --fix --dry-run ${filePath}\` shows the fixes, \`copydesk --fix --stdin --stdin-filename story.docx < ${filePath}\` prints the fixed text`
            );
          }
          return text.preProcess(source, filePath);
        }
        if (!filePath) throw new Error("a Word (.docx) document needs its file path");
        const extracted = await readDocxFile(filePath);
        readFromArchive.set(filePath, extracted);
        return { text: extracted, ast: text.preProcess(extracted, filePath) as TxtParentNode };
      },
      postProcess(messages: unknown[], filePath?: string) {
        return { messages, filePath: filePath ?? `<${ext}>` };
      }
    };
  }
}

export const docxPlugin = { Processor: DocxProcessor };

/**
 * The text stock textlint got from each Word file it read as an archive. Only textlint's fixer
 * parses that same text again for the same path (its linter parses once; the copydesk command
 * never hands the kernel an archive).
 */
const readFromArchive = new Map<string, string>();

/** textlint's built-in plugins (the ids textlint gives them), then HTML and Word. */
export const copydeskPlugins: TextlintKernelPlugin[] = [
  { pluginId: "@textlint/textlint-plugin-text", plugin: textPlugin, options: true },
  { pluginId: "@textlint/textlint-plugin-markdown", plugin: markdownPlugin, options: true },
  { pluginId: "html", plugin: htmlPlugin, options: true },
  { pluginId: "copydesk-docx", plugin: docxPlugin, options: true }
] as TextlintKernelPlugin[];

/** copydesk's plugins first (as textlint puts its built-in ones first), except those the config loads itself, then the config's. */
export function withCopydeskPlugins(plugins: readonly TextlintKernelPlugin[]): TextlintKernelPlugin[] {
  const ids = new Set(plugins.map((p) => p.pluginId));
  return [...copydeskPlugins.filter((p) => !ids.has(p.pluginId) && !ids.has(`textlint-plugin-${p.pluginId}`)), ...plugins];
}
