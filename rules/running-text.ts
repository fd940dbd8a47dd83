// Targets written as running text, not as a list (gold README, "Running-text targets"; round 2's
// news reports and resolutions copied from web pages):
//   - a lead that names targets and ends with ":", then the targets in the same paragraph, one per
//     clause ending in ";" or per sentence ("Các chỉ tiêu chủ yếu đề ra là: Tốc độ tăng trưởng …
//     đạt 7,5% trở lên; tổng vốn đầu tư … đạt 30,8 nghìn tỷ đồng; …", "… 12 chỉ tiêu cụ thể. Trong
//     đó: 100% cán bộ … . Trên 80% chi hội …");
//   - plain sentences under a target heading, with no label or bullet;
//   - a heading glued on the same line as the first target ("Một số chỉ tiêu chủ yếu (nhiệm kỳ
//     2020 - 2025) Tốc độ tăng trưởng kinh tế …").
// The ";"-joined shares of one whole ("Cơ cấu kinh tế: công nghiệp 64%; dịch vụ 28,5%") stay one
// target. A sub-lead of another kind inside the text ("Ba khâu đột phá: …") turns the clauses after
// it into tasks, or ends the list when it names no kind of item.
// The words are data: rules/vocab/running-text.ts. Every scan here is one pass over the text.
import { foldForMatch, foldKey } from "../src/ground/text.js";
import { alt, regex, words } from "./vocab/pattern.js";
import { PLURAL_DETERMINERS } from "./vocab/documents.js";
import { GOAL_NOUNS } from "./vocab/words.js";
import { SITE_CHROME } from "./vocab/letterhead.js";
import { COUNT_WORDS, FIELDS, GENERIC_LEADS, GOAL_LEAD_WORDS, GROUP_LEADS, LIST_ENDS, RESULT_BEFORE, SHARE_LEADS, STRIVE_REVIEW_BEFORE, STRIVE_WORDS, SUB_LEADS, TARGET_LEAD_WORDS } from "./vocab/running-text.js";
import { findQuantities } from "./quantity.js";
import { sectionKind } from "./sections.js";

export interface Clause {
  start: number; // offsets in the paragraph's text, trimmed
  end: number;
  kind: "target" | "task";
}

const TARGET_WORDS = regex(words(TARGET_LEAD_WORDS, "full"), "gu");
// a result before "chỉ tiêu": "đạt 63,97% chỉ tiêu", "hoàn thành vượt chỉ tiêu"
const RESULT = regex(`(?:${words(RESULT_BEFORE, "full")}|%)\\s{0,3}(?:\\d[\\d.,]{0,12}\\s{0,2}%\\s{0,3})?$`, "u");
// a count of targets: "25 nhóm chỉ tiêu", "11 chỉ tiêu kinh tế", "12 chỉ tiêu chủ yếu"
const COUNTED = regex(`(?<![\\p{L}\\p{N}])\\d{1,3}\\s{1,3}(?:nhom\\s{1,3})?${alt(TARGET_LEAD_WORDS, "full")}(?![\\p{L}\\p{N}])`, "u");

/** Does the folded text name targets other than as a result ("đạt 95% chỉ tiêu")? */
function namesTargets(folded: string): boolean {
  for (const m of folded.matchAll(TARGET_WORDS)) if (!RESULT.test(folded.slice(Math.max(0, m.index! - 30), m.index!))) return true;
  return false;
}

/** A sentence about the targets rather than a target: it counts them ("Trong đó, có 11 chỉ tiêu kinh tế …"). */
export const countsTargets = (text: string): boolean => COUNTED.test(foldForMatch(text));
const GOAL_WORDS = regex(words(GOAL_LEAD_WORDS, "full"), "u");
const GENERIC = regex(`^${alt(GENERIC_LEADS, "full")}$`, "u");
// a generic lead with a few words between ("Cụ thể, các hoạt động bao gồm", "Trong đó, các phần việc gồm")
const GENERIC_OPEN = regex(`^${alt(GENERIC_LEADS, "full")}\\s{0,2},[^.;:]{1,80}\\s${alt(LIST_ENDS, "full")}$`, "u");
// the goal a sentence states after naming it: "Mục tiêu của chiến dịch năm 2026 là vận động 3.000 người …"
const GOAL_IS = regex(`^(?:${alt(GOAL_NOUNS, "full")})(?![\\p{L}])[^.;:]{0,80}?\\sla\\s`, "u");
const SHARE = regex(`^${alt(SHARE_LEADS, "full")}(?![\\p{L}\\p{N}])`, "u");
const COUNT = regex(`^(?:${alt(COUNT_WORDS, "full")}|\\d{1,2})\\s(?=\\p{L})`, "u");
// what may open a sentence after a full stop and a space
const SENTENCE_START = /^\s{1,5}[\p{Lu}\p{N}“"‘'(]/u;
// a short capitalised abbreviation before a dot is no sentence end ("TP. Hồ Chí Minh", "TT. Ái Nghĩa")
const ABBREVIATION = /(?:^|[^\p{L}])(?:\p{Lu}{1,3}|T[ptx])$/u;
const UNIT_AFTER_FIGURE = /\d\s{1,2}\p{Lu}{1,3}$/u;
// a glued sentence end: a closing bracket, a percentage or a lower-case word before, a capitalised word after
const GLUED_END = /(?:[)%]|\p{Ll}{2})$/u;
const GLUED_START = /^\p{Lu}\p{Ll}/u;

/** Does a sentence end at text[i] (".", "…", "!", "?" followed by a space and a capital or a digit)? */
function sentenceEndAt(text: string, i: number): boolean {
  const c = text[i];
  if (c !== "." && c !== "…" && c !== "!" && c !== "?") return false;
  // a web copy that lost the space after a full stop: "… đạt trên 90%).Ổn định …", "… vệ sinh.Tỷ lệ …"
  if (c === "." && GLUED_END.test(text.slice(Math.max(0, i - 2), i)) && GLUED_START.test(text.slice(i + 1, i + 3))) return true;
  if (!SENTENCE_START.test(text.slice(i + 1, i + 7))) return false;
  // (a unit in capitals after a figure ends its sentence: "… 3.700 USD. Cơ cấu …")
  if (c === "." && ABBREVIATION.test(text.slice(Math.max(0, i - 4), i)) && !UNIT_AFTER_FIGURE.test(text.slice(Math.max(0, i - 8), i))) return false;
  return true;
}

/** Where the sentence holding text[at] starts. */
function sentenceStart(text: string, at: number): number {
  for (let i = at - 1; i >= 0; i--) if (sentenceEndAt(text, i)) return i + 1;
  return 0;
}

/** Does the text state a level to reach ("đạt 95%", "kết nạp 20 hội viên")? */
export const statesLevel = (text: string): boolean => /\d\s?%/u.test(text) || findQuantities(text).length > 0;

/**
 * The clauses of running text from `from` to `to`: one per sentence and per ";" outside
 * parentheses, except the ";" between the shares of a whole named before a ":" ("Cơ cấu …: …; …").
 */
export function splitClauses(text: string, from: number, to = text.length): Array<{ start: number; end: number; sentenceEnd: boolean }> {
  const out: Array<{ start: number; end: number; sentenceEnd: boolean }> = [];
  let depth = 0;
  let start = from;
  const push = (end: number, sentenceEnd: boolean) => {
    const raw = text.slice(start, end);
    const s = start + (raw.length - raw.trimStart().length);
    const e = start + raw.trimEnd().length;
    if (e > s && /[\p{L}\p{N}]/u.test(text.slice(s, e))) out.push({ start: s, end: e, sentenceEnd });
    start = end;
  };
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    else if (depth === 0 && c === ";") {
      const clause = text.slice(start, i);
      if (SHARE.test(foldKey(clause)) && clause.includes(":")) continue;
      push(i + 1, false);
    } else if (depth === 0 && sentenceEndAt(text, i)) {
      // the shares of a whole written as sentences ("Cơ cấu kinh tế: dịch vụ = 59,3%. Công nghiệp -
      // xây dựng = 40,3%. Nông nghiệp = 0,4%."): a short share after the whole's sentence goes on with it
      const clause = text.slice(start, i);
      if (SHARE.test(foldKey(clause.trimStart())) && clause.includes(":") && shareNext(text, i + 1)) continue;
      push(i + 1, true);
    }
  }
  push(to, true);
  return out;
}

/** Is the sentence from `at` a short share ("Công nghiệp - xây dựng = 40,3%.", "nông nghiệp 5%"): eight words at most, with a percentage? */
function shareNext(text: string, at: number): boolean {
  const rest = text.slice(at, at + 100);
  const end = rest.search(/[.;](?:\s|$)/u);
  const sentence = end >= 0 ? rest.slice(0, end) : rest;
  return (end >= 0 || at + 100 >= text.length) && /\d\s?%/u.test(sentence) && sentence.trim().split(/\s+/).length <= 8;
}

const SUB_LEAD = SUB_LEADS.map((r) => ({ re: regex(`^(?:${alt(PLURAL_DETERMINERS, "full")}\\s{1,3})?${alt([r.phrase], "full")}$`, "u"), kind: r.kind }));

/** The kind a short sub-lead names ("Ba khâu đột phá", "Các nhiệm vụ trọng tâm"), or null. */
function subLeadKind(lead: string): "target" | "task" | "other" | null {
  const t = foldKey(lead).replace(COUNT, "");
  if (!t || t.split(/\s+/).length > 6) return null;
  const own = SUB_LEAD.find((r) => r.re.test(t));
  if (own) return own.kind;
  const k = sectionKind(t, false);
  return k === "mixed" ? null : k;
}

/**
 * Items of running text from `from` on, first of kind `kind`: a clause with a sub-lead of another
 * kind ("Ba khâu đột phá: …") starts that kind after its colon, up to the end of its sentence; one
 * that names other matter ends the list.
 */
export function runningItems(text: string, from: number, kind: "target" | "task", to = text.length): Clause[] {
  const out: Clause[] = [];
  let current = kind;
  let back = false; // the sentence of a sub-lead has ended: the next clause is of `kind` again
  for (const c of splitClauses(text, from, to)) {
    if (back) { current = kind; back = false; }
    if (c.sentenceEnd) back = true;
    let start = c.start;
    const colon = text.indexOf(":", c.start);
    if (colon >= 0 && colon < c.end) {
      const sub = subLeadKind(text.slice(c.start, colon));
      if (sub === "other") break;
      if (sub) {
        current = sub;
        start = colon + 1;
        while (start < c.end && /\s/.test(text[start])) start++;
        if (start >= c.end) continue;
      }
    }
    out.push({ start, end: c.end, kind: current });
  }
  return out;
}

/**
 * A paragraph holding a lead that names targets, its colon, then the targets: the items after the
 * lead, or null. The lead is the sentence before the colon: it names targets ("chỉ tiêu"), or it
 * is a short generic lead ("Trong đó:") after a sentence that names them; a lead naming goals or
 * work ("mục tiêu, phương hướng, nhiệm vụ trọng tâm … là:") gives targets when most of its clauses
 * state a level. Half the clauses at least must state a level.
 */
export function inlineList(text: string, prev: string | null = null): Clause[] | null {
  const folded = foldForMatch(text);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "(") depth++;
    else if (c === ")") depth = Math.max(0, depth - 1);
    if (c !== ":" || depth > 0) continue;
    const s = sentenceStart(text, i);
    const lead = folded.slice(s, i);
    let names: "target" | "goal" | null = namesTargets(lead) ? "target" : GOAL_WORDS.test(lead) ? "goal" : null;
    let stated: Clause | null = null;
    if (!names && (GENERIC.test(foldKey(text.slice(s, i))) || GENERIC_OPEN.test(foldKey(text.slice(s, i))))) {
      const bs = sentenceStart(text, Math.max(0, s - 1));
      // a generic lead that opens its paragraph ("Cụ thể: …") takes what the paragraph before names (its last 300 characters)
      const before = s === 0 && prev ? foldForMatch(prev.slice(-300)) : folded.slice(bs, s);
      names = namesTargets(before) ? "target" : GOAL_WORDS.test(before) ? "goal" : null;
      // the sentence before states the goal itself after "là": its words are a target too
      const is = s > 0 ? GOAL_IS.exec(foldKey(before.trimStart()).replace(/\s+/g, " ")) : null;
      if (is) {
        const at = bs + (before.length - before.trimStart().length) + foldForMatch(text.slice(bs, s).trimStart()).search(/\sla\s/u) + 4;
        const end = bs + text.slice(bs, s).trimEnd().length;
        if (at < end && statesLevel(text.slice(at, end))) stated = { start: at, end, kind: "target" };
      }
    }
    if (!names) continue;
    const items = runningItems(text, i + 1, "target");
    if (stated) items.unshift(stated);
    const targets = items.filter((x) => x.kind === "target");
    if (!targets.length) return null;
    const levels = targets.filter((x) => statesLevel(text.slice(x.start, x.end))).length;
    const enough = names === "target" ? levels * 2 >= targets.length : levels * 2 > targets.length;
    return enough ? items : null;
  }
  return goalSentence(text, folded);
}

/**
 * A sentence that states the goal after naming it, with no colon: "Mục tiêu của kế hoạch là giảm ít nhất
 * 5% số vụ …; tỷ lệ … đạt hơn 75% …": its clauses after "là", to the sentence's end, when most state a level.
 */
function goalSentence(text: string, folded: string): Clause[] | null {
  for (let s = 0; s < text.length; ) {
    let e = s;
    while (e < text.length && !sentenceEndAt(text, e)) e++;
    const m = GOAL_IS.exec(foldKey(folded.slice(s, e).trimStart()));
    if (m) {
      const at = s + folded.slice(s, e).search(/\sla\s/u) + 4;
      const items = runningItems(text, at, "target", Math.min(text.length, e + 1)).filter((c) => c.kind === "target");
      const levels = items.filter((x) => statesLevel(text.slice(x.start, x.end))).length;
      if (items.length >= 2 && levels * 2 > items.length) return items;
    }
    s = e + 1;
  }
  return null;
}

/**
 * A target heading glued on the same line as the first target, near the line's start ("Một số chỉ
 * tiêu chủ yếu và 3 khâu đột phá (nhiệm kỳ 2020 - 2025) Tốc độ tăng trưởng …"): the heading ends at
 * a ")" followed by a capital (a ":" first makes it a lead with its list: inlineList). Returns the heading's text and where its body starts.
 */
export function gluedHeading(text: string): { at: number; text: string; bodyAt: number } | null {
  const head = text.slice(0, 30);
  for (const m of head.matchAll(/(?<![\p{L}\p{N}])\p{Lu}/gu)) {
    const at = m.index!;
    if (/[.!?:;]/.test(text.slice(0, at))) return null;
    if (sectionKind(text.slice(at, at + 120), false) !== "target") continue;
    // a ":" first is a lead with its list (inlineList), not a heading
    const end = /[):](?=\s{1,5}[\p{Lu}\p{N}“"])/u.exec(text.slice(at, at + 130));
    if (!end || end[0] === ":") return null;
    const close = at + end.index + 1;
    let bodyAt = close;
    while (bodyAt < text.length && /\s/.test(text[bodyAt])) bodyAt++;
    return { at, text: text.slice(at, close).trim(), bodyAt };
  }
  return null;
}

// a group label: "Về kinh tế", "Lĩnh vực văn hóa - xã hội"; a field alone ("Kinh tế", "Văn hóa – xã hội") before a colon
const GROUP_LEAD = regex(`^${alt(GROUP_LEADS, "full")}\\s{1,3}\\S`, "u");
const FIELD = regex(`^${alt(FIELDS, "full")}(?![\\p{L}\\p{N}])`, "u");

/**
 * Is the text a group label: a few words naming a field ("Về quy hoạch, đô thị, nông thôn và môi
 * trường", a dozen words at most)? `colon`: a colon follows it (a field alone needs one, and six words at most).
 */
export function groupLabel(text: string, colon: boolean): boolean {
  const t = text.trim();
  if (!t || /[.;!?]/.test(t)) return false;
  const n = t.split(/\s+/).length;
  const key = foldKey(t);
  return (GROUP_LEAD.test(key) && n <= 12) || (colon && FIELD.test(key) && n <= 6);
}

/**
 * A paragraph that opens with an inline group label and its colon, then running-text targets ("Về kinh
 * tế: Tốc độ tăng trưởng … đạt 6,5 - 7%/năm. Đến năm 2025, GDP …; tỉ lệ đô thị hóa khoảng 45%; …"):
 * where the colon is and the targets after it, two at least and most of them stating a level. The
 * label is a target with no level and the parent of the clauses (gold README, "Group lines").
 */
export function groupedList(text: string, from = 0): { colon: number; items: Clause[] } | null {
  const colon = text.indexOf(":", from);
  if (colon < 0 || colon - from > 100 || !groupLabel(text.slice(from, colon), true)) return null;
  const items = runningItems(text, colon + 1, "target").filter((c) => c.kind === "target");
  if (items.length < 2) return null;
  const levels = items.filter((x) => statesLevel(text.slice(x.start, x.end))).length;
  return levels * 2 > items.length ? { colon, items } : null;
}

// a short label glued to the sentence after it by a lost line break: small letter, then a capital and a small letter
const GLUED_LABEL = /^[\p{L}\s,–-]{3,40}?\p{Ll}(?=\p{Lu}\p{Ll})/u;

/**
 * Where a sentence starts after a group label a copy glued to it ("Dữ liệu sốPhấn đấu 100% …", "Về y tếTỷ lệ
 * …"): after two to six words with no figure or stop, at the capital that opens the sentence; else 0.
 */
export function gluedLabelEnd(text: string): number {
  const m = GLUED_LABEL.exec(text);
  if (!m) return 0;
  const words = m[0].trim().split(/\s+/).length;
  return words >= 2 && words <= 6 ? m[0].length : 0;
}

const STRIVE = regex(words(STRIVE_WORDS, "full"), "u");
const CHROME_FIELD = regex(`${words(SITE_CHROME, "full")}\\s{0,2}:`, "u");
// letters only Vietnamese writes (ă â đ ê ô ơ ư and the vowels with tone marks)
const VIETNAMESE_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u1EA0-\u1EF9]/u;
/** Share of a sentence's words, at least, written with Vietnamese letters: a sentence in another language quoting a plan is none. */
const MIN_VIETNAMESE_SHARE = 0.25;
const vietnameseShare = (sentence: string): number => {
  const ws = sentence.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return ws.length ? ws.filter((w) => VIETNAMESE_LETTER.test(w)).length / ws.length : 0;
};
const STRIVE_REVIEW = regex(`${words(STRIVE_REVIEW_BEFORE, "full")}[^.;:]{0,40}$`, "u");
// a sentence's end: ".", "!", "?" or "…" after a small letter, a digit, "%" or ")", then a word (an image's
// undiacritised caption a copy glued after the paragraph starts small: "… của hội. hoi lhpn …")
const SENTENCE_BREAK = /(?<=[\p{Ll}\p{N}%)])[.!?…]\s{1,3}(?=\p{L})/gu;

/**
 * Sentences of a paragraph outside every section that strive for levels with no colon lead ("Năm 2027,
 * huyện phấn đấu tổng thu ngân sách đạt 500 tỷ đồng; tỷ lệ hộ nghèo giảm còn 2%."): one target per such
 * sentence that states a level, the sentence whole (its ";" clauses are alternatives of it). A sentence
 * that reports the strive as done ("… đã phấn đấu đạt …") is review, no target.
 */
export function strivingSentences(text: string): Clause[] {
  const out: Clause[] = [];
  let start = 0;
  const ends = [...text.matchAll(SENTENCE_BREAK)].map((m) => [m.index! + 1, m.index! + m[0].length]);
  ends.push([text.length, text.length]);
  for (const [stop, next] of ends) {
    // a headline runs into the page's own words ("… phấn đấu giảm 5% … Ngày đăng: 22/11/2027"): the sentence ends there
    const chrome = CHROME_FIELD.exec(foldForMatch(text.slice(start, stop)));
    const end = chrome ? start + text.slice(start, start + chrome.index).trimEnd().length : stop;
    const sentence = text.slice(start, end);
    const folded = foldForMatch(sentence);
    const hit = STRIVE.exec(folded);
    // (a sentence that only counts the targets, "… phấn đấu hoàn thành 28 chỉ tiêu", is about them)
    // (an image's caption left undiacritised, "hoi lhpn phan dau …", restates the text: no target of its own)
    if (hit && vietnameseShare(sentence) >= MIN_VIETNAMESE_SHARE && !STRIVE_REVIEW.test(folded.slice(0, hit.index)) && statesLevel(sentence.slice(hit.index)) && !countsTargets(sentence)) {
      const lead = sentence.length - sentence.trimStart().length;
      out.push({ start: start + lead, end, kind: "target" });
    }
    start = next;
  }
  return out;
}
