// documents.text (issue 11): the database keeps the text every start_offset/end_offset counts into,
// so that a query can show an item's own words; plan_json does not hold it a second time.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, beforeEach, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import { MIGRATIONS, SCHEMA_VERSION, TEXT_VERSION } from "../../src/store/migrations.js";
import { oldDatabase } from "../helpers/old-schema.js";
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
  const db = oldDatabase(file, 1);
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

it("reads a database of schema 3 (before documents.text): read-only without the text, review says why; ingesting the file again stores it", async () => {
  const file = path.join(dir, "v3.db");
  const src = "fixtures/plans/001_1396b3c07450a05b.txt";
  const plan = await ingestBytes(fs.readFileSync(src), src);
  const store = openStore(file);
  const { id } = store.savePlan(plan);
  store.close();
  // what a kehoach of schema 3 left: no text column, plan_json without source.text
  const db = new Database(file);
  db.exec("ALTER TABLE documents DROP COLUMN text");
  db.pragma(`user_version = ${TEXT_VERSION - 1}`);
  db.close();

  const ro = openStore(file, { readonly: true });
  try {
    const got = ro.getPlan(id)!.plan;
    expect(got.source.text).toBeUndefined();
    expect(got.targets.length).toBe(plan.targets.length);
  } finally {
    ro.close();
  }
  const bin = path.resolve("dist/bin/kehoach.js");
  const review = spawnSync(process.execPath, [bin, "review", String(id), "--db", file], { encoding: "utf8" });
  expect(review.status).toBe(1);
  expect(review.stderr).toMatch(/without its text .*ingest the file again/);
  expect(spawnSync(process.execPath, [bin, "show", String(id), "--db", file], { encoding: "utf8" }).status).toBe(0);

  const rw = openStore(file);
  try {
    expect(rw.db.pragma("user_version", { simple: true })).toBe(SCHEMA_VERSION);
    expect(rw.getPlan(id)!.plan.source.text).toBeUndefined(); // NULL until the file is ingested again
  } finally {
    rw.close();
  }
  // ingesting the same file again is not skipped as unchanged: its text is stored, and review works
  const again = spawnSync(process.execPath, [bin, "ingest", src, "--db", file, "--out", dir], { encoding: "utf8" });
  expect([again.status, again.stderr]).toEqual([0, ""]);
  const after = openStore(file, { readonly: true });
  try {
    const docs = after.listDocuments();
    expect(docs.length).toBe(1);
    expect(after.getPlan(docs[0].id)!.plan.source.text).toBe(plan.source.text);
  } finally {
    after.close();
  }
  expect(spawnSync(process.execPath, [bin, "review", String(docs0(file)), "--db", file], { encoding: "utf8" }).status).toBe(0);
  // and once stored with its text, the same file is skipped before parsing
  const third = spawnSync(process.execPath, [bin, "ingest", src, "--db", file, "--out", dir, "--log-level", "info"], { encoding: "utf8" });
  expect(third.status).toBe(0);
  expect(third.stderr).toMatch(/unchanged/);
});

const docs0 = (file: string): number => {
  const s = openStore(file, { readonly: true });
  try {
    return s.listDocuments()[0].id;
  } finally {
    s.close();
  }
};
