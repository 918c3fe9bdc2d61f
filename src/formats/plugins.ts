// The textlint plugins copydesk reads copy with: textlint's own text and Markdown plugins,
// textlint-plugin-html for HTML (.html, .htm), and its own Word plugin for .docx.
import type { TextlintKernelPlugin } from "@textlint/kernel";
import type { TxtParentNode } from "@textlint/ast-node-types";
import { builtInPlugins } from "textlint/lib/src/loader/TextlintrcLoader.js";
import htmlPluginModule from "textlint-plugin-html";
import { DOCX_EXTENSIONS, looksLikeZip, readDocxFile } from "./docx.js";

type Processor = {
  availableExtensions(): string[];
  processor(ext: string): {
    preProcess(text: string, filePath?: string): TxtParentNode | { text: string; ast: TxtParentNode } | Promise<unknown>;
    postProcess(messages: unknown[], filePath?: string): { messages: unknown[]; filePath: string };
  };
};
type ProcessorClass = new (options?: unknown) => Processor;

const textPlugin = builtInPlugins.find((p) => p.pluginId === "@textlint/textlint-plugin-text")!.plugin as { Processor: ProcessorClass };

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

const htmlPlugin = ((htmlPluginModule as unknown as { default?: unknown }).default ?? htmlPluginModule) as { Processor: ProcessorClass };

/** textlint's built-in plugins, then HTML and Word. */
export const copydeskPlugins: TextlintKernelPlugin[] = [
  ...builtInPlugins,
  { pluginId: "html", plugin: htmlPlugin, options: true },
  { pluginId: "copydesk-docx", plugin: docxPlugin, options: true }
] as TextlintKernelPlugin[];

/** copydesk's plugins first (as textlint puts its built-in ones first), except those the config loads itself, then the config's. */
export function withCopydeskPlugins(plugins: readonly TextlintKernelPlugin[]): TextlintKernelPlugin[] {
  const ids = new Set(plugins.map((p) => p.pluginId));
  return [...copydeskPlugins.filter((p) => !ids.has(p.pluginId) && !ids.has(`textlint-plugin-${p.pluginId}`)), ...plugins];
}
