// textlint's kernel for the command line, in one module: `npm run build` bundles this module's
// output into a single file (scripts/bundle-vendor.mjs), which loads in about a third of the time
// its 40-odd CommonJS modules take one by one. The language server and a project's own
// `.textlintrc` (textlint's loader) use the package itself.
export { TextlintKernel, TextlintKernelDescriptor } from "@textlint/kernel";
