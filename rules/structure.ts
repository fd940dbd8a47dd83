// Sections and items: turns the blocks of a plan into the tree of targets
// (chỉ tiêu) and tasks (nhiệm vụ, giải pháp, hoạt động) of the gold README.
//
// A heading that names a kind opens a section; every labelled or bulleted
// paragraph inside it is an item of that kind; unlabelled paragraphs after an
// item belong to it. Parents follow the labels: a style seen again closes what
// was opened after it ("2.2" after "2.1.1"), a new style opens a level.
import type { DocModel } from "../src/ground/model.js";
import { bareList, findHeads, nestHeads } from "./section-heads.js";
import { plainRuns } from "./structure/list-heads.js";
import { parseLabel } from "../src/ground/label.js";
import { ItemBuilder } from "./structure/builder.js";
import { bodyEndOf, flatSchedule, weekSchedule, withoutCutEnd } from "./structure/bounds.js";
import { withFlatTables } from "./structure/flat-table.js";
import type { Structure } from "./structure/types.js";
import type { Rule } from "./rule.js";
import type { Target, Task } from "../schemas/plan.js";

export type { RawItem, Structure } from "./structure/types.js";
export { cellIndexAt } from "./structure/columns.js";

export function findStructure(doc: DocModel): Structure {
  const blocks = withFlatTables(doc.blocks, bodyEndOf(doc.blocks));
  const bodyEnd = bodyEndOf(blocks);
  const { heads, topKey } = findHeads(blocks, bodyEnd);
  const nested = nestHeads(blocks, heads, topKey);
  const builder = new ItemBuilder(heads, nested, topKey, plainRuns(blocks, heads, bodyEnd));
  const schedule = flatSchedule(blocks, bodyEnd, heads);
  const week = schedule === null ? weekSchedule(blocks, bodyEnd, heads) : null;
  const bare = schedule === null && week === null ? bareList(blocks, bodyEnd, heads) : null;
  for (let i = 0; i < bodyEnd; i++) {
    if (i === bare?.start) builder.bareSection(bare.kind);
    if (i === schedule) builder.scheduleSection("table");
    if (i === week) builder.scheduleSection("week");
    if (blocks[i].kind === "tableRow") builder.row(blocks[i], heads.get(i));
    else builder.paragraph(i, blocks[i], heads.get(i));
  }
  return { items: withoutCutEnd(builder.items, blocks), loose: builder.loose, bodyEnd, bare: bare ? { ...bare, block: blocks[bare.start] } : null };
}

/** The structure rule: sections and items, each item a target or a task record (filled by later rules). */
export const structure: Rule = {
  id: "structure",
  run(doc, ctx, out) {
    out.structure = findStructure(doc);
    const bare = out.structure.bare;
    if (bare) {
      const first = bare.block.text.slice(0, 40).trim();
      ctx.warn(
        "structure/no-section",
        `No section heading recognised (chỉ tiêu, nhiệm vụ …); read ${bare.count} ${parseLabel(bare.block.text)?.style === "bullet" ? "bulleted" : "numbered"} lines from "${first}…" as ${bare.kind}s with no section`,
        ctx.blockSpan(bare.block, 0, bare.block.text.length),
      );
    }
    for (const it of out.structure.items) {
      const spans = ctx.itemSpans(it);
      const footnotes = [...new Set(it.refs.map((r) => r.marker))];
      const base = { id: it.id, code: it.code, parent: it.parent, section: it.section, text: it.text, footnotes, where: spans.whole() };
      if (it.kind === "target") {
        const record: Target = { ...base, quantities: [], schedule: null };
        out.targets.push(record);
        out.placed.push({ raw: it, record, spans });
      } else {
        const record: Task = { ...base, responsible: [], partners: [], funding: null, schedule: null };
        out.tasks.push(record);
        out.placed.push({ raw: it, record, spans });
      }
    }
  },
};

/** Runs last: a document in which no section of targets or tasks was found says so. */
export const noItems: Rule = {
  id: "no-items",
  run(_doc, ctx, out) {
    if (out.targets.length === 0 && out.tasks.length === 0) {
      ctx.warn("structure/no-items", "No section of targets (chỉ tiêu) or tasks (nhiệm vụ) was found: is this a plan?");
    }
  },
};
