// OCR words to positioned runs (parsers/pdf/ocr.ts reads the page, this turns what it read into the
// runs the text layer gives): words kept or dropped by their confidence and shape, words run together
// split, raised note markers told by their boxes and numbered in order.
import type { PItem } from "./layout.js";

/** Words recognised with less confidence than this (0–100) are noise: stamps, signatures, specks. */
export const MIN_WORD_CONFIDENCE = 25;
/** A "word" of only these is a ruling line or a speck read as a character (a table's rules come back as "|"). */
export const LINE_INK = /^[|¦‖ˆ˜`´¨_]{1,8}$/;
/** One character's box (pixels): across the line, and up and down when the engine gives it. */
export interface OcrChar {
  text: string;
  x0: number;
  x1: number;
  y0?: number;
  y1?: number;
}
/** One recognised line: its words (pixels), baseline and font size (pixels). */
export interface OcrWord {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  conf: number;
  /** the characters' boxes (when the engine gives them), in the word's order */
  chars?: OcrChar[];
}
export interface OcrLine {
  words: OcrWord[];
  /** baseline y at x = 0 and its slope */
  baseY: number;
  slope: number;
  size: number;
}


/**
 * tesseract's Vietnamese model reads a bold Roman numeral label ("I.", "II.") at the start of a line
 * as "L", "L." or "LH.": a first word made only of the strokes it confuses with "I" (I l L | H, one
 * of them not an "I"), before a capitalised word, is that numeral, one "I" a stroke. Digits stay.
 */
const ROMAN_MISREAD = /^[IlL|H]{1,3}[.,:]?$/;
function romanLabel(first: string, next: string | undefined): string {
  if (!ROMAN_MISREAD.test(first) || /^I{1,3}[.,:]?$/.test(first) || !next || !/^\p{Lu}/u.test(next)) return first;
  return first.replace(/[.,:]$/, "").replace(/./g, "I") + ".";
}

/**
 * Words run together: tesseract's LSTM sometimes leaves out the space between two words set close
 * (bold capitals in a table cell: "THỰCHIỆN" for "THỰC HIỆN"), though the image shows it. A gap
 * between two characters of a word at least this share of the font size (a word space is about
 * 0.25 em, letters inside a word 0–0.08 em apart) splits the word there.
 */
const GLUED_GAP_EM = 0.2;
/** A table's ruling read as a bar at a word's start or end ("|kiện", "Đơn vị|"): not text. */
const EDGE_BARS = /^[|¦‖]{1,3}(?=\S)|(?<=\S)[|¦‖]{1,3}$/gu;

/** A word split where its characters leave a word space between them (needs the characters' boxes). */
export function splitGlued(w: OcrWord, size: number): OcrWord[] {
  const cs = w.chars;
  if (!cs || cs.length < 2 || size <= 0 || cs.map((c) => c.text).join("") !== w.text) return [w];
  const out: OcrWord[] = [];
  let from = 0;
  for (let i = 1; i <= cs.length; i++) {
    // a gap splits where it leaves two characters or more on each side (a letter's box alone is not a word)
    if (i < cs.length && (cs[i].x0 - cs[i - 1].x1 < GLUED_GAP_EM * size || i - from < 2 || cs.length - i < 2)) continue;
    const part = cs.slice(from, i);
    // a piece's height from its characters' boxes when they have one (a raised marker glued to a dash)
    const own = part.length < cs.length && part.every((c) => c.y0 !== undefined && c.y1 !== undefined);
    out.push({
      text: part.map((c) => c.text).join(""),
      x0: part[0].x0,
      x1: part[part.length - 1].x1,
      y0: own ? Math.min(...part.map((c) => c.y0!)) : w.y0,
      y1: own ? Math.max(...part.map((c) => c.y1!)) : w.y1,
      conf: w.conf,
      chars: part,
    });
    from = i;
  }
  return out;
}

/** Word heights to font size: a line's median word box (capitals or ascenders, tone marks, some descenders) is about 0.8 em. */
const WORD_HEIGHT_EM = 0.8;
/**
 * A note marker (a superscript: "năm¹") is read from its box: under this share of the line's median
 * word height and ending this many em above the baseline. tesseract seldom reads the small digit
 * itself: a raised "1" comes back as an apostrophe glued to its word ("năm'"), a "²" as "?", "ˆ" or
 * "3"; so a raised glyph of these shapes is a marker, and its number is the next in the document's
 * order (body references and notes counted apart) unless it reads as that number, or as another one
 * with high confidence.
 */
const SUP_GLYPHS = /^(?:\d{1,3}|[*†‡§'’‘`´"”“^ˆ˜°?!%¹²³]{1,2})$/u;
const SUP_RAISE_EM = 0.25;
const SUP_HEIGHT = 0.75;
/**
 * A raised glyph that is a quote mark is one, not a marker: a closing quote (” ’ "), or an opening
 * one (“ ‘) before a letter or digit ("“Tập"). A marker read as a quote stands after its word, or
 * before a note's dash ("“- Trung ương…").
 */
function markerGlyph(glyph: string, after: string): boolean {
  if (!SUP_GLYPHS.test(glyph) || /^[”’"]+$/u.test(glyph)) return false;
  return !(/^[“‘]+$/u.test(glyph) && /^[\p{L}\p{N}]/u.test(after));
}
/** A marker read as a number other than the next is kept at this word confidence or above. */
const SUP_TRUST_CONF = 85;
/** A raised 2 or 3 after a unit of length is a square or cubic unit ("m²"), not a note. */
const UNIT_POWER = /^(?:[kcdm]?m)$/;
/**
 * Specks: tesseract reads the tone marks of a tight line, or a stamp's edge, as a "line" of tiny
 * words ("An", "1A", "LTIẤI", 5–6 px high under 30 px text). A word of two or more letters or
 * digits whose box is under this share of the page's median word height is not text.
 */
const SPECK_HEIGHT = 0.4;
/**
 * A word read with low confidence is kept when it is well formed: letters only (a stop or colon
 * after them), as high as the page's text and not wider than its letters. With the ruling lines
 * whitened, tesseract read the bold "I" and "THỰC" of a table's group row at confidence 4 (the
 * noise it gives at that confidence is specks, bars and runs of dots, or boxes far too big).
 */
const WELL_FORMED = /^(?:\p{L}{1,12}[.,:;]?|\d{1,4}(?:[.,]\d{1,3}){0,3}%?)$/u;
const WELL_FORMED_HEIGHT: readonly [number, number] = [0.6, 1.3];
const WELL_FORMED_WIDTH_EM = 1.2;
function wellFormed(w: OcrWord, pageMedian: number): boolean {
  const h = w.y1 - w.y0;
  const letters = w.text.replace(/[.,:;]$/, "").length;
  return (
    WELL_FORMED.test(w.text) &&
    pageMedian > 0 &&
    h >= WELL_FORMED_HEIGHT[0] * pageMedian &&
    h <= WELL_FORMED_HEIGHT[1] * pageMedian &&
    w.x1 - w.x0 <= WELL_FORMED_WIDTH_EM * h * letters
  );
}
/** Runs of dots the recogniser puts in the wide gaps of a row of numbers ("2022...2023..2024.."). */
const LEADER_DOTS = /^\.{2,}|\.{2,}$/g;
/** Numbers joined by such runs (a single dot is a number's own: "1.000"). */
const LEADER_JOINED = /^\d{1,4}(?:\.{2,}\d{1,4})+\.*$/;

/** A word of numbers joined by runs of dots, cut into the numbers, each with its characters' box. */
function leaderPieces(w: OcrWord): OcrWord[] {
  const cs = w.chars;
  if (!cs || !LEADER_JOINED.test(w.text) || cs.map((c) => c.text).join("") !== w.text) return [];
  const out: OcrWord[] = [];
  let run: OcrChar[] = [];
  const flush = () => {
    if (run.length) out.push({ ...w, text: run.map((c) => c.text).join(""), x0: run[0].x0, x1: run[run.length - 1].x1, chars: undefined });
    run = [];
  };
  for (const c of cs) {
    if (/\d/.test(c.text)) run.push(c);
    else flush();
  }
  flush();
  return out;
}

/**
 * The words kept of a word read: itself when read with confidence or well formed; else, when the
 * image shows word spaces inside it, or it is numbers joined by runs of dots (a row of years read
 * as one word at confidence 0: "2022...2023..2024.."), its pieces if every one is well formed; else none.
 */
function keptWords<W extends OcrWord>(w: W, size: number, pageMedian: number): W[] {
  if (w.conf >= MIN_WORD_CONFIDENCE || wellFormed(w, pageMedian)) return [w];
  const leader = leaderPieces(w);
  const pieces = leader.length ? leader.map((p) => ({ ...w, ...p })) : splitGlued(w, size).map((p) => ({ ...w, ...p, text: p.text.replace(LEADER_DOTS, "") }));
  return pieces.length > 1 && pieces.every((p) => wellFormed(p, pageMedian)) ? pieces.map((p) => ({ ...p, chars: undefined })) : [];
}

/** How many note markers have been numbered so far, in the body and in the notes (across pages). */
export interface MarkerCount {
  ref: number;
  note: number;
}

interface Raised {
  item: PItem;
  read: string;
  conf: number;
  /** first on its line: a note's own marker; else a reference in the text */
  note: boolean;
}

/**
 * A raised glyph (or two digits) glued to a word's end ("năm'" → "năm" and "'"), or to its start
 * ("“-" at a note's first line → "“" and "-"), told by the characters' boxes; null when none.
 */
function gluedMarker(w: OcrWord, base: number, size: number, median: number): Array<OcrWord & { mark?: boolean }> | null {
  const cs = w.chars;
  if (!cs || cs.length < 2 || cs.map((c) => c.text).join("") !== w.text) return null;
  const raisedBox = (part: OcrChar[]) => {
    const y0 = Math.min(...part.map((c) => c.y0 ?? Infinity));
    const y1 = Math.max(...part.map((c) => c.y1 ?? -Infinity));
    return Number.isFinite(y0) && Number.isFinite(y1) && base - y1 > SUP_RAISE_EM * size && y1 - y0 < SUP_HEIGHT * median ? { y0, y1 } : null;
  };
  const word = (part: OcrChar[], box?: { y0: number; y1: number }): OcrWord => ({
    text: part.map((c) => c.text).join(""),
    x0: part[0].x0,
    x1: part[part.length - 1].x1,
    y0: box ? box.y0 : w.y0,
    y1: box ? box.y1 : w.y1,
    conf: w.conf,
    ...(box ? {} : { chars: part }),
  });
  // at the end: one glyph or two digits, maybe before a stop or comma ("biết”²;")
  const punct = /^[.,;:]$/.test(cs[cs.length - 1].text) ? 1 : 0;
  for (const n of [2, 1]) {
    if (cs.length <= n + punct) continue;
    const tail = cs.slice(cs.length - n - punct, cs.length - punct);
    const text = tail.map((c) => c.text).join("");
    if (!markerGlyph(text, "") || (n === 2 && !/^\d\d$/.test(text))) continue;
    const box = raisedBox(tail);
    if (!box) continue;
    const head = [...cs.slice(0, cs.length - n - punct), ...cs.slice(cs.length - punct)];
    const headText = head.map((c) => c.text).join("");
    if (!/[\p{L}\p{N}]/u.test(headText) || (/^[23]$/.test(text) && UNIT_POWER.test(headText))) return null;
    return [word(head), { ...word(tail, box), mark: true }];
  }
  // at the start, a note's marker: a glyph, or a digit before a dash ("1-", "“-")
  const first = cs[0];
  const rest = cs.slice(1);
  const restText = rest.map((c) => c.text).join("");
  if (markerGlyph(first.text, restText) && (/\D/.test(first.text) || /^[^\p{L}\p{N}]/u.test(restText))) {
    const box = raisedBox([first]);
    // the rest sits on the line (not an opening quote over a raised word)
    if (box && !raisedBox(rest)) return [{ ...word([first], box), mark: true }, word(rest)];
  }
  return null;
}

/**
 * Recognised lines → positioned runs in pt, each word one run (a space after all but a line's
 * last). `count` carries the note markers numbered on earlier pages.
 */
export function itemsOf(
  lines: OcrLine[],
  scale: number,
  bold: Set<OcrWord> = new Set(),
  count: MarkerCount = { ref: 0, note: 0 },
): { items: PItem[]; conf: number; words: number } {
  const items: PItem[] = [];
  const raised: Raised[] = [];
  let conf = 0;
  let words = 0;
  // the page's median word height (text with letters), against which specks are told
  const pageHeights = lines
    .flatMap((l) => l.words.filter((w) => w.conf >= MIN_WORD_CONFIDENCE && /\p{L}/u.test(w.text)).map((w) => w.y1 - w.y0))
    .sort((a, b) => a - b);
  const pageMedian = pageHeights[Math.floor(pageHeights.length / 2)] ?? 0;
  for (const l of lines) {
    // each piece keeps the word it was read in (`of`: bold is measured per word)
    const read = l.words
      .map((w) => ({ ...w, text: w.text.trim().replace(EDGE_BARS, ""), of: w }))
      .flatMap((w) => (w.text && !LINE_INK.test(w.text) ? keptWords(w, l.size, pageMedian) : []))
      .filter((w) => !((w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2 && w.y1 - w.y0 < SPECK_HEIGHT * pageMedian));
    // the line's size from its words' boxes (tesseract's row height grows with a raised marker), of
    // words with letters or digits (a row of dashes, "25 | - | - | -", is not the text's height)
    const inked = read.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
    const heights = (inked.length ? inked : read).map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)] ?? 0;
    const size = median > 0 ? Math.min(l.size, median / WORD_HEIGHT_EM) : l.size;
    const baseAt = (x: number) => l.baseY + l.slope * x;
    // pieces: glued words apart, then a raised marker glued to a word's end apart from it
    const ws: Array<OcrWord & { of: OcrWord; mark?: boolean }> = [];
    for (const w of read)
      for (const piece of splitGlued(w, size)) {
        const parts = gluedMarker(piece, baseAt(piece.x1), size, median) ?? [piece];
        for (const part of parts) ws.push({ ...part, of: w.of });
      }
    ws.forEach((w, i) => {
      const base = baseAt((w.x0 + w.x1) / 2);
      const isRaised =
        w.mark === true ||
        (ws.length > 1 && markerGlyph(w.text, ws[i + 1]?.text ?? "") && base - w.y1 > SUP_RAISE_EM * size && w.y1 - w.y0 < SUP_HEIGHT * median);
      const text = i === 0 ? romanLabel(w.text, ws[1]?.text) : w.text;
      // a word followed by its raised marker keeps the space (the marker is not text)
      const last = i === ws.length - 1;
      const item: PItem = {
        str: (text + (!last && !(isRaised && i === 0) ? " " : "")).normalize("NFC"),
        x: w.x0 / scale,
        // a superscript sits on its own box's foot, in a smaller size
        y: (isRaised ? w.y1 : base) / scale,
        w: (w.x1 - w.x0) / scale,
        size: (isRaised ? (w.y1 - w.y0) / WORD_HEIGHT_EM : size) / scale,
        ...(bold.has(w.of) && !isRaised ? { bold: true } : {}),
      };
      items.push(item);
      if (isRaised) raised.push({ item, read: w.text, conf: w.conf, note: i === 0 });
      if (w.mark) return; // counted with its word
      conf += w.conf;
      words++;
    });
  }
  numberMarkers(raised, count);
  return { items, conf, words };
}

/** Raised markers numbered in reading order (top to bottom, left to right), notes and references apart. */
function numberMarkers(raised: Raised[], count: MarkerCount): void {
  raised.sort((a, b) => a.item.y - b.item.y || a.item.x - b.item.x);
  for (const r of raised) {
    const key = r.note ? "note" : "ref";
    const next = count[key] + 1;
    const n = /^\d{1,3}$/.test(r.read) && (Number(r.read) === next || (r.conf >= SUP_TRUST_CONF && Number(r.read) > count[key])) ? Number(r.read) : next;
    count[key] = n;
    const space = r.item.str.endsWith(" ") ? " " : "";
    r.item.str = String(n) + space;
  }
}
