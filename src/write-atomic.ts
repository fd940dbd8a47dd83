// Write-then-rename: a file is written to a temporary name beside it and renamed into place, so
// that a crash or a full disk never leaves half a file under the real name. On any failure the
// temporary file is removed and the error is thrown as it came (callers say what it means).
// (The npm package write-file-atomic does the same plus fsync, chown and queueing, none of which
// these one-writer CLI commands need; its temporary names would also change what users see.)
import fs from "node:fs";

/** Writes `data` to `target` through `${target}.<pid>.tmp` renamed into place. */
export function writeFileAtomic(target: string, data: string | Uint8Array): void {
  const tmp = `${target}.${process.pid}.tmp`;
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, target);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
