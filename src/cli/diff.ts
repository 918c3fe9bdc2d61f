// A unified diff (the `diff -u` / `git diff` format) for `--fix --dry-run`, so the output can be
// read, or applied with `patch -p1` / `git apply`.

/** Splits into lines that keep their terminators, so CRLF and a missing final newline survive. */
function splitLines(text: string): string[] {
  const lines = text.split(/(?<=\n)/);
  return lines.length === 1 && lines[0] === "" ? [] : lines;
}

type Op = { kind: " " | "-" | "+"; line: string };

/** Above this many differing lines the middle is shown as one replaced block instead of a minimal diff. */
const MAX_EDIT_DISTANCE = 2000;

/** Myers' O((N+M)·D) diff of two line arrays. Returns undefined when D exceeds the limit. */
function myers(a: string[], b: string[]): Op[] | undefined {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1] < v[offset + k + 1]) ? v[offset + k + 1] : v[offset + k - 1] + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) {
        // Walk the trace back from (n, m) to build the edit script.
        const ops: Op[] = [];
        let cx = n;
        let cy = m;
        for (let dd = d; dd > 0; dd--) {
          const pv = trace[dd];
          const kk = cx - cy;
          const prevK = kk === -dd || (kk !== dd && pv[offset + kk - 1] < pv[offset + kk + 1]) ? kk + 1 : kk - 1;
          const px = pv[offset + prevK];
          const py = px - prevK;
          while (cx > px && cy > py) {
            cy--;
            ops.push({ kind: " ", line: a[--cx] });
          }
          if (cx === px) ops.push({ kind: "+", line: b[--cy] });
          else ops.push({ kind: "-", line: a[--cx] });
        }
        while (cx > 0 && cy > 0) {
          cy--;
          ops.push({ kind: " ", line: a[--cx] });
        }
        return ops.reverse();
      }
    }
  }
  return undefined;
}

function editScript(a: string[], b: string[]): Op[] {
  // Fixes are local: strip the common head and tail first so the search only sees the changes.
  let head = 0;
  while (head < a.length && head < b.length && a[head] === b[head]) head++;
  let tail = 0;
  while (tail < a.length - head && tail < b.length - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
  const midA = a.slice(head, a.length - tail);
  const midB = b.slice(head, b.length - tail);
  const middle = myers(midA, midB) ?? [...midA.map((line): Op => ({ kind: "-", line })), ...midB.map((line): Op => ({ kind: "+", line }))];
  return [
    ...a.slice(0, head).map((line): Op => ({ kind: " ", line })),
    ...middle,
    ...a.slice(a.length - tail).map((line): Op => ({ kind: " ", line }))
  ];
}

function render(op: Op): string {
  if (op.line.endsWith("\n")) return op.kind + op.line;
  return `${op.kind}${op.line}\n\\ No newline at end of file\n`;
}

/** The unified diff between two versions of a file, with `context` lines around each change. */
export function unifiedDiff(oldName: string, newName: string, before: string, after: string, context = 3): string {
  if (before === after) return "";
  const ops = editScript(splitLines(before), splitLines(after));
  const out = [`--- ${oldName}\n`, `+++ ${newName}\n`];
  let i = 0;
  let counted = 0;
  let oldLine = 1;
  let newLine = 1;
  while (i < ops.length) {
    if (ops[i].kind === " ") {
      i++;
      continue;
    }
    // A hunk starts `context` lines before the change and ends when `2 * context` equal lines follow.
    let start = i;
    for (let c = 0; c < context && start > 0 && ops[start - 1].kind === " "; c++) start--;
    let end = i;
    let lastChange = i;
    while (end < ops.length) {
      if (ops[end].kind !== " ") lastChange = end;
      else if (end - lastChange > 2 * context) break;
      end++;
    }
    end = Math.min(ops.length, lastChange + context + 1);
    // Line numbers where the hunk starts in each file, counted on from the previous hunk.
    for (; counted < start; counted++) {
      if (ops[counted].kind !== "+") oldLine++;
      if (ops[counted].kind !== "-") newLine++;
    }
    const hunk = ops.slice(start, end);
    const oldCount = hunk.filter((o) => o.kind !== "+").length;
    const newCount = hunk.filter((o) => o.kind !== "-").length;
    const range = (line: number, count: number) => `${count === 0 ? line - 1 : line}${count === 1 ? "" : `,${count}`}`;
    out.push(`@@ -${range(oldLine, oldCount)} +${range(newLine, newCount)} @@\n`);
    for (const op of hunk) out.push(render(op));
    i = end;
  }
  return out.join("");
}
