// npm run bench: what a user waits for, measured two ways.
//
// 1. Whole process (as a user runs it; needs GNU time at /usr/bin/time, and poppler-utils for the
//    pdftotext ratio): a corpus of at least 1,000 documents and 5,000 pages built from the fixture
//    plans in a temp folder (renamed copies, each with a byte added so that every sha256 differs),
//    ingested into a fresh database with --jobs 1 and with --jobs 2, then again unchanged;
//    `pdftotext -layout` on the same PDFs in the same run; `kehoach --help` against `node -e 0`;
//    and the machine's own ceiling for two processes (two plain Node CPU loops at once against one).
//    Prints a Markdown table (the README's) with the machine and its load.
// 2. In process, warm (`--in-process`, or BENCH_IN_PROCESS=1): the pipeline (bytes -> validated JSON)
//    on each fixture plan after a warm-up, mean of BENCH_ROUNDS, the PDFs against pdftotext.
//
// Sizes: BENCH_DOCS (default 1000) documents, BENCH_PDF_PAGES (default 5000) pages of PDF among them;
// BENCH_MANY (default 1000) made-up small plans for the memory and unchanged re-run row (also alone:
// `npm run bench -- --many N`).
import { execFileSync, spawn, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const BIN = path.join(ROOT, "dist/bin/kehoach.js");
const FIXTURES = path.join(ROOT, "fixtures/plans");
const TIME = "/usr/bin/time";

interface Run {
  wall: number; // seconds
  cpu: number; // user + system seconds, the process and the children it waited for
  maxRssMb: number; // the largest single process (GNU time: the CLI or one of its children)
  /** the whole process tree at its peak (the CLI and its child processes), sampled from /proc every 200 ms */
  tree: TreePeak;
  code: number | null;
  tail: string; // the end of its stderr (ingest's summary)
}

/** Peaks of the memory of a process tree: resident (RSS, shared pages counted in each process) and proportional (PSS, shared pages divided among the processes that share them), summed over the processes, in MB. */
export interface TreePeak {
  rssMb: number;
  pssMb: number;
  processes: number;
}

/** A process and its descendants, from /proc/PID/task/TID/children. */
function treeOf(pid: number): number[] {
  const out = [pid];
  for (let i = 0; i < out.length; i++) {
    let tasks: string[];
    try {
      tasks = fs.readdirSync(`/proc/${out[i]}/task`);
    } catch {
      continue;
    }
    for (const t of tasks) {
      try {
        for (const c of fs.readFileSync(`/proc/${out[i]}/task/${t}/children`, "latin1").trim().split(/\s+/)) if (c) out.push(Number(c));
      } catch {
        // gone meanwhile
      }
    }
  }
  return out;
}

/** The kB figure of a field ("Rss:", "Pss:") of /proc/PID/smaps_rollup. */
const kbField = (text: string, name: "Rss" | "Pss"): number => Number((name === "Rss" ? /^Rss:\s*(\d+)/m : /^Pss:\s*(\d+)/m).exec(text)?.[1] ?? 0);

/** Samples the memory of `pid`'s descendants (not `pid` itself: GNU time) until stopped; the peaks. */
function sampleTree(pid: number): () => TreePeak {
  const peak: TreePeak = { rssMb: 0, pssMb: 0, processes: 0 };
  const sample = () => {
    let rss = 0;
    let pss = 0;
    const procs = treeOf(pid).slice(1);
    for (const p of procs) {
      try {
        const rollup = fs.readFileSync(`/proc/${p}/smaps_rollup`, "latin1");
        rss += kbField(rollup, "Rss");
        pss += kbField(rollup, "Pss");
      } catch {
        // gone meanwhile
      }
    }
    peak.rssMb = Math.max(peak.rssMb, rss / 1024);
    peak.pssMb = Math.max(peak.pssMb, pss / 1024);
    peak.processes = Math.max(peak.processes, procs.length);
  };
  const timer = setInterval(sample, 200);
  return () => {
    clearInterval(timer);
    return peak;
  };
}

/** Runs a command under GNU time; its stdout and stderr are thrown away. */
function timed(cmd: string, args: string[], opts: { cwd?: string } = {}): Promise<Run> {
  return new Promise((resolve, reject) => {
    const t0 = performance.now();
    const child = spawn(TIME, ["-f", "@@time %U %S %M", cmd, ...args], { cwd: opts.cwd, stdio: ["ignore", "ignore", "pipe"] });
    const treePeak = sampleTree(child.pid!);
    let err = "";
    child.stderr.on("data", (d: Buffer) => {
      err = (err + d.toString("utf8")).slice(-4000);
    });
    child.on("error", reject);
    child.on("close", (code) => {
      const tree = treePeak();
      const wall = (performance.now() - t0) / 1000;
      const m = /@@time ([\d.]+) ([\d.]+) (\d+)\s*$/.exec(err);
      if (!m) return reject(new Error(`no timing from ${cmd} ${args.join(" ")}: ${err.slice(-500)}`));
      resolve({ wall, cpu: Number(m[1]) + Number(m[2]), maxRssMb: Number(m[3]) / 1024, tree, code, tail: err.slice(0, m.index) });
    });
  });
}

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const loadavg = () => os.loadavg().map((x) => x.toFixed(2)).join(" / ");
const f1 = (x: number) => x.toFixed(1);
const f2 = (x: number) => x.toFixed(2);

// ------------------------------------------------------------------ corpus

interface Corpus {
  dir: string;
  pdfDir: string;
  otherDir: string;
  docs: number;
  pdfs: number;
  pages: number;
}

/** A ZIP (DOCX) with `comment` as its archive comment: the same document, other bytes. */
function withZipComment(zip: Buffer, comment: string): Buffer {
  for (let at = zip.length - 22; at >= Math.max(0, zip.length - 22 - 65535); at--) {
    if (zip.readUInt32LE(at) !== 0x06054b50) continue;
    const head = Buffer.from(zip.subarray(0, at + 22));
    const c = Buffer.from(comment, "latin1");
    head.writeUInt16LE(c.length, at + 20);
    return Buffer.concat([head, c]);
  }
  throw new Error("not a ZIP: no end of central directory");
}

/** The `n`-th renamed copy of a fixture, with bytes added that the parsers do not read as text. */
function variant(bytes: Buffer, ext: string, n: number): Buffer {
  const tag = `kehoach-bench ${n}`;
  if (ext === ".pdf") return Buffer.concat([bytes, Buffer.from(`\n%${tag}\n`, "latin1")]); // a comment after %%EOF
  if (ext === ".docx") return withZipComment(bytes, tag);
  return Buffer.concat([bytes, Buffer.from("\n".repeat(1 + (n % 997)) + " ".repeat(Math.floor(n / 997)))]); // trailing blank lines
}

function pagesOf(pdf: string): number {
  const expected = `${pdf}.expected.json`;
  if (fs.existsSync(expected)) return (JSON.parse(fs.readFileSync(expected, "utf8")) as { source: { pages: number } }).source.pages;
  const info = execFileSync("pdfinfo", [pdf], { encoding: "utf8" });
  return Number(/^Pages:\s+(\d+)/m.exec(info)![1]);
}

function makeCorpus(docs: number, pdfPages: number): Corpus {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-"));
  const pdfDir = path.join(dir, "pdf");
  const otherDir = path.join(dir, "other");
  fs.mkdirSync(pdfDir);
  fs.mkdirSync(otherDir);
  const all = fs.readdirSync(FIXTURES).sort();
  const pdfs = all.filter((f) => f.endsWith(".pdf")).map((f) => ({ f, bytes: fs.readFileSync(path.join(FIXTURES, f)), pages: pagesOf(path.join(FIXTURES, f)) }));
  const others = all.filter((f) => /\.(docx|txt)$/.test(f)).map((f) => ({ f, bytes: fs.readFileSync(path.join(FIXTURES, f)) }));
  let pages = 0;
  let n = 0;
  for (let k = 0; pages < pdfPages; k++) {
    const src = pdfs[k % pdfs.length];
    const ext = path.extname(src.f);
    fs.writeFileSync(path.join(pdfDir, `${path.basename(src.f, ext)}-${String(k).padStart(5, "0")}${ext}`), variant(src.bytes, ext, k));
    pages += src.pages;
    n++;
  }
  const pdfCount = n;
  for (let k = 0; n < docs; k++, n++) {
    const src = others[k % others.length];
    const ext = path.extname(src.f);
    fs.writeFileSync(path.join(otherDir, `${path.basename(src.f, ext)}-${String(k).padStart(5, "0")}${ext}`), variant(src.bytes, ext, k));
  }
  return { dir, pdfDir, otherDir, docs: n, pdfs: pdfCount, pages };
}

/** Every plan file under fixtures/, once each (flat names), in `<dir>/distinct`; the seed plans as PDF only (their TXT and DOCX are the same plans). */
function distinctPlans(dir: string): { dir: string; files: number } {
  const out = path.join(dir, "distinct");
  fs.mkdirSync(out);
  let files = 0;
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(pdf|docx|txt|md)$/i.test(e.name) && !/^(README|HOLDOUT|FIXTURES|GOLD)/i.test(e.name) && !(path.basename(d) === "plans" && !e.name.endsWith(".pdf"))) {
        fs.copyFileSync(p, path.join(out, path.relative(path.join(ROOT, "fixtures"), p).replaceAll(path.sep, "__")));
        files++;
      }
    }
  };
  walk(path.join(ROOT, "fixtures"));
  return { dir: out, files };
}

// ------------------------------------------------------------------ whole process

const node = process.execPath;
const kehoach = (args: string[]) => [BIN, ...args];

async function helpVsNode(runs = 5): Promise<{ help: number; bare: number; ratio: number }> {
  await timed(node, kehoach(["--help"])); // warm the file cache
  await timed(node, ["-e", "0"]);
  const help: number[] = [];
  const bare: number[] = [];
  const ratio: number[] = [];
  for (let r = 0; r < runs; r++) {
    const a = await timed(node, kehoach(["--help"]));
    const b = await timed(node, ["-e", "0"]);
    help.push(a.cpu);
    bare.push(b.cpu);
    ratio.push(a.cpu / b.cpu);
  }
  return { help: median(help), bare: median(bare), ratio: median(ratio) };
}

/** Two plain Node CPU loops at once against one: the speed-up two processes can get here now. */
async function twoProcessCeiling(runs = 3): Promise<number> {
  const loop = ["-e", "let x = 0; for (let i = 0; i < 4e8; i++) x = (x + i) | 0; if (x === 1) console.log(x);"];
  const out: number[] = [];
  for (let r = 0; r < runs; r++) {
    const one = await timed(node, loop);
    const t0 = performance.now();
    await Promise.all([timed(node, loop), timed(node, loop)]);
    const two = (performance.now() - t0) / 1000;
    out.push((2 * one.wall) / two);
  }
  return median(out);
}

async function pdftotext(files: string[], parallel: number): Promise<Run | null> {
  if (spawnSync("pdftotext", ["-v"]).error) return null;
  const list = path.join(os.tmpdir(), `kehoach-bench-pdfs-${process.pid}.txt`);
  fs.writeFileSync(list, files.join("\n") + "\n");
  try {
    return await timed("xargs", ["-a", list, "-P", String(parallel), "-I", "{}", "pdftotext", "-layout", "{}", "/dev/null"]);
  } finally {
    fs.rmSync(list, { force: true });
  }
}

/**
 * The same command twice over distinct plans: the second run's share of the first. `--force` stores
 * the texts that are not plans too (otherwise they are read again each time, being stored never).
 * A few files of the fixtures are versions of one document to the store (one plan in two formats,
 * or the same province and number): each replaces the other on every run, so they are never
 * unchanged. They are found by a first ingest into a scratch database and left out, so that the
 * timed second run is over files that are all truly unchanged.
 */
async function rerun(dir: string) {
  const distinct = distinctPlans(dir);
  const scratch = path.join(dir, "scratch.db");
  await timed(node, kehoach(["ingest", distinct.dir, "--jobs", "2", "--db", scratch, "--out", fs.mkdtempSync(path.join(dir, "out-scratch-")), "--force", "--log-level", "error"]));
  const stored = new Set(storedPaths(scratch));
  let dropped = 0;
  for (const f of fs.readdirSync(distinct.dir)) {
    if (stored.has(path.join(distinct.dir, f))) continue;
    fs.rmSync(path.join(distinct.dir, f));
    dropped++;
  }
  distinct.files -= dropped;
  const out = fs.mkdtempSync(path.join(dir, "out-distinct-"));
  const args = ["ingest", distinct.dir, "--jobs", "2", "--db", path.join(dir, "distinct.db"), "--out", out, "--force"];
  const first = await timed(node, kehoach(args));
  const again = await timed(node, kehoach(args));
  const unchanged = Number(/(\d+) unchanged/.exec(again.tail)?.[1] ?? NaN);
  console.log(`distinct plans: ${distinct.files} files (${dropped} versions of another left out), first ${f1(first.wall)} s (CPU ${f1(first.cpu)} s), again ${f1(again.wall)} s (CPU ${f1(again.cpu)} s), ${unchanged} unchanged`);
  return { distinct, first, again, unchanged };
}

/** The paths a database holds (documents.source_path). */
function storedPaths(db: string): string[] {
  const out = execFileSync(node, ["-e", `const D=require("better-sqlite3");const d=new D(process.argv[1],{readonly:true});console.log(JSON.stringify(d.prepare("SELECT source_path FROM documents").all().map(r=>r.source_path)))`, db], { cwd: ROOT, encoding: "utf8" });
  return JSON.parse(out) as string[];
}

// ------------------------------------------------------------------ many small plans

const PROVINCES = ["Cao Bằng", "Lạng Sơn", "Hà Giang", "Nam Định", "Thái Bình", "Nghệ An", "Quảng Trị", "Đắk Lắk", "Lâm Đồng", "Cần Thơ", "An Giang", "Cà Mau"];
const UNITS = ["xã đạt chuẩn nông thôn mới", "trường học đạt chuẩn quốc gia", "hộ thoát nghèo", "km đường giao thông nông thôn", "lớp tập huấn"];

/** The `n`-th made-up plan: a short KẾ HOẠCH of its own province, number and year (distinct documents to the store). */
function smallPlan(n: number): string {
  const province = PROVINCES[n % PROVINCES.length];
  const year = 2020 + (n % 7);
  const unit = (k: number) => UNITS[(n + k) % UNITS.length];
  return [
    "ỦY BAN NHÂN DÂN",
    `TỈNH ${province.toUpperCase()}`,
    `Số: ${n + 1}/KH-UBND`,
    `${province}, ngày ${1 + (n % 28)} tháng ${1 + (n % 12)} năm ${year}`,
    "",
    "KẾ HOẠCH",
    `Thực hiện nhiệm vụ trọng tâm năm ${year}`,
    "",
    "I. MỤC TIÊU",
    `1. Phấn đấu có thêm ${3 + (n % 40)} ${unit(0)}.`,
    `2. Tỷ lệ hộ dân được dùng nước sạch đạt ${60 + (n % 40)}%.`,
    `3. Hoàn thành ${5 + (n % 20)} ${unit(1)} trước ngày 30/6/${year}.`,
    "",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    `1. Tổ chức ${2 + (n % 9)} ${unit(2)}, hoàn thành trong quý III/${year}.`,
    "2. Kiểm tra, đôn đốc việc thực hiện; báo cáo kết quả trước ngày 15/12.",
    "",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các sở, ban, ngành và Ủy ban nhân dân các huyện triển khai thực hiện Kế hoạch này.",
    "",
  ].join("\n");
}

/**
 * `--many N`: N made-up small plans (each its own document), ingested into a fresh database with
 * --jobs 2, then the same command again (all unchanged): peak memory of the whole process tree (the
 * CLI and its child processes, RSS and PSS summed, sampleTree) and the second run's share of the first.
 */
async function many(n: number): Promise<[string, string]> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-many-"));
  const loadBefore = loadavg();
  try {
    const input = path.join(dir, "in");
    fs.mkdirSync(input);
    for (let k = 0; k < n; k++) fs.writeFileSync(path.join(input, `plan-${String(k).padStart(5, "0")}.txt`), smallPlan(k));
    const args = ["ingest", input, "--jobs", "2", "--db", path.join(dir, "many.db"), "--out", path.join(dir, "out")];
    const first = await timed(node, kehoach(args));
    const again = await timed(node, kehoach(args));
    const ingested = /(\d+) ingested/.exec(first.tail)?.[1];
    const unchanged = /(\d+) unchanged/.exec(again.tail)?.[1];
    const peak = (r: Run) => `peak ${Math.round(r.tree.rssMb)} MB RSS / ${Math.round(r.tree.pssMb)} MB PSS in ${r.tree.processes} processes (largest one ${Math.round(r.maxRssMb)} MB)`;
    const row: [string, string] = [`${n} small plans (TXT), \`--jobs 2\``, `first ${f1(first.wall)} s, CPU ${f1(first.cpu)} s, ${peak(first)} (${ingested} ingested, exit ${first.code}); again ${f1(again.wall)} s, CPU ${f1(again.cpu)} s, ${peak(again)} (${unchanged} unchanged) = ${f1((100 * again.wall) / first.wall)} % (CPU ${f1((100 * again.cpu) / first.cpu)} %); load average before ${loadBefore}, after ${loadavg()}`];
    console.log(`| ${row[0]} | ${row[1]} |`);
    return row;
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(dir, { recursive: true, force: true });
  }
}

async function wholeProcess(): Promise<void> {
  if (!fs.existsSync(TIME)) {
    console.log("GNU time is needed for the whole-process figures (apt-get install time)");
    return;
  }
  const docs = Number(process.env.BENCH_DOCS ?? 1000);
  const pdfPages = Number(process.env.BENCH_PDF_PAGES ?? 5000);
  const cpuModel = os.cpus()[0]?.model ?? "unknown CPU";
  const loadBefore = loadavg();
  console.log(`kehoach bench, whole process — ${os.cpus().length} cores (${cpuModel}), ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${loadBefore} (1/5/15 min)`);

  const c = makeCorpus(docs, pdfPages);
  const pdfFiles = fs.readdirSync(c.pdfDir).sort().map((f) => path.join(c.pdfDir, f));
  console.log(`corpus: ${c.docs} documents (${c.pdfs} PDF with ${c.pages} pages, ${c.docs - c.pdfs} DOCX and TXT) in ${c.dir}`);
  // one output folder a database: a second run is the same command again
  const outs = new Map<string, string>();
  const out = (name: string) => outs.get(name) ?? outs.set(name, fs.mkdtempSync(path.join(c.dir, `out-${name}-`))).get(name)!;
  const db = (name: string) => path.join(c.dir, `${name}.db`);
  const ingest = (inputs: string[], jobs: number, name: string) =>
    timed(node, kehoach(["ingest", ...inputs, "--recursive", "--jobs", String(jobs), "--db", db(name), "--out", out(name), "--log-level", "error"]));

  try {
    const help = await helpVsNode();
    console.log(`kehoach --help: ${f2(help.help)} s CPU, node -e 0: ${f2(help.bare)} s (median of 5, ratio ${f2(help.ratio)})`);
    const ceiling = await twoProcessCeiling();
    console.log(`two plain Node processes at once: ${f2(ceiling)}× one (the machine's own ceiling now)`);

    const j1 = await ingest([c.pdfDir, c.otherDir], 1, "jobs1");
    console.log(`--jobs 1: ${f1(j1.wall)} s, CPU ${f1(j1.cpu)} s, peak ${f1(j1.tree.rssMb)} MB (process tree; largest process ${f1(j1.maxRssMb)} MB), exit ${j1.code}`);
    const j2pdf = await ingest([c.pdfDir], 2, "jobs2");
    const j2other = await ingest([c.otherDir], 2, "jobs2");
    const j2: Run = { wall: j2pdf.wall + j2other.wall, cpu: j2pdf.cpu + j2other.cpu, maxRssMb: Math.max(j2pdf.maxRssMb, j2other.maxRssMb), tree: j2pdf.tree.rssMb >= j2other.tree.rssMb ? j2pdf.tree : j2other.tree, code: j2pdf.code || j2other.code, tail: "" };
    console.log(`--jobs 2: ${f1(j2.wall)} s (PDF ${f1(j2pdf.wall)} s, the rest ${f1(j2other.wall)} s), CPU ${f1(j2.cpu)} s, peak ${f1(j2.tree.rssMb)} MB (process tree; largest process ${f1(j2.maxRssMb)} MB), exit ${j2.code}`);
    // The copies of one plan are versions of one document to the store (same province and number,
    // or title and year): each replaces the one before, so the database keeps the last copy of each
    // and a second run over the copies reads them again. The second run is timed over distinct plans:
    // every plan file under fixtures/ (the seed plans, the real plans, the blind rounds) once.
    const { distinct, first, again, unchanged } = await rerun(c.dir);
    const manyRow = await many(Number(process.env.BENCH_MANY ?? 1000));
    const p1 = await pdftotext(pdfFiles, 1);
    const p2 = await pdftotext(pdfFiles, 2);
    const loadAfter = loadavg();

    const rows: Array<[string, string]> = [
      ["documents / pages", `${c.docs} / ${c.pages} (${c.pdfs} PDF; ${c.docs - c.pdfs} DOCX and TXT)`],
      ["`--jobs 1`", `${f1(j1.wall)} s: ${f1(c.docs / j1.wall)} docs/s; CPU ${f1(j1.cpu)} s; peak ${Math.round(j1.tree.rssMb)} MB (process tree)`],
      ["`--jobs 2`", `${f1(j2.wall)} s: ${f1(c.docs / j2.wall)} docs/s; CPU ${f1(j2.cpu)} s; peak ${Math.round(j2.tree.rssMb)} MB (process tree)`],
      ["`--jobs 2` / `--jobs 1` speed-up", `${f2(j1.wall / j2.wall)}× (two plain Node loops at once: ${f2(ceiling)}× one)`],
      ["PDFs only, `--jobs 2`", `${f1(j2pdf.wall)} s: ${f1(c.pages / j2pdf.wall)} pages/s; CPU ${f1(j2pdf.cpu)} s (${f1((1000 * j2pdf.cpu) / c.pages)} ms a page)`],
    ];
    if (p1 && p2) {
      rows.push([
        "`pdftotext -layout`, same PDFs",
        `1 at a time ${f1(p1.wall)} s (CPU ${f1(p1.cpu)} s); 2 at a time ${f1(p2.wall)} s: ${f1(c.pages / p2.wall)} pages/s`,
      ]);
      rows.push(["kehoach / pdftotext (2 at a time)", `wall ${f2(j2pdf.wall / p2.wall)}×, CPU ${f2(j2pdf.cpu / p2.cpu)}×`]);
    } else rows.push(["`pdftotext`", "not installed (apt-get install poppler-utils)"]);
    rows.push([
      "unchanged files again, `--jobs 2`",
      `${distinct.files} distinct plans: ${f1(first.wall)} s the first time, ${f1(again.wall)} s again (${unchanged} unchanged) = ${f1((100 * again.wall) / first.wall)} % (CPU ${f1((100 * again.cpu) / first.cpu)} %)`,
    ]);
    rows.push(manyRow);
    rows.push(["`kehoach --help` / `node -e 0`", `${f2(help.help)} s / ${f2(help.bare)} s CPU = ${f2(help.ratio)}× (median of 5)`]);
    rows.push(["machine", `${os.cpus().length} cores, ${cpuModel}, Node ${process.version}; load average before ${loadBefore}, after ${loadAfter}`]);
    console.log("\n| measure (whole process) | figure |\n| --- | --- |");
    for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);
  } finally {
    if (!process.env.BENCH_KEEP) fs.rmSync(c.dir, { recursive: true, force: true });
  }
}

// ------------------------------------------------------------------ in process, warm

async function inProcess(): Promise<void> {
  const { ingestBytes } = await import("../src/pipeline.js");
  const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
  const list = (ext: string) => fs.readdirSync(FIXTURES).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(FIXTURES, f));
  console.log(`kehoach bench, in process and warm — fixtures/plans, mean of ${ROUNDS} rounds after a warm-up, Node ${process.version}`);
  for (const ext of [".txt", ".md", ".docx", ".pdf"]) {
    const files = list(ext);
    if (!files.length) continue;
    for (const f of files) await ingestBytes(fs.readFileSync(f), path.basename(f)); // warm-up: module loading and JIT
    let total = 0;
    let pages = 0;
    for (const f of files) {
      const bytes = fs.readFileSync(f);
      const t0 = performance.now();
      let plan;
      for (let r = 0; r < ROUNDS; r++) plan = await ingestBytes(bytes, path.basename(f));
      const ms = (performance.now() - t0) / ROUNDS;
      pages += plan?.source.pages ?? 0;
      total += ms;
      console.log(`  ${path.basename(f).padEnd(32)} ${ms.toFixed(1).padStart(8)} ms`);
    }
    let line = `${ext.slice(1).toUpperCase().padEnd(5)} ${files.length} files: ${total.toFixed(1)} ms in total`;
    if (ext === ".pdf" && pages) {
      line += `, ${pages} pages, ${((pages / total) * 1000).toFixed(1)} pages/s`;
      if (spawnSync("pdftotext", ["-v"]).error) line += " (pdftotext not installed: apt-get install poppler-utils to compare)";
      else {
        for (const f of files) execFileSync("pdftotext", ["-layout", f, "/dev/null"]); // warm the cache
        const t0 = performance.now();
        for (let r = 0; r < ROUNDS; r++) for (const f of files) execFileSync("pdftotext", ["-layout", f, "/dev/null"]);
        const p = (performance.now() - t0) / ROUNDS;
        line += `; pdftotext -layout: ${p.toFixed(1)} ms (${((pages / p) * 1000).toFixed(1)} pages/s), ratio ${(total / p).toFixed(2)}×`;
      }
    }
    console.log(line);
  }
}

if (process.argv.includes("--in-process") || process.env.BENCH_IN_PROCESS === "1") await inProcess();
else if (process.argv.includes("--many")) void (await many(Number(process.argv[process.argv.indexOf("--many") + 1] ?? 1000)));
else if (process.argv.includes("--rerun-only")) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-"));
  try {
    const { distinct, first, again, unchanged } = await rerun(dir);
    console.log(`| unchanged files again, \`--jobs 2\` | ${distinct.files} distinct plans: ${f1(first.wall)} s the first time, ${f1(again.wall)} s again (${unchanged} unchanged) = ${f1((100 * again.wall) / first.wall)} % (CPU ${f1((100 * again.cpu) / first.cpu)} %); load average ${loadavg()} |`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
} else await wholeProcess();
