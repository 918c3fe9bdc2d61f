// The one thing the command asks of textlint's linter: lint a text as the file it came from.
// textlint's createLinter does exactly this over the kernel (`lintText`), but loading it brings
// its file cache, glob and ignore-file machinery (about 40 modules) that the command never uses;
// the kernel alone keeps the start of a one-story lint short (issue 19).
import path from "node:path";
import type { TextlintKernelDescriptor } from "@textlint/kernel";
import { TextlintKernel } from "../vendor/kernel.js";
import type { TextlintResult } from "@textlint/types";

export interface Linter {
  lintText(text: string, filePath: string): Promise<TextlintResult>;
}

/** What `createLinter({ descriptor, quiet }).lintText` does (textlint 15, lib/src/createLinter.js). */
export function createLinter(options: { descriptor: TextlintKernelDescriptor; quiet?: boolean }): Linter {
  const kernel = new TextlintKernel({ quiet: options.quiet });
  const baseOptions = options.descriptor.toKernelOptions();
  return {
    lintText(text, filePath) {
      return kernel.lintText(text, { ext: path.extname(filePath), filePath, ...baseOptions });
    }
  };
}
