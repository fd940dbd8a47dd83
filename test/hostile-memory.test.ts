// A file that runs out of memory ends only itself (issue 8): files built here to exhaust a 64 MB
// heap budget while they are read (test/helpers/hostile.ts, HUNGRY), each ingested through the CLI
// between two good plans, with one and with two files read at once. Each run must end with exit 1
// (never a signal), one stderr line naming the file and "memory" (one a copy, where a case is read
// in several copies), and both good plans written.
// (When files were read in worker threads, the text here ended the whole process with V8's fatal
// "heap out of memory", signal 6, and the plans after it were lost.)
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { HUNGRY } from "./helpers/hostile.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const GOOD = ["001_1396b3c07450a05b", "002_ed1a53c65c1a9ed0"].map((s) => path.resolve(`fixtures/plans/${s}.txt`));

/** The names of a case's copies, the first being its own. */
const copiesOf = (h: (typeof HUNGRY)[number]): string[] =>
  Array.from({ length: h.copies ?? 1 }, (_, i) => (i === 0 ? h.name : h.name.replace(/(\.\w+)$/, `-${i + 1}$1`)));

let dir: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-hungry-"));
  for (const h of HUNGRY) {
    h.build(path.join(dir, h.name));
    for (const c of copiesOf(h).slice(1)) fs.copyFileSync(path.join(dir, h.name), path.join(dir, c));
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("a file that exhausts its memory budget ends alone", () => {
  for (const h of HUNGRY)
    for (const jobs of [1, 2])
      it(`${h.name}, --jobs ${jobs}`, () => {
        const files = copiesOf(h).map((c) => path.join(dir, c));
        const out = fs.mkdtempSync(path.join(dir, "out-"));
        const r = spawnSync(process.execPath, [BIN, "ingest", GOOD[0]!, ...files, GOOD[1]!, "--out", out, "--no-db", "--jobs", String(jobs), "--max-memory", "64"], {
          encoding: "utf8",
          timeout: 300_000,
        });
        expect(r.signal, r.stderr).toBeNull();
        expect(r.status, r.stderr).toBe(1);
        // one line for each copy, naming it, and nothing else
        const lines = r.stderr.trim().split("\n");
        expect(lines, r.stderr).toHaveLength(files.length);
        files.forEach((f, i) => {
          expect(lines[i]).toContain(f);
          expect(lines[i]).toMatch(/memory/);
        });
        for (const g of GOOD) expect(fs.existsSync(path.join(out, path.basename(g, ".txt") + ".json")), g).toBe(true);
      }, 320_000);
});
