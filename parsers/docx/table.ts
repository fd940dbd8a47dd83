// Tables: rows and cells read with their spans and merges, the test that tells a two-column
// layout block (issuer | national title, recipients | signature) from a data table, and the
// data table's rows (header rows first, header rows typed again after a page break dropped).
import type { DocBuilder } from "../../src/ground/doc-builder.js";
import type { Para, Reader } from "./paragraph.js";
import type { Styles } from "./styles.js";
import {
  LAYOUT_MAX_CELL_CHARS,
  LAYOUT_MAX_COLUMNS,
  LAYOUT_MAX_PARAGRAPH_CHARS,
  LAYOUT_MAX_ROWS,
  LAYOUT_MIN_COLUMNS,
  MAX_SPAN,
} from "./thresholds.js";
import { child, kids, onOff, val, type XNode } from "./xml.js";

interface CellRead {
  paras: Para[];
  span: number;
  continued: boolean; // a vMerge continuation: shown empty
}

export interface RowRead {
  header: boolean;
  cells: CellRead[];
}

function borderVisible(n: XNode | undefined): boolean {
  if (!n) return false;
  const v = n.attrs["w:val"];
  if (!v || v === "none" || v === "nil") return false;
  const color = (n.attrs["w:color"] ?? "").toUpperCase();
  return color !== "FFFFFF"; // white lines on white paper are not visible
}

const BORDER_SIDES = ["w:top", "w:left", "w:bottom", "w:right", "w:start", "w:end", "w:insideH", "w:insideV"];

/** Whether any line of the table is drawn: table borders (direct or from its style) or cell borders. */
function tableHasBorders(tbl: XNode, styles: Styles): boolean {
  const tblPr = child(tbl, "w:tblPr");
  const styleId = val(child(tblPr, "w:tblStyle")) ?? styles.defaultTable;
  const direct = child(tblPr, "w:tblBorders");
  const fromStyle = styles.find(styleId, (s) => child(s.tblPr, "w:tblBorders"));
  for (const side of BORDER_SIDES) {
    const d = child(direct, side);
    const eff = d ?? child(fromStyle, side);
    if (borderVisible(eff)) return true;
  }
  const stack = [tbl];
  while (stack.length) {
    const x = stack.pop() as XNode;
    if (x.tag === "w:tcBorders") {
      for (const side of BORDER_SIDES) if (borderVisible(child(x, side))) return true;
      continue;
    }
    if (x.tag === "w:p") continue; // paragraph borders are not table lines
    for (const c of x.children) stack.push(c);
  }
  return false;
}
function gridColumns(tbl: XNode): number {
  return kids(child(tbl, "w:tblGrid"), "w:gridCol").length;
}

/** Layout facts only: no drawn lines, two or three grid columns, few rows. */
export function isLayoutCandidate(tbl: XNode, styles: Styles): boolean {
  if (tbl.tag !== "w:tbl") return false;
  const cols = gridColumns(tbl);
  const rows = kids(tbl, "w:tr").length;
  return cols >= LAYOUT_MIN_COLUMNS && cols <= LAYOUT_MAX_COLUMNS && rows >= 1 && rows <= LAYOUT_MAX_ROWS && !tableHasBorders(tbl, styles);
}

/** Short text: every paragraph a line or two, every cell a short block. */
export function isLayoutText(rows: RowRead[]): boolean {
  for (const r of rows)
    for (const c of r.cells) {
      let total = 0;
      for (const p of c.paras) {
        if (p.text.length > LAYOUT_MAX_PARAGRAPH_CHARS) return false;
        total += p.text.length;
      }
      if (total > LAYOUT_MAX_CELL_CHARS) return false;
    }
  return true;
}

export function readTable(tbl: XNode, reader: Reader): RowRead[] {
  const out: RowRead[] = [];
  for (const tr of reader.rows(tbl)) {
    const trPr = child(tr, "w:trPr");
    if (child(trPr, "w:del")) continue; // a row deleted with tracked changes on
    const header = onOff(child(trPr, "w:tblHeader")) ?? false;
    const cells: CellRead[] = [];
    const before = Math.min(MAX_SPAN, Number(val(child(trPr, "w:gridBefore")) ?? "0") || 0);
    // Columns skipped before the first cell still count, so column indexes line up across rows.
    if (before > 0) cells.push({ paras: [], span: before, continued: false });
    for (const tc of reader.cells(tr)) {
      const tcPr = child(tc, "w:tcPr");
      const span = Math.min(MAX_SPAN, Math.max(1, Number(val(child(tcPr, "w:gridSpan")) ?? "1") || 1));
      const vm = child(tcPr, "w:vMerge");
      const continued = vm !== undefined && vm.attrs["w:val"] !== "restart";
      // Continuation cells are read anyway (numbering and note counters run through them).
      const paras = reader.cellParas(tc, false);
      cells.push({ paras: continued ? [] : paras, span, continued });
    }
    const after = Math.min(MAX_SPAN, Number(val(child(trPr, "w:gridAfter")) ?? "0") || 0);
    if (after > 0) cells.push({ paras: [], span: after, continued: false });
    out.push({ header, cells });
  }
  return out;
}

interface CellOut {
  text: string;
  span?: number;
  refs: Array<{ marker: string; at: number }>;
}

export function emitDataTable(rows: RowRead[], table: number, b: DocBuilder): void {
  const build = (r: RowRead) => {
    let allBold = true;
    let allItalic = true;
    let anyRun = false;
    const cells: CellOut[] = r.cells.map((c) => {
      const texts: string[] = [];
      const refs: CellOut["refs"] = [];
      let off = 0;
      for (const p of c.paras) {
        if (!p.text) continue;
        if (texts.length) off += 1; // the joining space
        for (const ref of p.refs) refs.push({ marker: ref.marker, at: off + ref.at });
        texts.push(p.text);
        off += p.text.length;
        if (p.runs) {
          anyRun = true;
          if (!p.bold) allBold = false;
          if (!p.italic) allItalic = false;
        }
      }
      return { text: texts.join(" ").replace(/[\t\n\r]/g, " "), refs, ...(c.span > 1 ? { span: c.span } : {}) };
    });
    return { cells, bold: anyRun && allBold, italic: anyRun && allItalic };
  };
  const key = (cells: CellOut[]) => cells.map((c) => `${c.span ?? 1}:${c.text}`).join("\u0001");
  // Header rows: the leading run of w:tblHeader rows. Later rows that repeat them
  // (a header typed again after each page break) are dropped.
  const headerKeys = new Set<string>();
  let leading = true;
  for (const r of rows) {
    const built = build(r);
    const k = key(built.cells);
    const isHeader = leading && r.header;
    if (!isHeader) leading = false;
    if (!isHeader && headerKeys.has(k)) continue;
    if (isHeader) headerKeys.add(k);
    if (built.cells.every((c) => !c.text)) continue; // a row with nothing in it
    b.add({
      kind: "tableRow",
      cells: built.cells.map((c) => ({ text: c.text, ...(c.span ? { span: c.span } : {}), ...(c.refs.length ? { refs: c.refs } : {}) })),
      table,
      ...(isHeader ? { header: true } : {}),
      ...(built.bold ? { bold: true } : {}),
      ...(built.italic ? { italic: true } : {}),
      zone: "body",
    });
  }
}
