// The worker side of isolate.ts: one file per task, read, parsed, ruled and
// validated in a worker thread that the main thread can stop. The outcome is
// plain data (an Error's class does not cross threads).
import fs from "node:fs";
import type { MessagePort } from "node:worker_threads";
import { move, transferableSymbol, valueSymbol } from "piscina";
import { KehoachError } from "./errors.js";
import { configureLog } from "./log.js";
import { ingestBytes, ingestFile, type IngestOptions } from "./pipeline.js";
import { planJsonPieces } from "./plan-bytes.js";
import type { PlanDocument } from "../schemas/plan.js";

export interface WorkerTask extends IngestOptions {
  file: string;
  /** the bytes, when they were read by the main thread (standard input); `file` is then their name */
  bytes?: Uint8Array;
  logLevel?: string;
  logFormat?: string;
  /** where the worker tells the main thread that OCR starts, and on how many pages (isolate.ts) */
  progress?: MessagePort;
  /**
   * What the main thread will write, made here: the plan then comes back without its text (which
   * may be tens of megabytes), and these as UTF-8 bytes moved (not copied) to the main thread.
   * Without it the plan comes back whole.
   */
  want?: Wanted;
}

export interface Wanted {
  /** the JSON file (two-space indent) */
  json?: boolean;
  /** the JSON line of --stdout */
  line?: boolean;
  /** the text (source.text), for the database */
  text?: boolean;
}

/** A plan and what was wanted of it (`plan.source.text` left out when `want` was given). */
export interface Made {
  plan: PlanDocument;
  json?: Uint8Array[];
  line?: Uint8Array[];
  text?: Uint8Array;
}

export type WorkerOutcome =
  | ({ ok: true } & Made)
  | { ok: false; code: string; message: string; internal: boolean; stack?: string };

// A library may reject a promise nobody awaits (pdf.js's XRefEntryException on a
// damaged cross-reference table): it belongs to the file being read, which fails
// with it, instead of the thread (and, before, the whole run).
let failCurrent: ((e: unknown) => void) | null = null;
process.on("unhandledRejection", (e) => failCurrent?.(e));

let level: string | undefined;
let format: string | undefined;

// This thread's id in the kernel (Linux: /proc/thread-self is /proc/PID/task/TID), or null: the main
// thread reads this thread's CPU time from /proc to apply --timeout to it (isolate.ts).
let tid: number | null | undefined;
function threadId(): number | null {
  if (tid === undefined) {
    try {
      tid = Number(/task\/(\d+)$/.exec(fs.readlinkSync("/proc/thread-self"))?.[1] ?? NaN) || null;
    } catch {
      tid = null;
    }
  }
  return tid;
}

export default async function ingestTask(task: WorkerTask): Promise<WorkerOutcome> {
  const out = await outcomeOf(task);
  if (!out.ok || !task.want) return out;
  // the bytes are moved to the main thread (a transfer list), not cloned
  const buffers = [...(out.json ?? []), ...(out.line ?? []), ...(out.text ? [out.text] : [])].map((b) => b.buffer);
  return move({ [transferableSymbol]: buffers, [valueSymbol]: out }) as unknown as WorkerOutcome;
}

/** The plan, with what was wanted of it, made while its text is here once. */
function made(plan: PlanDocument, want: Wanted | undefined): Made {
  if (!want) return { plan };
  const text = plan.source.text;
  const json = want.json ? planJsonPieces(plan, { pretty: true }) : undefined;
  const line = want.line ? planJsonPieces(plan, { pretty: false }) : undefined;
  const bytes = want.text && text !== undefined ? new TextEncoder().encode(text) : undefined;
  const { text: _text, ...source } = plan.source;
  return { plan: { ...plan, source }, json, line, text: bytes };
}

async function outcomeOf(task: WorkerTask): Promise<WorkerOutcome> {
  if (task.logLevel !== level || task.logFormat !== format) configureLog({ level: (level = task.logLevel), format: (format = task.logFormat) });
  const stray = new Promise<never>((_, reject) => (failCurrent = reject));
  const { progress, want, ...rest } = task;
  progress?.postMessage({ tid: threadId() });
  const opts = { ...rest, releaseBytes: true, onOcr: progress ? (pages: number) => progress.postMessage({ ocrPages: pages }) : undefined };
  try {
    const plan = await Promise.race([task.bytes ? ingestBytes(task.bytes, task.file, opts) : ingestFile(task.file, opts), stray]);
    return { ok: true, ...made(plan, want) };
  } catch (e) {
    if (e instanceof KehoachError) return { ok: false, code: e.code, message: e.message, internal: false };
    const err = e instanceof Error ? e : new Error(String(e));
    if (err instanceof RangeError && /call stack/i.test(err.message))
      return { ok: false, code: "input/too-deep", message: "nested too deeply to be read (the reader ran out of stack)", internal: false };
    if (/Exception$/.test(err.name))
      // pdf.js names its errors *Exception: the bytes are bad, not our code
      return { ok: false, code: "input/damaged", message: `the file is damaged and cannot be read (${err.message.slice(0, 120)})`, internal: false };
    return { ok: false, code: "internal", message: err.message, internal: true, stack: err.stack };
  } finally {
    progress?.close();
    failCurrent = null;
    stray.catch(() => undefined);
  }
}
