// The year a plan is for, or its term (CONTRACT.md `meta.year` / `meta.period`): a one-year plan
// has a year ("năm 2024", a month "THÁNG 5/2020", a quarter "quý II/2015"), a term plan a period
// ("nhiệm kỳ 2020-2025", "giai đoạn 2021-2025", a school year "năm học 2023 - 2024") and no year.
// Read from the title and subtitle first, then the opening, then the first lines of a copy that
// lost its title (a page's headline, the first section heading).
import type { Block, Warning } from "../../src/ground/model.js";
import { warning } from "../../src/ground/codes.js";
import type { Meta } from "../../schemas/plan.js";
import type { OpeningFacts } from "./opening.js";
import { isHeaderLine } from "./header.js";
import { textYearOf } from "../item-deadlines.js";
import { B, E, execFolded, allFolded, foldForMatch } from "../../src/ground/text.js";
import { alt, regex } from "../vocab/pattern.js";
import { ANNOUNCING_VERBS, STRIVING_VERBS } from "../vocab/documents.js";
import { capital, W } from "../vocab/words.js";
import { ELECTION_WORDS, REVIEW_BEFORE_YEAR, LUNAR_BRANCHES, LUNAR_STEMS, PRICE_BASE_BEFORE, WEEKDAYS } from "../vocab/time.js";

type Period = { from: number; to: number };

// "nhiệm kỳ 2022 - 2027", "giai đoạn 2021-2025", "khóa (2020-2025)", "NĂM HỌC: 2021-2022"
// (a digit may stand right before it: "tháng 12năm học 2019 - 2020" as a copy glued it)
// ("nhiệm kỳ Đại hội VI (2021-2026)", "NHIỆM KỲ ĐẠI HỘI VI { 2021-2026 }": the congress's number between, any bracket)
// ("giai đoạn 5 năm tới (2021-2025)": its length between)
// ("nhiệm kì", and glued to the congress's number by a copy: "lần thứ XXInhiệm kỳ 2025 - 2030"; a span's length
// alone before it: "Mục tiêu chủ yếu 5 năm 2026-2030")
const PERIOD_RE = regex(`(?<lead>(?<![\\p{L}\\p{M}\\p{N}])(?:giai doan|khoa|nam hoc|\\d{1,2}\\s{1,3}nam)|nhiem k[yi])(?:\\s{1,3}dai hoi\\s{1,3}(?:lan thu\\s{1,3})?[ivxl]{1,6}|\\s{1,3}\\d{1,2}\\s{1,3}nam(?:\\s{1,3}(?:toi|sap toi))?)?\\s{0,3}:?\\s{0,3}[({[]?\\s{0,3}(?<from>(?:19|20)\\d\\d)\\s{0,3}[-–—]\\s{0,3}(?<to>(?:19|20)\\d\\d)${E}`, "gdu");
// the stems and branches of a lunar year's name ("Bính Thân", "Giáp Thìn"), folded
const CAN = alt(LUNAR_STEMS, "full");
const CHI = alt(LUNAR_BRANCHES, "full");
// "năm 2024" (not the start of a span "năm 2020 - 2025"), "tháng 5/2020", "THÁNG 01/2022", "quý II/2015"
// (a Tết campaign names its year after the lunar year's name: "Xuân Bính Thân 2016", "Tết Nguyên đán Giáp Thìn - 2024")
const YEAR_RE = regex(
  `${B}(?:nam\\s{0,3}(?<y>(?:19|20)\\d\\d)${E}(?!\\s{0,3}[-–—]\\s{0,3}\\d)|(?:xuan|tet(?:\\s{1,3}nguyen dan)?)\\s{1,3}${CAN}\\s{1,3}${CHI}\\s{0,3}[-–(]?\\s{0,3}(?<ty>(?:19|20)\\d\\d)(?!\\d)|(?:thang\\s{0,3}\\d{1,2}|quy\\s{0,3}(?:i{1,3}|iv|[1-4]))\\s{0,2}[/-]\\s{0,2}(?<my>(?:19|20)\\d\\d)(?!\\d))`,
  "gdu",
);
// a month without its year in a school year's plan: "tháng 12 năm học 2019 - 2020" (a monthly plan)
const MONTH_RE = regex(`${B}thang\\s{0,3}(?<m>\\d{1,2})(?![\\d/])`, "du");
// "Chủ đề năm 2024" in the first items: the plan's year when the title gives none
const THEME_YEAR_RE = regex(`${B}chu de\\s{1,3}(?:cua\\s{1,3})?nam\\s{1,3}(?<y>(?:19|20)\\d\\d)${E}`, "du");
// a day with its year: "… chào mừng ngày Phụ nữ Việt Nam 20/10/2027"
const DAY_RE = /(?<![\d/])\d{1,2}\/\d{1,2}\/((?:19|20)\d{2})(?![\d/])/g;
// a day without its year: "20/11", "26/3"
const DAY_MONTH_RE = /(?<![\d/])(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\d/])/u;
const CITED_AFTER_RE = regex(`^\\s{0,3},?\\s{0,3}${W.of}(?![\\p{L}])`, "iu");

/** The first term in `text`: "nhiệm kỳ 2022 - 2027", "giai đoạn 2021-2025", "năm học 2023 - 2024" → {from, to}. */
export function readPeriod(text: string): Period | null {
  return periodHits(text)[0]?.period ?? null;
}

function periodHits(text: string): Array<{ index: number; period: Period; school: boolean }> {
  const out: Array<{ index: number; period: Period; school: boolean }> = [];
  for (const m of allFolded(regex(PERIOD_RE.source, "gdu"), text)) {
    const from = Number(m.groups.from), to = Number(m.groups.to);
    const school = foldForMatch(m.groups.lead ?? "") === "nam hoc";
    // a school year spans two calendar years; a term up to ten
    if (to > from && to - from <= (school ? 1 : 10)) out.push({ index: m.index, period: { from, to }, school });
  }
  return out;
}

// the base year of prices: "theo giá so sánh năm 2010" (rules/vocab/time.ts)
const PRICE_BASE_RE = regex(`${B}${alt(PRICE_BASE_BEFORE, "full")}\\s{1,3}$`, "u");
// "năm 2026-2030" in a heading: the span the plan is for
const YEAR_SPAN_RE = /(?<![\p{L}])nam\s{1,3}(?<from>(?:19|20)\d\d)\s{0,3}[-–]\s{0,3}(?<to>(?:19|20)\d\d)(?![\d/])/u;
function yearSpan(heading: string): Period | null {
  const m = YEAR_SPAN_RE.exec(foldForMatch(heading));
  if (!m?.groups) return null;
  const from = Number(m.groups.from), to = Number(m.groups.to);
  return to > from && to - from <= 10 ? { from, to } : null;
}

// a horizon, not the plan's year: "… đến năm 2025, định hướng đến năm 2030", "tầm nhìn đến năm 2045"
const HORIZON_BEFORE_RE = /(?<![\p{L}])(?:den|toi|tam nhin)\s{1,3}$/u;

// "ngày 16 tháng 8 " before "năm 2022": a full date
const DAY_BEFORE_RE = /(?<![\p{L}])ngay\s{1,3}\d{1,2}\s{1,3}thang\s{1,3}\d{1,2}\s{0,3},?\s{0,3}$/u;

// "Việt Nam 2015", "Hà Nam": the name "Nam" after a capitalised word, which the folded view reads as "năm"
const NAME_NAM_RE = /\p{Lu}[\p{Ll}\p{M}]{0,8}\s{1,3}Nam$/u;

function yearHits(text: string): Array<{ index: number; year: number }> {
  const f = foldForMatch(text);
  return allFolded(regex(YEAR_RE.source, "gdu"), text)
    .filter((m) => !HORIZON_BEFORE_RE.test(f.slice(Math.max(0, m.index - 12), m.index)))
    .filter((m) => !PRICE_BASE_RE.test(f.slice(Math.max(0, m.index - 20), m.index)))
    .filter((m) => !NAME_NAM_RE.test(text.slice(Math.max(0, m.index - 12), m.index + 3)))
    // the year of a day ("hôm nay ngày 16 tháng 8 năm 2022"): when something was done, not what the plan is for
    .filter((m) => !DAY_BEFORE_RE.test(f.slice(Math.max(0, m.index - 30), m.index)))
    .map((m) => ({ index: m.index, year: Number(m.groups.y ?? m.groups.my ?? m.groups.ty) }));
}

/** The year a one-year plan is for: the last "năm 2024", "tháng 5/2020", "quý II/2015" (not inside a span). */
export function readYear(text: string): number | null {
  return yearHits(text).pop()?.year ?? null;
}

export const mentionsTerm = (text: string): boolean => /(?<![\p{L}])(?:toan khoa|nhiem k[yi])(?![\p{L}])/u.test(foldForMatch(text));

/** The month of a monthly plan within a school year falls in its first year from August ("tháng 12" of 2019 - 2020). */
function monthOfSchoolYear(heading: string, period: Period): number | null {
  const m = execFolded(MONTH_RE, heading);
  if (!m) return null;
  const month = Number(m.groups.m);
  if (month < 1 || month > 12) return null;
  return month >= 8 ? period.from : period.to;
}

/** The term or the year: from the title and subtitle; a term plan has no single year. */
export function readTerm(meta: Meta, blocks: Block[], opening: OpeningFacts, warnings: Warning[], dateYear: number | null = null): void {
  const openingText = opening.openingText;
  const heading = [meta.title ?? "", meta.subtitle ?? ""].join(" ");
  const termTitle = mentionsTerm(meta.title ?? "");
  const headingPeriod = periodHits(heading)[0];
  // (a span after "năm" in the title or subtitle: "VỀ KẾ HOẠCH PHÁT TRIỂN … NĂM 2026-2030 TỈNH X")
  let period: Period | null = headingPeriod?.period ?? yearSpan(heading);
  if (!period && termTitle) period = readPeriod(openingText);
  let year = readYear(meta.subtitle ?? "") ?? readYear(meta.title ?? "");
  if (period && year !== null && !termTitle && !mentionsTerm(meta.subtitle ?? "")) period = null;
  if (period && headingPeriod?.school && year === null) {
    const y = monthOfSchoolYear(heading, period);
    if (y !== null) [year, period] = [y, null];
  }
  if (period) year = null;
  // a title's year earlier than the plan's own date, when the announcing clause names the date's year or the next ("KẾ
  // HOẠCH … NĂM 2026" dated January 2027 over "… xây dựng kế hoạch … năm 2027 như sau:"): the copy's slip, the clause's year
  if (year !== null && dateYear !== null && year < dateYear && openingText) {
    const clauses = openingText.split(";");
    const said = readYear(clauses[clauses.length - 1]);
    if (said !== null && (said === dateYear || said === dateYear + 1)) year = said;
  }
  if (!period && year === null) year = yearOfTheme(blocks, opening);
  if (!period && year === null && openingText) {
    // "… phong trào phụ nữ năm 2024 như sau:": the year in the announcing clause
    // (of its years, one a meeting or a review is dated by gives way to another: "… họp phiên cuối năm 2026, …
    // năm 2027")
    // (the announcing sentence ends at the colon that opens its list: "… phấn đấu … như: a; b")
    const colon = openingText.search(/:\s/u);
    let clause = (colon >= 0 ? openingText.slice(0, colon) : openingText).split(";").pop() ?? "";
    if (!yearHits(clause).length) clause = openingText.split(";").pop() ?? "";
    const hits = yearHits(clause);
    year = (hits.filter((h) => !reviewedYear(clause, h.index)).pop() ?? hits.pop())?.year ?? null;
  }
  if (!period && year === null && !termTitle) {
    // an event plan names its day instead; of an anniversary's span "(08/3/1910 – 08/3/2021)" the last
    // (not the date of a document the subtitle cites: "Nghị quyết số 13-NQ/TU ngày 06/9/2023 của …")
    const sub = meta.subtitle ?? "";
    const days = [...sub.matchAll(DAY_RE)].filter((d) => !CITED_AFTER_RE.test(sub.slice((d.index ?? 0) + d[0].length)));
    if (days.length) year = Number(days[days.length - 1][1]);
    // (its day without a year, "… CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11": the year of the plan's own date)
    else if (dateYear !== null && DAY_MONTH_RE.test(sub)) year = dateYear;
  }
  if (!period && year === null && (opening.titleIndex < 0 || !meta.subtitle)) {
    const first = firstTermOrYear(blocks, opening);
    period = first?.period ?? null;
    year = first?.year ?? null;
  }
  if (!period && year === null && termTitle) {
    const m = allFolded(regex(`${B}(?:nhiem ky|giai doan)${E}`, "gdu"), heading);
    if (m.length) warnings.push(warning("meta/term-without-years", "The title names a term but no years"));
  }
  // a month's plan that names no year ("KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10"): the year of its header's date
  if (!period && year === null && dateYear !== null && execFolded(MONTH_RE, heading)) year = dateYear;
  // a page with no title that dates nothing in its header and names no term nor year: the latest year its text dates anything in ("…
  // từ nay đến hết tháng 9/2027", "nộp trước 07/11/2027"), as its deadlines take it (gold README, rounds 4 and 7)
  if (!period && year === null && meta.title === null && dateYear === null && meta.issuedAt == null && !mentionsTerm(openingText)) year = textYearOf({ blocks });
  meta.year = year;
  meta.period = period;
}

/** "1. Chủ đề năm 2024: …" among the first blocks after the title. */
function yearOfTheme(blocks: Block[], opening: OpeningFacts): number | null {
  const from = Math.max(0, opening.titleIndex);
  for (const b of blocks.slice(from, from + 15)) {
    const m = execFolded(THEME_YEAR_RE, b.text);
    if (m) return Number(m.groups.y);
  }
  return null;
}

/**
 * A copy without a title (or a subtitle) names its term or year in its first lines: the page's
 * headline ("Quyết định về … kinh tế - xã hội năm 2020"), a lead ("… Chương trình … giai đoạn
 * 2021-2025 …"), the first heading ("Các chỉ tiêu chủ yếu (nhiệm kỳ 2020-2025)"). The first one
 * written wins; a year is not read from the header's date line nor from the cited documents.
 */
function firstTermOrYear(blocks: Block[], opening: OpeningFacts): { period: Period | null; year: number | null } | null {
  const cited = new Set(opening.openingBlocks);
  let review: { period: Period | null; year: number | null } | null = null;
  for (const [i, b] of blocks.slice(0, 15).entries()) {
    // a site's banner or slogan ("… THỰC HIỆN THẮNG LỢI NHIỆM VỤ … NĂM 2022!") is chrome
    if (/!\s{0,3}$/u.test(b.text) && b.text.length < 300) continue;
    const p = laterTerm(periodHits(b.text).filter((h) => !electedTerm(b.text, h.index))) ?? (i < 6 ? headlineSpan(b.text) : undefined);
    const ys = cited.has(blocks.indexOf(b)) || isHeaderLine(b.text) ? [] : yearHits(b.text);
    if (!ys.length && i < 3) { const s = spanYear(b.text); if (s) ys.push(s); }
    const y = ys[0];
    if (p && (!y || p.index <= y.index)) return { period: p.period, year: null };
    // "Trong năm 2018, Hội … đã …", "Thành tựu … năm 2020; các chỉ tiêu … năm 2021", "hội nghị phiên cuối năm 2020": a
    // year a report reviews or a meeting is held in; a later one (in the same headline or a later sentence) may give the plan's
    const plan = ys.find((h) => !reviewYear(b.text, h.index) && !reviewedYear(b.text, h.index));
    if (plan) return { period: null, year: plan.year };
    if (y) review ??= { period: null, year: y.year };
  }
  return review;
}

// "… bầu cử đại biểu Quốc hội khóa XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026": the term of those an
// election chooses, not the plan's (rules/vocab/time.ts)
const ELECTION_BEFORE_RE = regex(`${B}${alt(ELECTION_WORDS, "full")}${E}[^.;:!?]{0,100}$`, "u");
const electedTerm = (text: string, at: number): boolean => ELECTION_BEFORE_RE.test(foldForMatch(text.slice(Math.max(0, at - 100), at)));

/**
 * Of the terms a sentence names, the plan's: "tổng kết … nhiệm kỳ 2015 – 2016 và thông qua kế hoạch … nhiệm
 * kỳ 2016 – 2017" reviews one term and plans the next, which follows it.
 */
function laterTerm(hits: ReturnType<typeof periodHits>): ReturnType<typeof periodHits>[number] | undefined {
  let best = hits[0];
  for (const h of hits.slice(1)) if (best && h.period.from === best.period.to && h.index > best.index) best = h;
  return best;
}

// a page's headline that ends with the span it plans for: "Chỉ tiêu phát triển kinh tế - xã hội xã X 2021-2025"
const HEADLINE_SPAN_RE = /(?<![\d/.-])(?<from>(?:19|20)\d\d)\s{0,3}[-–]\s{0,3}(?<to>(?:19|20)\d\d)\s{0,3}$/u;

/** The span a short headline ends with (no sentence, no bracket), read as a term of up to ten years. */
function headlineSpan(text: string): ReturnType<typeof periodHits>[number] | undefined {
  const t = text.trim();
  if (t.length > 160 || /[.;!?]/u.test(t)) return undefined;
  const m = HEADLINE_SPAN_RE.exec(t);
  if (!m?.groups) return undefined;
  const from = Number(m.groups.from), to = Number(m.groups.to);
  return to > from && to - from <= 10 ? { index: m.index, period: { from, to }, school: false } : undefined;
}

// a headline's span of days: "Lịch làm việc tuần 21 (từ ngày 20/5/2027 đến ngày 26/5/2027)"
const SPAN_DAY_RE = /(?<![\p{L}])tu ngay\s{1,3}\d{1,2}\s{0,2}\/\s{0,2}\d{1,2}\s{0,2}\/\s{0,2}(?<y>(?:19|20)\d\d)(?!\d)/u;
// a schedule's day heading: "THỨ HAI, NGÀY 12/4/2027", "Thứ Ba (13/4/2027)" (a schedule page without a title: the
// year of its day lines, gold README)
const WEEKDAY_DAY_RE = regex(`^[\\s\\-–+*•]{0,4}(?:(?:sang|chieu|toi)\\s{1,3})?${alt(WEEKDAYS, "full")}\\s{0,3}[,(:–-]?\\s{0,3}(?:ngay\\s{0,3})?(?:0?[1-9]|[12]\\d|3[01])\\s{0,2}\\/\\s{0,2}(?:0?[1-9]|1[0-2])\\s{0,2}\\/\\s{0,2}(?<y>(?:19|20)\\d\\d)(?!\\d)`, "u");
// a campaign month named with its year in a headline: "Tháng Công nhân 2027:", "Tháng hành động vì trẻ em 2027" (its name
// capitalised after "Tháng")
const CAMPAIGN_YEAR_RE = regex(`(?<![\\p{L}])${capital(W.month)}\\s{1,3}\\p{Lu}[^\\d\\n.;:!?]{2,60}?\\s(?<y>(?:19|20)\\d\\d)(?![\\d/-])`, "u");
function spanYear(text: string): { index: number; year: number } | undefined {
  const f = foldForMatch(text.slice(0, 300));
  const m = SPAN_DAY_RE.exec(f) ?? WEEKDAY_DAY_RE.exec(f) ?? CAMPAIGN_YEAR_RE.exec(text.slice(0, 300));
  return m?.groups ? { index: m.index, year: Number(m.groups.y) } : undefined;
}

// "Trong năm 2018, Hội … đã vận động …", "(TGCT) Năm 2018, …": a year that opens a sentence told in the past
const REVIEW_OPEN_RE = /(?:^|[.!?]\s{1,5}|\)\s{1,3})(?:trong\s{1,3})?$/u;
const PAST_RE = /(?<![\p{L}])(?:da|vua qua)(?![\p{L}])/u;

// what a year reviews or dates an event by, in its clause before it: "Thành tựu kinh tế - xã hội năm 2020", "Kết quả
// thực hiện nhiệm vụ năm 2020", "hội nghị phiên cuối năm 2020" (rules/vocab/time.ts)
const REVIEWED_BEFORE_RE = regex(`${B}${alt(REVIEW_BEFORE_YEAR, "full")}${E}[^.;:!?]{0,60}$`, "u");
// (a verb that sets the plan between the review and the year gives the plan's year: "… đánh giá kết quả năm 2026, đề ra 28
// chỉ tiêu năm 2027")
const SETS_PLAN_RE = regex(`${B}${alt([...ANNOUNCING_VERBS, ...STRIVING_VERBS], "full")}${E}`, "u");
const reviewedYear = (text: string, at: number): boolean => {
  const m = REVIEWED_BEFORE_RE.exec(foldForMatch(text.slice(Math.max(0, at - 80), at)));
  return m !== null && !SETS_PLAN_RE.test(m[0]);
};

function reviewYear(text: string, at: number): boolean {
  const f = foldForMatch(text);
  if (!REVIEW_OPEN_RE.test(f.slice(Math.max(0, at - 40), at))) return false;
  const end = f.slice(at).search(/[.!?]\s/u);
  const sentence = f.slice(at, end < 0 ? f.length : at + end);
  return /^nam\s{0,3}\d{4}\s{0,3},/u.test(sentence) && PAST_RE.test(sentence);
}
