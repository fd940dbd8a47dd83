// Reads one input file once, into a buffer, with bounds: only a regular file (a FIFO,
// a device such as /dev/zero, a directory or a socket is refused before a byte is
// read, and never blocks: the file is opened non-blocking and checked with fstat on
// the open descriptor), no larger than the size limit, and not changed while it was
// read (its size and mtime after the read must be those before it).
import fs from "node:fs";
import { KehoachError } from "./ground/errors.js";
import { sayable } from "./i18n/said.js";

/** Default size limit of one input file (the CLI's --max-size, in MB). */
export const DEFAULT_MAX_SIZE_MB = 100;

export interface ReadLimits {
  /** bytes; default DEFAULT_MAX_SIZE_MB */
  maxSize?: number;
}

const mb = (n: number) => `${+(n / 1048576).toFixed(1)} MB`;

function kindOf(st: fs.Stats): string {
  if (st.isDirectory()) return "is a directory";
  if (st.isFIFO()) return "is a named pipe (FIFO), not a regular file";
  if (st.isSocket()) return "is a socket, not a regular file";
  if (st.isCharacterDevice() || st.isBlockDevice()) return "is a device, not a regular file";
  return "is not a regular file";
}

function openError(e: unknown, file: string): KehoachError {
  const code = (e as NodeJS.ErrnoException).code;
  const reason =
    code === "ENOENT" ? "no such file" : code === "EISDIR" ? "is a directory" : code === "EACCES" ? "permission denied" : code === "ENXIO" ? "is a socket or device, not a regular file" : null;
  return reason ? new KehoachError("input/unreadable", reason, file, { cause: e }) : sayable("input/unreadable", file, "cannotRead", [code ?? String(e)], e);
}

/** The bytes of a regular file, read once. Throws KehoachError with the reason otherwise. */
export function readInput(file: string, limits: ReadLimits = {}): Buffer {
  const maxSize = limits.maxSize ?? DEFAULT_MAX_SIZE_MB * 1048576;
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO with no writer would otherwise wait forever
    fd = fs.openSync(file, fs.constants.O_RDONLY | (fs.constants.O_NONBLOCK ?? 0));
  } catch (e) {
    throw openError(e, file);
  }
  try {
    const before = fs.fstatSync(fd);
    if (!before.isFile()) throw new KehoachError("input/not-regular", kindOf(before), file);
    if (before.size > maxSize)
      throw sayable("input/too-large", file, "tooLarge", [mb(before.size), mb(maxSize)]);
    // One byte more than the size says: a file that grew while being read is seen.
    const buf = Buffer.allocUnsafe(before.size + 1);
    let n = 0;
    for (;;) {
      let got: number;
      try {
        got = fs.readSync(fd, buf, n, buf.length - n, n);
      } catch (e) {
        throw openError(e, file);
      }
      if (got === 0) break;
      n += got;
      if (n === buf.length) break;
    }
    const after = fs.fstatSync(fd);
    if (n !== before.size || after.size !== before.size || after.mtimeMs !== before.mtimeMs)
      throw new KehoachError("input/changed", "changed while it was being read (its size or time of change moved); read it again when it is no longer written", file);
    return buf.subarray(0, n);
  } finally {
    fs.closeSync(fd);
  }
}
