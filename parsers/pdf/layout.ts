// Pure layout rules of the PDF parser, over positioned text items.
//
// Coordinates are top-down (y grows downwards, like the rendered page): `y` is an
// item's baseline, `x` its left edge, `w` its advance width, `size` its font size,
// all in PDF points after the page's viewport transform. Nothing here knows
// pdfjs, so every rule can be tested with synthetic items.

import {
  ADVANCE_MAX_EM,
  ADVANCE_MIN_EM,
  ALIGN_TOL,
  BASELINE_TOL_EM,
  BLOCK_MAX_STEP_EM,
  CELL_GAP_EM,
  CENTRE_TOL,
  COLUMN_MERGE_EM,
  DEFAULT_ADVANCE_EM,
  GLYPH_MIDDLE_EM,
  HALF_POINTS,
  HANG_TOL,
  INDENT_EM,
  LABEL_MAX_CHARS,
  LABEL_MAX_EM,
  LEFT_EDGE_MIN_LINES,
  LEFT_EDGE_SHARE,
  LINE_SEARCH_EM,
  LOOSE_MAX_STEP_EM,
  LOOSE_MIN_COLUMNS,
  LOOSE_MIN_ROWS,
  LOOSE_WRAP_EXTRA_EM,
  LOOSE_WRAP_MAX_PIECES,
  MEASURE_MIN_LINES,
  NOTE_RULE_MAX_WIDTH,
  NOTE_RULE_MIN_WIDTH,
  NOTE_SIZE_RATIO,
  NOTE_SIZE_RATIO_NO_RULE,
  PARAGRAPH_STEP,
  RIGHT_EDGE_PERCENTILE,
  RIGHT_EDGE_SLACK,
  RULE_MAX_THICKNESS,
  RULING_REACH,
  RULING_TOL,
  RUNNING_BOTTOM,
  RUNNING_MIN_PAGES,
  RUNNING_TOP,
  RUNNING_Y_STEP,
  SAME_ROW_EM,
  SAME_SIZE_PT,
  SHORT_LINE_EM,
  SIZE_EPSILON,
  STYLE_SHARE,
  SUP_MAX_CHARS,
  SUP_MAX_DROP_EM,
  SUP_MAX_SIZE_RATIO,
  SUP_MIN_RAISE_EM,
  TAB_MIN_EM,
  WIDE_LINE_SHARE,
  WORD_SPACE_EM,
} from "./thresholds.js";

/** One text run as the PDF draws it. */
export interface PItem {
  str: string;
  x: number;
  y: number;
  w: number;
  size: number;
  bold?: boolean;
  italic?: boolean;
}

/** A ruling line (a stroked line or a hair-thin filled rectangle), normalised x0<=x1, y0<=y1. */
export interface Seg {
  x0: number;
  y0: number;
  x1: number;
  y1: number;
}

/** Items that share a baseline, left to right. */
export interface Line {
  items: PItem[];
  y: number; // baseline of the line's body text (not of its superscripts)
  size: number; // font size of the line's body text
  x0: number;
  x1: number;
  page: number;
}

export interface NoteRefIn {
  marker: string;
  at: number;
}

/**
 * Symbol and Wingdings draw their glyphs at private-use code points (U+F020 +
 * the font's byte); a PDF's text layer often keeps them. The few that Word's
 * bullet gallery uses become the characters they show.
 */
const PRIVATE_USE: Record<string, string> = {
  "\uF0B7": "•", // Symbol bullet, Word's default
  "\uF02D": "-", // Symbol minus
  "\uF02B": "+",
  "\uF0A7": "▪", // Wingdings small square
  "\uF0D8": "➢", // Wingdings arrowhead
  "\uF0FC": "✓", // Wingdings check mark
};
export const visibleText = (s: string): string =>
  /[\uF000-\uF0FF]/.test(s) ? s.replace(/[\uF000-\uF0FF]/g, (c) => PRIVATE_USE[c] ?? c) : s;

export const isBlank = (it: PItem): boolean => it.str.trim() === "";
const right = (it: PItem): number => it.x + it.w;

// ---------------------------------------------------------------- lines

/** A raised, smaller run glued to a word: a footnote reference or a footnote's own number. */
export function isSup(it: PItem, line: { y: number; size: number }): boolean {
  // Word and LibreOffice print superscripts at about 58 % of the font size,
  // raised by about a third of it; footnote text (10-11 pt under 14 pt) is not.
  return it.size < SUP_MAX_SIZE_RATIO * line.size && line.y - it.y > SUP_MIN_RAISE_EM * line.size;
}

function finishLine(items: PItem[], page: number): Line {
  items.sort((a, b) => a.x - b.x);
  // The line's baseline and size are those of its largest text: superscripts
  // sit higher and must not pull the baseline up.
  let main = items[0];
  for (const it of items) if (it.size > main.size + SIZE_EPSILON) main = it;
  const ink = items.filter((it) => !isBlank(it));
  const xs = ink.length ? ink : items;
  return {
    items,
    y: main.y,
    size: main.size,
    x0: Math.min(...xs.map((i) => i.x)),
    x1: Math.max(...xs.map(right)),
    page,
  };
}

/**
 * Group items into lines by baseline. Runs within 0.3 em of a line's baseline
 * belong to it; a line of only smaller runs that sits just above a line of
 * larger text (a superscript reference or a footnote number, raised by about a
 * third of the font size) is merged into that line.
 */
export function groupLines(items: PItem[], page = 0): Line[] {
  const ink = items.filter((it) => !isBlank(it)).sort((a, b) => a.y - b.y || a.x - b.x);
  const groups: Array<{ y: number; size: number; items: PItem[] }> = [];
  for (const it of ink) {
    let best: (typeof groups)[number] | null = null;
    for (let i = groups.length - 1; i >= 0; i--) {
      const g = groups[i];
      if (it.y - g.y > LINE_SEARCH_EM * Math.max(g.size, it.size)) break;
      const tol = BASELINE_TOL_EM * Math.max(g.size, it.size);
      if (Math.abs(it.y - g.y) <= tol && (!best || Math.abs(it.y - g.y) < Math.abs(it.y - best.y))) best = g;
    }
    if (best) {
      best.items.push(it);
      if (it.size > best.size + SIZE_EPSILON) {
        best.size = it.size;
        best.y = it.y;
      }
    } else groups.push({ y: it.y, size: it.size, items: [it] });
  }
  groups.sort((a, b) => a.y - b.y);
  // Merge superscript-only groups into the line they are raised above.
  const out: Array<(typeof groups)[number] | null> = [...groups];
  for (let i = 0; i < out.length; i++) {
    const g = out[i];
    if (!g) continue;
    const gx0 = Math.min(...g.items.map((it) => it.x));
    const gx1 = Math.max(...g.items.map(right));
    for (let j = i + 1; j < out.length; j++) {
      const h = out[j];
      if (!h) continue;
      const dy = h.y - g.y;
      if (dy > SUP_MAX_DROP_EM * h.size) break;
      const short = g.items.every((it) => it.str.trim().length <= SUP_MAX_CHARS);
      if (short && g.size < SUP_MAX_SIZE_RATIO * h.size && dy > SUP_MIN_RAISE_EM * h.size) {
        const hx0 = Math.min(...h.items.map((it) => it.x));
        const hx1 = Math.max(...h.items.map(right));
        if (gx0 >= hx0 - h.size && gx1 <= hx1 + h.size) {
          h.items.push(...g.items);
          out[i] = null;
          break;
        }
      }
    }
  }
  return out.filter((g): g is NonNullable<typeof g> => g !== null).map((g) => finishLine(g.items, page));
}

// ---------------------------------------------------------------- text of lines

const MARKER_RE = /^(?:\d{1,3}|[*†‡§])$/;

export interface Composed {
  text: string;
  refs: NoteRefIn[];
  /** share of non-space characters in bold / italic fonts */
  boldShare: number;
  italicShare: number;
  /** the first ink run is bold */
  firstBold: boolean;
}

/**
 * Text of lines joined with single spaces. Spaces are restored from gaps
 * (a word space in a serif font is about 0.25 em; runs that carry their own
 * spaces are not doubled). Superscript digits become refs at the offset where
 * they stood and leave the text.
 */
export function composeLines(lines: Line[]): Composed {
  let text = "";
  const refs: NoteRefIn[] = [];
  let chars = 0;
  let boldChars = 0;
  let italicChars = 0;
  let firstBold: boolean | null = null;
  const addSpace = () => {
    if (text.length && !/\s$/.test(text)) text += " ";
  };
  for (const line of lines) {
    // Wrapped lines are joined with one space, also after a line-final "-" or
    // "/": the PDF cannot tell "TG- CSLP" (wrapped at a space) from "TG-CSLP"
    // (wrapped after the hyphen), and the sources mostly have the space.
    addSpace();
    let prev: PItem | null = null;
    for (const it of line.items) {
      if (isBlank(it)) continue;
      const s = it.str.normalize("NFC");
      if (prev) {
        const gap = it.x - right(prev);
        if (gap > WORD_SPACE_EM * Math.min(it.size, prev.size)) addSpace();
      }
      prev = it;
      if (isSup(it, line) && MARKER_RE.test(s.trim())) {
        refs.push({ marker: s.trim(), at: text.trimEnd().length });
        continue;
      }
      if (/^\s/.test(s) && /\s$/.test(text)) text += s.trimStart();
      else text += s;
      const n = s.replace(/\s+/g, "").length;
      chars += n;
      if (it.bold) boldChars += n;
      if (it.italic) italicChars += n;
      if (firstBold === null && n) firstBold = !!it.bold;
    }
  }
  // Collapse what the joins produced at the ends; inner runs of spaces are the source's.
  const lead = text.length - text.trimStart().length;
  const trimmed = text.trim();
  const fixed = refs.map((r) => ({ marker: r.marker, at: Math.max(0, Math.min(trimmed.length, r.at - lead)) }));
  return {
    text: trimmed,
    refs: fixed,
    boldShare: chars ? boldChars / chars : 0,
    italicShare: chars ? italicChars / chars : 0,
    firstBold: !!firstBold,
  };
}

// ---------------------------------------------------------------- running headers

const PAGE_NO_RE = /^[-–—\s]*(?:\d{1,4}|[ivxlcdm]{1,7})[-–—\s]*$/i;

/**
 * Lines to drop as running headers/footers: the first or last line of a page,
 * in the top or bottom 15 % of the page, that is a lone page number or whose
 * text (digits folded) recurs at the same height on at least half the pages.
 */
export function findRunningLines(pages: Array<{ lines: Line[]; height: number }>): Set<Line> {
  const drop = new Set<Line>();
  const cands: Array<{ line: Line; key: string }> = [];
  for (const p of pages) {
    if (!p.lines.length) continue;
    const ls = [...p.lines].sort((a, b) => a.y - b.y);
    for (const line of new Set([ls[0], ls[ls.length - 1]])) {
      const inMargin = line.y < RUNNING_TOP * p.height || line.y > RUNNING_BOTTOM * p.height;
      if (!inMargin) continue;
      const text = composeLines([line]).text;
      if (PAGE_NO_RE.test(text)) drop.add(line);
      else cands.push({ line, key: `${Math.round(line.y / RUNNING_Y_STEP)}|${text.replace(/\d+/g, "#")}` });
    }
  }
  const counts = new Map<string, number>();
  for (const c of cands) counts.set(c.key, (counts.get(c.key) ?? 0) + 1);
  const need = Math.max(RUNNING_MIN_PAGES, Math.ceil(pages.length / 2));
  for (const c of cands) if ((counts.get(c.key) ?? 0) >= need) drop.add(c.line);
  return drop;
}

// ---------------------------------------------------------------- footnotes

/**
 * The y where a page's footnote zone starts, or null. Word and LibreOffice draw
 * a short horizontal rule (about a third of the text width) above the notes,
 * and the notes are in a smaller font than the body; without a rule, a run of
 * smaller lines at the foot that begins with a raised number is taken.
 */
export function footnoteZoneTop(lines: Line[], segs: Seg[], pageWidth: number, bodySize: number): number | null {
  const sorted = [...lines].sort((a, b) => a.y - b.y);
  for (const s of segs) {
    const w = s.x1 - s.x0;
    if (s.y1 - s.y0 > RULE_MAX_THICKNESS || w < NOTE_RULE_MIN_WIDTH * pageWidth || w > NOTE_RULE_MAX_WIDTH * pageWidth) continue;
    const below = sorted.filter((l) => l.y > s.y1);
    if (!below.length) continue;
    if (below.every((l) => l.size < NOTE_SIZE_RATIO * bodySize)) return s.y1;
  }
  // No rule: a trailing run of small lines whose first line starts with a superscript.
  let i = sorted.length;
  while (i > 0 && sorted[i - 1].size < NOTE_SIZE_RATIO_NO_RULE * bodySize) i--;
  for (let k = i; k < sorted.length; k++) {
    const first = sorted[k].items.find((it) => !isBlank(it));
    if (first && isSup(first, sorted[k]) && MARKER_RE.test(first.str.trim())) {
      return k === i ? sorted[k].y - sorted[k].size : null;
    }
  }
  return null;
}

export interface FootnoteOut {
  marker: string;
  lines: Line[];
  page: number;
}

/**
 * Split footnote-zone lines into notes: a line that starts with a raised number
 * opens a note; other lines continue the open one (also across a page break,
 * where a long note runs on under the next page's rule).
 */
export function splitFootnotes(lines: Line[], open: FootnoteOut | null): { notes: FootnoteOut[]; orphan: Line[] } {
  const notes: FootnoteOut[] = [];
  const orphan: Line[] = [];
  let cur = open;
  for (const line of lines) {
    const ink = line.items.filter((it) => !isBlank(it));
    const first = ink[0];
    if (first && isSup(first, line) && MARKER_RE.test(first.str.trim())) {
      cur = {
        marker: first.str.trim(),
        lines: [{ ...line, items: line.items.filter((it) => it !== first) }],
        page: line.page,
      };
      notes.push(cur);
    } else if (cur) cur.lines.push(line);
    else orphan.push(line);
  }
  return { notes, orphan };
}

// ---------------------------------------------------------------- tables

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

const near = (a: number, b: number, tol: number) => Math.abs(a - b) <= tol;

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

/**
 * Tables rebuilt from their ruling: column edges are the x of the vertical
 * rules, row edges the y of the horizontal ones. Two neighbouring grid cells
 * are one merged cell when the rule between them is missing there (a row
 * spanning several columns, a cell spanning two rows). Each item goes to the
 * cell that holds its centre. Returns the tables and the items left outside.
 */
export function buildTables(items: PItem[], segs: Seg[]): { tables: TableOut[]; rest: PItem[] } {
  const tables: TableOut[] = [];
  const H = (s: Seg) => s.y1 - s.y0 <= RULING_TOL && s.x1 - s.x0 > RULING_TOL;
  const V = (s: Seg) => s.x1 - s.x0 <= RULING_TOL && s.y1 - s.y0 > RULING_TOL;
  let rest = items;
  for (const comp of segComponents(segs.filter((s) => H(s) || V(s)))) {
    const hs = comp.filter(H);
    const vs = comp.filter(V);
    if (hs.length < 2 || vs.length < 2) continue;
    const xs = clusterValues(vs.map((s) => (s.x0 + s.x1) / 2), RULING_TOL);
    const ys = clusterValues(hs.map((s) => (s.y0 + s.y1) / 2), RULING_TOL);
    if (xs.length < 2 || ys.length < 2) continue;
    const nr = ys.length - 1;
    const nc = xs.length - 1;
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
    // Region extents.
    const reg = new Map<number, { r0: number; r1: number; c0: number; c1: number; items: PItem[] }>();
    for (let r = 0; r < nr; r++)
      for (let c = 0; c < nc; c++) {
        const k = find(r * nc + c);
        const g = reg.get(k);
        if (!g) reg.set(k, { r0: r, r1: r, c0: c, c1: c, items: [] });
        else {
          g.r0 = Math.min(g.r0, r);
          g.r1 = Math.max(g.r1, r);
          g.c0 = Math.min(g.c0, c);
          g.c1 = Math.max(g.c1, c);
        }
      }
    const box: Seg = { x0: xs[0], y0: ys[0], x1: xs[nc], y1: ys[nr] };
    const outside: PItem[] = [];
    for (const it of rest) {
      const cx = it.x + it.w / 2;
      const cy = it.y - GLYPH_MIDDLE_EM * it.size;
      if (cx < box.x0 || cx > box.x1 || cy < box.y0 || cy > box.y1) {
        outside.push(it);
        continue;
      }
      let c = 0;
      while (c < nc - 1 && cx >= xs[c + 1]) c++;
      let r = 0;
      while (r < nr - 1 && cy >= ys[r + 1]) r++;
      reg.get(find(r * nc + c))!.items.push(it);
    }
    rest = outside;
    const texts = new Map<number, GridCellOut>();
    for (const [k, g] of reg) {
      const comp = composeLines(groupLines(g.items));
      texts.set(k, { text: comp.text, refs: comp.refs, bold: comp.boldShare > STYLE_SHARE });
    }
    const rows: GridRowOut[] = [];
    for (let r = 0; r < nr; r++) {
      const cells: GridCellOut[] = [];
      let mergedDown = 0;
      for (let c = 0; c < nc; ) {
        const k = find(r * nc + c);
        const g = reg.get(k)!;
        const span = g.c1 - c + 1;
        // A cell merged from the row above is an empty cell in this row, like
        // Word's vMerge continuation.
        const cell: GridCellOut = g.r0 === r ? texts.get(k)! : { text: "", refs: [], bold: false };
        cells.push(span > 1 ? { ...cell, span } : cell);
        if (g.r0 === r) mergedDown = Math.max(mergedDown, g.r1 - r);
        c += span;
      }
      if (cells.some((c) => c.text !== "")) rows.push({ cells, top: ys[r], mergedDown });
    }
    tables.push({ box, cols: nc, rows });
  }
  return { tables, rest };
}

// ---------------------------------------------------------------- two-column blocks

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

// ---------------------------------------------------------------- paragraphs

export interface Metrics {
  left: number; // the text column's left edge (most common line start)
  right: number; // its right edge (where justified lines end)
  advance: Map<number, number>; // usual baseline-to-baseline distance per font size
}

const mode = (vs: number[]): number | null => {
  const m = new Map<number, number>();
  for (const v of vs) m.set(v, (m.get(v) ?? 0) + 1);
  let best: number | null = null;
  let n = 0;
  for (const [v, c] of m) if (c > n || (c === n && best !== null && v < best)) [best, n] = [v, c];
  return best;
};

/**
 * The text column and line advances of the body lines. With few body lines (a
 * document that is mostly a table) the column is the ink extent of the pages,
 * given as `extent`.
 */
export function measure(lines: Line[], extent?: { left: number; right: number }): Metrics {
  if (lines.length < MEASURE_MIN_LINES && extent) {
    const m = measure(lines);
    return { ...m, left: extent.left, right: extent.right };
  }
  // The left edge is where wrapped lines of body text start. The most common
  // start can be a list's label indent (a plan that is mostly numbered items),
  // but nothing of the body starts left of the margin: take the leftmost start
  // shared by a fair number of lines.
  const starts = new Map<number, number>();
  for (const l of lines) starts.set(Math.round(l.x0), (starts.get(Math.round(l.x0)) ?? 0) + 1);
  const top = Math.max(0, ...starts.values());
  const shared = [...starts].filter(([, c]) => c >= Math.max(LEFT_EDGE_MIN_LINES, LEFT_EDGE_SHARE * top)).map(([x]) => x);
  const left = shared.length ? Math.min(...shared) : mode(lines.map((l) => Math.round(l.x0))) ?? 0;
  const right = mode(lines.map((l) => Math.round(l.x1))) ?? 0;
  const advance = new Map<number, number>();
  const bySize = new Map<number, number[]>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page !== b.page || Math.abs(a.size - b.size) > SAME_SIZE_PT) continue;
    const d = b.y - a.y;
    if (d < ADVANCE_MIN_EM * b.size || d > ADVANCE_MAX_EM * b.size) continue;
    const k = Math.round(b.size);
    if (!bySize.has(k)) bySize.set(k, []);
    bySize.get(k)!.push(Math.round(d * HALF_POINTS) / HALF_POINTS);
  }
  for (const [k, ds] of bySize) advance.set(k, mode(ds)!);
  // Justified lines all end at the right edge; the most common end is it, unless
  // short lines dominate, so take the larger of the mode and the 90th percentile.
  const ends = lines.map((l) => l.x1).sort((a, b) => a - b);
  const p90 = ends.length ? ends[Math.floor(RIGHT_EDGE_PERCENTILE * (ends.length - 1))] : 0;
  return { left, right: Math.max(right, p90 - RIGHT_EDGE_SLACK), advance };
}

/**
 * Does `line` start a new paragraph after `prev`? Layout first: a larger gap
 * than the usual line advance, a first-line indent, a change of font size, or
 * a previous line that stopped short of the right margin (a paragraph's last
 * line, a centred title). Across a page break only the indent and the previous
 * line's end count, so a paragraph that runs on to the next page stays one.
 */
export function startsParagraph(prev: Line | null, line: Line, m: Metrics, first: Line | null = prev): boolean {
  if (!prev) return true;
  const em = line.size;
  if (Math.abs(prev.size - line.size) > SAME_SIZE_PT) return true;
  // A centred title wrapped over several lines: a wide centred line followed,
  // without extra spacing, by another centred line of the same size.
  const mid = (m.left + m.right) / 2;
  const centred = (l: Line) => Math.abs((l.x0 + l.x1) / 2 - mid) < CENTRE_TOL;
  if (
    prev.page === line.page &&
    centred(prev) &&
    centred(line) &&
    prev.x1 - prev.x0 >= WIDE_LINE_SHARE * (m.right - m.left) &&
    line.y - prev.y <= PARAGRAPH_STEP * (m.advance.get(Math.round(line.size)) ?? DEFAULT_ADVANCE_EM * line.size)
  )
    return false;
  if (prev.x1 < m.right - SHORT_LINE_EM * em) return true;
  // A hanging indent (Word's list gallery: label, tab, text): the wrapped lines
  // start where the first line's text starts after its label, not at the margin.
  const hang = first ? hangingTextX(first) : null;
  const hanging = hang !== null && line.x0 > m.left + INDENT_EM * em && Math.abs(line.x0 - hang) <= HANG_TOL;
  if (!hanging && (line.x0 > m.left + INDENT_EM * em || line.x0 < m.left - INDENT_EM * em)) return true;
  if (prev.page === line.page) {
    const adv = m.advance.get(Math.round(line.size)) ?? DEFAULT_ADVANCE_EM * line.size;
    if (line.y - prev.y > PARAGRAPH_STEP * adv) return true;
    if (line.y < prev.y) return true;
  }
  return false;
}

/**
 * Where the text of a line with a hanging label starts: the first run after a
 * gap wider than a word space (a tab) close to the line start, or null. Labels
 * are short ("1.1.", "a)", a bullet), so the gap must come within 4 em.
 */
export function hangingTextX(line: Line): number | null {
  const ink = line.items.filter((it) => !isBlank(it) && !isSup(it, line));
  if (ink.length < 2) return null;
  // Runs may carry several words: the label is the first run, or the first word of it.
  const first = ink[0];
  const next = ink[1];
  if (first.str.trim().length > LABEL_MAX_CHARS || next.x - line.x0 > LABEL_MAX_EM * line.size) return null;
  return next.x - right(first) > TAB_MIN_EM * line.size ? next.x : null;
}

/** Centred: the line's middle is the text column's middle and it does not start at the margin. */
export function isCentred(lines: Line[], m: Metrics): boolean {
  const mid = (m.left + m.right) / 2;
  return lines.every((l) => Math.abs((l.x0 + l.x1) / 2 - mid) < CENTRE_TOL) && lines.some((l) => l.x0 > m.left + INDENT_EM * l.size);
}

// ---------------------------------------------------------------- tables without ruling

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
