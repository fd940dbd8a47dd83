// The shapes of time expressions the deadline rule reads (rules/deadline.ts), each a pattern and
// what it means once its year is known: chrono's ordered parsers. A new shape of date is one entry
// in PATTERNS here and its example rows in rules/deadline.examples.ts. Patterns are written for
// `foldTone(text)` (diacritics kept, case and tone-mark style ignored), with bounded repetitions.

import { WB_LEFT, WB_RIGHT } from "../../src/ground/text.js";
import { daysIn, isoDay as iso, validDay } from "../../src/ground/format.js";
import { alt, regex } from "../vocab/pattern.js";
import { STRIVE_WORDS } from "../vocab/words.js";
import { DEADLINE_LEADS, HALF_FIRST, HALF_SECOND, MONTH_WORDS, QUARTERS } from "../vocab/time.js";
import type { DeadlinePrecision } from "../deadline.js";

// ---------------------------------------------------------------- dates


export interface Span { start: string; end: string }

/** What a match means once its year is known. `year` null = not written. */
export interface Candidate {
  start: number;
  end: number;
  /** where the time expression proper starts, after a lead such as "đến" */
  core: number;
  precision: DeadlinePrecision;
  year: number | null;
  /** build the span for a year (the written year or the one given by context) */
  span: (year: number) => Span | null;
  optional?: boolean;
  /** may take its year from a neighbour ("Tháng 3 và tháng 10/2025") */
  shareYear?: boolean;
  /** "đến cuối nhiệm kỳ": the year is the end of the plan's term */
  termEnd?: boolean;
  /** a year with no word before it ("năm 2024") */
  bare?: boolean;
  /** the month that places a year-less day, month or quarter in a school year (Sep..Dec the first year) */
  month?: number;
}

// ---------------------------------------------------------------- pattern pieces

// a verb of striving right before a time: "phấn đấu trong năm 2027 …" (rules/vocab/words.ts)
const STRIVE_BEFORE_RE = regex(`${WB_LEFT}${alt(STRIVE_WORDS)}\\s{1,3}$`, "iu");
/** A month read as four weeks: "2 tuần sau trong tháng 1" are its days from the 15th. */
const WEEKS_IN_MONTH = 4;

// Numbers standing alone: not glued to letters, digits or a preceding "/", "x." or a clock's "14:" ("14:08 - 27/8": a post stamp).
const NUM_L = "(?<![\\p{L}\\p{M}\\p{N}/])(?<!\\p{N}[.,:])";
// ... and not continued by letters, digits, or "/5", "-5", ".5", "/HD" (a document number).
const NUM_R = "(?![\\p{L}\\p{M}\\p{N}])(?![/.,\\-–]\\p{N})(?!/\\p{L})(?!-\\p{Lu})";
export const DAY = "(?:0?[1-9]|[12][0-9]|3[01])";
export const MON = "(?:0?[1-9]|1[0-2])";
export const YEAR = "(?:1[89]|20)[0-9]{2}";
export const S = "\\s{1,3}"; // a short run of spaces (PDF text has long runs: keep bounded)
export const S0 = "\\s{0,3}";
const TO = `${S0}(?:đến|tới|-|–)${S0}(?:hết${S})?`; // "đến", "-", "đến hết"
// A clock time before a range's second day: "từ 7h30 ngày 08/5 đến 17h00 ngày 10/5", "đến 11 giờ 30 ngày 19/5"
const CLOCK = `(?:(?:[01]?\\d|2[0-3])${S0}(?:h|giờ)(?:${S0}[0-5]\\d(?:${S0}phút)?)?${S})?`;
// What a range's first day may carry in brackets before "đến": "từ ngày 08/5 (Ngày Quốc tế …) đến ngày 19/5"
const ASIDE = `(?:${S0}\\([^()\\n]{1,100}\\))?`;
// Leads kept in the raw because they change the meaning: a limit ("đến", "trước"); rules/vocab/time.ts
const LEAD = `(?:(?<lead>${alt(DEADLINE_LEADS)})${S})?`;
export const ROMAN_Q = "(?:IV|III|II|I|[1-4])";
const MONTH_WORD = alt(["mười một", "mười hai", "mười"]); // "tháng mười hai": words other than these are ambiguous ("tháng năm")

export const F = "giu";

export const num = (s: string | undefined): number | null => (s === undefined ? null : Number(s));
const monthOf = (s: string): number => MONTH_WORDS[s.toLowerCase().replace(/\s+/g, " ")] ?? Number(s);
export const quarterOf = (s: string): number => QUARTERS[s.toLowerCase()] ?? 0;

export const monthSpan = (y: number, m: number): Span => ({ start: iso(y, m, 1), end: iso(y, m, daysIn(y, m)) });
export const quarterSpan = (y: number, q: number): Span => ({
  start: iso(y, q * 3 - 2, 1),
  end: iso(y, q * 3, daysIn(y, q * 3)),
});
const yearSpan = (y: number): Span => ({ start: iso(y, 1, 1), end: iso(y, 12, 31) });

/** A year written in the match, in either of two groups ("/2025" or "năm 2025"). */
export const yearOf = (g: Record<string, string | undefined>, ...names: string[]): number | null => {
  for (const n of names) if (g[n] !== undefined) return Number(g[n]);
  return null;
};

/**
 * Years of the two ends of a range when one or both are written: "Tháng 6-9/2025"
 * (written once, applies to both); "15/12-15/1/2025" wraps into the year before.
 */
function rangeYears(y1: number | null, y2: number | null, year: number, firstAfterSecond: boolean): [number, number] {
  if (y1 !== null && y2 !== null) return [y1, y2];
  if (y2 !== null) return [firstAfterSecond ? y2 - 1 : y2, y2];
  if (y1 !== null) return [y1, firstAfterSecond ? y1 + 1 : y1];
  return firstAfterSecond ? [year, year + 1] : [year, year];
}

export type Groups = Record<string, string | undefined>;

/** One day once its year is known; null when the day does not exist in that year (29/2). */
const oneDay = (m: number, d: number) => (y: number): Span | null => (validDay(y, m, d) ? { start: iso(y, m, d), end: iso(y, m, d) } : null);

// A calendar's month cell, opening its row or line: "Tháng 7 | …", "| Tháng 02/2025 | …" (a flattened table's rows run
// on in one text), "Tháng 9: …"
const ROW_MONTH_RE = regex(`(?:^|[|\\n])[\\s\\-–+*•]{0,4}(?:\\p{N}{1,2}${S0}[.)|]${S0})?tháng${S}(?<m>${MON})(?:${S0}[/-]${S0}(?<y>${YEAR})|${S}năm${S}(?<yn>${YEAR}))?${S0}[|:]`, "giu");
/** How far back a listed day looks for its row's month cell (the row's other cells between). */
const ROW_REACH = 240;

/** The month (and year, if written) of the last month cell before `at` in its line, or null. */
export function rowMonth(t: string, at: number): { month: number; year: number | null } | null {
  const from = Math.max(t.lastIndexOf("\n", at - 1), at - ROW_REACH, 0);
  let last: RegExpExecArray | null = null;
  for (const m of t.slice(from, at).matchAll(ROW_MONTH_RE)) last = m;
  if (!last?.groups) return null;
  return { month: Number(last.groups.m), year: yearOf(last.groups, "y", "yn") };
}

/** Two days of one month, groups d1/d2/m/y: "ngày 10-12/8", "05 - 31/8" (the first before the second). */
function daysOfOneMonth(g: Groups): { precision: "range"; year: number | null; month: number; span: (year: number) => Span | null } | null {
  const d1 = Number(g.d1), d2 = Number(g.d2), m = Number(g.m);
  if (d1 >= d2) return null;
  return {
    precision: "range", year: num(g.y), month: m,
    span: (y) => (validDay(y, m, d2) ? { start: iso(y, m, d1), end: iso(y, m, d2) } : null),
  };
}

/**
 * A range from one day to another, groups d1/m1/y1 to d2/m2/y2: "15/11-15/12", "từ ngày 22 tháng 9
 * năm 2025 đến ngày 20 tháng 11". An end before its start ("15/12-15/1") runs into the next year.
 */
function dayToDay(g: Groups): { precision: "range"; year: number | null; month: number; span: (year: number) => Span | null } {
  const [d1, m1, d2, m2] = [Number(g.d1), Number(g.m1), Number(g.d2), Number(g.m2)];
  const y1 = num(g.y1), y2 = num(g.y2);
  const after = m1 * 100 + d1 > m2 * 100 + d2;
  return {
    // (the first day's month places a range without a year in a school year: "15/12 - 15/1" from its first year)
    precision: "range", year: y2 ?? y1, month: m1,
    span: (year) => {
      const [a, b] = rangeYears(y1, y2, year, after && (y1 === null || y2 === null));
      if (!validDay(a, m1, d1) || !validDay(b, m2, d2)) return null;
      return { start: iso(a, m1, d1), end: iso(b, m2, d2) };
    },
  };
}
export interface Pattern { id: string; re: RegExp; build: (g: Groups, m: RegExpExecArray) => Omit<Candidate, "start" | "end" | "core"> | null }

export const PATTERNS: Pattern[] = [
  // Day ranges: "15/11-15/12", "từ ngày 01/4 đến ngày 31/5/2025", "7/5/1954 - 7/5/2024",
  // "từ ngày 30/9 đến ngày 30/12 năm 2025" (the year in words after the second day).
  {
    id: "day-range",
    re: regex(
      `(?:từ${S})?(?:ngày${S})?${NUM_L}(?<d1>${DAY})/(?<m1>${MON})(?:/(?<y1>${YEAR}))?${ASIDE}${TO}${CLOCK}(?:ngày${S})?(?<d2>${DAY})/(?<m2>${MON})(?:(?:/|${S}năm${S})(?<y2>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => ({ ...dayToDay(g), shareYear: false }),
  },
  // A day range inside one month: "từ ngày 01 đến ngày 15/4/2025", "ngày 10-12/8".
  {
    id: "day-range-one-month",
    re: regex(
      `(?:từ${S})?ngày${S}(?<d1>${DAY})${TO}(?:ngày${S})?(?<d2>${DAY})(?:/|${S}tháng${S})(?<m>${MON})(?:(?:/|${S}năm${S})(?<y>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: daysOfOneMonth,
  },
  // A day range inside one month without "ngày", as a schedule's week cell writes it: "05 - 31/8",
  // "Từ 01- 08/9" (the first day before the second).
  {
    id: "day-range-bare",
    re: regex(`(?:từ${S})?${NUM_L}(?<d1>${DAY})${TO}(?<d2>${DAY})/(?<m>${MON})(?:/(?<y>${YEAR}))?${NUM_R}`, F),
    build: daysOfOneMonth,
  },
  // Dotted or hyphenated day ranges, each end with its year: "từ ngày 15.12.2015 đến 5.2.2016", "từ
  // 28-12-2025 đến 16-2-2026" (a campaign's span in a report).
  {
    id: "day-range-dotted",
    re: regex(
      `(?:từ${S})?(?:ngày${S})?${NUM_L}(?<d1>${DAY})(?<sep>[.-])(?<m1>${MON})\\k<sep>(?<y1>${YEAR})${TO}(?:ngày${S})?(?<d2>${DAY})\\k<sep>(?<m2>${MON})\\k<sep>(?<y2>${YEAR})${NUM_R}`,
      F,
    ),
    build: (g) => ({ ...dayToDay(g), shareYear: false }),
  },
  // Month ranges: "từ tháng 5 đến tháng 8/2025", "tháng 5 - tháng 8 năm 2025", "Tháng 6-9/2025".
  {
    id: "month-range",
    re: regex(
      `(?:từ${S})?tháng${S}(?<m1>${MON})(?:${S0}/${S0}(?<y1>${YEAR})|${S}năm${S}(?<y1n>${YEAR}))?${TO}(?:tháng${S})?(?<m2>${MON})(?:${S0}[/-]${S0}(?<y2>${YEAR})|${S}năm${S}(?<y2n>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const m1 = Number(g.m1), m2 = Number(g.m2);
      const y1 = yearOf(g, "y1", "y1n"), y2 = yearOf(g, "y2", "y2n");
      if (m1 === m2 && y1 === y2) return null;
      return {
        precision: "range", year: y2 ?? y1, month: m1,
        span: (year) => {
          const [a, b] = rangeYears(y1, y2, year, m1 > m2);
          return { start: iso(a, m1, 1), end: iso(b, m2, daysIn(b, m2)) };
        },
      };
    },
  },
  // Quarter ranges: "từ quý II đến quý III năm 2025", "quý I - quý II/2024", "Quý III-IV/2025", "quý 1-2/2025"
  // (the second "quý" left out: a roman numeral, or a digit before "/year", since "quý I - 2025" is a year).
  {
    id: "quarter-range",
    re: regex(
      `(?:từ${S})?quý${S}(?<q1>${ROMAN_Q})${WB_RIGHT}(?:${S0}/${S0}(?<y1>${YEAR})|${S}năm${S}(?<y1n>${YEAR}))?${TO}(?:quý${S}(?<q2>${ROMAN_Q})|(?<q2r>IV|III|II|I|[1-4](?=${S0}/${S0}${YEAR})))${WB_RIGHT}(?:${S0}/${S0}(?<y2>${YEAR})|${S}năm${S}(?<y2n>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const q1 = quarterOf(g.q1 ?? ""), q2 = quarterOf(g.q2 ?? g.q2r ?? "");
      if (!q1 || !q2) return null;
      const y1 = yearOf(g, "y1", "y1n"), y2 = yearOf(g, "y2", "y2n");
      return {
        precision: "range", year: y2 ?? y1, month: q1 * 3,
        span: (year) => {
          const [a, b] = rangeYears(y1, y2, year, q1 > q2);
          return { start: quarterSpan(a, q1).start, end: quarterSpan(b, q2).end };
        },
      };
    },
  },
  // Day ranges in words: "từ ngày 22 tháng 9 năm 2025 đến ngày 20 tháng 11 năm 2025", "từ ngày 5 tháng 3 đến ngày 10 tháng 4".
  {
    id: "day-range-words",
    re: regex(
      `(?:từ${S})?ngày${S}(?<d1>${DAY})${S}tháng${S}(?<m1>${MON})(?:${S0},?${S0}năm${S}(?<y1>${YEAR}))?${ASIDE}${TO}${CLOCK}ngày${S}(?<d2>${DAY})${S}tháng${S}(?<m2>${MON})(?:${S0},?${S0}năm${S}(?<y2>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: dayToDay,
  },
  // Day ranges with one end in figures and the other in words: "từ ngày 08/5 đến ngày 19 tháng 5 năm
  // 2022", "từ ngày 15 tháng 3 đến ngày 20/4/2025".
  {
    id: "day-range-mixed",
    re: regex(
      `(?:từ${S})?ngày${S}(?:${NUM_L}(?<d1>${DAY})/(?<m1>${MON})(?:/(?<y1>${YEAR}))?${ASIDE}${TO}(?:ngày${S})?(?<d2w>${DAY})${S}tháng${S}(?<m2w>${MON})(?:${S0},?${S0}năm${S}(?<y2w>${YEAR}))?|(?<d1w>${DAY})${S}tháng${S}(?<m1w>${MON})(?:${S0},?${S0}năm${S}(?<y1w>${YEAR}))?${ASIDE}${TO}(?:ngày${S})?(?<d2>${DAY})/(?<m2>${MON})(?:/(?<y2>${YEAR}))?)${NUM_R}`,
      F,
    ),
    build: (g) => dayToDay({ d1: g.d1 ?? g.d1w, m1: g.m1 ?? g.m1w, y1: g.y1 ?? g.y1w, d2: g.d2 ?? g.d2w, m2: g.m2 ?? g.m2w, y2: g.y2 ?? g.y2w }),
  },
  // A range between two named days, each with its date in brackets: "từ Ngày Quốc tế … (08/5) đến Ngày sinh của
  // Chủ tịch Hồ Chí Minh (19/5)", "từ ngày Quốc khánh (02/9) đến ngày 30/9" (a month of action).
  {
    id: "day-range-named",
    re: regex(
      `từ${S}ngày${S}[^()\\n]{1,80}?\\(${S0}(?<d1>${DAY})/(?<m1>${MON})(?:/(?<y1>${YEAR}))?${S0}\\)${S0}(?:đến|tới)${S}(?:hết${S})?ngày${S}(?:[^()\\n]{1,80}?\\(${S0}(?<d2>${DAY})/(?<m2>${MON})(?:/(?<y2>${YEAR}))?${S0}\\)|(?<d2b>${DAY})/(?<m2b>${MON})(?:/(?<y2b>${YEAR}))?${NUM_R})`,
      F,
    ),
    build: (g) => dayToDay({ ...g, d2: g.d2 ?? g.d2b, m2: g.m2 ?? g.m2b, y2: g.y2 ?? g.y2b }),
  },
  // Day–month spans with a hyphen or a dot and no year, both ends after "từ … đến": "từ ngày 1-6 đến 20-8", "từ
  // 15.7 đến 30.9" (a summer campaign; "ngày 1-6" alone is days 1 to 6, so only the two-ended span is read).
  {
    id: "day-range-hyphen",
    re: regex(
      `từ${S}(?:ngày${S})?${NUM_L}(?<d1>${DAY})(?<sep>[.-])(?<m1>${MON})(?![\\p{N}.\\-/])${S0}(?:đến|tới)${S}(?:hết${S})?(?:ngày${S})?(?<d2>${DAY})\\k<sep>(?<m2>${MON})(?:\\k<sep>(?<y2>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => ({ ...dayToDay(g), shareYear: false }),
  },
  // The first of days listed with one month: "ngày 16, 17/10/2021", "ngày 5 và 6/9", "ngày 20, 21 tháng 3 năm 2027"
  // (the last day is read by the date shapes below; each listed day is a day deadline).
  {
    id: "day-listed",
    re: regex(
      `${LEAD}ngày${S}${NUM_L}(?<d>${DAY})(?=(?:${S0},${S0}${DAY}){0,4}${S0}(?:,|và)${S0}${DAY}(?:/(?<m>${MON})(?:/(?<y>${YEAR}))?|${S}tháng${S}(?<mw>${MON})(?:${S0},?${S0}năm${S}(?<yw>${YEAR}))?)${NUM_R})`,
      F,
    ),
    build: (g) => {
      const d = Number(g.d), m = Number(g.m ?? g.mw);
      return { precision: "day", year: yearOf(g, "y", "yw"), shareYear: true, month: m, span: oneDay(m, d) };
    },
  },
  // The first of the days a calendar's month row lists after its month: "Tháng 7 | … | Ngày 03; 10; 17; 24 (Thứ 5)",
  // "Tháng 9/2025: các ngày 4, 11, 18 và 25" (the month opens the line; listed() in rules/deadline.ts reads the
  // other days, each a day deadline of that month).
  {
    id: "day-list-row",
    re: regex(`(?:các${S})?ngày${S}${NUM_L}(?<d>${DAY})(?=${S0}[;,]${S0}${DAY}(?![\\p{N}/.\\-]))`, F),
    build: (g, m) => {
      const row = rowMonth(m.input, m.index);
      if (!row) return null;
      const d = Number(g.d);
      return { precision: "day", year: row.year, month: row.month, span: oneDay(row.month, d) };
    },
  },
  // Full dates: "28/6/2024", "ngày 28/6/2024", "trước ngày 30/6/2025", "28.6.2024", "28-6-2024".
  {
    id: "date",
    re: regex(`${LEAD}(?:ngày${S})?${NUM_L}(?<d>${DAY})(?<sep>[/.-])(?<m>${MON})\\k<sep>(?<y>${YEAR})${NUM_R}`, F),
    build: (g) => {
      const d = Number(g.d), m = Number(g.m), y = Number(g.y);
      return { precision: "day", year: y, span: oneDay(m, d) };
    },
  },
  // Dates in words: "ngày 15 tháng 7 năm 2025", "trước ngày 30 tháng 6".
  {
    id: "date-words",
    re: regex(`${LEAD}ngày${S0}(?<d>${DAY})${S}tháng${S}(?<m>${MON})(?:${S0},?${S0}năm${S}(?<y>${YEAR}))?${NUM_R}`, F),
    build: (g) => {
      const d = Number(g.d), m = Number(g.m);
      return { precision: "day", year: num(g.y), shareYear: true, month: m, span: oneDay(m, d) };
    },
  },
  // A date in words without "ngày", its year written: "09 tháng 12 năm 2020" (a header's date line cut
  // after its "ngày"), "trước 30 tháng 6 năm 2025".
  {
    id: "date-words-bare",
    re: regex(`${LEAD}${NUM_L}(?<d>${DAY})${S}tháng${S}(?<m>${MON})${S0},?${S0}năm${S}(?<y>${YEAR})${NUM_R}`, F),
    build: (g) => {
      const d = Number(g.d), m = Number(g.m);
      return { precision: "day", year: num(g.y), span: oneDay(m, d) };
    },
  },
  // Day and month, the year from the plan: "(5/6)", "20/10", "ngày 28/6", "trước ngày 15/12".
  {
    id: "day-month",
    re: regex(`${LEAD}(?:ngày${S})?${NUM_L}(?<d>${DAY})/(?<m>${MON})${NUM_R}`, F),
    build: (g) => {
      const d = Number(g.d), m = Number(g.m);
      return { precision: "day", year: null, shareYear: true, month: m, span: oneDay(m, d) };
    },
  },
  // A count of weeks at the start or end of a month: "2 tuần đầu tháng 1" (days 1–14), "2 tuần sau trong tháng 1",
  // "hai tuần cuối tháng 3" (from the 15th to the month's end: a month read as four weeks).
  {
    id: "weeks-of-month",
    re: regex(
      `${NUM_L}(?<cnt>[2-3]|0[2-3]|hai|ba)${S}tuần${S}(?<pos>đầu|cuối|sau)${S}(?:(?:của|trong)${S})?tháng${S}(?<m>${MON})(?:${S0}/${S0}(?<y>${YEAR})|${S}năm${S}(?<yn>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const m = Number(g.m);
      const cnt = ({ "hai": 2, "ba": 3 } as Record<string, number>)[(g.cnt ?? "").toLowerCase()] ?? Number(g.cnt);
      const first = g.pos?.toLowerCase() === "đầu";
      return {
        precision: "range", year: yearOf(g, "y", "yn"), shareYear: true, month: m,
        span: (y) => (first ? { start: iso(y, m, 1), end: iso(y, m, cnt * 7) } : { start: iso(y, m, 1 + (WEEKS_IN_MONTH - cnt) * 7), end: iso(y, m, daysIn(y, m)) }),
      };
    },
  },
  // Weeks: "tuần thứ 3 tháng 9", "tuần 2 tháng 10", "tuần đầu tháng 3/2025", "tuần cuối của tháng 12".
  {
    id: "week",
    re: regex(
      `tuần${S}(?:thứ${S}(?<n>[1-5]|nhất|hai|ba|tư)|(?<nd>[1-5])|(?<pos>đầu|cuối))${S}(?:của${S})?tháng${S}(?<m>${MON})(?:${S0}/${S0}(?<y>${YEAR})|${S}năm${S}(?<yn>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const m = Number(g.m);
      const words: Record<string, number> = { "nhất": 1, "hai": 2, "ba": 3, "tư": 4 };
      const n = g.nd !== undefined ? Number(g.nd) : g.n === undefined ? null : words[g.n.toLowerCase()] ?? Number(g.n);
      const last = g.pos?.toLowerCase() === "cuối";
      return {
        precision: "week", year: yearOf(g, "y", "yn"), shareYear: true, month: m,
        span: (y) => {
          const dim = daysIn(y, m);
          const from = last ? dim - 6 : ((n ?? 1) - 1) * 7 + 1;
          if (from > dim) return null;
          return { start: iso(y, m, from), end: iso(y, m, Math.min(from + 6, dim)) };
        },
      };
    },
  },
  // Months: "Tháng 02/2024", "tháng 3 năm 2025", "đến hết tháng 6", "tháng mười hai năm 2025".
  {
    id: "month",
    re: regex(
      `${LEAD}tháng${S}(?:(?<m>${MON})|(?<mw>${MONTH_WORD})(?=${S}năm${S}${YEAR}))(?:${S0}[/-]${S0}(?<y>${YEAR})|${S}năm${S}(?<yn>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const m = monthOf(g.m ?? g.mw ?? "");
      if (!(m >= 1 && m <= 12)) return null;
      return { precision: "month", year: yearOf(g, "y", "yn"), shareYear: true, month: m, span: (y) => monthSpan(y, m) };
    },
  },
  // The first of months listed after one "tháng" without spaces, as a copy types them: "các tháng 2,4,7 và
  // tháng 11" (a number list, not a decimal "2,4": the list ends with "và", a stop or the line's end).
  {
    id: "month-listed",
    re: regex(`${LEAD}tháng${S}(?<m>${MON})(?=,${S0}${MON}(?:${S0},${S0}${MON}){0,10}${S0}(?:và|[.;)]|$))`, F),
    build: (g) => {
      const m = Number(g.m);
      return { precision: "month", year: null, shareYear: true, month: m, span: (y) => monthSpan(y, m) };
    },
  },
  // A month and year without the word "tháng": "06/2025" (e.g. in a table cell "Thời gian: 6/2025").
  {
    id: "month-year",
    re: regex(`${LEAD}${NUM_L}(?<m>${MON})/(?<y>${YEAR})${NUM_R}`, F),
    build: (g) => {
      const m = Number(g.m);
      return { precision: "month", year: Number(g.y), span: (y) => monthSpan(y, m) };
    },
  },
  // Quarters: "Quý II", "quý II/2024", "quý IV năm 2025", "đến hết quý III", "quý 2 - 2025".
  {
    id: "quarter",
    re: regex(
      `${LEAD}quý${S}(?<q>${ROMAN_Q})${WB_RIGHT}(?:${S0}[/-]${S0}(?<y>${YEAR})|${S}năm${S}(?<yn>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const q = quarterOf(g.q ?? "");
      if (!q) return null;
      return { precision: "quarter", year: yearOf(g, "y", "yn"), shareYear: true, month: q * 3, span: (y) => quarterSpan(y, q) };
    },
  },
  // Halves: "6 tháng đầu năm", "6 tháng cuối năm 2025", "nửa đầu năm".
  {
    id: "half",
    re: regex(
      `${LEAD}${WB_LEFT}(?:(?<first>${alt(HALF_FIRST)})|(?<second>${alt(HALF_SECOND)}))(?:${S}(?<y>${YEAR}))?${NUM_R}`,
      F,
    ),
    build: (g) => {
      const first = g.first !== undefined;
      return {
        precision: "half", year: num(g.y),
        span: (y) => (first ? { start: iso(y, 1, 1), end: iso(y, 6, 30) } : { start: iso(y, 7, 1), end: iso(y, 12, 31) }),
      };
    },
  },
  // Years: "đến năm 2025", "đến cuối năm 2025", "vào năm 2025", "trong năm 2025" (optional), "năm 2024" (optional).
  {
    id: "year",
    re: regex(
      // (?<close>…): the expression ends its sentence ("… hoàn thiện … trong năm 2026.")
      `(?:(?<yl>đến hết|đến cuối|đến|tới|trước|chậm nhất(?:${S}là)?|cuối|trong|vào)${S})?${WB_LEFT}năm${S}(?<y>${YEAR})${NUM_R}(?!${S0}[-–]${S0}\\p{N})(?:(?=(?<close>${S0}(?:[.;](?!\\p{N})|$)))|)`,
      F,
    ),
    build: (g, m) => {
      const y = Number(g.y);
      const lead = g.yl?.toLowerCase();
      // "Năm 2026, phấn đấu …": a year that opens the item's sentence sets its time frame
      // (also after a sentence's end inside a paragraph: "… 95%. Năm 2022, đưa xã đạt chuẩn …")
      const before = m.input.slice(Math.max(0, m.index - 8), m.index);
      const opens = lead === undefined && (/^[\s\-+*•]{0,6}$/u.test(m.input.slice(0, m.index)) || /[.;]\s{1,3}$/u.test(before)) && /^\s{0,2},/u.test(m.input.slice(m.index + m[0].length));
      // "đến năm 2025" is a limit; a bare "năm 2025" or "trong năm 2025" mostly
      // qualifies a noun ("Hội thi … năm 2025"): careful readers differ.
      // But "trong năm 2026" closing an item's sentence says when the item is done
      // (a qualifying "… năm 2025" is followed by more words).
      // (nor after a verb of striving: "phấn đấu trong năm 2027 toàn huyện xây dựng 8 căn nhà")
      const striven = lead === "trong" && STRIVE_BEFORE_RE.test(m.input.slice(Math.max(0, m.index - 20), m.index));
      const optional = !opens && !striven && (lead === undefined || (lead === "trong" && g.close === undefined));
      return { precision: "year", year: y, optional, bare: lead === undefined && !opens, span: yearSpan };
    },
  },
  // The plan's own year: "Cả năm" (a table's time column), "trong năm" (optional).
  {
    id: "whole-year",
    re: regex(`${WB_LEFT}(?:(?<all>cả${S}năm)|(?<within>trong${S}năm))${WB_RIGHT}(?!${S}(?:học|qua|tới|nay|trước|sau|đầu|cuối|\\p{N}))(?!${S0}\\p{N})`, F),
    build: (g) => ({ precision: "year", year: null, optional: g.all === undefined, span: yearSpan }),
  },
  // The end of the term: "đến cuối nhiệm kỳ", "đến hết nhiệm kỳ" (year of ctx.periodEnd; optional).
  {
    id: "term-end",
    re: regex(`${WB_LEFT}(?:đến|tới)${S}(?:hết|cuối)${S}nhiệm${S}kỳ${WB_RIGHT}(?!${S0}\\p{N})`, F),
    build: () => ({ precision: "year", year: null, optional: true, span: yearSpan, termEnd: true }),
  },
];
