// `kehoach ingest DIR…` over a province's archive: folders and globs, bad files named with their
// reason beside the good ones stored (old encodings converted, a scan read by OCR), an unchanged
// folder skipped before parsing, an interrupted run (kill -9, Ctrl-C) finished by the same command
// with nothing lost or doubled.
import { spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { describe, expect, it } from "vitest";
import { encodeLegacy } from "../parsers/legacy-vi.js";
import { scanOf } from "../scripts/scan-pdf.js";
import { asChars, docxOf, legacyRuns } from "./helpers/legacy.js";
import { FIXTURES } from "./helpers/plan-factory.js";

const BIN = path.resolve("dist/bin/kehoach.js");
const REAL = path.resolve("fixtures/real");
const run = (args: string[], cwd: string) => {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd, encoding: "utf8" });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
};
const tmp = (p: string) => fs.mkdtempSync(path.join(os.tmpdir(), `kehoach-batch-${p}-`));
const rows = (db: string) => {
  const d = new Database(db, { readonly: true });
  try {
    expect(d.pragma("integrity_check", { simple: true })).toBe("ok");
    return d.prepare("SELECT source_path AS path, sha256 FROM documents ORDER BY source_path").all() as Array<{ path: string; sha256: string }>;
  } finally {
    d.close();
  }
};

/** A one-page PDF whose text layer says `text`; with `encrypted`, an /Encrypt dictionary whose password nobody knows. */
function tinyPdf(text: string, encrypted = false): Buffer {
  const objs = [
    "<< /Type /Catalog /Pages 2 0 R >>",
    "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
    "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>",
    "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
  ];
  const content = `BT /F1 12 Tf 72 760 Td (${text}) Tj ET`;
  objs.push(`<< /Length ${content.length} >>\nstream\n${content}\nendstream`);
  if (encrypted) objs.push(`<< /Filter /Standard /V 1 /R 2 /O <${"ab".repeat(32)}> /U <${"cd".repeat(32)}> /P -4 >>`);
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objs.forEach((o, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${o}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objs.length + 1}\n0000000000 65535 f \n` + offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("");
  const enc = encrypted ? ` /Encrypt ${objs.length} 0 R /ID [<${"01".repeat(16)}> <${"01".repeat(16)}>]` : "";
  out += `trailer\n<< /Size ${objs.length + 1} /Root 1 0 R${enc} >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

const lines = (file: string) =>
  fs
    .readFileSync(file, "utf8")
    .normalize("NFC")
    .replace(/[\u0300-\u036f]/g, "")
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

/**
 * What the archive holds beyond plain plans (made once): two real plans (fixtures/real) as offices
 * kept them before Unicode, one a DOCX in `.VnTime`/`.VnTimeH` (TCVN3), one a VNI text; and the
 * first page of a seed plan's PDF scanned (no text layer).
 */
let special: { tcvn3: Uint8Array; vni: Buffer; scan: Buffer } | null = null;
async function specialFiles() {
  if (special) return special;
  const tcvn3 = docxOf(lines(path.join(REAL, "A06-mamnon-dongson-donghung-2019-2020.txt")).map((l) => legacyRuns(l, "tcvn3").map((r) => ({ text: asChars(r, "tcvn3"), font: r.font }))));
  const vni = encodeLegacy(lines(path.join(REAL, "A08-ubnd-tinh-hatinh-dichbenh-2024.txt")).join("\n") + "\n", "vni");
  const pdf = fs.readdirSync(FIXTURES).find((f) => /^000_.*\.pdf$/.test(f))!;
  const scan = await scanOf(fs.readFileSync(path.join(FIXTURES, pdf)), 200, [1]);
  return (special = { tcvn3, vni, scan });
}

/** An archive: good plans (seed plans, one in a sub-folder; a TCVN3 DOCX, a VNI text, a scan) and five bad files. */
async function archive(): Promise<{ dir: string; good: string[]; bad: Record<string, RegExp> }> {
  const dir = tmp("archive");
  const seeds = fs.readdirSync(FIXTURES).filter((f) => /^00[1-3]_.*\.txt$/.test(f));
  fs.mkdirSync(path.join(dir, "2024"));
  const good: string[] = [];
  seeds.forEach((f, i) => {
    const rel = i === 0 ? path.join("2024", f) : f;
    fs.copyFileSync(path.join(FIXTURES, f), path.join(dir, rel));
    good.push(rel);
  });
  const pdf = fs.readdirSync(FIXTURES).find((f) => /^004_.*\.pdf$/.test(f))!;
  fs.copyFileSync(path.join(FIXTURES, pdf), path.join(dir, pdf));
  good.push(pdf);
  const s = await specialFiles();
  fs.writeFileSync(path.join(dir, "tcvn3-vntime.docx"), s.tcvn3);
  fs.writeFileSync(path.join(dir, "vni-plan.txt"), s.vni);
  fs.writeFileSync(path.join(dir, "scanned.pdf"), s.scan);
  good.push("tcvn3-vntime.docx", "vni-plan.txt", "scanned.pdf");
  // a valid PDF cut in half: its cross-reference table points past the end
  const whole = tinyPdf("KE HOACH");
  fs.writeFileSync(path.join(dir, "corrupt.pdf"), whole.subarray(0, Math.floor(whole.length / 2)));
  fs.writeFileSync(path.join(dir, "locked.pdf"), tinyPdf("KE HOACH", true));
  fs.writeFileSync(path.join(dir, "old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
  fs.writeFileSync(path.join(dir, "empty.txt"), "");
  fs.writeFileSync(path.join(dir, "notes.json"), "{}"); // not a plan format: a folder's other files are left alone
  const bad = {
    "corrupt.pdf": /damaged/,
    "locked.pdf": /encrypted.*--password/,
    "old.doc": /legacy binary Word document/,
    "empty.txt": /empty/,
  };
  return { dir, good: good.sort(), bad };
}

describe("kehoach ingest DIR", () => {
  it("stores every good file of a folder tree, names each bad one with its reason, exits 1; the same folder again is skipped before parsing", async () => {
    const { dir, good, bad } = await archive();
    const first = run(["ingest", ".", "--recursive", "--out", "out", "--db", "k.db", "--jobs", "2"], dir);
    expect(first.code, first.stderr).toBe(1);
    expect(rows(path.join(dir, "k.db")).map((r) => r.path)).toEqual(good);
    for (const g of good) expect(fs.existsSync(path.join(dir, "out", path.basename(g).replace(/\.[^.]+$/, ".json")))).toBe(true);
    // the old encodings converted, the scan recognised: each says so, and each is a plan
    const json = (name: string) => JSON.parse(fs.readFileSync(path.join(dir, "out", name), "utf8"));
    for (const [name, code, what] of [
      ["tcvn3-vntime.json", "input/legacy-encoding", /TCVN3.*font names/],
      ["vni-plan.json", "input/legacy-encoding", /VNI.*characters/],
      ["scanned.json", "input/ocr", /recognised by OCR/],
    ] as const) {
      const plan = json(name);
      expect(plan.warnings.find((w: { code: string }) => w.code === code)?.message, name).toMatch(what);
      expect(plan.targets.length + plan.tasks.length, name).toBeGreaterThan(0);
      expect(plan.meta.title, name).toMatch(/^KẾ HOẠCH/i);
    }
    const summary = first.stderr.split("\n").filter((l) => l.startsWith("kehoach: refused: "));
    expect(summary).toHaveLength(Object.keys(bad).length);
    for (const [file, why] of Object.entries(bad)) {
      // an error line as it happened, and again in the summary
      expect(first.stderr).toMatch(new RegExp(`kehoach: error: ${file.replace(".", "\\.")}: .*${why.source}`));
      expect(summary.some((l) => l.startsWith(`kehoach: refused: ${file}: `) && why.test(l)), file).toBe(true);
    }
    expect(first.stderr).toMatch(new RegExp(`kehoach: ${good.length + 4} files in [\\d.]+ s: ${good.length} ingested \\(${good.length} new, 0 replaced\\), 0 unchanged, 4 refused`));
    expect(first.stderr).not.toMatch(/notes\.json/);

    // Again, unchanged, with a time limit no parse could meet: nothing is parsed, so nothing is stopped.
    fs.rmSync(path.join(dir, "out", path.basename(good[0]!).replace(/\.txt$/, ".json")));
    const again = run(["ingest", ".", "-r", "--out", "out", "--db", "k.db", "--timeout", "0.001"], dir);
    expect(again.stderr).toMatch(new RegExp(`: 0 ingested, ${good.length} unchanged, 4 refused`));
    expect(rows(path.join(dir, "k.db")).map((r) => r.path)).toEqual(good);
    // a missing JSON is written again from the plan stored
    expect(fs.existsSync(path.join(dir, "out", path.basename(good[0]!).replace(/\.txt$/, ".json")))).toBe(true);

    // without --recursive the sub-folders (2024/ and out/) are not read, and that is said
    const flat = run(["ingest", ".", "--out", "out", "--db", "k.db"], dir);
    expect(flat.stderr).toMatch(/2 sub-folders not read \(--recursive reads them\)/);
    expect(flat.stderr).toMatch(new RegExp(`kehoach: ${good.length - 1 + 4} files in`));
  }, 600_000);

  it("reads quoted glob patterns, and says when a pattern or a folder has nothing to read", async () => {
    const { dir } = await archive();
    const r = run(["ingest", "**/0*.txt", "nothing-*.pdf", "--out", "out", "--db", "k.db"], dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/kehoach: error: nothing-\*\.pdf: no file matches this pattern/);
    expect(rows(path.join(dir, "k.db")).map((x) => x.path)).toEqual(["002_ed1a53c65c1a9ed0.txt", "003_bb17a3663816f093.txt", path.join("2024", "001_1396b3c07450a05b.txt")].sort());
    fs.mkdirSync(path.join(dir, "void"));
    const none = run(["ingest", "void", "--no-db", "--out", "out"], dir);
    expect(none.code).toBe(1);
    expect(none.stderr).toMatch(/void: no plan file/);
  }, 120_000);
});

/** A folder of distinct real plans, and the command that ingests it. */
function realFolder(n: number): { dir: string; files: string[]; args: string[] } {
  const dir = tmp("resume");
  fs.mkdirSync(path.join(dir, "in"));
  const files = fs.readdirSync(REAL).filter((f) => f.endsWith(".txt")).sort().slice(0, n);
  for (const f of files) fs.copyFileSync(path.join(REAL, f), path.join(dir, "in", f));
  return { dir, files: files.map((f) => path.join("in", f)), args: ["ingest", "in", "--out", "out", "--db", "k.db", "--force", "--jobs", "1"] };
}

/** Starts the batch and sends `signal` once `after` files are done (plain progress lines on stderr). */
function interrupt(dir: string, args: string[], after: number, signal: NodeJS.Signals): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: dir, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    let sent = false;
    child.stderr.setEncoding("utf8").on("data", (d: string) => {
      stderr += d;
      const done = stderr.split("\n").filter((l) => /^kehoach: \d+\/\d+ /.test(l)).length;
      if (!sent && done >= after) {
        sent = true;
        child.kill(signal);
      }
    });
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

describe("an interrupted batch", () => {
  for (const signal of ["SIGKILL", "SIGINT"] as const) {
    it(`${signal === "SIGKILL" ? "kill -9" : "Ctrl-C"} then the same command: every file stored once, nothing done twice`, async () => {
      const { dir, files, args } = realFolder(12);
      const cut = await interrupt(dir, args, 3, signal);
      if (signal === "SIGINT") {
        expect(cut.code).toBe(130);
        expect(cut.stderr).toMatch(/interrupted: \d+ files? not done; the same command again finishes them/);
      }
      const before = rows(path.join(dir, "k.db"));
      expect(before.length).toBeGreaterThanOrEqual(3);
      expect(before.length).toBeLessThan(files.length);
      const resumed = run(args, dir);
      expect(resumed.code, resumed.stderr).toBe(0);
      // what was stored is skipped, the rest is done
      expect(resumed.stderr).toMatch(new RegExp(`: ${files.length - before.length} ingested .*, ${before.length} unchanged, 0 refused`));
      const after = rows(path.join(dir, "k.db"));
      expect(after.map((r) => r.path)).toEqual(files);
      expect(new Set(after.map((r) => r.sha256)).size).toBe(files.length);
      // every JSON whole
      for (const f of fs.readdirSync(path.join(dir, "out"))) {
        expect(f.endsWith(".json"), f).toBe(true);
        JSON.parse(fs.readFileSync(path.join(dir, "out", f), "utf8"));
      }
    }, 180_000);
  }
});
