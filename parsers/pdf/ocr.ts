// OCR of scanned PDF pages, offline. Each page is drawn by pdfjs (load.ts, PdfFile.render) and read
// by tesseract with its Vietnamese model:
// - tesseract.js (WebAssembly, in a worker thread of its own), its core from node_modules and the
//   model from the @tesseract.js-data/vie package (langPath points at it; nothing is fetched and no
//   cache file is written);
// - else the system `tesseract` with `tesseract-ocr-vie`, when it is installed (hOCR output).
// The recognised words, with their boxes, baselines and line heights, become the same positioned
// runs (PItem) the text layer gives, so lines, paragraphs, reading order, header and closing blocks
// are rebuilt by the same layout rules (pdf.ts): the rules see the same model.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { KehoachError } from "../../src/errors.js";
import { sayable } from "../../src/i18n/said.js";
import type { PItem, Seg } from "./layout.js";
import type { PageData, PdfFile } from "./load.js";
import { readUpright, type Orientation, type Turn } from "./ocr-orient.js";

/** Pages are drawn at this resolution (KEHOACH_OCR_DPI overrides it): a 12–14 pt line is 33–39 pixels high, where tesseract reads well. */
export const OCR_DPI = Math.min(600, Math.max(100, Number(process.env.KEHOACH_OCR_DPI) || 200));
/** Words recognised with less confidence than this (0–100) are noise: stamps, signatures, specks. */
const MIN_WORD_CONFIDENCE = 25;
/** A "word" of only these is a ruling line or a speck read as a character (a table's rules come back as "|"). */
const LINE_INK = /^[|¦‖ˆ˜`´¨_]{1,8}$/;
/** Font size from tesseract's row measures: the row height (x-height + ascenders) plus half the descenders. */
const DESCENDER_SHARE = 0.5;
/** A pixel darker than this (0 black – 255 white) is ink. */
const INK = 128;
/**
 * Bold from the image (tesseract's LSTM gives no font attributes): a word's strokes are measured
 * (the mean length of its ink runs across rows and down columns, the smaller); a serif body face at
 * 200 dpi measures 3.3–4.5 px, its bold 5.5–6.8 px. A word is bold when its strokes are this many
 * times the page's median.
 */
const BOLD_STROKE_RATIO = 1.3;
/** …on a page with at least this many words (a median to compare with). */
const BOLD_MIN_WORDS = 10;
/** Ruling lines from the image: a horizontal ink run at least this long (pt; a footnote separator is about 140 pt)… */
const RULE_MIN_LENGTH_PT = 40;
/** …a vertical one at least this tall (a glyph's stem is under 1 em; a table row's rule spans its height)… */
const RULE_MIN_HEIGHT_PT = 18;
/** …and no thicker than this (pt), or it is a block of ink, not a line. */
const RULE_MAX_THICKNESS_PT = 3;

/** One character's box (pixels): across the line, and up and down when the engine gives it. */
interface OcrChar {
  text: string;
  x0: number;
  x1: number;
  y0?: number;
  y1?: number;
}
/** One recognised line: its words (pixels), baseline and font size (pixels). */
interface OcrWord {
  text: string;
  x0: number;
  x1: number;
  y0: number;
  y1: number;
  conf: number;
  /** the characters' boxes (when the engine gives them), in the word's order */
  chars?: OcrChar[];
}
interface OcrLine {
  words: OcrWord[];
  /** baseline y at x = 0 and its slope */
  baseY: number;
  slope: number;
  size: number;
}

interface Engine {
  name: string;
  recognise(pgm: Uint8Array, dpi: number): Promise<OcrLine[]>;
  /** tesseract's orientation and script detection (OSD): the clockwise turn that makes the page upright */
  orient?(pgm: Uint8Array, dpi: number): Promise<Orientation | null>;
  close(): Promise<void>;
}

export interface OcrResult {
  pages: PageData[];
  /** pages that were turned upright before they were read, and how far (degrees, clockwise) */
  turned: Array<{ page: number; turn: Turn }>;
  engine: string;
  /** mean word confidence, 0–100 */
  confidence: number;
  words: number;
}

// ---------------------------------------------------------------- tesseract.js

interface TjsLine {
  text: string;
  bbox: { x0: number; y0: number; x1: number; y1: number };
  baseline: { x0: number; y0: number; x1: number; y1: number; has_baseline?: boolean };
  rowAttributes?: { rowHeight: number; descenders: number; ascenders: number };
  words: Array<{
    text: string;
    confidence: number;
    bbox: { x0: number; y0: number; x1: number; y1: number };
    symbols?: Array<{ text: string; bbox: { x0: number; y0: number; x1: number; y1: number } }>;
  }>;
}
interface TjsWorker {
  setParameters(p: Record<string, string>): Promise<unknown>;
  detect(img: Buffer): Promise<{ data: { orientation_degrees: number | null; orientation_confidence: number | null } }>;
  recognize(img: Buffer, opts: object, out: object): Promise<{ data: { blocks: Array<{ paragraphs: Array<{ lines: TjsLine[] }> }> | null } }>;
  terminate(): Promise<unknown>;
}

async function tesseractJs(): Promise<Engine> {
  const require = createRequire(import.meta.url);
  const T = require("tesseract.js") as {
    createWorker(lang: string, oem: number, opts: object): Promise<TjsWorker>;
    OEM: { LSTM_ONLY: number; TESSERACT_ONLY: number };
  };
  const data = require("@tesseract.js-data/vie") as { langPath: string };
  // the LSTM model ("best", integer): the one tesseract.js itself picks for LSTM-only recognition
  const langPath = data.langPath.replace(/4\.0\.0$/, "4.0.0_best_int");
  const quiet = { gzip: true, cacheMethod: "none", logger: () => undefined, errorHandler: () => undefined };
  const worker = await T.createWorker("vie", T.OEM.LSTM_ONLY, { langPath, ...quiet });
  // OSD needs tesseract's legacy engine and its `osd` model (@tesseract.js-data/osd): a second
  // worker, started only when a page reads so badly that it may be turned
  let osd: Promise<TjsWorker> | null = null;
  const osdWorker = () =>
    (osd ??= T.createWorker("osd", T.OEM.TESSERACT_ONLY, {
      langPath: (require("@tesseract.js-data/osd") as { langPath: string }).langPath,
      legacyCore: true,
      legacyLang: true,
      ...quiet,
    }));
  return {
    name: "tesseract.js",
    async orient(pgm, dpi) {
      const w = await osdWorker();
      await w.setParameters({ user_defined_dpi: String(dpi) });
      const r = await w.detect(Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength));
      const deg = r.data.orientation_degrees;
      return deg === 0 || deg === 90 || deg === 180 || deg === 270 ? { turn: deg, confidence: r.data.orientation_confidence ?? 0 } : null;
    },
    async recognise(pgm, dpi) {
      await worker.setParameters({ user_defined_dpi: String(dpi) });
      const r = await worker.recognize(Buffer.from(pgm.buffer, pgm.byteOffset, pgm.byteLength), {}, { text: false, blocks: true });
      const out: OcrLine[] = [];
      for (const b of r.data.blocks ?? [])
        for (const p of b.paragraphs)
          for (const l of p.lines) {
            const bl = l.baseline;
            const slope = bl.x1 > bl.x0 ? (bl.y1 - bl.y0) / (bl.x1 - bl.x0) : 0;
            const ra = l.rowAttributes;
            const size = ra && ra.rowHeight > 0 ? ra.rowHeight + DESCENDER_SHARE * ra.descenders : (l.bbox.y1 - l.bbox.y0) * 0.95;
            const baseY = bl.has_baseline === false ? l.bbox.y1 - 0.2 * (l.bbox.y1 - l.bbox.y0) : bl.y0 - slope * bl.x0;
            const words = l.words.map((w) => ({
              text: w.text,
              x0: w.bbox.x0,
              x1: w.bbox.x1,
              y0: w.bbox.y0,
              y1: w.bbox.y1,
              conf: w.confidence,
              ...(w.symbols?.length ? { chars: w.symbols.map((c) => ({ text: c.text, x0: c.bbox.x0, x1: c.bbox.x1, y0: c.bbox.y0, y1: c.bbox.y1 })) } : {}),
            }));
            out.push({ words, baseY, slope, size });
          }
      return out;
    },
    close: async () => {
      await worker.terminate();
      if (osd) await (await osd).terminate();
    },
  };
}

// ---------------------------------------------------------------- system tesseract (hOCR)

const TITLE_NUM = (title: string, key: string): number[] | null => {
  const m = new RegExp(`${key} ([-\\d. ]{1,80})`).exec(title);
  return m ? m[1].trim().split(/ {1,4}/).map(Number) : null;
};

const unescapeHtml = (t: string) =>
  t.replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, "&");

/** hOCR lines (class ocr_line / ocr_caption / ocr_header / ocr_textfloat) and their words. */
export function parseHocr(html: string): OcrLine[] {
  const out: OcrLine[] = [];
  const lineRe = /<span class=['"]ocr_(?:line|caption|header|textfloat)['"][^>]{0,400}?title=['"]([^'"]{0,400})['"][^>]{0,100}>/g;
  const starts: Array<{ at: number; title: string }> = [];
  for (let m = lineRe.exec(html); m; m = lineRe.exec(html)) starts.push({ at: m.index + m[0].length, title: m[1] });
  starts.forEach((s, i) => {
    const body = html.slice(s.at, i + 1 < starts.length ? starts[i + 1].at : html.length);
    const box = TITLE_NUM(s.title, "bbox");
    if (!box) return;
    const [x0, , , y1] = box;
    const base = TITLE_NUM(s.title, "baseline") ?? [0, 0];
    const xs = TITLE_NUM(s.title, "x_size")?.[0] ?? (box[3] - box[1]) * 0.95;
    const xd = TITLE_NUM(s.title, "x_descenders")?.[0] ?? 0;
    const [slope, off] = base;
    const words: OcrLine["words"] = [];
    // each word runs to the next word's start (its characters, with hocr_char_boxes, are spans inside it)
    const wordRe = /<span class=['"]ocrx_word['"][^>]{0,200}?title=['"]([^'"]{0,200})['"][^>]{0,100}>/g;
    const ws: Array<{ at: number; end: number; title: string }> = [];
    for (let w = wordRe.exec(body); w; w = wordRe.exec(body)) ws.push({ at: w.index + w[0].length, end: w.index, title: w[1] });
    ws.forEach((w, k) => {
      const inner = body.slice(w.at, k + 1 < ws.length ? ws[k + 1].end : body.length);
      const wb = TITLE_NUM(w.title, "bbox");
      if (!wb) return;
      const conf = TITLE_NUM(w.title, "x_wconf")?.[0] ?? 100;
      const chars: OcrChar[] = [];
      const charRe = /<span class=['"]ocrx_cinfo['"][^>]{0,100}?title=['"]([^'"]{0,200})['"][^>]{0,100}>([^<]{0,40})<\/span>/g;
      for (let c = charRe.exec(inner); c; c = charRe.exec(inner)) {
        const cb = TITLE_NUM(c[1], "x_bboxes");
        if (cb && cb.length === 4) chars.push({ text: unescapeHtml(c[2]), x0: cb[0], y0: cb[1], x1: cb[2], y1: cb[3] });
      }
      const text = chars.length ? chars.map((c) => c.text).join("") : unescapeHtml(inner.replace(/<[^>]{0,200}>/g, "")).trim();
      words.push({ text, x0: wb[0], x1: wb[2], y0: wb[1], y1: wb[3], conf, ...(chars.length ? { chars } : {}) });
    });
    // hOCR's baseline is relative to the line box's bottom-left corner
    out.push({ words, baseY: y1 + off - slope * x0, slope, size: xs + DESCENDER_SHARE * xd });
  });
  return out;
}

/** The system tesseract's OSD report ("Rotate: 180", "Orientation confidence: 12.3"), or null. */
export function parseOsd(text: string): Orientation | null {
  const turn = Number(/^Rotate: (\d{1,3})$/m.exec(text)?.[1]);
  const confidence = Number(/^Orientation confidence: ([\d.]{1,12})$/m.exec(text)?.[1]);
  if (!(turn === 0 || turn === 90 || turn === 180 || turn === 270) || !Number.isFinite(confidence)) return null;
  return { turn, confidence };
}

function run(cmd: string, args: string[], input?: Uint8Array): Promise<string> {
  return new Promise((resolve, reject) => {
    // one thread: OpenMP's extra threads spin for little gain on a page (1.2 s of CPU a page alone,
    // 3.0 s with them, on the 2-core machine), and files already run in parallel (--jobs)
    const env = { ...process.env, OMP_THREAD_LIMIT: "1" };
    const child = execFile(cmd, args, { encoding: "utf8", maxBuffer: 64 * 1024 * 1024, env }, (err, stdout) => (err ? reject(err) : resolve(stdout)));
    if (input) child.stdin?.end(Buffer.from(input.buffer, input.byteOffset, input.byteLength));
  });
}

async function systemTesseract(): Promise<Engine> {
  const langs = await run("tesseract", ["--list-langs"]);
  if (!/^vie$/m.test(langs)) throw new Error("the system tesseract has no Vietnamese model (tesseract-ocr-vie)");
  return {
    name: "tesseract (system)",
    async recognise(pgm, dpi) {
      // hocr_char_boxes: each character's box (a raised note marker glued to its word is told by it)
      return parseHocr(await run("tesseract", ["stdin", "stdout", "-l", "vie", "--dpi", String(dpi), "-c", "hocr_char_boxes=1", "hocr"], pgm));
    },
    async orient(pgm, dpi) {
      // --psm 0: orientation and script detection only (the `osd` model, in Debian's tesseract-ocr)
      return parseOsd(await run("tesseract", ["stdin", "stdout", "-l", "osd", "--psm", "0", "--dpi", String(dpi)], pgm));
    },
    close: async () => undefined,
  };
}

/**
 * For measuring and tuning only (`npm run ocr-bench -- --cache DIR`): KEHOACH_OCR_CACHE names a
 * folder where each page image's recognised lines are kept (keyed by the engine, the dpi and the
 * image's sha256), so the layout rules can be tried again on the same OCR output without reading
 * the pages again. Unset (the default), nothing is written.
 */
function cached(engine: Engine, dir: string | undefined): Engine {
  if (!dir) return engine;
  return {
    ...engine,
    async recognise(pgm, dpi) {
      const key = createHash("sha256").update(engine.name).update(String(dpi)).update(pgm).digest("hex").slice(0, 32);
      const file = path.join(dir, `${key}.json`);
      try {
        return JSON.parse(fs.readFileSync(file, "utf8")) as OcrLine[];
      } catch {
        const lines = await engine.recognise(pgm, dpi);
        fs.mkdirSync(dir, { recursive: true });
        fs.writeFileSync(file, JSON.stringify(lines));
        return lines;
      }
    },
  };
}

/** tesseract.js, else the system tesseract; null when neither can run. */
async function openEngine(): Promise<{ engine: Engine | null; problems: string[] }> {
  const problems: string[] = [];
  const order = process.env.KEHOACH_OCR_ENGINE === "system" ? [systemTesseract] : [tesseractJs, systemTesseract];
  for (const open of order) {
    try {
      return { engine: cached(await open(), process.env.KEHOACH_OCR_CACHE), problems };
    } catch (e) {
      problems.push(e instanceof Error ? e.message : String(e));
    }
  }
  return { engine: null, problems };
}

// ---------------------------------------------------------------- pages

// ---------------------------------------------------------------- the page image

export interface Gray {
  w: number;
  h: number;
  px: Uint8Array;
}

/** A binary PGM (what PdfFile.render gives) as its pixels. */
export function grayOf(pgm: Uint8Array): Gray {
  const head = Buffer.from(pgm.subarray(0, 40)).toString("latin1");
  const m = /^P5\s{1,4}(\d{1,6})\s{1,4}(\d{1,6})\s{1,4}255\s/.exec(head);
  if (!m) throw new Error("not a binary 8-bit PGM");
  return { w: Number(m[1]), h: Number(m[2]), px: pgm.subarray(m[0].length) };
}

/** The stroke width of the ink in a box: mean run of ink across rows and down columns, the smaller (px). */
export function strokeWidth(g: Gray, x0: number, y0: number, x1: number, y1: number): number {
  const xa = Math.max(0, Math.floor(x0)), xb = Math.min(g.w, Math.ceil(x1));
  const ya = Math.max(0, Math.floor(y0)), yb = Math.min(g.h, Math.ceil(y1));
  let ink = 0, hRuns = 0, vRuns = 0;
  for (let y = ya; y < yb; y++) {
    let prev = false;
    for (let x = xa; x < xb; x++) {
      const k = g.px[y * g.w + x] < INK;
      if (k) {
        ink++;
        if (!prev) hRuns++;
      }
      prev = k;
    }
  }
  for (let x = xa; x < xb; x++) {
    let prev = false;
    for (let y = ya; y < yb; y++) {
      const k = g.px[y * g.w + x] < INK;
      if (k && !prev) vRuns++;
      prev = k;
    }
  }
  if (!ink) return 0;
  return Math.min(ink / hRuns, ink / vRuns);
}

/** The words of a page that are bold, measured on its image. */
export function boldWords(lines: OcrLine[], g: Gray): Set<OcrWord> {
  const words = lines.flatMap((l) => l.words.filter((w) => w.text.trim() && w.conf >= MIN_WORD_CONFIDENCE && !LINE_INK.test(w.text.trim())));
  const bold = new Set<OcrWord>();
  if (words.length < BOLD_MIN_WORDS) return bold;
  const sw = new Map(words.map((w) => [w, strokeWidth(g, w.x0, w.y0, w.x1, w.y1)]));
  const sorted = [...sw.values()].filter((v) => v > 0).sort((a, b) => a - b);
  const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
  if (!median) return bold;
  for (const [w, v] of sw) if (v > BOLD_STROKE_RATIO * median) bold.add(w);
  return bold;
}

/** A ruling line found on a page image (pixels): across rows (horizontal) or down columns, from a to b, rows (columns) first..last. */
export interface RuleRun {
  horizontal: boolean;
  a: number;
  b: number;
  first: number;
  last: number;
}

/**
 * Ruling lines of a page image: long thin runs of ink, across rows (horizontal rules: table
 * borders, the footnote separator) and down columns (vertical rules). Runs in neighbouring rows
 * (columns) are one line; a band thicker than RULE_MAX_THICKNESS_PT is a block of ink, not a line.
 */
export function ruleRuns(g: Gray, scale: number): RuleRun[] {
  const out: RuleRun[] = [];
  const maxThick = Math.max(1, Math.round(RULE_MAX_THICKNESS_PT * scale));
  const scan = (horizontal: boolean) => {
    const outer = horizontal ? g.h : g.w;
    const inner = horizontal ? g.w : g.h;
    const minLen = (horizontal ? RULE_MIN_LENGTH_PT : RULE_MIN_HEIGHT_PT) * scale;
    // open lines: runs of the previous row (column) extended by this one
    let open: Array<{ a: number; b: number; first: number; last: number }> = [];
    const done: typeof open = [];
    for (let o = 0; o < outer; o++) {
      const next: typeof open = [];
      let start = -1;
      for (let i = 0; i <= inner; i++) {
        const k = i < inner && g.px[horizontal ? o * g.w + i : i * g.w + o] < INK;
        if (k && start < 0) start = i;
        else if (!k && start >= 0) {
          if (i - start >= minLen) {
            const a = start, b = i;
            const m = open.find((l) => l.last === o - 1 && Math.abs(l.a - a) <= 2 * maxThick && Math.abs(l.b - b) <= 2 * maxThick);
            if (m) {
              m.last = o;
              m.a = Math.min(m.a, a);
              m.b = Math.max(m.b, b);
              next.push(m);
            } else next.push({ a, b, first: o, last: o });
          }
          start = -1;
        }
      }
      for (const l of open) if (!next.includes(l)) done.push(l);
      open = next;
    }
    done.push(...open);
    for (const l of done) if (l.last - l.first + 1 <= maxThick) out.push({ horizontal, ...l });
  };
  scan(true);
  scan(false);
  return out;
}

/** Ruling lines of a page image, in pt (what the operator list gives for a PDF with a text layer). */
export function rulesOf(g: Gray, scale: number, runs: RuleRun[] = ruleRuns(g, scale)): Seg[] {
  return runs.map((l) => {
    const mid = (l.first + l.last + 1) / 2 / scale;
    return l.horizontal ? { x0: l.a / scale, x1: l.b / scale, y0: mid, y1: mid } : { x0: mid, x1: mid, y0: l.a / scale, y1: l.b / scale };
  });
}

/** Pixels around a ruling line whitened with it: its anti-aliased edge. */
const RULE_ERASE_MARGIN = 1;

/**
 * The page image with its ruling lines whitened (a copy). tesseract's page layout takes a grid of
 * table rules for a picture: the small rows of a ruled table (a level for each year, one line high,
 * ruled on every side) came back as one block of noise ("œ@⁄nmh", "e|elelaml"), and a rule beside a
 * cell's text is read as a character ("|", "[", "P"). What the rules meant is kept as segments
 * (rulesOf); the recogniser sees the text alone.
 */
export function withoutRules(g: Gray, runs: RuleRun[]): Gray {
  const px = new Uint8Array(g.px);
  const m = RULE_ERASE_MARGIN;
  for (const l of runs) {
    const [x0, x1, y0, y1] = l.horizontal ? [l.a - m, l.b + m, l.first - m, l.last + 1 + m] : [l.first - m, l.last + 1 + m, l.a - m, l.b + m];
    const xa = Math.max(0, x0), xb = Math.min(g.w, x1);
    for (let y = Math.max(0, y0); y < Math.min(g.h, y1); y++) px.fill(255, y * g.w + xa, y * g.w + xb);
  }
  return { w: g.w, h: g.h, px };
}

/** A page image as binary PGM bytes (what the engines read). */
export function pgmOf(g: Gray): Uint8Array {
  const head = Buffer.from(`P5\n${g.w} ${g.h}\n255\n`, "latin1");
  const out = new Uint8Array(head.length + g.px.length);
  out.set(head, 0);
  out.set(g.px, head.length);
  return out;
}

/**
 * tesseract's Vietnamese model reads a bold Roman numeral label ("I.", "II.") at the start of a line
 * as "L", "L." or "LH.": a first word made only of the strokes it confuses with "I" (I l L | H, one
 * of them not an "I"), before a capitalised word, is that numeral, one "I" a stroke. Digits stay.
 */
const ROMAN_MISREAD = /^[IlL|H]{1,3}[.,:]?$/;
function romanLabel(first: string, next: string | undefined): string {
  if (!ROMAN_MISREAD.test(first) || /^I{1,3}[.,:]?$/.test(first) || !next || !/^\p{Lu}/u.test(next)) return first;
  return first.replace(/[.,:]$/, "").replace(/./g, "I") + ".";
}

/**
 * Words run together: tesseract's LSTM sometimes leaves out the space between two words set close
 * (bold capitals in a table cell: "THỰCHIỆN" for "THỰC HIỆN"), though the image shows it. A gap
 * between two characters of a word at least this share of the font size (a word space is about
 * 0.25 em, letters inside a word 0–0.08 em apart) splits the word there.
 */
const GLUED_GAP_EM = 0.2;
/** A table's ruling read as a bar at a word's start or end ("|kiện", "Đơn vị|"): not text. */
const EDGE_BARS = /^[|¦‖]{1,3}(?=\S)|(?<=\S)[|¦‖]{1,3}$/gu;

/** A word split where its characters leave a word space between them (needs the characters' boxes). */
export function splitGlued(w: OcrWord, size: number): OcrWord[] {
  const cs = w.chars;
  if (!cs || cs.length < 2 || size <= 0 || cs.map((c) => c.text).join("") !== w.text) return [w];
  const out: OcrWord[] = [];
  let from = 0;
  for (let i = 1; i <= cs.length; i++) {
    // a gap splits where it leaves two characters or more on each side (a letter's box alone is not a word)
    if (i < cs.length && (cs[i].x0 - cs[i - 1].x1 < GLUED_GAP_EM * size || i - from < 2 || cs.length - i < 2)) continue;
    const part = cs.slice(from, i);
    // a piece's height from its characters' boxes when they have one (a raised marker glued to a dash)
    const own = part.length < cs.length && part.every((c) => c.y0 !== undefined && c.y1 !== undefined);
    out.push({
      text: part.map((c) => c.text).join(""),
      x0: part[0].x0,
      x1: part[part.length - 1].x1,
      y0: own ? Math.min(...part.map((c) => c.y0!)) : w.y0,
      y1: own ? Math.max(...part.map((c) => c.y1!)) : w.y1,
      conf: w.conf,
      chars: part,
    });
    from = i;
  }
  return out;
}

/** Word heights to font size: a line's median word box (capitals or ascenders, tone marks, some descenders) is about 0.8 em. */
const WORD_HEIGHT_EM = 0.8;
/**
 * A note marker (a superscript: "năm¹") is read from its box: under this share of the line's median
 * word height and ending this many em above the baseline. tesseract seldom reads the small digit
 * itself: a raised "1" comes back as an apostrophe glued to its word ("năm'"), a "²" as "?", "ˆ" or
 * "3"; so a raised glyph of these shapes is a marker, and its number is the next in the document's
 * order (body references and notes counted apart) unless it reads as that number, or as another one
 * with high confidence.
 */
const SUP_GLYPHS = /^(?:\d{1,3}|[*†‡§'’‘`´"”“^ˆ˜°?!%¹²³]{1,2})$/u;
const SUP_RAISE_EM = 0.25;
const SUP_HEIGHT = 0.75;
/**
 * A raised glyph that is a quote mark is one, not a marker: a closing quote (” ’ "), or an opening
 * one (“ ‘) before a letter or digit ("“Tập"). A marker read as a quote stands after its word, or
 * before a note's dash ("“- Trung ương…").
 */
function markerGlyph(glyph: string, after: string): boolean {
  if (!SUP_GLYPHS.test(glyph) || /^[”’"]+$/u.test(glyph)) return false;
  return !(/^[“‘]+$/u.test(glyph) && /^[\p{L}\p{N}]/u.test(after));
}
/** A marker read as a number other than the next is kept at this word confidence or above. */
const SUP_TRUST_CONF = 85;
/** A raised 2 or 3 after a unit of length is a square or cubic unit ("m²"), not a note. */
const UNIT_POWER = /^(?:[kcdm]?m)$/;
/**
 * Specks: tesseract reads the tone marks of a tight line, or a stamp's edge, as a "line" of tiny
 * words ("An", "1A", "LTIẤI", 5–6 px high under 30 px text). A word of two or more letters or
 * digits whose box is under this share of the page's median word height is not text.
 */
const SPECK_HEIGHT = 0.4;
/**
 * A word read with low confidence is kept when it is well formed: letters only (a stop or colon
 * after them), as high as the page's text and not wider than its letters. With the ruling lines
 * whitened, tesseract read the bold "I" and "THỰC" of a table's group row at confidence 4 (the
 * noise it gives at that confidence is specks, bars and runs of dots, or boxes far too big).
 */
const WELL_FORMED = /^(?:\p{L}{1,12}[.,:;]?|\d{1,4}(?:[.,]\d{1,3}){0,3}%?)$/u;
const WELL_FORMED_HEIGHT: readonly [number, number] = [0.6, 1.3];
const WELL_FORMED_WIDTH_EM = 1.2;
function wellFormed(w: OcrWord, pageMedian: number): boolean {
  const h = w.y1 - w.y0;
  const letters = w.text.replace(/[.,:;]$/, "").length;
  return (
    WELL_FORMED.test(w.text) &&
    pageMedian > 0 &&
    h >= WELL_FORMED_HEIGHT[0] * pageMedian &&
    h <= WELL_FORMED_HEIGHT[1] * pageMedian &&
    w.x1 - w.x0 <= WELL_FORMED_WIDTH_EM * h * letters
  );
}
/** Runs of dots the recogniser puts in the wide gaps of a row of numbers ("2022...2023..2024.."). */
const LEADER_DOTS = /^\.{2,}|\.{2,}$/g;
/** Numbers joined by such runs (a single dot is a number's own: "1.000"). */
const LEADER_JOINED = /^\d{1,4}(?:\.{2,}\d{1,4})+\.*$/;

/** A word of numbers joined by runs of dots, cut into the numbers, each with its characters' box. */
function leaderPieces(w: OcrWord): OcrWord[] {
  const cs = w.chars;
  if (!cs || !LEADER_JOINED.test(w.text) || cs.map((c) => c.text).join("") !== w.text) return [];
  const out: OcrWord[] = [];
  let run: OcrChar[] = [];
  const flush = () => {
    if (run.length) out.push({ ...w, text: run.map((c) => c.text).join(""), x0: run[0].x0, x1: run[run.length - 1].x1, chars: undefined });
    run = [];
  };
  for (const c of cs) {
    if (/\d/.test(c.text)) run.push(c);
    else flush();
  }
  flush();
  return out;
}

/**
 * The words kept of a word read: itself when read with confidence or well formed; else, when the
 * image shows word spaces inside it, or it is numbers joined by runs of dots (a row of years read
 * as one word at confidence 0: "2022...2023..2024.."), its pieces if every one is well formed; else none.
 */
function keptWords<W extends OcrWord>(w: W, size: number, pageMedian: number): W[] {
  if (w.conf >= MIN_WORD_CONFIDENCE || wellFormed(w, pageMedian)) return [w];
  const leader = leaderPieces(w);
  const pieces = leader.length ? leader.map((p) => ({ ...w, ...p })) : splitGlued(w, size).map((p) => ({ ...w, ...p, text: p.text.replace(LEADER_DOTS, "") }));
  return pieces.length > 1 && pieces.every((p) => wellFormed(p, pageMedian)) ? pieces.map((p) => ({ ...p, chars: undefined })) : [];
}

/** How many note markers have been numbered so far, in the body and in the notes (across pages). */
export interface MarkerCount {
  ref: number;
  note: number;
}

interface Raised {
  item: PItem;
  read: string;
  conf: number;
  /** first on its line: a note's own marker; else a reference in the text */
  note: boolean;
}

/**
 * A raised glyph (or two digits) glued to a word's end ("năm'" → "năm" and "'"), or to its start
 * ("“-" at a note's first line → "“" and "-"), told by the characters' boxes; null when none.
 */
function gluedMarker(w: OcrWord, base: number, size: number, median: number): Array<OcrWord & { mark?: boolean }> | null {
  const cs = w.chars;
  if (!cs || cs.length < 2 || cs.map((c) => c.text).join("") !== w.text) return null;
  const raisedBox = (part: OcrChar[]) => {
    const y0 = Math.min(...part.map((c) => c.y0 ?? Infinity));
    const y1 = Math.max(...part.map((c) => c.y1 ?? -Infinity));
    return Number.isFinite(y0) && Number.isFinite(y1) && base - y1 > SUP_RAISE_EM * size && y1 - y0 < SUP_HEIGHT * median ? { y0, y1 } : null;
  };
  const word = (part: OcrChar[], box?: { y0: number; y1: number }): OcrWord => ({
    text: part.map((c) => c.text).join(""),
    x0: part[0].x0,
    x1: part[part.length - 1].x1,
    y0: box ? box.y0 : w.y0,
    y1: box ? box.y1 : w.y1,
    conf: w.conf,
    ...(box ? {} : { chars: part }),
  });
  // at the end: one glyph or two digits, maybe before a stop or comma ("biết”²;")
  const punct = /^[.,;:]$/.test(cs[cs.length - 1].text) ? 1 : 0;
  for (const n of [2, 1]) {
    if (cs.length <= n + punct) continue;
    const tail = cs.slice(cs.length - n - punct, cs.length - punct);
    const text = tail.map((c) => c.text).join("");
    if (!markerGlyph(text, "") || (n === 2 && !/^\d\d$/.test(text))) continue;
    const box = raisedBox(tail);
    if (!box) continue;
    const head = [...cs.slice(0, cs.length - n - punct), ...cs.slice(cs.length - punct)];
    const headText = head.map((c) => c.text).join("");
    if (!/[\p{L}\p{N}]/u.test(headText) || (/^[23]$/.test(text) && UNIT_POWER.test(headText))) return null;
    return [word(head), { ...word(tail, box), mark: true }];
  }
  // at the start, a note's marker: a glyph, or a digit before a dash ("1-", "“-")
  const first = cs[0];
  const rest = cs.slice(1);
  const restText = rest.map((c) => c.text).join("");
  if (markerGlyph(first.text, restText) && (/\D/.test(first.text) || /^[^\p{L}\p{N}]/u.test(restText))) {
    const box = raisedBox([first]);
    // the rest sits on the line (not an opening quote over a raised word)
    if (box && !raisedBox(rest)) return [{ ...word([first], box), mark: true }, word(rest)];
  }
  return null;
}

/**
 * Recognised lines → positioned runs in pt, each word one run (a space after all but a line's
 * last). `count` carries the note markers numbered on earlier pages.
 */
export function itemsOf(
  lines: OcrLine[],
  scale: number,
  bold: Set<OcrWord> = new Set(),
  count: MarkerCount = { ref: 0, note: 0 },
): { items: PItem[]; conf: number; words: number } {
  const items: PItem[] = [];
  const raised: Raised[] = [];
  let conf = 0;
  let words = 0;
  // the page's median word height (text with letters), against which specks are told
  const pageHeights = lines
    .flatMap((l) => l.words.filter((w) => w.conf >= MIN_WORD_CONFIDENCE && /\p{L}/u.test(w.text)).map((w) => w.y1 - w.y0))
    .sort((a, b) => a - b);
  const pageMedian = pageHeights[Math.floor(pageHeights.length / 2)] ?? 0;
  for (const l of lines) {
    // each piece keeps the word it was read in (`of`: bold is measured per word)
    const read = l.words
      .map((w) => ({ ...w, text: w.text.trim().replace(EDGE_BARS, ""), of: w }))
      .flatMap((w) => (w.text && !LINE_INK.test(w.text) ? keptWords(w, l.size, pageMedian) : []))
      .filter((w) => !((w.text.match(/[\p{L}\p{N}]/gu)?.length ?? 0) >= 2 && w.y1 - w.y0 < SPECK_HEIGHT * pageMedian));
    // the line's size from its words' boxes (tesseract's row height grows with a raised marker), of
    // words with letters or digits (a row of dashes, "25 | - | - | -", is not the text's height)
    const inked = read.filter((w) => /[\p{L}\p{N}]/u.test(w.text));
    const heights = (inked.length ? inked : read).map((w) => w.y1 - w.y0).sort((a, b) => a - b);
    const median = heights[Math.floor(heights.length / 2)] ?? 0;
    const size = median > 0 ? Math.min(l.size, median / WORD_HEIGHT_EM) : l.size;
    const baseAt = (x: number) => l.baseY + l.slope * x;
    // pieces: glued words apart, then a raised marker glued to a word's end apart from it
    const ws: Array<OcrWord & { of: OcrWord; mark?: boolean }> = [];
    for (const w of read)
      for (const piece of splitGlued(w, size)) {
        const parts = gluedMarker(piece, baseAt(piece.x1), size, median) ?? [piece];
        for (const part of parts) ws.push({ ...part, of: w.of });
      }
    ws.forEach((w, i) => {
      const base = baseAt((w.x0 + w.x1) / 2);
      const isRaised =
        w.mark === true ||
        (ws.length > 1 && markerGlyph(w.text, ws[i + 1]?.text ?? "") && base - w.y1 > SUP_RAISE_EM * size && w.y1 - w.y0 < SUP_HEIGHT * median);
      const text = i === 0 ? romanLabel(w.text, ws[1]?.text) : w.text;
      // a word followed by its raised marker keeps the space (the marker is not text)
      const last = i === ws.length - 1;
      const item: PItem = {
        str: (text + (!last && !(isRaised && i === 0) ? " " : "")).normalize("NFC"),
        x: w.x0 / scale,
        // a superscript sits on its own box's foot, in a smaller size
        y: (isRaised ? w.y1 : base) / scale,
        w: (w.x1 - w.x0) / scale,
        size: (isRaised ? (w.y1 - w.y0) / WORD_HEIGHT_EM : size) / scale,
        ...(bold.has(w.of) && !isRaised ? { bold: true } : {}),
      };
      items.push(item);
      if (isRaised) raised.push({ item, read: w.text, conf: w.conf, note: i === 0 });
      if (w.mark) return; // counted with its word
      conf += w.conf;
      words++;
    });
  }
  numberMarkers(raised, count);
  return { items, conf, words };
}

/** Raised markers numbered in reading order (top to bottom, left to right), notes and references apart. */
function numberMarkers(raised: Raised[], count: MarkerCount): void {
  raised.sort((a, b) => a.item.y - b.item.y || a.item.x - b.item.x);
  for (const r of raised) {
    const key = r.note ? "note" : "ref";
    const next = count[key] + 1;
    const n = /^\d{1,3}$/.test(r.read) && (Number(r.read) === next || (r.conf >= SUP_TRUST_CONF && Number(r.read) > count[key])) ? Number(r.read) : next;
    count[key] = n;
    const space = r.item.str.endsWith(" ") ? " " : "";
    r.item.str = String(n) + space;
  }
}

/**
 * Recognises the given pages of a PDF. `onStart(n)` is told how many pages will be read before
 * the first is drawn (the per-file time limit grows with them, src/isolate.ts).
 */
export async function recognisePages(
  pdf: Pick<PdfFile, "render">,
  fileName: string,
  pages: PageData[],
  onStart?: (pages: number) => void,
): Promise<OcrResult> {
  const { engine, problems } = await openEngine();
  if (!engine)
    throw sayable("pdf/ocr-unavailable", fileName, "ocrUnavailable", [problems.join("; ").slice(0, 200)]);
  onStart?.(pages.length);
  const byNumber = new Map(pages.map((p) => [p.page, p]));
  let conf = 0;
  let words = 0;
  const turned: OcrResult["turned"] = [];
  try {
    const count: MarkerCount = { ref: 0, note: 0 };
    await pdf.render([...byNumber.keys()], OCR_DPI, async (r) => {
      const dpi = Math.round(72 * r.scale);
      // each image read with its ruling lines whitened; a page that reads badly is asked its
      // orientation and read again turned upright (ocr-orient.ts)
      const read = async (g: Gray) => {
        const runs = ruleRuns(g, r.scale);
        const clean = withoutRules(g, runs);
        const lines = await engine.recognise(pgmOf(clean), dpi);
        return { result: { g, runs, clean, lines }, conf: lines.flatMap((l) => l.words.filter((w) => w.text.trim()).map((w) => w.conf)) };
      };
      const orient = engine.orient?.bind(engine);
      const up = await readUpright(grayOf(r.pgm), read, orient && ((g: Gray) => orient(pgmOf(g), dpi)));
      const { g, runs, clean, lines } = up.result;
      const got = itemsOf(lines, r.scale, boldWords(lines, clean), count);
      const page = byNumber.get(r.page)!;
      if (up.turn === 90 || up.turn === 270) [page.width, page.height] = [page.height, page.width];
      if (up.turn) turned.push({ page: r.page, turn: up.turn });
      page.items = got.items;
      page.ocr = true;
      page.segs = up.turn ? rulesOf(g, r.scale, runs) : [...page.segs, ...rulesOf(g, r.scale, runs)];
      conf += got.conf;
      words += got.words;
    });
  } catch (e) {
    if (e instanceof KehoachError) throw e;
    throw sayable("pdf/ocr-failed", fileName, "ocrFailed", [engine.name, e instanceof Error ? e.message.slice(0, 160) : String(e)], e);
  } finally {
    await engine.close().catch(() => undefined);
  }
  return { pages, turned, engine: engine.name, confidence: words ? conf / words : 0, words };
}
