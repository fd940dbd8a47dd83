// Write-then-rename: a file is written to a temporary name beside it and renamed into place, so
// that a crash or a full disk never leaves half a file under the real name. On any failure the
// temporary file is removed and the error is thrown as it came (callers say what it means).
// (The npm package write-file-atomic does the same plus fsync, chown and queueing, none of which
// these one-writer CLI commands need; its temporary names would also change what users see.)
import fs from "node:fs";

/** Writes `data` (or its pieces, one after the other) to `target` through `${target}.<pid>.tmp` renamed into place. */
export function writeFileAtomic(target: string, data: string | Uint8Array | readonly Uint8Array[]): void {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    if (typeof data === "string" || data instanceof Uint8Array) fs.writeFileSync(tmp, data);
    else {
      const fd = fs.openSync(tmp, "w");
      try {
        for (const piece of data) for (let n = 0; n < piece.length; ) n += fs.writeSync(fd, piece, n);
      } finally {
        fs.closeSync(fd);
      }
    }
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
