// Two-column blocks: the header above the title (organisation left, motto right) and the
// closing (recipients left, signature right), split at the widest vertical gap.

import { type Line, type PItem, finishLine, isBlank, isSup, near, right } from "./lines.js";
import { ALIGN_TOL, BLOCK_MAX_STEP_EM } from "./thresholds.js";

export interface SideLines {
  left: Line[];
  right: Line[];
}

/** The x gaps of at least `minGap` in the projection of the rows' ink, widest first. */
function projectionGaps(rows: Line[], minGap: number): Array<{ a: number; b: number }> {
  const iv = rows
    .flatMap((l) => l.items.filter((it) => !isBlank(it) && !isSup(it, l)).map((it) => [it.x, right(it)] as const))
    .sort((p, q) => p[0] - q[0]);
  const gaps: Array<{ a: number; b: number }> = [];
  if (!iv.length) return gaps;
  let end = iv[0][1];
  for (const [x0, x1] of iv.slice(1)) {
    if (x0 - end >= minGap) gaps.push({ a: end, b: x0 });
    end = Math.max(end, x1);
  }
  return gaps.sort((p, q) => q.b - q.a - (p.b - p.a));
}

function splitRow(line: Line, mid: number): { l: Line | null; r: Line | null } {
  const li = line.items.filter((it) => it.x + it.w / 2 < mid);
  const ri = line.items.filter((it) => it.x + it.w / 2 >= mid);
  const mk = (items: PItem[]) => (items.some((it) => !isBlank(it)) ? finishLine(items, line.page) : null);
  return { l: mk(li), r: mk(ri) };
}

/** A line is aligned with a column when it shares a left edge, centre or right edge with a line of it. */
function aligned(line: Line, col: Line[], tol = ALIGN_TOL): boolean {
  if (!col.length) return true;
  const c = (line.x0 + line.x1) / 2;
  return col.some((o) => near(o.x0, line.x0, tol) || near((o.x0 + o.x1) / 2, c, tol) || near(o.x1, line.x1, tol));
}

/**
 * Checks whether consecutive rows form a two-column block (a header or closing
 * laid out as a borderless two-column table): their ink leaves a vertical gap
 * at least `minGap` wide, and each column's lines line up by left edge, centre
 * or right edge. Returns the sides when valid, "single" when all the ink is on
 * one side so far, or null when the rows cannot be one such block.
 */
export function twoColumns(rows: Line[], minGap: number): SideLines | "single" | null {
  const gaps = projectionGaps(rows, minGap);
  if (!gaps.length) {
    // No gap yet: still a candidate if the rows line up as one column.
    const col: Line[] = [];
    for (const r of rows) {
      if (!aligned(r, col)) return null;
      col.push(r);
    }
    return "single";
  }
  // A tab inside a column can leave a gap as wide as the one between the
  // columns: try each gap, widest first, and keep the first that gives two
  // aligned columns.
  for (const gap of gaps) {
    const sides = splitAt(rows, (gap.a + gap.b) / 2);
    if (sides) return sides;
  }
  return null;
}

function splitAt(rows: Line[], mid: number): SideLines | null {
  const left: Line[] = [];
  const rightSide: Line[] = [];
  for (const row of rows) {
    const { l, r } = splitRow(row, mid);
    if (l) {
      if (!aligned(l, left)) return null;
      left.push(l);
    }
    if (r) {
      if (!aligned(r, rightSide)) return null;
      rightSide.push(r);
    }
  }
  return left.length && rightSide.length ? { left, right: rightSide } : null;
}

/** Rows are close enough vertically to belong to one block. */
const contiguous = (upper: Line, lower: Line) => lower.y - upper.y <= BLOCK_MAX_STEP_EM * Math.max(upper.size, lower.size);

/** The two-column block that opens a page: the longest prefix of rows that is one. */
export function headerBlock(rows: Line[], minGap: number): { count: number; sides: SideLines } | null {
  let best: { count: number; sides: SideLines } | null = null;
  for (let n = 1; n <= rows.length; n++) {
    if (n > 1 && !contiguous(rows[n - 2], rows[n - 1])) break;
    const res = twoColumns(rows.slice(0, n), minGap);
    if (res === null) break;
    if (res !== "single") best = { count: n, sides: res };
  }
  return best;
}

/** The two-column block that closes a document: the longest suffix of rows that is one. */
export function closingBlock(rows: Line[], minGap: number): { count: number; sides: SideLines } | null {
  let best: { count: number; sides: SideLines } | null = null;
  for (let n = 1; n <= rows.length; n++) {
    const i = rows.length - n;
    if (n > 1 && !contiguous(rows[i], rows[i + 1])) break;
    const res = twoColumns(rows.slice(i), minGap);
    if (res === null) break;
    if (res !== "single") best = { count: n, sides: res };
  }
  return best;
}
