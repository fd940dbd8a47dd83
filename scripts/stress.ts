// npm run stress [-- --runs N --jobs J --json]: runs the built CLI many times, J at a time,
// and counts every run that does not end with exit code 0 or 1 (a crash: a signal such as
// SIGSEGV, exit 139 or 133, an abort). The commands cycle through --help, --version,
// ingest of the five seed plans (TXT) into JSON, ingest of a DOCX and a PDF, list,
// search, show, export (CSV and XLSX) and a run with a missing file.
// Prints one line with the figure; exit code 1 when any run crashed.
import { spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

interface Options {
  runs: number;
  jobs: number;
  json: boolean;
}

function parseArgs(argv: string[]): Options {
  const o: Options = { runs: 300, jobs: 3, json: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--runs") o.runs = Number(argv[++i]);
    else if (a === "--jobs") o.jobs = Number(argv[++i]);
    else if (a === "--json") o.json = true;
    else throw new Error(`unknown argument ${a} (use --runs N --jobs J --json)`);
  }
  if (!(Number.isInteger(o.runs) && o.runs > 0 && Number.isInteger(o.jobs) && o.jobs > 0)) throw new Error("--runs and --jobs want positive whole numbers");
  return o;
}

const ROOT = path.resolve(path.dirname(new URL(import.meta.url).pathname), "../..");
const BIN = path.join(ROOT, "dist/bin/kehoach.js");
const PLANS = path.join(ROOT, "fixtures/plans");

interface Outcome {
  args: string[];
  code: number | null;
  signal: NodeJS.Signals | null;
  ms: number;
  stderr: string;
}

function runOnce(args: string[], cwd: string): Promise<Outcome> {
  const t0 = performance.now();
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr.setEncoding("utf8");
    child.stderr.on("data", (d: string) => {
      if (stderr.length < 4000) stderr += d;
    });
    child.on("close", (code, signal) => resolve({ args, code, signal, ms: performance.now() - t0, stderr }));
  });
}

export async function stress(o: Options): Promise<{ runs: number; crashes: Outcome[]; byCode: Record<string, number>; seconds: number }> {
  const work = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-stress-"));
  const seeds = fs.readdirSync(PLANS).filter((f) => /\.txt$/.test(f)).sort().map((f) => path.join(PLANS, f));
  const docx = path.join(PLANS, path.basename(seeds[0]!).replace(/\.txt$/, ".docx"));
  const pdf = path.join(PLANS, path.basename(seeds[1]!).replace(/\.txt$/, ".pdf"));
  const db = path.join(work, "k.db");
  // a database for the reading commands (not counted)
  const setup = await runOnce(["ingest", ...seeds, "--db", db, "--out", path.join(work, "setup")], work);
  if (setup.code !== 0) throw new Error(`setting up the database failed: ${setup.stderr}`);
  const commands: Array<(i: number) => string[]> = [
    () => ["--help"],
    () => ["--version"],
    (i) => ["ingest", ...seeds, "--no-db", "--out", path.join(work, `out${i}`)],
    (i) => ["ingest", docx, pdf, "--no-db", "--out", path.join(work, `out${i}`)],
    () => ["list", "--db", db],
    () => ["search", "tập huấn", "--db", db],
    () => ["show", "1", "--db", db],
    () => ["export", "--what", "targets", "--db", db],
    (i) => ["export", "--what", "tasks", "--format", "xlsx", "--out", path.join(work, `t${i}.xlsx`), "--db", db],
    (i) => ["ingest", seeds[i % seeds.length]!, path.join(work, "missing.txt"), "--stdout", "--no-db"],
  ];
  const t0 = performance.now();
  const outcomes: Outcome[] = [];
  let next = 0;
  const worker = async () => {
    for (let i = next++; i < o.runs; i = next++) {
      const args = commands[i % commands.length]!(i);
      const r = await runOnce(args, work);
      outcomes.push(r);
      fs.rmSync(path.join(work, `out${i}`), { recursive: true, force: true });
    }
  };
  await Promise.all(Array.from({ length: Math.min(o.jobs, o.runs) }, worker));
  fs.rmSync(work, { recursive: true, force: true });
  const byCode: Record<string, number> = {};
  for (const r of outcomes) {
    const k = r.signal ?? String(r.code);
    byCode[k] = (byCode[k] ?? 0) + 1;
  }
  const crashes = outcomes.filter((r) => r.signal !== null || (r.code !== 0 && r.code !== 1));
  return { runs: outcomes.length, crashes, byCode, seconds: (performance.now() - t0) / 1000 };
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(new URL(import.meta.url).pathname)) {
  const o = parseArgs(process.argv.slice(2));
  const r = await stress(o);
  if (o.json) {
    process.stdout.write(JSON.stringify({ runs: r.runs, jobs: o.jobs, crashes: r.crashes.length, byCode: r.byCode, seconds: +r.seconds.toFixed(1), failed: r.crashes.map((c) => ({ args: c.args, code: c.code, signal: c.signal, stderr: c.stderr })) }) + "\n");
  } else {
    for (const c of r.crashes) process.stderr.write(`crash: kehoach ${c.args.join(" ")}: ${c.signal ?? `exit ${c.code}`}\n${c.stderr}\n`);
    const codes = Object.entries(r.byCode).map(([k, n]) => `${k}: ${n}`).join(", ");
    process.stdout.write(`stress: ${r.crashes.length} crashes in ${r.runs} runs, ${o.jobs} at a time (${r.seconds.toFixed(0)} s; exits ${codes}; node ${process.version}, ${os.cpus().length} cores)\n`);
  }
  if (r.crashes.length) process.exitCode = 1;
}
