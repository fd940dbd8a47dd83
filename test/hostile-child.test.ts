// A reader process that ends for a reason other than memory (issue 8): a crash in native code
// (SIGSEGV, SIGBUS), the kernel's out-of-memory killer (SIGKILL), a library's process.exit, its
// channel closed while it lives on. Each is made by the test hook of src/ingest-child.ts
// (KEHOACH_TEST_END_READER=HOW:NAME, which only a test sets: the child ends itself when it is given
// the file NAME). The run must say so in one line naming the file and how the reader ended, read
// the files after it in a new reader, and end with exit 1, never a signal. (Before, each of these
// was "internal error: the process reading the file ended (SIGSEGV)".)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";

const BIN = path.resolve("dist/bin/kehoach.js");

let dir: string;
let good: string[];
let victim: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-reader-ends-"));
  const plans = fs.readdirSync("fixtures/plans").filter((f) => f.endsWith(".txt")).sort();
  good = plans.slice(0, 2).map((f) => path.resolve("fixtures/plans", f));
  // a good plan too: only the hook makes its reader end
  victim = path.join(dir, "reader-ends.txt");
  fs.copyFileSync(path.resolve("fixtures/plans", plans[2]!), victim);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function ingest(how: string, args: string[], lang = "en") {
  return spawnSync(process.execPath, [BIN, "--lang", lang, "ingest", good[0]!, victim, good[1]!, ...args], {
    encoding: "utf8",
    timeout: 120_000,
    env: { ...process.env, KEHOACH_TEST_END_READER: `${how}:${path.basename(victim)}` },
  });
}

const CASES: Array<[string, RegExp]> = [
  ["SIGSEGV", /the reader process ended with signal SIGSEGV while reading this file \(a crash in native code\)/],
  ["SIGBUS", /the reader process ended with signal SIGBUS while reading this file/],
  ["SIGKILL", /the reader process ended with signal SIGKILL while reading this file \(killed from outside: the system's out-of-memory killer/],
  ["SIGTERM", /the reader process ended with signal SIGTERM while reading this file/],
  ["exit", /the reader process exited with code 3 while reading this file/],
  ["disconnect", /the reader process stopped answering while reading this file \(its channel to kehoach broke/],
];

describe("a reader process that ends for another reason than memory", () => {
  for (const [how, said] of CASES)
    for (const jobs of how === "SIGSEGV" ? [1, 2] : [1])
      it(`${how}, --jobs ${jobs}: one line naming the file and how, the others read, exit 1`, () => {
        const out = fs.mkdtempSync(path.join(dir, "out-"));
        const r = ingest(how, ["--no-db", "--out", out, "--jobs", String(jobs)]);
        expect(r.signal, r.stderr).toBeNull();
        expect(r.status, r.stderr).toBe(1);
        const lines = r.stderr.trim().split("\n");
        expect(lines, r.stderr).toHaveLength(1);
        expect(lines[0]).toContain(victim);
        expect(lines[0]).toMatch(said);
        expect(lines[0]).not.toMatch(/internal error|MB of memory/);
        // the plan before it and the one after it (read by a new reader) are written; it is not
        expect(fs.readdirSync(out).sort()).toEqual(good.map((g) => path.basename(g, ".txt") + ".json").sort());
      }, 150_000);

  it("into a database, in Vietnamese: the line said in Vietnamese, both good plans stored", () => {
    const db = path.join(dir, "ends.db");
    const r = ingest("SIGSEGV", ["--db", db, "--out", fs.mkdtempSync(path.join(dir, "out-"))], "vi");
    expect(r.signal, r.stderr).toBeNull();
    expect(r.status, r.stderr).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`lỗi: ${victim.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: tiến trình đọc tệp đã kết thúc với tín hiệu SIGSEGV khi đang đọc tệp này`));
    const d = new Database(db, { readonly: true });
    try {
      const paths = (d.prepare("SELECT source_path FROM documents ORDER BY id").all() as Array<{ source_path: string }>).map((x) => x.source_path);
      expect(paths).toEqual(good);
    } finally {
      d.close();
    }
  }, 150_000);
});
