// kehoach search <words…> [--province P] [--year Y] [--kind K] [--limit N] [--format table|json]
// Diacritics, case and tone-mark style do not matter: "chi hoi truong tap huan".
import type { Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { t, word } from "../i18n/index.js";
import { addDbOption, checkFormat, openExisting, parseYear, requireProvince, termText } from "./output.js";
import { terminalTable } from "./table.js";

export interface SearchCliOptions {
  db: string;
  province?: string;
  year?: string;
  kind?: string;
  limit?: string;
  format?: string;
  /** the width of the table (default: the terminal's, see terminalWidth) */
  width?: number;
}

export const KINDS = ["target", "task", "footnote", "theme", "model"];

export function runSearch(words: string[], o: SearchCliOptions): string {
  const format = checkFormat(o.format ?? "table", ["table", "json"]);
  if (o.kind && !KINDS.includes(o.kind)) throw new KehoachError("cli/usage", t().badKind(KINDS));
  const limit = o.limit ? Number(o.limit) : 20;
  if (!Number.isInteger(limit) || limit <= 0) throw new KehoachError("cli/usage", t().badLimit);
  const store = openExisting(o.db);
  try {
    requireProvince(store, o.province);
    const hits = store.search(words.join(" "), { province: o.province, year: parseYear(o.year), kind: o.kind, limit });
    if (format === "json") return JSON.stringify(hits, null, 2) + "\n";
    if (hits.length === 0) return t().noMatch + "\n";
    const w = t().search;
    return (
      terminalTable(
        {
          columns: [w.doc, w.province, w.year, w.kind, w.code, w.snippet],
          rows: hits.map((h) => [h.documentId, h.province, h.year ?? termText(h.periodFrom, h.periodTo), word("kind", h.kind), h.code ?? "•", h.snippet]),
        },
        // the snippet wraps, the province is cut to fit, the kind left out first; never the document, year or code
        { width: o.width, columns: [{ kind: "fixed" }, { kind: "text", max: 14, min: 8 }, { kind: "fixed" }, { kind: "text", max: 10, min: 8, drop: 1 }, { kind: "fixed" }, { kind: "wrap", min: 30 }] },
      ) + "\n"
    );
  } finally {
    store.close();
  }
}

export function registerSearch(program: Command): void {
  addDbOption(
    program
      .command("search")
      .description(t().searchDescription)
      .argument("<words...>", t().searchWords)
      .option("--province <name>", t().optProvince)
      .option("--year <year>", t().searchYear)
      .option("--kind <kind>", t().searchKind(KINDS))
      .option("--limit <n>", t().searchLimit, "20")
      .option("--format <format>", t().optFormat(["table", "json"]), "table"),
  ).action((words: string[], o: SearchCliOptions) => {
    process.stdout.write(runSearch(words, o));
  });
}
