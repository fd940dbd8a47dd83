// Every input file is read in a worker thread that can be stopped: a time limit
// per file (stopped past it) and a memory budget (the worker's V8 heap limit,
// through the Worker API's resourceLimits; the main process's flags are never
// touched). A runaway file is named with its reason and the run goes on.
// The pool (piscina) is the one `ingest --jobs` grows into: one worker per job.
import path from "node:path";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { Piscina } from "piscina";
import { KehoachError } from "./errors.js";
import { log } from "./log.js";
import type { IngestOptions } from "./pipeline.js";
import type { WorkerOutcome, WorkerTask } from "./ingest-worker.js";
import type { PlanDocument } from "../schemas/plan.js";

export const DEFAULT_TIMEOUT_S = 30;
export const DEFAULT_MAX_MEMORY_MB = 512;

export interface IsolateOptions extends IngestOptions {
  /** per-file time limit, in seconds (default 30) */
  timeout?: number;
  /** per-file memory budget: the worker's old-generation heap, in MB (default 512) */
  maxMemory?: number;
  /** workers run at once (default 1) */
  jobs?: number;
  logLevel?: string;
  logFormat?: string;
}

/** dist/src/ingest-worker.js, also when this module runs from its TypeScript source (tests). */
function workerFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return path.join(path.dirname(path.dirname(here)), "dist/src/ingest-worker.js");
  return path.join(path.dirname(here), "ingest-worker.js");
}

export class IsolatedIngester {
  private readonly pool: Piscina<WorkerTask, WorkerOutcome>;
  private readonly timeoutS: number;
  private readonly memoryMb: number;

  constructor(private readonly opts: IsolateOptions = {}) {
    this.timeoutS = opts.timeout ?? DEFAULT_TIMEOUT_S;
    this.memoryMb = opts.maxMemory ?? DEFAULT_MAX_MEMORY_MB;
    const jobs = Math.max(1, opts.jobs ?? 1);
    // loaded when a pool is made, so that the CLI's other commands and its help do not load it
    const { Piscina: Pool } = createRequire(import.meta.url)("piscina") as typeof import("piscina");
    this.pool = new Pool<WorkerTask, WorkerOutcome>({
      filename: workerFile(),
      minThreads: 1,
      maxThreads: jobs,
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    });
  }

  /** One file's validated plan; a KehoachError naming the file and the reason otherwise. With bytes (standard input), `file` is only its name. */
  async ingest(file: string, bytes?: Uint8Array): Promise<PlanDocument> {
    const ac = new AbortController();
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      ac.abort();
    }, this.timeoutS * 1000);
    const { timeout: _t, maxMemory: _m, jobs: _j, ...ingestOpts } = this.opts;
    let out: WorkerOutcome;
    try {
      out = await this.pool.run({ file, bytes, ...ingestOpts }, { signal: ac.signal });
    } catch (e) {
      if (timedOut)
        throw new KehoachError("input/timeout", `took longer than ${this.timeoutS} s and was stopped (see --timeout)`, file, { cause: e });
      const code = (e as { code?: string }).code;
      if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(String((e as Error).message)))
        throw new KehoachError("input/memory", `needed more than ${this.memoryMb} MB of memory and was stopped (see --max-memory)`, file, { cause: e });
      throw e;
    } finally {
      clearTimeout(timer);
    }
    if (out.ok) return out.plan;
    if (out.internal) {
      log().debug({ file, stack: out.stack }, "stack");
      throw new Error(out.message);
    }
    throw new KehoachError(out.code, out.message, file);
  }

  private closing: Promise<void> | null = null;

  /** Stops the workers (a file being read fails); closing twice is closing once. */
  close(): Promise<void> {
    return (this.closing ??= this.pool.destroy());
  }
}
