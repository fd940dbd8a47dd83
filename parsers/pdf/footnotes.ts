// Footnotes at the foot of a page: where the zone starts (a short rule, or smaller text near
// the bottom), and its lines split into notes by their raised or leading numbers.

import { type Line, MARKER_RE, type Seg, isBlank, isSup } from "./lines.js";
import {
  NOTE_RULE_MAX_WIDTH,
  NOTE_RULE_MIN_WIDTH,
  NOTE_SIZE_RATIO,
  NOTE_SIZE_RATIO_NO_RULE,
  RULE_MAX_THICKNESS,
} from "./thresholds.js";

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
