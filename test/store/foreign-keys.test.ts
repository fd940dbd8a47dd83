// Declared foreign keys where items reference items (migration 4): a parent target or task, the
// target or task of a deadline, of a footnote and of a per-year cell, beside the document of
// every row and the target of every quantity. PRAGMA foreign_keys is ON in every connection.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { oldDatabase } from "../helpers/old-schema.js";
import { openStore, type Store } from "../../src/store/sqlite.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { FIXTURES } from "../helpers/plan-factory.js";

let dir: string;
let store: Store;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-fk-"));
  store = openStore(path.join(dir, "k.db"));
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** the extractor's output for every fixture plan (15 files: each plan in TXT, DOCX and PDF) */
const fixturePlans = (): PlanDocument[] =>
  fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".expected.json")).sort()
    .map((f) => JSON.parse(fs.readFileSync(path.join(FIXTURES, f), "utf8")) as PlanDocument);

const ITEM_TABLES = ["bases", "recipients", "themes", "targets", "quantities", "tasks", "schedule_cells", "deadlines", "footnotes", "models", "warnings", "search_items"];
const n = (sql: string, ...p: unknown[]) => (store.db.prepare(sql).get(...p) as { n: number }).n;

/** every link by text id that names a target or task has its declared key, pointing at that item */
function expectLinksFollowIds(): void {
  const sameKind = (child: string, col: string, parent: string, idCol: string, extra = "") =>
    n(`SELECT count(*) AS n FROM ${child} c WHERE c.${idCol} IS NOT NULL ${extra} AND c.${col} IS NOT
       (SELECT p.id FROM ${parent} p WHERE p.document_id = c.document_id AND p.item_id = c.${idCol})`);
  expect(sameKind("targets", "parent_target_id", "targets", "parent_item_id")).toBe(0);
  expect(sameKind("tasks", "parent_task_id", "tasks", "parent_item_id")).toBe(0);
  for (const t of ["deadlines", "footnotes"]) {
    expect(sameKind(t, "target_id", "targets", "item_id")).toBe(0);
    expect(sameKind(t, "task_id", "tasks", "item_id")).toBe(0);
  }
  expect(sameKind("schedule_cells", "target_id", "targets", "item_id", "AND c.item_kind = 'target'")).toBe(0);
  expect(sameKind("schedule_cells", "task_id", "tasks", "item_id", "AND c.item_kind = 'task'")).toBe(0);
}

describe("foreign keys", () => {
  it("are declared for every link between items", () => {
    const refs = (t: string) => (store.db.pragma(`foreign_key_list(${t})`) as Array<{ table: string; from: string; on_delete: string }>).map((r) => `${r.from}→${r.table} ${r.on_delete}`).sort();
    expect(refs("targets")).toEqual(["document_id→documents CASCADE", "parent_target_id→targets SET NULL"]);
    expect(refs("tasks")).toEqual(["document_id→documents CASCADE", "parent_task_id→tasks SET NULL"]);
    expect(refs("quantities")).toEqual(["document_id→documents CASCADE", "target_id→targets CASCADE"]);
    expect(refs("deadlines")).toEqual(["document_id→documents CASCADE", "target_id→targets CASCADE", "task_id→tasks CASCADE"]);
    expect(refs("footnotes")).toEqual(["document_id→documents CASCADE", "target_id→targets SET NULL", "task_id→tasks SET NULL"]);
    expect(refs("schedule_cells")).toEqual(["document_id→documents CASCADE", "target_id→targets CASCADE", "task_id→tasks CASCADE"]);
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
    store.close();
    store = openStore(path.join(dir, "k.db"), { readonly: true });
    expect(store.db.pragma("foreign_keys", { simple: true })).toBe(1);
  });

  it("hold after ingesting the fixtures (each plan replaced by its next format), and follow the ids", () => {
    const plans = fixturePlans();
    expect(plans).toHaveLength(15);
    const statuses = plans.map((p) => store.savePlan(p).status);
    expect(statuses.filter((s) => s === "replaced").length).toBeGreaterThan(0);
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    expectLinksFollowIds();
    // the links are there, not only consistent: parents, deadlines of targets and of tasks, cells
    expect(n("SELECT count(*) AS n FROM targets WHERE parent_target_id IS NOT NULL")).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM tasks WHERE parent_task_id IS NOT NULL")).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM deadlines WHERE task_id IS NOT NULL")).toBeGreaterThan(0);
    expect(n("SELECT count(*) AS n FROM schedule_cells WHERE target_id IS NOT NULL")).toBeGreaterThan(0);
    // nothing left of a replaced version
    const docs = store.listDocuments().map((d) => d.id);
    for (const t of ITEM_TABLES) expect(n(`SELECT count(*) AS n FROM ${t} WHERE document_id NOT IN (${docs.join(",")})`)).toBe(0);
  });

  it("deleting a document deletes every row that came from it; deleting a target its deadlines and cells", () => {
    for (const p of fixturePlans()) store.savePlan(p);
    const [a, b] = store.listDocuments().map((d) => d.id);
    const before = Object.fromEntries(ITEM_TABLES.map((t) => [t, n(`SELECT count(*) AS n FROM ${t} WHERE document_id = ?`, b)]));
    store.db.prepare("DELETE FROM documents WHERE id = ?").run(a);
    for (const t of ITEM_TABLES) expect(n(`SELECT count(*) AS n FROM ${t} WHERE document_id = ?`, a)).toBe(0);
    for (const t of ITEM_TABLES) expect(n(`SELECT count(*) AS n FROM ${t} WHERE document_id = ?`, b)).toBe(before[t]);
    expect(store.db.pragma("foreign_key_check")).toEqual([]);
    const withCells = store.db.prepare("SELECT target_id AS id FROM schedule_cells WHERE target_id IS NOT NULL LIMIT 1").get() as { id: number } | undefined;
    if (withCells) {
      store.db.prepare("DELETE FROM targets WHERE id = ?").run(withCells.id);
      expect(n("SELECT count(*) AS n FROM schedule_cells WHERE target_id = ?", withCells.id)).toBe(0);
      expect(n("SELECT count(*) AS n FROM quantities WHERE target_id = ?", withCells.id)).toBe(0);
      expect(store.db.pragma("foreign_key_check")).toEqual([]);
    }
  });

  it("a database of schema 3 gets its links filled when it is migrated", () => {
    const file = path.join(dir, "v3.db");
    const h = oldDatabase(file, 3);
    h.prepare("INSERT INTO documents (id, source_file, sha256, format, schema_version, plan_json) VALUES (1, 'a.txt', ?, 'txt', 1, '{}')").run("a".repeat(64));
    const ins = h.prepare("INSERT INTO targets (document_id, position, item_id, parent_item_id, text) VALUES (1, ?, ?, ?, 'x')");
    ins.run(0, "t1", null);
    ins.run(1, "t1.1", "t1");
    h.prepare("INSERT INTO tasks (document_id, position, item_id, text) VALUES (1, 0, 'k1', 'y')").run();
    h.prepare("INSERT INTO deadlines (document_id, position, item_id, raw, start_date, end_date, precision) VALUES (1, 0, 'k1', 'Quý II', '2024-04-01', '2024-06-30', 'quarter')").run();
    h.prepare("INSERT INTO schedule_cells (document_id, item_kind, item_id, period, value) VALUES (1, 'target', 't1.1', '2024', '500')").run();
    h.close();
    const s = openStore(file);
    try {
      expect(s.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
      const get = (sql: string) => s.db.prepare(sql).get() as Record<string, number | null>;
      expect(get("SELECT c.parent_target_id = p.id AS ok FROM targets c JOIN targets p ON p.item_id = 't1' WHERE c.item_id = 't1.1'").ok).toBe(1);
      expect(get("SELECT d.task_id = k.id AS ok, d.target_id FROM deadlines d JOIN tasks k ON k.item_id = 'k1'")).toEqual({ ok: 1, target_id: null });
      expect(get("SELECT c.target_id = t.id AS ok FROM schedule_cells c JOIN targets t ON t.item_id = 't1.1'").ok).toBe(1);
      expect(s.db.pragma("foreign_key_check")).toEqual([]);
    } finally {
      s.close();
    }
  });
});
