// Quantities of targets: in the target's own words ("Kết nạp 500 hội viên mới"), and in a table
// row's level cells ("Mức phấn đấu" | "85%"; "Đơn vị tính" | "HTX" with "Năm 2025" | "25").
import type { Rule } from "./rule.js";
import type { SpanT, Target } from "../schemas/plan.js";
import { findQuantities } from "./quantity.js";
import { bareNumber, roleCells } from "./table-cells.js";
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
  if (!measure) return out;
  const cols = [...(it.columns?.years.map((y) => y.col) ?? []), ...(it.columns?.goal ?? [])];
  const all = [...found, ...out];
  for (const cell of roleCells(it, cols)) {
    const b = bareNumber(cell.text);
    if (!b) continue;
    if (all.some((q) => q.where.start === cell.start + b.start && q.where.page === page)) continue;
    const q = { value: b.value, unit: measure, comparator: b.comparator, raw: b.raw, where: { page, start: cell.start + b.start, end: cell.start + b.end } };
    out.push(q);
    all.push(q);
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
