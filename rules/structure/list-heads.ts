// Lists read by their items (issue 9, session 6; rules/structure/evidence.ts weighs them): the list
// under a heading, a part heading the vocabulary does not know over a list of levels, and plain lines
// (a list that lost its bullets) after a heading or a lead. Pass 1 of rules/structure.ts
// (rules/section-heads.ts) calls them; `isHeading` is its test of a kind heading.
import type { Block } from "../../src/ground/model.js";
import { foldKey } from "../../src/ground/text.js";
import { parseLabel, type Label } from "../../src/ground/label.js";
import { groupLabel, inlineList, splitClauses } from "../running-text.js";
import { headingLike, sectionKind } from "../sections.js";
import { styleKey, TOP_STYLES, type Head } from "../section-heads.js";
import { regex, words } from "../vocab/pattern.js";
import { NOT_GOAL_HEADS } from "../vocab/words.js";
import { REVIEW_WORDS } from "../vocab/headings.js";
import { actionLine, levelLine, listVerdict, priorOf, type Prior } from "./evidence.js";

type IsHeading = (b: Block) => boolean;

// headings of aims whose lines are never items, whatever they state (gold README, "Not items")
const REVIEW_RE = regex(words(REVIEW_WORDS, "full"), "u");
const NOT_GOALS = regex(words(NOT_GOAL_HEADS, "full"), "u");

/** A heading of aims whose list may state levels ("MỤC TIÊU", "Mục tiêu phấn đấu"), not one of aims in prose ("Mục đích, yêu cầu"). */
export const goalHeading = (text: string): boolean => priorOf(text) === "goal" && !NOT_GOALS.test(foldKey(text));

/**
 * The lines of the list right after a heading: the labelled lines of the first line's style (their
 * wrapped continuations aside), up to a heading, a table, or a label of another style at its level or above.
 */
export function listAfter(blocks: Block[], start: number, bodyEnd: number, isHeading: IsHeading): string[] {
  const out: string[] = [];
  let key: string | null = null;
  let rank = 0;
  for (let k = start; k < bodyEnd && out.length < 40; k++) {
    const b = blocks[k];
    if (b.kind === "tableRow" || b.kind === "heading") break;
    const l = parseLabel(b.text);
    if (!l) { if (key === null && b.text.trim()) break; continue; }
    if (isHeading(b)) break;
    const sk = styleKey(l).key;
    if (key === null) { key = sk; rank = l.rank; }
    else if (sk !== key) {
      // bullets under the list's own lines ("+" under "-", "-" under "1.") are no lines of it
      if (l.style === "bullet" && (!key.startsWith("bullet") || l.rank > rank)) continue;
      break;
    }
    out.push(b.text);
  }
  return out;
}

/**
 * A part heading the vocabulary does not know ("II. NHỮNG CON SỐ CẦN ĐẠT", "3. Kết quả phấn đấu năm
 * 2027") over a list whose lines state levels (rules/structure/evidence.ts, a lead naming goals needing
 * fewer): a target section. Only a short line labelled as a part or a top number, no group line ("Về
 * kinh tế"), no review ("Kết quả năm 2026"), never inside a task section (findHeads).
 */
export function unknownHeading(blocks: Block[], i: number, bodyEnd: number, last: Label | null, isHeading: IsHeading): { label: Label; kind: "target"; text: string } | null {
  const b = blocks[i];
  if (b.kind === "tableRow" || b.kind === "footnote") return null;
  const label = parseLabel(b.text);
  if (!label || !(TOP_STYLES.has(label.style) || (label.style === "num" && label.depth === 1))) return null;
  // "1. Đại biểu mời:" under "III. Thành phần tham dự": a part of the section above, not a section of its own
  if (last && TOP_STYLES.has(last.style) && !TOP_STYLES.has(label.style)) return null;
  const text = b.text.slice(label.length).trim();
  if (!text || !headingLike(text) || /[.;]$/.test(text) || /:\s*\S/.test(text) || groupLabel(text.replace(/:$/, ""), true)) return null;
  if (sectionKind(text) !== null || REVIEW_RE.test(foldKey(text))) return null;
  // a heading stands over a list of another style, not over its siblings ("1. …" / "2. …" is a list itself)
  const key = styleKey(label).key;
  for (let k = i + 1; k < Math.min(bodyEnd, i + 6); k++) {
    const l = blocks[k].kind === "tableRow" ? null : parseLabel(blocks[k].text);
    if (l) { if (styleKey(l).key === key) return null; break; }
  }
  if (listVerdict(listAfter(blocks, i + 1, bodyEnd, isHeading), priorOf(text)) !== "target") return null;
  return { label, kind: "target", text: text.replace(/[:.]\s*$/, "").trim() };
}

/** Most words a plain line of a list holds: a longer paragraph is prose, not a list's line. */
const PLAIN_LINE_WORDS = 60;

/**
 * Lists of plain lines: right after a target or task heading or lead ("Chỉ tiêu thi đua cụ thể:",
 * "… quyết nghị phương hướng, chỉ tiêu phấn đấu:"), or after a paragraph outside every section whose
 * lead names targets and gives the first of them ("Kế hoạch đặt ra mục tiêu cụ thể: 80% người dân …"),
 * unlabelled paragraphs of one sentence each that state a level or open with a verb of work: a web
 * page's list that lost its bullets ("100% đoàn viên …" / "Mỗi chi đội có ít nhất …" / "Giữ vững danh
 * hiệu …"). Two lines at least, up to the first labelled line, heading, table, lead (":") or paragraph
 * of prose. Each is an item when the lines weigh as the kind (rules/structure/evidence.ts): the
 * indexes of those lines and their kind.
 */
export function plainRuns(blocks: Block[], heads: Map<number, Head>, bodyEnd: number): Map<number, "target" | "task"> {
  const out = new Map<number, "target" | "task">();
  // returns where the run stopped: a line inside a run starts none of its own (one pass over the text)
  const runAfter = (i: number, kind: "target" | "task", prior: Prior): number => {
    const run: number[] = [];
    let k = i + 1;
    for (; k < bodyEnd && !heads.has(k); k++) {
      const b = blocks[k];
      if (b.kind !== "paragraph" || b.bold || parseLabel(b.text)) break;
      const t = b.text.trim();
      if (!t || /:$/.test(t) || t.split(/\s+/).length > PLAIN_LINE_WORDS) break;
      if (splitClauses(t, 0).filter((c) => c.sentenceEnd).length > 1 || !(levelLine(t) || actionLine(t))) break;
      run.push(k);
    }
    if (run.length >= 2 && listVerdict(run.map((r) => blocks[r].text), prior, true) === kind) for (const r of run) out.set(r, kind);
    return k - 1;
  };
  let inSection = false;
  for (let i = 0; i < bodyEnd; i++) {
    const h = heads.get(i);
    if (h) {
      inSection = h.kind !== "other";
      if (h.kind !== "other") runAfter(i, h.kind, h.kind === "target" ? "goal" : h.text === null ? priorOf(blocks[i].text) : "work");
      continue;
    }
    const b = blocks[i];
    if (!inSection && b.kind === "paragraph" && !parseLabel(b.text) && inlineList(b.text)) i = runAfter(i, "target", "goal");
  }
  return out;
}
