// PDF -> DocModel. pdfjs gives positioned text runs and the page's drawing
// operators; the layout rules in ./pdf/layout.ts turn them into the blocks the
// rules expect: paragraphs re-joined from lines, footnotes from the page foot,
// tables from their ruling, and the two-column header and closing blocks read
// column by column.
import { DocBuilder } from "../src/doc-builder.js";
import { KehoachError } from "../src/errors.js";
import type { Block, DocModel } from "../src/model.js";
import {
  buildTables,
  closingBlock,
  composeLines,
  findRunningLines,
  footnoteZoneTop,
  groupLines,
  headerBlock,
  isCentred,
  looseTables,
  measure,
  splitFootnotes,
  startsParagraph,
  type FootnoteOut,
  type GridRowOut,
  type Line,
  type Metrics,
  type SideLines,
} from "./pdf/layout.js";
import { loadPdf, type PageData } from "./pdf/load.js";

export { loadPdf } from "./pdf/load.js";

/** Typed label shapes ("1.", "2.1.", "(1)", "I.", "-", "+", "*"): a hint for `bold`, never for structure. */
const LABEL_RE = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(\d{1,3}\)|[IVXLC]{1,6}\.|[-+*•])\s/;

/** The PDF header may follow a few junk bytes; readers look in the first 1024 bytes. */
function looksLikePdf(bytes: Uint8Array): boolean {
  return Buffer.from(bytes.subarray(0, 1024)).toString("latin1").includes("%PDF-");
}

/** The body font size: the size that carries the most characters. */
function bodyFontSize(pages: PageData[]): number {
  const w = new Map<number, number>();
  for (const p of pages)
    for (const it of p.items) {
      const k = Math.round(it.size * 2) / 2;
      w.set(k, (w.get(k) ?? 0) + it.str.trim().length);
    }
  let best = 12;
  let n = -1;
  for (const [k, c] of w) if (c > n) [best, n] = [k, c];
  return best;
}

type Unit =
  | { kind: "line"; line: Line; y: number; page: number }
  | { kind: "row"; row: GridRowOut; piece: number; y: number; page: number };

interface Piece {
  page: number;
  rows: GridRowOut[];
  cols: number;
}

export async function parsePdf(bytes: Uint8Array, opts: { fileName: string; password?: string; maxPages?: number }): Promise<DocModel> {
  const { fileName } = opts;
  if (!looksLikePdf(bytes)) throw new KehoachError("pdf/not-pdf", "not a PDF: the file has no %PDF- header", fileName);
  const loaded = await loadPdf(bytes, fileName, opts.password, opts.maxPages);
  const { pages } = loaded;
  const b = new DocBuilder("pdf");

  const textChars = pages.reduce((n, p) => n + p.items.reduce((m, it) => m + it.str.trim().length, 0), 0);
  if (textChars === 0)
    throw new KehoachError(
      "pdf/no-text-layer",
      "no text layer: this PDF looks like a scan, run OCR first (e.g. ocrmypdf)",
      fileName,
    );
  for (const p of pages)
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

  const bodySize = bodyFontSize(pages);
  // The gap between the two columns of a header or closing table can be as
  // narrow as the cells' padding (Word: 2 × 0.19 cm ≈ 11 pt) when a long line
  // fills its cell; a word space is at most about half an em even when justified.
  const minGap = 0.75 * bodySize;

  // 1. Tables from ruling lines; the remaining items make lines.
  const pieces: Piece[] = [];
  const pageLines: Line[][] = [];
  const units: Unit[] = [];
  // the baselines of every line on each page (tables, running headers and notes included): a
  // block's "line on the page" counts the lines a reader sees above it
  const baselines = new Map<number, number[]>();
  const lineOnPage: LineOf = (page, y) => 1 + (baselines.get(page) ?? []).filter((b) => b < y - 0.5).length;
  for (const p of pages) {
    const { tables, rest } = buildTables(p.items, p.segs);
    for (const t of tables) {
      pieces.push({ page: p.page, rows: t.rows, cols: t.cols });
      for (const row of t.rows) units.push({ kind: "row", row, piece: pieces.length - 1, y: row.top, page: p.page });
    }
    pageLines.push(groupLines(rest, p.page));
    baselines.set(p.page, groupLines(p.items, p.page).map((l) => l.y));
  }

  // 2. Running headers and page numbers.
  const running = findRunningLines(pages.map((p, i) => ({ lines: pageLines[i], height: p.height })));

  // 3. Footnote zones at the page foot.
  const notes: FootnoteOut[] = [];
  let open: FootnoteOut | null = null;
  pages.forEach((p, i) => {
    const lines = pageLines[i].filter((l) => !running.has(l));
    const top = footnoteZoneTop(lines, p.segs, p.width, bodySize);
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
    for (const line of body) units.push({ kind: "line", line, y: line.y - line.size, page: p.page });
  });
  units.sort((u, v) => u.page - v.page || u.y - v.y);

  // 4. The two-column header block opening page 1 and the closing block at the end.
  let header: SideLines | null = null;
  let closing: SideLines | null = null;
  {
    const firstRows: Line[] = [];
    for (const u of units) {
      if (u.page !== 1 || u.kind !== "line") break;
      firstRows.push(u.line);
    }
    const h = headerBlock(firstRows, minGap);
    if (h) {
      header = h.sides;
      const drop = new Set(firstRows.slice(0, h.count));
      removeUnits(units, drop);
    }
    const lastRows: Line[] = [];
    for (let i = units.length - 1; i >= 0; i--) {
      const u = units[i];
      if (u.kind !== "line") break;
      lastRows.unshift(u.line);
    }
    const lastPage = lastRows.length ? lastRows[lastRows.length - 1].page : 0;
    const tail = lastRows.filter((l) => l.page === lastPage);
    const c = closingBlock(tail, minGap);
    if (c) {
      closing = c.sides;
      removeUnits(units, new Set(tail.slice(tail.length - c.count)));
    }
  }

  // 4b. Tables without ruling lines, among the body lines of each page.
  {
    const byPage = new Map<number, Line[]>();
    for (const u of units) if (u.kind === "line") (byPage.get(u.page) ?? byPage.set(u.page, []).get(u.page)!).push(u.line);
    const replaced = new Set<Line>();
    for (const [page, lines] of byPage)
      for (const t of looseTables(lines)) {
        pieces.push({ page, rows: t.rows, cols: t.cols });
        for (const l of t.lines) replaced.add(l);
        for (const row of t.rows) units.push({ kind: "row", row, piece: pieces.length - 1, y: row.top, page });
      }
    if (replaced.size) {
      removeUnits(units, replaced);
      units.sort((u, v) => u.page - v.page || u.y - v.y);
      // pieces must be numbered in reading order for the table merge below
      const order = [...new Set(units.flatMap((u) => (u.kind === "row" ? [u.piece] : [])))];
      const renum = new Map(order.map((p, k) => [p, k]));
      const sorted = order.map((p) => pieces[p]);
      pieces.splice(0, pieces.length, ...sorted);
      for (const u of units) if (u.kind === "row") u.piece = renum.get(u.piece)!;
    }
  }

  // 5. Tables over several pages are one table; repeated header rows are dropped.
  const tableOf = new Map<number, number>();
  const headerRows = new Set<GridRowOut>();
  const dropRows = new Set<GridRowOut>();
  {
    let table = -1;
    let prevPiece = -1;
    let bodySince = true;
    let headKeys: string[] = [];
    const key = (r: GridRowOut) => r.cells.map((c) => c.text).join("\t");
    for (const u of units) {
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
        headKeys = [];
        // The header of a table that does not (yet) repeat: the band of rows tied
        // to the first row by merged cells, when it is all bold.
        const r0 = piece.rows[0];
        const band = r0 ? piece.rows.slice(0, r0.mergedDown + 1) : [];
        if (band.length && band.every((r) => r.cells.every((c) => c.text === "" || c.bold)))
          headKeys = band.map(key);
        const next = pieces[u.piece + 1];
        if (next && next.page === piece.page + 1 && next.cols === piece.cols) {
          // A header repeated on the next page is what Word's "repeat header row" prints.
          let k = 0;
          while (k < piece.rows.length && k < next.rows.length && key(piece.rows[k]) === key(next.rows[k])) k++;
          if (k > 0 && k < piece.rows.length) headKeys = piece.rows.slice(0, k).map(key);
        }
        headKeys.forEach((_, i) => headerRows.add(piece.rows[i]));
      } else {
        let k = 0;
        while (k < headKeys.length && k < piece.rows.length && key(piece.rows[k]) === headKeys[k]) dropRows.add(piece.rows[k++]);
      }
      tableOf.set(u.piece, table);
      prevPiece = u.piece;
      bodySince = false;
    }
  }

  // 6. Emit: header block, body (paragraphs and table rows), closing block, footnotes.
  const bodyLines = units.flatMap((u) => (u.kind === "line" ? [u.line] : []));
  const ink = pages.flatMap((p) => p.items.filter((it) => it.str.trim()));
  const m = measure(bodyLines, {
    left: Math.min(...ink.map((it) => it.x)),
    right: Math.max(...ink.map((it) => it.x + it.w)),
  });
  const blocks: Block[] = [];
  if (header) emitSides(b, header, "header", lineOnPage);

  let para: Line[] = [];
  const flush = () => {
    if (para.length) blocks.push(emitParagraph(b, para, m, lineOnPage));
    para = [];
  };
  for (const u of units) {
    if (u.kind === "row") {
      flush();
      if (dropRows.has(u.row)) continue;
      const bold = u.row.cells.every((c) => c.text === "" || c.bold);
      blocks.push(
        b.add({
          kind: "tableRow",
          cells: u.row.cells.map((c) => ({ text: c.text, ...(c.span ? { span: c.span } : {}), refs: c.refs })),
          table: tableOf.get(u.piece) ?? 0,
          ...(headerRows.has(u.row) ? { header: true } : {}),
          ...(bold ? { bold: true } : {}),
          page: u.page,
          lines: [{ at: 0, line: lineOnPage(u.page, u.row.top) }],
        }),
      );
      continue;
    }
    if (para.length && startsParagraph(para[para.length - 1], u.line, m, para[0])) flush();
    para.push(u.line);
  }
  flush();
  if (closing) emitSides(b, closing, "closing", lineOnPage);

  const refMarkers = new Set(b.blocks.flatMap((x) => (x.refs ?? []).map((r) => r.marker)));
  for (const n of notes) {
    const c = composeLines(n.lines);
    b.add({ kind: "footnote", text: c.text, marker: n.marker, page: n.page, ...(c.refs.length ? { refs: c.refs } : {}), lines: lineAnchors(n.lines, c.text, lineOnPage) });
    if (n.marker && !refMarkers.has(n.marker))
      b.warn("pdf/footnote-unreferenced", `footnote ${n.marker} on page ${n.page} has no reference mark in the text`, {
        page: n.page,
        start: 0,
        end: 0,
      });
  }
  return b.build(pages.length);
}

/** The 1-based line on its page of a line whose baseline (or a row whose top) is at `y`. */
type LineOf = (page: number, y: number) => number;

/** Where each printed line of a block starts in its text, with its line number on the page
 *  (lines of the block that run onto the next page are left out: a span gives the first page). */
function lineAnchors(lines: Line[], text: string, lineOnPage: LineOf): Array<{ at: number; line: number }> {
  const out: Array<{ at: number; line: number }> = [];
  let cursor = 0;
  for (const l of lines) {
    if (l.page !== lines[0].page) break;
    const own = composeLines([l]).text.trim();
    const at = own ? text.indexOf(own.slice(0, 8), cursor) : -1;
    if (out.length === 0 || at >= cursor) out.push({ at: out.length === 0 ? 0 : at, line: lineOnPage(l.page, l.y) });
    if (at >= 0) cursor = at + 1;
  }
  return out;
}

function removeUnits(units: Unit[], drop: Set<Line>): void {
  for (let i = units.length - 1; i >= 0; i--) {
    const u = units[i];
    if (u.kind === "line" && drop.has(u.line)) units.splice(i, 1);
  }
}

function emitParagraph(b: DocBuilder, lines: Line[], m: Metrics, lineOf: LineOf): Block {
  const c = composeLines(lines);
  const bold = c.boldShare > 0.9 || (c.firstBold && LABEL_RE.test(c.text));
  const italic = c.italicShare > 0.9;
  const align = isCentred(lines, m)
    ? "center"
    : lines.length > 1 && lines.slice(0, -1).every((l) => l.x1 >= m.right - 0.8 * l.size)
      ? "justify"
      : undefined;
  return b.add({
    kind: "paragraph",
    text: c.text,
    page: lines[0].page,
    lines: lineAnchors(lines, c.text, lineOf),
    ...(c.refs.length ? { refs: c.refs } : {}),
    ...(bold ? { bold: true } : {}),
    ...(italic ? { italic: true } : {}),
    ...(align ? { align } : {}),
    zone: "body",
  });
}

/** A two-column block: each column's lines, one paragraph per line, left column first. */
function emitSides(b: DocBuilder, sides: SideLines, where: "header" | "closing", lineOf: LineOf): void {
  for (const [side, lines] of [["left", sides.left], ["right", sides.right]] as const) {
    for (const line of lines) {
      const c = composeLines([line]);
      if (!c.text) continue;
      b.add({
        kind: "paragraph",
        text: c.text,
        page: line.page,
        lines: lineAnchors([line], c.text, lineOf),
        ...(c.refs.length ? { refs: c.refs } : {}),
        ...(c.boldShare > 0.9 ? { bold: true } : {}),
        ...(c.italicShare > 0.9 ? { italic: true } : {}),
        zone: `${where}-${side}`,
      });
    }
  }
}
