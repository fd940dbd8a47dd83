// The last stages of the PDF pipeline (parsers/pdf.ts): the header block, the body's paragraphs
// and table rows, the closing block and the footnotes, each block with its lines on its page.
import type { DocBuilder } from "../../src/ground/doc-builder.js";
import type { Block } from "../../src/ground/model.js";
import { composeLines, isCentred, measure, startsParagraph, type Line, type Metrics, type SideLines } from "./layout.js";
import type { PdfState, Unit } from "./state.js";
import { LINE_ABOVE_PT, LINE_KEY_CHARS, SHORT_LINE_EM, STYLE_SHARE } from "./thresholds.js";

/** Typed label shapes ("1.", "2.1.", "(1)", "I.", "-", "+", "*"): a hint for `bold`, never for structure. */
const LABEL_RE = /^(?:\d{1,3}(?:\.\d{1,3}){0,3}\.?|\(\d{1,3}\)|[IVXLC]{1,6}\.|[-+*•])\s/;

/** 6. Emit: header block, body (paragraphs and table rows), closing block. */
export function emitBody(s: PdfState): void {
  const { b } = s;
  const bodyLines = s.units.flatMap((u) => (u.kind === "line" ? [u.line] : []));
  const ink = s.pages.flatMap((p) => p.items.filter((it) => it.str.trim()));
  const m = measure(bodyLines, {
    left: Math.min(...ink.map((it) => it.x)),
    right: Math.max(...ink.map((it) => it.x + it.w)),
  });
  const lineOf = lineOnPage(s);
  if (s.header) emitSides(b, s.header, "header", lineOf);
  let para: Line[] = [];
  const flush = () => {
    if (para.length) emitParagraph(b, para, m, lineOf);
    para = [];
  };
  for (const u of s.units) {
    if (u.kind === "row") {
      flush();
      if (!s.dropRows.has(u.row)) emitRow(s, u);
      continue;
    }
    if (para.length && startsParagraph(para[para.length - 1], u.line, m, para[0])) flush();
    para.push(u.line);
  }
  flush();
  if (s.closing) emitSides(b, s.closing, "closing", lineOf);
}

function emitRow(s: PdfState, u: Extract<Unit, { kind: "row" }>): void {
  const bold = u.row.cells.every((c) => c.text === "" || c.bold);
  s.b.add({
    kind: "tableRow",
    cells: u.row.cells.map((c) => ({ text: c.text, ...(c.span ? { span: c.span } : {}), refs: c.refs })),
    table: s.tableOf.get(u.piece) ?? 0,
    ...(s.headerRows.has(u.row) ? { header: true } : {}),
    ...(bold ? { bold: true } : {}),
    page: u.page,
    lines: [{ at: 0, line: lineOnPage(s)(u.page, u.row.top) }],
  });
}

/** 6b. Footnotes, each warned about when no reference mark in the text points at it. */
export function emitNotes(s: PdfState): void {
  const { b } = s;
  const refMarkers = new Set(b.blocks.flatMap((x) => (x.refs ?? []).map((r) => r.marker)));
  for (const n of s.notes) {
    const c = composeLines(n.lines);
    b.add({
      kind: "footnote",
      text: c.text,
      marker: n.marker,
      page: n.page,
      ...(c.refs.length ? { refs: c.refs } : {}),
      lines: lineAnchors(n.lines, c.text, lineOnPage(s)),
    });
    if (n.marker && !refMarkers.has(n.marker))
      b.warn("pdf/footnote-unreferenced", `footnote ${n.marker} on page ${n.page} has no reference mark in the text`, {
        page: n.page,
        start: 0,
        end: 0,
      });
  }
}

/** The 1-based line on its page of a line whose baseline (or a row whose top) is at `y`. */
type LineOf = (page: number, y: number) => number;

function lineOnPage(s: PdfState): LineOf {
  return (page, y) => {
    const ys = s.baselines.get(page) ?? [];
    // baselines are sorted top first: count those above y (binary search)
    let lo = 0;
    let hi = ys.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (ys[mid] < y - LINE_ABOVE_PT) lo = mid + 1;
      else hi = mid;
    }
    return 1 + lo;
  };
}

/** Where each printed line of a block starts in its text, with its line number on the page
 *  (lines of the block that run onto the next page are left out: a span gives the first page). */
function lineAnchors(lines: Line[], text: string, lineOf: LineOf): Array<{ at: number; line: number }> {
  const out: Array<{ at: number; line: number }> = [];
  let cursor = 0;
  for (const l of lines) {
    if (l.page !== lines[0].page) break;
    const own = composeLines([l]).text.trim();
    const at = own ? text.indexOf(own.slice(0, LINE_KEY_CHARS), cursor) : -1;
    if (out.length === 0 || at >= cursor) out.push({ at: out.length === 0 ? 0 : at, line: lineOf(l.page, l.y) });
    if (at >= 0) cursor = at + 1;
  }
  return out;
}


function emitParagraph(b: DocBuilder, lines: Line[], m: Metrics, lineOf: LineOf): Block {
  const c = composeLines(lines);
  const bold = c.boldShare > STYLE_SHARE || (c.firstBold && LABEL_RE.test(c.text));
  const italic = c.italicShare > STYLE_SHARE;
  const align = isCentred(lines, m)
    ? "center"
    : lines.length > 1 && lines.slice(0, -1).every((l) => l.x1 >= m.right - SHORT_LINE_EM * l.size)
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
        ...(c.boldShare > STYLE_SHARE ? { bold: true } : {}),
        ...(c.italicShare > STYLE_SHARE ? { italic: true } : {}),
        zone: `${where}-${side}`,
      });
    }
  }
}
