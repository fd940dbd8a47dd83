// What a list is, from its items: the one scoring helper of issue 9's session 6. A list (bullets,
// numbers, letters, plain lines after a lead, ";" clauses) whose items mostly state a level to reach
// is a list of targets; one whose items mostly open with a verb of work is a list of tasks. What
// the heading or lead says is a prior that only adds to the evidence: a lead naming goals lowers
// the share of levels needed, a lead naming work or a review keeps the list from being targets.
// The words: rules/vocab/list-evidence.ts; the thresholds are named below, with example rows in
// rules/structure/evidence.examples.ts.
import { foldForMatch } from "../../src/ground/text.js";
import { parseLabel } from "../../src/ground/label.js";
import { statesLevel } from "../running-text.js";
import { alt, regex, words } from "../vocab/pattern.js";
import { PAST_MARKERS } from "../vocab/words.js";
import { ACTION_VERBS, CONTENT_POINTS, DECISION_VERBS, LEVEL_PHRASES, TARGET_GROUP_OPENERS, TASK_LEAD_WORDS } from "../vocab/list-evidence.js";
import { GOAL_LEAD_WORDS } from "../vocab/running-text.js";
import { DOCUMENT_KINDS } from "../vocab/documents.js";

/** The shares of a list's items that decide its kind. */
export const THRESHOLDS = {
  /** items at least, for a list to be weighed at all */
  minItems: 2,
  /** share of items stating a level, under a lead or heading that names goals ("mục tiêu", "phấn đấu") */
  targetsWithGoal: 0.5,
  /** the same, under a heading or lead that names nothing the vocabulary knows */
  targetsAlone: 0.6,
  /** share of plain lines stating a level, for lines that lost their bullets (prose may follow such a list) */
  plainTargets: 0.7,
  /** share of items opening with a verb of work, for a list of tasks */
  tasks: 0.5,
  /** items of each kind at least, for a list under a heading naming goals and work to be read line by line */
  splitEach: 2,
} as const;

// a verb of work at the item's start, after its label and any opening quote or bracket
const ACTION_START = regex(`^[\\s"“‘'(*•+–—-]{0,4}${words(ACTION_VERBS, "full")}`, "u");
const LEVEL_WORDS = regex(words(LEVEL_PHRASES, "full"), "u");
const GOAL_WORDS = regex(words(GOAL_LEAD_WORDS, "full"), "u");
const TASK_WORDS = regex(words(TASK_LEAD_WORDS, "full"), "u");
const TARGET_GROUP = regex(`^${words(TARGET_GROUP_OPENERS, "full")}`, "u");
// "Nội dung thi đấu: Bóng đá …": the content words, up to three more words, the colon, then what it is
const CONTENT_POINT = regex(`^${words(CONTENT_POINTS, "full")}(?:\\s{1,3}\\p{L}{1,12}){0,3}\\s{0,2}:\\s{0,3}\\S`, "u");

// "Quyết định số 924/QĐ-TTg …", "Thông tư 05/2027/TT-BYT …", "Căn cứ Kế hoạch số 12/KH-UBND …" (folded)
const CITATION = regex(`^(?:(?:can cu|thuc hien|theo)\\s{1,3})?${alt(DOCUMENT_KINDS, "full")}\\s{1,3}(?:so\\s{0,3})?\\d`, "u");

/** Does the item cite a document by its number ("1. Quyết định số 924/QĐ-TTg ngày …"): a basis, no work? */
export const citationLine = (text: string): boolean => CITATION.test(foldForMatch(body(text)));

/** Does a numbered point state an event's content ("1. Nội dung thi đấu: Bóng đá nam …")? */
export const contentPoint = (text: string): boolean => {
  const label = parseLabel(text);
  return label !== null && label.style !== "bullet" && CONTENT_POINT.test(foldForMatch(body(text)));
};

/** The item's words without its label ("- ", "1.", "a)"). */
const body = (text: string): string => {
  const label = parseLabel(text);
  return (label ? text.slice(label.length) : text).trim();
};

/** Does the item open with a verb of work ("Tăng cường …", "tiếp tục phối hợp …")? */
export const actionLine = (text: string): boolean => ACTION_START.test(foldForMatch(body(text)));

/**
 * Does the item state a level to reach ("100% đoàn viên …", "Có ít nhất 01 …", "giữ vững danh hiệu …")?
 * An item that opens with a verb of work does not, whatever figure it holds: the level is part of the
 * work ("Tổ chức 02 buổi tập huấn …" is a task).
 */
export function levelLine(text: string): boolean {
  const t = body(text);
  if (!t || actionLine(t)) return false;
  return statesLevel(t) || LEVEL_WORDS.test(foldForMatch(t));
}

/** Does a labelled line open by naming the levels below it ("2. Chỉ tiêu đóng góp …", "b) Kết quả cần đạt:")? */
export const namesTargets = (text: string): boolean => TARGET_GROUP.test(foldForMatch(body(text)));

/** What a lead or heading says of the list after it: goals, work, or nothing known. */
export type Prior = "goal" | "work" | "none";

// a lead that reports what was done ("Năm 2025 Hội đã làm tốt các phần việc: …"): no list of work to do
// ("đã đề ra các nhiệm vụ …", "đã thống nhất …": a decision taken, the work still to do)
const REVIEW_LEAD = regex(`${words(PAST_MARKERS, "full")}(?!\\s{1,3}${alt(DECISION_VERBS, "full")}(?![\\p{L}\\p{N}]))`, "u");

/** Does a lead report what was done rather than announce work? */
export const reviewLead = (lead: string): boolean => REVIEW_LEAD.test(foldForMatch(lead));

/** The prior of a lead or heading's words ("Mục tiêu", "… phấn đấu:" → goal; "… tập trung các nhiệm vụ sau:" → work). */
export function priorOf(lead: string): Prior {
  const t = foldForMatch(lead);
  if (TASK_WORDS.test(t)) return "work";
  if (GOAL_WORDS.test(t)) return "goal";
  return "none";
}

/** How many items state a level and how many open with a verb of work, each item read once. */
function countKinds(items: readonly string[]): { levels: number; actions: number } {
  let levels = 0;
  let actions = 0;
  for (const item of items) {
    if (actionLine(item)) actions++;
    else if (levelLine(item)) levels++;
  }
  return { levels, actions };
}

/** The kind of a list from its items' words and the prior of its lead, or null when the evidence is too thin. */
export function listVerdict(items: readonly string[], prior: Prior, plain = false): "target" | "task" | null {
  const n = items.length;
  if (n < THRESHOLDS.minItems) return null;
  const { levels, actions } = countKinds(items);
  if (prior !== "work") {
    const need = plain ? THRESHOLDS.plainTargets : prior === "goal" ? THRESHOLDS.targetsWithGoal : THRESHOLDS.targetsAlone;
    if (levels >= need * n && levels >= actions) return "target";
  }
  if (actions >= THRESHOLDS.tasks * n) return "task";
  return null;
}

/**
 * Is the list split between lines of work and lines stating levels, each kind on two lines at least and
 * together most of the list? Under a heading that names goals and work ("MỤC TIÊU, NHIỆM VỤ …") each of
 * its lines is then read by its own words (rules/structure/builder.ts).
 */
export function splitList(items: readonly string[]): boolean {
  const { levels, actions } = countKinds(items);
  return levels >= THRESHOLDS.splitEach && actions >= THRESHOLDS.splitEach && (levels + actions) * 2 > items.length;
}
