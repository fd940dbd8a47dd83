// Issue 8 (trust), the CLI's part: no crash under load, one --stdout shape, messages a person
// can read, errors that name the path, --version, "-" for standard input. Runs the built dist/.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = path.resolve("dist/bin/kehoach.js");
const run = (args: string[], o: { cwd?: string; input?: string | Buffer; env?: NodeJS.ProcessEnv } = {}) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: o.cwd ?? process.cwd(), input: o.input, encoding: "utf8", env: o.env ?? process.env });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
};
const SEED = path.resolve("fixtures/plans/001_1396b3c07450a05b.txt");
const SEED2 = path.resolve("fixtures/plans/004_9b4c08f78589e4eb.txt"); // drops a page number with a warning
const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), `kehoach-${p}-`));

describe("no crash under load (the short form of npm run stress)", () => {
  it("30 CLI runs, 3 at a time, all end with exit code 0 or 1", () => {
    const r = spawnSync(process.execPath, [path.resolve("dist/scripts/stress.js"), "--runs", "30", "--jobs", "3", "--json"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const s = JSON.parse(r.stdout);
    expect(s.failed).toEqual([]);
    expect(s).toMatchObject({ runs: 30, crashes: 0 });
  }, 180_000);
});

describe("ingest --stdout: JSON Lines for any number of files", () => {
  it("two files: two lines, each one PlanDocument", () => {
    const r = run(["ingest", SEED, SEED2, "--stdout", "--no-db"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines.map((l) => JSON.parse(l).source.file)).toEqual([path.basename(SEED), path.basename(SEED2)]);
  });

  it("a failing file gives no line, the good one still does; all failing gives nothing", () => {
    const some = run(["ingest", "/nonexistent/a.txt", SEED, "--stdout", "--no-db"]);
    expect(some.code).toBe(1);
    expect(some.stdout.trimEnd().split("\n").map((l) => JSON.parse(l).schemaVersion)).toEqual([1]);
    const none = run(["ingest", "/nonexistent/a.txt", "/nonexistent/b.txt", "--stdout", "--no-db"]);
    expect(none.code).toBe(1);
    expect(none.stdout).toBe("");
  });
});

describe("messages a person can read", () => {
  it("a plan's warning is one plain line naming the file, on a terminal or not", () => {
    const r = run(["ingest", SEED2, "--stdout", "--no-db"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe(`kehoach: warning: ${SEED2}: Dropped a line holding only "2" (a page number)\n`);
  });

  it("--log-format json gives pino's JSON lines", () => {
    const r = run(["--log-format", "json", "ingest", SEED2, "--stdout", "--no-db"]);
    const rec = JSON.parse(r.stderr.trim());
    expect(rec).toMatchObject({ level: 40, file: SEED2, code: "txt/page-number" });
  });

  it("an unknown --log-level or --log-format lists the valid ones", () => {
    const r = run(["--log-level", "loud", "list"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('kehoach: error: --log-level must be one of fatal, error, warn, info, debug, trace, silent, not "loud"\n');
    const f = run(["--log-format", "xml", "list"]);
    expect(f.stderr).toMatch(/--log-format must be one of plain, json, not "xml"/);
  });

  it("an error names the file: kehoach: error: FILE: reason", () => {
    const r = run(["ingest", "/nonexistent/plan.txt", "--no-db", "--stdout"]);
    expect(r.stderr).toBe("kehoach: error: /nonexistent/plan.txt: no such file\n");
  });

  it("check on a file that is not a directory names it", () => {
    const dir = tmp("chk");
    const f = path.join(dir, "plan.txt");
    fs.writeFileSync(f, "x");
    const r = run(["check", f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kehoach: error: ${f}: not a directory\n`);
  });

  it("--out on an existing file says so, not EEXIST", () => {
    const dir = tmp("out");
    const f = path.join(dir, "taken");
    fs.writeFileSync(f, "x");
    const r = run(["ingest", SEED, "--out", f, "--no-db"]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kehoach: error: ${f}: --out wants a directory, and this is a file\n`);
    expect(r.stderr).not.toMatch(/EEXIST/);
    expect(fs.readFileSync(f, "utf8")).toBe("x");
  });

  it("list --db on a file that is not a database names the file", () => {
    const dir = tmp("notadb");
    const f = path.join(dir, "notadb.db");
    fs.writeFileSync(f, "this is not SQLite at all, just some words to fill the header page");
    const r = run(["list", "--db", f]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(new RegExp(`^kehoach: error: ${f.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: .*not a database`));
  });

  it("--version prints the package's version", () => {
    const r = run(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout.trim()).toBe(JSON.parse(fs.readFileSync("package.json", "utf8")).version);
  });
});

describe('"-" reads standard input', () => {
  it("a text plan from stdin is named stdin", () => {
    const r = run(["ingest", "-", "--stdout", "--no-db"], { input: fs.readFileSync(SEED) });
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.source).toMatchObject({ file: "stdin", format: "txt" });
    expect(plan.targets.length).toBeGreaterThan(5);
  });

  it("writes stdin.json with --out; the format comes from the bytes (a DOCX, Markdown)", () => {
    const dir = tmp("stdin");
    const docx = fs.readFileSync(SEED.replace(/\.txt$/, ".docx"));
    const r = run(["ingest", "-", "--out", dir, "--no-db"], { input: docx });
    expect(r.code).toBe(0);
    expect(JSON.parse(fs.readFileSync(path.join(dir, "stdin.json"), "utf8")).source).toMatchObject({ file: "stdin", format: "docx" });
    const md = run(["ingest", "-", "--stdout", "--no-db"], { input: "# KẾ HOẠCH\n\n| a | b |\n|---|---|\n| 1 | 2 |\n" });
    expect(JSON.parse(md.stdout).source.format).toBe("md");
  });

  it("an empty stdin is an error naming stdin", () => {
    const r = run(["ingest", "-", "--stdout", "--no-db"], { input: "" });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("kehoach: error: stdin: the file is empty\n");
  });
});

describe("export --out names its path", () => {
  it("a directory as --out is said in words, and nothing is left beside it", () => {
    const dir = tmp("exp");
    const db = path.join(dir, "k.db");
    expect(run(["ingest", SEED, "--db", db, "--out", path.join(dir, "json")]).code).toBe(0);
    const target = path.join(dir, "folder");
    fs.mkdirSync(target);
    const r = run(["export", "--db", db, "--out", target]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`kehoach: error: ${target}: --out wants a file, and this is a directory\n`);
    expect(fs.readdirSync(dir).sort()).toEqual(["folder", "json", "k.db"].concat(fs.readdirSync(dir).filter((f) => f.startsWith("k.db-"))).sort());
  });
});
