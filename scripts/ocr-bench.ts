// npm run ocr-bench: every fixture PDF scanned (drawn to page images and put back into a PDF of
// images, scripts/scan-pdf.ts), read by OCR, and scored against its answer beside the PDF with its
// text layer (fixtures/tools/score.mjs). Prints the time OCR takes a page (CPU of the whole
// process, all threads, and of the system tesseract's processes; and wall time) and the F1 of both, per file and in all.
//   npm run build && npm run ocr-bench [-- [DIR] [DPI] [--only 000,003] [--cache DIR] [--out DIR]]
// --only: the files whose names start with these; --cache DIR: each page's OCR output kept in DIR
// and read from it on the next run (to try the layout rules again without OCR: the CPU figures of a
// cached run are not OCR's); --out DIR: the plans read from the scans are written there.
// The engine: tesseract.js, or the system tesseract with KEHOACH_OCR_ENGINE=system.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";
import { scanOf } from "./scan-pdf.js";

const argv = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = argv.indexOf(name);
  if (i < 0) return undefined;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const only = opt("--only")?.split(",").filter(Boolean);
const cache = opt("--cache");
const out = opt("--out");
if (cache) process.env.KEHOACH_OCR_CACHE = path.resolve(cache);
const DIR = argv[0] ?? "fixtures/plans";
const DPI = Number(argv[1] ?? 200);
const KINDS = ["targets", "quantities", "tasks", "deadlines", "footnotes", "themes"] as const;

/** CPU seconds of this process (all threads) and of the child processes it waited for (the system tesseract), from /proc where it exists. */
function cpuNow(): number {
  const own = process.cpuUsage();
  let children = 0;
  try {
    const f = fs.readFileSync("/proc/self/stat", "utf8");
    const fields = f.slice(f.lastIndexOf(")") + 2).split(" ");
    // fields from the state (3rd): cutime and cstime are the 16th and 17th, in clock ticks (100 a second)
    children = (Number(fields[13]) + Number(fields[14])) / 100;
  } catch {
    // no /proc: the children's CPU is not counted
  }
  return (own.user + own.system) / 1e6 + children;
}

type F = Record<string, { f: number }>;
const score = (pred: string): { summary: F; documents: Array<F & { document: string }> } =>
  JSON.parse(execFileSync(process.execPath, ["fixtures/tools/score.mjs", "--gold", goldDir, "--pred", pred, "--json"], { encoding: "utf8", maxBuffer: 64 << 20 }));

const files = fs
  .readdirSync(DIR)
  .filter((f) => f.endsWith(".pdf") && fs.existsSync(path.join(DIR, f.replace(/\.pdf$/, ".gold.json"))))
  .filter((f) => !only || only.some((o) => f.startsWith(o)))
  .sort();
// the answers of the files read, alone (score.mjs scores every answer of a folder)
const goldDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ocr-gold-"));
for (const f of files) fs.copyFileSync(path.join(DIR, f.replace(/\.pdf$/, ".gold.json")), path.join(goldDir, f.replace(/\.pdf$/, ".gold.json")));
const textDir = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ocr-text-"));
const scanDir = out ? path.resolve(out) : fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-ocr-scan-"));
fs.mkdirSync(scanDir, { recursive: true });
const engine = process.env.KEHOACH_OCR_ENGINE === "system" ? "system tesseract first" : "tesseract.js first";
console.log(`kehoach ocr-bench — ${DIR}, scans drawn at ${DPI} dpi, ${engine}${cache ? `, OCR cache ${cache}` : ""}, Node ${process.version}, ${os.cpus().length} cores, load ${os.loadavg()[0].toFixed(1)}`);
console.log("file".padEnd(30) + "pages".padStart(6) + "CPU s/page".padStart(12) + "wall s/page".padStart(13) + "  engine");
let pages = 0;
let cpu = 0;
let wall = 0;
for (const f of files) {
  const pdf = fs.readFileSync(path.join(DIR, f));
  const text = await ingestBytes(pdf, f);
  fs.writeFileSync(path.join(textDir, `${f}.json`), JSON.stringify(text));
  const scan = await scanOf(pdf, DPI);
  const c0 = cpuNow();
  const t0 = performance.now();
  const plan = await ingestBytes(scan, f);
  const s = cpuNow() - c0;
  const w = (performance.now() - t0) / 1000;
  fs.writeFileSync(path.join(scanDir, `${f}.json`), JSON.stringify(plan));
  const n = plan.source.pages ?? 0;
  pages += n;
  cpu += s;
  wall += w;
  const eng = /OCR \(([^,]+),/.exec(plan.warnings.find((x) => x.code === "input/ocr")?.message ?? "")?.[1] ?? "?";
  console.log(f.padEnd(30) + String(n).padStart(6) + (s / n).toFixed(2).padStart(12) + (w / n).toFixed(2).padStart(13) + `  ${eng}`);
}
console.log("all".padEnd(30) + String(pages).padStart(6) + (cpu / pages).toFixed(2).padStart(12) + (wall / pages).toFixed(2).padStart(13));
console.log(`peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB, load ${os.loadavg()[0].toFixed(1)}`);
const a = score(textDir);
const b = score(scanDir);
const row = (label: string, r: F) => label.slice(0, 27).padEnd(28) + KINDS.map((k) => r[k]!.f.toFixed(3).padStart(11)).join("");
console.log("\nF1".padEnd(28) + KINDS.map((k) => k.padStart(11)).join(""));
for (let i = 0; i < b.documents.length; i++) {
  console.log(row(`${b.documents[i].document.slice(0, 3)} text layer`, a.documents[i]));
  console.log(row(`${b.documents[i].document.slice(0, 3)} scan (OCR)`, b.documents[i]));
}
console.log(row("all text layer", a.summary));
console.log(row("all scan (OCR)", b.summary));
