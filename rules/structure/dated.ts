// Schedules told by their entries rather than by their title (issue 9, session 7). A work schedule, a
// citizen-reception calendar or a month's programme is a list whose entries open with an hour or a day
// and go on to name who does what: "08 giờ 00: Chủ tịch UBND xã dự …", "07 giờ 30 ngày 05/3/2027 Chủ
// tịch UBND huyện tiếp công dân;", "Thứ Hai, ngày 12/5: Ban Thường vụ họp …", "- Ngày 15/6: Tổ chức ra
// quân …", "Tháng 3/2027: Ra quân Tháng Thanh niên …". A copy often loses the schedule's title or splits it ("LỊCH" / "LÀM VIỆC"), so a plan with no
// section of targets or tasks is read as a schedule when most of its list lines are such entries; each
// entry is then a task (rules/structure/builder.ts, weekEntry) and its day a deadline on it.
// Thresholds are named below; example rows in rules/structure.examples.ts and dated.examples.ts.
import type { Block } from "../../src/ground/model.js";
import { foldKey } from "../../src/ground/text.js";
import { parseLabel } from "../../src/ground/label.js";
import { DAY_PARTS, WEEKDAYS } from "../vocab/headings.js";
import { alt, regex } from "../vocab/pattern.js";
import { fieldLine } from "./lines.js";

/** What makes a run of lines a schedule. */
export const SCHEDULE_THRESHOLDS = {
  /** dated entries at least: two could be a plan's own dates ("Ngày 15/3: …") */
  minEntries: 3,
  /** share of the list lines (entries and other items, not field or short lines) that are entries */
  share: 0.5,
  /** words at least after the hour or day: the entry names who does what, not a bare time cell */
  activityWords: 2,
  /** words at most of a line that only leads or splits the entries ("1/. Tháng 01/2027:", "* Thứ", "- Mời dự:") */
  shortLine: 4,
  /** lines at most walked back from the first entry to its day or month line */
  leadBack: 3,
} as const;

// an hour ("08 giờ 00’", "7h30", "14 giờ - 16 giờ"), folded
const HOUR = `\\d{1,2}\\s{0,2}(?:h|gio)(?:\\s{0,2}\\d{1,2})?\\s{0,2}['’]?(?:\\s{0,2}(?:-|–|den)\\s{0,2}\\d{1,2}\\s{0,2}(?:h|gio)(?:\\s{0,2}\\d{1,2})?\\s{0,2}['’]?)?`;
// a day ("ngày 05/3/2027", "15/6", "12-5"), folded
const DAY = `(?:ngay\\s{1,3})?\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{2,4})?`;
// a note in brackets after the day: "(nhằm 12/12 ÂL)", "(Thứ Năm)"
const NOTE = `(?:\\s{0,2}\\([^()]{0,30}\\))?`;
const PART = `(?:${alt(DAY_PARTS, "full")}\\s{1,3})?`;
// where the entry's words start: after the hour (with a colon or comma, or its day after it), after a
// day with "ngày" or a colon, after a weekday with a colon or its day
const ENTRY = regex(
  "^(?:" +
    `${PART}${HOUR}(?:\\s{0,2}[:,\\-–]|\\s{1,3}${DAY}${NOTE}\\s{0,2}[:,\\-–]?)` +
    `|${PART}(?:tu\\s{1,3})?ngay\\s{1,3}\\d{1,2}[/.\\-]\\d{1,2}(?:[/.\\-]\\d{2,4})?${NOTE}\\s{0,2}[:,\\-–]?` +
    `|(?:trong\\s{1,3})?thang\\s{1,3}\\d{1,2}(?:/\\d{4})?${NOTE}\\s{0,2}[:\\-–]` +
    `|${PART}\\d{1,2}/\\d{1,2}(?:/\\d{2,4})?${NOTE}\\s{0,2}[:\\-–]` +
    `|${PART}${alt(WEEKDAYS, "full")}(?![\\p{L}\\p{N}])(?:[\\s,(]{1,4}${DAY}\\)?)?${NOTE}\\s{0,2}[:\\-–]` +
    ")",
  "u",
);

/** The words of a line after its label ("- ", "2- ", "1/."). */
const afterLabel = (text: string): string => {
  const label = parseLabel(text);
  return (label ? text.slice(label.length) : text).trim();
};

/** Does the line open with an hour or a day and go on to name an activity ("08 giờ 00: Chủ tịch … dự …")? */
export function datedEntry(text: string): boolean {
  const t = foldKey(afterLabel(text));
  const m = ENTRY.exec(t);
  if (!m) return false;
  const rest = t.slice(m[0].length).split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return rest.length >= SCHEDULE_THRESHOLDS.activityWords;
}

/** A line that only leads or splits entries: a short one ("1/. Tháng 01/2027:", "* Thứ") or a field line ("- Địa điểm: …"). */
const sideLine = (text: string): boolean => {
  const t = afterLabel(text);
  return t.split(/\s+/).length <= SCHEDULE_THRESHOLDS.shortLine || fieldLine(t);
};

/**
 * A plan read as a schedule by its entries: where its first entry (or the day or month line just before
 * it) stands, or null when fewer than `minEntries` lines are dated entries or they are not most of the
 * list lines from the first entry to the last (a labelled line, or an unlabelled sentence that starts a
 * paragraph of its own, counts as a list line; field lines and short lines do not).
 */
export function datedRun(blocks: Block[], bodyEnd: number, dayLine: (text: string) => boolean): number | null {
  const entries: number[] = [];
  for (let i = 0; i < bodyEnd; i++) if (blocks[i].kind !== "tableRow" && datedEntry(blocks[i].text)) entries.push(i);
  if (entries.length < SCHEDULE_THRESHOLDS.minEntries) return null;
  const isEntry = new Set(entries);
  const first = entries[0];
  const last = entries[entries.length - 1];
  let others = 0;
  for (let i = first + 1; i < last; i++) {
    const b = blocks[i];
    const t = b.text.trim();
    if (b.kind === "tableRow" || !t || isEntry.has(i) || dayLine(t) || sideLine(t)) continue;
    const before = blocks[i - 1].text.trim();
    if (parseLabel(t) || (t.split(/\s+/).length >= 8 && /[.;!?]$/u.test(before))) others++;
  }
  if (entries.length < SCHEDULE_THRESHOLDS.share * (entries.length + others)) return null;
  let start = first;
  for (let k = first - 1; k >= Math.max(0, first - SCHEDULE_THRESHOLDS.leadBack); k--) {
    const t = blocks[k].text.trim();
    if (!t) continue;
    if (blocks[k].kind === "tableRow" || !(dayLine(t) || (parseLabel(t) && sideLine(t) && /:$/.test(t)))) break;
    start = k;
  }
  return start;
}
