// Deadlines of items (in the item's words and in a table row's time column) and of the loose
// paragraphs of a target or task section that no item owns. The plan's year fills a missing year.
import type { Rule, RuleContext } from "./rule.js";
import type { Deadline, SpanT } from "../schemas/plan.js";
import { findDeadlines, type DeadlineContext, type DeadlineHit } from "./deadline.js";
import { timeCells } from "./table-cells.js";

/** The deadline context of findDeadlines, from the rule context. */
export const deadlineContext = (ctx: RuleContext): DeadlineContext => ({ planYear: ctx.planYear, multiYear: ctx.multiYear, periodEnd: ctx.periodEnd });

/**
 * The deadlines found in `text`, each placed by `where`. Readings careful people differ on
 * (a year qualifying a noun: "Cuộc thi … năm 2024") are left out.
 */
export function readDeadlines(text: string, ctx: RuleContext, item: string | null, where: (d: DeadlineHit) => SpanT): Deadline[] {
  return findDeadlines(text, deadlineContext(ctx))
    .filter((d) => !d.optional)
    .map((d) => ({
      item, raw: d.raw, start: d.iso.start, end: d.iso.end, precision: d.precision, where: where(d), yearInferred: d.yearInferred,
    }));
}

export const deadlines: Rule = {
  id: "deadlines",
  run(_doc, ctx, out) {
    for (const { raw, spans } of out.placed) {
      out.deadlines.push(...readDeadlines(raw.text, ctx, raw.id, (d) => spans.span(d.start, d.end)));
      // a table's time column ("Thời gian thực hiện": "Quý I/2025", "Cả năm") holds the row's deadline
      const page = raw.row?.page ?? null;
      for (const cell of timeCells(raw)) {
        out.deadlines.push(...readDeadlines(cell.text, ctx, raw.id, (d) => ctx.blockSpan({ page, start: cell.start }, d.start, d.end)));
      }
    }
    // a paragraph of a target or task section that no item owns ("Tổ chức thực hiện" written as prose:
    // "… báo cáo kết quả về Tỉnh Đoàn trước ngày 05/4/2025") still says when something is due
    for (const blk of out.structure.loose) {
      out.deadlines.push(...readDeadlines(blk.text, ctx, null, (d) => ctx.blockSpan(blk, d.start, d.end)));
    }
  },
};
