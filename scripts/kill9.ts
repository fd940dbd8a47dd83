// kill -9 during ingest: runs `kehoach ingest` on copies of the fixture plans into one
// database, kills it with SIGKILL at a random moment, and checks what is left:
//  - the database passes PRAGMA integrity_check and foreign_key_check;
//  - every document in it is whole: as many targets, tasks, quantities, deadlines,
//    footnotes, models, themes and search entries as its own stored JSON says;
//  - every JSON file in --out parses (a killed write leaves at most a .tmp file).
// Each round's copies differ in their bytes (a run of trailing newlines), so each round
// replaces the documents of the round before: a delete and an insert per plan.
//
//   npm run kill9 [-- ROUNDS]      (default 100; test/kill9.test.ts runs 20)
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import Database from "better-sqlite3";
import { seededRandom } from "./seeded-random.js";

export interface KillOptions {
  rounds: number;
  /** dist/bin/kehoach.js */
  bin: string;
  /** the plans copied each round (text files) */
  plans: string[];
  /** copies of each plan per round (more writes per run) */
  copies?: number;
  seed?: number;
  work?: string;
  log?: (line: string) => void;
}

export interface KillReport {
  rounds: number;
  /** rounds whose process was still running when killed */
  killed: number;
  /** rounds that ended on their own before the kill */
  finished: number;
  /** documents in the database after each round */
  documents: number[];
  /** the first problem found, if any */
  problem: string | null;
  msPerRun: number;
}

/** Problems of a database left by a killed writer, or null when it is sound. */
export function checkDatabase(file: string): { problem: string | null; documents: number } {
  if (!fs.existsSync(file)) return { problem: null, documents: 0 };
  const db = new Database(file, { readonly: true });
  try {
    const ic = db.pragma("integrity_check", { simple: true });
    if (ic !== "ok") return { problem: `integrity_check: ${String(ic)}`, documents: 0 };
    if ((db.pragma("foreign_key_check") as unknown[]).length) return { problem: "foreign_key_check found orphans", documents: 0 };
    const hasDocs = db.prepare("SELECT count(*) AS n FROM sqlite_master WHERE name = 'documents'").get() as { n: number };
    if (!hasDocs.n) return { problem: null, documents: 0 }; // killed before the schema was committed
    const docs = db.prepare("SELECT id, plan_json FROM documents").all() as Array<{ id: number; plan_json: string }>;
    const n = (table: string, id: number) => (db.prepare(`SELECT count(*) AS n FROM ${table} WHERE document_id = ?`).get(id) as { n: number }).n;
    for (const d of docs) {
      const p = JSON.parse(d.plan_json) as {
        targets: Array<{ quantities: unknown[] }>;
        tasks: unknown[];
        deadlines: unknown[];
        footnotes: unknown[];
        models: unknown[];
        themes: unknown[];
      };
      const want: Record<string, number> = {
        targets: p.targets.length,
        tasks: p.tasks.length,
        quantities: p.targets.reduce((k, t) => k + t.quantities.length, 0),
        deadlines: p.deadlines.length,
        footnotes: p.footnotes.length,
        models: p.models.length,
        themes: p.themes.length,
        search_items: p.targets.length + p.tasks.length + p.footnotes.length + p.themes.length + p.models.length,
      };
      for (const [table, count] of Object.entries(want)) {
        const got = n(table, d.id);
        if (got !== count) return { problem: `document ${d.id}: ${got} rows in ${table}, its JSON has ${count}`, documents: docs.length };
      }
    }
    // the full-text index answers
    db.prepare("SELECT count(*) FROM search_items_fts WHERE search_items_fts MATCH 'hoi'").get();
    return { problem: null, documents: docs.length };
  } finally {
    db.close();
  }
}

/** Every finished JSON output parses (half a JSON would be a torn write). */
function checkOutputs(dir: string): string | null {
  if (!fs.existsSync(dir)) return null;
  for (const f of fs.readdirSync(dir)) {
    if (!f.endsWith(".json")) continue;
    try {
      JSON.parse(fs.readFileSync(path.join(dir, f), "utf8"));
    } catch {
      return `${f}: not valid JSON`;
    }
  }
  return null;
}

function runOnce(bin: string, args: string[], killAfterMs: number | null): Promise<{ killed: boolean; ms: number; code: number | null }> {
  return new Promise((resolve) => {
    const t0 = performance.now();
    const p = spawn(process.execPath, [bin, ...args], { stdio: "ignore" });
    let killed = false;
    const timer = killAfterMs === null ? null : setTimeout(() => {
      killed = p.kill("SIGKILL");
    }, killAfterMs);
    p.on("exit", (code, signal) => {
      if (timer) clearTimeout(timer);
      resolve({ killed: killed && signal === "SIGKILL", ms: performance.now() - t0, code });
    });
  });
}

export async function killIngest(o: KillOptions): Promise<KillReport> {
  const rnd = seededRandom(o.seed ?? 1);
  const work = o.work ?? fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-kill9-"));
  const db = path.join(work, "k.db");
  const out = path.join(work, "out");
  const copies = o.copies ?? 2;
  const inputs = (round: number): string[] => {
    const dir = path.join(work, `in-${round % 2}`);
    fs.rmSync(dir, { recursive: true, force: true });
    fs.mkdirSync(dir, { recursive: true });
    const files: string[] = [];
    for (const plan of o.plans) {
      for (let c = 0; c < copies; c++) {
        const f = path.join(dir, `${c}-${path.basename(plan)}`);
        // new bytes every round and copy (a new sha256), the same plan (replaces the last one)
        fs.writeFileSync(f, Buffer.concat([fs.readFileSync(plan), Buffer.from("\n".repeat(1 + ((round * copies + c) % 997)))]));
        files.push(f);
      }
    }
    return files;
  };
  const args = (files: string[]) => ["ingest", ...files, "--db", db, "--out", out, "--log-level", "silent"];
  // one whole run first: how long a run takes, so that kills fall all along it
  const first = await runOnce(o.bin, args(inputs(0)), null);
  if (first.code !== 0) return { rounds: 0, killed: 0, finished: 0, documents: [], problem: `the uncut run exited ${first.code}`, msPerRun: first.ms };
  const report: KillReport = { rounds: 0, killed: 0, finished: 0, documents: [], problem: null, msPerRun: first.ms };
  for (let r = 1; r <= o.rounds; r++) {
    const at = Math.floor(rnd() * first.ms * 1.1);
    const res = await runOnce(o.bin, args(inputs(r)), at);
    report.rounds++;
    if (res.killed) report.killed++;
    else report.finished++;
    const c = checkDatabase(db);
    report.documents.push(c.documents);
    const bad = c.problem ?? checkOutputs(out);
    o.log?.(`round ${r}: ${res.killed ? `killed after ${at} ms` : `finished in ${res.ms.toFixed(0)} ms`}; ${c.documents} documents; ${bad ?? "sound"}`);
    if (bad) {
      report.problem = `round ${r} (killed after ${at} ms): ${bad}`;
      break;
    }
  }
  if (!o.work) fs.rmSync(work, { recursive: true, force: true });
  return report;
}

// npm run kill9 [-- ROUNDS]
if (import.meta.url === pathToFileURL(process.argv[1] ?? "").href) {
  const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
  const rounds = Number(process.argv[2] ?? 100);
  const plansDir = path.join(root, "fixtures/plans");
  const plans = fs.readdirSync(plansDir).filter((f) => f.endsWith(".txt")).map((f) => path.join(plansDir, f));
  const t0 = performance.now();
  const r = await killIngest({ rounds, bin: path.join(root, "dist/bin/kehoach.js"), plans, copies: 3, seed: Number(process.env.SEED ?? 1), log: (l) => process.stderr.write(l + "\n") });
  const docs = r.documents.length ? `${Math.min(...r.documents)}–${Math.max(...r.documents)}` : "0";
  process.stdout.write(
    `kill -9 during ingest: ${r.rounds} rounds (${r.killed} killed while running, ${r.finished} finished first), ` +
      `an uncut run ${(r.msPerRun / 1000).toFixed(1)} s, ${docs} documents after a round, ${((performance.now() - t0) / 1000).toFixed(0)} s in all: ` +
      `${r.problem ?? "every database sound (integrity_check ok, no half-written plan), every JSON whole"}\n`,
  );
  process.exitCode = r.problem ? 1 : 0;
}
