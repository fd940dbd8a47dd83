// Helpers shared by the database commands (list, show, search, diff, export, check):
// the --db option, opening the database, and tables as CSV, Markdown and JSON (as terminal
// text: table.ts). Data goes to stdout (or --out); logs go to stderr.
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type { stringify as StringifyT } from "csv-stringify/sync";
import type { Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { writeFileAtomic } from "../ground/write-atomic.js";
import { log } from "../log.js";
import { header, t as t_ } from "../i18n/index.js";
import { describeDocument, openStore, provinceKey, type Pick, type Store } from "../store/sqlite.js";
import { cellText, terminalTable, type ColumnSpec } from "./table.js";

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
 * one taken by PICK_ORDER (src/store/read.ts) is said on stderr, with the others and how to take one of them.
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

/** A plan's term as people read it everywhere: "2022–2027" (en dash); one formatter, in src/ground/format.ts. */
export { termText } from "../ground/format.js";

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
