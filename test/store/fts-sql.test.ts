// Full-text search from plain SQL, as analysts run it in the sqlite3 shell, DB Browser,
// sqlite-utils or Datasette: words typed with or without diacritics (and đ) find the same rows.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { oldDatabase } from "../helpers/old-schema.js";
import { openStore } from "../../src/store/sqlite.js";
import { planFromGold, STEMS } from "../helpers/plan-factory.js";

let dir: string;
let db: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-fts-"));
  db = path.join(dir, "kehoach.db");
  const store = openStore(db);
  for (const s of Object.values(STEMS)) store.savePlan(planFromGold(s));
  store.close();
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const has = (bin: string) => {
  try {
    execFileSync(bin, ["--version"], { stdio: "ignore" });
    return true;
  } catch {
    return false;
  }
};

const ids = (rows: Array<{ id: number }>) => rows.map((r) => r.id).sort((a, b) => a - b);
const matchSql = (q: string) => `SELECT s.id FROM search_items_fts JOIN search_items s ON s.id = search_items_fts.rowid WHERE search_items_fts MATCH '${q}' ORDER BY s.id`;

describe("search_items_fts from plain SQL", () => {
  it("'đột phá' and 'dot pha', 'Định' and 'dinh' find the same rows (better-sqlite3)", () => {
    const d = new Database(db, { readonly: true });
    try {
      const q = (s: string) => ids(d.prepare(matchSql(s)).all() as Array<{ id: number }>);
      const dotPha = q("dot pha");
      expect(dotPha.length).toBeGreaterThan(0);
      expect(q("đột phá")).toEqual(dotPha);
      expect(q("ĐỘT PHÁ")).toEqual(dotPha);
      const dinh = q("Định");
      expect(dinh.length).toBeGreaterThan(0);
      expect(q("dinh")).toEqual(dinh);
      expect(q("chi hội trưởng")).toEqual(q("chi hoi truong"));
    } finally {
      d.close();
    }
  });

  it("the sqlite3 shell gives the same rows for 'đột phá' and 'dot pha'", (ctx) => {
    if (!has("sqlite3")) {
      console.warn("SKIPPED: the sqlite3 shell is not installed (apt-get install sqlite3; .ci/run installs it where it can)");
      ctx.skip();
    }
    const run = (q: string) => execFileSync("sqlite3", [db, matchSql(q)], { encoding: "utf8" }).trim().split("\n").filter(Boolean);
    const a = run("đột phá");
    expect(a.length).toBeGreaterThan(0);
    expect(run("dot pha")).toEqual(a);
    expect(run("Định")).toEqual(run("dinh"));
  });

  it("is named as sqlite-utils and Datasette detect it (their detect_fts query)", () => {
    const d = new Database(db, { readonly: true });
    try {
      // sqlite-utils Table.detect_fts() and datasette.utils.detect_fts_sql(), as they are written
      const found = d
        .prepare(
          `SELECT name FROM sqlite_master WHERE rootpage = 0 AND (
             sql LIKE '%VIRTUAL TABLE%USING FTS%content=[' || :t || ']%'
             OR sql LIKE '%VIRTUAL TABLE%USING FTS%content="' || :t || '"%'
             OR (tbl_name = :t AND sql LIKE '%VIRTUAL TABLE%USING FTS%'))`,
        )
        .all({ t: "search_items" }) as Array<{ name: string }>;
      expect(found.map((r) => r.name)).toEqual(["search_items_fts"]);
    } finally {
      d.close();
    }
  });

  it("sqlite-utils search finds the same rows with and without diacritics", (ctx) => {
    if (!has("sqlite-utils")) {
      console.warn("SKIPPED: sqlite-utils is not installed (apt-get install sqlite-utils, or pip install sqlite-utils); the naming test above checks its detection query");
      ctx.skip();
    }
    const run = (q: string) =>
      (JSON.parse(execFileSync("sqlite-utils", ["search", db, "search_items", q, "-c", "id"], { encoding: "utf8" })) as Array<{ id: number }>).map((r) => r.id).sort((a, b) => a - b);
    const a = run("đột phá");
    expect(a.length).toBeGreaterThan(0);
    expect(run("dot pha")).toEqual(a);
  });

  // README's "Example queries", run as they are written there: a changed view or column fails here
  it("the README's three example queries run and answer what they say", () => {
    const readme = fs.readFileSync("README.md", "utf8");
    const section = readme.slice(readme.indexOf("### Example queries"));
    const sql = /```sql\n([\s\S]*?)```/.exec(section)![1]!;
    const queries = sql.split(/;\s*\n/).map((q) => q.trim()).filter((q) => /\bSELECT\b/i.test(q));
    expect(queries).toHaveLength(3);
    const d = new Database(db, { readonly: true });
    try {
      const [inForce, percentages, dotPha] = queries.map((q) => d.prepare(q).all() as Array<Record<string, unknown>>);
      // 1. targets in force in 2025: the annual plan of 2025 and the two term plans covering it, none of 2024
      expect(new Set(inForce.map((r) => r.year_or_term))).toEqual(new Set([2025, "2021–2026", "2022–2027"]));
      expect(inForce.length).toBeGreaterThan(20);
      // 2. one row per plan with a percentage target, its term written with an en dash
      expect(percentages.length).toBeGreaterThanOrEqual(4);
      for (const r of percentages) expect(Number(r.highest)).toBeGreaterThanOrEqual(Number(r.lowest));
      expect(percentages.map((r) => r.year_or_term)).toContain("2021–2026");
      // 3. typed without diacritics, finds the items that say "đột phá"
      expect(dotPha.length).toBeGreaterThan(0);
      for (const r of dotPha) expect(String(r.text).toLowerCase()).toContain("đột phá");
    } finally {
      d.close();
    }
  });

  it("v_targets and v_tasks give a term plan's period_from, period_to and term 2021–2026", () => {
    const d = new Database(db, { readonly: true });
    try {
      for (const v of ["v_targets", "v_tasks"]) {
        const rows = d.prepare(`SELECT DISTINCT year, period_from, period_to, term FROM ${v} WHERE province = 'Thái Nguyên'`).all();
        expect(rows).toEqual([{ year: null, period_from: 2021, period_to: 2026, term: "2021–2026" }]);
      }
      const annual = d.prepare("SELECT DISTINCT year, period_from, term FROM v_targets WHERE province = 'Cao Bằng'").all();
      expect(annual).toEqual([{ year: 2024, period_from: null, term: null }]);
    } finally {
      d.close();
    }
  });

  it("a schema-2 database is migrated: the old search_fts is replaced and its rows indexed", () => {
    const old = path.join(dir, "old.db");
    const d = oldDatabase(old, 2);
    d.prepare("INSERT INTO documents (id, source_file, sha256, format, schema_version, plan_json) VALUES (1, 'a.txt', 'x', 'txt', 1, '{}')").run();
    d.prepare("INSERT INTO search_items (document_id, kind, text, text_folded) VALUES (1, 'target', 'Khâu đột phá', 'khau dot pha')").run();
    d.close();
    openStore(old).close();
    const e = new Database(old, { readonly: true });
    try {
      expect(e.prepare("SELECT name FROM sqlite_master WHERE name = 'search_fts'").all()).toEqual([]);
      expect(e.prepare(matchSql("đột phá")).all()).toHaveLength(1);
      expect(e.prepare(matchSql("dot pha")).all()).toHaveLength(1);
    } finally {
      e.close();
    }
  });
});
