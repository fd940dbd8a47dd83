// The page image of a scan (parsers/pdf/ocr.ts): bold words measured by their strokes, ruling lines
// found as long thin ink runs and whitened before recognition, and the PGM bytes the engines read.
import type { Seg } from "./layout.js";
import { LINE_INK, MIN_WORD_CONFIDENCE, type OcrLine, type OcrWord } from "./ocr-words.js";

/** A pixel darker than this (0 black – 255 white) is ink. */
const INK = 128;
/**
 * Bold from the image (tesseract's LSTM gives no font attributes): a word's strokes are measured
 * (the mean length of its ink runs across rows and down columns, the smaller); a serif body face at
 * 200 dpi measures 3.3–4.5 px, its bold 5.5–6.8 px. A word is bold when its strokes are this many
 * times the page's median.
 */
const BOLD_STROKE_RATIO = 1.3;
/** …on a page with at least this many words (a median to compare with). */
const BOLD_MIN_WORDS = 10;
/** Ruling lines from the image: a horizontal ink run at least this long (pt; a footnote separator is about 140 pt)… */
const RULE_MIN_LENGTH_PT = 40;
/** …a vertical one at least this tall (a glyph's stem is under 1 em; a table row's rule spans its height)… */
const RULE_MIN_HEIGHT_PT = 18;
/** …and no thicker than this (pt), or it is a block of ink, not a line. */
const RULE_MAX_THICKNESS_PT = 3;

export interface Gray {
  w: number;
  h: number;
  px: Uint8Array;
}

/** A binary PGM (what PdfFile.render gives) as its pixels. */
export function grayOf(pgm: Uint8Array): Gray {
  const head = Buffer.from(pgm.subarray(0, 40)).toString("latin1");
  const m = /^P5\s{1,4}(\d{1,6})\s{1,4}(\d{1,6})\s{1,4}255\s/.exec(head);
  // an internal invariant (the PGM is our own render's), in English
  if (!m) throw new Error("not a binary 8-bit PGM");
  return { w: Number(m[1]), h: Number(m[2]), px: pgm.subarray(m[0].length) };
}

/** The stroke width of the ink in a box: mean run of ink across rows and down columns, the smaller (px). */
export function strokeWidth(g: Gray, x0: number, y0: number, x1: number, y1: number): number {
  const xa = Math.max(0, Math.floor(x0)), xb = Math.min(g.w, Math.ceil(x1));
  const ya = Math.max(0, Math.floor(y0)), yb = Math.min(g.h, Math.ceil(y1));
  let ink = 0, hRuns = 0, vRuns = 0;
  for (let y = ya; y < yb; y++) {
    let prev = false;
    for (let x = xa; x < xb; x++) {
      const k = g.px[y * g.w + x] < INK;
      if (k) {
        ink++;
        if (!prev) hRuns++;
      }
      prev = k;
    }
  }
  for (let x = xa; x < xb; x++) {
    let prev = false;
    for (let y = ya; y < yb; y++) {
      const k = g.px[y * g.w + x] < INK;
      if (k && !prev) vRuns++;
      prev = k;
    }
  }
  if (!ink) return 0;
  return Math.min(ink / hRuns, ink / vRuns);
}

/** The words of a page that are bold, measured on its image. */
export function boldWords(lines: OcrLine[], g: Gray): Set<OcrWord> {
  const words = lines.flatMap((l) => l.words.filter((w) => w.text.trim() && w.conf >= MIN_WORD_CONFIDENCE && !LINE_INK.test(w.text.trim())));
  const bold = new Set<OcrWord>();
  if (words.length < BOLD_MIN_WORDS) return bold;
  const sw = new Map(words.map((w) => [w, strokeWidth(g, w.x0, w.y0, w.x1, w.y1)]));
  const sorted = [...sw.values()].filter((v) => v > 0).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (!median) return bold;
  for (const [w, v] of sw) if (v > BOLD_STROKE_RATIO * median) bold.add(w);
  return bold;
}

/** A ruling line found on a page image (pixels): across rows (horizontal) or down columns, from a to b, rows (columns) first..last. */
export interface RuleRun {
  horizontal: boolean;
  a: number;
  b: number;
  first: number;
  last: number;
}

/**
 * Ruling lines of a page image: long thin runs of ink, across rows (horizontal rules: table
 * borders, the footnote separator) and down columns (vertical rules). Runs in neighbouring rows
 * (columns) are one line; a band thicker than RULE_MAX_THICKNESS_PT is a block of ink, not a line.
 */
export function ruleRuns(g: Gray, scale: number): RuleRun[] {
  const out: RuleRun[] = [];
  const maxThick = Math.max(1, Math.round(RULE_MAX_THICKNESS_PT * scale));
  const scan = (horizontal: boolean) => {
    const outer = horizontal ? g.h : g.w;
    const inner = horizontal ? g.w : g.h;
    const minLen = (horizontal ? RULE_MIN_LENGTH_PT : RULE_MIN_HEIGHT_PT) * scale;
    // open lines: runs of the previous row (column) extended by this one
    let open: Array<{ a: number; b: number; first: number; last: number }> = [];
    const done: typeof open = [];
    for (let o = 0; o < outer; o++) {
      const next: typeof open = [];
      let start = -1;
      for (let i = 0; i <= inner; i++) {
        const k = i < inner && g.px[horizontal ? o * g.w + i : i * g.w + o] < INK;
        if (k && start < 0) start = i;
        else if (!k && start >= 0) {
          if (i - start >= minLen) {
            const a = start, b = i;
            const m = open.find((l) => l.last === o - 1 && Math.abs(l.a - a) <= 2 * maxThick && Math.abs(l.b - b) <= 2 * maxThick);
            if (m) {
              m.last = o;
              m.a = Math.min(m.a, a);
              m.b = Math.max(m.b, b);
              next.push(m);
            } else next.push({ a, b, first: o, last: o });
          }
          start = -1;
        }
      }
      for (const l of open) if (!next.includes(l)) done.push(l);
      open = next;
    }
    done.push(...open);
    for (const l of done) if (l.last - l.first + 1 <= maxThick) out.push({ horizontal, ...l });
  };
  scan(true);
  scan(false);
  return out;
}

/** Ruling lines of a page image, in pt (what the operator list gives for a PDF with a text layer). */
export function rulesOf(g: Gray, scale: number, runs: RuleRun[] = ruleRuns(g, scale)): Seg[] {
  return runs.map((l) => {
    const mid = (l.first + l.last + 1) / 2 / scale;
    return l.horizontal ? { x0: l.a / scale, x1: l.b / scale, y0: mid, y1: mid } : { x0: mid, x1: mid, y0: l.a / scale, y1: l.b / scale };
  });
}

/** Pixels around a ruling line whitened with it: its anti-aliased edge. */
const RULE_ERASE_MARGIN = 1;

/**
 * The page image with its ruling lines whitened (a copy). tesseract's page layout takes a grid of
 * table rules for a picture: the small rows of a ruled table (a level for each year, one line high,
 * ruled on every side) came back as one block of noise ("œ@⁄nmh", "e|elelaml"), and a rule beside a
 * cell's text is read as a character ("|", "[", "P"). What the rules meant is kept as segments
 * (rulesOf); the recogniser sees the text alone.
 */
export function withoutRules(g: Gray, runs: RuleRun[]): Gray {
  const px = new Uint8Array(g.px);
  const m = RULE_ERASE_MARGIN;
  for (const l of runs) {
    const [x0, x1, y0, y1] = l.horizontal ? [l.a - m, l.b + m, l.first - m, l.last + 1 + m] : [l.first - m, l.last + 1 + m, l.a - m, l.b + m];
    const xa = Math.max(0, x0), xb = Math.min(g.w, x1);
    for (let y = Math.max(0, y0); y < Math.min(g.h, y1); y++) px.fill(255, y * g.w + xa, y * g.w + xb);
  }
  return { w: g.w, h: g.h, px };
}

/** A page image as binary PGM bytes (what the engines read). */
export function pgmOf(g: Gray): Uint8Array {
  const head = Buffer.from(`P5\n${g.w} ${g.h}\n255\n`, "latin1");
  const out = new Uint8Array(head.length + g.px.length);
  out.set(head, 0);
  out.set(g.px, head.length);
  return out;
}
