// Quantities of targets: in the target's own words ("Kết nạp 500 hội viên mới"), and in a table
// row's level cells ("Mức phấn đấu" | "85%"; "Đơn vị tính" | "HTX" with "Năm 2025" | "25").
import type { Rule } from "./rule.js";
import type { SpanT, Target } from "../schemas/plan.js";
import { findQuantities, parseNumber, type Comparator } from "./quantity.js";
import { bareNumber, roleCells } from "./table-cells.js";
import { foldTone } from "../src/ground/text.js";
import { alt, regex } from "./vocab/pattern.js";
import { COMPARATORS_BEFORE, LEVEL_CELL_LEADS } from "./vocab/quantity.js";
import type { RawItem } from "./structure.js";
import type { ItemSpans } from "./span.js";

type Quantity = Target["quantities"][number] & { where: SpanT };

function ofCells(it: RawItem, found: Quantity[]): Quantity[] {
  const out: Quantity[] = [];
  const page = it.row?.page ?? null;
  // a table's "Mức phấn đấu" column holds the level the row's wording names ("Tỷ lệ cơ sở Hội vững mạnh" | "85%")
  for (const cell of roleCells(it, it.columns?.goal ?? [])) {
    for (const q of findQuantities(cell.text)) {
      out.push({ value: q.value, unit: q.unit, comparator: q.comparator, raw: q.raw, where: { page, start: cell.start + q.start, end: cell.start + q.end } });
    }
  }
  // a table with a unit column ("Đơn vị tính", "ĐVT"): the per-year and goal cells hold bare numbers
  // ("HTX" | "25" | "30") whose unit is the row's unit cell
  const measure = roleCells(it, it.columns?.measure ?? [])[0]?.text.trim().toLowerCase().replace(/\s+/g, " ");
  if (!measure) return [...out, ...ofWordingUnit(it, [...found, ...out])];
  const cols = [...(it.columns?.years.map((y) => y.col) ?? []), ...(it.columns?.goal ?? [])];
  const all = [...found, ...out];
  const goalCells = new Set(roleCells(it, it.columns?.goal ?? []).map((c) => c.start));
  const fromGoals: Quantity[] = [];
  for (const cell of roleCells(it, cols)) {
    const b = bareNumber(cell.text);
    const levels = b ? [{ ...b, start: b.start, end: b.end }] : worded(cell.text);
    const seen = all.slice();
    // two level columns that give the same figure ("Kế hoạch giao" | "Khoảng 6" | "Mục tiêu phấn đấu" |
    // "Khoảng 6") set one level
    const goal = goalCells.has(cell.start);
    const repeated = goal && levels.length > 0 && levels.every((l) => fromGoals.some((q) => q.value === l.value && q.comparator === l.comparator));
    if (repeated) continue;
    for (const l of levels) {
      if (seen.some((q) => q.where.start === cell.start + l.start && q.where.page === page)) continue;
      const q = { value: l.value, unit: measure, comparator: l.comparator, raw: l.raw, where: { page, start: cell.start + l.start, end: cell.start + l.end } };
      out.push(q);
      all.push(q);
      if (goal) fromGoals.push(q);
    }
  }
  return out;
}

// a level cell with a word before its figure, or a range: "Khoảng 6,5", "Trên 90", "Tối thiểu 30",
// "Khoảng 45-47", "1 - 1,5" (the unit is the row's unit cell)
const NUM = String.raw`(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)`;
const CMP_WORDS = Object.keys(COMPARATORS_BEFORE);
const WORDED_LEVEL = regex(
  String.raw`^(\s*)(?:(${alt(CMP_WORDS, "tone")})\s{1,3}|(?:${alt(LEVEL_CELL_LEADS, "tone")})\s{1,3})?${NUM}(?:\s{0,2}[-–]\s{0,2}${NUM})?\s{0,2}%?\s*$`,
  "iu",
);

/** The level (or the two ends of a range) of a cell written with a word or as a range. */
function worded(text: string): Array<{ value: number; comparator: Comparator; raw: string; start: number; end: number }> {
  const m = WORDED_LEVEL.exec(foldTone(text));
  if (!m) return [];
  const start = m[1].length;
  const raw = text.slice(start).trimEnd();
  const end = start + raw.length;
  const cmp: Comparator = m[2] ? COMPARATORS_BEFORE[m[2].toLowerCase().replace(/\s+/g, " ")] ?? "=" : "=";
  if (m[4] !== undefined) return [
    { value: parseNumber(m[3]), comparator: ">=", raw, start, end },
    { value: parseNumber(m[4]), comparator: "<=", raw, start, end },
  ];
  return [{ value: parseNumber(m[3]), comparator: cmp, raw, start, end }];
}

// a row's wording that names its unit in parentheses at its end: "Kim ngạch xuất khẩu (triệu USD)", "Tỷ lệ … (%)"
const WORDING_UNIT = /\(([^()\d]{1,24})\)\s*$/u;
// a level cell that opens with a bare number or range, perhaps with a note after it: ">2.300", "67", "575 (tăng 15%)", "30 - 40"
const LEADING_NUMBER = /^(\s*)(?:(≥|>=|≤|<=|>|<)\s{0,2})?(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?)(?:\s{0,2}[-–]\s{0,2}(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?))?(?=\s{0,3}(?:\(|$))/u;
const SIGNS: Record<string, Comparator> = { "≥": ">=", ">=": ">=", "≤": "<=", "<=": "<=", ">": ">", "<": "<" };

/** The unit a row's wording gives in parentheses ("(triệu USD)" -> "triệu usd"), when the words are a unit. */
function wordingUnit(text: string): string | null {
  const m = WORDING_UNIT.exec(text);
  if (!m) return null;
  const inside = m[1].trim();
  const q = findQuantities(`1 ${inside}`);
  return q.length === 1 && q[0].start === 0 && q[0].end === inside.length + 2 ? q[0].unit : null;
}

/**
 * A table without a unit column whose wording names the unit ("Tỷ lệ lao động qua đào tạo (%)" | "67",
 * "GRDP bình quân đầu người (USD/người)" | ">2.300"): the bare number (or range) a goal cell opens with.
 */
function ofWordingUnit(it: RawItem, found: Quantity[]): Quantity[] {
  const unit = wordingUnit(it.text);
  if (!unit) return [];
  const page = it.row?.page ?? null;
  const out: Quantity[] = [];
  for (const cell of roleCells(it, it.columns?.goal ?? [])) {
    const m = LEADING_NUMBER.exec(cell.text);
    if (!m) continue;
    const at = cell.start + m[1].length;
    if (found.some((q) => q.where.page === page && q.where.start <= at && at < q.where.end)) continue;
    const raw = m[0].slice(m[1].length);
    const where = { page, start: at, end: at + raw.length };
    if (m[4] !== undefined) {
      // a range: at least the low end, at most the high end
      out.push({ value: parseNumber(m[3]), unit, comparator: ">=", raw, where }, { value: parseNumber(m[4]), unit, comparator: "<=", raw, where });
    } else {
      out.push({ value: parseNumber(m[3]), unit, comparator: m[2] ? SIGNS[m[2]] : "=", raw, where });
    }
  }
  return out;
}

function ofText(it: RawItem, spans: ItemSpans): Quantity[] {
  return findQuantities(it.text).map((q) => ({
    value: q.value, unit: q.unit, comparator: q.comparator, raw: q.raw, where: spans.span(q.start, q.end),
  }));
}

export const quantities: Rule = {
  id: "quantities",
  run(_doc, _ctx, out) {
    for (const { raw, record, spans } of out.placed) {
      if (raw.kind !== "target") continue;
      const found = ofText(raw, spans);
      (record as Target).quantities = [...found, ...ofCells(raw, found)];
    }
  },
};
