// After tsc: make the built CLI executable (tsc does not keep file modes), and link it
// as node_modules/.bin/kehoach in a checkout of this repository, as an install of the
// package would, so that scripts and tools can call `node_modules/.bin/kehoach`.
import fs from "node:fs";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const bin = path.join(root, "dist/bin/kehoach.js");
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
const binDir = path.join(root, "node_modules/.bin");
const link = path.join(binDir, "kehoach");
if (fs.existsSync(binDir) && !fs.existsSync(link)) {
  try {
    fs.symlinkSync(path.relative(binDir, bin), link);
  } catch {
    // a file system without symlinks: npx kehoach still works
  }
}
