// The kind of section a heading opens, from the table of headings (rules/vocab/headings.ts).
// Matched on the heading text without its label, folded (no diacritics, lower case, one space),
// anchored at the start: "2. Một số chỉ tiêu cơ bản:" -> target.
import { foldKey } from "../src/ground/text.js";
import { alt, regex, words } from "./vocab/pattern.js";
import { DETERMINERS, HEADINGS, MENTIONS, REVIEW_WORDS, type HeadingKind, type HeadingRow } from "./vocab/headings.js";

export type SectionKind = Exclude<HeadingKind, "frame">;
/** The kind of a section once open: a "mixed" heading has become a target or a task section. */
export type OpenKind = Exclude<SectionKind, "mixed">;

/**
 * The pattern of some rows of the headings table: after an optional determiner, a whole row's
 * phrase then the end, or a row's phrase then a word boundary (a phrase ending in punctuation,
 * "hoạt động,", needs none).
 */
export function headingPattern(rows: readonly HeadingRow[]): RegExp {
  // "Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2025" (a resolution's article): "về" before the kind
  const det = `(?:ve\\s{1,3})?(?:${alt(DETERMINERS, "full")}\\s{1,3})?`;
  const whole = rows.filter((r) => r.whole).map((r) => r.phrase);
  const starts = rows.filter((r) => !r.whole);
  const bounded = starts.filter((r) => /[\p{L}\p{N}]$/u.test(r.phrase)).map((r) => r.phrase);
  const open = starts.filter((r) => !/[\p{L}\p{N}]$/u.test(r.phrase)).map((r) => r.phrase);
  const parts = [
    whole.length ? `${alt(whole, "full")}$` : null,
    bounded.length ? `${alt(bounded, "full")}(?![\\p{L}\\p{N}])` : null,
    open.length ? alt(open, "full") : null,
  ].filter(Boolean);
  return regex(`^${det}(?:${parts.join("|")})`, "u");
}

const ORDER: readonly SectionKind[] = ["target", "mixed", "task", "other"];
const PATTERNS = new Map<HeadingKind, RegExp>([...ORDER, "frame" as const].map((k) => [k, headingPattern(HEADINGS.filter((r) => r.kind === k))]));
// the same without the rows that need a label
const UNLABELLED = new Map<HeadingKind, RegExp>(ORDER.map((k) => [k, headingPattern(HEADINGS.filter((r) => r.kind === k && !r.labelled))]));

// the task headings that open a section only over numbered parts ("Thời gian, địa điểm")
const PARTS_ONLY = headingPattern(HEADINGS.filter((r) => r.parts));

/** Does the heading open tasks only when numbered parts follow it ("II. THỜI GIAN, ĐỊA ĐIỂM")? */
export const partsOnly = (headingText: string): boolean => PARTS_ONLY.test(headingKey(headingText));

/**
 * The heading text as matched: folded, without a final ":", "." or ";", and without a count
 * before the kind ("15 chỉ tiêu trọng tâm năm 2023", "6 CHỈ TIÊU CƠ BẢN:").
 */
export const headingKey = (headingText: string): string =>
  foldKey(headingText).replace(/[:.;]+$/, "").trim().replace(/^\d{1,3}\s(?=\p{L})/u, "");

/** Does the heading count its items before naming their kind ("6 CHỈ TIÊU CƠ BẢN", "3 chương trình công tác")? */
export const counted = (headingText: string): boolean => /^\d{1,3}\s{1,3}\p{L}/u.test(foldKey(headingText).trim());

/** The kind of section a heading opens, or null when the text is not a heading; `labelled`: the heading has a label. */
export function sectionKind(headingText: string, labelled = true): SectionKind | null {
  const t = headingKey(headingText);
  if (!t || t.length > 120) return null;
  // a count before the kind is a label of its own: "- 3 CHƯƠNG TRÌNH CÔNG TÁC" heads a list, it is no title
  const patterns = labelled || counted(headingText) ? PATTERNS : UNLABELLED;
  return ORDER.find((k) => patterns.get(k)!.test(t)) ?? null;
}

const MENTION_RES = MENTIONS.map((m) => ({ re: regex(words([m.phrase], "full"), "u"), kind: m.kind }));
const REVIEW_RE = regex(words(REVIEW_WORDS, "full"), "u");
// a group line names a field, not a kind: "Về kinh tế", "Về văn hóa - xã hội"
const GROUP_RE = /^ve\s/u;

/**
 * The kind a heading names further into its text (MENTIONS in rules/vocab/headings.ts), when no row
 * matches at its start: "MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU …" opens targets. Words at the
 * very start are left to the rows; a heading that reviews ("KẾT QUẢ …", "ĐÁNH GIÁ …") or states a
 * level ("… đạt 100% chỉ tiêu") names no section. Several kinds named: "mixed".
 */
export function mentionedKind(headingText: string): SectionKind | null {
  // a count in parentheses is about the items, not the heading's kind: "I. Về kinh tế (11 chỉ tiêu)"
  const t = headingKey(headingText).replace(/\([^()]{0,60}\)/g, " ");
  if (!t || t.length > 120 || /\d\s?%/.test(t) || REVIEW_RE.test(t) || GROUP_RE.test(t)) return null;
  const kinds = new Set<SectionKind>();
  for (const m of MENTION_RES) {
    const hit = m.re.exec(t);
    // "… đạt 11 chỉ tiêu": a count of items, not the heading's kind
    if (hit && hit.index > 0 && !/(?<!\d)\d{1,3}\s{1,3}(?:nhom\s)?$/u.test(t.slice(0, hit.index))) kinds.add(m.kind);
  }
  if (kinds.has("target")) return kinds.has("task") ? "mixed" : "target";
  if (kinds.has("task")) return kinds.has("mixed") ? "mixed" : "task";
  return kinds.has("mixed") ? "mixed" : null;
}

// "… đến năm 2025", "… năm học 2025 - 2026", "… nhiệm kỳ 2020-2025" at a heading's end (folded)
const TRAILING_PERIOD = /\s(?:(?:den|trong|vao)\s)?(?:nam hoc|nam|giai doan|nhiem ky|thoi ky)\s[\d\s\-–]{4,15}$/u;
const DETERMINER_RE = regex(`^${alt(DETERMINERS, "full")}\\s{1,3}`, "u");

/** A heading that is little more than a kind's name: five words at most, a determiner or a count aside ("Một số chỉ tiêu chủ yếu"). */
export function bareHeading(text: string): boolean {
  // the period a heading is for is no word of its kind: "Các chỉ tiêu chủ yếu đến năm 2025", "(giai đoạn 2021 - 2025)"
  const t = headingKey(text).replace(/\([^()]{0,60}\)/g, " ").replace(TRAILING_PERIOD, "").trim();
  return t.replace(DETERMINER_RE, "").split(/\s+/).length <= 5;
}

/** A labelled line of the plan's frame ("Bối cảnh", "Căn cứ xây dựng kế hoạch"), not a topic of work. */
export function frameHeading(text: string): boolean {
  return PATTERNS.get("frame")!.test(foldKey(text));
}

/** A heading is short: a few words, no sentence after a colon. */
export function headingLike(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (words > 16 || t.length > 130) return false;
  const colon = t.indexOf(":");
  if (colon >= 0 && t.slice(colon + 1).trim().split(/\s+/).filter(Boolean).length > 3) return false;
  return true;
}
