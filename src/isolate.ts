// Every input file is read in a worker thread that can be stopped: a time limit
// per file (stopped past it) and a memory budget (the worker's V8 heap limit,
// through the Worker API's resourceLimits; the main process's flags are never
// touched). A runaway file is named with its reason and the run goes on.
// The pool (piscina) is the one `ingest --jobs` grows into: one worker per job.
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { Piscina } from "piscina";
import { KehoachError } from "./errors.js";
import { sayable } from "./i18n/said.js";
import { log } from "./log.js";
import type { IngestOptions } from "./pipeline.js";
import type { WorkerOutcome, WorkerTask } from "./ingest-worker.js";
import type { PlanDocument } from "../schemas/plan.js";

export const DEFAULT_TIMEOUT_S = 30;
/**
 * Time added to a file's limit for each page OCR reads (a scan): tesseract takes 3–5 s of CPU a
 * page at 200 dpi on the 2-core machine, and 12–20 s of wall time while other work loads it.
 */
export const DEFAULT_OCR_PAGE_TIMEOUT_S = 60;
export const DEFAULT_MAX_MEMORY_MB = 512;

export interface IsolateOptions extends IngestOptions {
  /** per-file time limit, in seconds (default 30) */
  timeout?: number;
  /** seconds added to a file's limit for each page OCR reads (default 60) */
  ocrPageTimeout?: number;
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
  private readonly ocrPageS: number;
  private readonly memoryMb: number;

  constructor(private readonly opts: IsolateOptions = {}) {
    this.timeoutS = opts.timeout ?? DEFAULT_TIMEOUT_S;
    this.ocrPageS = opts.ocrPageTimeout ?? DEFAULT_OCR_PAGE_TIMEOUT_S;
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
    let limitS = this.timeoutS;
    const t0 = performance.now();
    const stop = () => {
      timedOut = true;
      ac.abort();
    };
    let timer = setTimeout(stop, limitS * 1000);
    // the worker says when OCR starts and on how many pages: the limit grows by --ocr-timeout a page
    const { port1, port2 } = new MessageChannel();
    port1.on("message", (m: { ocrPages?: number }) => {
      if (!m.ocrPages || timedOut) return;
      limitS += m.ocrPages * this.ocrPageS;
      clearTimeout(timer);
      timer = setTimeout(stop, Math.max(0, limitS * 1000 - (performance.now() - t0)));
    });
    const { timeout: _t, maxMemory: _m, jobs: _j, ocrPageTimeout: _o, onOcr: _c, ...ingestOpts } = this.opts;
    let out: WorkerOutcome;
    try {
      out = await this.pool.run({ file, bytes, ...ingestOpts, progress: port2 }, { signal: ac.signal, transferList: [port2] as never });
    } catch (e) {
      if (timedOut)
        throw limitS > this.timeoutS
          ? sayable("input/timeout", file, "timeoutOcr", [Math.round(limitS), this.timeoutS, this.ocrPageS], e)
          : sayable("input/timeout", file, "timeout", [this.timeoutS], e);
      const code = (e as { code?: string }).code;
      if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(String((e as Error).message)))
        throw sayable("input/memory", file, "memory", [this.memoryMb], e);
      throw e;
    } finally {
      clearTimeout(timer);
      port1.close();
    }
    if (out.ok) return out.plan;
    if (out.internal) {
      log().debug({ file, stack: out.stack }, "stack");
      throw new Error(out.message);
    }
    // what the worker found, said in the language by the key it carried across (a structured clone)
    throw new KehoachError(out.code, out.message, file, { say: out.say });
  }

  private closing: Promise<void> | null = null;

  /** Stops the workers (a file being read fails); closing twice is closing once. */
  close(): Promise<void> {
    return (this.closing ??= this.pool.destroy());
  }
}
