// Deadlines of items (in the item's words and in a table row's time column) and of the loose
// paragraphs of a target or task section that no item owns. The plan's year fills a missing year.
import type { Block } from "../src/ground/model.js";
import type { Rule, RuleContext } from "./rule.js";
import type { Deadline, SpanT } from "../schemas/plan.js";
import { findDeadlines, type DeadlineContext, type DeadlineHit } from "./deadline.js";
import { timeCells } from "./table-cells.js";
import { parseLabel } from "../src/ground/label.js";
import { sectionKind } from "./sections.js";
import { foldForMatch, foldTone } from "../src/ground/text.js";
import { alt, escapeRe, anyOf, regex } from "./vocab/pattern.js";
import { COUNTER_WORDS, DAY_PARTS, DAY_PARTS_LEADING, EVENT_VERBS, HEADING_TIME_WORDS, W } from "./vocab/words.js";
import { DATELINE_TIMES, DAY_LEADS, EVENT_ON_DAY, WEEKDAYS } from "./vocab/time.js";

// The year a document's text writes, per run (set by the deadlines rule, read by the plan-span rule too)
const TEXT_YEARS = new WeakMap<RuleContext, number | null>();
// The day the plan was signed, per run (set by the deadlines rule from the metadata)
const ISSUED = new WeakMap<RuleContext, string | null>();
// a dated year: "30/4/2021", "28-12-2025", "15.12.2015", "tháng 5/2021", "năm 2021"
const DATED_YEAR_RE = regex(`(?<![\\p{N}])(?:\\p{N}{1,2}([/.-])\\p{N}{1,2}\\1|(?:${W.month}|${W.year})\\s{1,3}(?:\\p{N}{1,2}\\s{0,2}\\/\\s{0,2})?)((?:19|20)\\p{N}{2})(?![\\p{N}])`, "giu");

/**
 * The latest year the text dates anything in ("Đợt cao điểm … (30/4/1975 - 30/4/2021) … từ ngày 23/4 đến
 * ngày 23/6": 2021), for a text whose metadata gives neither a year nor a term (gold README: a campaign's
 * days written without a year take the year the same text gives elsewhere).
 */
export function textYearOf(doc: { blocks: readonly Block[] }): number | null {
  let best: number | null = null;
  for (const b of doc.blocks.slice(0, 300)) {
    for (const m of foldTone(b.text).matchAll(DATED_YEAR_RE)) {
      const y = Number(m[2]);
      if (best === null || y > best) best = y;
    }
  }
  return best;
}

/** The deadline context of findDeadlines, from the rule context. */
export const deadlineContext = (ctx: RuleContext): DeadlineContext => ({
  planYear: ctx.planYear, multiYear: ctx.multiYear, periodStart: ctx.periodStart, periodEnd: ctx.periodEnd,
  textYear: TEXT_YEARS.get(ctx) ?? null, issuedAt: ISSUED.get(ctx) ?? null,
});

/**
 * The deadlines found in `text`, each placed by `where`. Readings careful people differ on
 * (a year qualifying a noun: "Cuộc thi … năm 2024") are left out.
 */
export function readDeadlines(text: string, ctx: RuleContext, item: string | null, where: (d: DeadlineHit) => SpanT): Deadline[] {
  return findDeadlines(text, deadlineContext(ctx))
    .filter((d) => !d.optional)
    .map((d) => toDeadline(d, item, where(d)));
}

const toDeadline = (d: DeadlineHit, item: string | null, where: SpanT): Deadline => ({
  item, raw: d.raw, start: d.iso.start, end: d.iso.end, precision: d.precision, where, yearInferred: d.yearInferred,
});

export const deadlines: Rule = {
  id: "deadlines",
  run(doc, ctx, out) {
    ISSUED.set(ctx, out.meta?.issuedAt ?? null);
    TEXT_YEARS.set(ctx, ctx.planYear === null && !ctx.multiYear && ctx.periodStart === null ? textYearOf(doc) : null);
    for (const { raw, spans } of out.placed) {
      out.deadlines.push(...readDeadlines(raw.text, ctx, raw.id, (d) => spans.span(d.start, d.end)));
      // a table's time column ("Thời gian thực hiện": "Quý I/2025", "Cả năm") holds the row's deadline
      const page = raw.row?.page ?? null;
      for (const cell of timeCells(raw)) {
        out.deadlines.push(...readDeadlines(cell.text, ctx, raw.id, (d) => ctx.blockSpan({ page, start: cell.start }, d.start, d.end)));
      }
    }
    // a paragraph of a target or task section that no item owns ("Tổ chức thực hiện" written as prose:
    // "… báo cáo kết quả về Tỉnh Đoàn trước ngày 05/4/2025") still says when something is due
    // (read as every paragraph outside items is: a dated day with no lead is a past event or a post
    // date, "Ngày 05/5/2015, Ban Chấp hành … tổ chức hội nghị", "15/12/2012"; one deadline per span)
    // a schedule heads its days with weekdays ("THỨ HAI, NGÀY 12/4/2027" … "THỨ BA, NGÀY 13/4/2027"); one weekday line
    // alone is a page's post date ("Thứ năm, 12/10/2027")
    const weekdayDays = weekdaySchedule(doc);
    for (const blk of out.structure.loose) {
      // every time written in a loose paragraph counts, as each one in an item does ("+ Thời gian
      // giám sát: tháng 5/2022" under two programmes is two deadlines)
      out.deadlines.push(...looseDeadlines(blk, ctx, out.meta?.issuedAt ?? null, weekdayDays));
    }
  },
};

// What may stand around the time of a time heading: a label ("I.", "2-", "a)"), brackets, dashes, a
// colon, and time words a reading left aside ("(Tháng 7 – 9)" in a plan of unknown year).
const HEADING_REST_RE = regex(`^(?:[\\s\\p{N}IVXivx.:;,()\\-–/]|${anyOf(HEADING_TIME_WORDS)})*$`, "iu");
// Precisions of the times a plan is laid out by ("QUÝ III/2021", "THÁNG 12/2025", "6 THÁNG CUỐI NĂM").
const HEADING_PRECISIONS = new Set<string>(["quarter", "month", "half", "range"]);

/** The line holds nothing but these times, each one a plan may be laid out by. */
function isTimeHeading(text: string, hits: readonly DeadlineHit[]): boolean {
  if (!hits.length || !hits.every((d) => HEADING_PRECISIONS.has(d.precision))) return false;
  let rest = "", at = 0;
  for (const d of hits) { rest += text.slice(at, d.start); at = d.end; }
  return HEADING_REST_RE.test(rest + text.slice(at));
}

// A lead that makes a dated day a limit or a schedule: "trước ngày 30/6/2025", "(14/3/2026)".
const DAY_LEAD_RE = regex(`^(?:\\(|(?:${DAY_LEADS.map(escapeRe).join("|")})(?![\\p{L}\\p{M}]))`, "iu");

const DAY_LEAD_BEFORE_RE = regex(`(?:^|[\\s(])(?:${DAY_LEADS.map(escapeRe).join("|")})\\s{1,3}$`, "iu");
// A schedule line that opens with its hour: "- 9 giờ 00’, ngày 13 tháng 9 năm 2027", "14h30 ngày 05/10/2027:", "8 giờ 30 phút, ngày …"
const CLOCK_LEAD_RE = regex(`^[\\s\\-–+*•]{0,4}\\p{N}{1,2}\\s{0,2}(?:${W.hour}|h|g)\\s{0,2}(?:\\p{N}{2}\\s{0,2}(?:['’]|${W.minute})?)?\\s{0,3}[,:-]?\\s{0,3}$`, "iu");
// An event named right before its day: "Tổng kết ngày 18/01/2027", "Khai mạc: ngày 05/9/2027" (rules/vocab/time.ts)
// (its verb and "vào" may stand between: "Lễ Khai mạc diễn ra vào ngày 26/4/2027", "Lễ Bế mạc vào ngày 10/8/2027")
const EVENT_LEAD_RE = regex(`(?:^|[\\s(\\-–+*•])${alt(EVENT_ON_DAY, "tone")}(?:\\s{1,3}(?:${anyOf(EVENT_VERBS)}))?(?:\\s{1,3}${W.on})?\\s{0,3}:?\\s{0,3}$`, "iu");
// A schedule's day heading: "THỨ HAI, NGÀY 12/4/2027", "Thứ Ba (13/4/2027):", "Sáng thứ Tư, 14/4" (rules/vocab/time.ts)
const WEEKDAY_LEAD_RE = regex(`^[\\s\\-–+*•]{0,4}(?:(?:${anyOf(DAY_PARTS)})\\s{1,3})?${alt(WEEKDAYS, "tone")}\\s{0,3}[,(:–-]?\\s{0,3}(?:${W.day}\\s{0,3})?\\(?$`, "iu");
// a line that opens with a weekday and its day: "THỨ HAI, NGÀY 12/4/2027", "Thứ Ba (13/4/2027)"
const WEEKDAY_DAY_RE = regex(`^[\\s\\-–+*•]{0,4}(?:(?:${anyOf(DAY_PARTS)})\\s{1,3})?${alt(WEEKDAYS, "tone")}\\s{0,3}[,(:–-]?\\s{0,3}(?:${W.day}\\s{0,3})?\\(?\\s{0,2}\\p{N}{1,2}\\s{0,2}\\/\\s{0,2}\\p{N}{1,2}`, "iu");
/**
 * Two lines or more open with a weekday and its day: a schedule (one alone is a page's post date). Re-checked with
 * round 6 open (session 6): one line would add a post date as a deadline, three would lose a two-day schedule's days.
 */
export const weekdaySchedule = (doc: { blocks: readonly Block[] }): boolean =>
  doc.blocks.filter((b) => WEEKDAY_DAY_RE.test(foldTone(b.text.slice(0, 60)))).length >= 2;
// A schedule line that opens with the part of the day: "Sáng 12/4/2027: họp …", "- Chiều ngày 13/4/2027 - làm việc …"
// (before a comma it is a report's dateline: "Sáng 12/4, Hội … đã tổ chức …", read below)
const PART_OF_DAY_RE = regex(`^[\\s\\-–+*•]{0,4}(?:${anyOf(DAY_PARTS_LEADING)})\\s{1,3}(?:${W.day}\\s{1,3})?$`, "iu");
// A paragraph that cites documents: "Căn cứ …", "- Căn cứ vào …"
const BASIS_PARAGRAPH_RE = /^\s{0,3}(?:[-–+•*]\s{0,3})?can\s{1,3}cu(?![\p{L}\p{M}])/u;
// what stands before a report's dateline in its sentence: a source tag ("(QNO) -"), a time of day
const DATELINE_RE = regex(`(?:^|[.!?]\\s{1,3})[\\s\\-–+*•]{0,4}(?:\\([^()]{1,20}\\)\\s{0,3}[-–]?\\s{0,3})?(?:${alt(DATELINE_TIMES, "tone")}\\s{1,3})?$`, "iu");

// a capitalised time of day opens a sentence even after a page's stamp ("date 2021-04 Sáng 23/4, Công an tỉnh …")
const TIME_WORD_RE = regex(`(?<![\\p{L}\\p{M}])(?:${alt(DATELINE_TIMES, "tone")})(?:\\s{1,3}${W.day})?\\s{1,3}$`, "iu");
const capitalTime = (before: string): boolean => {
  const m = TIME_WORD_RE.exec(foldTone(before));
  return m !== null && /^\p{Lu}/u.test(before.slice(m.index));
};

/** The time opens the paragraph (after a bullet at most) and a comma follows it. */
const OPENS_BEFORE_COMMA = (text: string, d: DeadlineHit): boolean =>
  /^[\s\-–+*•]{0,4}$/u.test(text.slice(0, d.start)) && /^\s{0,2},/u.test(text.slice(d.end));

// A web page's visit counter copied with the plan: "Tháng 07 : 77", "Năm 2020 : 1.901", "Tuần này: 1773"
const COUNTER_LINE_RE = regex(`^\\s{0,3}(?:${anyOf(COUNTER_WORDS)})[^:\\n]{0,12}:\\s{0,3}\\d[\\d.,]{0,12}\\s{0,3}$`, "iu");

/**
 * The deadlines of a paragraph outside every item (a plan whose list was not recognised still says
 * when things are due: "Đến năm 2025, 100% xã …"), item null. A dated day without a lead is left
 * out there: outside items it is mostly the date of the document, of its web page or of a past event
 * ("Ngày 05/5/2025, Ban Chấp hành … tổ chức hội nghị"), not a deadline.
 */
export function looseDeadlines(blk: Block, ctx: RuleContext, issuedAt: string | null, weekdayDays = false): Deadline[] {
  if (COUNTER_LINE_RE.test(blk.text)) return [];
  // "Căn cứ …": the times of a paragraph citing documents are those documents' dates and subjects
  if (BASIS_PARAGRAPH_RE.test(foldForMatch(blk.text.slice(0, 20)))) return [];
  const hits = findDeadlines(blk.text, deadlineContext(ctx)).filter((d) => !d.optional);
  // a line that is nothing but a time ("QUÝ III/2025 (Tháng 7 – 9)"): a heading above the items it dates
  if (blk.text.length <= 80 && isTimeHeading(blk.text, hits)) return hits.map((d) => toDeadline(d, null, ctx.blockSpan(blk, d.start, d.end)));
  // a section's heading ("6. Tổ chức một số hoạt động, sự kiện trong năm 2026") names the span of its items
  const label = parseLabel(blk.text);
  const kind = sectionKind(label ? blk.text.slice(label.length) : blk.text);
  if (kind === "target" || kind === "task" || kind === "mixed") return [];
  const clocked = (d: DeadlineHit) =>
    CLOCK_LEAD_RE.test(blk.text.slice(0, d.start)) || (weekdayDays && WEEKDAY_LEAD_RE.test(foldTone(blk.text.slice(0, d.start)))) ||
    EVENT_LEAD_RE.test(foldTone(blk.text.slice(Math.max(0, d.start - 40), d.start))) ||
    (PART_OF_DAY_RE.test(foldTone(blk.text.slice(0, d.start))) && /^\s{0,2}(?:[:(–-]|$)/u.test(blk.text.slice(d.end)));
  // (in a schedule whose other days carry their lead, the lead may stand before the raw: "… xong trước ngày 13-01-2027; giao
  // quân vào ngày 10-02-2027"; alone, "diễn ra vào ngày 16/11/2026" dates a past event)
  const scheduled = hits.some((d) => d.precision === "day" && DAY_LEAD_RE.test(d.raw));
  const led = (d: DeadlineHit) => DAY_LEAD_RE.test(d.raw) || (scheduled && DAY_LEAD_BEFORE_RE.test(blk.text.slice(Math.max(0, d.start - 12), d.start))) || /\(\s{0,2}$/u.test(blk.text.slice(Math.max(0, d.start - 3), d.start)) || clocked(d);
  return hits
    .filter((d) => !(d.precision === "day" && !d.yearInferred && !led(d)))
    // "Ngày 02/12, Hội … tổ chức …": a day opening a paragraph no item owns, before a comma, is a report's
    // dateline; "Năm 2023, Hội … phấn đấu:" the time frame of the list a lead opens (its items say what is due)
    .filter((d) => !(OPENS_BEFORE_COMMA(blk.text, d) && (d.precision === "day" || (d.precision === "year" && /:\s{0,3}$/u.test(blk.text)))))
    // "(QNO) - Sáng nay 20/10, Công an huyện …", "Chiều ngày 05/9/2021, Liên đội …": a news sentence's dateline
    .filter((d) => !(d.precision === "day" && (DATELINE_RE.test(foldTone(blk.text.slice(Math.max(0, d.start - 60), d.start))) || capitalTime(blk.text.slice(Math.max(0, d.start - 20), d.start))) && /^\s{0,2},/u.test(blk.text.slice(d.end))))
    // a time over by the day the plan was signed is a review or a past event ("Đánh giá … tháng 04/2025")
    // (a year we inferred is no evidence of the past: a school-year plan signed in October dates "2/9")
    // (a schedule line that opens with its hour is an entry of the programme, as written: gold README, slips in dates)
    .filter((d) => issuedAt === null || d.yearInferred || d.iso.end > issuedAt || clocked(d))
    .map((d) => toDeadline(d, null, ctx.blockSpan(blk, d.start, d.end)));
}
