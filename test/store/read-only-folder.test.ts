// A database on a disk or share that cannot be written (a read-only mount): tests run as root here,
// so file modes do not stop a write; a read-only bind mount in a private user + mount namespace
// (unshare -rm) does, as a read-only share does for an analyst. Every command says what is wrong
// and what to do, naming the database; nothing is written. Skipped where unprivileged namespaces
// are not allowed.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { FIXTURES, STEMS } from "../helpers/plan-factory.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const fixture = (stem: string) => path.join(FIXTURES, `${stem}.txt`);
let dir: string;
let shared: string;
let db: string;

/** Runs the CLI with `shared` mounted read-only over itself. */
const readOnly = (args: string[], lang = "en") => {
  const cmd = `mount --bind "$1" "$1" && mount -o remount,bind,ro "$1" && shift && exec "$@"`;
  const env = { ...process.env, KEHOACH_LANG: lang };
  return spawnSync("unshare", ["-rm", "sh", "-c", cmd, "sh", shared, process.execPath, BIN, ...args], { cwd: dir, encoding: "utf8", env });
};
const canMount = spawnSync("unshare", ["-rm", "sh", "-c", `d=$(mktemp -d) && mount --bind "$d" "$d" && mount -o remount,bind,ro "$d" && umount "$d" && rmdir "$d"`]).status === 0;

beforeAll(() => {
  if (!fs.existsSync(BIN)) throw new Error("dist/bin/kehoach.js is missing: npm test builds it first");
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ro-"));
  shared = path.join(dir, "share");
  fs.mkdirSync(shared);
  db = path.join(shared, "k.db");
  const r = spawnSync(process.execPath, [BIN, "ingest", fixture(STEMS.caoBang2024), "--db", db, "--out", path.join(dir, "out0"), "--log-level", "error"], { cwd: dir, encoding: "utf8" });
  if (r.status !== 0) throw new Error(`ingest failed: ${r.stderr}`);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe.skipIf(!canMount)("a database in a folder that cannot be written", () => {
  it("list says the folder cannot be written and what to do, naming the database", () => {
    const r = readOnly(["list", "--db", db]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toBe(
      `kehoach: error: ${db}: cannot open the database: its folder cannot be written (a read-only disk or share), and SQLite writes its -wal and -shm files beside the database even to read it; copy the database to a folder you can write to (SQLite: «unable to open database file»)`,
    );
  });
  it("ingest says so too, writes the JSON only, and leaves the database as it was", () => {
    const before = fs.readFileSync(db);
    const out = path.join(dir, "out");
    const r = readOnly(["ingest", fixture(STEMS.namDinh2024), "--db", db, "--out", out], "vi");
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${db}: `);
    expect(r.stderr).toMatch(/thư mục của nó không ghi được/);
    expect(fs.existsSync(path.join(out, `${STEMS.namDinh2024}.json`))).toBe(true);
    expect(fs.readFileSync(db).equals(before)).toBe(true);
  });
});
