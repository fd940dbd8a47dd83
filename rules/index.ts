// The rules in order (chrono's createConfiguration): the order matters because later rules read
// what earlier ones found (the draft) and the context (the plan year read by `meta`).
import type { DocModel } from "../src/ground/model.js";
import { finish, startRun, type Extracted, type Rule } from "./rule.js";
import { meta } from "./meta.js";
import { structure, noItems } from "./structure.js";
import { tableCells } from "./table-cells.js";
import { quantities } from "./target-quantities.js";
import { deadlines } from "./item-deadlines.js";
import { footnoteLinks } from "./footnote-link.js";
import { planSpan } from "./plan-span.js";
import { themes } from "./theme.js";
import { models } from "./model.js";

export type { Extracted, Rule } from "./rule.js";
export { bareNumber, splitLeadPartners } from "./table-cells.js";

export const RULES: readonly Rule[] = [
  meta, //          first: the plan's year (or term) fills missing years in deadlines and themes
  structure, //     sections and items (targets, tasks), from labels and headings
  tableCells, //    a table row's role columns: who, with whom, funding, per-year schedule
  quantities, //    on targets' own text and their level cells
  deadlines, //     on each item's text and time cells, then loose paragraphs, with the plan year
  footnoteLinks, // bodies linked to the first item whose text carries the marker
  planSpan, //      the campaign's own span ("Thời gian: …") outside every item; after the items' deadlines
  themes, //        over the whole document (footnotes included)
  models, //        over the whole document (footnotes included)
  noItems, //       last: a plan with no target or task section says so
];

/** Runs every rule of RULES, in order, on one document. */
export function runRules(doc: DocModel, rules: readonly Rule[] = RULES): Extracted {
  const { draft, ctx } = startRun(doc);
  for (const rule of rules) rule.run(doc, ctx, draft);
  return finish(draft);
}
