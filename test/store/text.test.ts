// documents.text (issue 11): the database keeps the text every start_offset/end_offset counts into,
// so that a query can show an item's own words; plan_json does not hold it a second time.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { MIGRATIONS } from "../../src/store/migrations.js";
import { openStore } from "../../src/store/sqlite.js";
import { ingestBytes } from "../../src/pipeline.js";

let dir: string;
beforeEach(() => void (dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-text-"))));
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

it("stores the text once, and substr() of it at an item's offsets is the item's words", async () => {
  const file = "fixtures/plans/001_1396b3c07450a05b.txt";
  const plan = await ingestBytes(fs.readFileSync(file), file);
  const store = openStore(path.join(dir, "k.db"));
  try {
    const { id } = store.savePlan(plan);
    const row = store.db.prepare("SELECT text, plan_json FROM documents WHERE id = ?").get(id) as { text: string; plan_json: string };
    expect(row.text).toBe(plan.source.text);
    expect(JSON.parse(row.plan_json).source.text).toBeUndefined();
    const rows = store.db
      .prepare("SELECT t.text, t.start_offset, t.end_offset, substr(d.text, t.start_offset + 1, t.end_offset - t.start_offset) AS words FROM targets t JOIN documents d ON d.id = t.document_id WHERE d.id = ?")
      .all(id) as Array<{ text: string; start_offset: number; end_offset: number; words: string }>;
    expect(rows.length).toBe(plan.targets.length);
    // SQLite counts characters, JavaScript UTF-16 units: the same for Vietnamese (no astral characters)
    for (const r of rows) expect(r.words.replace(/\s+/g, " ")).toContain(r.text.replace(/\s+/g, " "));
    expect(store.getPlan(id)!.plan.source.text).toBe(plan.source.text);
  } finally {
    store.close();
  }
});

it("adds the column to a database made before it, whose documents keep a NULL text", () => {
  const file = path.join(dir, "old.db");
  const db = new Database(file);
  db.exec(MIGRATIONS[0].sql);
  db.pragma("user_version = 1");
  db.close();
  const store = openStore(file);
  try {
    const cols = store.db.prepare("PRAGMA table_info(documents)").all() as Array<{ name: string }>;
    expect(cols.map((c) => c.name)).toContain("text");
    expect(store.db.pragma("user_version", { simple: true })).toBe(MIGRATIONS.length);
  } finally {
    store.close();
  }
});
