// Reads a PDF with pdfjs-dist into positioned items and ruling segments per page, from one
// operator list a page. The only file that calls pdfjs (text-runs.ts reads what it gives).
import { nativeJsonParse, nativeJsonStringify, nativePush } from "./native-push.js";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
// The worker code, loaded here in the main thread: it registers itself as
// globalThis.pdfjsWorker, which pdfjs uses instead of importing it later (a later
// import would install core-js's push again after it is restored below).
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { createRequire } from "node:module";
import path from "node:path";
import { KehoachError } from "../../src/ground/errors.js";
import { libraryError } from "../../src/i18n/library.js";
import { sayable } from "../../src/i18n/said.js";
import { DEFAULT_MAX_PAGES } from "../../src/ground/model.js";
import { visibleText, type PItem, type Seg } from "./layout.js";
import { encodingOfFont } from "../legacy-vi.js";
import type { LegacyRun } from "./legacy.js";
import { textRunsOf, type RunFont } from "./text-runs.js";
import { applyPoint, type Matrix, transform } from "./matrix.js";
import { UPRIGHT_SKEW_MAX } from "./thresholds.js";

export interface PageData {
  page: number; // 1-based
  width: number;
  height: number;
  items: PItem[];
  segs: Seg[];
  images: number; // image paints: a page of images and no text is a scan
  /** its text was recognised by OCR (parsers/pdf/ocr.ts), not read from a text layer */
  ocr?: boolean;
}

export interface Loaded {
  pages: PageData[];
  unknownFonts: string[];
  rotated: number; // runs drawn at an angle, skipped
  /** runs drawn in a font of an old Vietnamese encoding (`.VnTime`, `VNI-Times`), as extracted */
  legacyRuns: LegacyRun[];
}

// See native-push.ts: core-js's push and JSON functions are only slower, never needed on Node 20.
if (Array.prototype.push !== nativePush) Object.defineProperty(Array.prototype, "push", { value: nativePush, writable: true, configurable: true, enumerable: false });
if (JSON.parse !== nativeJsonParse) Object.defineProperty(JSON, "parse", { value: nativeJsonParse, writable: true, configurable: true, enumerable: false });
if (JSON.stringify !== nativeJsonStringify) Object.defineProperty(JSON, "stringify", { value: nativeJsonStringify, writable: true, configurable: true, enumerable: false });


// pdfjs draw-op codes inside a constructPath's path data (DrawOPS in pdfjs 5).
const MOVE = 0;
const LINE = 1;
const CURVE = 2;
const QUAD = 3;
const CLOSE = 4;

/** Ruling segments of a page: stroked straight lines and hair-thin filled rectangles. */
function segmentsOf(ops: { fnArray: number[]; argsArray: unknown[] }, view: Matrix): { segs: Seg[]; images: number } {
  const O = pdfjs.OPS;
  const strokes = new Set<number>([O.stroke, O.closeStroke, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]);
  const fills = new Set<number>([O.fill, O.eoFill, O.fillStroke, O.eoFillStroke, O.closeFillStroke, O.closeEOFillStroke]);
  const segs: Seg[] = [];
  let images = 0;
  let ctm: Matrix = [1, 0, 0, 1, 0, 0];
  const stack: Matrix[] = [];
  const push = (ax: number, ay: number, bx: number, by: number) => {
    segs.push({ x0: Math.min(ax, bx), y0: Math.min(ay, by), x1: Math.max(ax, bx), y1: Math.max(ay, by) });
  };
  for (let i = 0; i < ops.fnArray.length; i++) {
    const fn = ops.fnArray[i];
    const args = ops.argsArray[i] as unknown[] | null;
    if (fn === O.save) stack.push(ctm);
    else if (fn === O.restore) ctm = stack.pop() ?? [1, 0, 0, 1, 0, 0];
    else if (fn === O.transform && args) ctm = transform(ctm, args as Matrix);
    else if (fn === O.paintImageXObject || fn === O.paintInlineImageXObject || fn === O.paintImageMaskXObject) images++;
    else if (fn === O.constructPath && args) {
      const paint = args[0] as number;
      const data = (args[1] as ArrayLike<number>[] | null)?.[0];
      if (!data || (!strokes.has(paint) && !fills.has(paint))) continue;
      // Walk the subpaths: straight pieces of stroked paths are rules; a filled
      // subpath whose box is under 2 pt thick is a rule drawn as a rectangle.
      let sub: Array<[number, number]> = [];
      const m = transform(view, ctm);
      const flush = () => {
        if (sub.length < 2) return;
        const pts = sub.map(([x, y]) => applyPoint(m, x, y));
        if (strokes.has(paint))
          for (let k = 1; k < pts.length; k++) push(pts[k - 1][0], pts[k - 1][1], pts[k][0], pts[k][1]);
        else {
          const xs = pts.map((q) => q[0]);
          const ys = pts.map((q) => q[1]);
          const x0 = Math.min(...xs), x1 = Math.max(...xs), y0 = Math.min(...ys), y1 = Math.max(...ys);
          if (y1 - y0 <= 2) push(x0, (y0 + y1) / 2, x1, (y0 + y1) / 2);
          else if (x1 - x0 <= 2) push((x0 + x1) / 2, y0, (x0 + x1) / 2, y1);
        }
      };
      for (let k = 0; k < data.length; ) {
        const op = data[k];
        if (op === MOVE) {
          flush();
          sub = [[data[k + 1], data[k + 2]]];
          k += 3;
        } else if (op === LINE) {
          sub.push([data[k + 1], data[k + 2]]);
          k += 3;
        } else if (op === CURVE) {
          sub.push([data[k + 5], data[k + 6]]);
          k += 7;
        } else if (op === QUAD) {
          sub.push([data[k + 3], data[k + 4]]);
          k += 5;
        } else if (op === CLOSE) {
          if (sub.length) sub.push(sub[0]);
          k += 1;
        } else break;
      }
      flush();
    }
  }
  // Keep only horizontal or vertical pieces: rules, not glyph-like curves.
  return { segs: segs.filter((s) => s.y1 - s.y0 <= 2 || s.x1 - s.x0 <= 2), images };
}

// pdfjs inflates every content stream and embedded font through the web
// DecompressionStream when the global exists; on Node each stream then makes a
// round trip through libuv's thread pool and a web stream, which for the many
// small streams of a text document costs more than pdfjs's own synchronous
// inflate (about a sixth of the parse time). It falls back to that inflate when
// the constructor is missing, so the global is hidden while a PDF is read
// (counted, so that overlapping reads restore it once, at the end).
let hiding = 0;
let savedDS: PropertyDescriptor | undefined;
function hideDecompressionStream(): void {
  if (hiding++ === 0) {
    savedDS = Object.getOwnPropertyDescriptor(globalThis, "DecompressionStream");
    if (savedDS?.configurable) delete (globalThis as { DecompressionStream?: unknown }).DecompressionStream;
  }
}
function restoreDecompressionStream(): void {
  if (--hiding === 0 && savedDS?.configurable) Object.defineProperty(globalThis, "DecompressionStream", savedDS);
}

// pdf.js's two sides (the document's and the worker's) talk through a port. On Node its own port
// (LoopbackPort, the "fake worker") gives each message to the other side as a structuredClone: every
// chunk of every page's operator list was copied whole, each glyph of each text run an object made
// again (5 % of a reader's CPU on the fixture PDFs, and their garbage). Both sides are in this thread,
// so a chunk of a stream (an operator list's, a text content's) goes across as it is, with only its
// arrays copied: the worker side empties them once sent (OperatorList.flush sets their length to 0)
// and starts new ones, and touches nothing it has sent again. Any other message is cloned as before.
const ENQUEUE = 4; // pdf.js's StreamKind.ENQUEUE
type Listener = (this: SameThreadPort, event: { data: unknown }) => void;
export class SameThreadPort {
  private readonly listeners = new Set<Listener>();
  private readonly deferred = Promise.resolve();
  postMessage(message: unknown, transfer?: unknown[]): void {
    const data = passChunk(message) ?? structuredClone(message, transfer ? ({ transfer } as never) : undefined);
    void this.deferred.then(() => {
      for (const listener of this.listeners) listener.call(this, { data });
    });
  }
  addEventListener(_name: string, listener: Listener): void {
    this.listeners.add(listener);
  }
  removeEventListener(_name: string, listener: Listener): void {
    this.listeners.delete(listener);
  }
  terminate(): void {
    this.listeners.clear();
  }
}

/** A stream's chunk as it goes across: the message and the chunk copied shallowly, the chunk's arrays too; null for any other message. */
function passChunk(message: unknown): unknown {
  const m = message as { stream?: unknown; chunk?: unknown } | null;
  if (!m || typeof m !== "object" || m.stream !== ENQUEUE || !m.chunk || typeof m.chunk !== "object" || Array.isArray(m.chunk)) return null;
  const chunk: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(m.chunk)) chunk[k] = Array.isArray(v) ? v.slice() : v;
  return { ...m, chunk };
}

/** One pdf.js worker for this thread's documents, on a SameThreadPort (made when the first PDF is read). */
let worker: pdfjs.PDFWorker | undefined;
function sameThreadWorker(): pdfjs.PDFWorker {
  if (worker) return worker;
  const port = new SameThreadPort();
  // the worker side, registered by the worker code imported above
  (globalThis as unknown as { pdfjsWorker: { WorkerMessageHandler: { initializeFromPort(port: SameThreadPort): void } } }).pdfjsWorker.WorkerMessageHandler.initializeFromPort(port);
  return (worker = new pdfjs.PDFWorker({ port: port as never, verbosity: OPEN_OPTIONS.verbosity }));
}

const errName = (e: unknown): string => (e && typeof e === "object" && "name" in e ? String((e as { name: unknown }).name) : "");

/** pdfjs-dist's own folder: its CMaps, standard fonts, image decoders (WebAssembly) and ICC data, read from disk, never fetched. */
const PDFJS_DIR = path.dirname(createRequire(import.meta.url).resolve("pdfjs-dist/package.json"));
const dataDir = (name: string) => path.join(PDFJS_DIR, name) + path.sep;

/** How every PDF is opened: no eval, no font faces or system fonts (no page is shown), pdfjs's data from its package. */
const OPEN_OPTIONS = {
  isEvalSupported: false,
  disableFontFace: true,
  useSystemFonts: false,
  stopAtErrors: false,
  verbosity: 0, // pdfjs.VerbosityLevel.ERRORS: no console chatter
  // text in a font with a predefined CMap (CJK encodings), a standard font the PDF does not embed,
  // and scans in JBIG2 or JPEG 2000 need these; offline, from node_modules
  cMapUrl: dataDir("cmaps"),
  cMapPacked: true,
  standardFontDataUrl: dataDir("standard_fonts"),
  wasmUrl: dataDir("wasm"),
  iccUrl: dataDir("iccs"),
};

/** An open PDF: its text layer, its pages drawn for OCR, from one pdfjs document. Close it. */
export interface PdfFile {
  numPages: number;
  /** Every page's positioned text runs, ruling lines and image count. */
  read(): Promise<Loaded>;
  /** Draws pages (1-based numbers) at `dpi` and hands each to `each` as a grayscale image before the next is drawn (one page image in memory). */
  render(pageNumbers: number[], dpi: number, each: (p: RenderedPage) => Promise<void>): Promise<void>;
  close(): Promise<void>;
}

type PdfDoc = Awaited<ReturnType<typeof pdfjs.getDocument>["promise"]>;
type PdfPage = Awaited<ReturnType<PdfDoc["getPage"]>>;

/** Opens a PDF with pdfjs: refused with the reason when it is encrypted, damaged or longer than `maxPages`. */
export async function openPdf(bytes: Uint8Array, fileName: string, password?: string, maxPages = DEFAULT_MAX_PAGES): Promise<PdfFile> {
  hideDecompressionStream();
  // pdfjs may transfer (detach) the buffer it is given: hand it a copy.
  const task = pdfjs.getDocument({ ...OPEN_OPTIONS, data: new Uint8Array(bytes), password, worker: sameThreadWorker() });
  let closed = false;
  const close = async () => {
    if (closed) return;
    closed = true;
    try {
      await task.destroy();
    } finally {
      restoreDecompressionStream();
    }
  };
  let doc: PdfDoc;
  try {
    doc = await task.promise;
  } catch (e) {
    await close().catch(() => undefined);
    throw openError(e, fileName);
  }
  if (doc.numPages > maxPages) {
    await close();
    throw sayable("pdf/too-many-pages", fileName, "tooManyPages", [doc.numPages, maxPages]);
  }
  /** The one page loop: each page in turn, its resources freed before the next. */
  const eachPage = async (numbers: Iterable<number>, fn: (page: PdfPage, p: number) => Promise<void>) => {
    for (const p of numbers) {
      const page = await doc.getPage(p);
      try {
        await fn(page, p);
      } finally {
        page.cleanup();
      }
    }
  };
  return {
    numPages: doc.numPages,
    read: () => readPages(doc.numPages, eachPage),
    render: (numbers, dpi, each) => renderPages(doc, eachPage, fileName, numbers, dpi, each),
    close,
  };
}

function openError(e: unknown, fileName: string): KehoachError {
  const name = errName(e);
  if (name === "PasswordException") {
    const code = (e as { code?: number }).code;
    if (code === pdfjs.PasswordResponses.INCORRECT_PASSWORD)
      return new KehoachError("pdf/wrong-password", "the password does not open this encrypted PDF", fileName, { cause: e });
    return new KehoachError("pdf/encrypted", "the PDF is encrypted: pass --password", fileName, { cause: e });
  }
  // pdf.js's exceptions by kind, said in the reader's language with pdf.js's words after them
  return libraryError(e, fileName) ?? sayable("pdf/damaged", fileName, "pdfDamaged", [e instanceof Error ? e.message : String(e)], e);
}

/** Opens, reads every page's text layer, closes. */
export async function loadPdf(bytes: Uint8Array, fileName: string, password?: string, maxPages = DEFAULT_MAX_PAGES): Promise<Loaded> {
  const pdf = await openPdf(bytes, fileName, password, maxPages);
  try {
    return await pdf.read();
  } finally {
    await pdf.close();
  }
}

type EachPage = (numbers: Iterable<number>, fn: (page: PdfPage, p: number) => Promise<void>) => Promise<void>;

const range = (n: number) => Array.from({ length: n }, (_, i) => i + 1);

async function readPages(numPages: number, eachPage: EachPage): Promise<Loaded> {
  const pages: PageData[] = [];
  const unknownFonts = new Set<string>();
  const legacyRuns: LegacyRun[] = [];
  let rotated = 0;
  await eachPage(range(numPages), async (page, p) => {
    const viewport = page.getViewport({ scale: 1 });
    const view = viewport.transform as Matrix;
    // One interpretation of the page: the operator list carries the text (read into the runs
    // getTextContent would give, text-runs.ts), the ruling lines and the images, and sends the
    // fonts (with their PostScript names) to commonObjs.
    const ops = await page.getOperatorList();
    // pdfjs's getOperatorList answers an empty list where the page's content cannot be read (a
    // broken cross-reference entry); getTextContent rejects it, with the reason: asked only then
    if (ops.fnArray.length === 0) await page.getTextContent();
    const loadedFont = (id: string): RunFont | null => {
      try {
        return page.commonObjs.get(id) as RunFont | null;
      } catch {
        return null; // a font pdf.js could not load
      }
    };
    const runs = textRunsOf(ops, pdfjs.OPS, loadedFont, page.view);
    const fontInfo = new Map<string, { bold: boolean; italic: boolean; legacy: ReturnType<typeof encodingOfFont> }>();
    const fontOf = (id: string) => {
      let f = fontInfo.get(id);
      if (f) return f;
      const name = loadedFont(id)?.name ?? "";
      if (!name) unknownFonts.add(id);
      // Subset prefixes ("BAAAAA+") and the style words of PostScript names.
      f = { bold: /bold|black|heavy|semibold|demi/i.test(name), italic: /italic|oblique/i.test(name), legacy: encodingOfFont(name) };
      fontInfo.set(id, f);
      return f;
    };
    const items: PItem[] = [];
    for (const raw of runs) {
      if (raw.str === "") continue;
      const m = transform(view, raw.transform as Matrix);
      // Upright text only: m = [s,0,0,-s,...] once the viewport flipped y.
      if (Math.abs(m[1]) > UPRIGHT_SKEW_MAX * Math.abs(m[0]) || Math.abs(m[2]) > UPRIGHT_SKEW_MAX * Math.abs(m[3]) || m[0] <= 0) {
        rotated++;
        continue;
      }
      const size = Math.abs(m[3]);
      const { bold, italic, legacy } = fontOf(raw.fontName);
      // a legacy font's text keeps its characters (U+F0xx included) until legacy.ts converts it
      const item: PItem = { str: legacy ? raw.str : visibleText(raw.str).normalize("NFC"), x: m[4], y: m[5], w: raw.width * (viewport.scale ?? 1), size, bold, italic };
      items.push(item);
      if (legacy) legacyRuns.push({ item, ...legacy });
    }
    const { segs, images } = segmentsOf(ops, view);
    pages.push({ page: p, width: viewport.width, height: viewport.height, items, segs, images });
  });
  return { pages, unknownFonts: [...unknownFonts], rotated, legacyRuns };
}

/** A page drawn for OCR: its size in pt, and a grayscale image of it (binary PGM, which tesseract reads). */
export interface RenderedPage {
  page: number;
  width: number;
  height: number;
  /** pixels per pt */
  scale: number;
  pgm: Uint8Array;
}

/** Pixels a page image may hold (an A4 page at 200 dpi is 3.9 million): a huge page is drawn at a lower resolution. */
const MAX_PIXELS = 25_000_000;

/** Draws pages with pdfjs on @napi-rs/canvas at `dpi`, one at a time. */
async function renderPages(
  doc: PdfDoc,
  eachPage: EachPage,
  fileName: string,
  pageNumbers: number[],
  dpi: number,
  each: (p: RenderedPage) => Promise<void>,
): Promise<void> {
  let reading = false; // inside `each`: its errors are its own
  const factory = (doc as unknown as { canvasFactory: CanvasFactory }).canvasFactory;
  try {
    await eachPage(pageNumbers, async (page, p) => {
      const base = page.getViewport({ scale: 1 });
      let scale = dpi / 72;
      const pixels = base.width * base.height * scale * scale;
      if (pixels > MAX_PIXELS) scale *= Math.sqrt(MAX_PIXELS / pixels);
      const viewport = page.getViewport({ scale });
      const w = Math.max(1, Math.ceil(viewport.width));
      const h = Math.max(1, Math.ceil(viewport.height));
      const cc = factory.create(w, h);
      try {
        // a white page under the drawing: transparent pixels would read as black
        cc.context.fillStyle = "#ffffff";
        cc.context.fillRect(0, 0, w, h);
        await page.render({ canvasContext: cc.context as never, canvas: cc.canvas as never, viewport }).promise;
        const rgba = cc.context.getImageData(0, 0, w, h).data;
        const head = Buffer.from(`P5\n${w} ${h}\n255\n`, "latin1");
        const pgm = new Uint8Array(head.length + w * h);
        pgm.set(head, 0);
        for (let i = 0, j = head.length; i < rgba.length; i += 4, j++) pgm[j] = (rgba[i] * 77 + rgba[i + 1] * 150 + rgba[i + 2] * 29) >> 8;
        reading = true;
        await each({ page: p, width: base.width, height: base.height, scale, pgm });
        reading = false;
      } finally {
        factory.destroy(cc);
      }
    });
  } catch (e) {
    if (reading || e instanceof KehoachError) throw e;
    throw sayable("pdf/render", fileName, "pdfRender", [e instanceof Error ? e.message : String(e)], e);
  }
}

interface CanvasAndContext {
  canvas: unknown;
  context: {
    fillStyle: string;
    fillRect(x: number, y: number, w: number, h: number): void;
    getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
  };
}
interface CanvasFactory {
  create(w: number, h: number): CanvasAndContext;
  destroy(cc: CanvasAndContext): void;
}
