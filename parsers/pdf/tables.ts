// Ruled tables: rebuilt from their ruling lines, in named stages (grids from the ruling,
// merged cells, items placed in cells, rows composed).

import { type NoteRefIn, type PItem, type Seg, composeLines, groupLines, near } from "./lines.js";
import { GLYPH_MIDDLE_EM, RULING_REACH, RULING_TOL, STYLE_SHARE } from "./thresholds.js";

export interface GridCellOut {
  text: string;
  span?: number;
  refs: NoteRefIn[];
  bold: boolean;
}
export interface GridRowOut {
  cells: GridCellOut[];
  top: number;
  /** how many grid rows below this one the row's tallest merged cell reaches (0: none) */
  mergedDown: number;
}
export interface TableOut {
  box: Seg; // x0,y0,x1,y1 of the ruling
  cols: number;
  rows: GridRowOut[];
}

function clusterValues(vs: number[], tol: number): number[] {
  const s = [...vs].sort((a, b) => a - b);
  const out: number[] = [];
  for (const v of s) {
    if (out.length && v - out[out.length - 1] <= tol) continue;
    out.push(v);
  }
  return out;
}

/** Groups of ruling segments that touch each other (a table's borders). */
function segComponents(segs: Seg[], tol = RULING_TOL): Seg[][] {
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const touch = (a: Seg, b: Seg) =>
    a.x0 - tol <= b.x1 && b.x0 - tol <= a.x1 && a.y0 - tol <= b.y1 && b.y0 - tol <= a.y1;
  for (let i = 0; i < segs.length; i++)
    for (let j = i + 1; j < segs.length; j++) if (touch(segs[i], segs[j])) parent[find(i)] = find(j);
  const groups = new Map<number, Seg[]>();
  segs.forEach((s, i) => {
    const r = find(i);
    if (!groups.has(r)) groups.set(r, []);
    groups.get(r)!.push(s);
  });
  return [...groups.values()];
}

/** The grid a group of ruling lines draws: its rules and the x of its columns' and y of its rows' edges. */
interface Grid {
  hs: Seg[];
  vs: Seg[];
  xs: number[];
  ys: number[];
  nr: number;
  nc: number;
}

/** A cell of the page's table: merged grid cells (rows r0..r1, columns c0..c1) and the runs inside it. */
interface Region {
  r0: number;
  r1: number;
  c0: number;
  c1: number;
  items: PItem[];
}

/** The merged cells of a grid: each grid cell's region key (`find`) and the regions by key. */
interface Regions {
  find: (cell: number) => number;
  byKey: Map<number, Region>;
}

const horizontal = (s: Seg) => s.y1 - s.y0 <= RULING_TOL && s.x1 - s.x0 > RULING_TOL;
const vertical = (s: Seg) => s.x1 - s.x0 <= RULING_TOL && s.y1 - s.y0 > RULING_TOL;

/** Stage 1: the grids the ruling draws, one per group of touching rules with two rules each way. */
function rulingGrids(segs: Seg[]): Grid[] {
  const grids: Grid[] = [];
  for (const comp of segComponents(segs.filter((s) => horizontal(s) || vertical(s)))) {
    const hs = comp.filter(horizontal);
    const vs = comp.filter(vertical);
    if (hs.length < 2 || vs.length < 2) continue;
    const xs = clusterValues(vs.map((s) => (s.x0 + s.x1) / 2), RULING_TOL);
    const ys = clusterValues(hs.map((s) => (s.y0 + s.y1) / 2), RULING_TOL);
    if (xs.length < 2 || ys.length < 2) continue;
    grids.push({ hs, vs, xs, ys, nr: ys.length - 1, nc: xs.length - 1 });
  }
  return grids;
}

/**
 * Stage 2: two neighbouring grid cells are one merged cell when the rule between them is missing
 * there (a row spanning several columns, a cell spanning two rows).
 */
function mergedCells(g: Grid): Regions {
  const { hs, vs, xs, ys, nr, nc } = g;
  const hasV = (x: number, y: number) => vs.some((s) => near((s.x0 + s.x1) / 2, x, RULING_TOL) && s.y0 - RULING_REACH <= y && y <= s.y1 + RULING_REACH);
  const hasH = (y: number, x: number) => hs.some((s) => near((s.y0 + s.y1) / 2, y, RULING_TOL) && s.x0 - RULING_REACH <= x && x <= s.x1 + RULING_REACH);
  const parent = Array.from({ length: nr * nc }, (_, i) => i);
  const find = (i: number): number => (parent[i] === i ? i : (parent[i] = find(parent[i])));
  const union = (a: number, b: number) => {
    const ra = find(a);
    const rb = find(b);
    if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb);
  };
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      const ym = (ys[r] + ys[r + 1]) / 2;
      const xm = (xs[c] + xs[c + 1]) / 2;
      if (c + 1 < nc && !hasV(xs[c + 1], ym)) union(r * nc + c, r * nc + c + 1);
      if (r + 1 < nr && !hasH(ys[r + 1], xm)) union(r * nc + c, (r + 1) * nc + c);
    }
  // the extent of each merged cell
  const byKey = new Map<number, Region>();
  for (let r = 0; r < nr; r++)
    for (let c = 0; c < nc; c++) {
      const k = find(r * nc + c);
      const reg = byKey.get(k);
      if (!reg) byKey.set(k, { r0: r, r1: r, c0: c, c1: c, items: [] });
      else {
        reg.r0 = Math.min(reg.r0, r);
        reg.r1 = Math.max(reg.r1, r);
        reg.c0 = Math.min(reg.c0, c);
        reg.c1 = Math.max(reg.c1, c);
      }
    }
  return { find, byKey };
}

/** Stage 3: each run goes to the cell that holds its centre; the runs outside the grid are returned. */
function placeItems(g: Grid, regions: Regions, items: PItem[]): PItem[] {
  const { xs, ys, nr, nc } = g;
  const outside: PItem[] = [];
  for (const it of items) {
    const cx = it.x + it.w / 2;
    const cy = it.y - GLYPH_MIDDLE_EM * it.size;
    if (cx < xs[0] || cx > xs[nc] || cy < ys[0] || cy > ys[nr]) {
      outside.push(it);
      continue;
    }
    let c = 0;
    while (c < nc - 1 && cx >= xs[c + 1]) c++;
    let r = 0;
    while (r < nr - 1 && cy >= ys[r + 1]) r++;
    regions.byKey.get(regions.find(r * nc + c))!.items.push(it);
  }
  return outside;
}

/** Stage 4: the rows of the table, each merged cell's runs composed into its text; rows with no text are dropped. */
function tableRows(g: Grid, regions: Regions): GridRowOut[] {
  const { ys, nr, nc } = g;
  const texts = new Map<number, GridCellOut>();
  for (const [k, reg] of regions.byKey) {
    const comp = composeLines(groupLines(reg.items));
    texts.set(k, { text: comp.text, refs: comp.refs, bold: comp.boldShare > STYLE_SHARE });
  }
  const rows: GridRowOut[] = [];
  for (let r = 0; r < nr; r++) {
    const cells: GridCellOut[] = [];
    let mergedDown = 0;
    for (let c = 0; c < nc; ) {
      const k = regions.find(r * nc + c);
      const reg = regions.byKey.get(k)!;
      const span = reg.c1 - c + 1;
      // A cell merged from the row above is an empty cell in this row, like
      // Word's vMerge continuation.
      const cell: GridCellOut = reg.r0 === r ? texts.get(k)! : { text: "", refs: [], bold: false };
      cells.push(span > 1 ? { ...cell, span } : cell);
      if (reg.r0 === r) mergedDown = Math.max(mergedDown, reg.r1 - r);
      c += span;
    }
    if (cells.some((c) => c.text !== "")) rows.push({ cells, top: ys[r], mergedDown });
  }
  return rows;
}

/**
 * Tables rebuilt from their ruling: column edges are the x of the vertical rules, row edges the y
 * of the horizontal ones, in four stages (rulingGrids, mergedCells, placeItems, tableRows).
 * Returns the tables and the items left outside them.
 */
export function buildTables(items: PItem[], segs: Seg[]): { tables: TableOut[]; rest: PItem[] } {
  const tables: TableOut[] = [];
  let rest = items;
  for (const g of rulingGrids(segs)) {
    const regions = mergedCells(g);
    rest = placeItems(g, regions, rest);
    const box: Seg = { x0: g.xs[0], y0: g.ys[0], x1: g.xs[g.nc], y1: g.ys[g.nr] };
    tables.push({ box, cols: g.nc, rows: tableRows(g, regions) });
  }
  return { tables, rest };
}
