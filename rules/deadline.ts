// Deadlines (thời hạn): time expressions that say when something is to happen or
// be done, normalised to an ISO date span. See ../shared/gold/README.md "Deadlines".
//
//   "Tháng 02/2024"            month    2024-02-01..2024-02-29
//   "(Quý II)", "quý II/2024"  quarter  (the plan's year when none is written)
//   "28/6/2024", "(5/6)"       day
//   "tuần thứ 3 tháng 9"       week     days 15..21
//   "15/11-15/12"              range
//   "6 tháng đầu năm"          half
//   "đến năm 2025"             year
//
// Not deadlines: rhythms ("hằng tháng", "sơ kết 6 tháng"), comparisons ("so với
// năm 2024"), status dates ("Tính đến tháng 01/2023"), dates of cited documents
// ("… số 15/HD-BTV ngày 3/4/2022 của …"), terms ("nhiệm kỳ 2025-2030"), years
// inside a programme's name ("Đề án “… đến năm 2030”").
//
// The rule matches on `foldTone(text)` (same length as the text), so offsets and
// raw slices come from the original text.

import { foldTone, quotedAround, WB_LEFT, WB_RIGHT } from "../src/ground/text.js";
import { isoDay as iso, validDay } from "../src/ground/format.js";
import { alt, anyOf, Phrases, words, regex } from "./vocab/pattern.js";
import { BETWEEN_NOT_DEADLINE_AND_DATE, DAY_PARTS, FRACTION_NOUNS_MORE, ISSUING_WORDS, RANGE_TO, STRIVE_WORDS, W } from "./vocab/words.js";
import { ANNUAL_DEFINITION_AFTER, CITATION_AFTER, CLASS_WORDS, EVENT_ON_DAY, HORIZON_BEFORE, LEVEL_AFTER_YEAR, LUNAR_MARKERS, NOT_DEADLINE_BEFORE, POST_LABELS, WEEKDAYS } from "./vocab/time.js";
import { COUNT_NOUNS } from "./vocab/quantity.js";
import { DOCUMENT_KINDS, PROGRAMME_KINDS } from "./vocab/documents.js";
import { restoreDiacritics } from "./vocab/restore.js";

export interface DeadlineContext {
  planYear: number | null;
  /** a term plan spanning several years: a day/month without year has no single date */
  multiYear?: boolean;
  periodStart?: number | null;
  periodEnd?: number | null;
  /**
   * The year the text itself writes (its latest dated year), for a plan or report whose year the metadata
   * could not read and that spans no term: a campaign's "từ ngày 23/4 đến ngày 23/6" takes it.
   */
  textYear?: number | null;
  /** the day the plan was signed ("2026-12-10"): a December plan's "tháng 01" is next year's */
  issuedAt?: string | null;
}

export type DeadlinePrecision = "day" | "week" | "month" | "quarter" | "half" | "year" | "range";

export interface DeadlineHit {
  raw: string; // as written, e.g. "Tháng 02/2024", "(Quý II)", "quý IV năm 2025", "28/6/2024", "(15/11-15/12)"
  start: number;
  end: number; // offsets of raw in the input text
  iso: { start: string; end: string }; // "2024-02-01", "2024-02-29"
  precision: DeadlinePrecision;
  yearInferred: boolean; // true when the year came from ctx.planYear
  optional?: boolean; // a reading careful people may differ on
}
import { DAY, MON, monthSpan, PATTERNS, quarterOf, quarterSpan, ROMAN_Q, S, S0, YEAR, yearOf, type Candidate, type Groups } from "./deadline/patterns.js";

// ---------------------------------------------------------------- rejections

// "sơ kết 6 tháng đầu năm", "so với năm 2024", "tính đến tháng 01/2023", "hằng năm".
const NOT_BEFORE_RE = regex(`${WB_LEFT}${alt(NOT_DEADLINE_BEFORE)}(?:${S}(?:${anyOf(BETWEEN_NOT_DEADLINE_AND_DATE)}))*${S0}$`, "iu");
const HORIZON_RE = regex(`${WB_LEFT}${alt(HORIZON_BEFORE)}(?:${S}${alt(RANGE_TO)})?${S0}$`, "iu");
const LEVEL_AFTER_RE = regex(`^${S0}(?::|,?${S0}${alt(LEVEL_AFTER_YEAR)}${WB_RIGHT})`, "iu");
// "Tổng kết ngày 18/01/2027": an event on a day, not a rhythm
const EVENT_DAY_RE = regex(`${WB_LEFT}${alt(EVENT_ON_DAY)}(?:${S}${W.day})?${S0}$`, "iu");
const DAY_IDS = new Set(["date", "date-words", "date-words-bare", "day-month"]);
// a lunar date: "rằm tháng 8 âm lịch", "ngày 15 tháng 7 (âm lịch)", "mùng 10 tháng Chạp ÂL" (rules/vocab/time.ts)
const LUNAR_AFTER_RE = regex(`^\\s{0,3}[(,–-]?\\s{0,3}${alt(LUNAR_MARKERS.after)}${WB_RIGHT}`, "iu");
const LUNAR_BEFORE_RE = regex(`${WB_LEFT}${alt(LUNAR_MARKERS.before)}${S0}$`, "iu");
// a web page's post stamp: "Thứ năm, 12 Tháng 9 2026 08:29" (a month, its year and a clock time)
const STAMP_AFTER_RE = /^\s{1,3}(?:19|20)\p{N}{2}\s{1,3}[0-2]?\p{N}:[0-5]\p{N}(?![\p{N}])/u;
// A document's number just before its date: "số 15/HD-BTV ngày", "56/2012/NĐ-CP ngày", "19-ĐA/TU, ngày".
const DOC_CODE_RE = regex(`\\p{N}\\p{L}{0,2}[/-]\\p{Lu}|(?<![\\p{L}])${W.number}\\s{0,3}\\p{N}`, "u");
// A document kind named shortly before: "Nghị quyết … ngày 08/01/2021".
const DOC_KIND_RE = regex(`${WB_LEFT}${alt(DOCUMENT_KINDS)}${WB_RIGHT}`, "iu");
const DOC_KIND_BEFORE_RE = regex(`${WB_LEFT}${alt(DOCUMENT_KINDS)}\\s{0,3}$`, "iu");
// "… ngày 05/7/2023 của …", "ngày 04/9/2023 giữa …".
const CITATION_AFTER_RE = regex(`^${S0}[,;]?${S0}${alt(CITATION_AFTER)}${WB_RIGHT}`, "iu");
// The signing line: "Lào Cai, ngày 15 tháng 3 năm 2026" (a place name opens the line).
const PLACE_LINE_RE = /^[\s\p{L}.]{1,40},\s{0,3}$/u;
function isSigningLine(t: string, at: number): boolean {
  const from = Math.max(0, at - 46);
  const back = t.slice(from, at);
  const nl = back.lastIndexOf("\n");
  if (nl < 0 && from > 0) return false; // the line starts too far back for a place name
  const line = back.slice(nl + 1);
  // "Thứ Hai, ngày 12/4/2027": a schedule's day, not a place
  return PLACE_LINE_RE.test(line) && !WEEKDAY_LINE_RE.test(line);
}
const WEEKDAY_LINE_RE = regex(`^[\\s\\-–+*•]{0,4}(?:(?:${anyOf(DAY_PARTS)})${S})?${alt(WEEKDAYS)}${S0},${S0}$`, "iu");
// The header's date line with its day left blank: "Hà Nội, ngày     tháng 11 năm 2020", "ngày …… tháng 6 năm 2025"
const BLANK_DAY_LINE_RE = regex(`^(?:[\\s\\p{L}.]{1,40},\\s{0,3}|\\s{0,5})${W.day}[\\s._…]{0,40}$`, "iu");
// "Ngày 18/11 hằng năm là …": the definition of an annual day
const ANNUAL_DEFINITION_RE = regex(`^${S0},?${S0}${alt(ANNUAL_DEFINITION_AFTER)}${WB_RIGHT}`, "iu");
// "ban hành ngày", "ký ngày": a document's date.
const ISSUED_RE = regex(`${WB_LEFT}(?:${anyOf(ISSUING_WORDS, S)})${S0}$`, "iu");
// A programme whose name carries a year: "Nghị quyết hỗ trợ phụ nữ hội nhập quốc tế đến năm 2030".
const PROGRAMME_RE = regex(words(PROGRAMME_KINDS), "iu");
const STRIVE_RE = regex(`${WB_LEFT}(?:${anyOf(STRIVE_WORDS)})${WB_RIGHT}`, "iu");
// "từ năm 2021 đến năm 2025" is a stage, not a limit.
const FROM_YEAR_RE = regex(`${WB_LEFT}(?:${W.from}${S})?${W.year}${S}${YEAR}${S0}$`, "iu");
// A count after a day/month makes it a fraction: "3/12 xã", "8/10 chỉ tiêu".
const FRACTION_NOUNS = new Phrases([...COUNT_NOUNS, ...FRACTION_NOUNS_MORE]);
const fractionNounAfter = (s: string): boolean => {
  const sp = /^\s{1,3}/.exec(s);
  return sp !== null && FRACTION_NOUNS.endAt(s, sp[0].length) >= 0;
};

/** The part of `t` before `at` on the same line, at most `n` characters. */
function lineBefore(t: string, at: number, n: number): string {
  const from = Math.max(0, at - n);
  const s = t.slice(from, at);
  const nl = s.lastIndexOf("\n");
  return nl >= 0 ? s.slice(nl + 1) : s;
}
/** The current clause before `at`: back to the last ";", ":", sentence end or line break. */
function clauseBefore(t: string, at: number, n: number): string {
  const s = lineBefore(t, at, n);
  const m = /[;:!?\n]|\.\s/gu;
  let cut = 0;
  for (let r = m.exec(s); r; r = m.exec(s)) cut = r.index + r[0].length;
  return s.slice(cut);
}

// "lớp 5/3, 5/4": class names, the first after its word, the others in its list
const CLASS_BEFORE_RE = regex(`${WB_LEFT}${alt(CLASS_WORDS)}${S}(?:\\p{N}{1,2}/\\p{N}{1,2}${S0}(?:,|${W.and})${S0}){0,8}$`, "iu");
// a clock time beside a date: a page's post or update stamp ("20:03 11-12-2023", "26/12/2019 15:46 CH")
const CLOCK_BEFORE_RE = /(?<![\p{N}:])[0-2]?\p{N}:[0-5]\p{N}(?::[0-5]\p{N})?\s{0,3}(?:SA|CH|AM|PM)?\s{0,3}[|,-]?\s{0,3}$/iu;
// (a stamp's minutes may be one digit: "Thứ tư, 20/2/2027, 0:0")
const CLOCK_AFTER_RE = /^\s{0,3}[|,-]?\s{0,3}[0-2]?\p{N}:[0-5]?\p{N}(?![\p{N}])/u;
// "ngày" just before a date, opening it, or at its very start
const DAY_BEFORE_RE = regex(`${W.day}\\s{0,3}$`, "iu");
const DAY_OPENS_RE = regex(`^\\s{0,3}${W.day}`, "iu");
const DAY_AT_RE = regex(`^${W.day}`, "iu");
// the last of a list of reporting periods: "báo cáo kết quả 6 tháng, cả năm"
const PERIOD_LISTED_BEFORE_RE = regex(`(?:${W.month}|${W.quarter})\\s{0,3}(?:,|${W.and})\\s{0,3}$`, "iu");
// a document's number: "Kế hoạch số 12/2024"; or a month word before a month-year
const NUMBER_BEFORE_RE = regex(`(?<![\\p{L}])${W.number}\\s{0,3}$`, "iu");
const NUMBER_OR_MONTH_BEFORE_RE = regex(`(?<![\\p{L}])(?:${W.number}|${W.month})\\s{0,3}$`, "iu");

// a page's post or update label right before the date ("Đăng lúc: 08:15 12/3/2027", "Cập nhật ngày 12/3/2027") (rules/vocab/time.ts)
const POST_LABEL_RE = regex(`(?:^|[\\s|(\\-–])${alt(POST_LABELS)}\\s{0,3}:?\\s{0,3}(?:[0-2]?\\p{N}[:hg][0-5]\\p{N}\\s{0,3}[,|-]?\\s{0,3})?(?:${W.day}\\s{0,3})?$`, "iu");

function rejected(t: string, c: Candidate, id: string, writtenYear: boolean): boolean {
  const before = lineBefore(t, c.core, 60);
  if (POST_LABEL_RE.test(lineBefore(t, c.start, 40))) return true;
  if (id === "day-month" && CLASS_BEFORE_RE.test(lineBefore(t, c.start, 60))) return true;
  if ((id === "date" || id === "day-month") && (CLOCK_BEFORE_RE.test(lineBefore(t, c.start, 30)) || CLOCK_AFTER_RE.test(t.slice(c.end, c.end + 12)))) return true;
  // (a horizon followed by its level is a target's year: "định hướng đến năm 2030 đạt 45%")
  const horizonLevel = id === "year" && HORIZON_RE.test(before.slice(-30)) && LEVEL_AFTER_RE.test(t.slice(c.end, c.end + 20));
  if (!horizonLevel && NOT_BEFORE_RE.test(before.slice(-30)) && !(DAY_IDS.has(id) && EVENT_DAY_RE.test(before.slice(-30)) && (DAY_BEFORE_RE.test(before) || DAY_OPENS_RE.test(t.slice(c.start, c.end))))) return true;
  // a lunar date is no Gregorian deadline (its year alone may be: "… âm lịch năm Bính Ngọ – 2026")
  if (id !== "year" && (LUNAR_AFTER_RE.test(t.slice(c.end, c.end + 16)) || LUNAR_BEFORE_RE.test(before))) return true;
  if (id.startsWith("month") && STAMP_AFTER_RE.test(t.slice(c.end, c.end + 16))) return true;
  // "báo cáo kết quả 6 tháng, cả năm", "báo cáo quý, 6 tháng và cả năm": the last of a list of
  // reporting periods, a rhythm like "định kỳ 6 tháng, 01 năm"
  if (id === "whole-year" && PERIOD_LISTED_BEFORE_RE.test(before)) return true;
  // inside a quoted name: “…” or "…" opened before and closed after on the same line
  if (quotedAround(t, c.start, c.end, 300) !== null) return true;
  // Dates of cited documents carry a year; deadlines without one are never citations.
  if ((id === "date" || id === "date-words" || id === "date-words-bare") && writtenYear) {
    if (CITATION_AFTER_RE.test(t.slice(c.end, c.end + 20))) return true;
    const clause = clauseBefore(t, c.core, 80);
    if (DAY_BEFORE_RE.test(before) || DAY_AT_RE.test(t.slice(c.core, c.core + 4))) {
      // "Nghị quyết số 18/NQ-BCH ngày …", "Công văn số 15/HD-BTV ngày …", "ban hành ngày …"
      if (DOC_CODE_RE.test(clause) || ISSUED_RE.test(before)) return true;
      // "Đề án 19-ĐA/TU, ngày …" names its kind and code in the same clause.
      if (DOC_KIND_RE.test(clause) && DOC_CODE_RE.test(clause)) return true;
    }
  }
  // (only a bare "ngày …" after the place: "hoàn thành trước ngày 30/6" after "Kiện toàn tổ, " is a deadline)
  if ((id === "date" || id === "date-words" || id === "date-words-bare") && (DAY_OPENS_RE.test(t.slice(c.start, c.end)) || id === "date-words-bare") && isSigningLine(t, c.start)) return true;
  // "Nam Đàn, 15/3/2025" alone on its line: the header's date line without "ngày"
  if (id === "date" && isSigningLine(t, c.start) && /^\s{0,3}(?:\n|$)/u.test(t.slice(c.end, c.end + 4))) return true;
  if ((id === "day-month" || id === "day-range-bare") && fractionNounAfter(t.slice(c.end, c.end + 40))) return true;
  if (id.startsWith("month") && BLANK_DAY_LINE_RE.test(lineBefore(t, c.start, 60))) return true;
  if ((id === "day-month" || id === "date-words") && !writtenYear && ANNUAL_DEFINITION_RE.test(t.slice(c.end, c.end + 20))) return true;
  if (id === "day-month" && NUMBER_BEFORE_RE.test(before)) return true;
  // "Kế hoạch hoạt động … tháng 3/2025 của Hội đồng Đội": a cited document's month
  if ((id === "month" || id === "month-year") && writtenYear && CITATION_AFTER_RE.test(t.slice(c.end, c.end + 20)) && DOC_KIND_RE.test(clauseBefore(t, c.core, 120))) return true;
  // "Kế hoạch số 12/2024", "Quyết định 6/2025": a document's number, not a month.
  if (id === "month-year" && (NUMBER_OR_MONTH_BEFORE_RE.test(before) || DOC_KIND_BEFORE_RE.test(before))) return true;
  if (id === "year") {
    if (FROM_YEAR_RE.test(lineBefore(t, c.start, 40))) return true;
    // "(Nghị quyết | Đề án …) … đến năm 2030" names a programme, unless the clause strives for it
    // or the year is followed by the level it sets ("… khu vực quy hoạch … đến năm 2030: 98%": no name ends so).
    const clause = clauseBefore(t, c.core, 200);
    if (PROGRAMME_RE.test(clause) && !STRIVE_RE.test(clause) && !/^\s{0,3}:/u.test(t.slice(c.end, c.end + 4))) return true;
  }
  return false;
}

// ---------------------------------------------------------------- the rule

interface Found extends Candidate { id: string; termEnd?: boolean }

/** Find the deadlines in one block of text. Offsets are relative to `text`. */
export function findDeadlines(text: string, ctx: DeadlineContext): DeadlineHit[] {
  if (!text) return [];
  // time and comparison words typed without diacritics read as written with them (same length)
  const t = restoreDiacritics(foldTone(text));
  if (t.length !== text.length) return []; // folding must keep offsets; text is expected in NFC
  const { found, refused } = candidates(t);
  const kept = listed(t, keepLongest(t, found, refused));
  shareYears(t, kept);
  return toHits(text, kept, ctx);
}

/** Every reading of every pattern, the accepted ones and the refused ones. */
function candidates(t: string): { found: Found[]; refused: Found[] } {
  const found: Found[] = [];
  const refused: Found[] = []; // a refused reading also hides the shorter readings inside it
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    for (let m = p.re.exec(t); m; m = p.re.exec(t)) {
      if (m[0].length === 0) { p.re.lastIndex++; continue; }
      const g = (m.groups ?? {}) as Groups;
      const built = p.build(g, m) as (Omit<Candidate, "start" | "end" | "core"> & { termEnd?: boolean }) | null;
      if (!built) continue;
      const lead = g.lead ?? g.yl;
      const core = m.index + (lead !== undefined && t.slice(m.index, m.index + lead.length).toLowerCase() === lead.toLowerCase() ? lead.length : 0);
      const c: Found = { ...built, id: p.id, start: m.index, end: m.index + m[0].length, core };
      // A lead that is only "trong" is not kept in the raw of a date-like match.
      if (rejected(t, c, p.id, built.year !== null)) refused.push(c);
      else found.push(c);
      // Let shorter patterns try inside a long match too (they are resolved below).
      p.re.lastIndex = m.index + 1;
    }
  }
  return { found, refused };
}

/** The longest of overlapping candidates, none hidden by a refused reading, in text order. */
function keepLongest(t: string, found: Found[], refused: Found[]): Found[] {
  // A refused reading hides the shorter readings inside it ("ngày 3/4/2022 của …"
  // hides "3/4"). For each start, the furthest end of a refused span starting there.
  const refusedEnd = new Map<number, number>();
  for (const r of refused) refusedEnd.set(r.start, Math.max(refusedEnd.get(r.start) ?? 0, r.end));
  const starts = [...refusedEnd.keys()].sort((a, b) => a - b);
  const prefixEnd: number[] = []; // furthest end among refused spans starting at or before starts[i]
  starts.forEach((s, i) => { prefixEnd[i] = Math.max(prefixEnd[i - 1] ?? 0, refusedEnd.get(s) ?? 0); });
  const hidden = (c: Found): boolean => {
    let lo = 0, hi = starts.length - 1, at = -1; // last refused start <= c.start
    while (lo <= hi) { const mid = (lo + hi) >> 1; if (starts[mid] <= c.start) { at = mid; lo = mid + 1; } else hi = mid - 1; }
    if (at < 0) return false;
    if (starts[at] < c.start) return prefixEnd[at] >= c.end; // a span starting before c covers it
    const earlier = at > 0 ? prefixEnd[at - 1] : 0;
    return earlier >= c.end || (refusedEnd.get(c.start) ?? 0) > c.end; // or one from the same start, longer
  };

  // Keep the longest of overlapping candidates (ranges over their parts). Matches
  // are short, so marking the characters they take keeps this linear.
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken = new Uint8Array(t.length + 1);
  const kept: Found[] = [];
  for (const c of found) {
    if (hidden(c)) continue;
    let free = true;
    for (let i = c.start; i < c.end && free; i++) if (taken[i]) free = false;
    if (!free) continue;
    taken.fill(1, c.start, c.end);
    kept.push(c);
  }
  return kept.sort((a, b) => a.start - b.start);
}

// The next of a list of months or quarters written after the first one's word: ", 6" in "tháng 5, 6,
// 7/2025", ", II/2025" in "Quý I, II/2025", " và IV" in "quý III và IV năm 2025". The number stands before
// a separator, a year or the end (", 6 hội viên" is no month).
const LISTED_MONTH_RE = regex(`\\s{0,3}(?:,|;|${W.and})\\s{0,3}(?<n>${MON})(?:${S0}[/-]${S0}(?<y>${YEAR})|${S}${W.year}${S}(?<yn>${YEAR}))?(?=\\s{0,3}(?:[,;.)]|${W.and}|$))`, "iuy");
const LISTED_QUARTER_RE = regex(`\\s{0,3}(?:,|;|${W.and})\\s{0,3}(?<n>${ROMAN_Q})(?:${S0}[/-]${S0}(?<y>${YEAR})|${S}${W.year}${S}(?<yn>${YEAR}))?(?=\\s{0,3}(?:[,;.)]|${W.and}|$))`, "iuy");
// The next day of a month row's list: "; 10" in "Ngày 03; 10; 17 (Thứ 5)", ", 18 và 25" (a day standing alone).
const LISTED_DAY_RE = regex(`\\s{0,3}(?:,|;|${W.and})\\s{0,3}(?<n>${DAY})(?![\\p{N}/.\\-])(?=\\s{0,3}(?:[,;.)(|]|${W.and}|$))`, "iuy");
const MAX_LISTED = 11;
/** How many days a month row may list (a weekday of every week, a month's working days). */
const MAX_LISTED_DAYS = 23;
// what may stand between two times that share one year: ", ", "; ", " và ", " hoặc "
const SAME_YEAR_GAP_RE = regex(`^\\s{0,3}(?:,|;|${W.and}|${W.or}|,\\s{0,3}${W.and})?\\s{0,3}$`, "iu");

/** The months or quarters listed after a kept month or quarter, each one a deadline of its own. */
function listed(t: string, kept: Found[]): Found[] {
  const out: Found[] = [];
  const dropped = new Set<Found>();
  const starts = new Set(kept.map((k) => k.start));
  for (const c of kept) {
    out.push(c);
    if (c.id === "day-list-row") { out.push(...listedDays(t, c)); continue; }
    const re = c.id === "month" || c.id === "month-listed" ? LISTED_MONTH_RE : c.id === "quarter" ? LISTED_QUARTER_RE : null;
    if (!re || c.year !== null) continue;
    let at = c.end;
    for (let n = 0; n < MAX_LISTED; n++) {
      re.lastIndex = at;
      const m = re.exec(t);
      if (!m || starts.has(at + m[0].length - m[0].trimStart().length)) break;
      const g = (m.groups ?? {}) as Groups;
      const v = c.id === "quarter" ? quarterOf(g.n ?? "") : Number(g.n);
      const end = m.index + m[0].length;
      // a year read alone inside it ("năm 2025" of "quý III và IV năm 2025") is the listed one's year
      const inside = (k: Found) => k !== c && k.start < end && m.index < k.end;
      if (!v || [...kept, ...out].some((k) => inside(k) && !(k.precision === "year" && k.start >= m.index))) break;
      for (const k of [...kept, ...out]) if (inside(k)) dropped.add(k);
      const numStart = m.index + m[0].search(/[\p{N}IVX]/u);
      const year = yearOf(g, "y", "yn");
      out.push(c.id !== "quarter"
        ? { id: "month", precision: "month", year, shareYear: true, month: v, span: (y) => monthSpan(y, v), start: numStart, end: m.index + m[0].length, core: numStart }
        : { id: "quarter", precision: "quarter", year, shareYear: true, month: v * 3, span: (y) => quarterSpan(y, v), start: numStart, end: m.index + m[0].length, core: numStart });
      at = end;
    }
  }
  return out.filter((k) => !dropped.has(k)).sort((a, b) => a.start - b.start);
}

/** The days listed after the first day of a month row ("Ngày 03; 10; 17"), each a day of the row's month. */
function listedDays(t: string, c: Found): Found[] {
  const out: Found[] = [];
  const month = c.month ?? 0;
  let at = c.end;
  for (let n = 0; n < MAX_LISTED_DAYS; n++) {
    LISTED_DAY_RE.lastIndex = at;
    const m = LISTED_DAY_RE.exec(t);
    if (!m?.groups) break;
    const d = Number(m.groups.n);
    const numStart = m.index + m[0].search(/\p{N}/u);
    at = m.index + m[0].length;
    out.push({
      id: "day-month", precision: "day", year: c.year, month, start: numStart, end: at, core: numStart,
      span: (y) => (validDay(y, month, d) ? { start: iso(y, month, d), end: iso(y, month, d) } : null),
    });
  }
  return out;
}

function shareYears(t: string, kept: Found[]): void {
  // "Tháng 3 và tháng 10/2025", "quý I, quý II năm 2025": a year written once
  // applies to the neighbours of the same kind listed with it ("tháng 5, 6, 7/2025": from the last back).
  for (let i = kept.length - 1; i >= 0; i--) shareYear(t, kept, i);
  for (let i = 0; i < kept.length; i++) shareYear(t, kept, i);
}

function shareYear(t: string, kept: Found[], i: number): void {
  const c = kept[i];
  if (c.year !== null) return;
  // "QUÝ III/2021 (Tháng 7 – 9)", "tháng 6/2025 (01/6 - 30/6)": a time in brackets right after a dated one spells it out
  const p = kept[i - 1];
  if (p && p.year !== null && /^\s{0,3}\($/u.test(t.slice(p.end, c.start))) { c.year = p.year; return; }
  if (!c.shareYear) return;
  for (const j of [i + 1, i - 1]) {
    const n = kept[j];
    if (!n || n.year === null || n.precision !== c.precision) continue;
    const gap = j > i ? t.slice(c.end, n.start) : t.slice(n.end, c.start);
    if (SAME_YEAR_GAP_RE.test(gap)) { c.year = n.year; return; }
  }
}

/**
 * The year of a day, month or quarter written without one: the plan's year; in a school-year
 * plan ("năm học 2025 - 2026") the first year from September (August's preparations included)
 * to December, the second from January to July; none in a term plan.
 */
function impliedYear(c: Found, ctx: DeadlineContext): number | null {
  const { periodStart, periodEnd } = ctx;
  if (ctx.planYear == null && periodStart != null && periodEnd === periodStart + 1 && c.month !== undefined) {
    return c.month >= 8 ? periodStart : periodEnd;
  }
  if (ctx.multiYear) return null;
  if (ctx.planYear != null && nextYearsMonth(c, ctx.planYear, ctx.issuedAt)) return ctx.planYear + 1;
  return ctx.planYear ?? (periodStart == null ? ctx.textYear ?? null : null);
}

/** A plan signed from this month on looks ahead into the next year ("Kế hoạch tháng 12": "trong tháng 01 và tháng 02"). */
const LATE_ISSUE_MONTH = 11;
/** Months this early, named without a year in a plan signed late in its own year, are the next year's. */
const NEXT_YEAR_MONTHS = 3;
const nextYearsMonth = (c: Found, planYear: number, issuedAt: string | null | undefined): boolean =>
  c.month !== undefined && c.month <= NEXT_YEAR_MONTHS && issuedAt != null &&
  Number(issuedAt.slice(0, 4)) === planYear && Number(issuedAt.slice(5, 7)) >= LATE_ISSUE_MONTH;

/** Longer than this, a span from a day to a day is an anniversary whatever its days ("(1945 - 2025)" written out). */
const MAX_STAGE_YEARS = 6;
/** A span over a year long from a day to the same day of the month, or longer than any plan's stage. */
function anniversary(span: { start: string; end: string }): boolean {
  const days = (Date.parse(span.end) - Date.parse(span.start)) / 86_400_000;
  if (days <= 400) return false;
  return span.start.slice(5) === span.end.slice(5) || days > MAX_STAGE_YEARS * 366;
}

/** The kept readings as hits, each with its year (written, shared or the plan's). */
function toHits(text: string, kept: Found[], ctx: DeadlineContext): DeadlineHit[] {
  const hits: DeadlineHit[] = [];
  for (const c of kept) {
    let year = c.year;
    let inferred = false;
    if (c.termEnd) {
      if (ctx.periodEnd == null) continue;
      year = ctx.periodEnd;
    } else if (year === null) {
      year = impliedYear(c, ctx);
      // A day or month without a year in a term plan has no single date.
      if (year === null) continue;
      inferred = true;
    }
    // A bare "năm 2023" qualifying a noun ("Quỹ học bổng … năm 2023") is read
    // only when it is the plan's own year: then it likely says when.
    if (c.id === "year" && c.bare && (ctx.planYear == null || year !== ctx.planYear)) continue;
    const span = c.span(year);
    if (!span) continue;
    let { start, end } = c;
    // An anniversary span "(7/5/1954 - 7/5/2024)": only the later date is this plan's. (A campaign's stage
    // over a year and more, "từ ngày 1/6/2026 đến hết ngày 30/9/2027", ends on another day of the year.)
    if (c.precision === "range" && anniversary(span)) {
      const dates = [...text.slice(start, end).matchAll(/(?<d>\p{N}{1,2})\/(?<m>\p{N}{1,2})\/(?<y>\p{N}{4})/gu)];
      const m = dates[dates.length - 1];
      if (!m?.groups || m.index === undefined) continue;
      const [d, mo, y] = [Number(m.groups.d), Number(m.groups.m), Number(m.groups.y)];
      start += m.index;
      end = start + m[0].length;
      hits.push({
        raw: text.slice(start, end), start, end, iso: { start: iso(y, mo, d), end: iso(y, mo, d) },
        precision: "day", yearInferred: false, optional: true,
      });
      continue;
    }
    // "(Quý II)", "(5/6)": the brackets belong to the expression.
    if (text[start - 1] === "(" && text[end] === ")") { start--; end++; }
    const hit: DeadlineHit = { raw: text.slice(start, end), start, end, iso: span, precision: c.precision, yearInferred: inferred };
    if (c.optional) hit.optional = true;
    hits.push(hit);
  }
  return hits;
}
