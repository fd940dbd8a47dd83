// The store under real processes: a writer killed with SIGKILL in the middle of
// ingesting, and two writers ingesting into one database at once.
// The store is compiled with tsc into tmp/ (inside the repo, so that node_modules
// resolves) and driven by a small worker script.
import { execFileSync, spawn, type ChildProcess } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { PlanDocument } from "../../schemas/plan.js";
import { openStore } from "../../src/store/sqlite.js";
import { planFromGold, STEMS } from "../helpers/plan-factory.js";

const ROOT = path.resolve(import.meta.dirname, "../..");
let build: string;
let work: string;

const WORKER = `
import fs from "node:fs";
import { createHash } from "node:crypto";
import { openStore } from "./src/store/sqlite.js";
const [db, plansFile, mode] = process.argv.slice(2);
const plans = JSON.parse(fs.readFileSync(plansFile, "utf8"));
const store = openStore(db);
if (mode === "loop") {
  // every round a new version (new sha256) of one of the plans: a replace, i.e. delete + insert
  for (let i = 0; ; i++) {
    const p = plans[i % plans.length];
    p.source.sha256 = createHash("sha256").update(process.pid + ":" + i).digest("hex");
    store.savePlan(p);
    if (i === plans.length) process.stdout.write("ready\\n");
  }
} else {
  const statuses = {};
  for (const p of plans) {
    const r = store.savePlan(p);
    statuses[r.status] = (statuses[r.status] ?? 0) + 1;
  }
  store.close();
  process.stdout.write(JSON.stringify(statuses) + "\\n");
}
`;

beforeAll(() => {
  fs.mkdirSync(path.join(ROOT, "tmp"), { recursive: true });
  build = fs.mkdtempSync(path.join(ROOT, "tmp", "store-build-"));
  execFileSync(process.execPath, [
    path.join(ROOT, "node_modules/typescript/bin/tsc"),
    "--outDir", build, "--rootDir", ROOT, "--module", "NodeNext", "--moduleResolution", "NodeNext",
    "--target", "ES2022", "--skipLibCheck", "--types", "node", "--strict",
    path.join(ROOT, "src/store/sqlite.ts"),
  ], { stdio: "inherit" });
  fs.writeFileSync(path.join(build, "worker.mjs"), WORKER);
  work = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-proc-"));
}, 120_000);

afterAll(() => {
  if (build) fs.rmSync(build, { recursive: true, force: true });
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

function allGold(): PlanDocument[] {
  return Object.values(STEMS).map((s) => planFromGold(s));
}

function worker(db: string, plans: PlanDocument[], mode: "loop" | "once", name: string): ChildProcess {
  const file = path.join(work, `${name}.json`);
  fs.writeFileSync(file, JSON.stringify(plans));
  return spawn(process.execPath, [path.join(build, "worker.mjs"), db, file, mode], { stdio: ["ignore", "pipe", "pipe"] });
}

const output = (p: ChildProcess) =>
  new Promise<{ code: number | null; signal: string | null; out: string; err: string }>((resolve) => {
    let out = "";
    let err = "";
    p.stdout!.on("data", (d) => (out += d));
    p.stderr!.on("data", (d) => (err += d));
    p.on("exit", (code, signal) => resolve({ code, signal, out, err }));
  });

/** integrity_check ok, and every document has all its rows (compared with its own JSON) */
function checkConsistent(dbFile: string): number {
  const db = new Database(dbFile, { readonly: true });
  try {
    expect(db.pragma("integrity_check", { simple: true })).toBe("ok");
    expect(db.pragma("foreign_key_check")).toEqual([]);
    const docs = db.prepare("SELECT id, plan_json FROM documents").all() as Array<{ id: number; plan_json: string }>;
    const n = (table: string, id: number) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE document_id = ?`).get(id) as { n: number }).n;
    for (const d of docs) {
      const plan = JSON.parse(d.plan_json) as PlanDocument;
      expect(n("targets", d.id)).toBe(plan.targets.length);
      expect(n("tasks", d.id)).toBe(plan.tasks.length);
      expect(n("quantities", d.id)).toBe(plan.targets.reduce((k, t) => k + t.quantities.length, 0));
      expect(n("deadlines", d.id)).toBe(plan.deadlines.length);
      expect(n("footnotes", d.id)).toBe(plan.footnotes.length);
      expect(n("models", d.id)).toBe(plan.models.length);
      expect(n("themes", d.id)).toBe(plan.themes.length);
      expect(n("recipients", d.id)).toBe(plan.meta.recipients.length);
      expect(n("search_items", d.id)).toBe(plan.targets.length + plan.tasks.length + plan.footnotes.length + plan.themes.length + plan.models.length);
    }
    // the full-text index agrees with its content table
    db.prepare("SELECT count(*) FROM search_items_fts WHERE search_items_fts MATCH 'hoi'").get();
    return docs.length;
  } finally {
    db.close();
  }
}

describe("a writer killed in the middle of an ingest", () => {
  it("leaves a database that opens, passes integrity_check and holds only complete documents", async () => {
    const db = path.join(work, "killed.db");
    const plans = allGold();
    for (let round = 0; round < 4; round++) {
      const p = worker(db, plans, "loop", `loop${round}`);
      const done = output(p);
      // wait until it is writing, then kill it at a random moment
      await new Promise<void>((resolve) => p.stdout!.once("data", () => resolve()));
      await new Promise((r) => setTimeout(r, 20 + Math.floor(Math.random() * 200)));
      p.kill("SIGKILL");
      const r = await done;
      expect(r.signal).toBe("SIGKILL");
      expect(checkConsistent(db)).toBe(plans.length); // each plan replaced in place, never half-written
    }
  });
});

describe("two writers at once", () => {
  it("lose nothing (fresh database, migrated by whichever comes first)", async () => {
    const db = path.join(work, "two.db");
    const base = allGold();
    const variant = (who: string, i: number): PlanDocument => {
      const p = structuredClone(base[i % base.length]!);
      p.meta.province = `Tỉnh ${who} ${i}`;
      p.meta.number = `${i}/KH-${who}`;
      p.source.sha256 = createHash("sha256").update(`${who}:${i}`).digest("hex");
      return p;
    };
    const a = Array.from({ length: 25 }, (_, i) => variant("A", i));
    const b = Array.from({ length: 25 }, (_, i) => variant("B", i));
    // both also ingest the same five plans: one inserts, the other finds them unchanged
    const t0 = performance.now();
    const [ra, rb] = await Promise.all([output(worker(db, [...a, ...base], "once", "a")), output(worker(db, [...base, ...b], "once", "b"))]);
    const ms = performance.now() - t0;
    expect(ra.err).toBe("");
    expect(rb.err).toBe("");
    expect([ra.code, rb.code]).toEqual([0, 0]);
    const sa = JSON.parse(ra.out) as Record<string, number>;
    const sb = JSON.parse(rb.out) as Record<string, number>;
    expect((sa.inserted ?? 0) + (sb.inserted ?? 0)).toBe(55);
    expect((sa.unchanged ?? 0) + (sb.unchanged ?? 0)).toBe(5);
    expect(checkConsistent(db)).toBe(55);
    console.log(`two writers, 60 documents: ${ms.toFixed(0)} ms`);
  });
});

describe("opening a new database while another process switches it to WAL", () => {
  // What made "two writers" fail now and then: both open a new (rollback-journal) file and switch
  // it to WAL; the one that finds the other holding the reserved lock in its switch got
  // SQLITE_BUSY at once (SQLite's busy timeout does not cover it). Here another process holds that
  // lock for a second, as a switch in progress does, for as long as it likes.
  it("waits for the other and opens, instead of 'database is locked'", async () => {
    const db = path.join(work, "wal-switch.db");
    new Database(db).close(); // an empty file: rollback-journal mode, as a new database starts
    const holder = spawn(process.execPath, ["-e", `
      const Database = require(${JSON.stringify(path.join(ROOT, "node_modules/better-sqlite3"))});
      const db = new Database(${JSON.stringify(db)});
      db.exec("BEGIN IMMEDIATE");
      process.stdout.write("holding\\n");
      setTimeout(() => { db.exec("ROLLBACK"); db.close(); }, 1000);
    `], { stdio: ["ignore", "pipe", "inherit"] });
    const ended = new Promise<number | null>((resolve) => holder.on("exit", (code) => resolve(code)));
    await new Promise<void>((resolve) => holder.stdout!.once("data", () => resolve()));
    const t0 = performance.now();
    const store = openStore(db); // before: SQLITE_BUSY ("database is locked") after 0 ms
    const waited = performance.now() - t0;
    try {
      expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
      expect(store.listDocuments()).toEqual([]);
    } finally {
      store.close();
    }
    expect(await ended).toBe(0);
    // it did wait for the other process (the lock was held about a second after "holding")
    expect(waited).toBeGreaterThan(200);
  });
});
