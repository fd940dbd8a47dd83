// kehoach export --what targets|tasks|deadlines|footnotes|models|themes --format csv|xlsx|json|md
//                [--province P] [--year Y] [--out FILE] [--db FILE]
// One row per item, with its document, province and year, code and parent code, text,
// quantities, deadlines, per-year schedule columns, and provenance (page, offsets).
import type { Command } from "commander";
import { KehoachError } from "../errors.js";
import { log } from "../log.js";
import { formatQuantities } from "../diff.js";
import type { PlanDocument, SpanT } from "../../schemas/plan.js";
import { addDbOption, checkFormat, openExisting, parseYear, requireProvince, toCsv, toJsonRows, toMarkdown, writeOut, type Cell, type Sheet } from "./output.js";

export const WHATS = ["targets", "tasks", "deadlines", "footnotes", "models", "themes"] as const;
export type What = (typeof WHATS)[number];

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

const docCols = ["document_id", "province", "year", "document", "number", "source_file"];
const docCells = (d: ExportDoc): Cell[] => [
  d.id,
  d.plan.meta.province,
  d.plan.meta.year ?? (d.plan.meta.period ? `${d.plan.meta.period.from}-${d.plan.meta.period.to}` : null),
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

const WIDE = new Set(["text", "document", "item_text", "definition", "quantities", "responsible", "partners"]);

/** An XLSX workbook: header row in bold, frozen under the header, filters, sensible widths, wrapped text. */
export async function toXlsx(sheet: Sheet, name: string): Promise<Uint8Array> {
  // loaded on demand: exceljs takes half a second to load, which every other command would pay
  const { default: ExcelJS } = await import("exceljs");
  const wb = new ExcelJS.Workbook();
  wb.creator = "kehoach";
  wb.created = new Date(0);
  const ws = wb.addWorksheet(name, { views: [{ state: "frozen", xSplit: 0, ySplit: 1 }] });
  ws.columns = sheet.columns.map((c, i) => {
    const longest = Math.max(c.length, ...sheet.rows.slice(0, 500).map((r) => String(r[i] ?? "").length));
    const width = WIDE.has(c) ? Math.min(70, Math.max(30, longest / 4)) : Math.min(30, Math.max(8, longest + 2));
    return { header: c, key: c, width };
  });
  for (const r of sheet.rows) ws.addRow(r.map((c) => (c === undefined ? null : c)));
  ws.getRow(1).font = { bold: true };
  ws.getRow(1).alignment = { vertical: "middle", wrapText: true };
  ws.columns.forEach((col, i) => {
    if (WIDE.has(sheet.columns[i]!)) col.alignment = { wrapText: true, vertical: "top" };
    else col.alignment = { vertical: "top" };
  });
  ws.getRow(1).alignment = { vertical: "middle", wrapText: true };
  if (sheet.columns.length) ws.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: sheet.columns.length } };
  const buf = await wb.xlsx.writeBuffer();
  return new Uint8Array(buf as ArrayBuffer);
}

export async function runExport(o: ExportOptions): Promise<{ data: string | Uint8Array; rows: number; out?: string }> {
  const what = (o.what ?? "targets") as What;
  if (!WHATS.includes(what)) throw new KehoachError("cli/usage", `--what must be one of ${WHATS.join(", ")}, not "${o.what}"`);
  const format = checkFormat(o.format ?? "csv", ["csv", "xlsx", "json", "md"]);
  const store = openExisting(o.db);
  let docs: ExportDoc[];
  try {
    requireProvince(store, o.province);
    docs = store.listDocuments({ province: o.province, year: parseYear(o.year) }).map((d) => ({ id: d.id, plan: store.getPlan(d.id)!.plan }));
  } finally {
    store.close();
  }
  const sheet = buildSheet(docs, what);
  let data: string | Uint8Array;
  let out = o.out;
  if (format === "csv") data = toCsv(sheet);
  else if (format === "md") data = toMarkdown(sheet);
  else if (format === "json") data = JSON.stringify(toJsonRows(sheet), null, 2) + "\n";
  else {
    data = await toXlsx(sheet, what);
    if (!out) {
      out = `kehoach-${what}.xlsx`;
      log().warn({ out }, "XLSX is not written to the terminal: writing a file");
    }
  }
  return { data, rows: sheet.rows.length, out };
}

export function registerExport(program: Command): void {
  addDbOption(
    program
      .command("export")
      .description("export one row per item as CSV (UTF-8 with BOM), XLSX, JSON or Markdown")
      .option("--what <what>", WHATS.join(", "), "targets")
      .option("--format <format>", "csv, xlsx, json or md", "csv")
      .option("--province <name>", "only this province")
      .option("--year <year>", "only plans for this year (or whose term covers it)")
      .option("-o, --out <file>", "write to this file instead of stdout"),
  ).action(async (o: ExportOptions) => {
    const r = await runExport(o);
    writeOut(r.data, r.out);
    log().info({ rows: r.rows, out: r.out ?? "stdout" }, "exported");
  });
}
