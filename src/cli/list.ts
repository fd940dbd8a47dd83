// kehoach list [--province P] [--year Y] [--format table|json|csv|md] [--db FILE]
import type { Command } from "commander";
import type { DocumentSummary } from "../store/sqlite.js";
import { addDbOption, checkFormat, formatSheet, openExisting, parseYear, requireProvince, termText, type Sheet } from "./output.js";

export interface ListOptions {
  db: string;
  province?: string;
  year?: string;
  format?: string;
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

export function runList(o: ListOptions): string {
  const format = checkFormat(o.format ?? "table", ["table", "json", "csv", "md"]);
  const store = openExisting(o.db);
  try {
    requireProvince(store, o.province);
    const docs = store.listDocuments({ province: o.province, year: parseYear(o.year) });
    if (format === "json") return JSON.stringify(docs, null, 2) + "\n";
    if (docs.length === 0 && format === "table") return "no documents\n";
    return formatSheet(documentsSheet(docs), format);
  } finally {
    store.close();
  }
}

export function registerList(program: Command): void {
  addDbOption(
    program
      .command("list")
      .description("list the documents in the database: province, issuer, number, date, year, counts")
      .option("--province <name>", "only this province (diacritics and case optional: nam-dinh)")
      .option("--year <year>", "only plans for this year (or whose term covers it)")
      .option("--format <format>", "table, json, csv or md", "table"),
  ).action((o: ListOptions) => {
    process.stdout.write(runList(o));
  });
}
