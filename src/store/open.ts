// Opening a database file: the file is looked at before anything is written (an empty file or
// kehoach's own; another SQLite file, a newer schema or a damaged database is refused), then, for
// writing, put in WAL mode and migrated (src/store/migrations.ts).
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import type Database from "better-sqlite3";
import { KehoachError } from "../ground/errors.js";
import { setCurrentDatabase } from "./current.js";
import { libraryError } from "../i18n/library.js";
import { sayable } from "../i18n/said.js";
import { APPLICATION_ID, FTS_TABLE_VERSION, MIGRATIONS, SCHEMA_VERSION, TEXT_VERSION, viewsSql } from "./migrations.js";
import type { FtsTable } from "./search.js";

/** What the schema of an opened database has (a read-only database may be of an older schema). */
export interface SchemaParts {
  /** documents.source_path (schema 2) */
  hasPath: boolean;
  /** documents.text (schema 5) */
  hasText: boolean;
  ftsTable: FtsTable;
}

const NEWEST: SchemaParts = { hasPath: true, hasText: true, ftsTable: "search_items_fts" };

const newerSchema = (version: number, file: string) => sayable("store/newer-schema", file, "newerSchema", [version, SCHEMA_VERSION]);

/**
 * The page cache of a connection opened for writing, in KiB (better-sqlite3 builds SQLite with 16
 * MB): `ingest` writes each plan once and reads little back, and the 16 MB filled as the database
 * grew were the largest part of the CLI's memory in a run of thousands of plans. Saving 3,000 small
 * plans into a new database (16 MB) took the same CPU with 2 MB (1.58–1.65 s against 1.59–1.78 s)
 * and 14 MB less of the process's heap. Read-only commands keep SQLite's default.
 */
const WRITER_CACHE_KB = 2048;

/** Applies the migrations a database lacks, and today's views after them, in one transaction. */
function migrate(db: Database.Database, file: string): void {
  const current = db.pragma("user_version", { simple: true }) as number;
  if (current > SCHEMA_VERSION) throw newerSchema(current, file);
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

/** Whether `file` exists and its folder cannot be written (a read-only disk, share or mount). */
function folderReadOnly(file: string): boolean {
  if (!fs.existsSync(file)) return false;
  try {
    fs.accessSync(path.dirname(path.resolve(file)), fs.constants.W_OK);
    return false;
  } catch {
    return true;
  }
}

/** An error of SQLite while opening, as one line a person can act on. */
function openError(e: unknown, file: string): KehoachError {
  if (e instanceof KehoachError) return e;
  const code = (e as { code?: string }).code ?? "";
  const msg = e instanceof Error ? e.message : String(e);
  if (code === "SQLITE_NOTADB") return new KehoachError("store/not-sqlite", "not a database (not a SQLite file; kehoach leaves it as it is)", file, { cause: e });
  if (code.startsWith("SQLITE_CORRUPT")) return sayable("store/corrupt", file, "damaged", [msg], e);
  if (code === "SQLITE_FULL" || code === "SQLITE_IOERR_WRITE") return new KehoachError("store/disk-full", "disk full: cannot write the database", file, { cause: e });
  // the file is there but its folder cannot be written: SQLite cannot make the WAL's files beside it
  if (code === "SQLITE_CANTOPEN" && folderReadOnly(file)) return sayable("store/read-only", file, "dbFolderReadOnly", [msg], e);
  // a locked, read-only or unopenable file: said by its kind (src/i18n/library.ts)
  return libraryError(e, file) ?? sayable("store/open", file, "cannotOpen", [msg], e);
}


/** Opens `file` (read-only: it must exist and is never changed; else created or migrated as needed). */
export function openDatabase(file: string, opts: { readonly: boolean; busyTimeoutMs?: number }): { db: Database.Database; schema: SchemaParts } {
  let db: Database.Database;
  const readonly = opts.readonly;
  try {
    // loaded when a database is opened, not when the CLI starts
    const Sqlite = createRequire(import.meta.url)("better-sqlite3") as typeof Database;
    db = new Sqlite(file, { readonly, fileMustExist: readonly });
    setCurrentDatabase(file);
  } catch (e) {
    throw openError(e, file);
  }
  const busyMs = Math.max(0, Math.floor(opts.busyTimeoutMs ?? 15_000));
  try {
    db.pragma(`busy_timeout = ${busyMs}`);
    db.pragma("foreign_keys = ON");
    // nothing is written before we know the file is an empty one or kehoach's own; its reads in
    // one read transaction, so that they all see the file before, or all after, another process's
    // migration (read one by one, a version of 0 then the tables of a just-migrated schema made a
    // fresh database look like someone else's)
    const what = db.transaction(() => inspect(db))();
    if (what.kind === "other") throw sayable("store/foreign", file, "foreignDb", [what.tables]);
    if (what.kind === "kehoach" && what.version > SCHEMA_VERSION) throw newerSchema(what.version, file);
    if (readonly) {
      if (what.kind === "empty") throw new KehoachError("store/empty", "not a kehoach database (no schema): ingest something first", file);
      return { db, schema: { hasPath: what.version >= 2, hasText: what.version >= TEXT_VERSION, ftsTable: what.version < FTS_TABLE_VERSION ? "search_fts" : "search_items_fts" } };
    }
    if (what.kind === "kehoach") refuseDamaged(db, file);
    toWal(db, busyMs);
    db.pragma("synchronous = NORMAL");
    db.pragma(`cache_size = -${WRITER_CACHE_KB}`);
    migrate(db, file);
    return { db, schema: NEWEST };
  } catch (e) {
    db.close();
    throw openError(e, file);
  }
}

/**
 * Puts the database in WAL mode, waiting up to `busyMs` for another process doing the same.
 * SQLite's busy timeout does not cover it: a fresh database is in rollback-journal mode, where the
 * switch needs the exclusive lock, and a connection that finds another holding the reserved lock
 * (another process in its own switch to WAL) gets SQLITE_BUSY at once, without waiting (deadlock
 * avoidance). Two `ingest` runs starting on one new database then failed one time in thirty with
 * "database is locked" (test/store/processes.test.ts, "two writers"). Once the other's switch is
 * done the file is in WAL mode, and asking again changes nothing.
 */
function toWal(db: Database.Database, busyMs: number): void {
  const until = performance.now() + busyMs;
  for (let wait = 1; ; wait = Math.min(wait * 2, 50)) {
    try {
      db.pragma("journal_mode = WAL");
      return;
    } catch (e) {
      if ((e as { code?: string }).code !== "SQLITE_BUSY" || performance.now() >= until) throw e;
      // a synchronous sleep: opening is synchronous, as better-sqlite3 is
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, wait);
    }
  }
}

/** A damaged database is never written to: an insert would "succeed" into broken pages. */
function refuseDamaged(db: Database.Database, file: string): void {
  const rows = (db.pragma("quick_check(20)") as Array<Record<string, string>>).flatMap((r) => Object.values(r).map(String));
  if (rows.join() !== "ok") {
    const first = rows.flatMap((r) => r.split("\n")).find((l) => !l.startsWith("***")) ?? rows[0];
    throw sayable("store/corrupt", file, "damagedCheck", [String(first)]);
  }
}
