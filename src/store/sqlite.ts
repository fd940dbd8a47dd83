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
import { createRequire } from "node:module";
import type Database from "better-sqlite3";
import { KehoachError } from "../errors.js";
import { foldKey } from "../text.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { MIGRATIONS, SCHEMA_VERSION } from "./migrations.js";

export interface SaveResult {
  status: "inserted" | "replaced" | "unchanged";
  id: number;
  /** ids of the documents this one replaced (the first is reused as its id) */
  replaced?: number[];
}

export interface StoreOptions {
  /** open without writing (no migrations); fails when the database does not exist */
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

export interface StoredPlan {
  id: number;
  plan: PlanDocument;
}

export interface SearchHit {
  documentId: number;
  province: string | null;
  year: number | null;
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
  savePlan(plan: PlanDocument): SaveResult;
  listDocuments(filter?: { province?: string; year?: number }): DocumentSummary[];
  getDocument(id: number): DocumentSummary | null;
  getPlan(id: number): StoredPlan | null;
  /** documents named by an id, a province (any spelling: "nam-dinh", "Cao Bằng"), a file name or a sha256 prefix */
  resolve(ref: string, opts?: { year?: number }): DocumentSummary[];
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

function migrate(db: Database.Database): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) {
    throw new KehoachError(
      "store/newer-schema",
      `database schema version ${current} is newer than this kehoach (${SCHEMA_VERSION}): upgrade kehoach`,
    );
  }
  if (current === SCHEMA_VERSION) return;
  for (const m of MIGRATIONS) {
    db.transaction(() => {
      // re-read inside the write lock: another process may have migrated meanwhile
      const v = db.pragma("user_version", { simple: true }) as number;
      if (v >= m.version) return;
      db.exec(m.sql);
      db.pragma(`user_version = ${m.version}`);
    }).immediate();
  }
}

interface DocRow {
  id: number;
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
  id: r.id,
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

const SUMMARY_SQL = `
SELECT d.id, d.province, d.year, d.period_from, d.period_to, d.issuer, d.issuing_body, d.number, d.issued_at,
       d.title, d.subtitle, d.source_file, d.format, d.pages, d.sha256, d.ingested_at,
       (SELECT count(*) FROM targets t WHERE t.document_id = d.id) AS targets,
       (SELECT count(*) FROM tasks t WHERE t.document_id = d.id) AS tasks,
       (SELECT count(*) FROM deadlines t WHERE t.document_id = d.id) AS deadlines,
       (SELECT count(*) FROM footnotes t WHERE t.document_id = d.id) AS footnotes,
       (SELECT count(*) FROM models t WHERE t.document_id = d.id) AS models,
       (SELECT count(*) FROM themes t WHERE t.document_id = d.id) AS themes,
       (SELECT count(*) FROM warnings t WHERE t.document_id = d.id) AS warnings
FROM documents d`;

export function openStore(file: string, opts: StoreOptions = {}): Store {
  let db: Database.Database;
  try {
    // loaded when a database is opened, not when the CLI starts
    const Sqlite = createRequire(import.meta.url)("better-sqlite3") as typeof Database;
    db = new Sqlite(file, { readonly: opts.readonly ?? false, fileMustExist: opts.readonly ?? false });
  } catch (e) {
    throw new KehoachError("store/open", `cannot open database: ${e instanceof Error ? e.message : String(e)}`, file, { cause: e });
  }
  db.pragma(`busy_timeout = ${Math.max(0, Math.floor(opts.busyTimeoutMs ?? 15_000))}`);
  db.pragma("foreign_keys = ON");
  if (!opts.readonly) {
    db.pragma("journal_mode = WAL");
    db.pragma("synchronous = NORMAL");
    migrate(db);
  } else {
    const v = db.pragma("user_version", { simple: true }) as number;
    if (v === 0) throw new KehoachError("store/empty", "not a kehoach database (no schema): ingest something first", file);
  }
  const hook = opts.beforeWrite ?? (() => {});

  const st = {
    bySha: db.prepare<[string], { id: number }>("SELECT id FROM documents WHERE sha256 = ?"),
    byNumber: db.prepare<[string, string], { id: number; number: string | null }>(
      "SELECT id, number FROM documents WHERE province_key = ? AND number = ?",
    ),
    byTitle: db.prepare<[string, string, number | null], { id: number; number: string | null }>(
      "SELECT id, number FROM documents WHERE province_key = ? AND title_key = ? AND year IS ?",
    ),
    deleteDoc: db.prepare<[number]>("DELETE FROM documents WHERE id = ?"),
    insertDoc: db.prepare(`INSERT INTO documents (id, source_file, sha256, format, pages, title, subtitle, issuer,
        issuing_body, province, province_key, number, issued_at, place, year, period_from, period_to, signer_name,
        signer_title, signer_on_behalf_of, title_key, schema_version, plan_json, text)
      VALUES (@id, @source_file, @sha256, @format, @pages, @title, @subtitle, @issuer, @issuing_body, @province,
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
  };

  type Span = { page: number | null; start: number; end: number } | null | undefined;
  const prov = (w: Span): [number | null, number | null, number | null] => (w ? [w.page, w.start, w.end] : [null, null, null]);

  function writePlan(plan: PlanDocument, id: number | null): number {
    const m = plan.meta;
    hook("documents", 0);
    const info = st.insertDoc.run({
      id,
      source_file: plan.source.file,
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

  const saveTx = db.transaction((plan: PlanDocument): SaveResult => {
    const same = st.bySha.get(plan.source.sha256);
    if (same) return { status: "unchanged", id: same.id };
    const pk = provinceKey(plan.meta.province);
    const olds = new Set<number>();
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
    const id = writePlan(plan, replaced[0] ?? null);
    return replaced.length ? { status: "replaced", id, replaced } : { status: "inserted", id };
  });

  const summaries = (where: string, params: unknown[]): DocumentSummary[] =>
    (db.prepare(`${SUMMARY_SQL} ${where}`).all(...params) as DocRow[]).map(toSummary);

  const store: Store = {
    db,
    file,
    savePlan(plan) {
      if (opts.readonly) throw new KehoachError("store/readonly", "database opened read-only", file);
      return saveTx.immediate(plan);
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
      const r = db.prepare<[number], { plan_json: string; text: string | null }>("SELECT plan_json, text FROM documents WHERE id = ?").get(id);
      if (!r) return null;
      const plan = JSON.parse(r.plan_json) as PlanDocument;
      if (r.text !== null) plan.source.text = r.text;
      return { id, plan };
    },
    resolve(ref, o = {}) {
      const s = ref.trim();
      if (/^\d+$/.test(s)) {
        const d = store.getDocument(Number(s));
        return d ? [d] : [];
      }
      const byFile = summaries("WHERE d.source_file = ? OR d.sha256 LIKE ? ORDER BY d.id", [s, /^[0-9a-f]{6,64}$/.test(s) ? `${s}%` : "\u0000"]);
      if (byFile.length) return byFile;
      const docs = store.listDocuments({ province: s, year: o.year });
      if (o.year !== undefined) {
        // a plan for that very year beats a term plan covering it
        const exact = docs.filter((d) => d.year === o.year);
        return exact.length ? exact : docs;
      }
      return docs;
    },
    search(query, o = {}) {
      const terms = searchTerms(query);
      if (terms.length === 0) return [];
      const conds = ["search_fts MATCH ?"];
      const params: unknown[] = [terms.map((t) => `"${t}"`).join(" ")];
      if (o.province) {
        conds.push("d.province_key = ?");
        params.push(provinceKey(o.province));
      }
      if (o.year !== undefined) {
        conds.push("d.year = ?");
        params.push(o.year);
      }
      if (o.kind) {
        conds.push("s.kind = ?");
        params.push(o.kind);
      }
      params.push(o.limit ?? 20);
      const rows = db
        .prepare(
          `SELECT s.document_id, d.province, d.year, d.source_file, s.kind, s.item_id, s.code, s.text, bm25(search_fts) AS rank
           FROM search_fts JOIN search_items s ON s.id = search_fts.rowid JOIN documents d ON d.id = s.document_id
           WHERE ${conds.join(" AND ")} ORDER BY rank, s.document_id, s.id LIMIT ?`,
        )
        .all(...params) as Array<{
        document_id: number;
        province: string | null;
        year: number | null;
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
