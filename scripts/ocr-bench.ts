// npm run ocr-bench: every fixture PDF scanned (drawn to page images and put back into a PDF of
// images, scripts/scan-pdf.ts), read by OCR, and scored against its answer beside the PDF with its
// text layer (fixtures/tools/score.mjs). Prints the time OCR takes a page (CPU of the whole
// process, all threads, and wall time) and the F1 of both, per file and in all.
//   npm run build && npm run ocr-bench [-- DIR [DPI]]
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";
import { scanOf } from "./scan-pdf.js";

const DIR = process.argv[2] ?? "fixtures/plans";
const DPI = Number(process.argv[3] ?? 200);
const KINDS = ["targets", "quantities", "tasks", "deadlines", "footnotes", "themes"] as const;

type Summary = Record<string, { f: number }>;
const score = (pred: string): Summary =>
  JSON.parse(execFileSync(process.execPath, ["fixtures/tools/score.mjs", "--gold", DIR, "--pred", pred, "--json"], { encoding: "utf8" })).summary;

const files = fs.readdirSync(DIR).filter((f) => f.endsWith(".pdf") && fs.existsSync(path.join(DIR, f.replace(/\.pdf$/, ".gold.json")))).sort();
const textDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ocr-text-"));
const scanDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ocr-scan-"));
console.log(`kehoach ocr-bench — ${DIR}, scans drawn at ${DPI} dpi, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
console.log("file".padEnd(30) + "pages".padStart(6) + "CPU s/page".padStart(12) + "wall s/page".padStart(13));
let pages = 0;
let cpu = 0;
let wall = 0;
for (const f of files) {
  const pdf = fs.readFileSync(path.join(DIR, f));
  const text = await ingestBytes(pdf, f);
  fs.writeFileSync(path.join(textDir, `${f}.json`), JSON.stringify(text));
  const scan = await scanOf(pdf, DPI);
  const c0 = process.cpuUsage();
  const t0 = performance.now();
  const plan = await ingestBytes(scan, f);
  const c = process.cpuUsage(c0);
  const s = (c.user + c.system) / 1e6;
  const w = (performance.now() - t0) / 1000;
  fs.writeFileSync(path.join(scanDir, `${f}.json`), JSON.stringify(plan));
  const n = plan.source.pages ?? 0;
  pages += n;
  cpu += s;
  wall += w;
  console.log(f.padEnd(30) + String(n).padStart(6) + (s / n).toFixed(2).padStart(12) + (w / n).toFixed(2).padStart(13));
}
console.log("all".padEnd(30) + String(pages).padStart(6) + (cpu / pages).toFixed(2).padStart(12) + (wall / pages).toFixed(2).padStart(13));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)}`);
const a = score(textDir);
const b = score(scanDir);
console.log("\nF1".padEnd(14) + KINDS.map((k) => k.padStart(12)).join(""));
console.log("text layer".padEnd(14) + KINDS.map((k) => a[k]!.f.toFixed(3).padStart(12)).join(""));
console.log("scan (OCR)".padEnd(14) + KINDS.map((k) => b[k]!.f.toFixed(3).padStart(12)).join(""));
