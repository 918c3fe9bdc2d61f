/**
 * The shortest edit script between two sequences (insertions and deletions, Myers' O(ND)
 * algorithm), given up past `maxD` edits: linear in the input for a fixed bound, so a near copy
 * (a few edits) costs about its length and two unrelated paragraphs cost at most
 * O((n + m) · maxD) before giving up.
 */
export interface Hunk {
  /** Position in `a` and the items of `a` removed there. */
  aStart: number;
  removed: string[];
  /** Position in `b` and the items of `b` put there. */
  bStart: number;
  added: string[];
}

export interface EditDiff {
  /** Number of insertions plus deletions. */
  distance: number;
  hunks: Hunk[];
}

export function editDiff(a: readonly string[], b: readonly string[], maxD: number): EditDiff | null {
  const n = a.length;
  const m = b.length;
  const max = Math.min(n + m, Math.max(0, Math.floor(maxD)));
  const offset = max + 1;
  let v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  let found = -1;
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    const next = v.slice();
    for (let k = -d; k <= d; k += 2) {
      let x: number;
      if (k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!)) x = v[offset + k + 1]!;
      else x = v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      next[offset + k] = x;
      if (x >= n && y >= m) {
        found = d;
        break;
      }
    }
    v = next;
    if (found >= 0) break;
  }
  if (found < 0) return null;
  // Walk back through the trace: each step is one deletion (x moved) or insertion (y moved).
  const ops: { kind: "del" | "ins"; x: number; y: number }[] = [];
  let x = n;
  let y = m;
  for (let d = found; d > 0; d--) {
    const vPrev = trace[d]!;
    const k = x - y;
    const down = k === -d || (k !== d && vPrev[offset + k - 1]! < vPrev[offset + k + 1]!);
    const prevK = down ? k + 1 : k - 1;
    const prevX = vPrev[offset + prevK]!;
    const prevY = prevX - prevK;
    // Snake back to the end of the previous step.
    while (x > prevX + (down ? 0 : 1) && y > prevY + (down ? 1 : 0)) {
      x--;
      y--;
    }
    if (down) ops.push({ kind: "ins", x, y: y - 1 });
    else ops.push({ kind: "del", x: x - 1, y });
    x = prevX;
    y = prevY;
  }
  ops.reverse();
  const hunks: Hunk[] = [];
  for (const op of ops) {
    const last = hunks[hunks.length - 1];
    const aPos = op.kind === "del" ? op.x : op.x;
    const bPos = op.kind === "ins" ? op.y : op.y;
    if (last && last.aStart + last.removed.length === aPos && last.bStart + last.added.length === bPos) {
      if (op.kind === "del") last.removed.push(a[op.x]!);
      else last.added.push(b[op.y]!);
    } else {
      hunks.push(
        op.kind === "del"
          ? { aStart: op.x, removed: [a[op.x]!], bStart: op.y, added: [] }
          : { aStart: op.x, removed: [], bStart: op.y, added: [b[op.y]!] }
      );
    }
  }
  return { distance: found, hunks };
}
