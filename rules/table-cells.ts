// Reading a table row's cells by the role of their column (structure/columns.ts names the roles from the
// header row: "Đơn vị chủ trì", "Phối hợp", "Kinh phí", "Năm 2025", "Mức phấn đấu", "Đơn vị tính"…).
// The rule fills a task's responsible units, partners and funding, and each item's per-year schedule;
// quantities (target-quantities.ts) and deadlines (item-deadlines.ts) read their cells with `roleCells`.
import type { Rule } from "./rule.js";
import type { Task } from "../schemas/plan.js";
import { cellIndexAt, type RawItem } from "./structure.js";
import { parseNumber, type Comparator } from "./quantity.js";
import { regex } from "./vocab/pattern.js";
import { W } from "./vocab/words.js";

export interface Cell {
  text: string;
  start: number; // offset of the cell's text in the document
}

/** The cells of a table row under the given grid columns, each once, never the content cell. */
export function roleCells(it: RawItem, cols: number[]): Cell[] {
  if (!it.row?.cells || !it.columns || cols.length === 0) return [];
  const seen = new Set<number>();
  const out: Cell[] = [];
  for (const col of cols) {
    const ci = cellIndexAt(it.row, col);
    const cell = it.row.cells[ci];
    if (ci < 0 || seen.has(ci) || !cell || ci === cellIndexAt(it.row, it.columns.content)) continue;
    seen.add(ci);
    out.push({ text: cell.text, start: cell.start });
  }
  return out;
}

/** The cells of a table row's time columns (each cell once, even when it spans several columns). */
export const timeCells = (it: RawItem): Cell[] => roleCells(it, it.columns?.time ?? []);

/** A cell that is one number with an optional comparator: "25", "1.200", "≥ 85", "70%", "≤110". */
export function bareNumber(text: string): { value: number; comparator: Comparator; raw: string; start: number; end: number } | null {
  const m = /^(\s*)((?:(≥|>=|≤|<=|>|<)\s*)?(\d{1,3}(?:\.\d{3})+|\d+(?:,\d+)?)\s*%?)\s*$/.exec(text);
  if (!m) return null;
  const cmp: Record<string, Comparator> = { "≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<" };
  return { value: parseNumber(m[4]), comparator: m[3] ? cmp[m[3]] : "=", raw: m[2], start: m[1].length, end: m[1].length + m[2].length };
}

/**
 * A cell of a "Đơn vị chủ trì / phối hợp" column: the lead unit, then the partners. Written
 * "Văn phòng / Sở Tư pháp, Sở Tài chính" (a slash between spaces: "Ban Tư vấn - Hỗ trợ" keeps its dash),
 * or "Chủ trì: …; phối hợp: …".
 */
// a cell naming both: "Chủ trì: …; Phối hợp: …"
const LEAD_PARTNERS_RE = regex(`^${W.lead}\\s*:\\s*(.*?)\\s*[;.,]?\\s*${W.partners}\\s*:\\s*(.*)$`, "iu");
export function splitLeadPartners(cell: string): [string | null, string[]] {
  const t = cell.replace(/\s+/g, " ").trim();
  const named = LEAD_PARTNERS_RE.exec(t);
  const parts = named ? [named[1], named[2]] : t.split(/ \/ /);
  const strip = (s: string) => s.replace(/^[\s;,.]+|[\s;,.]+$/g, "");
  return [strip(parts[0]) || null, parts.slice(1).map(strip).filter(Boolean)];
}

/** A row's cells under per-year columns ("Năm 2024" | "Năm 2025"), by year. */
export function scheduleOf(it: RawItem): Record<string, string> | null {
  if (!it.row || !it.columns || it.columns.years.length === 0) return null;
  const out: Record<string, string> = {};
  for (const { col, year } of it.columns.years) {
    const v = it.grid?.[col]?.trim();
    if (v) out[year] = v;
  }
  return Object.keys(out).length ? out : null;
}

/** Who does a task and with what money, from the row's role columns. */
function fillTask(it: RawItem, task: Task): void {
  const roles = it.columns;
  if (!roles) return;
  const cells = it.grid ?? [];
  const col = (idx: number[]) => idx.map((i) => cells[i]?.trim() ?? "").filter(Boolean);
  const lead: string[] = [];
  const helping: string[] = [];
  for (const c of col(roles.leadPartners)) {
    const [l, p] = splitLeadPartners(c);
    if (l) lead.push(l);
    helping.push(...p);
  }
  task.responsible = [...col(roles.level), ...col(roles.unit), ...lead];
  task.partners = [...col(roles.partners), ...helping];
  task.funding = col(roles.funding).join("; ") || null;
}

export const tableCells: Rule = {
  id: "table-cells",
  run(_doc, _ctx, out) {
    for (const { raw, record } of out.placed) {
      record.schedule = scheduleOf(raw);
      if (raw.kind === "task") fillTask(raw, record as Task);
    }
  },
};
