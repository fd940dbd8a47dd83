// Hostile files, built here in a temp folder (no bomb is committed): each is ingested
// through the CLI beside a good plan, and each run must end with one stderr line that
// names the file and the reason, the good plan ingested, exit 1, and the whole process
// within 10 s of CPU and 500 MB (max RSS of the child; both from /usr/bin/time when present).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { HEAVY_BUT_FINE, HOSTILE, HOSTILE_DOCX, HOSTILE_PDF, type HostileCase } from "./helpers/hostile.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const SEED = path.resolve("fixtures/plans/001_1396b3c07450a05b.txt");
const TIME = fs.existsSync("/usr/bin/time") ? "/usr/bin/time" : null;

let dir: string;
let server: net.Server | null = null;

/**
 * Runs the CLI; `seconds` is the child's CPU time (user + system, all its threads) when
 * /usr/bin/time is there, else its wall time: the test machine is shared, and CPU time
 * is what the file costs. A hang is caught by the wall limits (the CLI's --timeout, and 300 s here).
 */
function runCli(args: string[]): { code: number | null; stderr: string; seconds: number; maxRssMb: number | null } {
  const t0 = performance.now();
  const cmd = TIME ? TIME : process.execPath;
  const argv = TIME ? ["-f", "maxrss=%M cpu=%U+%S", process.execPath, BIN, ...args] : [BIN, ...args];
  const r = spawnSync(cmd, argv, { encoding: "utf8", timeout: 300_000 });
  let seconds = (performance.now() - t0) / 1000;
  let stderr = r.stderr ?? "";
  let maxRssMb: number | null = null;
  const m = /(?:Command exited with non-zero status \d+\n)?maxrss=(\d+) cpu=([\d.]+)\+([\d.]+)\n?$/.exec(stderr);
  if (TIME && m) {
    maxRssMb = Number(m[1]) / 1024;
    seconds = Number(m[2]) + Number(m[3]);
    stderr = stderr.slice(0, m.index);
  }
  return { code: r.status, stderr, seconds, maxRssMb };
}

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-hostile-"));
  // a socket: a listening Unix socket in the folder
  server = net.createServer();
  await new Promise<void>((resolve) => server!.listen(path.join(dir, "socket.txt"), resolve));
}, 120_000);

afterAll(async () => {
  await new Promise<void>((resolve) => (server ? server.close(() => resolve()) : resolve()));
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("hostile files: named with a reason, the run goes on, each bounded", () => {
  const cases: HostileCase[] = [
    ...HOSTILE,
    ...HOSTILE_DOCX,
    ...HOSTILE_PDF,
    { name: "socket.txt", build: () => undefined, reason: /socket/ },
  ];
  for (const c of cases) {
    it(c.name, () => {
      const file = c.path ?? path.join(dir, c.name);
      if (!c.path) c.build(file);
      const out = fs.mkdtempSync(path.join(dir, "out-"));
      // one file at a time: the good plan beside a file that burns a core for its whole time limit
      // must not be stopped by the same wall-clock limit on a busy two-core machine
      const r = runCli(["ingest", file, SEED, "--out", out, "--no-db", "--jobs", "1", ...(c.args ?? [])]);
      if (!c.path && fs.existsSync(file) && fs.statSync(file).isFile()) fs.rmSync(file);
      const lines = r.stderr.trim().split("\n");
      expect(lines, r.stderr).toHaveLength(1);
      expect(lines[0]).toContain(file);
      expect(lines[0]).toMatch(c.reason);
      expect(r.code).toBe(1);
      expect(fs.existsSync(path.join(out, "001_1396b3c07450a05b.json"))).toBe(true);
      expect(r.seconds, `${c.name}: ${r.seconds.toFixed(1)} s`).toBeLessThan(10);
      if (r.maxRssMb !== null) expect(r.maxRssMb, `${c.name}: ${r.maxRssMb.toFixed(0)} MB`).toBeLessThan(500);
    }, 320_000);
  }
});

describe("a PDF that pdf.js rejects late, from its second page", () => {
  it("is refused with one line each, and every other file of the run is read (two workers)", () => {
    const out = fs.mkdtempSync(path.join(dir, "out-"));
    const late = HOSTILE_PDF.map((c) => {
      const file = path.join(dir, c.name);
      c.build(file);
      return { file, reason: c.reason };
    });
    const good = ["000_ae60fdb8b20bdd06.txt", "002_ed1a53c65c1a9ed0.docx", "004_9b4c08f78589e4eb.pdf"].map((f) => path.resolve("fixtures/plans", f));
    const r = runCli(["ingest", good[0], late[0].file, good[1], late[1].file, good[2], "--out", out, "--no-db", "--jobs", "2"]);
    const lines = r.stderr.trim().split("\n");
    expect(lines, r.stderr).toHaveLength(2);
    for (const { file, reason } of late) {
      const line = lines.find((l) => l.includes(file));
      expect(line, r.stderr).toMatch(reason);
      expect(line).toMatch(/^kehoach: error: /);
    }
    expect(r.code).toBe(1);
    expect(fs.readdirSync(out).sort()).toEqual(["000_ae60fdb8b20bdd06.json", "002_ed1a53c65c1a9ed0.json", "004_9b4c08f78589e4eb.json"]);
  }, 320_000);
});

describe("inputs that once took minutes or gigabytes: read, within 10 s and 500 MB", () => {
  for (const c of HEAVY_BUT_FINE) {
    it(c.name, () => {
      const file = path.join(dir, c.name);
      c.build(file);
      const out = fs.mkdtempSync(path.join(dir, "out-"));
      // the per-file wall-clock limit is raised: on a busy shared machine a 4 s (CPU) file can take
      // 30 s of wall time; the bound checked here is the child's CPU time, below
      const r = runCli(["ingest", file, SEED, "--out", out, "--no-db", "--log-level", "error", "--timeout", "300"]);
      fs.rmSync(file);
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(fs.readdirSync(out).length).toBe(2);
      expect(r.seconds, `${c.name}: ${r.seconds.toFixed(1)} s`).toBeLessThan(c.cpuSeconds ?? 10);
      if (r.maxRssMb !== null) expect(r.maxRssMb, `${c.name}: ${r.maxRssMb.toFixed(0)} MB`).toBeLessThan(500);
    }, 320_000);
  }
});
