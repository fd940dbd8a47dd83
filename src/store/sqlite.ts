// The SQLite store (better-sqlite3): one database of every plan ingested. Its parts:
//
// - open.ts: opening a file, refusing what is not kehoach's or is damaged; WAL, a busy timeout and
//   BEGIN IMMEDIATE writes, so that several processes can ingest into one database at once;
//   foreign keys ON (deleting a document deletes everything extracted from it); the schema
//   versioned with PRAGMA user_version (migrations.ts).
// - write.ts: savePlan writes one document in ONE transaction: the same sha256 again is a
//   no-op ("unchanged"); a new version of the same document (same province and
//   number, or same province, title/subtitle and year) replaces the old one and
//   keeps its id ("replaced").
// - read.ts: documents as people name them; search.ts: full-text search; keys.ts: lookup keys.
import type Database from "better-sqlite3";
import { sayable } from "../i18n/said.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { openDatabase } from "./open.js";
import { DocumentReader, type DocumentSummary, type Pick, type StoredPlan } from "./read.js";
import { searchItems, type SearchHit, type SearchOptions } from "./search.js";
import { planSaver, type BeforeWrite, type SaveResult } from "./write.js";

export { provinceKey } from "./keys.js";
export { describeDocument, type DocumentSummary, type Pick, type StoredPlan } from "./read.js";
export { makeSnippet, type SearchHit, type SearchOptions } from "./search.js";
export type { SaveResult } from "./write.js";

export interface StoreOptions {
  /**
   * open without writing (no migrations, nothing created); fails when the database does not
   * exist. Only `ingest` opens for writing: every other command reads.
   */
  readonly?: boolean;
  /** how long a writer waits for another process's transaction (ms); default 15 s */
  busyTimeoutMs?: number;
  /** test hook: called before each row is written; throwing aborts the document's transaction */
  beforeWrite?: BeforeWrite;
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
   * "nam-dinh", "Cao Bằng"), in the order of PICK_ORDER (the first is the one `pick` takes)
   */
  resolve(ref: string, opts?: { year?: number }): DocumentSummary[];
  /**
   * the one document a reference names: an empty or unknown reference, or a path or sha256
   * prefix naming several documents, is an error; a province naming several takes the first by
   * PICK_ORDER and gives the others in `others`
   */
  pick(ref: string, opts?: { year?: number }): Pick;
  /** the provinces in the database, as written */
  provinces(): string[];
  search(query: string, opts?: SearchOptions): SearchHit[];
  close(): void;
}

export function openStore(file: string, opts: StoreOptions = {}): Store {
  const readonly = opts.readonly ?? false;
  const { db, schema } = openDatabase(file, { readonly, busyTimeoutMs: opts.busyTimeoutMs });
  const save = readonly ? null : planSaver(db, opts.beforeWrite ?? (() => {}));
  const docs = new DocumentReader(db, file, schema);
  return {
    db,
    file,
    savePlan(plan, o = {}) {
      if (!save) throw sayable("store/opened-read-only", file, "readOnly", []);
      return save(plan, o.path ?? plan.source.file);
    },
    storedAs: (sha256, p) => docs.storedAs(sha256, p),
    listDocuments: (filter) => docs.listDocuments(filter),
    getDocument: (id) => docs.getDocument(id),
    getPlan: (id) => docs.getPlan(id),
    resolve: (ref, o) => docs.resolve(ref, o),
    pick: (ref, o) => docs.pick(ref, o),
    provinces: () => docs.provinces(),
    search: (query, o) => searchItems(db, schema.ftsTable, query, o),
    close() {
      if (db.open) db.close();
    },
  };
}
