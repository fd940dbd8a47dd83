// Paragraphs: the page's measures (left margin, indent, right edge, line step) and where a
// new paragraph starts (an indent, a wider step, a short line before, a centred line).

import { type Line, isBlank, isSup, right } from "./lines.js";
import {
  ADVANCE_MAX_EM,
  ADVANCE_MIN_EM,
  CENTRE_TOL,
  DEFAULT_ADVANCE_EM,
  HALF_POINTS,
  HANG_TOL,
  INDENT_EM,
  LABEL_MAX_CHARS,
  LABEL_MAX_EM,
  LEFT_EDGE_MIN_LINES,
  LEFT_EDGE_SHARE,
  MEASURE_MIN_LINES,
  PARAGRAPH_STEP,
  RIGHT_EDGE_PERCENTILE,
  RIGHT_EDGE_SLACK,
  SAME_SIZE_PT,
  SHORT_LINE_EM,
  TAB_MIN_EM,
  WIDE_LINE_SHARE,
} from "./thresholds.js";

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
