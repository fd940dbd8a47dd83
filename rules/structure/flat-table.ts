// A table flattened one cell per line, as a web page's copy gives it ("Stt" / "Chỉ tiêu chủ yếu" /
// "Ước TH năm 2021" / "I" / "Kinh tế" / "1" / "Tốc độ tăng trưởng …" / "6,5" / "2" / …): its rows are
// rebuilt as table rows, so that the table's reading (columns, codes, group rows, level cells) applies.
// Layout and the column words only: the header is a run of short lines that name columns, a number
// column first and a content column among them; then each row is its number or Roman numeral, its
// content, and the cells of the other columns, as many as there are (an empty cell leaves no line).
import type { Block, Cell } from "../../src/ground/model.js";
import { foldKey } from "../../src/ground/text.js";
import { cellLabel } from "../section-heads.js";
import type { Label } from "../../src/ground/label.js";
import { columnRole } from "./columns.js";

// a header cell is a few words ("Chỉ tiêu chủ yếu", "Ước thực hiện năm 2021", "Đơn vị tính")
const HEADER_WORDS = 12;
// a table's header holds its number column, its content column and one other at least; a dozen at most
const MIN_COLUMNS = 3;
const MAX_COLUMNS = 12;

const words = (t: string): number => t.trim().split(/\s+/).filter(Boolean).length;
const isLine = (b: Block | undefined): b is Block => b !== undefined && b.kind !== "tableRow" && b.kind !== "footnote";

/** The header of a flattened table starting at `i`: its cells' blocks, or null. */
function headerAt(blocks: Block[], i: number, end: number): Block[] | null {
  if (!isLine(blocks[i]) || columnRole(foldKey(blocks[i].text.trim())) !== "code") return null;
  const cells = [blocks[i]];
  let content = false;
  for (let k = i + 1; k < end && cells.length < MAX_COLUMNS; k++) {
    const b = blocks[k];
    if (!isLine(b)) return null;
    const t = b.text.trim();
    if (cellLabel(t)) break;
    if (words(t) > HEADER_WORDS || /[.;]$/.test(t)) return null;
    if (columnRole(foldKey(t)) === "content") content = true;
    cells.push(b);
  }
  return content && cells.length >= MIN_COLUMNS ? cells : null;
}

// a sub-row's words open with a dash or a plus ("- Trong đó: …", "+ Nữ")
const SUB_ROW = /^\s{0,8}[-–+]\s/u;

/** Is `label` the code that may follow `last` in a table's number column (the next number, or the next group's numeral)? */
function follows(label: Label, lastNumber: number, lastRoman: number): boolean {
  if (label.style === "roman") return label.number === lastRoman + 1;
  return label.style === "num" && label.depth === 1 && label.number === lastNumber + 1;
}

/** A content line: words, not a bare code or number. */
const contentLike = (b: Block | undefined): boolean => isLine(b) && /\p{L}{2}/u.test(b.text) && !cellLabel(b.text.trim());

/** The rows after a header of `width` columns from `k`: each row's blocks, code first. */
function rowsAt(blocks: Block[], k: number, end: number, width: number): { rows: Block[][]; next: number } {
  const rows: Block[][] = [];
  let lastNumber = 0;
  let lastRoman = 0;
  while (k < end) {
    const code = blocks[k];
    const label = isLine(code) ? cellLabel(code.text.trim()) : null;
    if (!label || !follows(label, lastNumber, lastRoman) || !contentLike(blocks[k + 1])) break;
    if (label.style === "roman") lastRoman = label.number!;
    else lastNumber = label.number!;
    const row = [code, blocks[k + 1]];
    k += 2;
    // the other cells, up to the next row's code (a code followed by content)
    while (row.length < width && k < end && isLine(blocks[k])) {
      const next = cellLabel(blocks[k].text.trim());
      if (next && follows(next, lastNumber, lastRoman) && contentLike(blocks[k + 1])) break;
      row.push(blocks[k]);
      k++;
    }
    rows.push(row);
    // a sub-row under it, with no number of its own ("- Trong đó: tỷ lệ …" / "%" / "25"): an empty
    // number cell, its words, and its other cells
    while (k < end && isLine(blocks[k]) && SUB_ROW.test(blocks[k].text) && contentLike(blocks[k])) {
      const dash = SUB_ROW.exec(blocks[k].text)![0].length;
      const words = { ...blocks[k], text: blocks[k].text.slice(dash), start: blocks[k].start + dash };
      const sub = [{ ...blocks[k], text: "", end: blocks[k].start }, words];
      k++;
      while (sub.length < width && k < end && isLine(blocks[k])) {
        const next = cellLabel(blocks[k].text.trim());
        if ((next && follows(next, lastNumber, lastRoman) && contentLike(blocks[k + 1])) || SUB_ROW.test(blocks[k].text)) break;
        sub.push(blocks[k]);
        k++;
      }
      rows.push(sub);
    }
  }
  return { rows, next: k };
}

/** A table row block over the given line blocks, one cell per line. */
function rowOf(lines: Block[], table: number, header: boolean): Block {
  const cells: Cell[] = lines.map((b) => {
    const lead = b.text.length - b.text.trimStart().length;
    const text = b.text.trim();
    return { text, start: b.start + lead, end: b.start + lead + text.length };
  });
  return { kind: "tableRow", text: cells.map((c) => c.text).join("\t"), start: lines[0].start, end: lines[lines.length - 1].end, page: lines[0].page, cells, table, header };
}

/**
 * The blocks with each table flattened one cell per line rebuilt as table rows (two rows at least under
 * a header of three columns or more); the same array when there is none.
 */
export function withFlatTables(blocks: Block[], end: number): Block[] {
  let out: Block[] | null = null;
  let table = -1;
  let copied = 0;
  for (let i = 0; i < end; i++) {
    const header = headerAt(blocks, i, end);
    if (!header) continue;
    const { rows, next } = rowsAt(blocks, i + header.length, end, header.length);
    if (rows.length < 2) continue;
    // (no spread of the blocks into arguments: a big text has millions of them)
    if (!out) {
      out = [];
      for (const b of blocks) table = Math.max(table, b.table ?? -1);
    }
    for (let k = copied; k < i; k++) out.push(blocks[k]);
    table++;
    out.push(rowOf(header, table, true));
    for (const r of rows) out.push(rowOf(r, table, false));
    i = next - 1;
    copied = i + 1;
  }
  if (!out) return blocks;
  for (let k = copied; k < blocks.length; k++) out.push(blocks[k]);
  return out;
}
