// The small words the rules' patterns are built around, and the short closed lists each read by one
// rule: the day, month and year of a date, "và" / "hoặc" between two items, "số" before a document's
// number, the leads of an opening's bases, the marks of a signature… (issue 10: no Vietnamese word is
// written inside a rule's code; test/code-shape.test.ts checks it).
//
// Unlike the longer tables (CONTRIBUTING.md, "How a table row matches"), these are read as written:
// a rule puts them into its pattern with `anyOf()` (rules/vocab/pattern.ts), in the order given, on the
// text as it stands (case as the pattern's flags say, a space a space), because each sits inside a
// pattern whose shape is the rule's own ("ngày" right before a date, "tháng" before its number).

import { HOUR_WORD } from "../../src/ground/label-words.js";

/** One word each, as the patterns name them. */
export const W = {
  // the parts of a date and a time
  day: "ngày",
  month: "tháng",
  year: "năm",
  quarter: "quý",
  hour: HOUR_WORD,
  minute: "phút",
  // joiners and small words
  and: "và",
  or: "hoặc",
  of: "của",
  from: "từ",
  on: "vào",
  as: "như",
  asFollows: "như sau",
  above: "trên",
  one: "một",
  // "số 12": a document's number
  number: "số",
  // "Căn cứ …": an opening's basis
  basis: "căn cứ",
  // the named label of a target ("Chỉ tiêu 3:", src/ground/label-words.ts)
  target: "chỉ tiêu",
  // "chúng tôi": the plan's author speaking, never the name of an issuer
  we: "chúng tôi",
  // a post: "(phó) trưởng …"
  deputy: "phó",
  head: "trưởng",
  // "Lưu: VT": the filing note under the recipients
  filed: "lưu",
  // a table cell "Chủ trì: …; Phối hợp: …"
  lead: "chủ trì",
  partners: "phối hợp",
  // "Thị trấn", "Thị xã": a town in the header's place line
  town: "thị",
} as const;

/** A word with its first letter in capitals ("Số", "Căn cứ"), for a pattern that reads case. */
export const capital = (w: string): string => w.charAt(0).toUpperCase() + w.slice(1);

// ---------------------------------------------------------------- deadlines (rules/deadline.ts, rules/item-deadlines.ts)

/** Words between a rhythm or comparison word and the date it governs: "so với (ngày | hết | đến | tới | từ) …". */
export const BETWEEN_NOT_DEADLINE_AND_DATE = ["ngày", "hết", "đến", "tới", "từ"];
/** The part of the day before a weekday or a schedule's day: "Sáng thứ Hai, …". */
export const DAY_PARTS = ["sáng", "chiều", "tối"];
/** The same, with those that open a schedule line: "Trưa 12/4: …", "Cả ngày 13/4: …". */
export const DAY_PARTS_LEADING = ["sáng", "chiều", "tối", "trưa", "cả ngày"];
/** "ban hành ngày …", "ký ngày …": a document's own date. */
export const ISSUING_WORDS = ["ban hành", "ký", "kí"];
/** A clause that strives for a year names no programme: "phấn đấu đến năm 2030 …". */
export const STRIVE_WORDS = ["phấn đấu", "phần đấu", "mục tiêu", "đạt", "hoàn thành"];
/** Nouns after a day/month that make it a fraction ("8/10 chỉ tiêu"), besides the counted nouns. */
export const FRACTION_NOUNS_MORE = ["chỉ tiêu", "tiêu chí", "nội dung", "thành phố", "thị xã", "thị trấn", "tỉnh", "nhiệm vụ"];
/** Time words a reading left aside around a time heading: "(Tháng 7 – 9)". */
export const HEADING_TIME_WORDS = ["tháng", "quý", "năm", "từ", "đến"];
/** The verb between an event and its day: "Lễ Khai mạc diễn ra vào ngày …". */
export const EVENT_VERBS = ["diễn ra", "được tổ chức", "tổ chức"];
/** The first word of a web page's visit counter: "Tháng 07 : 77", "Hôm nay: 12". */
export const COUNTER_WORDS = ["tháng", "năm", "tuần", "quý", "hôm"];

// ---------------------------------------------------------------- quantities (rules/quantity.ts)

/** What a percentage is per: "7%/năm". */
export const RATE_PERIODS = ["năm", "tháng", "quý"];
/** The lead of a range's lower end: "từ 80 đến 100", "ít nhất 4.000 đến 4.500 người". */
export const RANGE_LEADS = ["từ", "ít nhất", "tối thiểu"];
/** The word between a range's two ends. */
export const RANGE_TO = ["đến", "tới"];
/** Words after a number that are no unit: "30 từ …", "5 và …". */
export const NOT_UNIT_WORDS = ["từ", "trên", "dưới", "và", "hoặc", "nhằm", "để", "trong", "của"];

// ---------------------------------------------------------------- structure (rules/running-text.ts, rules/structure/*)

/** The goal a sentence states: "Mục tiêu … là …". */
export const GOAL_NOUNS = ["mục tiêu", "chỉ tiêu"];
/** "đã …", "… vừa qua": a review of what was done, not a plan. */
export const PAST_MARKERS = ["đã", "vừa qua"];
/** Heads of a list that sets no targets: "Mục đích", "Yêu cầu", "Quan điểm". */
export const NOT_GOAL_HEADS = ["mục đích", "yêu cầu", "mục tiêu tổng quát", "mục tiêu chung", "quan điểm"];
/** The word a model's definition may open with: "Mô hình “…”: …". */
export const MODEL_LEADS = ["Mô hình", "mô hình"];

// ---------------------------------------------------------------- metadata (rules/meta*.ts)

/** What ends a congress's name in the opening: "Đại hội … được tổ chức …", "…, nhiệm kỳ …". */
export const CONGRESS_NAME_ENDS = ["được", "đã", "diễn ra", "tiến hành", "họp", "từ ngày", "vào ngày", "khai mạc", "nhiệm kỳ", "nhiệm kì", "khóa", "khoá"];
/** Words that end an issuer's name in the opening besides verbs and adverbs: "… nhiệm kỳ …", "… năm học …". */
export const ISSUER_NAME_ENDS = ["nhiệm kỳ", "năm học", "khóa", "tiếp tục", "hiện có"];
/** The lead of a cited document in the opening, stripped before its kind ("Căn cứ vào", "Thực hiện", "Theo", "và"). */
export const BASIS_LEAD_WORDS = ["căn cứ vào", "căn cứ", "thực hiện", "theo", "xét", "triển khai", "và", "tiếp tục thực hiện", "tinh thần", "trên cơ sở"];
/** The mark of a signature on a copy: "(Đã ký)", "[chữ ký]". */
export const SIGNED_MARKS = ["đã ký", "da ky", "daky", "ký tên", "chữ ký", "signed"];
/** The head of the recipients' list: "Nơi nhận:", "Nơi gửi:" (with or without diacritics). */
export const RECIPIENTS_HEADS = ["nơi nhận", "nơi nhan", "noi nhận", "noi nhan", "nơi gửi", "nơi gui", "noi gửi", "noi gui"];
/** A unit named by a number in the header's place line: "Quận 3", "PHƯỜNG 5". */
export const NUMBERED_UNITS = ["Quận", "Phường", "QUẬN", "PHƯỜNG"];
/** The second word of a town: "Thị trấn", "Thị xã". */
export const TOWN_KINDS = ["trấn", "xã"];
/** The last words of the motto; the date line follows them when a copy runs both on one line. */
export const MOTTO_END = "Hạnh phúc";
