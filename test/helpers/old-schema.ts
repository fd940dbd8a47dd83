// Databases as an older kehoach left them, for tests of migrating and of reading them read-only.
// Version 1 is test/store/fixtures/schema-1.sql, the schema as migration 1 made it when it shipped
// (views included); a later version adds what migrations 2..N do to the tables (the views stay
// those of version 1: views are made only at the end of a migration run, src/store/migrations.ts).
import fs from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { APPLICATION_ID, MIGRATIONS } from "../../src/store/migrations.js";

export const SCHEMA_1_SQL = fs.readFileSync(path.resolve(import.meta.dirname, "../store/fixtures/schema-1.sql"), "utf8");

/** A new database file at `version` (1 to the newest), left open for the caller to fill. */
export function oldDatabase(file: string, version: number): Database.Database {
  const db = new Database(file);
  db.exec(SCHEMA_1_SQL);
  for (const m of MIGRATIONS.filter((m) => m.version > 1 && m.version <= version)) db.exec(m.sql);
  db.pragma(`user_version = ${version}`);
  // schema 1 set no application_id; the migrations after it did
  if (version > 1) db.pragma(`application_id = ${APPLICATION_ID}`);
  return db;
}
