// The campaign's own span outside any item: "2/ Thời gian: từ ngày 01/3 đến 31/3/2026" under
// "II/ CHỦ ĐỀ, THỜI GIAN", or the paragraph under a heading "IV. THỜI GIAN THỰC HIỆN".
// Its deadlines belong to no item (item: null), as do those of a line that is nothing but a time.
// A time of the whole plan is often written twice (the title "KẾ HOẠCH THÁNG 01/2022" and the
// opening "… kế hoạch hoạt động tháng 1 năm 2022"; "8/3" in the subtitle and the purpose): one
// item-null deadline per span of the front is kept, the first written. Past the front (from the
// first labelled or item block) each paragraph's times count, as every item's do.
import type { Block, DocModel } from "../src/ground/model.js";
import { readOpening } from "./meta/opening.js";
import { mainBlocks } from "./meta/util.js";
import type { Rule } from "./rule.js";
import type { Deadline } from "../schemas/plan.js";
import { foldKey } from "../src/ground/text.js";
import { parseLabel } from "../src/ground/label.js";
import { sectionKind } from "./sections.js";
import { looseDeadlines, weekdaySchedule, readDeadlines } from "./item-deadlines.js";
import { alt, regex } from "./vocab/pattern.js";
import { TIME_FIELD_WORDS } from "./vocab/time.js";

// "Thời gian:", "Thời gian thực hiện:", "Thời gian dự kiến:": a line that gives the plan's (or a round's) own span
const TIME_LEAD_RE = regex(`^\\s{0,3}thoi gian(?:\\s{1,3}${alt(TIME_FIELD_WORDS, "full")})?\\s{0,3}(?:[:.-]|$)`, "u");

export const planSpan: Rule = {
  id: "plan-span",
  run(doc, ctx, out) {
    const owned = new Set<Block>([...out.structure.items.flatMap((it) => it.segments.map((sg) => sg.block)), ...out.structure.loose]);
    let underTimeHeading = false;
    // the spans of the plan's front (title, subtitle, opening): a later paragraph that writes one
    // again says the same time; past the front every time written counts (the front ends after the
    // opening: "Cụ thể, trong tháng 3, …" then "Cũng trong tháng 3, …" in a report are two times)
    const front = new Set(out.deadlines.filter((d) => d.item === null).map(spanKey));
    const { last: frontEnd, title } = frontOf(doc);
    let inFront = true;
    const push = (found: Deadline[]) => {
      for (const d of found) {
        const key = spanKey(d);
        if (front.has(key)) continue;
        if (inFront) front.add(key);
        out.deadlines.push(d);
      }
    };
    const schedule = weekdaySchedule(doc);
    for (let i = 0; i < out.structure.bodyEnd; i++) {
      const blk = doc.blocks[i];
      if (blk.kind === "footnote" || blk.kind === "tableRow") { underTimeHeading = false; inFront = false; continue; }
      const label = parseLabel(blk.text);
      const body = label ? blk.text.slice(label.length) : blk.text;
      // the front ends at the first item or labelled section heading (a web page's own numbered
      // links above the document are no heading)
      if (owned.has(blk) || (label && sectionKind(body) !== null) || i > frontEnd) inFront = false;
      // a page's post date above the title ("(19.05.2017)" alone on its line) is no deadline
      if (i < title && LONE_DATE_RE.test(blk.text)) continue;
      const timeLine = TIME_LEAD_RE.test(foldKey(body));
      if (owned.has(blk)) { underTimeHeading = false; continue; }
      // a heading "Thời gian thực hiện" with no date: the paragraphs under it give the span
      if (timeLine && !/\d/.test(body) && body.length < 60) { underTimeHeading = true; continue; }
      if (!(timeLine || (underTimeHeading && !label))) {
        underTimeHeading = false;
        // a paragraph outside every item still says when things are due (item null)
        push(looseDeadlines(blk, ctx, out.meta?.issuedAt ?? null, schedule));
        continue;
      }
      const off = blk.text.length - body.length;
      push(readDeadlines(body, ctx, null, (d) => ctx.blockSpan(blk, off + d.start, off + d.end)));
    }
  },
};

// a dated day alone on its line, in brackets or not: "(19.05.2017)", "15/12/2012"
const LONE_DATE_RE = /^\s{0,3}\(?\s{0,2}\d{1,2}[/.-]\d{1,2}[/.-]\d{4}\s{0,2}\)?\s{0,3}$/u;

/**
 * The plan's front in the document's blocks: the index of its last block (the header, the title, the
 * subtitle and the opening paragraphs, rules/meta/opening.ts), and of the title (-1: none).
 */
function frontOf(doc: DocModel): { last: number; title: number } {
  const main = mainBlocks(doc);
  const o = readOpening(main);
  const at = (j: number): number => (j >= 0 && j < main.length ? doc.blocks.indexOf(main[j]) : -1);
  const last = Math.max(at(o.headerEnd - 1), at(o.titleIndex), ...o.subtitleBlocks.map(at), ...o.openingBlocks.map(at));
  return { last, title: at(o.titleIndex) };
}

/** The span a deadline names. */
const spanKey = (d: Deadline): string => `${d.start}|${d.end}`;
