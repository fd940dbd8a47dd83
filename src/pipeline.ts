// ingest(bytes, fileName) -> PlanDocument: detect -> parse -> rules -> validate.
// Each arrow is a plain function; nothing after the parser knows the format.
import { createHash } from "node:crypto";
import path from "node:path";
import { KehoachError } from "./ground/errors.js";
import { log } from "./log.js";
import { readInput } from "./read-input.js";
import type { DocModel, OcrMode } from "./ground/model.js";
import { placeAll } from "./locate.js";
import { parseBytes } from "../parsers/index.js";
import { runRules } from "../rules/index.js";
import { PlanDocument } from "../schemas/plan.js";

export interface IngestOptions {
  password?: string;
  /** largest input file read, in bytes (default 100 MB) */
  maxSize?: number;
  /** largest PDF read, in pages (default 2,000) */
  maxPages?: number;
  /** OCR of scanned PDF pages (ParseOptions.ocr): "auto" (default), "on", "off" */
  ocr?: OcrMode;
  /** told how many pages OCR will read, before it starts */
  onOcr?: (pages: number) => void;
  /**
   * the bytes are this call's own (a worker's copy): once parsed, their memory is let go (the
   * buffer detached), so that a large file is not held beside its text for the rest of the work
   */
  releaseBytes?: boolean;
}

export async function parseFile(bytes: Uint8Array, fileName: string, opts: IngestOptions = {}): Promise<DocModel> {
  return parseBytes(bytes, { fileName, password: opts.password, maxPages: opts.maxPages, ocr: opts.ocr, onOcr: opts.onOcr });
}

/** Turns one file's bytes into a validated PlanDocument. Throws KehoachError for a bad input. */
export async function ingestBytes(bytes: Uint8Array, fileName: string, opts: IngestOptions = {}): Promise<PlanDocument> {
  const t0 = performance.now();
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const doc = await parseFile(bytes, fileName, opts);
  // (not a buffer Node's pool may share: those are under 4 KiB)
  if (opts.releaseBytes && bytes.byteLength >= 65536 && !(bytes.buffer instanceof SharedArrayBuffer)) structuredClone(bytes.buffer, { transfer: [bytes.buffer] });
  const t1 = performance.now();
  const extracted = placeAll(runRules(doc), doc);
  const plan = {
    schemaVersion: 1 as const,
    source: {
      file: path.basename(fileName),
      format: doc.format,
      sha256,
      pages: doc.pages,
      text: doc.text,
      ...(doc.format === "pdf" ? { pageStarts: pageStarts(doc) } : {}),
    },
    ...extracted,
  };
  const checked = PlanDocument.safeParse(plan);
  if (!checked.success) {
    // A bug of ours, not of the input: say where the output broke the contract (an internal
    // invariant, in English: the CLI reports it as a bug with its stack in the debug log).
    throw new Error(`output does not match the contract: ${checked.error.message}`);
  }
  log().debug({ file: fileName, parseMs: +(t1 - t0).toFixed(1), rulesMs: +(performance.now() - t1).toFixed(1) }, "ingested");
  return checked.data;
}

export async function ingestFile(file: string, opts: IngestOptions = {}): Promise<PlanDocument> {
  // a regular file only, read once, within the size limit, unchanged during the read
  const bytes = readInput(file, { maxSize: opts.maxSize });
  try {
    return await ingestBytes(bytes, file, opts);
  } catch (e) {
    if (e instanceof KehoachError && !e.file) throw new KehoachError(e.code, e.message, file, { cause: e, say: e.say });
    throw e;
  }
}

/** The offsets where the page changes from one block to the next (PDF). */
function pageStarts(doc: DocModel): Array<{ page: number; start: number }> {
  const out: Array<{ page: number; start: number }> = [];
  for (const b of doc.blocks) {
    if (b.page === null) continue;
    if (out.length === 0 || out[out.length - 1].page !== b.page) out.push({ page: b.page, start: out.length === 0 ? 0 : b.start });
  }
  return out;
}
