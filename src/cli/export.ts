// kehoach export --what targets|tasks|deadlines|footnotes|models|themes --format csv|xlsx|json|md
//                [--province P] [--year Y] [--out FILE] [--db FILE]
// One row per item, with its document, province and year, code and parent code, text,
// quantities, deadlines, per-year schedule columns, and provenance (page, offsets).
import type { Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { log } from "../log.js";
import { formatQuantities } from "../ground/format.js";
import type { PlanDocument, SpanT } from "../../schemas/plan.js";
import { header, t, word } from "../i18n/index.js";
import { addDbOption, checkFormat, termText, openExisting, parseYear, requireProvince, toCsv, toJsonRows, toMarkdown, writeOut, type Cell, type Sheet } from "./output.js";

export { termText };

export const WHATS = ["targets", "tasks", "deadlines", "footnotes", "models", "themes"] as const;
export type What = (typeof WHATS)[number];
/** `--what all`: every kind, one sheet each (XLSX) or one key each (JSON). */
export const ALL = "all";

export interface ExportOptions {
  db: string;
  what?: string;
  format?: string;
  province?: string;
  year?: string;
  out?: string;
}

export interface ExportDoc {
  id: number | null;
  plan: PlanDocument;
}


// `year` is a number (annual plans) or empty; a term plan has `period` ("2022–2027"),
// `period_from` and `period_to` instead: a column never mixes numbers and text.
const docCols = ["document_id", "province", "year", "period", "period_from", "period_to", "document", "number", "source_file"];
const docCells = (d: ExportDoc): Cell[] => [
  d.id,
  d.plan.meta.province,
  d.plan.meta.year ?? null,
  termText(d.plan.meta.period?.from, d.plan.meta.period?.to),
  d.plan.meta.period?.from ?? null,
  d.plan.meta.period?.to ?? null,
  [d.plan.meta.title, d.plan.meta.subtitle].filter(Boolean).join(": ") || null,
  d.plan.meta.number,
  d.plan.source.file,
];
const provCols = ["page", "start_offset", "end_offset"];
const provCells = (w: SpanT | null | undefined): Cell[] => (w ? [w.page, w.start, w.end] : [null, null, null]);
const join = (xs: Array<string | number | null | undefined>) => (xs.length ? xs.map((x) => x ?? "").join("; ") : null);

/** The rows of one kind of item over several documents. */
export function buildSheet(docs: ExportDoc[], what: What): Sheet {
  const rows: Cell[][] = [];
  if (what === "targets" || what === "tasks") {
    const items = docs.flatMap((d) => (what === "targets" ? d.plan.targets : d.plan.tasks).map((it) => ({ d, it })));
    const maxQ = what === "targets" ? Math.max(0, ...docs.flatMap((d) => d.plan.targets.map((t) => t.quantities.length))) : 0;
    const periods = [...new Set(items.flatMap(({ it }) => Object.keys(it.schedule ?? {})))].sort();
    const columns = [...docCols, "id", "code", "parent_code", "section", "text"];
    if (what === "targets") {
      columns.push("quantities");
      for (let i = 1; i <= maxQ; i++) columns.push(`q${i}_value`, `q${i}_comparator`, `q${i}_unit`, `q${i}_raw`);
    } else columns.push("responsible", "partners", "funding");
    columns.push("deadline", "deadline_start", "deadline_end", "deadline_precision", ...periods.map((p) => `schedule_${p}`), "footnotes", ...provCols);
    for (const { d, it } of items) {
      const parent = it.parent ? (d.plan.targets.find((t) => t.id === it.parent) ?? d.plan.tasks.find((t) => t.id === it.parent)) : undefined;
      const row: Cell[] = [...docCells(d), it.id, it.code, parent?.code ?? (it.parent ? parent?.text.slice(0, 40) ?? it.parent : null), it.section, it.text];
      if ("quantities" in it) {
        row.push(formatQuantities(it.quantities) || null);
        for (let i = 0; i < maxQ; i++) {
          const qy = it.quantities[i];
          row.push(qy?.value ?? null, qy?.comparator ?? null, qy?.unit ?? null, qy?.raw ?? null);
        }
      } else if ("responsible" in it) {
        row.push(join(it.responsible), join(it.partners), it.funding);
      }
      const dl = d.plan.deadlines.filter((x) => x.item === it.id);
      row.push(join(dl.map((x) => x.raw)), join(dl.map((x) => x.start)), join(dl.map((x) => x.end)), join(dl.map((x) => x.precision)));
      for (const p of periods) row.push(it.schedule?.[p] ?? null);
      row.push(join(it.footnotes), ...provCells(it.where));
      rows.push(row);
    }
    return { columns, rows };
  }
  const itemOf = (d: ExportDoc, id: string | null) => (id ? (d.plan.targets.find((t) => t.id === id) ?? d.plan.tasks.find((t) => t.id === id)) : undefined);
  const kindOf = (d: ExportDoc, id: string | null) => (!id ? null : d.plan.targets.some((t) => t.id === id) ? "target" : d.plan.tasks.some((t) => t.id === id) ? "task" : null);
  switch (what) {
    case "deadlines":
      for (const d of docs)
        for (const x of d.plan.deadlines) {
          const it = itemOf(d, x.item);
          rows.push([...docCells(d), x.item, kindOf(d, x.item), it?.code ?? null, it?.text ?? null, x.raw, x.start, x.end, x.precision, x.yearInferred === undefined ? null : x.yearInferred ? "yes" : "no", ...provCells(x.where)]);
        }
      return { columns: [...docCols, "item_id", "item_kind", "item_code", "item_text", "raw", "start", "end", "precision", "year_inferred", ...provCols], rows };
    case "footnotes":
      for (const d of docs)
        for (const f of d.plan.footnotes) {
          const it = itemOf(d, f.item);
          rows.push([...docCells(d), f.marker, f.text, f.item, it?.code ?? null, it?.text ?? null, ...provCells(f.where)]);
        }
      return { columns: [...docCols, "marker", "text", "item_id", "item_code", "item_text", ...provCols], rows };
    case "models":
      for (const d of docs) for (const m of d.plan.models) rows.push([...docCells(d), m.name, m.definition, m.footnote, ...provCells(m.where)]);
      return { columns: [...docCols, "name", "definition", "footnote", ...provCols], rows };
    case "themes":
      for (const d of docs) for (const t of d.plan.themes) rows.push([...docCells(d), t.year, t.text, t.source, ...provCells(t.where)]);
      return { columns: [...docCols, "theme_year", "text", "source", ...provCols], rows };
  }
  throw new KehoachError("cli/usage", `unknown --what "${String(what)}"`);
}

// The coded values of a column (comparators, precisions, kinds, yes/no) in words of the language,
// for the people who read CSV, XLSX and Markdown; JSON keeps the codes. English keeps them too.
const VALUE_WORDS: Array<[RegExp, (v: string) => string]> = [
  [/^q\d+_comparator$/, (v) => word("comparator", v) ?? v],
  [/^(deadline_)?precision$/, (v) => word("precision", v) ?? v],
  [/^item_kind$/, (v) => word("kind", v) ?? v],
  [/^source$/, (v) => word("source", v) ?? v],
  [/^year_inferred$/, (v) => (t().yesNo as Record<string, string>)[v] ?? v],
];

/** The sheet with its coded values in words (a "; "-joined list word by word). */
export function inWords(sheet: Sheet): Sheet {
  const say = sheet.columns.map((c) => VALUE_WORDS.find(([re]) => re.test(c))?.[1]);
  if (!say.some(Boolean)) return sheet;
  return {
    columns: sheet.columns,
    rows: sheet.rows.map((r) => r.map((c, i) => (say[i] && typeof c === "string" ? c.split("; ").map(say[i]!).join("; ") : c))),
  };
}

const WIDE = new Set(["text", "document", "item_text", "definition", "quantities", "responsible", "partners"]);

// Typed cells. A spreadsheet must not guess what a cell is: codes ("2.10") and document
// numbers are text, counts and years are numbers, deadline dates are dates, percentages
// are fractions with a % format, and per-year schedule cells written as Vietnamese numbers
// ("2.500" = 2500, "1,5" = 1.5, "0,5%") are numbers; anything else ("x") stays as written.
// Number formats carry the Vietnamese locale ([$-42A]): LibreOffice shows 2500 as "2.500"
// and 0.005 as "0,5%" whatever the reader's locale; Excel uses the reader's separators.
type ColType = "int" | "text" | "date-start" | "date-end" | "quantity" | "schedule" | "general";
const INT_COLS = new Set(["document_id", "year", "period_from", "period_to", "theme_year", "page", "start_offset", "end_offset"]);
const TEXT_COLS = new Set(["code", "parent_code", "item_code", "number", "marker", "id", "item_id", "footnote", "footnotes"]);
// an item with several deadlines: its start column holds the first day, its end column the
// last (all its deadlines' words stay in "deadline"; the deadlines sheet has one row each)
const START_COLS = new Set(["deadline_start", "start"]);
const END_COLS = new Set(["deadline_end", "end"]);
export function columnType(name: string): ColType {
  if (INT_COLS.has(name)) return "int";
  if (TEXT_COLS.has(name)) return "text";
  if (START_COLS.has(name)) return "date-start";
  if (END_COLS.has(name)) return "date-end";
  if (/^q\d+_value$/.test(name)) return "quantity";
  if (name.startsWith("schedule_")) return "schedule";
  return "general";
}
const VI = "[$-42A]";
const decimalsOf = (n: number) => {
  const s = String(n);
  const i = s.indexOf(".");
  return i < 0 || /e/i.test(s) ? 0 : Math.min(6, s.length - i - 1);
};
const numberFormat = (decimals: number) => `${VI}#,##0${decimals ? "." + "0".repeat(decimals) : ""}`;
const percentFormat = (decimals: number) => `${VI}0${decimals ? "." + "0".repeat(decimals) : ""}%`;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** A Vietnamese number as a plan writes it in a table cell ("2.500", "1,5", "0,5%"), or null. */
export function parseViNumber(s: string): { value: number; decimals: number; percent: boolean } | null {
  const m = /^\s*(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(%?)\s*$/.exec(s);
  if (!m) return null;
  const int = m[1]!.replace(/\./g, "");
  const dec = m[2] ?? "";
  return { value: Number(dec ? `${int}.${dec}` : int), decimals: dec.length, percent: m[3] === "%" };
}

interface XCell {
  value: string | number | Date | null;
  numFmt?: string;
}
/** One cell of an XLSX sheet, typed by its column (and, for quantities, by the row's unit). */
export function typedCell(type: ColType, c: Cell, unit?: Cell): XCell {
  if (c === null || c === undefined || c === "") return { value: null };
  switch (type) {
    case "int":
      return typeof c === "number" ? { value: c, numFmt: "0" } : { value: String(c), numFmt: "@" };
    case "text":
      return { value: String(c), numFmt: "@" };
    case "date-start":
    case "date-end": {
      const days = typeof c === "string" ? c.split("; ") : [];
      if (!days.length || !days.every((d) => ISO_DATE.test(d))) return { value: String(c) };
      // ISO days sort as text: the first start, the last end
      const day = days.reduce((a, b) => ((type === "date-start" ? b < a : b > a) ? b : a));
      const m = ISO_DATE.exec(day)!;
      return { value: new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!)), numFmt: "dd/mm/yyyy" };
    }
    case "quantity":
      if (typeof c !== "number") return { value: String(c) };
      return unit === "%" ? { value: c / 100, numFmt: percentFormat(decimalsOf(c)) } : { value: c, numFmt: numberFormat(decimalsOf(c)) };
    case "schedule": {
      const n = typeof c === "string" ? parseViNumber(c) : null;
      if (!n) return typeof c === "number" ? { value: c } : { value: String(c), numFmt: "@" };
      return n.percent ? { value: n.value / 100, numFmt: percentFormat(n.decimals) } : { value: n.value, numFmt: numberFormat(n.decimals) };
    }
    default:
      return { value: c };
  }
}

/**
 * An XLSX workbook, one sheet per entry, written with exceljs's streaming writer (rows are
 * committed as they are written: large exports do not hold a workbook in memory): typed
 * cells, header row in bold, frozen under the header, filters, sensible widths, wrapped text.
 */
export async function toXlsx(sheets: Sheet | Record<string, Sheet>, name?: string): Promise<Uint8Array> {
  const named: Record<string, Sheet> = "columns" in sheets && Array.isArray(sheets.columns) ? { [name ?? "sheet"]: sheets as Sheet } : (sheets as Record<string, Sheet>);
  // loaded on demand: exceljs takes half a second to load, which every other command would pay
  const { default: ExcelJS } = await import("exceljs");
  const { PassThrough } = await import("node:stream");
  const chunks: Buffer[] = [];
  const stream = new PassThrough();
  stream.on("data", (b: Buffer) => chunks.push(b));
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ stream, useStyles: true, useSharedStrings: false });
  wb.creator = "kehoach";
  wb.created = new Date(0);
  for (const [sheetName, sheet] of Object.entries(named)) {
    const ncol = sheet.columns.length;
    const ws = wb.addWorksheet((t().sheet as Record<string, string>)[sheetName] ?? sheetName, {
      views: [{ state: "frozen", xSplit: 0, ySplit: 1 }],
      ...(ncol ? { autoFilter: { from: { row: 1, column: 1 }, to: { row: 1, column: ncol } } } : {}),
    });
    const types = sheet.columns.map(columnType);
    const unitCol = sheet.columns.map((c) => (/^q\d+_value$/.test(c) ? sheet.columns.indexOf(c.replace(/_value$/, "_unit")) : -1));
    ws.columns = sheet.columns.map((c, i) => {
      const longest = Math.max(header(c).length, ...sheet.rows.slice(0, 500).map((r) => String(r[i] ?? "").length));
      const width = WIDE.has(c) ? Math.min(70, Math.max(30, longest / 4)) : Math.min(30, Math.max(8, longest + 2));
      return { key: c, width, style: { alignment: WIDE.has(c) ? { wrapText: true, vertical: "top" as const } : { vertical: "top" as const } } };
    });
    const head = ws.addRow(sheet.columns.map((c) => header(c)));
    head.font = { bold: true };
    head.alignment = { vertical: "middle", wrapText: true };
    head.commit();
    for (const r of sheet.rows) {
      const row = ws.addRow([]);
      sheet.columns.forEach((c, i) => {
        const x = typedCell(types[i]!, r[i], unitCol[i]! >= 0 ? r[unitCol[i]!] : undefined);
        if (x.value === null) return;
        const cell = row.getCell(i + 1);
        cell.value = x.value;
        if (x.numFmt) cell.numFmt = x.numFmt;
        cell.alignment = WIDE.has(c) ? { wrapText: true, vertical: "top" } : { vertical: "top" };
      });
      row.commit();
    }
    ws.commit();
  }
  await wb.commit();
  return new Uint8Array(Buffer.concat(chunks));
}

export async function runExport(o: ExportOptions): Promise<{ data: string | Uint8Array; rows: number; out?: string }> {
  const what = (o.what ?? "targets") as What | typeof ALL;
  if (what !== ALL && !WHATS.includes(what)) throw new KehoachError("cli/usage", t().badWhat(WHATS, ALL, String(o.what)));
  const format = checkFormat(o.format ?? "csv", ["csv", "xlsx", "json", "md"]);
  if (what === ALL && (format === "csv" || format === "md")) throw new KehoachError("cli/usage", t().whatAllFormat(ALL));
  const store = openExisting(o.db);
  let docs: ExportDoc[];
  try {
    requireProvince(store, o.province);
    docs = store.listDocuments({ province: o.province, year: parseYear(o.year) }).map((d) => ({ id: d.id, plan: store.getPlan(d.id)!.plan }));
  } finally {
    store.close();
  }
  let out = o.out;
  if (what === ALL) {
    const sheets = Object.fromEntries(WHATS.map((w) => [w, buildSheet(docs, w)])) as Record<What, Sheet>;
    const rows = Object.values(sheets).reduce((n, s) => n + s.rows.length, 0);
    if (format === "json") return { data: JSON.stringify(Object.fromEntries(WHATS.map((w) => [w, toJsonRows(sheets[w])])), null, 2) + "\n", rows, out };
    for (const w of WHATS) sheets[w] = inWords(sheets[w]);
    if (!out) {
      out = `kehoach-all.xlsx`;
      log().warn({}, t().xlsxToFile(out));
    }
    return { data: await toXlsx(sheets), rows, out };
  }
  const sheet = buildSheet(docs, what);
  let data: string | Uint8Array;
  if (format === "csv") data = toCsv(inWords(sheet));
  else if (format === "md") data = toMarkdown(inWords(sheet));
  else if (format === "json") data = JSON.stringify(toJsonRows(sheet), null, 2) + "\n";
  else {
    data = await toXlsx(inWords(sheet), what);
    if (!out) {
      out = `kehoach-${what}.xlsx`;
      log().warn({}, t().xlsxToFile(out));
    }
  }
  return { data, rows: sheet.rows.length, out };
}

export function registerExport(program: Command): void {
  addDbOption(
    program
      .command("export")
      .description(t().exportDescription)
      .option("--what <what>", t().exportWhat(WHATS, ALL), "targets")
      .option("--format <format>", t().optFormat(["csv", "xlsx", "json", "md"]), "csv")
      .option("--province <name>", t().optProvince)
      .option("--year <year>", t().optYear)
      .option("-o, --out <file>", t().optOut),
  ).action(async (o: ExportOptions) => {
    const r = await runExport(o);
    writeOut(r.data, r.out);
    log().info({ rows: r.rows, out: r.out ?? "stdout" }, t().logExported);
  });
}
