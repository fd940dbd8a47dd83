// Tables in a plain text: rows copied out of Word (tab-separated cells), tables a layout copy
// (pdftotext -layout) aligned with spaces, and header rows repeated at every page break.
import { CELL_START_SLACK, LAYOUT_TABLE_MIN_COLUMNS } from "./thresholds.js";

/** A tab-separated row: at least two tabs between text. */
export function isTableLine(raw: string): boolean {
  const first = raw.indexOf("\t");
  return first >= 0 && raw.indexOf("\t", first + 1) >= 0;
}

// The header row of a table that a layout copy (pdftotext -layout) aligned with spaces:
// "TT   Chỉ tiêu   ĐVT   Kế hoạch 2025" — a number column first, cells two or more spaces apart
const LAYOUT_HEADER = /^\s{0,8}(?:STT|TT|Số TT)\s{2,}\S/u;
const CELL_GAP = /\S(?:\S| (?! ))*/gu; // runs of text with single spaces inside

/** Cells of a layout line with their start columns. */
function layoutCells(raw: string): Array<{ at: number; text: string }> {
  return [...raw.matchAll(CELL_GAP)].map((m) => ({ at: m.index!, text: m[0] }));
}

/**
 * A table aligned with spaces becomes tab-separated rows (as a table copied out of Word),
 * so that the table rules read its columns. Each cell goes to the header column it starts
 * under; a line with an empty number column continues the row above (a wrapped cell).
 * The table ends at a blank line or a line that does not fit the columns.
 */
export function layoutTables(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i];
    if (!LAYOUT_HEADER.test(head) || head.includes("\t")) { out.push(head); continue; }
    const cols = layoutCells(head);
    if (cols.length < LAYOUT_TABLE_MIN_COLUMNS) { out.push(head); continue; }
    const colOf = (at: number): number => {
      let c = 0;
      for (let k = 0; k < cols.length; k++) if (at >= cols[k].at - CELL_START_SLACK) c = k;
      return c;
    };
    const rows: string[][] = [cols.map((c) => c.text)];
    let j = i + 1;
    for (; j < lines.length; j++) {
      const raw = lines[j];
      if (!raw.trim() || raw.includes("\t")) break;
      const cells = layoutCells(raw);
      const first = cells[0];
      const numbered = first && colOf(first.at) === 0 && /^(?:\d{1,2}(?:\.\d{1,2}){0,3}\.?|[IVX]{1,4}\.?)$/u.test(first.text);
      if (!numbered && (rows.length === 1 || (first && colOf(first.at) === 0))) break;
      const row = numbered ? cols.map(() => "") : rows[rows.length - 1];
      for (const c of cells) {
        const k = colOf(c.at);
        row[k] = row[k] ? `${row[k]} ${c.text}` : c.text;
      }
      if (numbered) rows.push(row);
    }
    if (rows.length < 2) { out.push(head); continue; }
    for (const r of rows) out.push(r.join("\t"));
    i = j - 1;
  }
  return out;
}

/** Keep the header rows of each table once: rows repeated at the start of every page segment are headers. */
export function dedupeTableHeaders<T extends { kind: string; cells?: string[]; header?: boolean }>(paras: T[]): T[] {
  // group consecutive rows into tables; segments are separated by blank lines in the source, which we lost,
  // so detect repetition directly: a row equal to one of the first rows of the table is a repeated header.
  const out: T[] = [];
  let tableStart = -1;
  let headerKeys: string[] = [];
  let headerDone = false;
  const key = (c: string[]) => c.map((x) => x.trim()).join("\t");
  for (let k = 0; k < paras.length; k++) {
    const p = paras[k];
    if (p.kind !== "row") {
      if (p.kind === "p") { tableStart = -1; headerKeys = []; headerDone = false; }
      out.push(p);
      continue;
    }
    const kk = key(p.cells!);
    if (tableStart < 0) {
      tableStart = out.length;
      headerKeys = [kk];
      headerDone = false;
      out.push({ ...p, header: true });
      continue;
    }
    if (headerKeys.includes(kk)) continue; // a repeated header row
    if (!headerDone) {
      // a second header row: no item number in the first cell, and the row repeats later in the table
      const repeats = paras.slice(k + 1).some((q) => q.kind === "row" && key(q.cells!) === kk);
      if (repeats && p.cells![0].trim() === "") {
        headerKeys.push(kk);
        out.push({ ...p, header: true });
        continue;
      }
      headerDone = true;
    }
    out.push(p);
  }
  return out;
}
