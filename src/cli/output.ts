// Helpers shared by the database commands (list, show, search, diff, export, check):
// the --db option, opening the database, and tables as terminal text, CSV, Markdown
// and JSON. Data goes to stdout (or --out); logs go to stderr.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { stringify as StringifyT } from "csv-stringify/sync";
import type { Command } from "commander";
import { KehoachError } from "../errors.js";
import { writeFileAtomic } from "../write-atomic.js";
import { log } from "../log.js";
import stringWidth from "string-width";
import { header, t as t_ } from "../i18n/index.js";
import { describeDocument, openStore, provinceKey, type Pick, type Store } from "../store/sqlite.js";

export const DEFAULT_DB = "kehoach.db";

// csv-stringify is loaded when a CSV is made, not at start-up
const require = createRequire(import.meta.url);
const stringify: typeof StringifyT = (...args: Parameters<typeof StringifyT>) =>
  (require("csv-stringify/sync") as { stringify: typeof StringifyT }).stringify(...args);

export type Cell = string | number | null | undefined;
export interface Sheet {
  columns: string[];
  rows: Cell[][];
}

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <file>", t_().optDb, DEFAULT_DB);
}

/** Opens an existing database read-only: reading never creates, migrates or changes a database. */
export function openExisting(file: string): Store {
  if (!fs.existsSync(file)) {
    throw new KehoachError("store/missing", t_().noDatabase(file), file);
  }
  return openStore(file, { readonly: true });
}

/**
 * The one document a reference names (Store.pick). When a province names several, the
 * one taken by PICK_RULE is said on stderr, with the others and how to take one of them.
 */
export function pickDocument(store: Store, ref: string, year: number | undefined, verb: "taking" | "showing" | "comparing" | "reviewing" = "taking"): Pick {
  const p = store.pick(ref, { year });
  if (p.others.length) {
    const others = p.others.slice(0, 5).map(describeDocument).join("; ") + (p.others.length > 5 ? `; ${t_().more(p.others.length - 5)}` : "");
    log().warn({}, t_().namesSeveral(ref.trim(), year, p.others.length + 1, verb, describeDocument(p.doc), t_().pickRule, others));
  }
  return p;
}

/** --province X must be a province of the database: an empty answer for a typo would mislead. */
export function requireProvince(store: Store, province: string | undefined): void {
  if (province === undefined) return;
  const key = provinceKey(province);
  const known = store.provinces();
  if (key && known.some((p) => provinceKey(p) === key)) return;
  throw new KehoachError("cli/not-found", t_().noProvince(province, known.join(", ")), store.file);
}

export function parseYear(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v.trim())) throw new KehoachError("cli/usage", t_().badYear(v));
  return Number(v);
}

/** A plan's term as people read it everywhere (list, show, export, search): "2022–2027" (en dash). */
export const termText = (from: number | null | undefined, to: number | null | undefined): string | null =>
  from === null || from === undefined ? null : `${from}–${to ?? ""}`;

const cellText = (c: Cell): string => (c === null || c === undefined ? "" : String(c));

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
const DEFAULT_MIN = 8;

/**
 * A table for the terminal that fits `width` columns (default: terminalWidth()). Every line is
 * at most that wide, measured as the terminal shows it (string-width, after NFC): text columns
 * are cut with "…" or wrapped, codes, numbers and dates are never cut; when even that is too
 * wide, the columns with the highest `drop` are left out and a line under the table names them.
 */
export function terminalTable(sheet: Sheet, opts: { width?: number; columns?: ColumnSpec[]; compact?: boolean } = {}): string {
  const width = Math.max(20, opts.width ?? terminalWidth());
  const spec = sheet.columns.map((_, i) => opts.columns?.[i] ?? {});
  const heads = sheet.columns.map((c) => header(c).normalize("NFC"));
  const cells = sheet.rows.map((r) => sheet.columns.map((_, i) => cellText(r[i]).normalize("NFC")));
  // content widths (without the 2 characters of padding)
  const natural = heads.map((h, i) => Math.max(stringWidth(h), ...cells.map((r) => widest(r[i]!.split("\n")))));
  const minOf = (i: number) => {
    const s = spec[i]!;
    const head = longestWord(heads[i]!);
    if (s.kind === "fixed") return Math.max(head, ...cells.map((r) => widest(r[i]!.split("\n"))), 1);
    return Math.min(natural[i]!, Math.max(s.min ?? DEFAULT_MIN, Math.min(head, 12)));
  };
  let shown = sheet.columns.map((_, i) => i);
  const dropped: number[] = [];
  let widths: number[] = [];
  for (;;) {
    const budget = width - (shown.length + 1) - 2 * shown.length;
    widths = shown.map((i) => (spec[i]!.kind === "fixed" ? natural[i]! : Math.min(natural[i]!, spec[i]!.max ?? natural[i]!)));
    const mins = shown.map(minOf);
    let excess = widths.reduce((a, b) => a + b, 0) - budget;
    // shrink the widest text column, one character at a time, down to its minimum; then the
    // headers of fixed columns wrap between words ("chỉ tiêu" over two lines), values never
    for (const fixed of [false, true]) {
      while (excess > 0) {
        let k = -1;
        for (let j = 0; j < shown.length; j++) {
          if ((spec[shown[j]!]!.kind === "fixed") !== fixed || widths[j]! <= mins[j]!) continue;
          if (k < 0 || widths[j]! > widths[k]!) k = j;
        }
        if (k < 0) break;
        widths[k]!--;
        excess--;
      }
    }
    if (excess <= 0) break;
    const candidates = shown.filter((i) => spec[i]!.drop !== undefined);
    if (!candidates.length) {
      // nothing left to leave out: text columns go below their minimum (to 4 characters), and
      // past that the lines are wider than the terminal (fixed columns are never cut)
      while (excess > 0) {
        let k = -1;
        for (let j = 0; j < shown.length; j++) {
          if (spec[shown[j]!]!.kind === "fixed" || widths[j]! <= Math.min(4, natural[shown[j]!]!)) continue;
          if (k < 0 || widths[j]! > widths[k]!) k = j;
        }
        if (k < 0) break;
        widths[k]!--;
        excess--;
      }
      break;
    }
    const out = candidates.reduce((a, b) => (spec[b]!.drop! > spec[a]!.drop! ? b : a));
    dropped.push(out);
    shown = shown.filter((i) => i !== out);
  }
  const fit = (i: number, w: number, text: string): string => {
    const kind = spec[i]!.kind ?? "text";
    if (kind === "wrap") return wrapText(text, w).join("\n");
    if (kind === "text") return text.split("\n").map((l) => truncateText(l, w, spec[i]!.cutStart)).join("\n");
    return text;
  };
  // drawn here, not by cli-table3: every cell is already cut or wrapped to its width (cli-table3
  // measured each multi-line cell again character by character: seconds for one `show`)
  const rule = (l: string, m: string, r: string) => l + widths.map((w) => "─".repeat(w + 2)).join(m) + r;
  const row = (texts: string[]): string[] => {
    const cellLines = texts.map((x) => x.split("\n"));
    const height = Math.max(1, ...cellLines.map((c) => c.length));
    const out: string[] = [];
    for (let k = 0; k < height; k++) {
      out.push("│" + cellLines.map((c, j) => {
        const x = c[k] ?? "";
        return " " + x + " ".repeat(Math.max(0, widths[j]! - stringWidth(x))) + " ";
      }).join("│") + "│");
    }
    return out;
  };
  const drawn: string[] = [rule("┌", "┬", "┐"), ...row(shown.map((i, j) => wrapText(heads[i]!, widths[j]!).join("\n")))];
  cells.forEach((r, n) => {
    // compact: no rule between rows (tables of one line a row)
    if (n > 0 && !opts.compact) drawn.push(rule("├", "┼", "┤"));
    else if (n === 0) drawn.push(rule("├", "┼", "┤"));
    drawn.push(...row(shown.map((i, j) => fit(i, widths[j]!, r[i]!))));
  });
  drawn.push(rule("└", "┴", "┘"));
  let out = drawn.join("\n");
  if (dropped.length) {
    const names = dropped.sort((a, b) => a - b).map((i) => heads[i]).join(", ");
    out += "\n" + wrapText(t_().columnsLeftOut(dropped.length, width, names), width).join("\n");
  }
  return out;
}

/** CSV, UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly; headers in the language. */
export function toCsv(sheet: Sheet): string {
  return "\ufeff" + stringify([sheet.columns.map((c) => header(c)), ...sheet.rows.map((r) => r.map(cellText))], { record_delimiter: "\r\n" });
}

const mdCell = (c: Cell) => cellText(c).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
export function toMarkdown(sheet: Sheet): string {
  const lines = [
    `| ${sheet.columns.map((c) => mdCell(header(c))).join(" | ")} |`,
    `| ${sheet.columns.map(() => "---").join(" | ")} |`,
    ...sheet.rows.map((r) => `| ${sheet.columns.map((_, i) => mdCell(r[i])).join(" | ")} |`),
  ];
  return lines.join("\n") + "\n";
}

export function toJsonRows(sheet: Sheet): Array<Record<string, Cell>> {
  return sheet.rows.map((r) => Object.fromEntries(sheet.columns.map((c, i) => [c, r[i] ?? null])));
}

/** Writes to --out (atomically: a temporary file renamed) or to stdout. */
export function writeOut(data: string | Uint8Array, out?: string): void {
  if (!out) {
    process.stdout.write(data);
    return;
  }
  if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new KehoachError("cli/usage", t_().outIsDir, out);
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileAtomic(out, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG") throw new KehoachError("output/disk-full", t_().diskFull, out, { cause: e });
    const why = code === "EACCES" ? t_().permissionDenied : code === "EEXIST" || code === "ENOTDIR" ? t_().fileInPath : (code ?? String(e));
    throw new KehoachError("output/unwritable", t_().cannotWrite(why), out, { cause: e });
  }
}

export function formatSheet(sheet: Sheet, format: string, columns?: ColumnSpec[]): string {
  switch (format) {
    case "table":
      return terminalTable(sheet, { columns }) + "\n";
    case "csv":
      return toCsv(sheet);
    case "md":
      return toMarkdown(sheet);
    case "json":
      return JSON.stringify(toJsonRows(sheet), null, 2) + "\n";
    default:
      throw new KehoachError("cli/usage", t_().unknownFormat(format));
  }
}

export function checkFormat(format: string, allowed: string[]): string {
  if (!allowed.includes(format)) throw new KehoachError("cli/usage", t_().badFormat(allowed, format));
  return format;
}
