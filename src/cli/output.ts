// Helpers shared by the database commands (list, show, search, diff, export, check):
// the --db option, opening the database, and tables as terminal text, CSV, Markdown
// and JSON. Data goes to stdout (or --out); logs go to stderr.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type TableT from "cli-table3";
import type { stringify as StringifyT } from "csv-stringify/sync";
import type { Command } from "commander";
import { KehoachError } from "../errors.js";
import { writeFileAtomic } from "../write-atomic.js";
import { log } from "../log.js";
import { describeDocument, openStore, PICK_RULE, provinceKey, type Pick, type Store } from "../store/sqlite.js";

export const DEFAULT_DB = "kehoach.db";

// cli-table3 and csv-stringify are loaded when a table or a CSV is made, not at start-up
const require = createRequire(import.meta.url);
const Table = (): typeof TableT => require("cli-table3") as typeof TableT;
const stringify: typeof StringifyT = (...args: Parameters<typeof StringifyT>) =>
  (require("csv-stringify/sync") as { stringify: typeof StringifyT }).stringify(...args);

export type Cell = string | number | null | undefined;
export interface Sheet {
  columns: string[];
  rows: Cell[][];
}

export function addDbOption(cmd: Command): Command {
  return cmd.option("--db <file>", "SQLite database", DEFAULT_DB);
}

/** Opens an existing database read-only: reading never creates, migrates or changes a database. */
export function openExisting(file: string): Store {
  if (!fs.existsSync(file)) {
    throw new KehoachError("store/missing", `no database here: run "kehoach ingest FILES --db ${file}" first`, file);
  }
  return openStore(file, { readonly: true });
}

/**
 * The one document a reference names (Store.pick). When a province names several, the
 * one taken by PICK_RULE is said on stderr, with the others and how to take one of them.
 */
export function pickDocument(store: Store, ref: string, year: number | undefined, verb = "taking"): Pick {
  const p = store.pick(ref, { year });
  if (p.others.length) {
    const others = p.others.slice(0, 5).map(describeDocument).join("; ") + (p.others.length > 5 ? `; … ${p.others.length - 5} more` : "");
    log().warn(
      {},
      `"${ref.trim()}"${year !== undefined ? ` in ${year}` : ""} names ${p.others.length + 1} documents; ${verb} ${describeDocument(p.doc)} ` +
        `by the rule: ${PICK_RULE}. Others: ${others}. To take another, give its id${year === undefined ? " or --year" : ""}.`,
    );
  }
  return p;
}

/** --province X must be a province of the database: an empty answer for a typo would mislead. */
export function requireProvince(store: Store, province: string | undefined): void {
  if (province === undefined) return;
  const key = provinceKey(province);
  const known = store.provinces();
  if (key && known.some((p) => provinceKey(p) === key)) return;
  throw new KehoachError("cli/not-found", `no province "${province}" in the database (provinces in the database: ${known.join(", ") || "none"})`, store.file);
}

export function parseYear(v: string | undefined): number | undefined {
  if (v === undefined) return undefined;
  if (!/^\d{4}$/.test(v.trim())) throw new KehoachError("cli/usage", `--year wants a year like 2024, not "${v}"`);
  return Number(v);
}

/** A plan's term as people read it everywhere (list, show, export, search): "2022–2027" (en dash). */
export const termText = (from: number | null | undefined, to: number | null | undefined): string | null =>
  from === null || from === undefined ? null : `${from}–${to ?? ""}`;

const cellText = (c: Cell): string => (c === null || c === undefined ? "" : String(c));

/** A table for the terminal; columns wrap at word boundaries to fit the width. */
export function terminalTable(sheet: Sheet, opts: { width?: number; maxWidths?: Array<number | undefined> } = {}): string {
  const width = Math.max(60, opts.width ?? process.stdout.columns ?? 160);
  const natural = sheet.columns.map((h, i) =>
    Math.max(h.length, ...sheet.rows.map((r) => Math.max(...cellText(r[i]).split("\n").map((l) => l.length)))) + 2,
  );
  const capped = natural.map((w, i) => Math.min(w, opts.maxWidths?.[i] ?? w));
  // shrink the widest columns until the table fits (borders take one character per column + 1)
  const budget = width - sheet.columns.length - 1;
  const widths = [...capped];
  while (widths.reduce((a, b) => a + b, 0) > budget) {
    const i = widths.indexOf(Math.max(...widths));
    if (widths[i]! <= 8) break;
    widths[i]! -= 1;
  }
  const t = new (Table())({
    head: sheet.columns,
    colWidths: widths,
    wordWrap: true,
    wrapOnWordBoundary: true,
    style: { head: [], border: [] },
  });
  for (const r of sheet.rows) t.push(r.map(cellText));
  return t.toString();
}

/** CSV, UTF-8 with a byte-order mark so that Excel shows Vietnamese correctly. */
export function toCsv(sheet: Sheet): string {
  return "\ufeff" + stringify([sheet.columns, ...sheet.rows.map((r) => r.map(cellText))], { record_delimiter: "\r\n" });
}

const mdCell = (c: Cell) => cellText(c).replace(/\\/g, "\\\\").replace(/\|/g, "\\|").replace(/\r?\n/g, "<br>");
export function toMarkdown(sheet: Sheet): string {
  const lines = [
    `| ${sheet.columns.map(mdCell).join(" | ")} |`,
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
  if (fs.statSync(out, { throwIfNoEntry: false })?.isDirectory()) throw new KehoachError("cli/usage", "--out wants a file, and this is a directory", out);
  try {
    fs.mkdirSync(path.dirname(path.resolve(out)), { recursive: true });
    writeFileAtomic(out, data);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG") throw new KehoachError("output/disk-full", "disk full: nothing written", out, { cause: e });
    const why = code === "EACCES" ? "permission denied" : code === "EEXIST" || code === "ENOTDIR" ? "a file stands in its folder's path" : (code ?? String(e));
    throw new KehoachError("output/unwritable", `cannot be written (${why})`, out, { cause: e });
  }
}

export function formatSheet(sheet: Sheet, format: string): string {
  switch (format) {
    case "table":
      return terminalTable(sheet) + "\n";
    case "csv":
      return toCsv(sheet);
    case "md":
      return toMarkdown(sheet);
    case "json":
      return JSON.stringify(toJsonRows(sheet), null, 2) + "\n";
    default:
      throw new KehoachError("cli/usage", `unknown format "${format}"`);
  }
}

export function checkFormat(format: string, allowed: string[]): string {
  if (!allowed.includes(format)) throw new KehoachError("cli/usage", `--format must be one of ${allowed.join(", ")}, not "${format}"`);
  return format;
}
