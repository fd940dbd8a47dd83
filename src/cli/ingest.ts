// kehoach ingest <files…> [--out DIR] [--stdout] [--db FILE | --no-db]
import fs from "node:fs";
import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { KehoachError } from "../errors.js";
import { log } from "../log.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S, IsolatedIngester } from "../isolate.js";
import { DEFAULT_MAX_SIZE_MB } from "../read-input.js";
import { DEFAULT_MAX_PAGES } from "../model.js";
import { openStore, type Store } from "../store/sqlite.js";
import type { PlanDocument } from "../../schemas/plan.js";

export interface IngestCliOptions {
  out?: string;
  stdout?: boolean;
  db?: string | false;
  password?: string;
  /** per-file limits (see isolate.ts): seconds, MB, MB, pages */
  timeout?: string | number;
  maxMemory?: string | number;
  maxSize?: string | number;
  maxPages?: string | number;
  logLevel?: string;
}

const stemOf = (file: string) => path.basename(file).replace(/\.[^.]+$/, "");

/**
 * Output names: `<stem>.json`; when several inputs of one run share a stem (the
 * same plan as .txt, .docx and .pdf), `<stem>.<extension>.json`, so that no output
 * overwrites another.
 */
export function outputNames(files: string[]): Map<string, string> {
  const count = new Map<string, number>();
  for (const f of files) count.set(stemOf(f), (count.get(stemOf(f)) ?? 0) + 1);
  return new Map(
    files.map((f) => {
      const stem = stemOf(f);
      const ext = path.extname(f).slice(1).toLowerCase();
      return [f, (count.get(stem) ?? 0) > 1 && ext ? `${stem}.${ext}.json` : `${stem}.json`];
    }),
  );
}

export async function runIngest(files: string[], opts: IngestCliOptions): Promise<number> {
  // each file in a worker (started now, while the database opens) that is stopped past its time or memory budget
  const isolated = new IsolatedIngester({
    password: opts.password,
    timeout: Number(opts.timeout ?? DEFAULT_TIMEOUT_S),
    maxMemory: Number(opts.maxMemory ?? DEFAULT_MAX_MEMORY_MB),
    maxSize: Number(opts.maxSize ?? DEFAULT_MAX_SIZE_MB) * 1048576,
    maxPages: Number(opts.maxPages ?? DEFAULT_MAX_PAGES),
    logLevel: opts.logLevel,
  });
  let failed = 0;
  const plans: PlanDocument[] = [];
  let store: Store | null = null;
  const outDir = opts.out ?? (opts.stdout ? null : ".");
  const names = outputNames(files);
  if (outDir) fs.mkdirSync(outDir, { recursive: true });
  if (opts.db) {
    // A database we cannot use is said once, up front; the JSON files are still written.
    try {
      store = openStore(opts.db);
      store.db.pragma("schema_version"); // reads the file header: "file is not a database" shows here
    } catch (e) {
      failed++;
      store = null;
      const reason = e instanceof Error ? e.message : String(e);
      process.stderr.write(`kehoach: ${opts.db}: cannot use the database (${reason.replace(/^.*?:\s*/, "")}); writing JSON only\n`);
    }
  }
  for (const file of files) {
    try {
      const plan = await isolated.ingest(file);
      plans.push(plan);
      if (outDir) {
        const target = path.join(outDir, names.get(file)!);
        // write to a temporary file and rename, so a crash never leaves half a JSON
        const tmp = `${target}.${process.pid}.tmp`;
        fs.writeFileSync(tmp, JSON.stringify(plan, null, 2) + "\n");
        fs.renameSync(tmp, target);
      }
      if (store) {
        try {
          const r = store.savePlan(plan);
          log().info({ file, db: opts.db, status: r.status }, "stored");
        } catch (e) {
          // the plan's transaction was rolled back: the database is as it was
          failed++;
          process.stderr.write(`kehoach: ${file}: not stored in ${opts.db}: ${e instanceof Error ? e.message : String(e)}\n`);
        }
      }
      for (const w of plan.warnings) log().warn({ file, code: w.code, where: w.where }, w.message);
      log().info({ file, targets: plan.targets.length, tasks: plan.tasks.length }, "ingested");
    } catch (e) {
      failed++;
      if (e instanceof KehoachError) {
        process.stderr.write(`kehoach: ${e.file ?? file}: ${e.message}\n`);
      } else {
        process.stderr.write(`kehoach: ${file}: internal error: ${e instanceof Error ? e.message : String(e)}\n`);
        log().debug({ err: e }, "stack");
      }
    }
  }
  await isolated.close();
  store?.close();
  if (opts.stdout) {
    process.stdout.write(JSON.stringify(plans.length === 1 ? plans[0] : plans, null, 2) + "\n");
  }
  return failed;
}

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError("not a positive number");
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description("read plans (PDF, DOCX, TXT, MD) and write <stem>.json for each, and store them in the database")
    .argument("<files...>", "plan files")
    .option("-o, --out <dir>", "directory for the JSON files (default: the current directory)")
    .option("--stdout", "print the JSON on stdout (an array when several files) instead of writing files")
    .option("--db <file>", "SQLite database to store the plans in", "kehoach.db")
    .option("--no-db", "do not write to a database")
    .option("--password <password>", "password of encrypted PDFs")
    .option("--timeout <seconds>", "stop a file that takes longer than this", positive, DEFAULT_TIMEOUT_S)
    .option("--max-memory <MB>", "stop a file that needs more memory than this", positive, DEFAULT_MAX_MEMORY_MB)
    .option("--max-size <MB>", "refuse files larger than this", positive, DEFAULT_MAX_SIZE_MB)
    .option("--max-pages <n>", "refuse PDFs with more pages than this", positive, DEFAULT_MAX_PAGES)
    .action(async (files: string[], o: IngestCliOptions, cmd: Command) => {
      const failed = await runIngest(files, { ...o, logLevel: (cmd.parent?.opts().logLevel as string | undefined) ?? undefined });
      if (failed > 0) process.exitCode = 1;
    });
}
