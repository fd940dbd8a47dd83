// The worker side of isolate.ts: one file per task, read, parsed, ruled and validated in a child
// process (ingest-child.ts) that the main process can stop. The outcome is plain data (an Error's
// class does not cross processes).
import { KehoachError, type Said } from "./ground/errors.js";
import { libraryError } from "./i18n/library.js";
import { sayable } from "./i18n/said.js";
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
  /**
   * What the main thread will write, made here: the plan then comes back without its text (which
   * may be tens of megabytes), and these as UTF-8 bytes (a structured clone of bytes is a copy).
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

/** What the worker tells while it works: OCR starts, on this many pages (isolate.ts lengthens the time limit). */
export interface WorkerProgress {
  ocrPages: number;
}

/**
 * What crosses from the child when `want` was given: the plan as the UTF-8 bytes of its compact JSON
 * (without its text), not as an object graph. An object graph that arrives by Node's "advanced"
 * serialization is held by the deserializer until a later garbage collection (the V8 deserializer
 * lives as long as its JS wrapper, which dies young but is collected one collection later), so in
 * the main process every plan survived a young-generation collection: V8 grows the young generation
 * of a process whose objects survive, and the main process of a 10,000-file run held a young
 * generation of 16 MB semi-spaces (about 37 MB more than with 1 MB, README "Memory"). Bytes are one
 * object to V8; JSON.parse in the main process makes objects that die young.
 */
export interface MadeBytes {
  planJson: Uint8Array;
  json?: Uint8Array[];
  line?: Uint8Array[];
  text?: Uint8Array;
}

export type WorkerOutcome =
  | ({ ok: true } & (Made | MadeBytes))
  | { ok: false; code: string; message: string; say?: Said; internal: boolean; stack?: string };

// A library may reject a promise nobody awaits (pdf.js's XRefEntryException on a
// damaged cross-reference table): it belongs to the file being read, which fails
// with it, instead of the thread (and, before, the whole run).
let failCurrent: ((e: unknown) => void) | null = null;
process.on("unhandledRejection", (e) => failCurrent?.(e));

let level: string | undefined;
let format: string | undefined;

const encoder = new TextEncoder();

/** The plan, with what was wanted of it, made while its text is here once. */
function made(plan: PlanDocument, want: Wanted | undefined): Made | MadeBytes {
  if (!want) return { plan };
  const text = plan.source.text;
  const json = want.json ? planJsonPieces(plan, { pretty: true }) : undefined;
  const line = want.line ? planJsonPieces(plan, { pretty: false }) : undefined;
  const bytes = want.text && text !== undefined ? encoder.encode(text) : undefined;
  const { text: _text, ...source } = plan.source;
  return { planJson: encoder.encode(JSON.stringify({ ...plan, source })), json, line, text: bytes };
}

/** One file's outcome; `tell` carries what the worker says while it works. */
export async function outcomeOf(task: WorkerTask, tell?: (p: WorkerProgress) => void): Promise<WorkerOutcome> {
  if (task.logLevel !== level || task.logFormat !== format) configureLog({ level: (level = task.logLevel), format: (format = task.logFormat) });
  const stray = new Promise<never>((_, reject) => (failCurrent = reject));
  const { want, ...rest } = task;
  const opts = { ...rest, releaseBytes: true, onOcr: tell ? (pages: number) => tell({ ocrPages: pages }) : undefined };
  try {
    const plan = await Promise.race([task.bytes ? ingestBytes(task.bytes, task.file, opts) : ingestFile(task.file, opts), stray]);
    return { ok: true, ...made(plan, want) };
  } catch (e) {
    const said = (k: KehoachError): WorkerOutcome => ({ ok: false, code: k.code, message: k.message, say: k.say, internal: false });
    if (e instanceof KehoachError) return said(e);
    const err = e instanceof Error ? e : new Error(String(e));
    if (err instanceof RangeError && /call stack/i.test(err.message)) return said(sayable("input/too-deep", null, "tooDeep", []));
    if (/Exception$/.test(err.name))
      // pdf.js names its errors *Exception: the bytes are bad, not our code
      return said(libraryError(err, null) ?? sayable("pdf/damaged", null, "pdfDamaged", [err.message.slice(0, 120)]));
    return { ok: false, code: "internal", message: err.message, internal: true, stack: err.stack };
  } finally {
    failCurrent = null;
    stray.catch(() => undefined);
  }
}
