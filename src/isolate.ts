// Every input file is read in a worker thread that can be stopped: a time limit
// per file (stopped past it) and a memory budget (the worker's V8 heap limit,
// through the Worker API's resourceLimits; the main process's flags are never
// touched). A runaway file is named with its reason and the run goes on.
// The time limit counts the CPU time of the thread reading the file (Linux: read from
// /proc every 100 ms), so that a machine busy with other work does not stop a file that
// merely waited for a core; wall time stops it at WALL_FACTOR times the limit (a file
// that waits without working), and is the limit itself where no thread CPU time is told
// and once OCR starts (tesseract works in threads of its own).
// The pool (piscina) is the one `ingest --jobs` grows into: one worker per job.
import fs from "node:fs";
import path from "node:path";
import { MessageChannel } from "node:worker_threads";
import { fileURLToPath } from "node:url";
import { createRequire } from "node:module";
import type { Piscina } from "piscina";
import { KehoachError } from "./errors.js";
import { log } from "./log.js";
import type { IngestOptions } from "./pipeline.js";
import type { Made, Wanted, WorkerOutcome, WorkerTask } from "./ingest-worker.js";
import type { PlanDocument } from "../schemas/plan.js";

export const DEFAULT_TIMEOUT_S = 30;
/**
 * Time added to a file's limit for each page OCR reads (a scan): tesseract takes 3–5 s of CPU a
 * page at 200 dpi on the 2-core machine, and 12–20 s of wall time while other work loads it.
 */
export const DEFAULT_OCR_PAGE_TIMEOUT_S = 60;
export const DEFAULT_MAX_MEMORY_MB = 512;
/** A file is stopped at this many times its time limit in wall time, whatever its CPU time. */
export const WALL_FACTOR = 10;
// the kernel's clock ticks a second in /proc/…/stat (USER_HZ: 100 on Linux)
const TICKS = 100;

/** Neither a PDF ("%PDF-" in its first kilobyte) nor a ZIP (DOCX): a text format. */
function looksText(bytes: Uint8Array): boolean {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) return false;
  return !Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 1024)).includes("%PDF-");
}

/** Whether this system tells a thread's CPU time (/proc/thread-self, Linux 3.17 and later). */
let cpuClock: boolean | undefined;
const hasCpuClock = () => (cpuClock ??= fs.existsSync("/proc/thread-self"));

/** CPU seconds (user + system) a thread of this process has used, from /proc; null when unknown. */
function threadCpuSeconds(tid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/self/task/${tid}/stat`, "latin1");
    // the fields after "(name)": state is field 3, utime 14, stime 15
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(f[11]) + Number(f[12]);
    return Number.isFinite(ticks) ? ticks / TICKS : null;
  } catch {
    return null;
  }
}

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
  private poolOf: Piscina<WorkerTask, WorkerOutcome> | null = null;
  private readonly timeoutS: number;
  private readonly ocrPageS: number;
  private readonly memoryMb: number;

  constructor(private readonly opts: IsolateOptions = {}) {
    this.timeoutS = opts.timeout ?? DEFAULT_TIMEOUT_S;
    this.ocrPageS = opts.ocrPageTimeout ?? DEFAULT_OCR_PAGE_TIMEOUT_S;
    this.memoryMb = opts.maxMemory ?? DEFAULT_MAX_MEMORY_MB;
  }

  /**
   * The pool, started when the first file needs parsing: a run whose files are all unchanged (or
   * all refused before parsing) starts no worker thread and never loads piscina.
   */
  private get pool(): Piscina<WorkerTask, WorkerOutcome> {
    if (this.poolOf) return this.poolOf;
    if (this.closing) throw new Error("the run was stopped before this file was read");
    const { Piscina: Pool } = createRequire(import.meta.url)("piscina") as typeof import("piscina");
    return (this.poolOf = new Pool<WorkerTask, WorkerOutcome>({
      filename: workerFile(),
      minThreads: 1,
      maxThreads: Math.max(1, this.opts.jobs ?? 1),
      idleTimeout: 60_000,
      resourceLimits: { maxOldGenerationSizeMb: this.memoryMb },
    }));
  }

  /** One file's validated plan; a KehoachError naming the file and the reason otherwise. With bytes (standard input), `file` is only its name. */
  async ingest(file: string, bytes?: Uint8Array): Promise<PlanDocument> {
    return (await this.make(file, bytes)).plan;
  }

  /**
   * One file's plan and, with `want`, what the caller will write of it made in the worker as
   * UTF-8 bytes (the JSON file, the JSON line, the text): the plan then comes without its text, so
   * that a large text is neither cloned across threads nor turned into JSON again here. `bytes`
   * of 64 KiB or more are moved to the worker, not copied: the caller must not use them after.
   */
  async make(file: string, bytes?: Uint8Array, want?: Wanted): Promise<Made> {
    // A text (neither a PDF nor a ZIP) is held at least three times its size while it is read (the
    // file as decoded and the document text, as UTF-16 strings): one past a third of the budget is
    // stopped here, before a worker tries. (A worker that meets its heap limit is stopped by V8 and
    // Node, but not always in time: a worker allocating fast past the limit can end the whole
    // process with V8's fatal "heap out of memory", signal 6.)
    if (bytes && bytes.byteLength * 3 > this.memoryMb * 1048576 && looksText(bytes))
      throw new KehoachError("input/memory", `needed more than ${this.memoryMb} MB of memory and was stopped (see --max-memory)`, file);
    const ac = new AbortController();
    let timedOut = false;
    let limitS = this.timeoutS;
    const t0 = performance.now();
    const stop = () => {
      timedOut = true;
      ac.abort();
    };
    // wall time: ten times the limit where the thread's CPU time is the limit (a worker that starts
    // slowly on a busy machine is not stopped before it reads the file), the limit itself where it
    // cannot be, and once OCR starts
    let timer = setTimeout(stop, limitS * (hasCpuClock() ? WALL_FACTOR : 1) * 1000);
    const wallFrom = (seconds: number) => {
      clearTimeout(timer);
      timer = setTimeout(stop, Math.max(0, seconds * 1000 - (performance.now() - t0)));
    };
    let poll: ReturnType<typeof setInterval> | undefined;
    const { port1, port2 } = new MessageChannel();
    port1.on("message", (m: { tid?: number | null; ocrPages?: number }) => {
      if (timedOut) return;
      if (m.tid === null) wallFrom(limitS);
      else if (m.tid) {
        const tid = m.tid;
        const cpu0 = threadCpuSeconds(tid);
        if (cpu0 === null) return wallFrom(limitS);
        poll = setInterval(() => {
          const cpu = threadCpuSeconds(tid);
          if (cpu !== null && cpu - cpu0 > limitS) stop();
        }, 100);
        poll.unref();
      }
      // the worker says when OCR starts and on how many pages: the limit grows by --ocr-timeout a
      // page, in wall time (the OCR threads are not the one watched)
      if (m.ocrPages) {
        clearInterval(poll);
        limitS += m.ocrPages * this.ocrPageS;
        wallFrom(limitS);
      }
    });
    const { timeout: _t, maxMemory: _m, jobs: _j, ocrPageTimeout: _o, onOcr: _c, ...ingestOpts } = this.opts;
    let out: WorkerOutcome;
    try {
      // a large file's bytes are moved (a buffer of its own: the small ones may share Node's pool)
      const move = bytes && bytes.byteLength >= 65536 && bytes.byteOffset === 0 && !(bytes.buffer instanceof SharedArrayBuffer) ? [bytes.buffer] : [];
      out = await this.pool.run({ file, bytes, want, ...ingestOpts, progress: port2 }, { signal: ac.signal, transferList: [port2, ...move] as never });
    } catch (e) {
      if (timedOut)
        throw new KehoachError(
          "input/timeout",
          limitS > this.timeoutS
            ? `took longer than ${Math.round(limitS)} s (${this.timeoutS} s, and ${this.ocrPageS} s a page of OCR) and was stopped (see --timeout, --ocr-timeout)`
            : `took longer than ${this.timeoutS} s and was stopped (see --timeout)`,
          file,
          { cause: e },
        );
      const code = (e as { code?: string }).code;
      if (code === "ERR_WORKER_OUT_OF_MEMORY" || /out of memory/i.test(String((e as Error).message)))
        throw new KehoachError("input/memory", `needed more than ${this.memoryMb} MB of memory and was stopped (see --max-memory)`, file, { cause: e });
      throw e;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
      port1.close();
    }
    if (out.ok) {
      const { ok: _ok, ...result } = out;
      return result;
    }
    if (out.internal) {
      log().debug({ file, stack: out.stack }, "stack");
      throw new Error(out.message);
    }
    throw new KehoachError(out.code, out.message, file);
  }

  private closing: Promise<void> | null = null;

  /** Stops the workers (a file being read fails); closing twice is closing once. */
  close(): Promise<void> {
    return (this.closing ??= this.poolOf ? this.poolOf.destroy() : Promise.resolve());
  }
}
