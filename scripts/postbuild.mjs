// Makes the built CLI executable (tsc does not keep file modes).
import fs from "node:fs";
const bin = new URL("../dist/bin/kehoach.js", import.meta.url);
if (fs.existsSync(bin)) fs.chmodSync(bin, 0o755);
