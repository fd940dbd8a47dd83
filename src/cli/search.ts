// kehoach search <words…> [--province P] [--year Y] [--kind K] [--limit N] [--format table|json]
// Diacritics, case and tone-mark style do not matter: "chi hoi truong tap huan".
import type { Command } from "commander";
import { KehoachError } from "../errors.js";
import { addDbOption, checkFormat, openExisting, parseYear, requireProvince, terminalTable, termText } from "./output.js";

export interface SearchCliOptions {
  db: string;
  province?: string;
  year?: string;
  kind?: string;
  limit?: string;
  format?: string;
}

const KINDS = ["target", "task", "footnote", "theme", "model"];

export function runSearch(words: string[], o: SearchCliOptions): string {
  const format = checkFormat(o.format ?? "table", ["table", "json"]);
  if (o.kind && !KINDS.includes(o.kind)) throw new KehoachError("cli/usage", `--kind must be one of ${KINDS.join(", ")}`);
  const limit = o.limit ? Number(o.limit) : 20;
  if (!Number.isInteger(limit) || limit <= 0) throw new KehoachError("cli/usage", "--limit wants a positive whole number");
  const store = openExisting(o.db);
  try {
    requireProvince(store, o.province);
    const hits = store.search(words.join(" "), { province: o.province, year: parseYear(o.year), kind: o.kind, limit });
    if (format === "json") return JSON.stringify(hits, null, 2) + "\n";
    if (hits.length === 0) return "no match\n";
    return (
      terminalTable(
        {
          columns: ["doc", "province", "year", "kind", "code", "snippet"],
          rows: hits.map((h) => [h.documentId, h.province, h.year ?? termText(h.periodFrom, h.periodTo), h.kind, h.code ?? "•", h.snippet]),
        },
        { maxWidths: [5, 14, 11, 10, 8] },
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
      .description("full-text search of targets, tasks, footnotes, themes and models (diacritics optional)")
      .argument("<words...>", 'words to find, e.g. "chi hoi truong tap huan"')
      .option("--province <name>", "only this province")
      .option("--year <year>", "only plans for this year")
      .option("--kind <kind>", `only ${KINDS.join(", ")}`)
      .option("--limit <n>", "at most this many results", "20")
      .option("--format <format>", "table or json", "table"),
  ).action((words: string[], o: SearchCliOptions) => {
    process.stdout.write(runSearch(words, o));
  });
}
