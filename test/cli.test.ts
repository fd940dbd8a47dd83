// The binary as users run it: exit codes and stderr together, data on stdout or in files.
import { describe, expect, it } from "vitest";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const BIN = path.resolve("dist/bin/kehoach.js");
const run = (args: string[], cwd = process.cwd()) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const SEED = path.resolve("fixtures/plans/001_1396b3c07450a05b.txt");

describe("kehoach ingest", () => {
  it("writes <stem>.json for each input and validates it", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-cli-"));
    const r = run(["ingest", SEED, "--out", out, "--no-db"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const plan = JSON.parse(fs.readFileSync(path.join(out, "001_1396b3c07450a05b.json"), "utf8"));
    expect(plan.schemaVersion).toBe(1);
    expect(plan.source).toMatchObject({ file: "001_1396b3c07450a05b.txt", format: "txt", pages: null });
    expect(plan.targets.length).toBeGreaterThan(5);
  });

  it("names outputs <stem>.<ext>.json when one run has the same plan in several formats", () => {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-same-"));
    const docx = SEED.replace(/\.txt$/, ".docx");
    const r = run(["ingest", SEED, docx, "--out", out, "--no-db"]);
    expect(r.code).toBe(0);
    expect(fs.readdirSync(out).sort()).toEqual(["001_1396b3c07450a05b.docx.json", "001_1396b3c07450a05b.txt.json"]);
  });

  it("prints JSON on stdout with --stdout and nothing else: one JSON line", () => {
    const r = run(["ingest", SEED, "--stdout", "--no-db"]);
    expect(r.code).toBe(0);
    expect(r.stdout.endsWith("\n") && r.stdout.split("\n")).toHaveLength(2);
    expect(JSON.parse(r.stdout).source.format).toBe("txt");
  });

  it("gives one clear line per bad file, ingests the others, exits 1", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bad-"));
    fs.writeFileSync(path.join(dir, "empty.txt"), "");
    fs.writeFileSync(path.join(dir, "binary.txt"), Buffer.from([0, 1, 2, 3, 0, 255]));
    fs.writeFileSync(path.join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]));
    fs.writeFileSync(path.join(dir, "fake.pdf"), "just some text pretending");
    const r = run(["ingest", path.join(dir, "empty.txt"), path.join(dir, "binary.txt"), path.join(dir, "old.doc"), path.join(dir, "missing.txt"), SEED, "--out", dir, "--no-db"]);
    expect(r.code).toBe(1);
    const lines = r.stderr.trim().split("\n");
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/empty\.txt: the file is empty/);
    expect(lines[1]).toMatch(/binary\.txt: binary content/);
    expect(lines[2]).toMatch(/old\.doc: .*legacy binary Word document.*save it as \.docx/);
    expect(lines[3]).toMatch(/missing\.txt: no such file/);
    expect(fs.existsSync(path.join(dir, "001_1396b3c07450a05b.json"))).toBe(true);
  });

  it("says once that a database cannot be used, and still writes the JSON", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-db-"));
    fs.writeFileSync(path.join(dir, "broken.db"), "this is not SQLite");
    const r = run(["ingest", SEED, "--out", dir, "--db", path.join(dir, "broken.db")]);
    expect(r.code).toBe(1);
    expect(r.stderr.trim().split("\n")).toEqual([`kehoach: error: ${path.join(dir, "broken.db")}: cannot use the database: not a database (not a SQLite file; kehoach leaves it as it is); writing JSON only`]);
    expect(fs.existsSync(path.join(dir, "001_1396b3c07450a05b.json"))).toBe(true);
  });

  it("stores into the database, and a second ingest of the same file changes nothing", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-db2-"));
    const db = path.join(dir, "k.db");
    expect(run(["ingest", SEED, "--out", dir, "--db", db]).code).toBe(0);
    expect(run(["ingest", SEED, "--out", dir, "--db", db, "--log-level", "info"]).stderr).toMatch(/stored before with the same path and sha256: not read again \(.*parsed=false, status=unchanged\)/);
    expect(run(["list", "--db", db]).stdout).toMatch(/Cao Bằng/);
  });

  it("gives valid JSON with a warning for a text that is not a plan", () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-np-"));
    fs.writeFileSync(path.join(dir, "note.txt"), "Chào các bạn, hẹn gặp lại vào thứ Hai.\n");
    const r = run(["ingest", path.join(dir, "note.txt"), "--stdout", "--no-db"]);
    expect(r.code).toBe(0);
    const plan = JSON.parse(r.stdout);
    expect(plan.targets).toEqual([]);
    expect(plan.warnings.map((w: { code: string }) => w.code)).toContain("structure/no-items");
  });

  it("shows help with the ingest command", () => {
    const r = run(["--help"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/ingest/);
  });
});
