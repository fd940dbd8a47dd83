// Where a plan's body ends (its closing block), a schedule table flattened cell by cell, and a last
// bullet cut off mid-word: what the item builder needs to know about the document as a whole.
import type { Block } from "../../src/ground/model.js";
import { foldForMatch, foldKey } from "../../src/ground/text.js";
import { parseLabel } from "../../src/ground/label.js";
import type { Head } from "../section-heads.js";
import type { ColumnRole } from "../vocab/table-columns.js";
import { DAY_PARTS, SCHEDULE_TITLES, WEEKDAYS } from "../vocab/headings.js";
import { alt, regex } from "../vocab/pattern.js";
import { columnRole } from "./columns.js";
import { datedEntry, datedRun } from "./dated.js";
import type { RawItem } from "./types.js";

// The closing block: "Nơi nhận:", "TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "T/M …"
const CLOSING = /^(?:noi nhan|tm\.|t\/m|kt\.|k\/t)/;

export function isClosingLine(text: string): boolean {
  return CLOSING.test(foldKey(text));
}

/**
 * A copy cut off mid-word leaves a last bullet of one word ("- Phấn"): it says nothing and names
 * nothing (a numbered one keeps its code: "6. Huy đ"), so it is no item.
 */
export function withoutCutEnd(items: RawItem[], blocks: Block[]): RawItem[] {
  const last = items[items.length - 1];
  const end = blocks[blocks.length - 1];
  if (!last || last.code !== null || last.row || last.segments.length !== 1 || last.segments[0].block !== end) return items;
  const words = last.text.trim().split(/\s+/);
  if (words.length > 1 || /[\p{N}.;:!?…]/u.test(last.text) || !parseLabel(end.text)) return items;
  if (items.some((it) => it.parent === last.id)) return items;
  return items.slice(0, -1);
}

/**
 * A schedule table flattened cell by cell, as a web page's copy gives it: its header cells one a line
 * ("THÁNG" / "TUẦN" / "NỘI DUNG CÔNG VIỆC" / "BỘ PHẬN THỰC HIỆN"), three at least with a content
 * column among them, in a plan with no section of targets or tasks. Returns where its body starts.
 */
export function flatSchedule(blocks: Block[], bodyEnd: number, heads: Map<number, Head>): number | null {
  if ([...heads.values()].some((h) => h.kind !== "other")) return null;
  for (let i = 0; i < Math.min(bodyEnd, 40); i++) {
    const roles = new Set<ColumnRole>();
    let k = i;
    for (; k < bodyEnd; k++) {
      const b = blocks[k];
      if (b.kind === "tableRow" || parseLabel(b.text)) break;
      const t = b.text.trim();
      if (!t) continue;
      if (t.split(/\s+/).length > 4) break;
      const role = columnRole(foldKey(t));
      if (!role || roles.has(role)) break;
      roles.add(role);
    }
    if (roles.size >= 3 && roles.has("content")) return k;
  }
  return null;
}

const SCHEDULE_TITLE = regex(`^${alt(SCHEDULE_TITLES, "full")}(?![\\p{L}\\p{N}])`, "u");
// a day line of a schedule, folded: "thu hai (09/02/2026):", "thu ba, ngay 15/3", "chu nhat"; a bullet may stand before it,
// a note in brackets after it ("thu bay 11/01/2027 (nham 12/12 al)")
const DAY_LINE = regex(`^(?:[-*•+]\\s{0,3})?${alt(WEEKDAYS, "full")}(?![\\p{L}\\p{N}])[\\s,:(\\-–]{0,4}(?:ngay\\s{1,3})?[\\d/.\\-–\\s]{0,24}\\)?(?:\\s{0,2}\\([^()]{0,30}\\))?\\s{0,2}:?$`, "u");
// a part of the day alone, or before the entry on its line: "* SÁNG:", "Buổi chiều", "Sáng: 1. Chủ tịch …"
const DAY_PART = regex(`^(?:[-*•+]\\s{0,3})?${alt(DAY_PARTS, "full")}(?![\\p{L}\\p{N}])\\s{0,3}(?::\\s{0,3}|$)`, "u");

/** A schedule's day line ("Thứ hai (14/3):", "THỨ BA", "15/3") or part of a day alone ("* SÁNG:"). */
export function dayLine(text: string): boolean {
  const t = foldKey(text).trim();
  return DAY_LINE.test(t) || (DAY_PART.test(t) && DAY_PART.exec(t)![0].length >= t.length);
}

/** Where the entry starts after a part of the day on its line ("* SÁNG: 1. Chủ tịch …" -> at "1."), or 0. */
export function afterDayPart(text: string): number {
  const m = DAY_PART.exec(foldForMatch(text));
  return m && m[0].length < text.trimEnd().length && /:/.test(m[0]) ? m[0].length : 0;
}

// an entry that opens with its hour: "08 giờ 00’: Thăm …", "7h30: Họp …", "14 giờ - 16 giờ: …" (folded)
const TIME_LED = /^\d{1,2}\s{0,2}(?:h|gio)\s{0,2}(?:\d{1,2}\s{0,2}['’]?)?(?:\s{0,2}(?:-|–|den)\s{0,2}\d{1,2}\s{0,2}(?:h|gio)\s{0,2}(?:\d{1,2}\s{0,2}['’]?)?)?\s{0,2}[:,\-–]/u;

/**
 * An entry of a schedule that opens with its hour ("08 giờ 00’: Thăm …", "7h30: Họp …") or with its day
 * and an activity ("07 giờ 30 ngày 05/3 Chủ tịch UBND tỉnh;", "Thứ Năm, ngày 16/4: Ban Thường vụ họp …").
 */
export const timeLed = (text: string): boolean => TIME_LED.test(foldKey(text)) || datedEntry(text);

/**
 * A work schedule with no section heading (a week's or a month's "LỊCH LÀM VIỆC …", "Lịch công tác tuần
 * …"): a schedule title among the first lines, then the days. Returns where the first day line stands.
 */
export function weekSchedule(blocks: Block[], bodyEnd: number, heads: Map<number, Head>): number | null {
  if ([...heads.values()].some((h) => h.kind !== "other")) return null;
  const title = blocks.slice(0, Math.min(bodyEnd, 15)).findIndex((b) => b.kind !== "tableRow" && b.text.length < 250 && SCHEDULE_TITLE.test(foldKey(b.text).trim()));
  if (title < 0) {
    // a copy that lost its title: two day lines at least, each with its date ("Thứ Hai, ngày 12/5/2026")
    const days: number[] = [];
    for (let i = 0; i < bodyEnd && days.length < 2; i++) {
      const t = blocks[i].kind === "tableRow" ? "" : foldKey(blocks[i].text);
      if (DAY_LINE.test(t) && /\d{1,2}\/\d{1,2}/.test(t)) days.push(i);
    }
    if (days.length === 2) return days[0];
  } else {
    for (let i = title + 1; i < Math.min(bodyEnd, title + 40); i++) {
      if (blocks[i].kind !== "tableRow" && DAY_LINE.test(foldKey(blocks[i].text))) return i;
    }
  }
  // a title split or lost, or no day lines: most list lines open with an hour or a day (rules/structure/dated.ts)
  return datedRun(blocks, bodyEnd, dayLine);
}

// a cell of a flattened schedule that only says when: "8/2019", "Tuần 1", "Từ", "05 - 31/8", "Từ 09/9- 14/9"
export const TIME_CELL = /^(?:(?:thang|tuan|tu|den|ngay)(?:\s{1,3}thu)?(?![\p{L}])\s{0,3})?[\d\s/.\-–]{0,30}$/u;

/** Where the closing block starts ("Nơi nhận:", "TM. …", footnote bodies), or blocks.length. */
export function bodyEndOf(blocks: Block[]): number {
  let bodyEnd = blocks.findIndex((b) => b.kind === "footnote" || (b.zone?.startsWith("closing") ?? false));
  if (bodyEnd < 0) bodyEnd = blocks.length;
  for (let i = 0; i < bodyEnd; i++) {
    if (blocks[i].kind !== "tableRow" && isClosingLine(blocks[i].text)) return i;
    // a closing typed as a borderless table: "| Nơi nhận: | TM. BAN THƯỜNG VỤ |" (its rows are no items)
    if (blocks[i].kind === "tableRow" && /^noi nhan/.test(foldKey(blocks[i].cells?.[0]?.text ?? ""))) return i;
  }
  return bodyEnd;
}
