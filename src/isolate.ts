// Every input file is read in a child process that can be stopped (child-pool.ts): a time limit
// per file (stopped past it) and a memory budget (the child's V8 heap, given on its command line as
// --max-old-space-size: the flags of this process are never touched; and its whole resident memory,
// read from /proc, for what lives outside the heap). A runaway file is named with its reason and the
// run goes on: a child that runs out of memory ends alone, where a worker thread could end the whole
// process (see child-pool.ts).
// The time limit counts the CPU time of the child reading the file (Linux: read from /proc every
// 100 ms), so that a machine busy with other work does not stop a file that merely waited for a
// core; wall time stops it at WALL_FACTOR times the limit (a file that waits without working), and
// is the limit itself where no CPU time is told and once OCR starts (tesseract works in threads of
// its own).
// The pool is the one `ingest --jobs` grows into: one child per job.
import fs from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { ChildEnded, ChildPool } from "./child-pool.js";
import { outcomeOfFrame, taskFrame } from "./isolate-frames.js";
import { sayable } from "./i18n/said.js";
import { KehoachError } from "./ground/errors.js";
import { log } from "./log.js";
import type { IngestOptions } from "./pipeline.js";
import type { Made, Wanted, WorkerOutcome, WorkerProgress, WorkerTask } from "./ingest-worker.js";
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

/**
 * What a child may hold in all (resident memory, from /proc) for a heap budget of `mb`: as much
 * again outside the heap (the file's bytes, inflated DOCX parts, pdf.js's and OCR's buffers) and
 * Node's own code and start-up heap (a child with the parsers loaded is about 100 MB).
 */
export const residentLimitMb = (mb: number): number => 2 * mb + 256;

/**
 * The young generation of a child's heap, per semi-space, in MB (V8's default grows to 16): a
 * child reads one file after another and keeps nothing between them, so its short-lived objects
 * are collected in a smaller space. 4 MB took the whole process tree of 1,000 small plans from 170
 * to 139 MB (PSS, README "Measured") at no CPU cost seen; 1 MB gave 120 MB but cost a fifth more
 * CPU on the fixture plans.
 */
export const CHILD_SEMI_SPACE_MB = 4;

/**
 * Where a child's old generation starts (MB): V8 otherwise lets it fill with garbage up to a limit
 * taken from --max-old-space-size before its first full collection, and a child keeps little from
 * one file to the next (about 20 MB live with the parsers loaded). 1,000 small plans read in one
 * process peaked at 107–112 MB with 8 against 125–127 MB without; the fixture plans three times
 * over cost the same CPU (5.01–5.82 s against 5.19–5.93 s, runs in turn, README "Measured").
 */
export const CHILD_INITIAL_OLD_SPACE_MB = 8;

/**
 * glibc's malloc in a child gives memory blocks of this size and over back to the system when they
 * are freed (MALLOC_MMAP_THRESHOLD_, in the child's environment: not a V8 flag). By default the
 * threshold rises to the largest block freed so far, and the large blocks V8's compiler takes while
 * the rules' regular expressions compile (23 MB at the peak in a child) then stay in malloc's heap
 * for the child's life. One child reading 1,000 small plans peaked at 100 MB against 107 MB (64 kB
 * gave 96–100 MB, but its mapping and unmapping of every PDF buffer over 64 kB cost 3–4 % more CPU
 * on PDFs, whole process; README "Measured"). Other C libraries ignore it.
 */
export const CHILD_MMAP_THRESHOLD = 1048576;

const decoder = new TextDecoder();

/** A plan that came back whole, or as its JSON bytes (see MadeBytes): parsed here, into objects that die young. */
function madeOf(out: Extract<WorkerOutcome, { ok: true }>): Made {
  if ("plan" in out) {
    const { ok: _ok, ...result } = out;
    return result;
  }
  const { ok: _ok, planJson, ...rest } = out;
  return { plan: JSON.parse(decoder.decode(planJson)) as PlanDocument, ...rest };
}

/** Whether this system tells a process's CPU time and memory (/proc). */
let procFs: boolean | undefined;
const hasProc = () => (procFs ??= fs.existsSync("/proc/self/stat"));

/** CPU seconds (user + system, all its threads) a child has used, from /proc; null when unknown. */
function cpuSeconds(pid: number): number | null {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, "latin1");
    // the fields after "(name)": state is field 3, utime 14, stime 15
    const f = stat.slice(stat.lastIndexOf(")") + 2).split(" ");
    const ticks = Number(f[11]) + Number(f[12]);
    return Number.isFinite(ticks) ? ticks / TICKS : null;
  } catch {
    return null;
  }
}

/** A child's resident memory in MB, from /proc; null when unknown. */
function residentMb(pid: number): number | null {
  try {
    const kb = /VmRSS:\s*(\d+)/.exec(fs.readFileSync(`/proc/${pid}/status`, "latin1"))?.[1];
    return kb ? Number(kb) / 1024 : null;
  } catch {
    return null;
  }
}

export interface IsolateOptions extends IngestOptions {
  /** per-file time limit, in seconds (default 30) */
  timeout?: number;
  /** seconds added to a file's limit for each page OCR reads (default 60) */
  ocrPageTimeout?: number;
  /** per-file memory budget: the child's V8 heap, in MB (default 512); its whole memory may reach residentLimitMb of it */
  maxMemory?: number;
  /** files read at once, each in its child process (default 1) */
  jobs?: number;
  logLevel?: string;
  logFormat?: string;
}

/** dist/src/ingest-child.js, also when this module runs from its TypeScript source (tests). */
function childFile(): string {
  const here = fileURLToPath(import.meta.url);
  if (here.endsWith(".ts")) return path.join(path.dirname(path.dirname(here)), "dist/src/ingest-child.js");
  return path.join(path.dirname(here), "ingest-child.js");
}

export class IsolatedIngester {
  private poolOf: ChildPool<WorkerTask, WorkerOutcome, WorkerProgress> | null = null;
  private readonly timeoutS: number;
  private readonly ocrPageS: number;
  private readonly memoryMb: number;

  constructor(private readonly opts: IsolateOptions = {}) {
    this.timeoutS = opts.timeout ?? DEFAULT_TIMEOUT_S;
    this.ocrPageS = opts.ocrPageTimeout ?? DEFAULT_OCR_PAGE_TIMEOUT_S;
    this.memoryMb = opts.maxMemory ?? DEFAULT_MAX_MEMORY_MB;
  }

  /**
   * The pool, made when the first file needs parsing: a run whose files are all unchanged (or all
   * refused before parsing) starts no child process.
   */
  private get pool(): ChildPool<WorkerTask, WorkerOutcome, WorkerProgress> {
    if (this.poolOf) return this.poolOf;
    // a fixed text: said in Vietnamese by fixedErrors of src/i18n/vi.ts
    if (this.closing) throw new Error("the run was stopped before this file was read");
    // the heap budget on the child's own command line (this process's flags are never changed)
    return (this.poolOf = new ChildPool(childFile(), {
      max: Math.max(1, this.opts.jobs ?? 1),
      execArgv: [
        `--max-old-space-size=${Math.max(16, Math.round(this.memoryMb))}`,
        `--max-semi-space-size=${CHILD_SEMI_SPACE_MB}`,
        `--initial-old-space-size=${CHILD_INITIAL_OLD_SPACE_MB}`,
      ],
      // a threshold the user set is theirs
      env: { MALLOC_MMAP_THRESHOLD_: String(CHILD_MMAP_THRESHOLD), ...process.env },
      task: taskFrame,
      reply: outcomeOfFrame,
    }));
  }

  /** One file's validated plan; a KehoachError naming the file and the reason otherwise. With bytes (standard input), `file` is only its name. */
  async ingest(file: string, bytes?: Uint8Array): Promise<PlanDocument> {
    return (await this.make(file, bytes)).plan;
  }

  /**
   * One file's plan and, with `want`, what the caller will write of it made in the child as UTF-8
   * bytes (the JSON file, the JSON line, the text): the plan then comes without its text, so that a
   * large text is not turned into JSON again here.
   */
  async make(file: string, bytes?: Uint8Array, want?: Wanted): Promise<Made> {
    const ac = new AbortController();
    let stopped: "time" | "memory" | null = null;
    let limitS = this.timeoutS;
    const t0 = performance.now();
    const stop = (why: "time" | "memory") => {
      stopped = why;
      ac.abort();
    };
    // wall time: ten times the limit where the child's CPU time is the limit (a child that starts
    // slowly on a busy machine is not stopped before it reads the file), the limit itself where it
    // cannot be, and once OCR starts
    let timer = setTimeout(() => stop("time"), limitS * (hasProc() ? WALL_FACTOR : 1) * 1000);
    const wallFrom = (seconds: number) => {
      clearTimeout(timer);
      timer = setTimeout(() => stop("time"), Math.max(0, seconds * 1000 - (performance.now() - t0)));
    };
    let poll: ReturnType<typeof setInterval> | undefined;
    let byCpu = true;
    const residentMax = residentLimitMb(this.memoryMb);
    const onStart = (pid: number) => {
      const cpu0 = cpuSeconds(pid);
      if (cpu0 === null) {
        byCpu = false;
        wallFrom(limitS);
      }
      poll = setInterval(() => {
        if (byCpu) {
          const cpu = cpuSeconds(pid);
          if (cpu !== null && cpu - cpu0! > limitS) return stop("time");
        }
        const mb = residentMb(pid);
        if (mb !== null && mb > residentMax) stop("memory");
      }, 100);
      poll.unref();
    };
    // the child says when OCR starts and on how many pages: the limit grows by --ocr-timeout a
    // page, in wall time (the OCR threads are not the one watched)
    const onProgress = (m: WorkerProgress) => {
      if (stopped || !m.ocrPages) return;
      byCpu = false;
      limitS += m.ocrPages * this.ocrPageS;
      wallFrom(limitS);
    };
    const { timeout: _t, maxMemory: _m, jobs: _j, ocrPageTimeout: _o, onOcr: _c, ...ingestOpts } = this.opts;
    let out: WorkerOutcome;
    try {
      out = await this.pool.run({ file, bytes, want, ...ingestOpts }, { signal: ac.signal, onStart, onProgress });
    } catch (e) {
      if (stopped === "time")
        throw limitS > this.timeoutS
          ? sayable("input/timeout", file, "timeoutOcr", [Math.round(limitS), this.timeoutS, this.ocrPageS], e)
          : sayable("input/timeout", file, "timeout", [this.timeoutS], e);
      if (stopped === "memory" || (e instanceof ChildEnded && e.outOfMemory)) throw sayable("input/memory", file, "memory", [this.memoryMb], e);
      if (e instanceof ChildEnded) {
        // another end of the child (a crash in native code, the kernel's out-of-memory killer, a
        // library's process.exit, a broken channel): the file named with how it ended; the next
        // file starts a new child
        log().debug({ file, fatal: e.fatal }, "child ended");
        if (e.channel !== null) throw sayable("input/reader-ended", file, "readerLost", [e.channel], e);
        throw sayable("input/reader-ended", file, "readerEnded", [e.signal, e.exitCode], e);
      }
      throw e;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
    }
    if (out.ok) return madeOf(out);
    if (out.internal) {
      // an internal invariant broken in the reader: said as "lỗi nội bộ" (internalError) with its words
      log().debug({ file, stack: out.stack }, "stack");
      throw new Error(out.message);
    }
    // what the child found, said in the language by the key it carried across (a structured clone)
    throw new KehoachError(out.code, out.message, file, { say: out.say });
  }

  private closing: Promise<void> | null = null;

  /** Stops the children (a file being read fails); closing twice is closing once. */
  close(): Promise<void> {
    return (this.closing ??= this.poolOf ? this.poolOf.close() : Promise.resolve());
  }
}
