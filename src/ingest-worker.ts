// The worker side of isolate.ts: one file per task, read, parsed, ruled and
// validated in a worker thread that the main thread can stop. The outcome is
// plain data (an Error's class does not cross threads).
import type { MessagePort } from "node:worker_threads";
import { KehoachError, type Said } from "./errors.js";
import { sayable } from "./i18n/said.js";
import { configureLog } from "./log.js";
import { ingestBytes, ingestFile, type IngestOptions } from "./pipeline.js";
import type { PlanDocument } from "../schemas/plan.js";

export interface WorkerTask extends IngestOptions {
  file: string;
  /** the bytes, when they were read by the main thread (standard input); `file` is then their name */
  bytes?: Uint8Array;
  logLevel?: string;
  logFormat?: string;
  /** where the worker tells the main thread that OCR starts, and on how many pages (isolate.ts) */
  progress?: MessagePort;
}

export type WorkerOutcome =
  | { ok: true; plan: PlanDocument }
  | { ok: false; code: string; message: string; say?: Said; internal: boolean; stack?: string };

// A library may reject a promise nobody awaits (pdf.js's XRefEntryException on a
// damaged cross-reference table): it belongs to the file being read, which fails
// with it, instead of the thread (and, before, the whole run).
let failCurrent: ((e: unknown) => void) | null = null;
process.on("unhandledRejection", (e) => failCurrent?.(e));

let level: string | undefined;
let format: string | undefined;

export default async function ingestTask(task: WorkerTask): Promise<WorkerOutcome> {
  if (task.logLevel !== level || task.logFormat !== format) configureLog({ level: (level = task.logLevel), format: (format = task.logFormat) });
  const stray = new Promise<never>((_, reject) => (failCurrent = reject));
  const { progress, ...rest } = task;
  const opts = { ...rest, onOcr: progress ? (pages: number) => progress.postMessage({ ocrPages: pages }) : undefined };
  try {
    const plan = await Promise.race([task.bytes ? ingestBytes(task.bytes, task.file, opts) : ingestFile(task.file, opts), stray]);
    return { ok: true, plan };
  } catch (e) {
    const said = (k: KehoachError): WorkerOutcome => ({ ok: false, code: k.code, message: k.message, say: k.say, internal: false });
    if (e instanceof KehoachError) return said(e);
    const err = e instanceof Error ? e : new Error(String(e));
    if (err instanceof RangeError && /call stack/i.test(err.message)) return said(sayable("input/too-deep", null, "tooDeep", []));
    if (/Exception$/.test(err.name))
      // pdf.js names its errors *Exception: the bytes are bad, not our code
      return said(sayable("input/damaged", null, "damagedFile", [err.message.slice(0, 120)]));
    return { ok: false, code: "internal", message: err.message, internal: true, stack: err.stack };
  } finally {
    progress?.close();
    failCurrent = null;
    stray.catch(() => undefined);
  }
}
