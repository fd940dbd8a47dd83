// The SQLite store (better-sqlite3): one database of every plan ingested.
//
// - Schema versioned with PRAGMA user_version (src/store/migrations.ts).
// - WAL, a busy timeout and BEGIN IMMEDIATE writes, so that several processes can
//   ingest into one database at once; foreign keys ON (deleting a document deletes
//   everything extracted from it).
// - savePlan writes one document in ONE transaction: the same sha256 again is a
//   no-op ("unchanged"); a new version of the same document (same province and
//   number, or same province, title/subtitle and year) replaces the old one and
//   keeps its id ("replaced").
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type Database from "better-sqlite3";
import { KehoachError } from "../errors.js";
import { en } from "../i18n/en.js";
import { sayable } from "../i18n/said.js";
import { foldKey } from "../text.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { APPLICATION_ID, FTS_TABLE_VERSION, MIGRATIONS, SCHEMA_VERSION, TEXT_VERSION, viewsSql } from "./migrations.js";

export interface SaveResult {
  status: "inserted" | "replaced" | "unchanged";
  id: number;
  /** ids of the documents this one replaced (the first is reused as its id) */
  replaced?: number[];
}

export interface StoreOptions {
  /**
   * open without writing (no migrations, nothing created); fails when the database does not
   * exist. Only `ingest` opens for writing: every other command reads.
   */
  readonly?: boolean;
  /** how long a writer waits for another process's transaction (ms); default 15 s */
  busyTimeoutMs?: number;
  /** test hook: called before each row is written; throwing aborts the document's transaction */
  beforeWrite?: (table: string, position: number) => void;
}

export interface DocumentSummary {
  id: number;
  province: string | null;
  year: number | null;
  periodFrom: number | null;
  periodTo: number | null;
  issuer: string | null;
  body: string | null;
  number: string | null;
  issuedAt: string | null;
  title: string | null;
  subtitle: string | null;
  sourceFile: string;
  /** the path as given on the command line when it was ingested */
  sourcePath: string;
  format: string;
  pages: number | null;
  sha256: string;
  ingestedAt: string;
  targets: number;
  tasks: number;
  deadlines: number;
  footnotes: number;
  models: number;
  themes: number;
  warnings: number;
}

/** One rule, everywhere a province (or a province and year) names several documents. */
export const PICK_RULE = en.pickRule;
const PICK_ORDER = "ORDER BY coalesce(d.year, d.period_from) DESC NULLS LAST, d.issued_at DESC NULLS LAST, d.ingested_at DESC, d.id DESC";

export interface Pick {
  doc: DocumentSummary;
  /** the other documents the reference names, in the order of PICK_RULE */
  others: DocumentSummary[];
  by: "id" | "sha256" | "path" | "province";
}

/** "#3 a/plan.txt (Nam Định 2024, 12/KH-HPN)" */
export function describeDocument(d: DocumentSummary): string {
  const year = d.year ?? (d.periodFrom !== null ? `${d.periodFrom}–${d.periodTo}` : null); // the term as everywhere: "2022–2027"
  const what = [[d.province, year].filter((x) => x !== null && x !== undefined).join(" "), d.number, d.issuedAt].filter(Boolean).join(", ");
  return `#${d.id} ${d.sourcePath}${what ? ` (${what})` : ""}`;
}

export interface StoredPlan {
  id: number;
  plan: PlanDocument;
}

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

export interface Store {
  readonly db: Database.Database;
  readonly file: string;
  /** `path`: the input's path as given (default: the plan's base name) */
  savePlan(plan: PlanDocument, opts?: { path?: string }): SaveResult;
  /**
   * the document stored from this very file (the same path as given and the same sha256), else
   * null: what `ingest` asks before parsing a file, to skip an unchanged one
   */
  storedAs(sha256: string, path: string): { id: number } | null;
  listDocuments(filter?: { province?: string; year?: number }): DocumentSummary[];
  getDocument(id: number): DocumentSummary | null;
  getPlan(id: number): StoredPlan | null;
  /**
   * documents named by an id, a path or file name, a sha256 prefix or a province (any spelling:
   * "nam-dinh", "Cao Bằng"), in the order of PICK_RULE (the first is the one `pick` takes)
   */
  resolve(ref: string, opts?: { year?: number }): DocumentSummary[];
  /**
   * the one document a reference names: an empty or unknown reference, or a path or sha256
   * prefix naming several documents, is an error; a province naming several takes the first by
   * PICK_RULE and gives the others in `others`
   */
  pick(ref: string, opts?: { year?: number }): Pick;
  /** the provinces in the database, as written */
  provinces(): string[];
  search(query: string, opts?: SearchOptions): SearchHit[];
  close(): void;
}

/** The key a province is looked up by: no diacritics, case, spaces, hyphens or "tỉnh". */
export function provinceKey(s: string | null | undefined): string | null {
  if (!s) return null;
  const k = foldKey(s.replace(/[-_.]+/g, " "))
    .replace(/^(hoi lhpn |hoi lien hiep phu nu )?(tinh|thanh pho|tp) /, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
  return k || null;
}

const titleKey = (plan: PlanDocument): string | null => {
  const t = [plan.meta.title, plan.meta.subtitle].filter(Boolean).join(" ");
  if (!plan.meta.subtitle) return null; // "KẾ HOẠCH" alone names nothing
  return foldKey(t).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
};

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

/** the sha256 of a regular file that exists, else null (for references by path) */
function sha256OfFile(file: string): string | null {
  try {
    const st = fs.statSync(file);
    if (!st.isFile() || st.size > 512 * 1024 * 1024) return null;
    return createHash("sha256").update(fs.readFileSync(file)).digest("hex");
  } catch {
    return null;
  }
}

function migrate(db: Database.Database, file: string): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw sayable("store/newer-schema", file, "newerSchema", [current, SCHEMA_VERSION]);
  }
  if (current === SCHEMA_VERSION) return;
  db.transaction(() => {
    // re-read inside the write lock: another process may have migrated meanwhile
    const v = db.pragma("user_version", { simple: true }) as number;
    const pending = MIGRATIONS.filter((m) => m.version > v);
    if (pending.length === 0) return;
    for (const m of pending) db.exec(m.sql);
    db.exec(viewsSql()); // after the last migration: the views of today, whatever the version was
    db.pragma(`user_version = ${SCHEMA_VERSION}`);
    db.pragma(`application_id = ${APPLICATION_ID}`);
  }).immediate();
}

interface DocRow {
  document_id: number;
  province: string | null;
  year: number | null;
  period_from: number | null;
  period_to: number | null;
  issuer: string | null;
  issuing_body: string | null;
  number: string | null;
  issued_at: string | null;
  title: string | null;
  subtitle: string | null;
  source_file: string;
  source_path?: string;
  format: string;
  pages: number | null;
  sha256: string;
  ingested_at: string;
  targets: number;
  tasks: number;
  deadlines: number;
  footnotes: number;
  models: number;
  themes: number;
  warnings: number;
}

const toSummary = (r: DocRow): DocumentSummary => ({
  id: r.document_id,
  province: r.province,
  year: r.year,
  periodFrom: r.period_from,
  periodTo: r.period_to,
  issuer: r.issuer,
  body: r.issuing_body,
  number: r.number,
  issuedAt: r.issued_at,
  title: r.title,
  subtitle: r.subtitle,
  sourceFile: r.source_file,
  sourcePath: r.source_path ?? r.source_file,
  format: r.format,
  pages: r.pages,
  sha256: r.sha256,
  ingestedAt: r.ingested_at,
  targets: r.targets,
  tasks: r.tasks,
  deadlines: r.deadlines,
  footnotes: r.footnotes,
  models: r.models,
  themes: r.themes,
  warnings: r.warnings,
});

// the documents as the view for people gives them (v_documents of a database of schema 1, read-only,
// has no source_path: toSummary takes source_file); `d` is there for the conditions and the order
const SUMMARY_SQL = "SELECT v.* FROM v_documents v JOIN documents d ON d.id = v.document_id";

/** What a SQLite file is, as far as kehoach is concerned. */
type FileKind = { kind: "empty" } | { kind: "kehoach"; version: number } | { kind: "other"; tables: string[] };

function inspect(db: Database.Database): FileKind {
  const version = db.pragma("user_version", { simple: true }) as number;
  const app = db.pragma("application_id", { simple: true }) as number;
  const objects = db.prepare("SELECT type, name FROM sqlite_master WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'").all() as Array<{ type: string; name: string }>;
  if (version === 0 && app === 0 && objects.length === 0) return { kind: "empty" };
  if (app === APPLICATION_ID) return { kind: "kehoach", version };
  if (app === 0 && version >= 1) {
    // schema 1 set no application_id: known by its documents table
    const cols = new Set((db.prepare("SELECT name FROM pragma_table_info('documents')").all() as Array<{ name: string }>).map((c) => c.name));
    if (cols.has("sha256") && cols.has("plan_json") && cols.has("province_key")) return { kind: "kehoach", version };
  }
  return { kind: "other", tables: objects.filter((o) => o.type === "table").map((o) => o.name) };
}

/** An error of SQLite while opening, as one line a person can act on. */
function openError(e: unknown, file: string): KehoachError {
  if (e instanceof KehoachError) return e;
  const code = (e as { code?: string }).code ?? "";
  const msg = e instanceof Error ? e.message : String(e);
  if (code === "SQLITE_NOTADB") return new KehoachError("store/not-sqlite", "not a database (not a SQLite file; kehoach leaves it as it is)", file, { cause: e });
  if (code.startsWith("SQLITE_CORRUPT")) return sayable("store/corrupt", file, "damaged", [msg], e);
  if (code === "SQLITE_FULL" || code === "SQLITE_IOERR_WRITE") return new KehoachError("store/disk-full", "disk full: cannot write the database", file, { cause: e });
  return sayable("store/open", file, "cannotOpen", [msg], e);
}

export function openStore(file: string, opts: StoreOptions = {}): Store {
  let db: Database.Database;
  const readonly = opts.readonly ?? false;
  try {
    // loaded when a database is opened, not when the CLI starts
    const Sqlite = createRequire(import.meta.url)("better-sqlite3") as typeof Database;
    db = new Sqlite(file, { readonly, fileMustExist: readonly });
  } catch (e) {
    throw openError(e, file);
  }
  let hasPath = true;
  let hasText = true; // documents.text (schema 5); a read-only store of an older schema has none
  let ftsTable = "search_items_fts";
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 15_000))}`);
    db.pragma("foreign_keys = ON");
    // nothing is written before we know the file is an empty one or kehoach's own
    const what = inspect(db);
    if (what.kind === "other") {
      throw sayable("store/foreign", file, "foreignDb", [what.tables]);
    }
    if (what.kind === "kehoach" && what.version > SCHEMA_VERSION) {
      throw sayable("store/newer-schema", file, "newerSchema", [what.version, SCHEMA_VERSION]);
    }
    if (readonly) {
      if (what.kind === "empty") throw new KehoachError("store/empty", "not a kehoach database (no schema): ingest something first", file);
      hasPath = what.version >= 2;
      hasText = what.version >= TEXT_VERSION;
      if (what.version < FTS_TABLE_VERSION) ftsTable = "search_fts";
    } else {
      if (what.kind === "kehoach") {
        // a damaged database is never written to: an insert would "succeed" into broken pages
        const rows = (db.pragma("quick_check(20)") as Array<Record<string, string>>).flatMap((r) => Object.values(r).map(String));
        if (rows.join() !== "ok") {
          const first = rows.flatMap((r) => r.split("\n")).find((l) => !l.startsWith("***")) ?? rows[0];
          throw sayable("store/corrupt", file, "damagedCheck", [String(first)]);
        }
      }
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
      migrate(db, file);
    }
  } catch (e) {
    db.close();
    throw openError(e, file);
  }
  const hook = opts.beforeWrite ?? (() => {});

  const prepareWrites = () => ({
    bySha: db.prepare<[string], { id: number; has_text: number }>("SELECT id, text IS NOT NULL AS has_text FROM documents WHERE sha256 = ? ORDER BY has_text DESC, id"),
    byNumber: db.prepare<[string, string], { id: number; number: string | null }>(
      "SELECT id, number FROM documents WHERE province_key = ? AND number = ?",
    ),
    byTitle: db.prepare<[string, string, number | null], { id: number; number: string | null }>(
      "SELECT id, number FROM documents WHERE province_key = ? AND title_key = ? AND year IS ?",
    ),
    deleteDoc: db.prepare<[number]>("DELETE FROM documents WHERE id = ?"),
    insertDoc: db.prepare(`INSERT INTO documents (id, source_file, source_path, sha256, format, pages, title, subtitle, issuer,
        issuing_body, province, province_key, number, issued_at, place, year, period_from, period_to, signer_name,
        signer_title, signer_on_behalf_of, title_key, schema_version, plan_json, text)
      VALUES (@id, @source_file, @source_path, @sha256, @format, @pages, @title, @subtitle, @issuer, @issuing_body, @province,
        @province_key, @number, @issued_at, @place, @year, @period_from, @period_to, @signer_name, @signer_title,
        @signer_on_behalf_of, @title_key, @schema_version, @plan_json, @text)`),
    insertBasis: db.prepare("INSERT INTO bases (document_id, position, text) VALUES (?, ?, ?)"),
    insertRecipient: db.prepare("INSERT INTO recipients (document_id, position, text) VALUES (?, ?, ?)"),
    insertTheme: db.prepare(`INSERT INTO themes (document_id, position, year, text, source, page, start_offset, end_offset)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertTarget: db.prepare(`INSERT INTO targets (document_id, position, item_id, code, parent_item_id, parent_code,
        section, text, footnote_markers, schedule_json, page, start_offset, end_offset)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertQuantity: db.prepare(`INSERT INTO quantities (document_id, target_id, position, value, comparator, unit, raw,
        page, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertTask: db.prepare(`INSERT INTO tasks (document_id, position, item_id, code, parent_item_id, parent_code, section,
        text, footnote_markers, responsible, partners, funding, schedule_json, page, start_offset, end_offset)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertCell: db.prepare("INSERT INTO schedule_cells (document_id, item_kind, item_id, period, value) VALUES (?, ?, ?, ?, ?)"),
    insertDeadline: db.prepare(`INSERT INTO deadlines (document_id, position, item_id, raw, start_date, end_date, precision,
        year_inferred, page, start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    insertFootnote: db.prepare(`INSERT INTO footnotes (document_id, position, marker, text, item_id, page, start_offset,
        end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertModel: db.prepare(`INSERT INTO models (document_id, position, name, definition, footnote_marker, page,
        start_offset, end_offset) VALUES (?, ?, ?, ?, ?, ?, ?, ?)`),
    insertWarning: db.prepare(`INSERT INTO warnings (document_id, position, code, message, page, start_offset, end_offset)
      VALUES (?, ?, ?, ?, ?, ?, ?)`),
    insertSearch: db.prepare(`INSERT INTO search_items (document_id, kind, item_id, code, text, text_folded)
      VALUES (?, ?, ?, ?, ?, ?)`),
  });
  // prepared on the first write: a read-only store of an older schema cannot prepare them
  let stCache: ReturnType<typeof prepareWrites> | null = null;
  const W = () => (stCache ??= prepareWrites());

  type Span = { page: number | null; start: number; end: number } | null | undefined;
  const prov = (w: Span): [number | null, number | null, number | null] => (w ? [w.page, w.start, w.end] : [null, null, null]);

  function writePlan(plan: PlanDocument, id: number | null, sourcePath: string): number {
    const st = W();
    const m = plan.meta;
    hook("documents", 0);
    const info = st.insertDoc.run({
      id,
      source_file: plan.source.file,
      source_path: sourcePath,
      sha256: plan.source.sha256,
      format: plan.source.format,
      pages: plan.source.pages,
      title: m.title,
      subtitle: m.subtitle,
      issuer: m.issuer,
      issuing_body: m.body,
      province: m.province,
      province_key: provinceKey(m.province),
      number: m.number,
      issued_at: m.issuedAt,
      place: m.place,
      year: m.year,
      period_from: m.period?.from ?? null,
      period_to: m.period?.to ?? null,
      signer_name: m.signer?.name ?? null,
      signer_title: m.signer?.title ?? null,
      signer_on_behalf_of: m.signer?.onBehalfOf ?? null,
      title_key: titleKey(plan),
      schema_version: plan.schemaVersion,
      // the text goes to its own column (offsets count into it), not twice into the row
      plan_json: JSON.stringify({ ...plan, source: { ...plan.source, text: undefined } }),
      text: plan.source.text ?? null,
    });
    const docId = Number(info.lastInsertRowid);
    const search = (kind: string, itemId: string | null, code: string | null, text: string) => {
      hook("search_items", 0);
      st.insertSearch.run(docId, kind, itemId, code, text, foldKey(text));
    };
    m.bases.forEach((b, i) => (hook("bases", i), st.insertBasis.run(docId, i, b)));
    m.recipients.forEach((r, i) => (hook("recipients", i), st.insertRecipient.run(docId, i, r)));
    plan.themes.forEach((t, i) => {
      hook("themes", i);
      st.insertTheme.run(docId, i, t.year, t.text, t.source, ...prov(t.where));
      search("theme", null, null, t.text);
    });
    const codeOf = new Map<string, string | null>();
    for (const t of plan.targets) codeOf.set(t.id, t.code);
    for (const t of plan.tasks) if (!codeOf.has(t.id)) codeOf.set(t.id, t.code);
    // what targets and tasks share: their per-year cells and their search entry
    const itemRest = (kind: "target" | "task", t: { id: string; code: string | null; text: string; schedule?: Record<string, string> | null }) => {
      for (const [period, value] of Object.entries(t.schedule ?? {})) {
        hook("schedule_cells", 0);
        st.insertCell.run(docId, kind, t.id, period, value);
      }
      search(kind, t.id, t.code, t.text);
    };
    plan.targets.forEach((t, i) => {
      hook("targets", i);
      const r = st.insertTarget.run(docId, i, t.id, t.code, t.parent, t.parent ? (codeOf.get(t.parent) ?? null) : null,
        t.section, t.text, t.footnotes.join(", ") || null, t.schedule ? JSON.stringify(t.schedule) : null, ...prov(t.where));
      const targetId = Number(r.lastInsertRowid);
      t.quantities.forEach((q, j) => {
        hook("quantities", j);
        st.insertQuantity.run(docId, targetId, j, q.value, q.comparator, q.unit, q.raw, ...prov(q.where));
      });
      itemRest("target", t);
    });
    plan.tasks.forEach((t, i) => {
      hook("tasks", i);
      st.insertTask.run(docId, i, t.id, t.code, t.parent, t.parent ? (codeOf.get(t.parent) ?? null) : null, t.section,
        t.text, t.footnotes.join(", ") || null, t.responsible.join("; ") || null, t.partners.join("; ") || null,
        t.funding, t.schedule ? JSON.stringify(t.schedule) : null, ...prov(t.where));
      itemRest("task", t);
    });
    plan.deadlines.forEach((d, i) => {
      hook("deadlines", i);
      st.insertDeadline.run(docId, i, d.item, d.raw, d.start, d.end, d.precision,
        d.yearInferred === undefined ? null : d.yearInferred ? 1 : 0, ...prov(d.where));
    });
    plan.footnotes.forEach((f, i) => {
      hook("footnotes", i);
      st.insertFootnote.run(docId, i, f.marker, f.text, f.item, ...prov(f.where));
      search("footnote", f.item, f.marker, f.text);
    });
    plan.models.forEach((mo, i) => {
      hook("models", i);
      st.insertModel.run(docId, i, mo.name, mo.definition, mo.footnote, ...prov(mo.where));
      search("model", null, null, mo.definition ? `${mo.name}: ${mo.definition}` : mo.name);
    });
    plan.warnings.forEach((w, i) => {
      hook("warnings", i);
      st.insertWarning.run(docId, i, w.code, w.message, ...prov(w.where));
    });
    return docId;
  }

  const saveTx = db.transaction((plan: PlanDocument, sourcePath: string): SaveResult => {
    const st = W();
    const same = st.bySha.get(plan.source.sha256);
    // the same bytes stored before: unchanged, unless they were stored without their text (by a
    // kehoach before schema 5, whose offsets may count differently): then the new reading replaces them
    if (same && (same.has_text || plan.source.text === undefined)) return { status: "unchanged", id: same.id };
    const pk = provinceKey(plan.meta.province);
    const olds = new Set<number>();
    if (same) olds.add(same.id);
    if (pk && plan.meta.number) for (const r of st.byNumber.all(pk, plan.meta.number)) olds.add(r.id);
    const tk = titleKey(plan);
    if (pk && tk) {
      for (const r of st.byTitle.all(pk, tk, plan.meta.year)) {
        // two different numbers are two different documents, whatever their titles
        if (r.number && plan.meta.number && r.number !== plan.meta.number) continue;
        olds.add(r.id);
      }
    }
    const replaced = [...olds].sort((a, b) => a - b);
    for (const id of replaced) st.deleteDoc.run(id);
    const id = writePlan(plan, replaced[0] ?? null, sourcePath);
    return replaced.length ? { status: "replaced", id, replaced } : { status: "inserted", id };
  });

  const summaries = (where: string, params: unknown[]): DocumentSummary[] =>
    (db.prepare(`${SUMMARY_SQL} ${where}`).all(...params) as DocRow[]).map(toSummary);

  const store: Store = {
    db,
    file,
    savePlan(plan, o = {}) {
      if (readonly) throw sayable("store/readonly", file, "readOnly", []);
      return saveTx.immediate(plan, o.path ?? plan.source.file);
    },
    storedAs(sha256, p) {
      // a document stored without its text (before schema 5) is read again, to store it
      const sql = `SELECT id FROM documents WHERE sha256 = ? AND ${hasPath ? "source_path" : "source_file"} = ?${hasText ? " AND text IS NOT NULL" : ""} ORDER BY id LIMIT 1`;
      return db.prepare<[string, string], { id: number }>(sql).get(sha256, p) ?? null;
    },
    listDocuments(filter = {}) {
      const conds: string[] = [];
      const params: unknown[] = [];
      if (filter.province) {
        conds.push("d.province_key = ?");
        params.push(provinceKey(filter.province));
      }
      if (filter.year !== undefined) {
        conds.push("(d.year = ? OR (d.year IS NULL AND d.period_from <= ? AND d.period_to >= ?))");
        params.push(filter.year, filter.year, filter.year);
      }
      return summaries(`${conds.length ? "WHERE " + conds.join(" AND ") : ""} ORDER BY d.province_key, d.year, d.id`, params);
    },
    getDocument(id) {
      return summaries("WHERE d.id = ?", [id])[0] ?? null;
    },
    getPlan(id) {
      const r = db
        .prepare<[number], { plan_json: string; text: string | null }>(`SELECT plan_json, ${hasText ? "text" : "NULL AS text"} FROM documents WHERE id = ?`)
        .get(id);
      if (!r) return null;
      const plan = JSON.parse(r.plan_json) as PlanDocument;
      if (r.text !== null) plan.source.text = r.text;
      return { id, plan };
    },
    resolve(ref, o = {}) {
      try {
        const p = store.pick(ref, o);
        return [p.doc, ...p.others];
      } catch (e) {
        if (e instanceof KehoachError && e.code === "cli/ambiguous") return (e as KehoachError & { candidates: DocumentSummary[] }).candidates;
        if (e instanceof KehoachError && (e.code === "cli/not-found" || e.code === "cli/usage")) return [];
        throw e;
      }
    },
    provinces() {
      return (db.prepare("SELECT DISTINCT province FROM documents WHERE province IS NOT NULL ORDER BY province_key").all() as Array<{ province: string }>).map((r) => r.province);
    },
    pick(ref, o = {}) {
      const s = ref.trim();
      if (!s) throw sayable("cli/usage", file, "emptyRef", []);
      const one = (docs: DocumentSummary[], by: "path" | "sha256"): Pick => {
        if (docs.length > 1) {
          const err = sayable("cli/ambiguous", file, "ambiguous", [by, s, docs.length, docs.map(describeDocument).join("; ")]);
          throw Object.assign(err, { candidates: docs });
        }
        return { doc: docs[0]!, others: [], by };
      };
      if (/^\d+$/.test(s)) {
        const d = store.getDocument(Number(s));
        if (d) return { doc: d, others: [], by: "id" };
      }
      // a path as given (or the same path written another way), or a file name alone
      const base = path.basename(s);
      const norm = (p: string) => path.normalize(p).replace(/\\/g, "/");
      const hasDir = /[\\/]/.test(s);
      let byPath = summaries(`WHERE d.source_file = ? OR ${hasPath ? "d.source_path" : "d.source_file"} = ? ORDER BY d.id`, [base, s]).filter(
        (d) => d.sourcePath === s || norm(d.sourcePath) === norm(s) || (!hasDir && d.sourceFile === s),
      );
      if (byPath.length === 0 && hasDir) {
        // a path ingested under another spelling: the file's content says which document it is
        const sha = sha256OfFile(s);
        if (sha) byPath = summaries("WHERE d.sha256 = ?", [sha]);
      }
      if (byPath.length) return one(byPath, "path");
      if (/^[0-9a-f]{6,64}$/i.test(s)) {
        const bySha = summaries("WHERE d.sha256 LIKE ? ORDER BY d.id", [`${s.toLowerCase()}%`]);
        if (bySha.length) return one(bySha, "sha256");
      }
      const pk = provinceKey(s);
      let docs = pk ? summaries(`WHERE d.province_key = ? ${PICK_ORDER}`, [pk]) : [];
      if (docs.length && o.year !== undefined) {
        const y = o.year;
        const covering = docs.filter((d) => d.year === y || (d.year === null && d.periodFrom !== null && d.periodTo !== null && d.periodFrom <= y && d.periodTo >= y));
        if (covering.length === 0) {
          const years = [...new Set(docs.map((d) => d.year ?? `${d.periodFrom}–${d.periodTo}`))].join(", ");
          throw sayable("cli/not-found", file, "noDocForYear", [docs[0]!.province ?? s, y, years]);
        }
        // a plan for that very year beats a term plan covering it
        const exact = covering.filter((d) => d.year === y);
        docs = exact.length ? exact : covering;
      }
      if (docs.length) return { doc: docs[0]!, others: docs.slice(1), by: "province" };
      const provinces = store.provinces();
      throw sayable("cli/not-found", file, "noDocument", [s, provinces.join(", ")]);
    },
    search(query, o = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      // the folded words against the folded column (a read-only database of an older schema: its search_fts)
      const fts = ftsTable;
      const quoted = terms.map((t) => `"${t}"`).join(" ");
      const conds = [`${fts} MATCH ?`];
      const params: unknown[] = [fts === "search_items_fts" ? `text_folded : (${quoted})` : quoted];
      if (o.province) {
        conds.push("d.province_key = ?");
        params.push(provinceKey(o.province));
      }
      if (o.year !== undefined) {
        // a term plan covering the year counts, as in listDocuments
        conds.push("(d.year = ? OR (d.year IS NULL AND d.period_from <= ? AND d.period_to >= ?))");
        params.push(o.year, o.year, o.year);
      }
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
        .all(...params) as Array<{
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
      }>;
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
    },
    close() {
      if (db.open) db.close();
    },
  };
  return store;
}
