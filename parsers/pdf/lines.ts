// Text runs into lines, and lines into text: the first stage of the PDF layout rules. Items
// that share a baseline make a line (superscripts are merged into the line they are raised
// above); a line's items become its text with word spaces and tabs, and raised numbers become
// reference marks. Running headers and footers are lines repeated at the same height on pages.
// Coordinates as in ./layout.ts: top-down, in PDF points.

import {
  BASELINE_TOL_EM,
  LINE_SEARCH_EM,
  RUNNING_BOTTOM,
  RUNNING_MIN_PAGES,
  RUNNING_TOP,
  RUNNING_Y_STEP,
  SIZE_EPSILON,
  SUP_MAX_CHARS,
  SUP_MAX_DROP_EM,
  SUP_MAX_SIZE_RATIO,
  SUP_MIN_RAISE_EM,
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
/** The right edge of a run. */
export const right = (it: PItem): number => it.x + it.w;
/** Two coordinates within `tol` of each other. */
export const near = (a: number, b: number, tol: number): boolean => Math.abs(a - b) <= tol;

/** A raised, smaller run glued to a word: a footnote reference or a footnote's own number. */
export function isSup(it: PItem, line: { y: number; size: number }): boolean {
  // Word and LibreOffice print superscripts at about 58 % of the font size,
  // raised by about a third of it; footnote text (10-11 pt under 14 pt) is not.
  return it.size < SUP_MAX_SIZE_RATIO * line.size && line.y - it.y > SUP_MIN_RAISE_EM * line.size;
}

export function finishLine(items: PItem[], page: number): Line {
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

export const MARKER_RE = /^(?:\d{1,3}|[*†‡§])$/;

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
