// Quantities (mức chỉ tiêu): every number that sets a level to reach, with its
// unit and comparator. See ../shared/gold/README.md "Quantities".
//
//   "100%"                          100  "%"          =
//   "ít nhất 161 hộ"                161  "hộ"         >=
//   "từ 500 hộ có phụ nữ trở lên"   500  "hộ"         >=   (the raw runs to "trở lên")
//   "1.300 hội viên"                1300 "hội viên"   =    (dot groups thousands)
//   "23,2%"                         23.2 "%"          =    (comma is the decimal mark)
//   "05/17 cơ sở Hội"               5    "cơ sở hội"  =    (5 of 17)
//   "03 hộ/cơ sở Hội"               3    "hộ"         =    (a rate: per association)
//   "01 công trình/phần việc"       1    "công trình/phần việc"  (alternatives)
//
// Not quantities: years and dates, document numbers ("số 56/2012/NĐ-CP"), codes
// ("tiêu chí 17.8", "1.1.3"), names ("Đề án 938", "Dự án 8"), ordinals ("lần thứ 3"),
// ages and anniversaries ("18 tuổi", "94 năm"), the numbers of a model's name
// ("“5 không, 3 sạch”", "1+1"). A number with no counted noun after it is not read.
//
// The caller should pass an item's text without its label ("2.1."); a label left at
// the start is skipped.

import { foldTone, quotedAround, WB_LEFT, WB_RIGHT } from "../src/ground/text.js";
import { alt, anyOf, Phrases, regex } from "./vocab/pattern.js";
import { NOT_UNIT_WORDS, RANGE_LEADS, RANGE_TO, RATE_PERIODS, W } from "./vocab/words.js";
import {
  CHANGE_LEADS, COMPARATORS_AFTER, COMPARATORS_BEFORE, COUNT_NOUNS, GLUED_UNITS, LIST_COUNT_NOUNS, MODEL_NAME_WORDS,
  BASELINE_CHANGES, BASELINE_LEVEL_COMPARATORS, NOT_COUNT_NOUNS, NOT_QUANTITY_BEFORE, NUMBER_WORDS, PER_BASES, PER_MILLE, RATE_DENOMINATORS, UNIT_STOP_WORDS,
} from "./vocab/quantity.js";
import { restoreDiacritics } from "./vocab/restore.js";

export type Comparator = ">=" | ">" | "=" | "<=" | "<";

export interface QuantityHit {
  value: number;
  unit: string; // "%", or the counted noun as written, lower-cased
  comparator: Comparator;
  raw: string; // the words it was read from: "ít nhất 161 hộ"
  start: number;
  end: number; // offsets of raw in the input text
}

const S = "\\s{1,3}";
const S0 = "\\s{0,3}";
const LETTERS = "[\\p{L}\\p{M}]";

// The number: "1.300", "2.500.000" (dot thousands), "2.433.733,3" (and a decimal comma), "23,2", "0.5", "01", "100".
// A dotted code such as "1.1.3" or "17.8.2" is refused by the guards around it.
const NUMBER = "(?<num>[1-9][0-9]{0,2}(?:\\.[0-9]{3}){1,4}(?:,[0-9]{1,3})?(?![.,]?\\p{N})|[0-9]{1,7}(?:[.,][0-9]{1,3})?(?![.,]\\p{N}))";

// A comparator or a verb of change before the number, then the number:
//   "ít nhất 01", "từ 500", "trên 50", "không quá 5", "tăng thêm 3", "tăng từ 1.000", "giảm 05".
const NUMBER_RE = regex(
  `(?:${WB_LEFT}(?<chg>${alt(CHANGE_LEADS)})${S})?(?:${WB_LEFT}(?<cmp>${alt(Object.keys(COMPARATORS_BEFORE))})${S})?` +
    `(?<![\\p{L}\\p{M}\\p{N}/+\\-–])(?<!\\p{N}[.,])${NUMBER}`,
  "giu",
);

// Vietnamese number words after a comparator, before a known counted noun: "ít nhất một dịch vụ".
// (the counted noun is read by COUNT_NOUN after the match: see countNounAfter)
const WORD_NUMBER_RE = regex(
  `${WB_LEFT}(?<cmp>${alt(Object.keys(COMPARATORS_BEFORE))})${S}(?<word>${alt(Object.keys(NUMBER_WORDS))})(?=${S}\\S)`,
  "giu",
);

// Pieces read after the number, anchored where the previous piece ended (sticky).
// "%", and per mille "%o" / "‰" (its own unit: "0,01%o" is not 0,01%).
const PERCENT_RE = regex(`\\s{0,2}(?:(?<mille>${alt(PER_MILLE)})(?![\\p{L}\\p{M}])|%)`, "iuy");
// A percentage's rate: "8%/năm", "84 %/năm" (a yearly rate: the unit stays "%").
const PERCENT_RATE_RE = regex(`\\s{0,1}\\/\\s{0,1}(?:${anyOf(RATE_PERIODS)})(?![\\p{L}\\p{M}])`, "iuy");
// A unit glued to the number: "25ha", "65tạ/ha", "8tỷđ" (rules/vocab/quantity.ts GLUED_UNITS).
const GLUED_UNIT_RE = regex(`(?<unit>${alt(GLUED_UNITS)})(?![\\p{L}\\p{M}\\p{N}])`, "iuy");
const FRACTION_RE = /\/(?<den>\p{N}{1,6})(?![\p{N}.,]|\/\p{N})/uy; // "05/17" (not "7/5/2024")
// A counted noun from the vocabulary after one to three spaces (as `${S}${alt(COUNT_NOUNS)}${WB_RIGHT}` would match).
const COUNT_NOUN = new Phrases(COUNT_NOUNS);
const SPACES_RE = /\s{1,3}/y;
function countNounAfter(t: string, at: number): { length: number; unitStart: number } | null {
  const sp = stick(SPACES_RE, t, at);
  if (!sp) return null;
  const end = COUNT_NOUN.endAt(t, at + sp[0].length);
  return end < 0 ? null : { length: end - at, unitStart: at + sp[0].length };
}
// "(11 chỉ tiêu)" after a heading or group line: how many items follow, not a level.
const LIST_COUNT_RE = regex(`^${S}${alt(LIST_COUNT_NOUNS)}${S0}\\)`, "iu");
const NOT_COUNT_RE = regex(`${S}${alt(NOT_COUNT_NOUNS)}${WB_RIGHT}`, "iuy");
const MODEL_WORD_RE = regex(`${S0},?${S0}${alt(MODEL_NAME_WORDS)}${WB_RIGHT}`, "iuy");
const STOP_RE = regex(`${S}${alt(UNIT_STOP_WORDS)}${WB_RIGHT}`, "iuy");
const WORD_RE = regex(`${S}(?<word>${LETTERS}{1,20})${WB_RIGHT}`, "uy");
// "/cơ sở Hội" (a rate) and "/Đề án" (an alternative) after a unit, without spaces around "/".
const RATE_RE = regex(`\\s{0,1}/\\s{0,1}(?<den>${alt(RATE_DENOMINATORS)})${WB_RIGHT}`, "iuy");
// "… trở lên", "… trở xuống" within a few words after the unit.
const AFTER_CMP_RE = regex(`${S}(?<after>${alt(Object.keys(COMPARATORS_AFTER))})${WB_RIGHT}`, "iuy");
// A quoted name between the unit and "trở lên": "01 mô hình “Tuyến đường tự quản” trở lên".
const QUOTED_NAME_RE = /\s{1,3}[“"][^“”"\n]{1,80}[”"]/uy;
// A quoted name right after a number: "10 “Mái ấm Công đoàn”" (the name counts, as a noun would)
const QUOTED_COUNT_RE = /\s{1,3}[“"](?<name>[^“”"\n]{2,60})[”"]/uy;
// "từ 3 đến 5 bài giảng", "từ 01 - 02 mô hình": a range, read as ">= 3" and "<= 5" of the unit after the second number.
// Without "từ" a dash between two small numbers is a range too ("02 - 03 buổi", "2-3 lần"), never a
// date's part ("15/8 - 15/9": a "/" before) nor a span of years (four digits); the upper end needs a unit.
// The ends may be decimals: "tăng 7,5 - 8,0%".
// "ít nhất 4.000 đến 4.500 người" is a range too; the lower end may repeat the unit before "đến" ("từ 80,4
// triệu đồng đến 80,8 triệu đồng"), and a bare dash range may carry "%" on both ends ("32,77% - 32,79%").
const RANGE_RE = regex(`(?:(?<![\\p{L}\\p{M}])(?:${anyOf(RANGE_LEADS)})\\s{1,3}(?<lo>\\p{N}{1,3}(?:\\.\\p{N}{3}){1,3}|\\p{N}{1,3}(?:[.,]\\p{N}{1,3})?)(?:\\s{0,2}%|\\s{1,3}\\p{L}{1,10}(?:\\s{1,3}\\p{L}{1,10})?(?=\\s{1,3}(?:${anyOf(RANGE_TO)})\\s))?\\s{1,3}(?:${anyOf(RANGE_TO)}|-|–)\\s{1,3}|(?<![\\p{L}\\p{M}\\p{N}/.,:\\-–])(?<lo2>\\p{N}{1,3}(?:\\.\\p{N}{3}){1,3}|\\p{N}{1,3}(?:,\\p{N}{1,2})?)(?:\\s{0,2}%)?\\s{0,3}[-–]\\s{0,3})(?=\\p{N})`, "giu");
// the word between a range's ends, at the end of its lower end's unit: "80,4 triệu đồng đến "
const RANGE_TO_END_RE = regex(`\\s+(?:${anyOf(RANGE_TO)}|-|–)\\s+$`, "u");
const LOOSE_WORD_RE = regex(`${S}(?!${alt(NOT_UNIT_WORDS)}${WB_RIGHT})${LETTERS}{1,20}${WB_RIGHT}`, "iuy");

// A rate per a round number (or "vạn", ten thousand) of a second noun, after the number: " bé trai/100 bé
// gái", " giường bệnh/10.000 dân", " bác sĩ/vạn dân", " trẻ/1.000 trẻ đẻ sống". One to three words each side.
// A rate given straight after the number, per a round base: "120/100.000 dân", "46/100.000 trẻ đẻ sống",
// "3/nghìn dân" (the unit is the whole base: "/100.000 dân").
const PER_BASE_RE = regex(
  String.raw`\s{0,2}\/\s{0,2}(?:100|1\.000|10\.000|100\.000|1000|10000|100000|${alt(PER_BASES)})\s{1,3}\p{L}{1,10}(?:\s{1,3}(?!${alt(UNIT_STOP_WORDS)}(?![\p{L}\p{N}]))\p{L}{1,10}){0,2}(?![\p{L}\p{N}])`,
  "iuy",
);
const PER_HUNDRED_RE = regex(
  String.raw`\s{1,3}\p{L}{1,10}(?:\s{1,3}\p{L}{1,10}){0,2}\s{0,2}\/\s{0,2}(?:100|1\.000|10\.000|100\.000|1000|10000|${alt(PER_BASES)})\s{1,3}\p{L}{1,10}(?:\s{1,3}(?!${alt(UNIT_STOP_WORDS)}(?![\p{L}\p{N}]))\p{L}{1,10})?(?![\p{L}\p{N}])`,
  "iuy",
);

// Words right before a number that make it a name, code or ordinal: "Đề án 938", "số 56", "lần thứ 3".
// A colon ends the name: "hằng năm: 2.150 ha", "(năm 2020): 8 tỷđ" give a level ("số: 15" stays a number).
const NOT_BEFORE_RE = regex(`${WB_LEFT}(?:${alt(NOT_QUANTITY_BEFORE)}\\s{0,3}(?:${W.number}\\s{0,3})?\\.?|${W.number}\\s{0,3}:)\\s{0,3}$`, "iu");
// A label at the very start: "2.1. ", "3) ", "(1) ".
const LABEL_RE = /^\s{0,10}\(?\p{N}{1,3}(?:\.\p{N}{1,3}){0,4}(?:\.|\))(?:\s|$)/u;

/**
 * Inside a quoted name: “…” or "…" opened before and closed after on the same line. A quoted
 * passage that states levels ("“… 596 tỷđ, chiếm 50,3%; …”") is no name.
 */
function insideQuotes(t: string, start: number, end: number): boolean {
  const quoted = quotedAround(t, start, end, 200);
  return quoted !== null && !/[;%]/u.test(quoted);
}

/** "1.300" -> 1300, "2.433.733,3" -> 2433733.3, "23,2" -> 23.2, "0.5" -> 0.5, "01" -> 1. */
export function parseNumber(s: string): number {
  if (/^[1-9][0-9]{0,2}(?:\.[0-9]{3})+(?:,[0-9]{1,3})?$/.test(s)) return Number(s.replace(/\./g, "").replace(",", "."));
  return Number(s.replace(",", "."));
}

/** Read one match at the sticky position `at`; returns the match or null. */
function stick(re: RegExp, t: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(t);
}

const lower = (s: string): string => s.toLowerCase().replace(/\s+/g, " ");

/** Find the quantities in one item's text. Offsets are relative to `text`. */
// "ƣ" (U+01A3), which a PDF's legacy font puts for "ư" ("ngƣời", "dƣới", "trƣờng"): read as "ư", the raw words kept as written
const LEGACY_U = /[ƣƢ]/u;

export function findQuantities(text: string): QuantityHit[] {
  if (!text) return [];
  if (LEGACY_U.test(text)) {
    const read = text.replace(/ƣ/gu, "ư").replace(/Ƣ/gu, "Ư");
    return findQuantities(read).map((h) => ({ ...h, raw: text.slice(h.start, h.end) }));
  }
  // time and comparison words typed without diacritics read as written with them (same length)
  const t = restoreDiacritics(foldTone(text));
  if (t.length !== text.length) return [];
  const hits: QuantityHit[] = [];
  const label = LABEL_RE.exec(t);
  const labelEnd = label ? label[0].length : 0;

  // Ranges first: the lower bound takes the unit written after the upper one.
  const rangeEnds = new Set<number>();
  RANGE_RE.lastIndex = 0;
  for (let m = RANGE_RE.exec(t); m; m = RANGE_RE.exec(t)) {
    const hiStart = m.index + m[0].length;
    const hiText = /^\p{N}{1,3}(?:\.\p{N}{3}){1,3}(?![.,]?\p{N})|^\p{N}{1,3}(?:[.,]\p{N}{1,3})?/u.exec(t.slice(hiStart, hiStart + 16))?.[0] ?? "";
    if (m.index < labelEnd || !hiText || insideQuotes(t, m.index, hiStart)) continue;
    const upper = readAfterNumber(t, text, hiStart, hiStart, hiStart + hiText.length, {});
    const loText = m.groups?.lo ?? m.groups?.lo2 ?? "";
    const lo = parseNumber(loText);
    if (!upper || !Number.isFinite(lo) || lo > upper.value) continue;
    // a bare dash range needs the upper end's unit to be a counted noun or "%", and a lower end below it
    // (its ends in thousands written alike: "4.700 - 5.000 USD"; "2020-2025" is no range of levels)
    const thousands = /\./.test(hiText) && /\./.test(loText);
    // (a decimal end is no year: "32,77% - 32,79%")
    if (m.groups?.lo2 !== undefined && (lo >= upper.value || (hiText.length > 3 && !thousands && !hiText.includes(",")))) continue;
    const loEnd = m.index + m[0].indexOf(loText, m.groups?.lo !== undefined ? 2 : 0) + loText.length;
    // a unit repeated on both ends must be the same unit ("từ 3 hộ đến 5 xã" is no range)
    const loUnit = m.groups?.lo !== undefined ? t.slice(loEnd, m.index + m[0].length).replace(RANGE_TO_END_RE, "").trim() : "";
    if (loUnit && loUnit !== "%" && lower(loUnit) !== upper.unit) continue;
    hits.push(make(text, m.index, loEnd, lo, upper.unit, ">="));
    hits.push({ ...upper, comparator: "<=" });
    rangeEnds.add(m.index);
    for (let k = m.index; k < upper.end; k++) rangeEnds.add(k);
    RANGE_RE.lastIndex = Math.max(RANGE_RE.lastIndex, upper.end);
  }

  NUMBER_RE.lastIndex = 0;
  for (let m = NUMBER_RE.exec(t); m; m = NUMBER_RE.exec(t)) {
    const g = m.groups ?? {};
    const numText = g.num ?? "";
    const numStart = m.index + m[0].length - numText.length;
    if (numStart < labelEnd || rangeEnds.has(numStart)) continue;
    const hit = readAfterNumber(t, text, m.index, numStart, numStart + numText.length, g);
    if (hit) {
      hits.push(hit);
      NUMBER_RE.lastIndex = Math.max(NUMBER_RE.lastIndex, hit.end);
    }
  }

  WORD_NUMBER_RE.lastIndex = 0;
  for (let m = WORD_NUMBER_RE.exec(t); m; m = WORD_NUMBER_RE.exec(t)) {
    const g = m.groups ?? {};
    const noun = countNounAfter(t, m.index + m[0].length);
    if (!noun) {
      WORD_NUMBER_RE.lastIndex = m.index + 1;
      continue;
    }
    const start = m.index, end = m.index + m[0].length + noun.length;
    if (hits.some((h) => start < h.end && h.start < end) || insideQuotes(t, start, end)) continue;
    // "giá trị trên một ha": per hectare, not "more than one"
    if (lower(g.cmp ?? "") === W.above && lower(g.word ?? "") === W.one) continue;
    hits.push({
      value: NUMBER_WORDS[lower(g.word ?? "")] ?? 0,
      unit: lower(text.slice(noun.unitStart, end)),
      comparator: COMPARATORS_BEFORE[lower(g.cmp ?? "")] ?? "=",
      raw: text.slice(start, end), start, end,
    });
  }
  // "từ 300 lên 340 giường", "từ 50 vụ xuống còn 45 vụ": the baseline is no level, the level reached is
  return hits.filter((h) => !(BASELINE_FROM_RE.test(h.raw) && BASELINE_TO_RE.test(t.slice(h.end, h.end + 24)))).sort((a, b) => a.start - b.start);
}

// a baseline ("từ 50 vụ"), then the change to the level reached ("… lên 340", "… xuống còn 45")
const BASELINE_FROM_RE = regex(`^${anyOf([W.from])}\\s`, "iu");
const BASELINE_TO_RE = regex(`^\\s{0,3}${alt(BASELINE_CHANGES)}\\s{1,3}(?:${alt(BASELINE_LEVEL_COMPARATORS)}\\s{1,3})?\\p{N}`, "iu");

function readAfterNumber(
  t: string, text: string, start: number, numStart: number, numEnd: number, g: Record<string, string | undefined>,
): QuantityHit | null {
  const numText = t.slice(numStart, numEnd);
  const value = parseNumber(numText);
  if (!Number.isFinite(value) || notALevel(t, numStart, numEnd, g)) return null;

  let comparator: Comparator = g.cmp !== undefined ? COMPARATORS_BEFORE[lower(g.cmp)] ?? "=" : "=";
  // "giá trị thu hoạch trên 1 ha", "trên 1 km đường": per one unit, not "more than one"
  if (value === 1 && lower(g.cmp ?? "") === W.above && !stick(PERCENT_RE, t, numEnd)) return null;
  const yearLike = /^(?:19|20)\p{N}{2}$/u.test(numText);

  const pct = stick(PERCENT_RE, t, numEnd);
  if (pct) {
    let end = numEnd + pct[0].length;
    const unit = pct.groups?.mille !== undefined ? lower(text.slice(end - pct.groups.mille.length, end)) : "%";
    // "tăng 8%/năm trở lên": the yearly rate is kept in the raw, before the comparator
    end += stick(PERCENT_RATE_RE, t, end)?.[0].length ?? 0;
    const after = stick(AFTER_CMP_RE, t, end);
    if (after) {
      comparator = COMPARATORS_AFTER[lower(after.groups?.after ?? "")] ?? comparator;
      end += after[0].length;
    } else {
      // "80% cơ sở trở lên", "100% chỉ tiêu trở lên": the share's noun between it and its comparator
      const later = comparatorAfter(t, end, comparator);
      if (later.end > end) ({ end, comparator } = later);
    }
    return make(text, start, end, value, unit, comparator);
  }

  let at = numEnd;
  const perBase = yearLike ? null : stick(PER_BASE_RE, t, at);
  if (perBase) {
    const after = comparatorAfter(t, at + perBase[0].length, comparator);
    return make(text, start, after.end, value, lower(text.slice(at, at + perBase[0].length).trim()).replace(/\s+/g, " ").replace(/\/\s/u, "/"), after.comparator);
  }
  // "05/17 cơ sở Hội": five out of seventeen. A fraction that reads as a date
  // ("8/3", "20/10") needs a counted noun from the vocabulary after it.
  let strictUnit = yearLike;
  const frac = stick(FRACTION_RE, t, at);
  if (frac) {
    const den = Number(frac.groups?.den);
    if (den <= 12 && value <= 31) strictUnit = true;
    at += frac[0].length;
  } else if (t[at] === "/" || t[at] === ".") {
    return null;
  }
  // "111,2 bé trai/100 bé gái", "25 giường bệnh/10.000 dân", "12 bác sĩ/vạn dân": a rate per a round
  // number of something; the unit is the whole ratio
  const per = frac || yearLike ? null : stick(PER_HUNDRED_RE, t, at);
  if (per) {
    const end = at + per[0].length;
    const after = comparatorAfter(t, end, comparator);
    return make(text, start, after.end, value, lower(text.slice(at + (per[0].length - per[0].trimStart().length), end)), after.comparator);
  }
  const read = readUnit(t, text, at, strictUnit, yearLike);
  if (!read) return null;
  const joined = joinRateOrAlternatives(t, text, read.at, read.unit);
  const after = comparatorAfter(t, joined.at, comparator);
  return make(text, start, after.end, value, joined.unit, after.comparator);
}

/** A number that is part of a name, a code, a date or a span, not a level. */
function notALevel(t: string, numStart: number, numEnd: number, g: Record<string, string | undefined>): boolean {
  const next = t[numEnd] ?? "";
  // "1+1", "2066a/…", "19-ĐA/TU", "56/2012/NĐ-CP": parts of names and document numbers
  // (a unit of measure glued to the number is no name: "25ha", "8tỷđ").
  if (next === "+" || (/\p{L}/u.test(next) && !stick(GLUED_UNIT_RE, t, numEnd)) || /^[-–]\p{L}/u.test(t.slice(numEnd, numEnd + 2)) || /^\/\p{L}/u.test(t.slice(numEnd, numEnd + 2))) return true;
  if (t[numStart - 1] === "+" || /\p{N}[.,]?$/u.test(t.slice(Math.max(0, numStart - 2), numStart))) return true;
  // A year span "2021 - 2026" and a day range "15/11-15/12".
  if (/^\s{0,2}[-–]\s{0,2}\p{N}/u.test(t.slice(numEnd, numEnd + 6))) return true;
  if (insideQuotes(t, numStart, numEnd)) return true;
  // "Về kinh tế (11 chỉ tiêu)": how many items follow
  if (/\(\s{0,2}$/u.test(t.slice(Math.max(0, numStart - 3), numStart)) && LIST_COUNT_RE.test(t.slice(numEnd, numEnd + 40))) return true;
  const lead = g.chg !== undefined || g.cmp !== undefined;
  const before = t.slice(Math.max(0, numStart - 30), numStart);
  // A percentage is always a level ("Hàng năm 100% cơ sở", "thôn kiểu mẫu 1,8%"): no code or name ends in "%".
  // (a count written with thousands, "5.199.440 người", "2.700 ha", is never a name's number or an
  // ordinal: "trong năm 5.199.440 người", "rau đậu các loại 2.700 ha")
  return !lead && NOT_BEFORE_RE.test(before) && !stick(PERCENT_RE, t, numEnd) && !/^\p{N}{1,3}(?:\.\p{N}{3})+$/u.test(t.slice(numStart, numEnd));
}

/** The counted noun after the number (from the vocabulary, a quoted name, or one or two words). */
function readUnit(t: string, text: string, at: number, strictUnit: boolean, yearLike: boolean): { unit: string; at: number } | null {
  let unit: string;
  const glued = stick(GLUED_UNIT_RE, t, at);
  if (glued) {
    // "25ha", "65tạ/ha": no word can follow a glued unit as part of it
    const u = glued.groups?.unit ?? "";
    return { unit: lower(text.slice(at, at + u.length)), at: at + glued[0].length };
  }
  const known = countNounAfter(t, at);
  // "94 năm", "18 tuổi" — but a longer counted noun wins: "01 ngày hội", "500 ngày công"
  const notCount = stick(NOT_COUNT_RE, t, at);
  if (notCount && !(known && known.length > notCount[0].length)) return null;
  if (stick(MODEL_WORD_RE, t, at)) return null; // "5 không 3 sạch"
  if (known) {
    unit = lower(text.slice(known.unitStart, at + known.length));
    at += known.length;
  } else if (!strictUnit && !yearLike && stick(QUOTED_COUNT_RE, t, at)) {
    // a count of named things: "xây mới 10 “Mái ấm Công đoàn”" — the quoted name is the unit
    const qn = stick(QUOTED_COUNT_RE, t, at)!;
    const name = qn.groups?.name ?? "";
    unit = lower(text.slice(at + qn[0].length - 1 - name.length, at + qn[0].length - 1));
    at += qn[0].length;
  } else {
    if (strictUnit || stick(STOP_RE, t, at)) return null;
    // Fall back on one or two words, ending at a function word: "30 thành viên được …".
    const words: string[] = [];
    let p = at;
    for (let i = 0; i < 2; i++) {
      if (i > 0 && stick(STOP_RE, t, p)) break;
      const w = stick(WORD_RE, t, p);
      if (!w) break;
      const word = w.groups?.word ?? "";
      // a capitalised word starts a name ("Việt Nam 20/10", "Hội LHPN"), unless an acronym
      if (/^\p{Lu}\p{Ll}/u.test(word)) break;
      words.push(text.slice(p + w[0].length - word.length, p + w[0].length));
      p += w[0].length;
    }
    if (!words.length) return null;
    unit = lower(words.join(" "));
    at = p;
  }
  return { unit, at };
}

function joinRateOrAlternatives(t: string, text: string, at: number, unit: string): { unit: string; at: number } {
  // "01 công trình/phần việc", "01 chính sách/Đề án/Chương trình": alternatives join
  // the unit; "03 hộ/cơ sở Hội", "2 lần/nhiệm kỳ": a rate, kept in the raw only.
  for (let i = 0; i < 4; i++) {
    // (a rate may be per two things: "75 triệu đồng/người/năm trở lên")
    const rate = stick(RATE_RE, t, at);
    if (rate) { at += rate[0].length; continue; }
    // "/" and a counted noun from the vocabulary
    const altEnd = t[at] === "/" ? COUNT_NOUN.endAt(t, at + 1) : -1;
    if (altEnd < 0) break;
    unit += "/" + lower(text.slice(at + 1, altEnd));
    at = altEnd;
  }
  return { unit, at };
}

function comparatorAfter(t: string, at: number, comparator: Comparator): { end: number; comparator: Comparator } {
  let end = at;
  // "từ 500 hộ có phụ nữ trở lên", "500 hội viên phụ nữ ưu tú trở lên": up to four words between.
  let p = end;
  for (let i = 0; i <= 4; i++) {
    const after = stick(AFTER_CMP_RE, t, p);
    if (after) {
      const c = COMPARATORS_AFTER[lower(after.groups?.after ?? "")];
      if (c && comparator !== "<" && comparator !== "<=") comparator = c;
      end = p + after[0].length;
      break;
    }
    const w = stick(LOOSE_WORD_RE, t, p) ?? stick(QUOTED_NAME_RE, t, p);
    if (!w) break;
    p += w[0].length;
  }
  return { end, comparator };
}

function make(text: string, start: number, end: number, value: number, unit: string, comparator: Comparator): QuantityHit {
  return { value, unit, comparator, raw: text.slice(start, end), start, end };
}
