// The English parser's packages in one module. `npm run build` bundles this module's output into a
// single file (scripts/bundle-vendor.mjs): Node loads each of their 70-odd small ES modules on
// its own, which cost every start-up about 70 ms, Chinese copy included; bundled, about 8 ms.
export { unified } from "unified";
export { default as retextEnglish } from "retext-english";
export { toString as nlcstToString } from "nlcst-to-string";
