// Vocabulary of time (thời gian = time) for the deadline rule (rules/deadline.ts). Entries in lower
// case with diacritics, matched on the "tone" view (rules/vocab/pattern.ts). Add a phrase here,
// and a row to rules/deadline.examples.ts.

/** Months written as words after "tháng" (tháng mười hai = December). Lunar names (giêng, chạp) are left out: they are not calendar months. */
export const MONTH_WORDS: Record<string, number> = {
  "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
  "mười": 10, "mười một": 11, "mười hai": 12,
};

/** Quarters (quý = quarter) in roman or arabic numerals: "quý IV", "quý 4". */
export const QUARTERS: Record<string, number> = { "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Halves of the year: "6 tháng đầu năm" (first half), "6 tháng cuối năm" (second half). */
export const HALF_FIRST = ["6 tháng đầu năm", "06 tháng đầu năm", "sáu tháng đầu năm", "nửa đầu năm"];
export const HALF_SECOND = ["6 tháng cuối năm", "06 tháng cuối năm", "sáu tháng cuối năm", "nửa cuối năm"];

/**
 * Words that make a following time expression a rhythm, a comparison or a status,
 * not a deadline: "sơ kết 6 tháng đầu năm", "so với năm 2024", "tính đến tháng 01/2023".
 */
export const NOT_DEADLINE_BEFORE = [
  "sơ kết", "tổng kết", "báo cáo", "định kỳ", "hằng", "hàng", "mỗi",
  "so với", "so cùng kỳ", "tính đến", "tính đến hết", "tính từ", "tính tới",
  "giai đoạn", "nhiệm kỳ", "khóa", "cùng kỳ",
  // a strategy's horizon, part of its name: "… đến năm 2025, định hướng đến năm 2030", "tầm nhìn đến năm 2045"
  "định hướng", "tầm nhìn",
  // a birth date or range of those a plan concerns: "trẻ sinh từ tháng 3/2022 đến tháng 01/2021", "sinh năm 2019"
  "sinh",
  // a historical event named by its month: "Cách mạng Tháng Tám", "kỷ niệm … cách mạng tháng 8 (19/8/1945 - …)"
  "cách mạng",
  // a meeting's session named by its time: "hội nghị phiên cuối năm 2026", "phiên tháng 6" (the lead "cuối" is in the match)
  "phiên", "phiên cuối", "phiên đầu", "phiên giữa",
];

/**
 * Leading words kept in a deadline's raw text because they change its meaning (a limit):
 * "đến hết tháng 6", "chậm nhất là ngày 15/5", "hoàn thành trước quý III".
 */
export const DEADLINE_LEADS = ["đến hết", "đến cuối", "đến", "tới", "chậm nhất là", "chậm nhất trước", "chậm nhất vào", "chậm nhất", "hoàn thành trước", "trước"];

/**
 * Words that, right before a dated day, make it an item's limit or its day in a schedule ("trước
 * ngày 30/6/2025", "hạn 15/5", "vào 14/3"): read by rules/item-deadlines.ts, as written (case aside).
 */
export const DAY_LEADS = ["đến", "tới", "trước", "chậm nhất", "hoàn thành", "hạn", "vào", "từ"];

/**
 * Words after a day that make it the definition of an annual day, not this year's date: "Ngày 18/11
 * hằng năm là Ngày truyền thống …", "ngày 26 tháng 3 hàng năm được chọn là …".
 */
export const ANNUAL_DEFINITION_AFTER = ["hằng năm là", "hàng năm là", "hằng năm được", "hàng năm được", "mỗi năm là"];

/** Words after a cited document's date: "ngày 05/7/2023 của …", "ngày 04/9/2023 giữa …". */
export const CITATION_AFTER = ["của", "về", "giữa", "do", "ban hành", "hướng dẫn", "quy định", "v/v"];

/**
 * Words before a "5/3" that make it a class, not a day: "lớp 5/3, 5/4", "chi đội 6/2" (a school
 * names its classes by grade and number).
 */
export const CLASS_WORDS = ["lớp", "chi đội", "các lớp", "các chi đội"];

/**
 * The names of a lunar year (can chi): a stem and a branch, "Bính Thân", "Giáp Thìn". A Tết campaign
 * names its year after them: "Xuân Bính Thân 2016", "Tết Nguyên đán Giáp Thìn - 2024" (rules/meta/term.ts,
 * "full" view).
 */
export const LUNAR_STEMS = ["giáp", "ất", "bính", "đinh", "mậu", "kỷ", "canh", "tân", "nhâm", "quý"];
export const LUNAR_BRANCHES = ["tý", "sửu", "dần", "mão", "mẹo", "thìn", "tỵ", "tị", "ngọ", "mùi", "thân", "dậu", "tuất", "hợi"];

/**
 * What follows "Thời gian" on a line that gives a time ("Thời gian dự kiến: ngày 13/01/2023", "Thời gian
 * thực hiện: tháng 5/2026"): the plan's or a round's own span (rules/plan-span.ts, "full" view).
 */
export const TIME_FIELD_WORDS = [
  "thực hiện", "tổ chức", "triển khai", "diễn ra", "dự kiến", "hoàn thành", "giám sát", "kiểm tra", "khảo sát",
  "ra quân", "tiến hành", "thực hiện dự kiến", "tổ chức dự kiến",
];

/**
 * The time of day before a report's dateline ("Sáng nay 20/10, Công an huyện …", "Chiều ngày 05/9, Liên
 * đội …"): a day so written opens a news lead and says when it was reported, not when anything is due
 * (rules/item-deadlines.ts, "tone" view).
 */
export const DATELINE_TIMES = ["sáng", "chiều", "tối", "trưa", "đêm", "sáng nay", "chiều nay", "tối nay", "sáng qua", "chiều qua", "hôm nay", "hôm qua"];

/**
 * Words before a term that make it the term of those an election chooses ("bầu cử đại biểu Quốc hội khóa
 * XV, đại biểu HĐND các cấp nhiệm kỳ 2021-2026"), not the plan's (rules/meta/term.ts, "full" view).
 */
export const ELECTION_WORDS = ["bầu cử", "ứng cử"];

/**
 * Words before "năm 2010" that make it the base year of prices, not the year a plan is for ("GRDP theo giá so
 * sánh năm 2010", "theo giá cố định năm 1994") (rules/meta/term.ts, "full" view).
 */
export const PRICE_BASE_BEFORE = ["giá so sánh", "giá cố định", "giá gốc"];

/**
 * Words that mark a lunar date ("rằm tháng 8 âm lịch", "ngày 15 tháng 7 âm lịch", "mùng 10 tháng Chạp (ÂL)"):
 * a lunar day is said as written, not converted, and is no Gregorian deadline (gold README, lunar dates).
 * `after`: written after the date; `before`: the lunar day's word before its month ("rằm tháng Giêng").
 * ("mùng"/"mồng" is left out: "mùng 2/9", "mồng 8/3" are Gregorian days.) (rules/deadline.ts, "tone" view)
 */
export const LUNAR_MARKERS = { after: ["âm lịch", "âl", "al"], before: ["rằm"] };

/**
 * Words before a day that name what happens on it, not a rhythm, when a full day follows ("Tổng kết ngày
 * 18/01/2027", "báo cáo ngày 15/6", "Khai mạc ngày 05/9/2027"): "sơ kết 6 tháng" stays a rhythm (rules/deadline.ts;
 * rules/item-deadlines.ts reads them as a lead of a day outside items, "tone" view).
 */
export const EVENT_ON_DAY = ["sơ kết", "tổng kết", "báo cáo", "khai mạc", "bế mạc", "khai giảng", "ra quân", "lễ ra quân"];

/**
 * Days of the week, as a schedule heads its days ("THỨ HAI, NGÀY 12/4/2027", "Thứ Ba (13/4)", "Chủ nhật 18/4"): a
 * weekday before a date makes it a day of the programme (a deadline, item null), never a place of signing
 * (rules/item-deadlines.ts, rules/deadline.ts "tone" view; rules/meta/header.ts "full" view).
 */
export const WEEKDAYS = ["thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật", "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7"];

/**
 * Words before a year, in its clause, that make it the year a report reviews or a meeting is held in, not the year a
 * plan is for: "Thành tựu kinh tế - xã hội năm 2026; các chỉ tiêu … năm 2027", "Kết quả thực hiện nhiệm vụ năm 2026",
 * "hội nghị phiên cuối năm 2026" (rules/meta/term.ts, "full" view, in a copy without a title).
 */
export const REVIEW_BEFORE_YEAR = ["thành tựu", "kết quả", "tổng kết", "sơ kết", "đánh giá", "phiên", "nhìn lại", "đạt được"];

/**
 * A strategy's horizon ("định hướng đến năm 2030", "tầm nhìn đến năm 2045") is part of its name, unless the level
 * to reach follows the year: "… đạt trên 35%; định hướng đến năm 2030 đạt trên 45%" (rules/deadline.ts, "tone" view).
 */
export const HORIZON_BEFORE = ["định hướng", "tầm nhìn"];
export const LEVEL_AFTER_YEAR = ["đạt", "còn", "giảm", "tăng", "chiếm", "lên", "xuống", "duy trì", "phấn đấu"];

/**
 * A web page's labels before the date it was posted or updated ("Đăng lúc: 08:15 12/3/2027", "Cập nhật: 12/3/2027",
 * "Ngày đăng 12/03/2027"): the page's, no deadline (rules/deadline.ts, "tone" view; only as a label right before the date).
 */
export const POST_LABELS = [
  "đăng lúc", "đăng ngày", "ngày đăng", "ngày đăng tin", "cập nhật", "cập nhật lúc", "cập nhật ngày", "ngày cập nhật",
  "lần cập nhật cuối", "xuất bản", "ngày xuất bản", "thời gian đăng", "ngày đưa tin", "đăng tải", "đăng bởi", "bản quyền",
];
