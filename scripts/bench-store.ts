// node dist/scripts/bench-store.js [--rounds N] [--with-parse]: the store's share of an ingest of the
// fixture corpus, in process (one thread, CPU time of the process: process.cpuUsage).
//
// Every plan file under fixtures/ (TXT, Markdown, DOCX, PDF; those that are no plan are refused as
// `ingest` refuses them and left out) is read into a validated plan once, untimed. Then, each round,
// into a fresh database in a temp folder, as `ingest` does it: `storedAs` (sha256 and path: is it
// unchanged?) and `savePlan` for every file, then `storedAs` again for every file (the unchanged
// run's only question to the database). With --with-parse, each round parses every file again too
// (bytes to validated plan), so the figure is the whole ingest in one thread.
// Prints the median of the rounds (default 7) and each round, with the machine's load average.
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const FIXTURES = path.join(ROOT, "fixtures");

const arg = (name: string): string | undefined => {
  const i = process.argv.indexOf(name);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const ROUNDS = Number(arg("--rounds") ?? 7);
const WITH_PARSE = process.argv.includes("--with-parse");

const median = (xs: number[]): number => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};
const cpuMs = (): number => {
  const u = process.cpuUsage();
  return (u.user + u.system) / 1000;
};

function planFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (e.name !== "tools" && e.name !== "make-blind-layouts") out.push(...planFiles(p));
    } else if (/\.(txt|md|docx|pdf)$/i.test(e.name) && !/README|SOURCES|HOLDOUT/i.test(e.name)) out.push(p);
  }
  return out.sort();
}

const { ingestBytes } = await import("../src/pipeline.js");
const { openStore } = await import("../src/store/sqlite.js");
const { notAPlanReason } = await import("../src/plan-kind.js");
type Plan = Awaited<ReturnType<typeof ingestBytes>>;

const files = planFiles(FIXTURES);
const inputs: Array<{ rel: string; bytes: Buffer; plan: Plan }> = [];
for (const f of files) {
  const bytes = fs.readFileSync(f);
  try {
    const plan = await ingestBytes(bytes, f);
    if (!notAPlanReason(plan)) inputs.push({ rel: path.relative(ROOT, f), bytes, plan });
  } catch {
    // refused by the parsers (damaged, encrypted…): not stored by `ingest` either
  }
}

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-bench-store-"));
const save: number[] = [];
const again: number[] = [];
const loadBefore = os.loadavg()[0]!.toFixed(2);
try {
  for (let r = 0; r < ROUNDS + 1; r++) {
    const store = openStore(path.join(dir, `r${r}.db`));
    const t0 = cpuMs();
    for (const x of inputs) {
      const plan = WITH_PARSE ? await ingestBytes(x.bytes, x.rel) : x.plan;
      if (!store.storedAs(plan.source.sha256, x.rel)) store.savePlan(plan, { path: x.rel });
    }
    const t1 = cpuMs();
    let hits = 0;
    for (const x of inputs) if (store.storedAs(x.plan.source.sha256, x.rel)) hits++;
    const t2 = cpuMs();
    store.close();
    if (r === 0) continue; // the warm-up round: module loading and JIT
    save.push(t1 - t0);
    again.push(t2 - t1);
    console.log(`round ${r}: ${WITH_PARSE ? "parse + " : ""}storedAs + savePlan ${(t1 - t0).toFixed(1)} ms; storedAs again ${(t2 - t1).toFixed(2)} ms (${hits} unchanged)`);
  }
} finally {
  fs.rmSync(dir, { recursive: true, force: true });
}
console.log(
  `${inputs.length} fixture plans (of ${files.length} files), median of ${ROUNDS} rounds after a warm-up, in process, CPU: ` +
    `${WITH_PARSE ? "parse + " : ""}storedAs + savePlan ${median(save).toFixed(1)} ms; storedAs again ${median(again).toFixed(2)} ms; ` +
    `Node ${process.version}, ${os.cpus().length} cores, load average ${loadBefore} before, ${os.loadavg()[0]!.toFixed(2)} after`,
);
