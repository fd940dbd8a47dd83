// The zip container of a DOCX: its central directory (declared sizes, read without inflating),
// a bomb check on those sizes, and the inflater that counts the bytes it actually produces.
import zlib from "node:zlib";
import { KehoachError } from "../../src/ground/errors.js";
import { sayable, type ZipProblem } from "../../src/i18n/said.js";
import { MAX_PART_UNCOMPRESSED, MAX_RATIO, MAX_TOTAL_UNCOMPRESSED, RATIO_MIN_SIZE } from "./thresholds.js";

// Sizes of the zip format's records (APPNOTE.TXT), not thresholds: the fixed part of each record.
/** a local file header (4.3.7) */
const LOCAL_HEADER = 30;
/** a central directory file header (4.3.12) */
const CENTRAL_HEADER = 46;
/** the ZIP64 end of central directory record (4.3.14) */
const ZIP64_EOCD = 56;
/** an extra field's id and length (4.5.1) */
const EXTRA_HEADER = 4;
/** the compression method "deflated" (4.4.5) */
const DEFLATED = 8;

export interface ZipEntry {
  name: string;
  method: number;
  flags: number;
  compressed: number;
  size: number;
  offset: number; // of its local header
}

const u16 = (b: Uint8Array, o: number) => b[o] | (b[o + 1] << 8);
const u32 = (b: Uint8Array, o: number) => (b[o] | (b[o + 1] << 8) | (b[o + 2] << 16) | (b[o + 3] << 24)) >>> 0;
const u64 = (b: Uint8Array, o: number) => u32(b, o) + u32(b, o + 4) * 2 ** 32;

/** Reads the central directory (sizes as declared), without inflating anything. */
export function readZipDirectory(b: Uint8Array, fileName: string): ZipEntry[] | null {
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  const minPos = Math.max(0, b.length - 22 - 0xffff);
  let eocd = -1;
  for (let i = b.length - 22; i >= minPos; i--) {
    if (u32(b, i) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return null;
  let count = u16(b, eocd + 10);
  let cdOffset = u32(b, eocd + 16);
  if (cdOffset === 0xffffffff || count === 0xffff) {
    // ZIP64: the locator is just before the EOCD record.
    const loc = eocd - 20;
    if (loc < 0 || u32(b, loc) !== 0x07064b50) return null;
    const z = u64(b, loc + 8);
    if (z + ZIP64_EOCD > b.length || u32(b, z) !== 0x06064b50) return null;
    count = u64(b, z + 32);
    cdOffset = u64(b, z + 48);
  }
  const entries: ZipEntry[] = [];
  let p = cdOffset;
  for (let n = 0; n < count; n++) {
    if (p + CENTRAL_HEADER > b.length || u32(b, p) !== 0x02014b50)
      throw sayable("docx/corrupt", fileName, "docxDirectory", []);
    const flags = u16(b, p + 8);
    const method = u16(b, p + 10);
    let compressed = u32(b, p + 20);
    let size = u32(b, p + 24);
    let offset = u32(b, p + 42);
    const nameLen = u16(b, p + 28);
    const extraLen = u16(b, p + 30);
    const commentLen = u16(b, p + 32);
    const name = Buffer.from(b.subarray(p + CENTRAL_HEADER, p + CENTRAL_HEADER + nameLen)).toString("utf8");
    // ZIP64 extra field: the 64-bit sizes, in this order, for the fields that are 0xFFFFFFFF.
    let e = p + CENTRAL_HEADER + nameLen;
    const eEnd = e + extraLen;
    while (e + EXTRA_HEADER <= eEnd) {
      const id = u16(b, e);
      const len = u16(b, e + 2);
      if (id === 0x0001) {
        let q = e + EXTRA_HEADER;
        if (size === 0xffffffff) { size = u64(b, q); q += 8; }
        if (compressed === 0xffffffff) { compressed = u64(b, q); q += 8; }
        if (offset === 0xffffffff) offset = u64(b, q);
      }
      e += EXTRA_HEADER + len;
    }
    entries.push({ name, method, flags, compressed, size, offset });
    p += CENTRAL_HEADER + nameLen + extraLen + commentLen;
  }
  return entries;
}

export function checkBomb(entries: ZipEntry[], fileName: string): void {
  const total = entries.reduce((n, e) => n + e.size, 0);
  if (total > MAX_TOTAL_UNCOMPRESSED)
    throw sayable("docx/zip-bomb", fileName, "zipBombTotal", [Math.round(total / 1048576), MAX_TOTAL_UNCOMPRESSED / 1048576]);
  for (const e of entries) {
    const ratio = e.size / Math.max(1, e.compressed);
    if (e.size > RATIO_MIN_SIZE && ratio > MAX_RATIO)
      throw sayable("docx/zip-bomb", fileName, "zipBombRatio", [e.name, e.size, e.compressed, Math.round(ratio)]);
  }
}

/**
 * Inflates the wanted parts, counting the bytes actually produced (declared sizes
 * can lie): a part past MAX_PART_UNCOMPRESSED, or all parts together past
 * MAX_TOTAL_UNCOMPRESSED, is refused as soon as the inflater reaches the limit.
 */
export class ZipReader {
  private inflated = 0;
  private readonly byName = new Map<string, ZipEntry>();
  constructor(private readonly bytes: Uint8Array, entries: ZipEntry[], private readonly fileName: string) {
    for (const e of entries) if (!this.byName.has(e.name)) this.byName.set(e.name, e);
  }

  has(name: string): boolean {
    return this.byName.has(name);
  }

  read(names: Iterable<string>): Record<string, Uint8Array> {
    const out: Record<string, Uint8Array> = {};
    for (const name of names) {
      const e = this.byName.get(name);
      if (e) out[name] = this.inflate(e);
    }
    return out;
  }

  /** A damaged part: what is wrong (said by the catalogue in the reader's language), the part, the inflater's words. */
  private corrupt(why: ZipProblem, part: string, detail = "", cause?: unknown): KehoachError {
    return sayable("docx/corrupt", this.fileName, "docxCorrupt", [why, part, detail], cause);
  }

  private inflate(e: ZipEntry): Uint8Array {
    const b = this.bytes;
    const h = e.offset;
    if (h + LOCAL_HEADER > b.length || u32(b, h) !== 0x04034b50) throw this.corrupt("no-header", e.name);
    const start = h + LOCAL_HEADER + u16(b, h + 26) + u16(b, h + 28);
    if (start + e.compressed > b.length) throw this.corrupt("cut-short", e.name);
    const data = b.subarray(start, start + e.compressed);
    const limit = Math.min(MAX_PART_UNCOMPRESSED, MAX_TOTAL_UNCOMPRESSED - this.inflated);
    let out: Uint8Array;
    if (e.method === 0) out = data;
    else if (e.method === DEFLATED) {
      try {
        // maxOutputLength: zlib stops as soon as the output passes the limit (actual bytes, not declared)
        out = zlib.inflateRawSync(data, { maxOutputLength: limit + 1 });
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code === "ERR_BUFFER_TOO_LARGE") this.tooBig(e, limit, err);
        throw this.corrupt("inflate", e.name, (err as Error).message, err);
      }
    } else throw this.corrupt("method", e.name, String(e.method));
    if (out.length > limit) this.tooBig(e, limit);
    this.inflated += out.length;
    return out;
  }

  private tooBig(e: ZipEntry, limit: number, cause?: unknown): never {
    const whole = limit < MAX_PART_UNCOMPRESSED;
    throw whole
      ? sayable("docx/zip-bomb", this.fileName, "zipBombWhole", [MAX_TOTAL_UNCOMPRESSED / 1048576, e.name], cause)
      : sayable("docx/zip-bomb", this.fileName, "zipBombPart", [e.name, MAX_PART_UNCOMPRESSED / 1048576, e.size], cause);
  }
}
