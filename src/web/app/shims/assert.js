// The three node:assert functions @textlint/ast-tester (pulled in by the kernel) calls, for the
// browser bundle. Same behaviour on success; a plain Error on failure.
function fail(message) {
  throw new Error(message || "Assertion failed");
}
export function ok(value, message) {
  if (!value) fail(message);
}
export function strictEqual(actual, expected, message) {
  if (actual !== expected) fail(message || `${String(actual)} !== ${String(expected)}`);
}
export function doesNotThrow(fn, message) {
  try {
    fn();
  } catch (error) {
    fail(message || String(error));
  }
}
export default Object.assign(ok, { ok, strictEqual, doesNotThrow });
