// npm run bench: times the whole pipeline (bytes -> validated JSON) on the fixture
// plans, per format, and the PDFs against `pdftotext` (poppler-utils) when installed.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";

const DIR = process.argv[2] ?? "fixtures/plans";
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

async function timeFiles(files: string[]): Promise<{ ms: number; perFile: Array<[string, number]>; pages: number }> {
  const perFile: Array<[string, number]> = [];
  let pages = 0;
  // warm-up: module loading and JIT are not what a user waits for on the second file
  for (const f of files) await ingestBytes(fs.readFileSync(f), path.basename(f));
  let total = 0;
  for (const f of files) {
    const bytes = fs.readFileSync(f);
    const t0 = performance.now();
    let plan;
    for (let r = 0; r < ROUNDS; r++) plan = await ingestBytes(bytes, path.basename(f));
    const ms = (performance.now() - t0) / ROUNDS;
    pages += plan?.source.pages ?? 0;
    perFile.push([path.basename(f), ms]);
    total += ms;
  }
  return { ms: total, perFile, pages };
}

function pdftotextMs(files: string[]): number | null {
  if (spawnSync("pdftotext", ["-v"]).error) return null;
  for (const f of files) execFileSync("pdftotext", ["-layout", f, "/dev/null"]); // warm the cache
  const t0 = performance.now();
  for (let r = 0; r < ROUNDS; r++) for (const f of files) execFileSync("pdftotext", ["-layout", f, "/dev/null"]);
  return (performance.now() - t0) / ROUNDS;
}

const list = (ext: string) => fs.readdirSync(DIR).filter((f) => f.endsWith(ext)).sort().map((f) => path.join(DIR, f));
console.log(`kehoach bench — ${DIR}, mean of ${ROUNDS} rounds after a warm-up, Node ${process.version}`);
for (const ext of [".txt", ".md", ".docx", ".pdf"]) {
  const files = list(ext);
  if (!files.length) continue;
  const r = await timeFiles(files);
  for (const [f, ms] of r.perFile) console.log(`  ${f.padEnd(32)} ${ms.toFixed(1).padStart(8)} ms`);
  let line = `${ext.slice(1).toUpperCase().padEnd(5)} ${files.length} files: ${r.ms.toFixed(1)} ms in total`;
  if (ext === ".pdf" && r.pages) {
    line += `, ${r.pages} pages, ${((r.pages / r.ms) * 1000).toFixed(1)} pages/s`;
    const p = pdftotextMs(files);
    line += p === null ? " (pdftotext not installed: apt-get install poppler-utils to compare)" : `; pdftotext -layout: ${p.toFixed(1)} ms (${((r.pages / p) * 1000).toFixed(1)} pages/s), ratio ${(r.ms / p).toFixed(2)}×`;
  }
  console.log(line);
}
