// Spans of an item's words. An item's text joins the trimmed text of its blocks with one space;
// these helpers map an offset in that joined text back to the document (unist's Position: end exclusive).
import type { DocModel } from "../src/ground/model.js";
import type { SpanT } from "../schemas/plan.js";
import { cellIndexAt, type RawItem } from "./structure.js";

export interface ItemSpans {
  /** from the first word of the item to the last */
  whole(): SpanT;
  /** [start, end) of the item's joined text */
  span(start: number, end: number): SpanT;
}

export function itemSpans(doc: DocModel, item: RawItem): ItemSpans {
  // pieces: [offset in item text, offset in doc text, length]
  const pieces: Array<[number, number, number]> = [];
  let pos = 0;
  item.segments.forEach((s, i) => {
    const text = item.row ? item.text : s.block.text.slice(s.from, s.to);
    const lead = text.length - text.trimStart().length;
    const len = text.trim().length;
    pieces.push([pos, s.block.start + s.from + lead, len]);
    pos += len + (i < item.segments.length - 1 ? 1 : 0);
  });
  const at = (rel: number) => {
    for (const [ip, dp, len] of pieces) if (rel <= ip + len) return dp + Math.max(0, rel - ip);
    const last = pieces[pieces.length - 1];
    return last[1] + last[2];
  };
  const page = item.segments[0].block.page;
  return {
    whole(): SpanT {
      // from the item's label ("2.1.", "a)", "Chỉ tiêu 3:", a row's number cell) to its last word,
      // so that a reader sees in the slice what made it an item
      const last = pieces[pieces.length - 1];
      return { page, start: labelStart(item, pieces[0][1]), end: Math.min(doc.text.length, last[1] + last[2]) };
    },
    span(start: number, end: number): SpanT {
      const s = at(start);
      const blk = item.segments.find((seg) => seg.block.start <= s && s <= seg.block.end)?.block;
      return { page: blk?.page ?? page, start: s, end: Math.max(s, at(end)) };
    },
  };
}

/** Where an item's label starts: the first non-blank character of its first block, or its row's number cell. */
function labelStart(item: RawItem, wordsStart: number): number {
  const first = item.segments[0];
  // a clause of running text ("…; tổng vốn đầu tư … đạt 30,8 nghìn tỷ đồng;") has no label: its words start it
  if (first.to !== undefined) return wordsStart;
  if (item.row) {
    const cell = item.code !== null && item.columns ? item.row.cells?.[cellIndexAt(item.row, item.columns.code)] : undefined;
    return cell && cell.start < wordsStart ? cell.start + (cell.text.length - cell.text.trimStart().length) : wordsStart;
  }
  // a clause of a paragraph (running-text targets) has no label: its words start it
  if (first.to !== undefined) return wordsStart;
  const before = first.block.text.slice(0, first.from);
  const lead = before.length - before.trimStart().length;
  return Math.min(wordsStart, first.block.start + lead);
}
