// Every command with --lang vi, as a Vietnamese analyst runs it (the built binary): its help and a
// real run on fixture plans. Nothing English may show: the test gathers the English words of
// the catalogue (src/i18n/en.ts: every string and what every function says) that the
// Vietnamese catalogue never uses, and fails on any of them in what a command prints. What stays
// English by design is taken out first: option names (--out), option values a user types
// (--format csv, --what targets, log levels), codes (txt/page-number), JSON output (keys are
// English, documented), the English half of the review pages (behind the toggle) and a
// library's own words quoted after a message ("(SQLite: «database is locked»)").
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WHATS } from "../src/cli/export.js";
import { KINDS } from "../src/cli/search.js";
import { en } from "../src/i18n/en.js";
import { vi } from "../src/i18n/vi.js";
import { LOG_FORMATS, LOG_LEVELS } from "../src/log.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const run = (args: string[]) => {
  const env: NodeJS.ProcessEnv = { ...process.env, LANG: "C.UTF-8", COLUMNS: "100" };
  for (const k of ["KEHOACH_LANG", "LC_ALL", "LC_MESSAGES"]) delete env[k];
  const r = spawnSync(process.execPath, [BIN, "--lang", "vi", ...args], { encoding: "utf8", env });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};

// ---------------------------------------------------------------------------
// the English words of the catalogue that are not also Vietnamese

/** Samples a function of the catalogue is called with, to hear each of its branches. */
const SAMPLES: unknown[] = ["x", 2, 1, 0, ["x", "y"], null];
/** Everything a catalogue says: its strings, and what its functions return for the samples. */
function said(o: unknown, out: string[] = []): string[] {
  if (typeof o === "string") out.push(o);
  else if (typeof o === "function") {
    for (const s of SAMPLES) {
      try {
        const r: unknown = (o as (...a: unknown[]) => unknown)(...Array.from({ length: 8 }, () => s));
        if (typeof r === "string") out.push(r);
      } catch {
        // a sample this function cannot take
      }
    }
  } else if (o && typeof o === "object") for (const v of Object.values(o)) said(v, out);
  return out;
}

/** the commands (a user types their names as they are) */
const COMMANDS = ["ingest", "list", "show", "search", "diff", "export", "check", "review"];

/** The words of an output a person reads, without what stays English by design. */
function readable(s: string): string {
  // option values a user types, as help and usage errors list them
  const lists = [LOG_LEVELS, LOG_FORMATS, WHATS, KINDS].map((l) => new RegExp(l.join(",\\s+"), "g"));
  let out = s
    .replace(/<script[\s\S]*?<\/script>/g, " ") // the page's labels in both languages, for its toggle
    .replace(/<style[\s\S]*?<\/style>/g, " ")
    .replace(/<[^>]*>/g, " ") // tags and their attributes (data-en: the English behind the toggle)
    .replace(/«[^»]*»/g, " ") // a library's own words, quoted after the message that says them
    .replace(/--[a-z][a-z-]*/g, " ") // option names
    .replace(/\b[a-z]+\/[a-z-]+\b/g, " ") // codes: txt/page-number, cli/usage
    .replace(/\S*[/\\]\S*/g, " ") // paths and file names
    .replace(new RegExp(`(?<=kehoach |^ {2})(?:${COMMANDS.join("|")}|help)\\b`, "gm"), " ") // command names
    .replace(/\btable(?=,)|(?<=hoặc )all\b/g, " "); // --format table, --what all
  for (const l of lists) out = out.replace(l, " ");
  return out;
}

// the words of each catalogue, but for option names, codes and paths (a Vietnamese text that names
// --year does not make "year" a Vietnamese word)
const wordsOf = (texts: string[]) => new Set(texts.flatMap((s) => readable(s).toLowerCase().match(/[a-z]{3,}/g) ?? []));
const viWords = wordsOf(said(vi));
const ENGLISH = [...wordsOf(said(en))].filter((w) => !viWords.has(w)).sort();

function englishIn(s: string): string[] {
  const words = readable(s).toLowerCase().match(/[a-z]{3,}/g) ?? [];
  const english = new Set(ENGLISH);
  return [...new Set(words.filter((w) => english.has(w)))];
}

// ---------------------------------------------------------------------------

const FIX = (n: string) => path.resolve("fixtures/plans", n);
const NAM_DINH = FIX("000_ae60fdb8b20bdd06.txt");
const CAO_BANG = FIX("001_1396b3c07450a05b.txt");
const DOCX = FIX("002_ed1a53c65c1a9ed0.docx");
const WITH_WARNING = FIX("004_9b4c08f78589e4eb.txt");
let dir: string;
let db: string;
beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-vi-"));
  db = path.join(dir, "k.db");
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the list of English words", () => {
  it("holds the words of the English interface and none the Vietnamese one uses", () => {
    // a few words every English table, message or help has
    for (const w of ["province", "targets", "tasks", "deadline", "warning", "error", "paired", "only", "change", "same", "database", "usage", "options", "yes"])
      expect(ENGLISH, w).toContain(w);
    // words the Vietnamese catalogue uses too (names of things, formats) are not on it
    for (const w of ["json", "sqlite", "kehoach", "stdin", "pdf"]) expect(ENGLISH).not.toContain(w);
  });
  it("catches an English word in an output, and leaves codes, option names and paths alone", () => {
    expect(englishIn("3 paired, 2 only in Nam Định")).toEqual(["paired", "only"]);
    expect(englishIn(`txt/page-number --format <định-dạng> table, csv /tmp/plans/a.txt (${WHATS.join(", ")})`)).toEqual([]);
  });
});

describe("every command with --lang vi says nothing in English", () => {
  it("the help of the program and of each command", () => {
    for (const args of [["--help"], ...COMMANDS.map((c) => [c, "--help"]), ["help"]]) {
      const r = run(args);
      expect(r.code, args.join(" ")).toBe(0);
      expect(englishIn(r.stdout.replace(/"[^"]*"/g, " ")), args.join(" ")).toEqual([]); // quoted: defaults and examples typed as they are
      expect(r.stdout, args.join(" ")).toMatch(/Cách dùng:/);
    }
  });

  /** a run whose output must hold no English word */
  const take = (args: string[], okCodes = [0]) => {
    const r = run(args);
    expect(okCodes, `${args.join(" ")}\n${r.stderr}`).toContain(r.code);
    const text = r.stdout + "\n" + r.stderr;
    expect(englishIn(text), `${args.join(" ")}\n${readable(text).slice(0, 1500)}`).toEqual([]);
    return r;
  };
  const LONG = 180_000; // a dozen runs of the binary on a loaded machine

  it("ingest (new, then unchanged; a plan with a warning), list, show, search", () => {
    take(["ingest", NAM_DINH, CAO_BANG, DOCX, WITH_WARNING, "--db", db, "--out", dir]);
    take(["ingest", NAM_DINH, "--db", db, "--out", dir]); // again: unchanged
    take(["list", "--db", db]);
    take(["list", "--db", db, "--format", "md"]);
    take(["show", "cao-bang", "--db", db]);
    take(["show", "4", "--db", db]); // the plan with a warning
    take(["search", "chi hoi truong tap huan", "--db", db]);
    take(["search", "xyzzy", "--db", db]);
  }, LONG);

  it("diff as a table, Markdown, CSV and an HTML page; export of every kind", () => {
    for (const f of ["table", "md", "csv", "html"]) take(["diff", "nam-dinh", "cao-bang", "--db", db, "--format", f]);
    for (const w of WHATS) take(["export", "--what", w, "--db", db, "--format", "csv"]);
    take(["export", "--what", "deadlines", "--db", db, "--format", "md"]);
    // the English interface says the same in English words, which the check above catches
    const english = run(["--lang", "en", "diff", "nam-dinh", "cao-bang", "--db", db]);
    expect(englishIn(english.stdout)).toEqual(expect.arrayContaining(["paired", "only", "why", "same", "subject", "high"]));
  }, LONG);

  it("review, check (with changes) and the messages of failures", () => {
    expect(take(["review", CAO_BANG]).stdout).toMatch(/^<!doctype html>/);
    // check: a folder with one plan and an expected output that differs from it
    const chk = path.join(dir, "check");
    fs.mkdirSync(chk);
    fs.copyFileSync(CAO_BANG, path.join(chk, "a.txt"));
    const expected = JSON.parse(fs.readFileSync(`${CAO_BANG}.expected.json`, "utf8")) as { meta: { province: string }; tasks: unknown[]; deadlines: Array<{ yearInferred?: boolean }> };
    expected.meta.province = "Hà Nội";
    expected.tasks.splice(1, 1);
    expected.deadlines[0]!.yearInferred = !expected.deadlines[0]!.yearInferred;
    fs.writeFileSync(path.join(chk, "a.txt.expected.json"), JSON.stringify(expected));
    expect(take(["check", chk], [1]).stdout).toMatch(/kiểm tra: 0 đạt, 1 không đạt/);
    expect(englishIn(run(["--lang", "en", "check", chk]).stdout)).toEqual(expect.arrayContaining(["added", "changes", "passed", "failed"]));
    // a reference to nothing, a database of another program, no database, a missing argument, a bad value
    take(["show", "ha-noi", "--db", db], [1]);
    const foreign = path.join(dir, "other.db");
    fs.writeFileSync(foreign, "SQLite format 3\0");
    take(["list", "--db", foreign], [1]);
    take(["list", "--db", path.join(dir, "none.db")], [1]);
    take(["diff", "nam-dinh", "--db", db], [1]);
    take(["export", "--what", "xyzzy", "--db", db], [1]);
    // the limits of a run, said by a worker thread or the main one
    const big = path.join(dir, "big.txt");
    fs.writeFileSync(big, "Kế hoạch. ".repeat(150_000));
    expect(take(["ingest", big, "--max-size", "1", "--no-db", "--out", dir], [1]).stderr).toMatch(/quá lớn: 2 MB \(giới hạn 1 MB, xem --max-size\)/);
    expect(take(["ingest", FIX("001_1396b3c07450a05b.pdf"), "--max-pages", "1", "--no-db", "--out", dir], [1]).stderr).toContain("quá nhiều trang: 6");
    // damaged inputs: a cut DOCX and PDF, binary bytes in a .txt, a folder with them (its summary)
    const bad = path.join(dir, "bad");
    fs.mkdirSync(bad);
    fs.writeFileSync(path.join(bad, "cut.docx"), fs.readFileSync(DOCX).subarray(0, 2000));
    fs.writeFileSync(path.join(bad, "cut.pdf"), fs.readFileSync(FIX("001_1396b3c07450a05b.pdf")).subarray(0, 5000));
    fs.writeFileSync(path.join(bad, "bin.txt"), Buffer.from([0x61, 0xff, 0xfe, 0, 1]));
    expect(take(["ingest", bad, "--no-db", "--out", dir], [1]).stderr).toMatch(/3 tệp trong .* 3 bị từ chối/);
  }, LONG);

  it("the errors of pdf.js and SQLite: a damaged PDF, a damaged and a locked database", () => {
    const lib = path.join(dir, "lib");
    fs.mkdirSync(lib);
    const base = path.join(lib, "base.db");
    take(["ingest", CAO_BANG, "--db", base, "--out", lib]);
    // a PDF whose structure pdf.js cannot read
    const bad = path.join(lib, "bad.pdf");
    fs.writeFileSync(bad, "%PDF-1.4\nnot a PDF body at all\n%%EOF\n");
    const pdf = take(["ingest", bad, "--no-db", "--out", lib], [1]).stderr;
    expect(pdf).toMatch(/tệp hỏng hoặc không phải PDF: không đọc được cấu trúc của nó \(pdf\.js: «Invalid PDF structure\.»\)/);
    // a database whose documents table is wiped: said as damaged, not as an internal error
    const damaged = path.join(lib, "damaged.db");
    fs.copyFileSync(base, damaged);
    const probe = new Database(damaged, { readonly: true });
    const root = (probe.prepare("SELECT rootpage FROM sqlite_master WHERE name = 'documents'").get() as { rootpage: number }).rootpage;
    const pageSize = probe.pragma("page_size", { simple: true }) as number;
    probe.close();
    const bytes = fs.readFileSync(damaged);
    bytes.fill(0xa5, (root - 1) * pageSize, root * pageSize);
    fs.writeFileSync(damaged, bytes);
    const list = take(["list", "--db", damaged], [1]).stderr;
    expect(list).toMatch(/cơ sở dữ liệu bị hỏng \(SQLite: «database disk image is malformed»\): hãy khôi phục/);
    expect(list).not.toMatch(/lỗi nội bộ/);
    // raised by a query, after the database opened: the line still names the database
    expect(list).toContain("damaged.db");
    // a database another program holds a write lock on: ingest waits (busy timeout, 15 s), then says so
    const locked = path.join(lib, "locked.db");
    fs.copyFileSync(base, locked);
    const holder = new Database(locked);
    try {
      holder.exec("BEGIN EXCLUSIVE");
      const r = take(["ingest", FIX("003_bb17a3663816f093.txt"), "--db", locked, "--out", lib], [1]).stderr;
      expect(r).toMatch(/không lưu được vào .*locked\.db: cơ sở dữ liệu đang được một chương trình khác dùng .*\(SQLite: «database is locked»\)/);
    } finally {
      holder.close();
    }
  }, LONG);

  it("a diff's JSON keeps the library's comparison and adds the words of the language", () => {
    const r = run(["diff", "nam-dinh", "cao-bang", "--db", db, "--format", "json"]);
    expect(r.code, r.stderr).toBe(0);
    const pairs = (JSON.parse(r.stdout) as { pairs: Array<{ comparison: string; comparisonText: string; confidence: string }> }).pairs;
    expect(pairs.map((p) => p.comparison)).toContain("100% vs 60%");
    expect(pairs.map((p) => p.comparisonText)).toContain("100% so với 60%");
  });
});
