// Section heads: which blocks of a plan are headings that open a section of targets, tasks or
// other matter (pass 1 of rules/structure.ts), and which of them nest inside another.
import type { Block } from "../src/model.js";
import { parseLabel, romanValue, type Label } from "./label.js";
import { headingLike, sectionKind, type SectionKind } from "./sections.js";

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

export interface Head { index: number; label: Label | null; kind: SectionKind; text: string }

/** Pass 1: the kind headings, and the style of the labels of the first ("2." or "II."): siblings of it close a section. */
export function findHeads(blocks: Block[], bodyEnd: number): { heads: Map<number, Head>; topKey: string | null } {
  const heads = new Map<number, Head>();
  let topKey: string | null = null;
  // In a document that marks its headings (bold, a heading style), an unmarked, unlabelled line ending
  // with ":" inside a section of the same kind is a lead-in to a list or table ("Các hoạt động trọng
  // tâm trong năm:" under "III. NHIỆM VỤ VÀ GIẢI PHÁP"), not a new section heading.
  const marksHeadings = blocks.some((b) => b.kind === "heading" || (b.bold && b.kind !== "tableRow"));
  let lastKind: SectionKind | null = null;
  for (let i = 0; i < bodyEnd; i++) {
    const h = headingOf(blocks[i]);
    if (!h) continue;
    const bk = blocks[i];
    if (marksHeadings && !h.label && h.kind === lastKind && bk.kind !== "tableRow" && bk.kind !== "heading" && !bk.bold && /:\s*$/.test(bk.text)) continue;
    lastKind = h.kind;
    heads.set(i, { index: i, ...h });
    if (topKey === null && h.kind !== "other") topKey = styleKey(h.label).key;
  }
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
  for (const [i, h] of [...heads].sort((a, b) => a[0] - b[0])) {
    const nested = h.label && topKey && styleKey(h.label).key !== topKey && !TOP_STYLES.has(h.label.style);
    if (!nested) { enclosing = h.kind; enclosingAt = i; continue; }
    const bare = h.text.split(/\s+/).length <= 5;
    // a bare heading of the enclosing kind after items of its own style is one more item, not a
    // sub-section: "3. Các hoạt động cụ thể" after "1. Công tác tuyên truyền …", "2. Hỗ trợ …" under
    // "III. NỘI DUNG VÀ GIẢI PHÁP" (a sub-section split comes first: "1. Mục tiêu chung" / "2. Chỉ tiêu cụ thể")
    const lateSibling = h.kind === enclosing && itemSiblingBefore(enclosingAt, i, h.label!);
    if (enclosing !== null && (h.kind !== enclosing || (bare && !lateSibling))) nestedHeads.add(i);
    else heads.delete(i);
  }
  return nestedHeads;
}

/** Is this block a kind heading? Returns its label, kind and text without label. */
function headingOf(b: Block): { label: Label | null; kind: SectionKind; text: string } | null {
  if (b.kind === "footnote") return null;
  if (b.kind === "tableRow") {
    const cells = b.cells!.filter((c) => c.text.trim() !== "");
    if (cells.length !== 2 && cells.length !== 1) return null;
    const label = cells.length === 2 ? cellLabel(cells[0].text) : null;
    const text = cells[cells.length - 1].text.trim();
    if (label && label.style !== "roman") return null; // numbered rows are items ("1" "Chỉ tiêu 1: …")
    const kind = sectionKind(text);
    if (!kind || !headingLike(text)) return null;
    return { label, kind, text: text.replace(/[:.]\s*$/, "") };
  }
  const label = parseLabel(b.text);
  if (label && (label.style === "bullet" || label.style === "named" || label.style === "paren" || label.style === "paren-letter")) return null;
  if (label && label.style === "num" && label.depth > 1) return null;
  const text = (label ? b.text.slice(label.length) : b.text).trim();
  // an unlabelled heading: bold or a heading style, or a short line without a full stop
  const marked = b.bold || b.kind === "heading";
  if (!label && !marked && (text.length > 40 || /[.;]$/.test(text))) return null;
  if (!headingLike(text)) return null;
  const kind = sectionKind(text);
  if (!kind) return null;
  if (!label && !marked && kind === "other") return null;
  return { label, kind, text: text.replace(/[:.]\s*$/, "").trim() };
}

