// Tables without ruling: blocks of lines that keep three or more columns open, cells read by
// the column their text starts in.

import { type Line, type PItem, composeLines, groupLines, isBlank, isSup, right } from "./lines.js";
import { type GridCellOut, type GridRowOut } from "./tables.js";
import {
  CELL_GAP_EM,
  COLUMN_MERGE_EM,
  LOOSE_MAX_STEP_EM,
  LOOSE_MIN_COLUMNS,
  LOOSE_MIN_ROWS,
  LOOSE_WRAP_EXTRA_EM,
  LOOSE_WRAP_MAX_PIECES,
  PARAGRAPH_STEP,
  SAME_ROW_EM,
  STYLE_SHARE,
} from "./thresholds.js";

/** Pieces of a line split at gaps wider than `gap` (cells of a borderless table row). */
function lineSegments(line: Line, gap: number): Array<{ x0: number; x1: number }> {
  const segs: Array<{ x0: number; x1: number }> = [];
  for (const it of line.items) {
    if (isBlank(it) || isSup(it, line)) continue;
    const last = segs[segs.length - 1];
    if (last && it.x - last.x1 < gap) last.x1 = Math.max(last.x1, right(it));
    else segs.push({ x0: it.x, x1: right(it) });
  }
  return segs;
}

export interface LooseTable {
  lines: Line[]; // the page lines the table replaces
  cols: number;
  rows: GridRowOut[];
}

/**
 * Tables drawn without ruling lines (borderless Word tables), on one page's body
 * lines in reading order. Cells are set apart by at least their padding (Word:
 * 2 × 0.19 cm), far more than a word space, so a row shows as a line with two
 * or more such gaps; a table is two or more such lines whose gaps line up, with
 * the lines between and right after them that fit inside the columns (wrapped
 * cells). Columns are the gaps clear of ink on every line of the block. A row
 * ends where the baseline steps by more than a cell's line advance (the cells'
 * padding), or where the first column, which holds one short entry per row,
 * gets a second one; lines less than 0.8 em below the previous one are the
 * vertically centred cells of the same row.
 */
export function looseTables(lines: Line[]): LooseTable[] {
  const out: LooseTable[] = [];
  const gapOf = (l: Line) => CELL_GAP_EM * l.size;
  const segsOf = new Map<Line, Array<{ x0: number; x1: number }>>();
  for (const l of lines) segsOf.set(l, lineSegments(l, gapOf(l)));
  const isCore = (l: Line) => segsOf.get(l)!.length >= LOOSE_MIN_COLUMNS;
  let i = 0;
  while (i < lines.length) {
    if (!isCore(lines[i])) {
      i++;
      continue;
    }
    // Grow a block from this core line: lines that keep at least 3 columns open.
    const block = [lines[i]];
    let cols = columnsOf(block, segsOf);
    let j = i + 1;
    while (j < lines.length) {
      const l = lines[j];
      const prev = block[block.length - 1];
      if (l.page !== prev.page || l.y - prev.y > LOOSE_MAX_STEP_EM * Math.max(l.size, prev.size) || l.y < prev.y) break;
      const next = columnsOf([...block, l], segsOf);
      if (next.length < LOOSE_MIN_COLUMNS || next.length < cols.length) break;
      block.push(l);
      cols = next;
      j++;
    }
    // Lines after the last core line must be wrapped cells (no gap of their own crossing a column edge).
    while (block.length > 1 && !isCore(block[block.length - 1])) block.pop();
    const cores = block.filter(isCore).length;
    if (cores < LOOSE_MIN_ROWS) {
      i++;
      continue;
    }
    // Trailing wrapped lines of the last row: close below, inside one column each.
    let k = i + block.length;
    while (k < lines.length) {
      const l = lines[k];
      const prev = block[block.length - 1];
      if (l.page !== prev.page || l.y - prev.y > CELL_GAP_EM * l.size + LOOSE_WRAP_EXTRA_EM * Math.max(l.size, prev.size)) break;
      if (segsOf.get(l)!.length >= LOOSE_WRAP_MAX_PIECES || columnsOf([...block, l], segsOf).length !== cols.length) break;
      block.push(l);
      k++;
    }
    cols = columnsOf(block, segsOf);
    out.push({ lines: block, cols: cols.length, rows: looseRows(block, cols) });
    i += block.length;
  }
  return out;
}

/** Column bands [x0, x1] of a block: the projection of its ink split at gaps of 0.6 em or more. */
function columnsOf(block: Line[], segsOf: Map<Line, Array<{ x0: number; x1: number }>>): Array<{ x0: number; x1: number }> {
  const iv = block.flatMap((l) => segsOf.get(l)!).sort((a, b) => a.x0 - b.x0);
  const size = Math.min(...block.map((l) => l.size));
  const bands: Array<{ x0: number; x1: number }> = [];
  for (const s of iv) {
    const last = bands[bands.length - 1];
    if (last && s.x0 - last.x1 < COLUMN_MERGE_EM * size) last.x1 = Math.max(last.x1, s.x1);
    else bands.push({ ...s });
  }
  return bands;
}

function looseRows(block: Line[], cols: Array<{ x0: number; x1: number }>): GridRowOut[] {
  const colOf = (it: PItem) => {
    const cx = it.x + it.w / 2;
    let c = 0;
    while (c < cols.length - 1 && cx >= (cols[c].x1 + cols[c + 1].x0) / 2) c++;
    return c;
  };
  const has0 = (l: Line) => l.items.some((it) => !isBlank(it) && colOf(it) === 0);
  // A cell's own line advance: the smallest step between two lines that both hold ink in one column.
  let adv = Infinity;
  for (let c = 0; c < cols.length; c++) {
    let last: Line | null = null;
    for (const l of block) {
      if (!l.items.some((it) => !isBlank(it) && colOf(it) === c)) continue;
      if (last && l.y - last.y >= SAME_ROW_EM * l.size) adv = Math.min(adv, l.y - last.y);
      last = l;
    }
  }
  const groups: Line[][] = [];
  let first0 = false;
  for (let i = 0; i < block.length; i++) {
    const l = block[i];
    const prev = block[i - 1];
    const step = prev ? l.y - prev.y : Infinity;
    let starts = !prev;
    if (prev && step >= SAME_ROW_EM * l.size) starts = step > PARAGRAPH_STEP * adv || (has0(l) && first0);
    if (starts) {
      groups.push([]);
      first0 = false;
    }
    groups[groups.length - 1].push(l);
    if (has0(l)) first0 = true;
  }
  return groups.map((g) => {
    const cells: GridCellOut[] = cols.map((_, c) => {
      const items = g.flatMap((l) => l.items.filter((it) => colOf(it) === c));
      const comp = composeLines(groupLines(items));
      return { text: comp.text, refs: comp.refs, bold: comp.boldShare > STYLE_SHARE };
    });
    return { cells, top: g[0].y - g[0].size, mergedDown: 0 };
  });
}
