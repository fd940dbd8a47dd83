// What a rule is (chrono's Parser / Refiner, duckling's Rule): an id and a `run` that reads the
// document and what earlier rules left in the draft, and adds its own findings to the draft.
// The order of the rules is data: `RULES` in rules/index.ts.
import type { DocModel, Warning } from "../src/ground/model.js";
import type { WarningCode } from "../src/ground/codes.js";
import type { PlanDocument, SpanT, Target, Task } from "../schemas/plan.js";
import type { RawItem, Structure } from "./structure.js";
import { itemSpans, type ItemSpans } from "./span.js";

export type Extracted = Omit<PlanDocument, "schemaVersion" | "source">;

/** An item of the structure with the record it became (a target or a task) and its span helper. */
export interface PlacedItem {
  raw: RawItem;
  record: Target | Task;
  spans: ItemSpans;
}

/** The output under construction: the contract's fields plus what rules hand to later rules. */
export interface Draft extends Extracted {
  /** set by the structure rule */
  structure: Structure;
  /** the structure's items in reading order, each with its target or task record */
  placed: PlacedItem[];
}

export interface RuleContext {
  /** the plan's year (from the metadata), null for a term plan or when unknown */
  readonly planYear: number | null;
  /** a plan over several years with no single year ("nhiệm kỳ 2022 - 2027") */
  readonly multiYear: boolean;
  /** the first and last years of the plan's period, if any */
  readonly periodStart: number | null;
  readonly periodEnd: number | null;
  /** report something the rule found odd or could not read; `where` when the place is known */
  warn(code: WarningCode, message: string, where?: SpanT | null): void;
  /** the span of [start, end) of a block's text, in document offsets */
  blockSpan(block: { page: number | null; start: number }, start: number, end: number): SpanT;
  /** the span helper of an item: its whole extent, or a range of its joined text */
  itemSpans(item: RawItem): ItemSpans;
}

export interface Rule {
  id: string;
  run(doc: DocModel, ctx: RuleContext, out: Draft): void;
}

/** A fresh draft (empty lists) and the context the rules share for one document. */
export function startRun(doc: DocModel): { draft: Draft; ctx: RuleContext } {
  const draft: Draft = {
    meta: null as unknown as Draft["meta"], // set by the meta rule, which runs first
    themes: [], targets: [], tasks: [], deadlines: [], footnotes: [], models: [],
    warnings: [...doc.warnings],
    structure: { items: [], loose: [], bodyEnd: doc.blocks.length },
    placed: [],
  };
  const ctx: RuleContext = {
    get planYear() { return draft.meta?.year ?? null; },
    get multiYear() { return draft.meta ? draft.meta.year === null && draft.meta.period !== null : false; },
    get periodStart() { return draft.meta?.period?.from ?? null; },
    get periodEnd() { return draft.meta?.period?.to ?? null; },
    warn(code, message, where = null) { draft.warnings.push({ code, message, where }); },
    blockSpan(block, start, end) { return { page: block.page, start: block.start + start, end: block.start + end }; },
    itemSpans(item) { return itemSpans(doc, item); },
  };
  return { draft, ctx };
}

/** The contract's fields of a finished draft, warnings without duplicates. */
export function finish(draft: Draft): Extracted {
  const { meta, themes, targets, tasks, deadlines, footnotes, models, warnings } = draft;
  return { meta, themes, targets, tasks, deadlines, footnotes, models, warnings: dedupe(warnings) };
}

function dedupe<W extends Pick<Warning, "where"> & { code: string; message: string }>(ws: W[]): W[] {
  const seen = new Set<string>();
  return ws.filter((w) => {
    const k = `${w.code}|${w.message}|${w.where?.start ?? ""}`;
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
