// kehoach list [--province P] [--year Y] [--format table|json|csv|md] [--db FILE]
import type { Command } from "commander";
import type { DocumentSummary } from "../store/sqlite.js";
import { t } from "../i18n/index.js";
import { addDbOption, checkFormat, formatSheet, openExisting, parseYear, requireProvince, termText, type Sheet } from "./output.js";
import { terminalTable, type ColumnSpec } from "./table.js";

export interface ListOptions {
  db: string;
  province?: string;
  year?: string;
  format?: string;
  /** the width of the table (default: the terminal's, see terminalWidth) */
  width?: number;
}

export function documentsSheet(docs: DocumentSummary[]): Sheet {
  return {
    columns: ["id", "province", "issuer", "number", "date", "year", "title", "format", "targets", "tasks", "deadlines", "footnotes", "models", "file"],
    rows: docs.map((d) => [
      d.id,
      d.province,
      d.issuer,
      d.number,
      d.issuedAt,
      d.year ?? termText(d.periodFrom, d.periodTo),
      d.subtitle ?? d.title,
      d.format,
      d.targets,
      d.tasks,
      d.deadlines,
      d.footnotes,
      d.models,
      d.sourcePath,
    ]),
  };
}

// At 80 columns the table keeps id, province, number, year, title and the counts of targets and
// tasks; the other columns are left out in this order as the terminal narrows (said under it).
const LIST_COLUMNS: ColumnSpec[] = [
  { kind: "fixed" }, // id
  { kind: "text", max: 16, min: 14 }, // province
  { kind: "text", max: 28, drop: 3 }, // issuer
  { kind: "fixed" }, // number
  { kind: "fixed", drop: 1 }, // date
  { kind: "fixed" }, // year or term
  { kind: "text", min: 12 }, // title
  { kind: "fixed", drop: 7 }, // format
  { kind: "fixed" }, // targets
  { kind: "fixed" }, // tasks
  { kind: "fixed", drop: 4 }, // deadlines
  { kind: "fixed", drop: 5 }, // footnotes
  { kind: "fixed", drop: 6 }, // models
  { kind: "text", max: 40, min: 20, drop: 2, cutStart: true }, // file
];

export function runList(o: ListOptions): string {
  const format = checkFormat(o.format ?? "table", ["table", "json", "csv", "md"]);
  const store = openExisting(o.db);
  try {
    requireProvince(store, o.province);
    const docs = store.listDocuments({ province: o.province, year: parseYear(o.year) });
    if (format === "json") return JSON.stringify(docs, null, 2) + "\n";
    if (docs.length === 0 && format === "table") return t().noDocuments + "\n";
    if (format === "table") return terminalTable(documentsSheet(docs), { width: o.width, columns: LIST_COLUMNS, compact: true }) + "\n";
    return formatSheet(documentsSheet(docs), format);
  } finally {
    store.close();
  }
}

export function registerList(program: Command): void {
  addDbOption(
    program
      .command("list")
      .description(t().listDescription)
      .option("--province <name>", t().optProvince)
      .option("--year <year>", t().optYear)
      .option("--format <format>", t().optFormat(["table", "json", "csv", "md"]), "table"),
  ).action((o: ListOptions) => {
    process.stdout.write(runList(o));
  });
}
