// PDF -> DocModel. pdfjs gives positioned text runs and the page's drawing
// operators; the layout rules in ./pdf/layout.ts turn them into the blocks the
// rules expect: paragraphs re-joined from lines, footnotes from the page foot,
// tables from their ruling, and the two-column header and closing blocks read
// column by column.
import { DocBuilder } from "../src/ground/doc-builder.js";
import { refusal } from "../src/ground/codes.js";
import type { DocModel, OcrMode } from "../src/ground/model.js";
import {
  buildTables,
  closingBlock,
  findRunningLines,
  footnoteZoneTop,
  groupLines,
  headerBlock,
  looseTables,
  splitFootnotes,
  type FootnoteOut,
  type GridRowOut,
  type Line,
} from "./pdf/layout.js";
import { openPdf, type Loaded, type PageData, type PdfFile } from "./pdf/load.js";
import { convertLegacyRuns } from "./pdf/legacy.js";
import { mendCodes, rowsAlike } from "./pdf/ocr-layout.js";
import { isPdf } from "./signatures.js";
import { emitBody, emitNotes } from "./pdf/emit.js";
import type { PdfState, Piece, Stage, Unit } from "./pdf/state.js";
import { COLUMN_GAP_EM, DEFAULT_BODY_SIZE, HALF_POINTS } from "./pdf/thresholds.js";

/** The body font size: the size that carries the most characters. */
function bodyFontSize(pages: PageData[]): number {
  const w = new Map<number, number>();
  for (const p of pages)
    for (const it of p.items) {
      const k = Math.round(it.size * HALF_POINTS) / HALF_POINTS;
      w.set(k, (w.get(k) ?? 0) + it.str.trim().length);
    }
  let best = DEFAULT_BODY_SIZE;
  let n = -1;
  for (const [k, c] of w) if (c > n) [best, n] = [k, c];
  return best;
}

/** The PDF pipeline, in order (as docling's pipeline stages): each stage reads what the ones before it left. */
const STAGES: readonly Stage[] = [
  // Tables from ruling lines first: their text must not be grouped into lines.
  { id: "ruled-tables", run: ruledTables },
  { id: "running-lines", run: runningLines },
  // Footnotes before the header and closing blocks: those are found among the body lines.
  { id: "footnotes", run: footnoteZones },
  { id: "header-closing", run: headerAndClosing },
  // Tables without ruling lines are found among the body lines left once the blocks are taken.
  { id: "loose-tables", run: unruledTables },
  { id: "merge-tables", run: mergeTables },
  // Item codes read by OCR, mended by their sequence ("23" between 2.2 and 2.4 is 2.3).
  { id: "ocr-codes", run: mendOcrCodes },
  { id: "emit-body", run: emitBody },
  { id: "emit-notes", run: emitNotes },
];

export async function parsePdf(
  bytes: Uint8Array,
  opts: { fileName: string; password?: string; maxPages?: number; ocr?: OcrMode; onOcr?: (pages: number) => void },
): Promise<DocModel> {
  const { fileName } = opts;
  if (!isPdf(bytes)) throw refusal("pdf/not-pdf", fileName);
  const b = new DocBuilder("pdf");
  // one pdfjs document for the text layer and, for a scan, the pages drawn for OCR
  const pdf = await openPdf(bytes, fileName, opts.password, opts.maxPages);
  let loaded: Loaded;
  try {
    loaded = await pdf.read();
    await recogniseScans(pdf, opts, loaded.pages, b);
  } finally {
    await pdf.close();
  }
  const { pages } = loaded;
  checkTextLayer(pages, fileName);
  b.warnings.push(...convertLegacyRuns(pages, loaded.legacyRuns));
  warnLoad(loaded, b);
  const bodySize = bodyFontSize(pages);
  const state: PdfState = {
    pages,
    b,
    bodySize,
    minGap: COLUMN_GAP_EM * bodySize,
    pieces: [],
    pageLines: [],
    units: [],
    running: new Set(),
    notes: [],
    header: null,
    closing: null,
    tableOf: new Map(),
    headerRows: new Set(),
    dropRows: new Set(),
    baselines: new Map(),
  };
  for (const stage of STAGES) stage.run(state);
  return b.build(pages.length);
}

const hasText = (p: PageData) => p.items.some((it) => it.str.trim());

/**
 * OCR (pdf/ocr.ts): a PDF with no text on any page is a scan and is recognised unless OCR is
 * off; with OCR on, so are the pages without text of a PDF that has text elsewhere. The
 * recognised words replace the page's (empty) text layer; a warning says so.
 */
async function recogniseScans(
  pdf: PdfFile,
  opts: { fileName: string; ocr?: OcrMode; onOcr?: (pages: number) => void },
  pages: PageData[],
  b: DocBuilder,
): Promise<void> {
  const mode = opts.ocr ?? "auto";
  if (mode === "off" || !pages.length) return;
  const blank = pages.filter((p) => !hasText(p));
  const todo = blank.length === pages.length ? blank : mode === "on" ? blank.filter((p) => p.images > 0) : [];
  if (!todo.length) return;
  const { recognisePages, OCR_DPI } = await import("./pdf/ocr.js");
  const r = await recognisePages(pdf, opts.fileName, todo, opts.onOcr);
  if (!r.words) return; // nothing read: the text-layer check below refuses the file
  b.warn(
    "input/ocr",
    `the text of ${todo.length === pages.length ? "every page" : `${todo.length} of ${pages.length} pages`} (${todo.map((p) => p.page).join(", ")}) was recognised by OCR (${r.engine}, Vietnamese, ${OCR_DPI} dpi; mean word confidence ${Math.round(r.confidence)}%${r.turned.map((t) => `; page ${t.page} turned ${t.turn}°`).join("")}): names and numbers may be misread, check them against the scan`,
  );
}

/** A PDF without a text layer (and none recognised) is a scan: refused, with the fix. */
function checkTextLayer(pages: PageData[], fileName: string): void {
  const textChars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.trim().length, 0), 0);
  if (textChars === 0) throw refusal("pdf/no-text-layer", fileName);
}

/** Empty pages, fonts without a name and rotated runs: warnings from loading. */
function warnLoad(loaded: Loaded, b: DocBuilder): void {
  for (const p of loaded.pages)
    if (!p.items.some((it) => it.str.trim()))
      b.warn("pdf/empty-page", `page ${p.page} has no text${p.images ? " (only images: a scanned page?)" : ""}`, {
        page: p.page,
        start: 0,
        end: 0,
      });
  for (const f of loaded.unknownFonts)
    b.warn("pdf/unknown-font", `font ${f} has no name: bold and italic hints may be missing`);
  if (loaded.rotated)
    b.warn("pdf/rotated-text", `${loaded.rotated} text runs drawn at an angle were skipped (stamps, margin notes)`);
}

/** 1. Tables from ruling lines; the remaining items make lines. */
function ruledTables(s: PdfState): void {
  for (const p of s.pages) {
    const { tables, rest } = buildTables(p.items, p.segs);
    for (const t of tables) {
      s.pieces.push({ page: p.page, rows: t.rows, cols: t.cols });
      for (const row of t.rows) s.units.push({ kind: "row", row, piece: s.pieces.length - 1, y: row.top, page: p.page });
    }
    s.pageLines.push(groupLines(rest, p.page));
    s.baselines.set(p.page, groupLines(p.items, p.page).map((l) => l.y).sort((a, c) => a - c));
  }
}

/** 2. Running headers and page numbers. */
function runningLines(s: PdfState): void {
  s.running = findRunningLines(s.pages.map((p, i) => ({ lines: s.pageLines[i], height: p.height })));
}

/** 3. Footnote zones at the page foot; the other lines become body units, in reading order. */
function footnoteZones(s: PdfState): void {
  const { b, notes } = s;
  let open: FootnoteOut | null = null;
  s.pages.forEach((p, i) => {
    const lines = s.pageLines[i].filter((l) => !s.running.has(l));
    const top = footnoteZoneTop(lines, p.segs, p.width, s.bodySize);
    const foot = top === null ? [] : lines.filter((l) => l.y > top);
    const body = top === null ? lines : lines.filter((l) => l.y <= top);
    if (foot.length) {
      const { notes: got, orphan } = splitFootnotes(foot, open);
      if (orphan.length)
        b.warn("pdf/footnote-without-marker", `page ${p.page}: footnote text with no number before it was kept as a note without marker`, {
          page: p.page,
          start: 0,
          end: 0,
        });
      if (orphan.length) got.unshift({ marker: "", lines: orphan, page: p.page });
      notes.push(...got);
      if (notes.length) open = notes[notes.length - 1];
    }
    for (const line of body) s.units.push({ kind: "line", line, y: line.y - line.size, page: p.page });
  });
  s.units.sort((u, v) => u.page - v.page || u.y - v.y);
}

/** 4. The two-column header block opening page 1 and the closing block at the end. */
function headerAndClosing(s: PdfState): void {
  const { units } = s;
  const firstRows: Line[] = [];
  for (const u of units) {
    if (u.page !== 1 || u.kind !== "line") break;
    firstRows.push(u.line);
  }
  const h = headerBlock(firstRows, s.minGap);
  if (h) {
    s.header = h.sides;
    removeUnits(units, new Set(firstRows.slice(0, h.count)));
  }
  const lastRows: Line[] = [];
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.kind !== "line") break;
    lastRows.unshift(u.line);
  }
  const lastPage = lastRows.length ? lastRows[lastRows.length - 1].page : 0;
  const tail = lastRows.filter((l) => l.page === lastPage);
  const c = closingBlock(tail, s.minGap);
  if (c) {
    s.closing = c.sides;
    removeUnits(units, new Set(tail.slice(tail.length - c.count)));
  }
}

/** 4b. Tables without ruling lines, among the body lines of each page. */
function unruledTables(s: PdfState): void {
  const { units, pieces } = s;
  const byPage = new Map<number, Line[]>();
  for (const u of units) if (u.kind === "line") (byPage.get(u.page) ?? byPage.set(u.page, []).get(u.page)!).push(u.line);
  const replaced = new Set<Line>();
  for (const [page, lines] of byPage)
    for (const t of looseTables(lines)) {
      pieces.push({ page, rows: t.rows, cols: t.cols });
      for (const l of t.lines) replaced.add(l);
      for (const row of t.rows) units.push({ kind: "row", row, piece: pieces.length - 1, y: row.top, page });
    }
  if (!replaced.size) return;
  removeUnits(units, replaced);
  units.sort((u, v) => u.page - v.page || u.y - v.y);
  // pieces must be numbered in reading order for the table merge below
  const order = [...new Set(units.flatMap((u) => (u.kind === "row" ? [u.piece] : [])))];
  const renum = new Map(order.map((p, k) => [p, k]));
  const sorted = order.map((p) => pieces[p]);
  pieces.splice(0, pieces.length, ...sorted);
  for (const u of units) if (u.kind === "row") u.piece = renum.get(u.piece)!;
}

const cellsOf = (r: GridRowOut) => r.cells.map((c) => c.text);
const rowKey = (r: GridRowOut) => cellsOf(r).join("\t");

/**
 * The same printed row: the same cells, or, on pages read by OCR (where a repeated header row is
 * read a little differently on each page), rows alike (pdf/ocr-layout.ts).
 */
function sameRow(a: readonly string[], b: GridRowOut, ocr: boolean): boolean {
  return a.join("\t") === rowKey(b) || (ocr && rowsAlike(a, cellsOf(b)));
}

/**
 * The header rows of a table starting at this piece: the band of rows tied to the first row
 * by merged cells when it is all bold, or the rows Word's "repeat header row" prints again
 * at the top of the next page.
 */
function headerKeys(piece: Piece, next: Piece | undefined, ocr: boolean): string[][] {
  let keys: string[][] = [];
  const r0 = piece.rows[0];
  const band = r0 ? piece.rows.slice(0, r0.mergedDown + 1) : [];
  if (band.length && band.every((r) => r.cells.every((c) => c.text === "" || c.bold))) keys = band.map(cellsOf);
  if (next && next.page === piece.page + 1 && next.cols === piece.cols) {
    let k = 0;
    while (k < piece.rows.length && k < next.rows.length && sameRow(cellsOf(piece.rows[k]), next.rows[k], ocr)) k++;
    if (k > 0 && k < piece.rows.length) keys = piece.rows.slice(0, k).map(cellsOf);
  }
  return keys;
}

/** 5. Tables over several pages are one table; repeated header rows are dropped. */
function mergeTables(s: PdfState): void {
  const { pieces } = s;
  let table = -1;
  let prevPiece = -1;
  let bodySince = true;
  let headKeys: string[][] = [];
  const ocr = new Set(s.pages.filter((p) => p.ocr).map((p) => p.page));
  for (const u of s.units) {
    if (u.kind === "line") {
      bodySince = true;
      continue;
    }
    if (u.piece === prevPiece) continue;
    const piece = pieces[u.piece];
    const prev = prevPiece >= 0 ? pieces[prevPiece] : null;
    const continues = !bodySince && prev !== null && piece.page === prev.page + 1 && piece.cols === prev.cols;
    if (!continues) {
      table++;
      headKeys = headerKeys(piece, pieces[u.piece + 1], ocr.has(piece.page));
      headKeys.forEach((_, i) => s.headerRows.add(piece.rows[i]));
    } else {
      let k = 0;
      while (k < headKeys.length && k < piece.rows.length && sameRow(headKeys[k], piece.rows[k], ocr.has(piece.page))) s.dropRows.add(piece.rows[k++]);
    }
    s.tableOf.set(u.piece, table);
    prevPiece = u.piece;
    bodySince = false;
  }
}

/**
 * 5b. The code column of each table on pages read by OCR (its first column), mended by the
 * sequence of codes (pdf/ocr-layout.ts: "23" between 2.2 and 2.4 is 2.3). Header rows and repeated
 * header rows are left out.
 */
function mendOcrCodes(s: PdfState): void {
  const ocr = new Set(s.pages.filter((p) => p.ocr).map((p) => p.page));
  if (!ocr.size) return;
  const byTable = new Map<number, GridRowOut[]>();
  for (const u of s.units) {
    if (u.kind !== "row" || !ocr.has(u.page) || s.headerRows.has(u.row) || s.dropRows.has(u.row) || !u.row.cells.length) continue;
    const t = s.tableOf.get(u.piece) ?? -1;
    (byTable.get(t) ?? byTable.set(t, []).get(t)!).push(u.row);
  }
  for (const rows of byTable.values()) {
    const mended = mendCodes(rows.map((r) => r.cells[0].text));
    rows.forEach((r, i) => {
      if (mended[i] !== r.cells[0].text) r.cells[0] = { ...r.cells[0], text: mended[i] };
    });
  }
}

function removeUnits(units: Unit[], drop: Set<Line>): void {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.kind === "line" && drop.has(u.line)) units.splice(i, 1);
  }
}
