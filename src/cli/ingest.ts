// kehoach ingest <files…> [--out DIR] [--stdout] [--db FILE | --no-db]
import { createHash } from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { InvalidArgumentError, type Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { sayable } from "../i18n/said.js";
import { planWarning, sayError, sayPlainError, sayFailure, t } from "../i18n/index.js";
import { writeFileAtomic } from "../ground/write-atomic.js";
import { log, logFormat, reportError } from "../log.js";
import { DEFAULT_MAX_MEMORY_MB, DEFAULT_OCR_PAGE_TIMEOUT_S, DEFAULT_TIMEOUT_S, IsolatedIngester } from "../isolate.js";
import { DEFAULT_MAX_SIZE_MB, readInput } from "../read-input.js";
import { DEFAULT_MAX_PAGES } from "../ground/model.js";
import { notAPlanReason } from "../plan-kind.js";
import type { Store } from "../store/sqlite.js";
import type { PlanDocument } from "../../schemas/plan.js";
import type { Made, Wanted } from "../ingest-worker.js";
import { outputNames } from "./names.js";
import { expandInputs, type ExpandedInputs } from "./inputs.js";
import { makeProgress } from "./progress.js";

/** "-" as a file: standard input, named "stdin" in outputs and messages. */
export const STDIN = "-";
const displayName = (file: string) => (file === STDIN ? "stdin" : file);

/** Standard input, whole, within the size limit (read in this thread; the worker parses the bytes). */
async function readStdin(maxSize: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let n = 0;
  for await (const c of process.stdin) {
    n += (c as Buffer).length;
    if (n > maxSize) throw sayable("input/too-large", "stdin", "tooLargeStdin", [`${+(maxSize / 1048576).toFixed(1)} MB`]);
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
  if (st && !st.isDirectory()) throw new KehoachError("cli/usage", t().outWantsDir, dir);
  try {
    fs.mkdirSync(dir, { recursive: true });
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === "EEXIST" || code === "ENOTDIR" ? t().fileInItsPath : code === "EACCES" ? t().permissionDenied : (code ?? String(e));
    throw new KehoachError("cli/usage", t().cannotMakeDir(why), dir, { cause: e });
  }
}

export interface IngestCliOptions {
  out?: string;
  stdout?: boolean;
  db?: string | false;
  password?: string;
  /** per-file limits (see isolate.ts): seconds, MB, MB, pages */
  timeout?: string | number;
  /** seconds added to the time limit for each page OCR reads */
  ocrTimeout?: string | number;
  /** --ocr (true): also the pages without text of a PDF that has text; --no-ocr (false): never; unset: scans only */
  ocr?: boolean;
  maxMemory?: string | number;
  maxSize?: string | number;
  maxPages?: string | number;
  logLevel?: string;
  logFormat?: string;
  /** store texts that are not plans too */
  force?: boolean;
  /** read the sub-folders of the folders given */
  recursive?: boolean;
  /** files read at once (each in a child process); default: the number of cores */
  jobs?: string | number;
}

/** A write error that means the disk (or a quota, or the file size limit) is full. */
const isDiskFull = (e: unknown) => {
  const code = (e as { code?: string }).code;
  return code === "ENOSPC" || code === "EDQUOT" || code === "EFBIG" || code === "SQLITE_FULL";
};

/** The JSON of one plan, written atomically (a crash never leaves half a JSON). */
const writeJson = (target: string, plan: PlanDocument): void => writeFileAtomic(target, JSON.stringify(plan, null, 2) + "\n");

/** What became of one file before it is written (in the order of the inputs). */
type Outcome =
  | { kind: "plan"; made: Made }
  | { kind: "unchanged"; id: number }
  | { kind: "error"; error: unknown }
  | { kind: "interrupted" };

export interface IngestSummary {
  files: number;
  inserted: number;
  replaced: number;
  /** stored before under the same path with the same sha256: skipped before parsing */
  unchanged: number;
  /** plans written as JSON only (no database) */
  written: number;
  refused: Array<{ file: string; reason: string }>;
  warnings: number;
  /** files not done because the run was interrupted */
  notDone: number;
  seconds: number;
}

const reasonOf = (e: unknown): string =>
  e instanceof KehoachError ? sayError(e.code, e.message, e.say) : sayPlainError(e instanceof Error ? e.message : String(e));

/** The summary of a batch, as plain lines. */
export function summaryLines(s: IngestSummary): string[] {
  const m = t();
  const ingested = s.inserted + s.replaced + s.written;
  const lines = [`kehoach: ${m.summary(s.files, s.seconds.toFixed(1), ingested, s.inserted, s.replaced, s.unchanged, s.refused.length, s.warnings)}`];
  for (const r of s.refused) lines.push(`kehoach: ${m.refusedLine}: ${r.file}: ${r.reason}`);
  if (s.notDone) lines.push(`kehoach: ${m.interruptedLine(s.notDone)}`);
  return lines;
}

/**
 * `kehoach ingest`: the number of files that failed. In named steps (IngestRun): collect the inputs
 * and open what the run writes to, then for each file in the order of the inputs skip it if
 * unchanged, else parse it in the pool, write it, and summarise at the end.
 */
export async function runIngest(args: string[], opts: IngestCliOptions): Promise<number> {
  const run = await IngestRun.start(args, opts);
  await run.readAll();
  return run.finish();
}

/** One run of `ingest`: its inputs, limits, outputs, database and what became of each file. */
class IngestRun {
  private failed = 0;
  private store: Store | null = null;
  private interrupted = false;
  private readonly outDir: string | null;
  /** output names (names.ts): never two outputs of one run to one name */
  private readonly names: string[];
  private readonly summary: IngestSummary;
  private readonly files: string[];
  private readonly maxSize: number;
  private readonly jobs: number;
  private readonly isolated: IsolatedIngester;
  /**
   * What the child makes of each plan for this process to write, as bytes (the plan comes without
   * its text): the JSON file, the JSON line, the text for the database. Set once the database is open.
   */
  private want: Wanted = {};

  private constructor(
    private readonly inputs: ExpandedInputs,
    private readonly opts: IngestCliOptions,
    /** when the run started (performance.now()) */
    private readonly t0: number,
  ) {
    this.files = inputs.files;
    this.jobs = Math.max(1, Math.floor(Number(opts.jobs ?? os.availableParallelism())));
    this.maxSize = Number(opts.maxSize ?? DEFAULT_MAX_SIZE_MB) * 1048576;
    // each file in a child process that is stopped past its time or memory budget; the children
    // start when the first file needs parsing (none for a run of unchanged files)
    this.isolated = new IsolatedIngester({
      password: opts.password,
      timeout: Number(opts.timeout ?? DEFAULT_TIMEOUT_S),
      ocrPageTimeout: Number(opts.ocrTimeout ?? DEFAULT_OCR_PAGE_TIMEOUT_S),
      ocr: opts.ocr === true ? "on" : opts.ocr === false ? "off" : "auto",
      maxMemory: Number(opts.maxMemory ?? DEFAULT_MAX_MEMORY_MB),
      maxSize: this.maxSize,
      maxPages: Number(opts.maxPages ?? DEFAULT_MAX_PAGES),
      jobs: this.jobs,
      logLevel: opts.logLevel,
      logFormat: opts.logFormat,
    });
    this.outDir = opts.out ?? (opts.stdout ? null : ".");
    this.names = outputNames(this.files.map(displayName));
    this.summary = { files: this.files.length, inserted: 0, replaced: 0, unchanged: 0, written: 0, refused: [], warnings: 0, notDone: 0, seconds: 0 };
  }

  /** Step 1: the inputs (folders and globs expanded), the output folder and the database. */
  static async start(args: string[], opts: IngestCliOptions): Promise<IngestRun> {
    const t0 = performance.now();
    const run = new IngestRun(await expandInputs(args, { recursive: opts.recursive }), opts, t0);
    try {
      if (run.outDir) prepareOutDir(run.outDir);
      if (run.files.filter((f) => f === STDIN).length > 1) throw new KehoachError("cli/usage", t().stdinOnce);
    } catch (e) {
      await run.isolated.close();
      throw e;
    }
    if (opts.db) await run.openDatabase(opts.db);
    for (const e of run.inputs.empty) {
      log().error({ file: e.arg }, e.reason);
      run.refuse(e.arg, e.reason);
    }
    if (run.inputs.subfoldersSkipped) log().warn({}, t().subfoldersSkipped(run.inputs.subfoldersSkipped));
    run.want = { json: run.outDir !== null, line: opts.stdout === true, text: run.store !== null };
    return run;
  }

  /** A database we cannot use is said once, up front; the JSON files are still written. */
  private async openDatabase(db: string): Promise<void> {
    try {
      const { openStore } = await import("../store/sqlite.js");
      this.store = openStore(db);
      this.store.db.pragma("schema_version"); // reads the file header: "file is not a database" shows here
    } catch (e) {
      this.failed++;
      this.store = null;
      const reason = sayFailure(e);
      log().error({ file: db }, t().cannotUseDb(reason));
    }
  }

  private refuse(file: string, reason: string): void {
    this.failed++;
    this.summary.refused.push({ file, reason });
  }

  // Ctrl-C (or a polite kill): no new file is started, the files being read are stopped, what is
  // done is kept (each plan is one transaction: the database is never half-written), and the
  // same command again finishes the job. A second Ctrl-C stops at once, as safely.
  private readonly onSignal = (sig: NodeJS.Signals): void => {
    if (this.interrupted) process.exit(130);
    this.interrupted = true;
    log().warn({}, t().interrupted(sig, sig === "SIGINT" ? "Ctrl-C" : sig));
    void this.isolated.close();
  };

  /**
   * Step 2, for one file: read (in this process, once, within the limits), hash, ask the database:
   * a file stored before under the same path with the same bytes is not parsed again. The others
   * are parsed in the pool.
   */
  private async prepare(file: string): Promise<Outcome> {
    try {
      if (file === STDIN) return { kind: "plan", made: await this.isolated.make("stdin", await readStdin(this.maxSize), this.want) };
      const bytes = readInput(file, { maxSize: this.maxSize });
      if (this.store) {
        const hit = this.store.storedAs(createHash("sha256").update(bytes).digest("hex"), file);
        if (hit) return { kind: "unchanged", id: hit.id };
      }
      return { kind: "plan", made: await this.isolated.make(file, bytes, this.want) };
    } catch (e) {
      return this.interrupted ? { kind: "interrupted" } : { kind: "error", error: e };
    }
  }

  /**
   * Step 3: every file prepared and written. One writer (this process) takes the outcomes in the
   * order of the inputs (messages and database ids do not depend on --jobs); `jobs` files ahead
   * are read and parsed meanwhile, no more, so that no file waits in the pool's queue while its
   * time limit runs.
   */
  async readAll(): Promise<void> {
    process.on("SIGINT", this.onSignal);
    process.on("SIGTERM", this.onSignal);
    const progress = makeProgress(this.files.length, { batch: this.inputs.batch });
    const pending: Array<{ i: number; outcome: Promise<Outcome> }> = [];
    let next = 0;
    const fill = () => {
      while (!this.interrupted && next < this.files.length && pending.length < this.jobs) {
        const i = next++;
        pending.push({ i, outcome: this.prepare(this.files[i]!) });
      }
    };
    try {
      fill();
      while (pending.length) {
        const { i, outcome } = pending.shift()!;
        const name = displayName(this.files[i]!);
        progress.current(name);
        const o = await outcome;
        if (o.kind === "interrupted" || (this.interrupted && o.kind === "error")) {
          this.summary.notDone++;
          continue;
        }
        progress.done(name, this.write(o, name, this.outDir ? path.join(this.outDir, this.names[i]!) : null));
        fill();
      }
      this.summary.notDone += this.files.length - next;
    } finally {
      progress.stop();
      process.off("SIGINT", this.onSignal);
      process.off("SIGTERM", this.onSignal);
      await this.isolated.close();
      this.store?.close();
    }
  }

  /** Step 4: one outcome written (JSON, database, stdout, messages); its outcome in words, or null when it failed. */
  private write(o: Exclude<Outcome, { kind: "interrupted" }>, name: string, target: string | null): string | null {
    if (o.kind === "error") {
      reportError(o.error, name);
      this.refuse(name, reasonOf(o.error));
      return null;
    }
    if (o.kind === "unchanged") return this.writeUnchanged(o.id, name, target);
    const { plan, line } = o.made;
    // The JSON and the database are kept apart: when one cannot be written (disk full), the other still is.
    const jsonOk = target ? this.writeJsonFile(o.made, name, target) : true;
    const stored = this.storePlan(o.made, name);
    if (!this.store && jsonOk) this.summary.written++;
    this.summary.warnings += plan.warnings.length;
    for (const w of plan.warnings) log().warn({ file: name, code: w.code, where: w.where }, planWarning(w.code, w.message));
    log().info({ file: name, targets: plan.targets.length, tasks: plan.tasks.length }, t().log.ingested);
    // JSON Lines: one PlanDocument a line, written as each file is done (nothing for a file that failed)
    if (this.opts.stdout) for (const piece of line ?? []) process.stdout.write(piece);
    return jsonOk && stored !== null ? t().outcome.counts(stored, plan.targets.length, plan.tasks.length) : null;
  }

  /** A file stored before, unchanged: its JSON is rewritten only when it is missing, from the plan stored (no parsing). */
  private writeUnchanged(id: number, name: string, target: string | null): string {
    this.summary.unchanged++;
    const missing = target !== null && !fs.existsSync(target);
    const stored = missing || this.opts.stdout ? this.store!.getPlan(id)?.plan : undefined;
    if (stored && missing) writeJson(target, stored);
    if (stored && this.opts.stdout) process.stdout.write(JSON.stringify(stored) + "\n");
    log().info({ file: name, db: this.opts.db, id, parsed: false, status: "unchanged" }, t().log.skipped);
    return t().outcome.unchanged;
  }

  /** The plan's JSON file, written atomically; false (said and refused) when it could not be. */
  private writeJsonFile(made: Made, name: string, target: string): boolean {
    try {
      writeFileAtomic(target, made.json ?? []);
      return true;
    } catch (e) {
      const why = isDiskFull(e) ? t().diskFullShort : e instanceof Error ? e.message : String(e);
      log().error({ file: target }, t().jsonNotWritten(why, !!this.store));
      this.refuse(name, t().jsonNotWritten(why, false));
      return false;
    }
  }

  /**
   * The plan in the database (a text that is no plan only with --force): what became of it in
   * words; "ingested" without a database; null (said and refused) when it was not stored.
   */
  private storePlan(made: Made, name: string): string | null {
    const { plan, text } = made;
    const db = String(this.opts.db);
    if (!this.store) return t().outcome.ingested;
    const notPlan = notAPlanReason(plan) ? t().notAPlan : null;
    if (notPlan && !this.opts.force) {
      log().error({ file: name }, t().notStoredNotPlan(notPlan, db));
      this.refuse(name, `${notPlan} ${t().forceStoresIt}`);
      return null;
    }
    try {
      // the text, decoded only now and only for the database
      const r = this.store.savePlan(text ? { ...plan, source: { ...plan.source, text: Buffer.from(text.buffer, text.byteOffset, text.byteLength).toString("utf8") } } : plan, { path: name });
      log().info({ file: name, db: this.opts.db, status: r.status }, t().log.stored);
      if (r.status === "inserted") this.summary.inserted++;
      else if (r.status === "replaced") this.summary.replaced++;
      else this.summary.unchanged++;
      return r.status === "inserted" ? t().outcome.stored : r.status === "replaced" ? t().outcome.replaced : t().outcome.sameContent;
    } catch (e) {
      // the plan's transaction was rolled back: the database is as it was
      const why = isDiskFull(e) ? t().diskFullWriting(db) : sayFailure(e);
      log().error({ file: name }, t().notStored(db, why));
      this.refuse(name, t().notStored(db, why));
      return null;
    }
  }

  /** Step 5: the summary (a batch, or an interrupted run), the exit status; the number of files that failed. */
  finish(): number {
    this.summary.seconds = (performance.now() - this.t0) / 1000;
    if (this.inputs.batch || this.interrupted) reportSummary(this.summary);
    if (this.interrupted) process.exitCode = 130;
    return this.failed;
  }
}

/** The summary on stderr: plain lines, or one JSON record with --log-format json. */
function reportSummary(s: IngestSummary): void {
  if (logFormat() === "json") {
    log().info({ summary: s }, t().log.summary);
    return;
  }
  if (!log().isLevelEnabled("warn")) return;
  process.stderr.write(summaryLines(s).join("\n") + "\n");
}

function positive(v: string): number {
  const n = Number(v);
  if (!Number.isFinite(n) || n <= 0) throw new InvalidArgumentError(t().notPositive);
  return n;
}

export function registerIngest(program: Command): void {
  program
    .command("ingest")
    .description(t().ingestDescription)
    .argument("<inputs...>", t().ingestInputs)
    .option("-r, --recursive", t().ingestRecursive)
    .option("-j, --jobs <n>", t().ingestJobs, positive)
    .option("-o, --out <dir>", t().ingestOut)
    .option("--stdout", t().ingestStdout)
    .option("--db <file>", t().ingestDb, "kehoach.db")
    .option("--no-db", t().ingestNoDb)
    .option("--password <password>", t().ingestPassword)
    .option("--force", t().ingestForce)
    .option("--ocr", t().ingestOcr)
    .option("--no-ocr", t().ingestNoOcr)
    .option("--timeout <seconds>", t().ingestTimeout, positive, DEFAULT_TIMEOUT_S)
    .option("--ocr-timeout <seconds>", t().ingestOcrTimeout, positive, DEFAULT_OCR_PAGE_TIMEOUT_S)
    .option("--max-memory <MB>", t().ingestMaxMemory, positive, DEFAULT_MAX_MEMORY_MB)
    .option("--max-size <MB>", t().ingestMaxSize, positive, DEFAULT_MAX_SIZE_MB)
    .option("--max-pages <n>", t().ingestMaxPages, positive, DEFAULT_MAX_PAGES)
    .action(async (files: string[], o: IngestCliOptions, cmd: Command) => {
      const g = cmd.parent?.opts<{ logLevel?: string; logFormat?: string }>() ?? {};
      const failed = await runIngest(files, { ...o, logLevel: g.logLevel, logFormat: g.logFormat });
      // 130 when interrupted (set by runIngest), else 1 when any file failed
      if (failed > 0 && !process.exitCode) process.exitCode = 1;
    });
}
