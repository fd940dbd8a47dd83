// Migrating: a database of schema 1, as the kehoach of that schema left it (views included), is
// brought to the newest schema when ingest opens it, and then reads as a database made fresh with
// the same rows: every view, every table, the full-text index. The views (one definition each,
// VIEWS in src/store/migrations.ts) join by the declared keys, never by matching text ids.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import type Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { SCHEMA_VERSION, VIEWS } from "../../src/store/migrations.js";
import { openStore, type Store } from "../../src/store/sqlite.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { oldDatabase } from "../helpers/old-schema.js";
import { FIXTURES } from "../helpers/plan-factory.js";

let dir: string;
let fresh: Store;
let migrated: Store;

/** the extractor's output for every fixture plan; each kept as its own document (its number marked by format) */
const fixturePlans = (): PlanDocument[] =>
  fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".expected.json")).sort().map((f) => {
    const plan = JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as PlanDocument;
    return { ...plan, meta: { ...plan.meta, number: `${plan.meta.number ?? ""}/${plan.source.format}` } };
  });

const columns = (db: Database.Database, schema: string, table: string): string[] =>
  (db.prepare(`SELECT name FROM pragma_table_info(?, ?)`).all(table, schema) as Array<{ name: string }>).map((c) => c.name);

// every table of schema 1, parents before children (search_items last: its trigger fills search_fts)
const V1_TABLES = ["documents", "bases", "recipients", "themes", "targets", "quantities", "tasks", "schedule_cells", "deadlines", "footnotes", "models", "warnings", "search_items"];

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-migrate-"));
  fresh = openStore(path.join(dir, "fresh.db"));
  for (const plan of fixturePlans()) fresh.savePlan(plan);
  fresh.close();
  // a schema-1 database holding the same rows, in the columns schema 1 had
  const old = oldDatabase(path.join(dir, "v1.db"), 1);
  old.prepare("ATTACH DATABASE ? AS f").run(path.join(dir, "fresh.db"));
  old.transaction(() => {
    for (const t of V1_TABLES) {
      const cols = columns(old, "main", t).join(", ");
      old.exec(`INSERT INTO main.${t} (${cols}) SELECT ${cols} FROM f.${t} ORDER BY id`);
    }
  })();
  old.exec("DETACH DATABASE f");
  old.close();
  fresh = openStore(path.join(dir, "fresh.db"), { readonly: true });
  migrated = openStore(path.join(dir, "v1.db")); // read-write: migrates, as ingest does
});
afterAll(() => {
  fresh.close();
  migrated.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const all = (s: Store, sql: string) => s.db.prepare(sql).all() as Array<Record<string, unknown>>;

describe("a schema-1 database migrated to the newest", () => {
  it("is at the newest version, with today's views and nothing else of schema 1's search", () => {
    expect(migrated.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    const schema = (s: Store) => all(s, "SELECT type, name, sql FROM sqlite_master WHERE type IN ('view', 'table', 'trigger', 'index') ORDER BY type, name");
    expect(all(migrated, "SELECT name FROM sqlite_master WHERE type = 'view' ORDER BY name").map((r) => r.name)).toEqual(Object.keys(VIEWS).sort());
    // the same definitions as a fresh database: views, triggers; tables by their columns (ALTER TABLE writes them another way)
    const notTables = (s: Store) => schema(s).filter((r) => r.type !== "table");
    expect(notTables(migrated)).toEqual(notTables(fresh));
    for (const t of schema(fresh).filter((r) => r.type === "table").map((r) => String(r.name))) {
      expect([t, columns(migrated.db, "main", t)]).toEqual([t, columns(fresh.db, "main", t)]);
    }
  });

  it("gives the same rows in every view as a fresh database", () => {
    let rows = 0;
    for (const v of Object.keys(VIEWS)) {
      const a = all(fresh, `SELECT * FROM ${v}`);
      rows += a.length;
      expect([v, all(migrated, `SELECT * FROM ${v}`)]).toEqual([v, a]);
    }
    expect(rows).toBeGreaterThan(1000);
  });

  it("gives the same rows in every table (documents.text stays NULL until the file is ingested again)", () => {
    for (const t of V1_TABLES) {
      const cols = columns(fresh.db, "main", t).filter((c) => !(t === "documents" && c === "text")).join(", ");
      expect([t, all(migrated, `SELECT ${cols} FROM ${t} ORDER BY id`)]).toEqual([t, all(fresh, `SELECT ${cols} FROM ${t} ORDER BY id`)]);
    }
    expect(all(migrated, "SELECT count(*) AS n FROM documents WHERE text IS NOT NULL")).toEqual([{ n: 0 }]);
    expect(migrated.db.pragma("foreign_key_check")).toEqual([]);
  });

  it("finds the same rows by full-text search, from SQL and through the store", () => {
    const match = (s: Store, q: string) => all(s, `SELECT rowid FROM search_items_fts WHERE search_items_fts MATCH '${q}' ORDER BY rowid`);
    for (const q of ["đột phá", "dot pha", "Định", "hội viên"]) {
      const a = match(fresh, q);
      expect(a.length, q).toBeGreaterThan(0);
      expect(match(migrated, q)).toEqual(a);
      expect(migrated.search(q, { limit: 50 })).toEqual(fresh.search(q, { limit: 50 }));
    }
    expect(migrated.listDocuments()).toEqual(fresh.listDocuments());
  });
});

describe("the views follow the declared keys", () => {
  it("v_deadlines, v_footnotes, v_targets and v_tasks keep their links when the text ids no longer match", () => {
    const s = openStore(path.join(dir, "keys.db"));
    try {
      for (const plan of fixturePlans().slice(0, 6)) s.savePlan(plan);
      const count = (sql: string) => (s.db.prepare(sql).get() as { n: number }).n;
      const linked = {
        deadlines: count("SELECT count(*) AS n FROM v_deadlines WHERE item_code IS NOT NULL"),
        footnotes: count("SELECT count(*) AS n FROM v_footnotes WHERE item_code IS NOT NULL"),
        targetDeadlines: count("SELECT count(*) AS n FROM v_targets WHERE deadlines IS NOT NULL"),
        taskDeadlines: count("SELECT count(*) AS n FROM v_tasks WHERE deadlines IS NOT NULL"),
      };
      expect(linked.deadlines + linked.footnotes).toBeGreaterThan(0);
      expect(linked.targetDeadlines + linked.taskDeadlines).toBeGreaterThan(0);
      // the text ids of the child rows rewritten: a view matching text would lose every link
      s.db.exec("UPDATE deadlines SET item_id = 'x' || item_id WHERE item_id IS NOT NULL; UPDATE footnotes SET item_id = 'x' || item_id WHERE item_id IS NOT NULL");
      expect({
        deadlines: count("SELECT count(*) AS n FROM v_deadlines WHERE item_code IS NOT NULL"),
        footnotes: count("SELECT count(*) AS n FROM v_footnotes WHERE item_code IS NOT NULL"),
        targetDeadlines: count("SELECT count(*) AS n FROM v_targets WHERE deadlines IS NOT NULL"),
        taskDeadlines: count("SELECT count(*) AS n FROM v_tasks WHERE deadlines IS NOT NULL"),
      }).toEqual(linked);
      // a parent's key in v_targets and v_tasks is the row its parent_code names
      expect(count(`SELECT count(*) AS n FROM v_targets c JOIN targets p ON p.id = c.parent_target_id WHERE p.code IS NOT c.parent_code`)).toBe(0);
      expect(count(`SELECT count(*) AS n FROM v_tasks c JOIN tasks p ON p.id = c.parent_task_id WHERE p.code IS NOT c.parent_code`)).toBe(0);
    } finally {
      s.close();
    }
  });

  it("every view gives a term plan's years, and its term with an en dash", () => {
    for (const v of Object.keys(VIEWS)) {
      expect([v, columns(fresh.db, "main", v)]).toEqual([v, expect.arrayContaining(["period_from", "period_to", "term"])]);
      const terms = all(fresh, `SELECT DISTINCT period_from, period_to, term FROM ${v} WHERE period_from IS NOT NULL`);
      // the fixtures' term plans have targets and tasks (no themes)
      if (["v_documents", "v_targets", "v_tasks"].includes(v)) expect([v, terms.length]).toEqual([v, 2]);
      for (const r of terms) expect([v, r.term]).toEqual([v, `${r.period_from}–${r.period_to}`]);
    }
  });
});
