// Seeded fuzzing of the pipeline: the fixture plans (TXT, Markdown, DOCX, PDF)
// mutated at the byte level (overwritten, cut short, cut out, repeated) and at the
// level of their syntax (Markdown and text-layout tokens inserted, lines repeated or
// nested, WordprocessingML elements inserted into document.xml). Each mutant must
// be read into valid JSON (the zod contract holds and JSON.parse gives it back) with
// every `where` inside the document's text, or be refused with a KehoachError;
// never an internal error, and never slow.
//
//   npm run fuzz [-- COUNT [SEED]]     (default 3000 mutants, seed 1)
//
// The test suite runs a few hundred of the same (test/fuzz.test.ts).
import fs from "node:fs";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { KehoachError } from "../src/ground/errors.js";
import { ingestBytes, parseFile } from "../src/pipeline.js";
import { seededRandom } from "./seeded-random.js";

export interface Mutant {
  name: string; // the source file's name (its extension decides Markdown vs text)
  how: string;
  bytes: Uint8Array;
}

const SOURCE_DIRS = ["fixtures/plans", "fixtures/blind-text1", "fixtures/blind-text2", "fixtures/blind-layouts1"];

export function sources(root = "."): string[] {
  const out: string[] = [];
  for (const d of SOURCE_DIRS) {
    const dir = path.join(root, d);
    if (!fs.existsSync(dir)) continue;
    for (const f of fs.readdirSync(dir).sort()) if (/\.(txt|md|docx|pdf)$/.test(f)) out.push(path.join(dir, f));
  }
  return out;
}

// Tokens that steer the text and Markdown readers: containers, labels, notes, tables, layout.
const TEXT_TOKENS = [
  "[", "]", "[^1]", "[^1]: ghi chú", "> ", "- ", "+ ", "* ", "1. ", "2.1. ", "\n", "\n\n", "|", " | ", "<sup>1</sup>", "**", "*", "_",
  "\t", "  ", "#", "## ", "```", "~~~", "&amp;", "<", ">", "<br>", "\u00a0", "\r", "---", "===", "I. ", "a) ", "(1) ",
  "năm 2025", "100%", "đạt ", "Chỉ tiêu ", "KẾ HOẠCH", "tháng 12/2024", "Điều ", "\\", "`", "!", "![", "](", "http://x",
];
// WordprocessingML pieces dropped into document.xml.
const XML_TOKENS = [
  "<w:p>", "</w:p>", "<w:r>", "</w:r>", "<w:t>", "</w:t>", "<w:tbl>", "</w:tbl>", "<w:tr>", "<w:tc>", '<w:gridSpan w:val="999999"/>',
  "<w:vMerge/>", '<w:numPr><w:ilvl w:val="9"/><w:numId w:val="1"/></w:numPr>', '<w:footnoteReference w:id="7"/>', "<w:tab/>",
  "<w:br/>", "&amp;", "&#0;", "&#x1F600;", "<!-- x -->", "<![CDATA[x]]>", '<w:fldSimple w:instr="PAGE">', "<w:sdt><w:sdtContent>",
];

const pick = <T>(r: () => number, xs: T[]): T => xs[Math.floor(r() * xs.length)];

function mutateText(r: () => number, s: string): { text: string; how: string } {
  const at = () => Math.floor(r() * (s.length + 1));
  switch (Math.floor(r() * 6)) {
    case 0: {
      const k = 1 + Math.floor(r() * 30);
      for (let i = 0; i < k; i++) {
        const p = at();
        s = s.slice(0, p) + pick(r, TEXT_TOKENS) + s.slice(p);
      }
      return { text: s, how: `${k} tokens inserted` };
    }
    case 1: {
      // a token repeated many times at one place (runs, floods, deep nesting)
      const tok = pick(r, TEXT_TOKENS);
      const n = 1 + Math.floor(r() * 3000);
      const p = at();
      return { text: s.slice(0, p) + tok.repeat(n) + s.slice(p), how: `${JSON.stringify(tok)} x ${n}` };
    }
    case 2: {
      const lines = s.split("\n");
      const i = Math.floor(r() * lines.length);
      const n = 1 + Math.floor(r() * 200);
      lines.splice(i, 0, ...Array<string>(n).fill(lines[i]));
      return { text: lines.join("\n"), how: `line ${i} repeated ${n} times` };
    }
    case 3: {
      // lines prefixed with a growing container prefix
      const lines = s.split("\n");
      const tok = pick(r, ["> ", "  ", "- ", "\t", "1. ", "  - "]);
      const from = Math.floor(r() * lines.length);
      for (let i = from, d = 1; i < lines.length && d < 200; i++, d++) lines[i] = tok.repeat(d) + lines[i];
      return { text: lines.join("\n"), how: `nested by ${JSON.stringify(tok)} from line ${from}` };
    }
    case 4: {
      const p = at();
      const len = Math.floor(r() * 3000);
      return { text: s.slice(0, p) + s.slice(p + len), how: `${len} characters cut out` };
    }
    default: {
      const p = at();
      const len = Math.floor(r() * 2000);
      return { text: s.slice(0, p) + s.slice(p, p + len).repeat(2 + Math.floor(r() * 5)) + s.slice(p + len), how: `a piece repeated` };
    }
  }
}

function mutateBytes(r: () => number, b: Uint8Array): { bytes: Uint8Array; how: string } {
  const out = b.slice();
  switch (Math.floor(r() * 4)) {
    case 0: {
      const n = 1 + Math.floor(r() * 200);
      for (let k = 0; k < n; k++) out[Math.floor(r() * out.length)] = Math.floor(r() * 256);
      return { bytes: out, how: `${n} bytes overwritten` };
    }
    case 1:
      return { bytes: out.slice(0, Math.floor(r() * out.length)), how: "cut short" };
    case 2: {
      const at = Math.floor(r() * out.length);
      const len = Math.floor(r() * 4000);
      return { bytes: new Uint8Array([...out.subarray(0, at), ...out.subarray(at + len)]), how: "a piece cut out" };
    }
    default: {
      const at = Math.floor(r() * out.length);
      const len = Math.floor(r() * 4000);
      const piece = out.subarray(at, at + len);
      return { bytes: new Uint8Array([...out.subarray(0, at), ...piece, ...piece, ...out.subarray(at)]), how: "a piece doubled" };
    }
  }
}

function mutateDocxXml(r: () => number, b: Uint8Array): { bytes: Uint8Array; how: string } | null {
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(b);
  } catch {
    return null;
  }
  const doc = files["word/document.xml"];
  if (!doc) return null;
  let xml = strFromU8(doc);
  const k = 1 + Math.floor(r() * 20);
  for (let i = 0; i < k; i++) {
    const p = Math.floor(r() * xml.length);
    xml = r() < 0.2 ? xml.slice(0, p) + xml.slice(p + Math.floor(r() * 50)) : xml.slice(0, p) + pick(r, XML_TOKENS) + xml.slice(p);
  }
  files["word/document.xml"] = strToU8(xml);
  return { bytes: zipSync(files, { level: 1 }), how: `${k} XML edits in document.xml` };
}

export function* mutants(seed: number, count: number, files = sources()): Generator<Mutant> {
  const r = seededRandom(seed);
  const cache = new Map<string, Uint8Array>();
  for (let i = 0; i < count; i++) {
    const file = pick(r, files);
    let b = cache.get(file);
    if (!b) cache.set(file, (b = new Uint8Array(fs.readFileSync(file))));
    const name = path.basename(file);
    const ext = path.extname(file);
    if ((ext === ".txt" || ext === ".md") && r() < 0.8) {
      const m = mutateText(r, Buffer.from(b).toString("utf8"));
      yield { name, how: m.how, bytes: Buffer.from(m.text) };
    } else if (ext === ".docx" && r() < 0.5) {
      const m = mutateDocxXml(r, b);
      if (m) yield { name, how: m.how, bytes: m.bytes };
      else yield { name, how: "as it is", bytes: b };
    } else {
      const m = mutateBytes(r, b);
      yield { name, how: m.how, bytes: m.bytes };
    }
  }
}

/** `ms`: the CPU time of the process while the mutant was read (user + system; the machine may be shared). */
export type Outcome = { kind: "read" | "refused"; ms: number } | { kind: "problem"; ms: number; problem: string };

/** Every Span ({page, start, end}) in a plan, with its path. */
function* spans(x: unknown, at = "$"): Generator<{ at: string; start: number; end: number }> {
  if (Array.isArray(x)) {
    for (let i = 0; i < x.length; i++) yield* spans(x[i], `${at}[${i}]`);
  } else if (x && typeof x === "object") {
    const o = x as Record<string, unknown>;
    if (typeof o.start === "number" && typeof o.end === "number" && "page" in o) yield { at, start: o.start, end: o.end };
    for (const [k, v] of Object.entries(o)) if (v && typeof v === "object") yield* spans(v, `${at}.${k}`);
  }
}

/** Reads one mutant: read into valid JSON with every `where` in the text, or refused; anything else is a problem. */
export async function check(m: Mutant): Promise<Outcome> {
  const c0 = process.cpuUsage();
  const elapsed = () => {
    const c = process.cpuUsage(c0);
    return (c.user + c.system) / 1000;
  };
  let plan;
  try {
    plan = await ingestBytes(m.bytes, m.name);
  } catch (e) {
    const ms = elapsed();
    if (e instanceof KehoachError) return { kind: "refused", ms };
    return { kind: "problem", ms, problem: `internal error: ${e instanceof Error ? (e.stack ?? e.message).slice(0, 400) : String(e)}` };
  }
  const ms = elapsed();
  const json = JSON.stringify(plan);
  if (JSON.stringify(JSON.parse(json)) !== json) return { kind: "problem", ms, problem: "JSON does not read back the same" };
  const doc = await parseFile(m.bytes, m.name);
  for (const s of spans(plan))
    if (!(s.start >= 0 && s.start <= s.end && s.end <= doc.text.length))
      return { kind: "problem", ms, problem: `${s.at} = [${s.start}, ${s.end}) is outside the text (${doc.text.length} characters)` };
  return { kind: "read", ms };
}

async function main(): Promise<void> {
  const count = Number(process.argv[2] ?? 3000);
  const seed = Number(process.argv[3] ?? 1);
  const t0 = performance.now();
  const tally = { read: 0, refused: 0, problem: 0 };
  let slowest = { ms: 0, what: "" };
  const byFormat = new Map<string, number>();
  let i = 0;
  for (const m of mutants(seed, count)) {
    i++;
    const ext = path.extname(m.name).slice(1);
    byFormat.set(ext, (byFormat.get(ext) ?? 0) + 1);
    const o = await check(m);
    tally[o.kind]++;
    if (o.ms > slowest.ms) slowest = { ms: o.ms, what: `${m.name}, ${m.how}` };
    if (o.kind === "problem") process.stderr.write(`fuzz: #${i} ${m.name}, ${m.how}: ${o.problem}\n`);
    if (i % 250 === 0) process.stderr.write(`fuzz: ${i}/${count} (${((performance.now() - t0) / 1000).toFixed(0)} s)\n`);
  }
  const s = ((performance.now() - t0) / 1000).toFixed(0);
  const formats = [...byFormat].map(([k, v]) => `${v} ${k}`).join(", ");
  process.stdout.write(
    `fuzz: ${count} mutants (seed ${seed}; ${formats}) in ${s} s: ${tally.read} read, ${tally.refused} refused, ${tally.problem} problems; slowest ${(slowest.ms / 1000).toFixed(2)} s of CPU (${slowest.what}); peak RSS ${(process.resourceUsage().maxRSS / 1024).toFixed(0)} MB\n`,
  );
  if (tally.problem) process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) await main();
