// What one line or item is, to the item builder: a group line, a list's lead, a topic heading, a
// lead naming targets with running-text clauses after it, a bare heading over a table.
import type { Block } from "../../src/ground/model.js";
import { foldForMatch, foldKey } from "../../src/ground/text.js";
import { frameHeading, headingLike, sectionKind } from "../sections.js";
import { countsTargets, gluedLabelEnd, groupLabel, inlineList, runningItems, statesLevel, type Clause } from "../running-text.js";
import { alt, regex, words } from "../vocab/pattern.js";
import { LIST_ENDS, QUOTA_FIELDS } from "../vocab/running-text.js";
import { TASK_LEAD_WORDS } from "../vocab/list-evidence.js";
import { listVerdict, reviewLead } from "./evidence.js";
import { NAMED_LABELS } from "../../src/ground/label-words.js";
import type { RawItem } from "./types.js";

/**
 * An unlabelled group line above numbered items ("Về kinh tế:" then "(1) …" "(2) …", "Kinh tế:"): an
 * item of the section with no code, the parent of the items after it (gold README, "Group lines").
 */
export function groupLine(text: string): boolean {
  // a group line is a dozen words: a long item's text (re-read on every line after it) is none
  if (text.length > 300) return false;
  const t = text.trim();
  const colon = /:$/.test(t);
  return groupLabel(colon ? t.slice(0, -1) : t, colon);
}

// the field's name, perhaps with what it counts ("Số lượng tiết mục:", "Chỉ tiêu phấn đấu năm 2026:")
const QUOTA = regex(`^${alt(QUOTA_FIELDS, "full")}(?:\\s{1,3}[\\p{L}\\p{N}]{1,12}){0,6}\\s{0,3}:`, "u");

/**
 * A field line that sets the level of the work above it ("Số lượng: Vận động 500 người …", "Chỉ tiêu: 100%
 * chi hội …", "Kết quả cần đạt: …"): its words after the colon state a level.
 */
export function quotaLine(text: string): boolean {
  const m = QUOTA.exec(foldKey(text));
  return m !== null && statesLevel(text.slice(m[0].length));
}

/** A field line: a few words naming what it gives, then a colon and the words ("Địa điểm: Nhà văn hóa xã", "Thời gian: …"). */
export function fieldLine(text: string): boolean {
  const colon = text.indexOf(":");
  if (colon < 2 || colon > 60 || !text.slice(colon + 1).trim()) return false;
  const name = text.slice(0, colon).trim();
  return name.split(/\s+/).length <= 10 && !/[\d.;!?]/u.test(name);
}

/** A short line ending with ":" that counts the items of the list it leads ("8 chỉ tiêu xã hội gồm:", "5 nhiệm vụ trọng tâm:"). */
export function listLead(text: string): boolean {
  const t = text.trim();
  if (!/:$/.test(t) || t.split(/\s+/).length > 12) return false;
  const kind = /^\d{1,3}\s/.test(t) ? sectionKind(t, false) : null;
  return countsTargets(t) || kind === "target" || kind === "task";
}

// the words of a label that names a task: "Nhiệm vụ 2:", "Chương trình 3:", "Giải pháp 1.", a campaign's round "Đợt 1:"
export const NAMED_TASKS = new Set(NAMED_LABELS.filter((l) => l.task).map((l) => l.word.toLowerCase()));

/**
 * A top-level labelled line that names a topic of work: short, not a kind heading
 * (those are headings), not a sentence ("1. Công tác giáo dục chính trị, tư tưởng").
 */
export function topicHeading(rest: string): boolean {
  const t = rest.trim();
  if (!t || !headingLike(t) || /[.;]$/.test(t)) return false;
  if (sectionKind(t) !== null) return false;
  // a heading of a plan's frame rather than of its work: "Bối cảnh", "Căn cứ xây dựng kế hoạch"
  return !frameHeading(t);
}

// a lead naming targets, then its colon: "… đề ra 12 chỉ tiêu chủ yếu, như:", "… các chỉ tiêu cụ thể sau:"
const TARGET_LEAD_RE = /(?<![\p{L}\p{N}])chi tieu(?![\p{L}\p{N}])[^.:;!?]{0,80}:\s/u;
// without a colon, a word in its place ("Các nhóm chỉ tiêu … là phấn đấu …; …", a news item's sentence)
const WORD_LEAD_RE = regex(`(?<![\\p{L}\\p{N}])chi tieu(?![\\p{L}\\p{N}])[^.:;!?()]{0,80}?\\s${alt(LIST_ENDS, "full")}\\s`, "gu");

/** The end of a lead naming targets: its colon, else a word announcing the list outside parentheses. */
function leadEnd(folded: string): number | null {
  const colon = TARGET_LEAD_RE.exec(folded);
  if (colon) return colon.index + colon[0].length;
  for (const m of folded.matchAll(WORD_LEAD_RE)) {
    // a lead inside parentheses is an aside ("… (trong đó chỉ tiêu bao phủ … là 95,5%); Quyết định …")
    const before = folded.slice(0, m.index);
    if ((before.match(/\(/g)?.length ?? 0) <= (before.match(/\)/g)?.length ?? 0)) return m.index! + m[0].length;
  }
  return null;
}
// a clause states a level: a number with "%" or a unit after it
const CLAUSE_LEVEL_RE = /\d\s?%|\d[\d.,]*\s{1,2}\p{L}/u;

/**
 * The clauses of running-text targets in a paragraph, as [from, to) offsets: after a lead naming
 * targets that ends with ":" (or a word in its place: "là", "gồm"), two clauses at least ended by ";" (the last by "." or the end), most of
 * them stating a level. Null when the paragraph is no such list.
 */
export function runningClauses(text: string): Array<[number, number]> | null {
  const folded = foldForMatch(text);
  const end = folded.length === text.length ? leadEnd(folded) : null;
  if (end === null) return null;
  let at = end;
  const out: Array<[number, number]> = [];
  while (at < text.length) {
    const semi = text.indexOf(";", at);
    let end = semi >= 0 ? semi : text.length;
    // the last clause ends with its sentence
    if (semi < 0) {
      const stop = text.slice(at).search(/\.(?:\s|$)/u);
      if (stop >= 0) end = at + stop;
    }
    const clause = text.slice(at, end);
    if (clause.trim()) out.push([at + (clause.length - clause.trimStart().length), end]);
    if (semi < 0) break;
    at = semi + 1;
  }
  if (out.length < 2) return null;
  const levels = out.filter(([f, t]) => CLAUSE_LEVEL_RE.test(text.slice(f, t))).length;
  return levels * 2 > out.length ? bySentence(text, out) : null;
}

// a sentence's end inside a clause: "." or "…" after a small letter, a digit, "%" or ")", then a capital
const SENTENCE_END = /(?<=[\p{Ll}\p{N}%)])[.…]\s{1,3}(?=\p{Lu})/gu;

/**
 * Each sentence of a clause is a clause of its own ("… cho 90% cặp vợ chồng. Thực hiện 15 ca …; 55 ca …"): a
 * paragraph of targets after a colon lead gives one target per sentence and per ";". Sentences after the
 * list that state no level ("… . Theo chương trình, sáng 20/12 Đại hội bầu …; bế mạc …") end it: the
 * clauses from the last sentence's start on are left out when none of them states a level.
 */
function bySentence(text: string, clauses: Array<[number, number]>): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  let last = -1; // the last clause that starts a sentence inside the list
  for (const [f, t] of clauses) {
    let at = f;
    for (const m of text.slice(f, t).matchAll(SENTENCE_END)) {
      out.push([at, f + m.index! + 1]);
      at = f + m.index! + m[0].length;
      last = out.length;
    }
    out.push([at, t]);
  }
  return last > 0 && out.slice(last).every(([f, t]) => !statesLevel(text.slice(f, t))) ? out.slice(0, last) : out;
}

/** An item that is a bare heading over what follows: short, with no final ".", ":" or ";". */
export function containerItem(it: RawItem): boolean {
  if (it.row) return false;
  const first = it.segments[0];
  const own = first.block.text.slice(first.from).trim();
  return headingLike(own) && !/[.:;]$/.test(own);
}

export function appendTo(item: RawItem, b: Block): void {
  // (the item's text is kept trimmed; trimming the joined text again would copy it on every line, a
  // cost that grows with the square of a long item's lines)
  if (!item.text) item.text = b.text.trim();
  else if (b.text.trim()) item.text = `${item.text} ${b.text.trimEnd()}`;
  item.segments.push({ block: b, from: 0 });
  for (const r of b.refs ?? []) item.refs.push(r);
}

// a lead naming work, to its colon or to a word announcing the list ("… đề ra 8 nội dung, trọng tâm:",
// "… xác định nhiệm vụ trọng tâm là …", "… tập trung thực hiện các nhiệm vụ sau:")
const TASK_LEAD_RE = regex(`${words(TASK_LEAD_WORDS, "full")}[^.:;!?()]{0,60}?(?::|\\s(?:la|gom|bao gom|nhu sau)(?=\\s))`, "u");

/**
 * Tasks in running text: a paragraph whose lead names work and ends with ":" or "là", then the work as
 * clauses ending in ";" or sentences, two at least, most of them opening with a verb of work
 * ("… trọng tâm: tiếp tục đổi mới …; tuyên truyền, vận động …; chuẩn bị tốt …"). Null when the
 * paragraph is no such list.
 */
export function inlineTasks(text: string): Clause[] | null {
  const folded = foldForMatch(text);
  if (folded.length !== text.length) return null;
  const m = TASK_LEAD_RE.exec(folded);
  if (!m) return null;
  // the paragraph up to the lead's colon or "là": a report of work done is no list of work to do
  if (reviewLead(folded.slice(0, m.index + m[0].length))) return null;
  const items = runningItems(text, m.index + m[0].length, "task").filter((c) => c.kind === "task");
  return listVerdict(items.map((c) => text.slice(c.start, c.end)), "work") === "task" ? items : null;
}

/** A bullet of one or two words with no figure and no colon: a menu entry, not a target ("• Tin tức"). */
export const menuLine = (text: string): boolean => {
  const t = text.trim();
  return t.split(/\s+/).length <= 2 && !/[\d:%]/u.test(t);
};

/**
 * Plain sentences under a target heading: one target per sentence and per ";" clause. A paragraph ending
 * with ":" leads into a list (the caller leaves it), and a sentence that counts the targets ("Trong đó, có 11
 * chỉ tiêu kinh tế, 8 chỉ tiêu xã hội …") is about them, not one of them. Under a group line (`grouped`) they
 * are its children when most state a level. A single sentence is a target when it states a level (a copy
 * that gives each target a line of its own), a group label glued to it by a lost line break left out
 * ("Dữ liệu sốPhấn đấu 100% …" from "Dữ liệu số" / "Phấn đấu 100% …"). Null when the paragraph is none of these.
 */
export function sentenceTargets(text: string, grouped: boolean): Clause[] | null {
  const inline = inlineList(text);
  const running = (inline ?? runningItems(text, gluedLabelEnd(text), "target")).filter((c) => !countsTargets(text.slice(c.start, c.end)));
  const levels = running.filter((c) => statesLevel(text.slice(c.start, c.end))).length;
  if (running.length >= 2 && (!grouped || levels * 2 > running.length)) return running;
  // (a line of cells or a page's counters, "… | 3612 lượt xem", is no sentence)
  return running.length === 1 && levels === 1 && !grouped && !text.includes("|") ? running : null;
}

/**
 * The parts of a paragraph between the spans its items took, each a block of its own at its place (the
 * lead before a list, the sentences after it): no item owns them, their times still count as loose ones.
 */
export function gapsOf(b: Block, spans: ReadonlyArray<{ start: number; end: number }>): Block[] {
  const out: Block[] = [];
  let at = 0;
  for (const c of [...spans, { start: b.text.length, end: b.text.length }]) {
    if (/\p{L}/u.test(b.text.slice(at, c.start))) out.push({ ...b, text: b.text.slice(at, c.start), start: b.start + at });
    at = Math.max(at, c.end);
  }
  return out;
}
