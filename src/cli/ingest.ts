// kehoach ingest <files…> [--out DIR] [--stdout] [--db FILE | --no-db]
import fs from "node:fs";
import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { KehoachError } from "../errors.js";
import { log, reportError } from "../log.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_TIMEOUT_S, IsolatedIngester } from "../isolate.js";
import { DEFAULT_MAX_SIZE_MB } from "../read-input.js";
import { DEFAULT_MAX_PAGES } from "../model.js";
import { notAPlanReason } from "../plan-kind.js";
import type { Store } from "../store/sqlite.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { outputNames } from "./names.js";

/** "-" as a file: standard input, named "stdin" in outputs and messages. */
export const STDIN = "-";
const displayName = (file: string) => (file === STDIN ? "stdin" : file);

/** Standard input, whole, within the size limit (read in this thread; the worker parses the bytes). */
async function readStdin(maxSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    n += (c as Buffer).length;
    if (n > maxSize) throw new KehoachError("input/too-large", `too large: over ${+(maxSize / 1048576).toFixed(1)} MB (see --max-size)`, "stdin");
    chunks.push(c as Buffer);
  }
  return Buffer.concat(chunks);
}

/** --out must be a directory (made when missing); a file there is said in words, not as EEXIST. */
export function prepareOutDir(dir: string): void {
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(dir);
  } catch {
    st = undefined;
  }
  if (st && !st.isDirectory()) throw new KehoachError("cli/usage", "--out wants a directory, and this is a file", dir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? "a file stands in its path" : code === "EACCES" ? "permission denied" : (code ?? String(e));
    throw new KehoachError("cli/usage", `cannot make the output directory (${why})`, dir, { cause: e });
  }
}

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
  logFormat?: string;
  /** store texts that are not plans too */
  force?: boolean;
}

/** A write error that means the disk (or a quota, or the file size limit) is full. */
const isDiskFull = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG" || code === "SQLITE_FULL";
};

/**
 * Writes the JSON of one plan through a temporary file renamed into place, so that a crash
 * never leaves half a JSON; on any failure the temporary file is removed.
 */
function writeJson(target: string, plan: PlanDocument): void {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, JSON.stringify(plan, null, 2) + "\n");
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
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
    logFormat: opts.logFormat,
  });
  let failed = 0;
  let store: Store | null = null;
  const outDir = opts.out ?? (opts.stdout ? null : ".");
  // output names (names.ts): never two outputs of one run to one name
  const names = outputNames(files.map(displayName));
  if (outDir) prepareOutDir(outDir);
  if (files.filter((f) => f === STDIN).length > 1) throw new KehoachError("cli/usage", 'standard input ("-") can be read once in a run');
  if (opts.db) {
    // A database we cannot use is said once, up front; the JSON files are still written.
    try {
      const { openStore } = await import("../store/sqlite.js");
      store = openStore(opts.db);
      store.db.pragma("schema_version"); // reads the file header: "file is not a database" shows here
    } catch (e) {
      failed++;
      store = null;
      const reason = e instanceof Error ? e.message : String(e);
      log().error({ file: opts.db }, `cannot use the database: ${reason}; writing JSON only`);
    }
  }
  for (const [i, file] of files.entries()) {
    try {
      const plan =
        file === STDIN
          ? await isolated.ingest("stdin", await readStdin(Number(opts.maxSize ?? DEFAULT_MAX_SIZE_MB) * 1048576))
          : await isolated.ingest(file);
      // The JSON and the database are kept apart: when one cannot be written (disk full),
      // the other still is.
      if (outDir) {
        const target = path.join(outDir, names[i]!);
        try {
          writeJson(target, plan);
        } catch (e) {
          failed++;
          const why = isDiskFull(e) ? "disk full" : e instanceof Error ? e.message : String(e);
          log().error({ file: target }, `JSON not written: ${why}${store ? " (the plan is still stored in the database)" : ""}`);
        }
      }
      const notPlan = notAPlanReason(plan);
      if (store && notPlan && !opts.force) {
        failed++;
        log().error({ file: displayName(file) }, `${notPlan}: not stored in ${opts.db} (--force stores it)`);
      } else if (store) {
        try {
          const r = store.savePlan(plan, { path: displayName(file) });
          log().info({ file: displayName(file), db: opts.db, status: r.status }, "stored");
        } catch (e) {
          // the plan's transaction was rolled back: the database is as it was
          failed++;
          const why = isDiskFull(e) ? `disk full writing ${opts.db}` : e instanceof Error ? e.message : String(e);
          log().error({ file: displayName(file) }, `not stored in ${opts.db}: ${why}`);
        }
      }
      for (const w of plan.warnings) log().warn({ file: displayName(file), code: w.code, where: w.where }, w.message);
      log().info({ file: displayName(file), targets: plan.targets.length, tasks: plan.tasks.length }, "ingested");
      // JSON Lines: one PlanDocument a line, written as each file is done (nothing for a file that failed)
      if (opts.stdout) process.stdout.write(JSON.stringify(plan) + "\n");
    } catch (e) {
      failed++;
      reportError(e, displayName(file));
    }
  }
  await isolated.close();
  store?.close();
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
    .argument("<files...>", 'plan files; "-" reads standard input (named "stdin")')
    .option("-o, --out <dir>", "directory for the JSON files (default: the current directory)")
    .option("--stdout", "print the JSON on stdout instead of writing files: JSON Lines, one plan a line, for any number of files")
    .option("--db <file>", "SQLite database to store the plans in", "kehoach.db")
    .option("--no-db", "do not write to a database")
    .option("--password <password>", "password of encrypted PDFs")
    .option("--force", "store texts that are not plans too (no plan header and no targets or tasks)")
    .option("--timeout <seconds>", "stop a file that takes longer than this", positive, DEFAULT_TIMEOUT_S)
    .option("--max-memory <MB>", "stop a file that needs more memory than this", positive, DEFAULT_MAX_MEMORY_MB)
    .option("--max-size <MB>", "refuse files larger than this", positive, DEFAULT_MAX_SIZE_MB)
    .option("--max-pages <n>", "refuse PDFs with more pages than this", positive, DEFAULT_MAX_PAGES)
    .action(async (files: string[], o: IngestCliOptions, cmd: Command) => {
      const g = cmd.parent?.opts<{ logLevel?: string; logFormat?: string }>() ?? {};
      const failed = await runIngest(files, { ...o, logLevel: g.logLevel, logFormat: g.logFormat });
      if (failed > 0) process.exitCode = 1;
    });
}
