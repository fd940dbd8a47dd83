// The package as a user gets it: `npm pack`, installed into an empty folder, imported by
// name (`import { ingestFile } from "kehoach"`) in a separate Node process, types included.
//
// How it is installed without a network: `npm ci --offline` from a lockfile derived from
// this project's package-lock.json (the tarball, plus the non-dev packages with their
// resolved URLs and integrity), so every dependency comes from the npm cache that
// `npm ci` filled. Install scripts are skipped (`--ignore-scripts`: better-sqlite3 would
// compile from source or download a binary), and the better-sqlite3 binary this checkout
// built is copied into the installed package for the store part of the test.
// `npm pack --ignore-scripts` packs the dist/ that `npm test` has just built.
import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const ROOT = process.cwd();
const NPM = process.platform === "win32" ? "npm.cmd" : "npm";
const SEED = path.resolve("fixtures/plans/001_1396b3c07450a05b.txt");

function appLockfile(tgz: string): { pkg: object; lock: object } {
  const lock = JSON.parse(fs.readFileSync(path.join(ROOT, "package-lock.json"), "utf8"));
  const root = lock.packages[""];
  const resolved = `file:${tgz}`;
  const integrity = "sha512-" + crypto.createHash("sha512").update(fs.readFileSync(tgz)).digest("base64");
  const packages: Record<string, unknown> = {
    "": { name: "app", dependencies: { kehoach: resolved } },
    "node_modules/kehoach": { version: root.version, resolved, integrity, license: root.license, dependencies: root.dependencies, bin: root.bin, engines: root.engines },
  };
  for (const [k, v] of Object.entries<{ dev?: boolean }>(lock.packages)) if (k.startsWith("node_modules/") && !v.dev) packages[k] = v;
  return {
    pkg: { name: "app", private: true, type: "module", dependencies: { kehoach: resolved } },
    lock: { name: "app", lockfileVersion: 3, requires: true, packages },
  };
}

describe("the npm package", () => {
  it("packs, installs into an empty folder, and `import { ingestFile } from \"kehoach\"` ingests a plan", () => {
    const work = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-pkg-"));
    const packDir = path.join(work, "pack");
    const app = path.join(work, "app");
    fs.mkdirSync(packDir);
    fs.mkdirSync(app);
    const packed = JSON.parse(execFileSync(NPM, ["pack", "--ignore-scripts", "--json", "--pack-destination", packDir], { cwd: ROOT, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }));
    const tgz = path.join(packDir, packed[0].filename);
    const files: string[] = packed[0].files.map((f: { path: string }) => f.path);
    expect(files).toContain("dist/src/index.js");
    expect(files).toContain("dist/src/index.d.ts");
    expect(files.some((f) => f.startsWith("test/") || f.startsWith("fixtures/"))).toBe(false);

    const { pkg, lock } = appLockfile(tgz);
    fs.writeFileSync(path.join(app, "package.json"), JSON.stringify(pkg, null, 2));
    fs.writeFileSync(path.join(app, "package-lock.json"), JSON.stringify(lock, null, 2));
    execFileSync(NPM, ["ci", "--offline", "--no-audit", "--no-fund", "--ignore-scripts"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });
    const release = path.join(app, "node_modules/better-sqlite3/build/Release");
    fs.mkdirSync(release, { recursive: true });
    fs.copyFileSync(path.join(ROOT, "node_modules/better-sqlite3/build/Release/better_sqlite3.node"), path.join(release, "better_sqlite3.node"));

    // a user's program: ingest, validate with the exported schema, store, list, diff, export
    fs.writeFileSync(
      path.join(app, "use.mjs"),
      `import { ingestFile, ingestBytes, PlanDocument, openStore, diffPlans, buildSheet, toCsv, KehoachError } from "kehoach";
import fs from "node:fs";
const plan = await ingestFile(process.argv[2]);
PlanDocument.parse(plan);
const again = await ingestBytes(fs.readFileSync(process.argv[2]), "again.txt");
const store = openStore(process.argv[3]);
const saved = store.savePlan(plan);
const listed = store.listDocuments().map((d) => d.province);
store.close();
const diff = diffPlans(plan, again);
const csv = toCsv(buildSheet([{ id: saved.id, plan }], "targets"));
let refused = "";
try { await ingestFile(process.argv[2] + ".missing"); } catch (e) { refused = e instanceof KehoachError ? e.message : "other"; }
console.log(JSON.stringify({ file: plan.source.file, targets: plan.targets.length, province: plan.meta.province, status: saved.status, listed, paired: diff.pairs.length, csvRows: csv.trim().split("\\r\\n").length - 1, refused }));
`,
    );
    const out = JSON.parse(execFileSync(process.execPath, ["use.mjs", SEED, path.join(work, "k.db")], { cwd: app, encoding: "utf8" }));
    expect(out).toMatchObject({ file: "001_1396b3c07450a05b.txt", province: "Cao Bằng", status: "inserted", listed: ["Cao Bằng"], refused: "no such file" });
    expect(out.targets).toBeGreaterThan(5);
    expect(out.paired).toBeGreaterThan(5);
    expect(out.csvRows).toBe(out.targets);

    // the types resolve through "exports" too (the project's own TypeScript compiler)
    fs.writeFileSync(
      path.join(app, "use.ts"),
      `import { ingestFile, type PlanDocument, type Store } from "kehoach";\nexport const f = async (p: string): Promise<PlanDocument> => ingestFile(p);\nexport type S = Store;\n`,
    );
    execFileSync(process.execPath, [path.join(ROOT, "node_modules/typescript/bin/tsc"), "--noEmit", "--strict", "--skipLibCheck", "--module", "nodenext", "--moduleResolution", "nodenext", "--types", "node", "--typeRoots", path.join(ROOT, "node_modules/@types"), "use.ts"], { cwd: app, stdio: ["ignore", "pipe", "pipe"] });

    // and the command the package installs
    expect(execFileSync(path.join(app, "node_modules/.bin/kehoach"), ["--version"], { encoding: "utf8" }).trim()).toBe(JSON.parse(fs.readFileSync("package.json", "utf8")).version);
    fs.rmSync(work, { recursive: true, force: true });
  }, 240_000);
});
