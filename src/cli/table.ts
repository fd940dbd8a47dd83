// Tables for the terminal (list, show, search, diff, check): laid out to the terminal's width,
// measured as the terminal shows text (string-width, after NFC). The steps of `terminalTable`:
// measure the columns, fit them to the width (shrink text columns, wrap headers, leave columns
// out), draw the cells, and name what was left out under the table.
import stringWidth from "string-width";
import { header, t } from "../i18n/index.js";
import type { Cell, Sheet } from "./output.js";

export const cellText = (c: Cell): string => (c === null || c === undefined ? "" : String(c));

/**
 * The width tables are laid out for: the terminal's (process.stdout.columns) when stdout is a
 * terminal; else $COLUMNS when it is set (COLUMNS=200 kehoach list > file); else 80.
 */
export function terminalWidth(stream: { isTTY?: boolean; columns?: number } = process.stdout): number {
  if (stream.isTTY && stream.columns && stream.columns > 0) return stream.columns;
  const env = Number(process.env.COLUMNS);
  if (Number.isInteger(env) && env >= 20) return env;
  return 80;
}

/**
 * How a column of a terminal table gives way when the table is wider than the terminal:
 * - "fixed": codes, numbers, dates, years, ids: never cut (its header may wrap between words);
 * - "text": cut at its width with an ellipsis (one line per row);
 * - "wrap": wrapped between words (the column to read in full: a target's text in `show`).
 * `drop`: columns that still do not fit are left out, the highest `drop` first (said under the
 * table); `max`: the widest a text column gets; `min`: the narrowest (default 8 characters).
 */
export interface ColumnSpec {
  kind?: "fixed" | "text" | "wrap";
  drop?: number;
  max?: number;
  min?: number;
  /** a "text" column cut at its start ("…/plans/001.txt"): paths, whose end names the file */
  cutStart?: boolean;
}

const segmenter = new Intl.Segmenter(undefined, { granularity: "grapheme" });

/** The text cut to `width` columns of the terminal, with "…" when it was longer (at its start with `atStart`). */
export function truncateText(s: string, width: number, atStart = false): string {
  if (stringWidth(s) <= width) return s;
  const graphemes = Array.from(segmenter.segment(s), (g) => g.segment);
  if (atStart) graphemes.reverse();
  const out: string[] = [];
  let n = 0;
  for (const g of graphemes) {
    const w = stringWidth(g);
    if (n + w > width - 1) break;
    out.push(g);
    n += w;
  }
  if (atStart) return "…" + out.reverse().join("").trimStart();
  return out.join("").trimEnd() + "…";
}

/** The text in lines of at most `width` columns, broken between words (a longer word is cut). */
export function wrapText(s: string, width: number): string[] {
  const lines: string[] = [];
  for (const para of s.split("\n")) {
    let line = "";
    let lw = 0;
    for (const word of para.split(/ +/)) {
      const ww = stringWidth(word);
      if (lw && lw + 1 + ww <= width) {
        line += " " + word;
        lw += 1 + ww;
        continue;
      }
      if (lw) lines.push(line);
      if (ww <= width) {
        line = word;
        lw = ww;
        continue;
      }
      // a word wider than the column: cut into pieces of the column's width
      line = "";
      lw = 0;
      for (const { segment } of segmenter.segment(word)) {
        const g = stringWidth(segment);
        if (lw + g > width) {
          lines.push(line);
          line = "";
          lw = 0;
        }
        line += segment;
        lw += g;
      }
    }
    lines.push(line);
  }
  return lines;
}

const widest = (lines: string[]) => lines.reduce((m, l) => Math.max(m, stringWidth(l)), 0);
const longestWord = (s: string) => widest(s.split(/\s+/));
/** the narrowest a text column is shrunk to before columns are left out */
const DEFAULT_MIN = 8;
/** a text column's header words count towards its minimum up to this width */
const HEADER_MIN_CAP = 12;
/** the narrowest a text column gets when nothing is left to leave out */
const LAST_RESORT_MIN = 4;

/** The table's texts and each column's widths (content, without the 2 characters of padding). */
interface Measured {
  spec: ColumnSpec[];
  heads: string[];
  cells: string[][];
  /** each column's widest line */
  natural: number[];
  /** the narrowest each column is shrunk to before columns are left out */
  mins: number[];
}

/** What is shown: the columns (indices into the sheet), their widths, and the columns left out. */
interface Layout {
  shown: number[];
  widths: number[];
  dropped: number[];
}

/**
 * A table for the terminal that fits `width` columns (default: terminalWidth()). Every line is
 * at most that wide, measured as the terminal shows it (string-width, after NFC): text columns
 * are cut with "…" or wrapped, codes, numbers and dates are never cut; when even that is too
 * wide, the columns with the highest `drop` are left out and a line under the table names them.
 */
export function terminalTable(sheet: Sheet, opts: { width?: number; columns?: ColumnSpec[]; compact?: boolean } = {}): string {
  const width = Math.max(20, opts.width ?? terminalWidth());
  const m = measure(sheet, opts.columns);
  const layout = fitColumns(m, width);
  return drawTable(m, layout, opts.compact ?? false) + leftOutNote(m, layout, width);
}

function measure(sheet: Sheet, columns: ColumnSpec[] | undefined): Measured {
  const spec = sheet.columns.map((_, i) => columns?.[i] ?? {});
  const heads = sheet.columns.map((c) => header(c).normalize("NFC"));
  const cells = sheet.rows.map((r) => sheet.columns.map((_, i) => cellText(r[i]).normalize("NFC")));
  const natural = heads.map((h, i) => Math.max(stringWidth(h), ...cells.map((r) => widest(r[i]!.split("\n")))));
  const mins = heads.map((h, i) => {
    const s = spec[i]!;
    const head = longestWord(h);
    if (s.kind === "fixed") return Math.max(head, ...cells.map((r) => widest(r[i]!.split("\n"))), 1);
    return Math.min(natural[i]!, Math.max(s.min ?? DEFAULT_MIN, Math.min(head, HEADER_MIN_CAP)));
  });
  return { spec, heads, cells, natural, mins };
}

/**
 * Takes one character at a time off the widest of the columns `may` allows (`widths` indexed as
 * `shown`), until `excess` is gone or none may give more; returns what is left of `excess`.
 */
function shrinkWidest(widths: number[], excess: number, may: (j: number) => boolean): number {
  while (excess > 0) {
    let k = -1;
    for (let j = 0; j < widths.length; j++) {
      if (!may(j)) continue;
      if (k < 0 || widths[j]! > widths[k]!) k = j;
    }
    if (k < 0) break;
    widths[k]!--;
    excess--;
  }
  return excess;
}

/** The widths of the columns shown, and the columns left out, for a table `width` wide. */
function fitColumns(m: Measured, width: number): Layout {
  const { spec, natural } = m;
  const fixed = (i: number) => spec[i]!.kind === "fixed";
  let shown = spec.map((_, i) => i);
  const dropped: number[] = [];
  for (;;) {
    const budget = width - (shown.length + 1) - 2 * shown.length;
    const widths = shown.map((i) => (fixed(i) ? natural[i]! : Math.min(natural[i]!, spec[i]!.max ?? natural[i]!)));
    let excess = widths.reduce((a, b) => a + b, 0) - budget;
    // shrink the widest text column, one character at a time, down to its minimum; then the
    // headers of fixed columns wrap between words ("chỉ tiêu" over two lines), values never
    for (const f of [false, true]) excess = shrinkWidest(widths, excess, (j) => fixed(shown[j]!) === f && widths[j]! > m.mins[shown[j]!]!);
    if (excess <= 0) return { shown, widths, dropped };
    const candidates = shown.filter((i) => spec[i]!.drop !== undefined);
    if (!candidates.length) {
      // nothing left to leave out: text columns go below their minimum (to 4 characters), and
      // past that the lines are wider than the terminal (fixed columns are never cut)
      shrinkWidest(widths, excess, (j) => !fixed(shown[j]!) && widths[j]! > Math.min(LAST_RESORT_MIN, natural[shown[j]!]!));
      return { shown, widths, dropped };
    }
    const out = candidates.reduce((a, b) => (spec[b]!.drop! > spec[a]!.drop! ? b : a));
    dropped.push(out);
    shown = shown.filter((i) => i !== out);
  }
}

/** A cell's text in its column's width: wrapped, cut with "…", or as it is (fixed). */
function fitCell(spec: ColumnSpec, w: number, text: string): string {
  const kind = spec.kind ?? "text";
  if (kind === "wrap") return wrapText(text, w).join("\n");
  if (kind === "text") return text.split("\n").map((l) => truncateText(l, w, spec.cutStart)).join("\n");
  return text;
}

/** A horizontal rule across the columns: its left end, its crossings and its right end. */
const ruleOf = (widths: number[], l: string, m: string, r: string) => l + widths.map((w) => "─".repeat(w + 2)).join(m) + r;

/** The lines of one row: each cell's lines side by side, padded to its column's width. */
function rowLines(widths: number[], texts: string[]): string[] {
  const cellLines = texts.map((x) => x.split("\n"));
  const height = Math.max(1, ...cellLines.map((c) => c.length));
  const out: string[] = [];
  for (let k = 0; k < height; k++) {
    out.push(
      "│" +
        cellLines
          .map((c, j) => {
            const x = c[k] ?? "";
            return " " + x + " ".repeat(Math.max(0, widths[j]! - stringWidth(x))) + " ";
          })
          .join("│") +
        "│",
    );
  }
  return out;
}

// drawn here, not by cli-table3: every cell is already cut or wrapped to its width (cli-table3
// measured each multi-line cell again character by character: seconds for one `show`)
function drawTable(m: Measured, { shown, widths }: Layout, compact: boolean): string {
  const drawn: string[] = [ruleOf(widths, "┌", "┬", "┐"), ...rowLines(widths, shown.map((i, j) => wrapText(m.heads[i]!, widths[j]!).join("\n")))];
  m.cells.forEach((r, n) => {
    // compact: no rule between rows (tables of one line a row)
    if (n > 0 && !compact) drawn.push(ruleOf(widths, "├", "┼", "┤"));
    else if (n === 0) drawn.push(ruleOf(widths, "├", "┼", "┤"));
    drawn.push(...rowLines(widths, shown.map((i, j) => fitCell(m.spec[i]!, widths[j]!, r[i]!))));
  });
  drawn.push(ruleOf(widths, "└", "┴", "┘"));
  return drawn.join("\n");
}

/** The line under the table that names the columns left out ("" when none was). */
function leftOutNote(m: Measured, { dropped }: Layout, width: number): string {
  if (!dropped.length) return "";
  const names = dropped.sort((a, b) => a - b).map((i) => m.heads[i]).join(", ");
  return "\n" + wrapText(t().columnsLeftOut(dropped.length, width, names), width).join("\n");
}
