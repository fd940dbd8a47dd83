// Layout rules for recognised (OCR) pages: what a text layer gives exactly and OCR gives a little
// differently each time. Used by pdf.ts on the pages ocr.ts read; a text layer's pages never go
// through them.

/** A row's text for comparison: its cells run together without spaces, lower case. */
const squash = (cells: readonly string[]) => cells.join("").replace(/\s+/g, "").toLowerCase().normalize("NFC");

/** Longest common subsequence of two strings (characters), or -1 when they are too long to compare. */
function lcs(a: string, b: string): number {
  if (a.length * b.length > 250_000) return -1;
  let prev = new Uint16Array(b.length + 1);
  let cur = new Uint16Array(b.length + 1);
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) cur[j] = a[i - 1] === b[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    [prev, cur] = [cur, prev];
  }
  return prev[b.length];
}

/** The shorter row's characters that must be found, in order, in the longer one. */
const ROW_LCS_SHARE = 0.85;
/** …and the shorter row at least this share of the longer ("Năm | Năm" for "Năm 2022 | Năm 2023": the years lost). */
const ROW_MIN_LENGTH_SHARE = 0.4;
/** Cells empty in one row and not in the other (a cell read or lost) at most this share. */
const ROW_CELL_MISMATCH = 0.2;

/**
 * Two table rows read by OCR are the same printed row (a table's header rows, which a long table
 * repeats at the top of each page, are read a little differently each time: "Cơquan/Đơnvị" and
 * "Cơ quan/Đơn vị", a year lost): same number of cells, filled in the same places (but for a few),
 * and the shorter row's characters in order in the longer one.
 */
export function rowsAlike(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const mismatched = a.filter((c, i) => !c.trim() !== !b[i].trim()).length;
  if (mismatched > ROW_CELL_MISMATCH * a.length) return false;
  const ka = squash(a);
  const kb = squash(b);
  if (ka === kb) return true;
  if (!ka || !kb) return false;
  const short = Math.min(ka.length, kb.length);
  if (short < ROW_MIN_LENGTH_SHARE * Math.max(ka.length, kb.length)) return false;
  return lcs(ka, kb) >= ROW_LCS_SHARE * short;
}

// ---------------------------------------------------------------- item codes

/** An item code as printed: "2", "2.3", "1.1.7" (a trailing dot allowed). */
const CODE = /^\d{1,3}(?:\.\d{1,3}){0,3}\.?$/;
/** A Roman numeral (a group: "I", "II."): the numbering under it starts again. */
const ROMAN = /^[IVX]{1,5}\.?$/;
/** Letters the recogniser puts for digits in a code ("7i" for "7.1"). */
const DIGIT_LOOKALIKE: Record<string, string> = { i: "1", l: "1", I: "1", "|": "1", "!": "1", o: "0", O: "0", Ø: "0" };
/** A cell that may be a misread code: digits (and their look-alikes), dots and at most one space inside. */
const CODE_LIKE = /^[\dilI|!oOØ]{1,3}(?:[. ]{1,2}[\dilI|!oOØ]{1,3}){0,3}\.?$/;
/** A code column: at least this share of its filled cells are codes or Roman numerals. */
const CODE_COLUMN_SHARE = 0.6;

type Path = number[];
const parse = (t: string): Path | null => (CODE.test(t) ? t.replace(/\.$/, "").split(".").map(Number) : null);
const same = (a: Path, b: Path) => a.length === b.length && a.every((v, i) => v === b[i]);

/** The codes that may follow `prev` in a numbered list: its first child, its next sibling, the next sibling of each parent and that one's first child. */
function following(prev: Path | null): Path[] {
  if (!prev || !prev.length) return [[1]];
  const out: Path[] = [[...prev, 1]];
  for (let d = prev.length; d >= 1; d--) {
    const sib = [...prev.slice(0, d - 1), prev[d - 1] + 1];
    out.push(sib);
    if (d < prev.length) out.push([...sib, 1]);
  }
  if (prev.length === 1) out.push([prev[0] + 1, 1]);
  return out;
}

/** The code just before `next`: its previous sibling, or its parent when it is a first child. */
function preceding(next: Path): Path | null {
  const last = next[next.length - 1];
  if (last > 1) return [...next.slice(0, -1), last - 1];
  return next.length > 1 ? next.slice(0, -1) : null;
}

/** A misread code read as `cand`, a dot lost: the same digits (a dot lost: "23" for "2.3", "3 2" for "3.2"), or one digit after a lost dot misread ("84" for "8.1", "14.7" for "1.1.7"). */
function readsAs(cell: string, cand: Path): boolean {
  const digits = [...cell.replace(/[. ]/g, "")].map((ch) => DIGIT_LOOKALIKE[ch] ?? ch).join("");
  if (!/^\d+$/.test(digits)) return false;
  // a dot was lost: the cell has fewer than the code
  if ((cell.match(/\./g)?.length ?? 0) >= cand.length - 1) return false;
  const want = cand.join("");
  if (digits === want) return true;
  if (digits.length !== want.length || cell.includes(" ")) return false;
  // the first digit of each part but the first: where a lost dot's ink was read into a digit
  const starts = new Set<number>();
  let at = 0;
  cand.forEach((v, i) => {
    if (i > 0) starts.add(at);
    at += String(v).length;
  });
  const diff = [...digits].flatMap((ch, i) => (ch === want[i] ? [] : [i]));
  return diff.length === 1 && starts.has(diff[0]);
}

/**
 * Item codes of a table's code column read by OCR, mended by their sequence: a code that breaks
 * the sequence and reads as an expected one with its dot lost ("2.1, 2.2, 23, 2.4" → "2.3"; "8,
 * 84, 82" → "8.1, 8.2") is that one; a lone empty cell between two codes that leave exactly one
 * code out of the sequence gets it. Codes that fit, Roman numerals and cells that are not codes
 * stay as read. Returns the column's cells, mended; unchanged when the column is not a code column.
 */
export function mendCodes(cells: readonly string[]): string[] {
  const out = cells.map((c) => c.trim());
  const filled = out.filter(Boolean);
  if (!filled.length || filled.filter((c) => CODE.test(c) || ROMAN.test(c) || CODE_LIKE.test(c)).length < CODE_COLUMN_SHARE * filled.length)
    return [...cells];
  let prev: Path | null = null;
  let emptyAt: number[] = [];
  for (let i = 0; i < out.length; i++) {
    const c = out[i];
    if (!c) {
      emptyAt.push(i);
      continue;
    }
    if (ROMAN.test(c)) {
      prev = null;
      emptyAt = [];
      continue;
    }
    const cands = following(prev);
    // the next code printed with its dots (one that lost none): its predecessor may be this one
    const nextCode = out.slice(i + 1).map((t) => (t.includes(".") ? parse(t) : null)).find((p) => p && p.length > 1) ?? null;
    const before = nextCode ? preceding(nextCode) : null;
    let got = parse(c);
    if (!got || !cands.some((p) => same(p, got!))) {
      if (before && !cands.some((p) => same(p, before))) cands.push(before);
      const fix = CODE_LIKE.test(c) ? cands.find((p) => readsAs(c, p)) : undefined;
      if (fix) {
        got = fix;
        out[i] = fix.join(".");
      }
    }
    if (!got) {
      emptyAt = [];
      continue;
    }
    // one empty cell between prev and this code, and exactly one code left out between them
    if (prev && emptyAt.length === 1) {
      const gap = preceding(got);
      if (gap && !same(gap, prev) && following(prev).some((p) => same(p, gap))) out[emptyAt[0]] = gap.join(".");
    }
    prev = got;
    emptyAt = [];
  }
  return out.map((c, i) => (c === cells[i].trim() ? cells[i] : c));
}
