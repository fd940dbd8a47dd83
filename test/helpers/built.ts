// The tests of the CLI run the built program (dist/bin/kehoach.js), as a user does. A dist/ older
// than its sources must not pass for them: vitest's global set-up (vitest.config.ts) builds first
// when any source file is newer than what tsc made of it, or was never built.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

/** The folders tsc compiles (tsconfig.json "include"). */
const SOURCES = ["src", "parsers", "rules", "schemas", "bin", "scripts"];

function tsFiles(root: string, dir: string): string[] {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { withFileTypes: true }).flatMap((e) => {
    const rel = path.join(dir, e.name);
    if (e.isDirectory()) return tsFiles(root, rel);
    return e.name.endsWith(".ts") && !e.name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** The source files whose build in dist/ is missing or older than they are. */
export function staleSources(root: string): string[] {
  return SOURCES.flatMap((d) => tsFiles(root, d)).filter((f) => {
    const built = path.join(root, "dist", f.replace(/\.ts$/, ".js"));
    return !fs.existsSync(built) || fs.statSync(built).mtimeMs < fs.statSync(path.join(root, f)).mtimeMs;
  });
}

/** vitest's global set-up: build when dist/ is stale (npm test builds first, so then nothing is done). */
export default function setup(): void {
  const root = path.resolve(".");
  const stale = staleSources(root);
  if (!stale.length) return;
  process.stderr.write(`dist/ is older than ${stale.length} source file(s) (${stale.slice(0, 3).join(", ")}${stale.length > 3 ? ", …" : ""}): npm run build\n`);
  execFileSync("npm", ["run", "build"], { cwd: root, stdio: ["ignore", "inherit", "inherit"] });
}
