// OCR of scanned PDF pages, offline. Each page is drawn by pdfjs (load.ts, PdfFile.render) and read
// by tesseract with its Vietnamese model:
// - tesseract.js (WebAssembly, in a worker thread of its own), its core from node_modules and the
//   model from the @tesseract.js-data/vie package (langPath points at it; nothing is fetched and no
//   cache file is written);
// - else the system `tesseract` with `tesseract-ocr-vie`, when it is installed (hOCR output).
// The recognised words, with their boxes, baselines and line heights, become the same positioned
// runs (PItem) the text layer gives, so lines, paragraphs, reading order, header and closing blocks
// are rebuilt by the same layout rules (pdf.ts): the rules see the same model. This file holds the
// engines and the page loop; the page image (bold, ruling lines) is parsers/pdf/ocr-image.ts, the
// words to runs parsers/pdf/ocr-words.ts.
import { execFile } from "node:child_process";
import { createHash } from "node:crypto";
import fs from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { KehoachError } from "../../src/ground/errors.js";
import { sayable } from "../../src/i18n/said.js";
import type { PageData, PdfFile } from "./load.js";
import { boldWords, grayOf, pgmOf, rulesOf, ruleRuns, withoutRules, type Gray } from "./ocr-image.js";
import { readUpright, type Orientation, type Turn } from "./ocr-orient.js";
import { itemsOf, type MarkerCount, type OcrChar, type OcrLine } from "./ocr-words.js";

/** Pages are drawn at this resolution (KEHOACH_OCR_DPI overrides it): a 12–14 pt line is 33–39 pixels high, where tesseract reads well. */
export const OCR_DPI = Math.min(600, Math.max(100, Number(process.env.KEHOACH_OCR_DPI) || 200));
/** Font size from tesseract's row measures: the row height (x-height + ascenders) plus half the descenders. */
const DESCENDER_SHARE = 0.5;
/** A line's x-size when the engine gives none: this share of its box's height. */
const BOX_SIZE_SHARE = 0.95;
/** A line's baseline when the engine gives none: this share of its box's height above the box's foot (the descenders). */
const BOX_BASELINE_SHARE = 0.2;

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
            const size = ra && ra.rowHeight > 0 ? ra.rowHeight + DESCENDER_SHARE * ra.descenders : (l.bbox.y1 - l.bbox.y0) * BOX_SIZE_SHARE;
            const baseY = bl.has_baseline === false ? l.bbox.y1 - BOX_BASELINE_SHARE * (l.bbox.y1 - l.bbox.y0) : bl.y0 - slope * bl.x0;
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
    const xs = TITLE_NUM(s.title, "x_size")?.[0] ?? (box[3] - box[1]) * BOX_SIZE_SHARE;
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
  // a fixed text: said in Vietnamese inside pdf/ocr-unavailable's message (fixedErrors of src/i18n/vi.ts)
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
