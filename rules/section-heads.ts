// Section heads: which blocks of a plan are headings that open a section of targets, tasks or
// other matter (pass 1 of rules/structure.ts), and which of them nest inside another.
import type { Block } from "../src/ground/model.js";
import { foldKey } from "../src/ground/text.js";
import { parseLabel, romanValue, type Label } from "../src/ground/label.js";
import { bareHeading, counted, headingLike, mentionedKind, partsOnly, sectionKind, type OpenKind, type SectionKind } from "./sections.js";
import { findQuantities } from "./quantity.js";
import { countsTargets, gluedHeading, runningItems, splitClauses, statesLevel } from "./running-text.js";
import { alt, regex, words } from "./vocab/pattern.js";
import { GENERIC_LEADS, GOAL_LEAD_WORDS, LIST_ENDS } from "./vocab/running-text.js";
import { TITLE_KINDS } from "./vocab/documents.js";
import { citationLine, levelLine, listVerdict, splitList } from "./structure/evidence.js";
import { goalHeading, listAfter, unknownHeading } from "./structure/list-heads.js";

// Label styles that number the top parts of a plan ("II.", "B.", "Phần II."): never a nested heading
export const TOP_STYLES = new Set(["roman", "upper", "part"]);

/** Label of a table row's number cell ("1", "1.1.3", "I.", "II"). */
export function cellLabel(text: string): Label | null {
  const t = text.trim().replace(/\.$/, "");
  if (!t) return null;
  if (/^\d{1,2}(?:\.\d{1,2}){0,4}$/.test(t)) {
    const parts = t.split(".");
    return { style: "num", code: t, depth: parts.length, number: Number(parts[parts.length - 1]), bullet: null, rank: 0, length: 0, named: null };
  }
  const v = romanValue(t);
  if (v !== null) return { style: "roman", code: t, depth: 1, number: v, bullet: null, rank: 0, length: 0, named: null };
  return null;
}

export const styleKey = (l: Label | null): { key: string; depth: number; rank: number } => {
  if (!l) return { key: "none", depth: 0, rank: 0 };
  if (l.style === "num") return { key: `num${l.depth}`, depth: l.depth, rank: 0 };
  if (l.style === "bullet") return { key: `bullet${l.rank}`, depth: 0, rank: l.rank };
  if (l.style === "named") return { key: `named:${l.named}`, depth: 0, rank: 0 };
  return { key: l.style, depth: 0, rank: 0 };
};

export interface Head {
  index: number;
  label: Label | null;
  kind: OpenKind;
  /** the heading without its label; null for a lead sentence ("… 12 chỉ tiêu chủ yếu đó là:") */
  text: string | null;
  /** a heading glued to its section's first words on one line: where in the block's text they start */
  bodyAt?: number;
  /** a heading naming goals and work over a list of both: each line of the list is a target or a task by its own words */
  perItem?: boolean;
  plainItems?: boolean; // a kind line with a colon, unlabelled or bulleted ("*Nội dung:"): each plain paragraph under it an item
}

/** Pass 1: the kind headings, and the style of the labels of the first ("2." or "II."): siblings of it close a section. */
export function findHeads(blocks: Block[], bodyEnd: number): { heads: Map<number, Head>; topKey: string | null } {
  const heads = new Map<number, Head>();
  let topKey: string | null = null;
  // In a document that marks its headings (bold, a heading style), an unmarked, unlabelled line ending
  // with ":" inside a section of the same kind is a lead-in to a list or table ("Các hoạt động trọng
  // tâm trong năm:" under "III. NHIỆM VỤ VÀ GIẢI PHÁP"), not a new section heading.
  const marksHeadings = blocks.some((b) => b.kind === "heading" || (b.bold && b.kind !== "tableRow"));
  let lastKind: SectionKind | null = null;
  let lastHead: { label: Label | null; kind: SectionKind; index?: number; goal?: boolean } | null = null;
  const mixed: number[] = [];
  for (let i = 0; i < bodyEnd; i++) {
    const h: Found | null = headingOf(blocks[i]) ?? (lastKind !== "task" ? unknownHeading(blocks, i, bodyEnd, (lastHead as { label: Label | null } | null)?.label ?? null, isHeading) : null);
    if (!h) continue;
    const bk = blocks[i];
    if (marksHeadings && !h.label && h.kind === lastKind && bk.kind !== "tableRow" && bk.kind !== "heading" && !bk.bold && /:\s*$/.test(bk.text)) continue;
    // a bulleted heading or a lead sentence opens a section of another kind only: "- Nhiệm vụ
    // trọng tâm:" inside a task section is one of its items
    if (h.loose && h.kind === lastKind) continue;
    // "Chỉ tiêu: 100% …; 90% …" inside a task section: its targets, then the section's tasks go on
    if (h.loose && h.bodyAt !== undefined && lastKind === "task") continue;
    if (h.check && !levelsAfter(blocks, i + 1, bodyEnd, h.check)) continue;
    // "I. MỤC TIÊU" over "- Năm 2026 có thêm 20 …" / "- 100% chi hội …": a heading of aims whose list
    // states levels is a target section (a list of aims in prose stays "other")
    if (h.kind === "other" && h.text !== null && goalHeading(h.text)) {
      if (listVerdict(listAfter(blocks, i + 1, bodyEnd, isHeading), "goal") === "target") h.kind = "target";
    }
    // "I. MỤC TIÊU" right over "1. Mục tiêu đến năm 2027" and its bullets that state levels: the aims heading opens
    // the target section, its goal sub-headings are items (the parents of the bullets; not over group lines "a) Về …")
    const next = blocks.slice(i + 1, bodyEnd).find((b) => b.text.trim());
    const over = lastHead?.goal && h.kind === "target" && h.text !== null && goalHeading(h.text) && next && levelLine(next.text) ? heads.get(lastHead.index!) : undefined;
    if (over?.kind === "other" && blocks.slice(over.index + 1, i).every((b) => !b.text.trim()) && subOfSame(h.label, "target", { label: over.label, kind: "target" })) {
      over.kind = lastHead!.kind = lastKind = "target";
      topKey ??= styleKey(over.label).key;
      continue;
    }
    // "II. Thời gian, địa điểm" over "- Thời gian: …" / "- Địa điểm: …": a section of no items
    if (h.kind === "task" && h.text !== null && partsOnly(h.text) && !partsAfter(blocks, i + 1, bodyEnd)) h.kind = "other";
    // "2.1. Chỉ tiêu cơ bản" under "2. Chỉ tiêu kế hoạch năm 2025": a numbered sub-heading of the section's
    // own kind, inside it by its number, is one of its items (the parent of the lines under it)
    if (subOfSame(h.label, h.kind, lastHead)) continue;
    lastKind = h.kind;
    lastHead = { label: h.label, kind: h.kind, index: i, goal: h.text !== null && goalHeading(h.text) };
    if (h.kind === "mixed") mixed.push(i);
    heads.set(i, { index: i, label: h.label, kind: h.kind === "mixed" ? "task" : h.kind, text: h.text, bodyAt: h.bodyAt, plainItems: !h.label && /:\s*$/.test(blocks[i].text) });
    if (topKey === null && h.kind !== "other") topKey = styleKey(h.label).key;
  }
  // "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU …": targets when most of its lines state a level
  for (const i of mixed) {
    const h = heads.get(i)!;
    h.kind = listKind(blocks, i + 1, bodyEnd, heads, statesQuantity);
    // "MỤC TIÊU, NHIỆM VỤ …" over "- Tập trung …" / "- Đẩy mạnh …" / "- GDP tăng 8%/năm" / "- Tỷ lệ …": a list split
    // between lines of work and lines stating levels is read line by line
    const lines = listAfter(blocks, i + 1, bodyEnd, isHeading);
    if (splitList(lines)) h.perItem = true;
  }
  // a plan numbered in parts ("I.", "B.", "Phần II.") has them as its top headings even when a numbered
  // kind heading comes first, under a part that names no kind ("II. MỤC TIÊU HOẠT ĐỘNG" / "2. Các mục tiêu cụ thể")
  const part = [...heads.values()].find((h) => h.kind !== "other" && h.label && TOP_STYLES.has(h.label.style));
  if (part) topKey = styleKey(part.label).key;
  return { heads, topKey };
}

/**
 * Headings are siblings: once the style of the first kind heading is known ("2." or "II."),
 * a labelled heading of another style is an item that happens to name a kind
 * ("1. Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội" under "III. NHIỆM VỤ"), unless it is
 * a bare sub-heading that splits its section: "1. Mục tiêu chung" / "2. Chỉ tiêu cụ thể" under
 * "I. MỤC TIÊU, CHỈ TIÊU" (another kind, or a short heading that is only the kind's name).
 * Such a nested heading opens a sub-section that its next sibling ("3.") closes.
 * Removes from `heads` the headings that are items; returns the nested ones.
 */
export function nestHeads(blocks: Block[], heads: Map<number, Head>, topKey: string | null): Set<number> {
  const nestedHeads = new Set<number>();
  let enclosing: SectionKind | null = null;
  let enclosingAt = -1;
  // Did a labelled paragraph of this label's style, not a heading, come earlier in the enclosing section?
  const itemSiblingBefore = (from: number, to: number, label: Label): boolean => {
    const key = styleKey(label).key;
    for (let k = from + 1; k < to; k++) {
      if (heads.has(k) || blocks[k].kind === "tableRow") continue;
      const l = parseLabel(blocks[k].text);
      if (l && styleKey(l).key === key) return true;
    }
    return false;
  };
  // Did a heading of this label's style come earlier in the enclosing section ("1. Mục tiêu chung" before "2. Chỉ tiêu cụ thể")?
  const headSiblingBefore = (from: number, to: number, label: Label): boolean => {
    const key = styleKey(label).key;
    for (let k = from + 1; k < to; k++) if (heads.has(k) && styleKey(heads.get(k)!.label).key === key) return true;
    return false;
  };
  // Is the next label of this label's style, before the next part heading, a paragraph rather than a
  // heading? Then the heading is the first item of a list: "1- Nội dung, nhiệm vụ:" then "2-Tổ chức
  // chỉ đạo, điều hành …" under "A- NỘI DUNG, NHIỆM VỤ, GIẢI PHÁP" (a sub-section split has heading
  // siblings: "1. Nhiệm vụ trọng tâm" / "2. Giải pháp", or one before it: "1. Mục tiêu chung" / "2. Chỉ tiêu cụ thể" / "3. …").
  const itemSiblingAfter = (from: number, label: Label): boolean => {
    const key = styleKey(label).key;
    for (let k = from + 1; k < blocks.length; k++) {
      const head = heads.get(k);
      if (head && head.label && (styleKey(head.label).key === topKey || TOP_STYLES.has(head.label.style))) return false;
      if (blocks[k].kind === "tableRow" || isClosingBlock(blocks[k])) continue;
      const l = parseLabel(blocks[k].text);
      if (l && styleKey(l).key === key) return !head && l.number === (label.number ?? 0) + 1;
    }
    return false;
  };
  for (const [i, h] of [...heads].sort((a, b) => a[0] - b[0])) {
    const nested = h.label && topKey && styleKey(h.label).key !== topKey && !TOP_STYLES.has(h.label.style);
    if (!nested) { enclosing = h.kind; enclosingAt = i; continue; }
    const bare = bareHeading(h.text ?? "");
    // a bare heading of the enclosing kind after items of its own style is one more item, not a
    // sub-section: "3. Các hoạt động cụ thể" after "1. Công tác tuyên truyền …", "2. Hỗ trợ …" under
    // "III. NỘI DUNG VÀ GIẢI PHÁP" (a sub-section split comes first: "1. Mục tiêu chung" / "2. Chỉ tiêu cụ thể")
    const lateSibling = h.kind === enclosing && (itemSiblingBefore(enclosingAt, i, h.label!) || (!headSiblingBefore(enclosingAt, i, h.label!) && itemSiblingAfter(i, h.label!)));
    // before the first part heading, a heading of another style heads its own section
    if (enclosing === null) continue;
    if (h.kind !== enclosing || (bare && !lateSibling)) nestedHeads.add(i);
    else heads.delete(i);
  }
  return nestedHeads;
}

/** Is this block a kind heading (for the list readers of rules/structure/list-heads.ts)? */
const isHeading = (b: Block): boolean => headingOf(b) !== null;

const isClosingBlock = (b: Block): boolean => b.kind === "footnote" || (b.zone?.startsWith("closing") ?? false);

// `check`: a lead that opens targets only when the labelled lines after it state levels ("levels": most of
// them, "some": one at least)
type Found = Omit<Head, "index" | "kind"> & { kind: SectionKind; loose?: boolean; check?: "levels" | "some" };

/** Is this block a kind heading? Returns its label, kind and text without label. */
function headingOf(b: Block): Found | null {
  if (b.kind === "footnote") return null;
  if (b.kind === "tableRow") return rowHeading(b);
  const label = parseLabel(b.text);
  if (label && (label.style === "named" || label.style === "paren" || label.style === "paren-roman" || label.style === "paren-letter")) return null;
  // a dotted number ("2.1.", "3.1.2.") heads a section when its words are little more than a kind's
  // name ("3.1.2. Các chỉ tiêu chủ yếu" in a fragment cut from a long report): the depth of a number
  // says where the heading stands, not whether it is one
  if (label && label.style === "num" && label.depth > 1 && !bareHeading(b.text.slice(label.length))) return null;
  const bullet = label?.style === "bullet";
  const text = (label ? b.text.slice(label.length) : b.text).trim();
  const marked = b.bold || b.kind === "heading";
  const inline = inlineTargets(b.text, label);
  if (inline) return inline;
  // an unlabelled (or bulleted) heading: bold or a heading style, or a short line without a full stop
  if ((!label || bullet) && !marked && (text.length > 90 || /[.;]$/.test(text))) return label ? null : (leadSentence(text) ?? glued(b.text));
  // a labelled sentence that starts with a kind's words is an item: "2. Tổ chức các hoạt động kỷ niệm
  // Ngày thành lập Quân đội nhân dân Việt Nam." (a heading may end with "." but is short)
  const sentence = label && !marked && /\.$/.test(text) && text.split(/\s+/).length > 8;
  const own = headingLike(text) && !sentence ? text : inlineHeading(text, label);
  if (own === null) return label ? labelledLead(text, label) : leadSentence(text);
  const kind = sectionKind(own, label !== null && !bullet) ?? (mentionsKind(label, own) ? mentionedKind(own) : null);
  if (!kind) return label ? labelledLead(text, label) : leadSentence(text);
  if ((!label || bullet) && !marked && kind === "other") return null;
  // "1. Mục tiêu tổng quát: Tiếp tục …", "II. Nội dung: Liên đội triển khai …": a heading with its first
  // sentence after the colon, for a part of the plan ("II.") or a section that gives no items
  if (own !== text && !(kind === "other" || TOP_STYLES.has(label!.style))) return null;
  // "- 6 CHỈ TIÊU CƠ BẢN:", "* Các chỉ tiêu chủ yếu đến năm 2025:": a bulleted heading stands as an unlabelled one
  // a longer unlabelled line is a heading only where another kind begins: in a section of its own
  // kind it leads into a list or table ("Các chỉ tiêu chủ yếu được giao tại bảng sau:")
  // (a counted one is no item of the section before: "- 3 CHƯƠNG TRÌNH CÔNG TÁC" after "- 3 NHIỆM VỤ TRỌNG TÂM")
  const loose = (bullet && !counted(own)) || (!label && !marked && text.length > 40);
  return { label: bullet ? null : label, kind, text: own.replace(/[:.]\s*$/, "").trim(), loose };
}

/** Is the first labelled line after a heading a numbered part ("1. Hội nghị trù bị"), not a field line or a bullet? */
function partsAfter(blocks: Block[], start: number, bodyEnd: number): boolean {
  for (let k = start; k < Math.min(bodyEnd, start + 4); k++) {
    const l = blocks[k].kind === "tableRow" ? null : parseLabel(blocks[k].text);
    if (!l) continue;
    const rest = blocks[k].text.slice(l.length).trim();
    return l.style !== "bullet" && !/^[^:]{1,40}:\s*\S/u.test(rest);
  }
  return false;
}

/** Is a heading numbered under the last one ("2.1." under "2.") and of its kind (target or task)? */
function subOfSame(label: Label | null, kind: SectionKind, last: { label: Label | null; kind: SectionKind } | null): boolean {
  if (!label || !last?.label || kind !== last.kind) return false;
  if (kind !== "target" && kind !== "task") return false;
  // "a) Chỉ tiêu cơ bản" / "b) Chỉ tiêu chuyên môn" under "2. Chỉ tiêu kế hoạch năm 2026": lettered groups of the section's items
  if (label.style === "letter") return last.label.style === "num" || TOP_STYLES.has(last.label.style);
  if (label.style !== "num") return false;
  // "1. Các chỉ tiêu kinh tế" under "Điều 2. Về các chỉ tiêu …", "II. CHỈ TIÊU"
  if (TOP_STYLES.has(last.label.style)) return true;
  return last.label.style === "num" && label.depth > last.label.depth && (label.code ?? "").startsWith(`${last.label.code}.`);
}

/**
 * May a heading name its kind further into its text ("I. MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU …")?
 * A part heading ("I.", "A.", "Phần I"), a numbered one ("2.") or an unlabelled line in capitals.
 */
function mentionsKind(label: Label | null, text: string): boolean {
  if (label) return TOP_STYLES.has(label.style) || (label.style === "num" && label.depth === 1);
  // a title line is no heading: "KẾ HOẠCH THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2026"
  return text === text.toUpperCase() && /\p{Lu}{3}/u.test(text) && !TITLE_START.test(foldKey(text));
}

const TITLE_START = regex(`^${alt(TITLE_KINDS, "full")}(?![\\p{L}\\p{N}])`, "u");

/** A target heading glued to the first target on its line ("Một số chỉ tiêu chủ yếu (…) Tốc độ …"). */
function glued(text: string): Found | null {
  const g = gluedHeading(text);
  return g ? { label: null, kind: "target", text: g.text, bodyAt: g.bodyAt } : null;
}

/** The heading of a table row: a roman numeral (or nothing) and a kind heading. */
function rowHeading(b: Block): Found | null {
  const cells = b.cells!.filter((c) => c.text.trim() !== "");
  if (cells.length !== 2 && cells.length !== 1) return null;
  const label = cells.length === 2 ? cellLabel(cells[0].text) : null;
  const text = cells[cells.length - 1].text.trim();
  if (label && label.style !== "roman") return null; // numbered rows are items ("1" "Chỉ tiêu 1: …")
  const kind = sectionKind(text, label !== null);
  if (!kind || !headingLike(text)) return null;
  return { label, kind, text: text.replace(/[:.]\s*$/, "") };
}

/**
 * A target heading with its targets after the colon on the same line ("2. Chỉ tiêu: Phấn đấu 100% hộ gia
 * đình …; 90% trẻ em …; giảm 5% …", "- Các chỉ tiêu chủ yếu: …", "Chỉ tiêu cụ thể: …"): the heading, and where
 * its running-text targets start (most of its clauses state a level).
 */
function inlineTargets(text: string, label: Label | null): Found | null {
  const from = label?.length ?? 0;
  const colon = text.indexOf(":", from);
  if (colon < 0) return null;
  const own = text.slice(from, colon).trim();
  if (!own || own.split(/\s+/).length > 8) return null;
  const kind = sectionKind(own, label !== null);
  if (kind !== "target" && kind !== "mixed") return null;
  const clauses = runningItems(text, colon + 1, "target").filter((c) => c.kind === "target" && !countsTargets(text.slice(c.start, c.end)));
  const levels = clauses.filter((c) => statesLevel(text.slice(c.start, c.end))).length;
  if (!clauses.length || levels * 2 <= clauses.length) return null;
  let bodyAt = colon + 1;
  while (bodyAt < text.length && /\s/.test(text[bodyAt])) bodyAt++;
  // bulleted or unlabelled, it opens a section only where another kind was open (in a target section it is one more paragraph of targets)
  const bullet = label === null || label.style === "bullet";
  return { label: bullet ? null : label, kind: "target", text: own, bodyAt, loose: bullet };
}

/** The words before the colon of a labelled line, when they are short enough for a heading. */
function inlineHeading(text: string, label: Label | null): string | null {
  if (!label || label.style === "bullet") return null;
  const colon = text.indexOf(":");
  if (colon < 0) return null;
  const own = text.slice(0, colon).trim();
  return own && own.split(/\s+/).length <= 8 ? own : null;
}

// "chỉ tiêu" as a word, in the folded text
const NAMES_TARGETS = /(?<![\p{L}\p{N}])chi tieu(?![\p{L}\p{N}])/u;
// words of a lead that name goals ("mục tiêu trọng tâm là:", "Năm 2026, Hội phấn đấu:", "kết quả cần đạt:")
const NAMES_GOALS = regex(words(GOAL_LEAD_WORDS, "full"), "u");
// a lead's end: its colon, perhaps with an empty bullet after it ("… là: –"), or a word that
// announces a list without one ("… chỉ tiêu chủ yếu là", "… gồm")
const COLON_END = /:\s{0,3}(?:[-–—•*+]\s{0,3})?$/u;
const GENERIC_LEAD = regex(`^${alt(GENERIC_LEADS, "full")}\\s{0,3}:?\\s{0,3}(?:[-–—•*+]\\s{0,3})?$`, "u");
const WORD_END = regex(`(?<![\\p{L}\\p{N}])${alt(LIST_ENDS, "full")}\\s{0,3}$`, "u");

/**
 * A lead sentence that opens a list of targets: an unlabelled paragraph whose last sentence names
 * targets and ends with ":" ("… Nghị quyết nêu 3 khâu đột phá và 12 chỉ tiêu chủ yếu đó là:"), or
 * of tasks: a last sentence after others that starts with a task heading ("… . Nhiệm vụ chủ yếu như sau:").
 * A last sentence that names goals ("… xác định mục tiêu trọng tâm là: –"), or one that ends with a
 * word announcing a list rather than a colon ("… các chỉ tiêu chủ yếu là"), opens targets only when
 * the list after it states levels (`check`: findHeads decides).
 * The targets after it have section null (gold README, "Sections").
 */
function leadSentence(text: string): Found | null {
  const folded = foldKey(text);
  const colon = COLON_END.test(text);
  if (!colon && !WORD_END.test(folded)) return null;
  const sentences = text.split(/[.!?…]\s/u);
  let last = foldKey(sentences[sentences.length - 1]);
  // "… phấn đấu giảm tỷ lệ hộ nghèo … . Riêng:", "… các chỉ tiêu sau. Cụ thể:": a short generic lead takes
  // what the sentence before it names
  if (sentences.length > 1 && GENERIC_LEAD.test(last)) last = foldKey(sentences[sentences.length - 2]);
  // a lead that names targets without counting them ("Các chỉ tiêu, kế hoạch đề ra … như sau:") is no lead of
  // a list whose lines state no level at all ("* Về đánh giá kết quả …", "- Đại hội thống nhất …")
  if (NAMES_TARGETS.test(last)) return { label: null, kind: "target", text: null, loose: true, check: !colon ? "levels" : countsTargets(last) ? undefined : "some" };
  // "… Chỉ thị số 01/CT-UBND về …. Nhiệm vụ chủ yếu như sau:": a last sentence that starts with a
  // task heading's words leads into a list of tasks (a news report of a plan)
  if (colon && sentences.length > 1 && sectionKind(last, false) === "task") return { label: null, kind: "task", text: null, loose: true };
  if (NAMES_GOALS.test(last)) return { label: null, kind: "target", text: null, loose: true, check: "levels" };
  return null;
}

// "… gồm các chỉ tiêu sau đây:", "… đạt các chỉ tiêu:": targets named in the last words before the colon
const TARGETS_BEFORE_COLON = /(?<![\p{L}\p{N}])chi tieu(?:\s{1,3}[\p{L}\p{N}]{1,12}){0,3}\s{0,3}:$/u;

/**
 * A numbered line that leads into targets ("1. Về chăm sóc sức khỏe gồm các chỉ tiêu sau đây:", "b) Đến năm
 * 2027, phấn đấu đạt các chỉ tiêu:") where a copy dropped the heading above it: it opens a target list when
 * a line after it states a level, the line itself the section's name (inside a target section it is a group line).
 */
function labelledLead(text: string, label: Label): Found | null {
  if (label.style === "bullet" || !TARGETS_BEFORE_COLON.test(foldKey(text))) return null;
  const lead = leadSentence(text);
  return lead?.kind === "target" ? { ...lead, label, text: text.replace(/:\s*$/u, "").trim() } : null;
}

/** A numbered list read without a section heading: where it starts, its kind and its length. */
export interface BareList { start: number; kind: "target" | "task"; count: number }

// letters only Vietnamese writes (ă â đ ê ô ơ ư, and the vowels with tone marks of Latin Extended
// Additional): a numbered list in English (a README's steps) is no plan's list
const VIETNAMESE = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
// a level to reach in a line: "100%", "đạt 95 %"
const STATES_LEVEL = /\d\s?%/u;

/**
 * A plan in which no heading of targets or tasks was recognised, but which holds a numbered list
 * outside every other section: a short plan that is only a numbered list of activities (a monthly
 * union plan: "1. Tổ chức sơ kết tháng 11 …", "2. …"), a fragment that starts inside a list, a copy
 * that dropped its headings. The first list of one label style numbered from 1 on, two lines at
 * least, is read as the plan's items with section null: targets when most of its labelled lines
 * (bullets under them included) state a level ("… đạt 95%"), else tasks. Its lines are Vietnamese
 * (a README's numbered steps are no plan). Null when a kind heading exists or no such list does.
 */
export function bareList(blocks: Block[], bodyEnd: number, heads: Map<number, Head>): BareList | null {
  if ([...heads.values()].some((h) => h.kind !== "other")) return null;
  let otherKey: string | null = null; // the label style of the "other" heading whose section we are in
  for (let i = 0; i < bodyEnd; i++) {
    const head = heads.get(i);
    if (head) { otherKey = styleKey(head.label).key; continue; }
    if (blocks[i].kind === "tableRow") continue;
    const label = parseLabel(blocks[i].text);
    if (!label || label.number !== 1 || !(label.style === "num" || label.style === "paren" || label.style === "paren-roman")) {
      if (label && otherKey !== "none" && styleKey(label).key === otherKey) otherKey = null; // "II." after "I. MỤC ĐÍCH"
      continue;
    }
    if (otherKey !== null && styleKey(label).key !== otherKey) continue; // a list inside "I. MỤC ĐÍCH"
    const run = runFrom(blocks, bodyEnd, heads, i, label);
    // a copy cut after the list's first item, which has its own sub-items ("1. …" / "1.1. …" / "- …")
    const cut = run.length === 1 && label.style === "num" && subNumbered(blocks, i, bodyEnd, label);
    // a list of the documents the plan rests on ("1. Quyết định số …", "2. Thông tư …": its bases, whatever heads it) is none
    if (run.filter((k) => citationLine(blocks[k].text)).length * 2 > run.length) continue;
    if ((run.length >= 2 || cut) && run.filter((k) => VIETNAMESE.test(blocks[k].text)).length * 2 > run.length) return { start: i, kind: listKind(blocks, i, bodyEnd, heads), count: run.length };
  }
  return bulletList(blocks, bodyEnd, heads);
}

/**
 * Without a numbered list: the bullets after a lead sentence ending with ":", outside every section
 * ("Đại hội nhất trí thông qua các nội dung:" / "- 100% đảng viên …" / "- …").
 */
function bulletList(blocks: Block[], bodyEnd: number, heads: Map<number, Head>): BareList | null {
  if (heads.size) return null;
  for (let i = 1; i < bodyEnd; i++) {
    const lead = blocks[i - 1];
    if (lead.kind === "tableRow" || parseLabel(lead.text) || !/:\s*$/.test(lead.text)) continue;
    // "MỤC ĐÍCH:", "Yêu cầu:" (a heading of other matter, unmarked): its bullets are no items
    if (sectionKind(lead.text, false) === "other") continue;
    const first = parseLabel(blocks[i].text);
    if (first?.style !== "bullet") continue;
    let count = 0;
    for (let k = i; k < bodyEnd && blocks[k].kind !== "tableRow"; k++) {
      const l = parseLabel(blocks[k].text);
      if (l?.style === "bullet" && l.bullet === first.bullet && VIETNAMESE.test(blocks[k].text)) count++;
      // bullets of a lower rank nest under the list's own ("* Đối với Ban …:" / "- Trước kỳ họp …:" / "+ …")
      else if (l?.style === "bullet" && l.rank > first.rank) continue;
      else if (l) break;
    }
    if (count >= 2) return { start: i, kind: listKind(blocks, i, bodyEnd, heads), count };
  }
  return null;
}

/**
 * Do the labelled lines right after a lead state levels: the list up to the next unlabelled line or
 * table, two lines at least (an empty bullet aside), most of them with a percentage or a quantity
 * ("levels")? With "some", a list of two lines or more none of which states a level is the only no.
 */
function levelsAfter(blocks: Block[], start: number, bodyEnd: number, check: "levels" | "some"): boolean {
  let lines = 0;
  let levels = 0;
  for (let k = start; k < bodyEnd && blocks[k].kind !== "tableRow"; k++) {
    const label = parseLabel(blocks[k].text);
    // the list ends at an unlabelled line, or at a heading of its own ("* Các chỉ tiêu lớn:")
    if (!label || headingOf(blocks[k])) break;
    const rest = blocks[k].text.slice(label.length).trim();
    if (!rest) continue;
    lines++;
    if (statesQuantity(rest)) levels++;
  }
  if (check === "some") return lines < 2 || levels > 0;
  return lines >= 2 && levels * 2 > lines;
}

/** A line that states a level as a percentage ("đạt 95%"). */
const statesPercent = (text: string): boolean => STATES_LEVEL.test(text);
/** A line that states a level: a percentage or a count of a thing ("250 hộ", "171ha", "1.734 tấn"). */
const statesQuantity = (text: string): boolean => STATES_LEVEL.test(text) || findQuantities(text).length > 0;

/**
 * Targets when most labelled lines of the list (its own and the bullets under them) state a level; with
 * few labelled lines among plain paragraphs, when most sentences and ";" clauses of those paragraphs do
 * (a copy that lost its bullets: "Tổng vốn đầu tư … = 724.534 triệu đồng. Số hộ … = 983 hộ. …").
 */
function listKind(blocks: Block[], start: number, bodyEnd: number, heads: Map<number, Head>, states = statesPercent): "target" | "task" {
  let lines = 0;
  let levels = 0;
  let clauses = 0;
  let clauseLevels = 0;
  for (let k = start; k < bodyEnd && !heads.has(k); k++) {
    if (blocks[k].kind === "tableRow") continue;
    if (!parseLabel(blocks[k].text)) {
      for (const c of splitClauses(blocks[k].text, 0)) {
        clauses++;
        if (states(blocks[k].text.slice(c.start, c.end))) clauseLevels++;
      }
      continue;
    }
    lines++;
    if (states(blocks[k].text)) levels++;
  }
  // mostly plain paragraphs, a group line or two labelled among them ("* Về văn hóa - xã hội:")
  if (clauses > 2 * lines) return (clauseLevels + levels) * 2 > clauses + lines ? "target" : "task";
  return levels * 2 >= lines ? "target" : "task";
}

/** Is the next labelled line after `start` a sub-item of its label ("1.1." after "1.")? */
function subNumbered(blocks: Block[], start: number, bodyEnd: number, first: Label): boolean {
  for (let k = start + 1; k < Math.min(bodyEnd, start + 4); k++) {
    const l = blocks[k].kind === "tableRow" ? null : parseLabel(blocks[k].text);
    if (l) return l.style === "num" && l.depth === first.depth + 1 && (l.code ?? "").startsWith(`${first.code}.`);
  }
  return false;
}

/** The indexes of the lines of a list from its first line: the same style, numbered on, up to a heading. */
function runFrom(blocks: Block[], bodyEnd: number, heads: Map<number, Head>, start: number, first: Label): number[] {
  const key = styleKey(first).key;
  const run = [start];
  let last = 1;
  for (let k = start + 1; k < bodyEnd && !heads.has(k); k++) {
    if (blocks[k].kind === "tableRow") continue;
    const l = parseLabel(blocks[k].text);
    if (!l || styleKey(l).key !== key) continue;
    if (l.number !== last + 1) break;
    run.push(k);
    last = l.number;
  }
  return run;
}
