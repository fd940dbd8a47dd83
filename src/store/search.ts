// Full-text search of the store: the words of a query, folded, against the folded column of
// search_items_fts (search_fts in a read-only database of a schema before 3), and a snippet of
// each hit with the matched words marked.
import type Database from "better-sqlite3";
import { foldKey } from "../ground/text.js";
import { documentFilter } from "./keys.js";

export interface SearchHit {
  documentId: number;
  province: string | null;
  year: number | null;
  /** a term plan's years (year null) */
  periodFrom: number | null;
  periodTo: number | null;
  sourceFile: string;
  kind: string;
  itemId: string | null;
  code: string | null;
  text: string;
  snippet: string;
  rank: number;
}

export interface SearchOptions {
  limit?: number;
  province?: string;
  year?: number;
  kind?: string;
}

/** Words of a folded query, for FTS5 (each quoted: never FTS syntax). */
export function searchTerms(query: string): string[] {
  return foldKey(query)
    .split(/[^\p{L}\p{N}]+/u)
    .filter((t) => t.length > 0);
}

/** A window of `text` around the words of the query, matched words in «». */
export function makeSnippet(text: string, terms: string[], width = 160): string {
  const want = new Set(terms);
  const words: Array<{ start: number; end: number; hit: boolean }> = [];
  for (const m of text.matchAll(/[\p{L}\p{M}\p{N}]+/gu)) {
    const start = m.index ?? 0;
    words.push({ start, end: start + m[0].length, hit: want.has(foldKey(m[0])) });
  }
  // with several words asked, mark runs of them ("chi hội trưởng"), not every lone "Hội"
  let hits = words.filter((w) => w.hit);
  if (want.size > 1) {
    const inRun = words.filter((w, i) => w.hit && (words[i - 1]?.hit || words[i + 1]?.hit));
    if (inRun.length) hits = inRun;
  }
  if (hits.length === 0) return text.length <= width ? text : text.slice(0, width) + "…";
  // the window that starts a little before the first hit
  const first = hits[0]!.start;
  let from = Math.max(0, first - Math.floor(width / 4));
  let to = Math.min(text.length, from + width);
  if (to - from < width) from = Math.max(0, to - width);
  // do not cut words
  while (from > 0 && /[\p{L}\p{N}]/u.test(text[from - 1]!)) from--;
  while (to < text.length && /[\p{L}\p{N}]/u.test(text[to]!)) to++;
  let out = "";
  let at = from;
  for (const w of hits) {
    if (w.start < from || w.end > to) continue;
    out += text.slice(at, w.start) + "«" + text.slice(w.start, w.end) + "»";
    at = w.end;
  }
  out += text.slice(at, to);
  return (from > 0 ? "…" : "") + out.replace(/»(\s+)«/g, "$1") + (to < text.length ? "…" : "");
}

interface HitRow {
  document_id: number;
  province: string | null;
  year: number | null;
  period_from: number | null;
  period_to: number | null;
  source_file: string;
  kind: string;
  item_id: string | null;
  code: string | null;
  text: string;
  rank: number;
}

/** The full-text index a database has: search_items_fts, or search_fts before schema 3 (folded text only). */
export type FtsTable = "search_items_fts" | "search_fts";

/** The items whose words hold every word of the query (with or without diacritics), best first. */
export function searchItems(db: Database.Database, fts: FtsTable, query: string, o: SearchOptions = {}): SearchHit[] {
  const terms = searchTerms(query);
  if (terms.length === 0) return [];
  // the folded words against the folded column (a read-only database of an older schema: its search_fts)
  const quoted = terms.map((t) => `"${t}"`).join(" ");
  // a term plan covering the year counts, as in listDocuments
  const filter = documentFilter(o);
  const conds = [`${fts} MATCH ?`, ...filter.conds];
  const params: unknown[] = [fts === "search_items_fts" ? `text_folded : (${quoted})` : quoted, ...filter.params];
  if (o.kind) {
    conds.push("s.kind = ?");
    params.push(o.kind);
  }
  params.push(o.limit ?? 20);
  const rows = db
    .prepare(
      `SELECT s.document_id, d.province, d.year, d.period_from, d.period_to, d.source_file, s.kind, s.item_id, s.code, s.text, bm25(${fts}) AS rank
       FROM ${fts} JOIN search_items s ON s.id = ${fts}.rowid JOIN documents d ON d.id = s.document_id
       WHERE ${conds.join(" AND ")} ORDER BY rank, s.document_id, s.id LIMIT ?`,
    )
    .all(...params) as HitRow[];
  return rows.map((r) => ({
    documentId: r.document_id,
    province: r.province,
    year: r.year,
    periodFrom: r.period_from,
    periodTo: r.period_to,
    sourceFile: r.source_file,
    kind: r.kind,
    itemId: r.item_id,
    code: r.code,
    text: r.text,
    snippet: makeSnippet(r.text, terms),
    rank: r.rank,
  }));
}
