// The corpus of rules/deadline.ts (duckling's Corpus, chrono's cases). Rows are
// made up, in the general phrasing of plans of any province or organisation.
// - positive: [text, expected, raw?]. Without a third column the whole text is
//   matched by exactly one hit; the third column gives the raw of that one hit.
// - multi: [text, expected hits in order] for sentences with several deadlines.
// - negative: texts with no deadline at all.

import type { DeadlineContext, DeadlinePrecision } from "./deadline.js";
import { findDeadlines } from "./deadline.js";
import { examplesOf, type Row } from "./examples.js";

export interface ExpectedDeadline {
  start: string;
  end: string;
  precision: DeadlinePrecision;
  /** checked when given */
  yearInferred?: boolean;
  /** the hit must be optional exactly when this is true */
  optional?: boolean;
  /** for multi rows: the raw of the hit */
  raw?: string;
}

export interface DeadlineExamples {
  context: DeadlineContext;
  positive: Array<[string, ExpectedDeadline] | [string, ExpectedDeadline, string]>;
  multi: Array<[string, ExpectedDeadline[]]>;
  negative: string[];
}

const month = (y: number, m: number, last: number): ExpectedDeadline => ({
  start: `${y}-${String(m).padStart(2, "0")}-01`, end: `${y}-${String(m).padStart(2, "0")}-${last}`, precision: "month",
});
const day = (iso: string, extra: Partial<ExpectedDeadline> = {}): ExpectedDeadline => ({ start: iso, end: iso, precision: "day", ...extra });
const Q = {
  1: (y: number) => ({ start: `${y}-01-01`, end: `${y}-03-31`, precision: "quarter" as const }),
  2: (y: number) => ({ start: `${y}-04-01`, end: `${y}-06-30`, precision: "quarter" as const }),
  3: (y: number) => ({ start: `${y}-07-01`, end: `${y}-09-30`, precision: "quarter" as const }),
  4: (y: number) => ({ start: `${y}-10-01`, end: `${y}-12-31`, precision: "quarter" as const }),
};
const year = (y: number, extra: Partial<ExpectedDeadline> = {}): ExpectedDeadline => ({ start: `${y}-01-01`, end: `${y}-12-31`, precision: "year", ...extra });
const range = (start: string, end: string): ExpectedDeadline => ({ start, end, precision: "range" });

/** A plan for one year (2025). */
export const examples: DeadlineExamples = {
  context: { planYear: 2025 },
  positive: [
    // "cập nhật" as a verb, its limit after it
    ["Cập nhật danh sách hội viên trước ngày 30/6/2025", day("2025-06-30"), "trước ngày 30/6/2025"],
    // "trong năm …" after a verb of striving says when (not a noun's qualifier)
    ["phấn đấu trong năm 2025 toàn huyện xây dựng 10 căn nhà", year(2025), "trong năm 2025"],
    // a count of weeks at the start or the end of a month (a month read as four weeks)
    ["2 tuần đầu tháng 1", range("2025-01-01", "2025-01-14")],
    ["hai tuần cuối tháng 3", range("2025-03-15", "2025-03-31")],
    ["2 tuần sau trong tháng 1", range("2025-01-15", "2025-01-31")],
    // a campaign's stage over a year long, ending on another day of the year: no anniversary
    ["từ ngày 1/6/2025 đến hết ngày 30/9/2026", range("2025-06-01", "2026-09-30")],
    // a strategy's horizon followed by the level to reach is a target's year
    ["định hướng đến năm 2030 đạt trên 45%", year(2030), "đến năm 2030"],
    ["tầm nhìn đến năm 2045: 100% xã có trạm y tế đạt chuẩn", year(2045), "đến năm 2045"],
    // a header's date line whose "ngày" a copy glued to its day is still the date line
    ["ngày25 tháng 8 năm 2025 họp tổng kết", day("2025-08-25"), "ngày25 tháng 8 năm 2025"],
    // a range between two named days, each with its date in brackets (a month of action)
    ["từ Ngày Quốc tế Thiếu nhi (01/6) đến Ngày Gia đình Việt Nam (28/6)", range("2025-06-01", "2025-06-28")],
    ["từ ngày Quốc khánh (02/9) đến ngày 30/9", range("2025-09-02", "2025-09-30")],
    // an event on a full day: "Tổng kết ngày …", "báo cáo ngày …" (not a rhythm as "sơ kết 6 tháng")
    ["Tổng kết ngày 18/01/2025", day("2025-01-18"), "ngày 18/01/2025"],
    ["báo cáo ngày 15/6/2025", day("2025-06-15"), "ngày 15/6/2025"],
    // a Gregorian date with its lunar equivalent in brackets after it: the Gregorian one
    ["Ngày 12/02/2025 (tức ngày 15 tháng Giêng)", day("2025-02-12"), "Ngày 12/02/2025"],
    // a campaign's span with hyphenated dates, each with its year (a report: "Chiến dịch diễn ra từ …")
    ["Chiến dịch diễn ra từ 28-12-2024 đến 16-2-2025.", range("2024-12-28", "2025-02-16"), "từ 28-12-2024 đến 16-2-2025"],
    ["từ ngày 01-6-2025 đến ngày 31-8-2025", range("2025-06-01", "2025-08-31")],
    // day–month spans with a hyphen or a dot and no year, both ends after "từ … đến" (the year from the plan)
    ["từ ngày 1-6 đến 20-8", range("2025-06-01", "2025-08-20")],
    ["Thời gian thực hiện từ 15.7 đến 30.9.", range("2025-07-15", "2025-09-30"), "từ 15.7 đến 30.9"],
    // a date in words without "ngày" (a header's date line cut after its "ngày")
    ["09 tháng 12 năm 2025", day("2025-12-09")],
    // a year that opens a sentence inside a paragraph sets its time frame, as at the paragraph's start
    ["… đạt 95%. Năm 2025, đưa xã đạt chuẩn nông thôn mới.", year(2025), "Năm 2025"],
    ["Cũng trong tháng 3, Đoàn xã sẽ ra quân làm sạch đường làng.", month(2025, 3, 31), "tháng 3"],
    // a clause before a comma is no place of signing when a lead ("hoàn thành trước") precedes the date
    ["Kiện toàn tổ, hoàn thành trước ngày 30/6/2025.", day("2025-06-30"), "hoàn thành trước ngày 30/6/2025"],
    // typed without diacritics: the time words read as with them
    ["trong thang 10", month(2025, 10, 31), "thang 10"],
    ["truoc ngay 25/10/2025", day("2025-10-25")],
    ["hoan thanh truoc 30/6", day("2025-06-30"), "truoc 30/6"],
    ["trong Quy III/2025", Q[3](2025), "Quy III/2025"],
    ["tu thang 5 den thang 8/2025", range("2025-05-01", "2025-08-31")],
    ["6 thang cuoi nam 2025", { start: "2025-07-01", end: "2025-12-31", precision: "half" }],
    // a schedule's week cell: a day range inside one month without "ngày"
    ["05 - 31/8", range("2025-08-05", "2025-08-31")],
    ["Từ 01- 08/9", range("2025-09-01", "2025-09-08")],
    // dotted dates, and a dotted range with a year at each end
    ["từ ngày 15.12.2025 đến 5.2.2026", range("2025-12-15", "2026-02-05")],
    ["trước ngày 30.6.2025", day("2025-06-30")],
    // months
    ["Tháng 02/2025", { ...month(2025, 2, 28), yearInferred: false }],
    ["THÁNG 02/2025", month(2025, 2, 28)],
    ["tháng 2/2024", month(2024, 2, 29)],
    ["Thời gian tổ chức: tháng 9/2025.", month(2025, 9, 30), "tháng 9/2025"],
    ["tháng 11 năm 2025", month(2025, 11, 30)],
    ["trong tháng 4/2026", month(2026, 4, 30), "tháng 4/2026"],
    ["Tổ chức vào tháng 12/2025 tại trung tâm huyện", month(2025, 12, 31), "tháng 12/2025"],
    ["Tháng 5", { ...month(2025, 5, 31), yearInferred: true }],
    ["đến hết tháng 6", month(2025, 6, 30)],
    ["tháng mười hai năm 2025", month(2025, 12, 31)],
    ["Thời gian: 8/2025", month(2025, 8, 31), "8/2025"],
    ["tháng 10 - 2025", month(2025, 10, 31)],
    // quarters (quý)
    ["Quý II", { ...Q[2](2025), yearInferred: true }],
    ["Tổ chức Hội nghị biểu dương thanh niên tiêu biểu (Quý I).", Q[1](2025), "(Quý I)"],
    ["quý III/2025", { ...Q[3](2025), yearInferred: false }],
    ["quý IV năm 2026", Q[4](2026)],
    ["Hoàn thành trong quý I.", Q[1](2025), "quý I"],
    ["đến hết quý III", Q[3](2025)],
    ["quý 2/2025", Q[2](2025)],
    ["QUÝ IV - 2025", Q[4](2025)],
    ["Tổ chức Hội thi tìm hiểu pháp luật (Đề án 8 - quý II/2025).", Q[2](2025), "quý II/2025"],
    ["trước quý IV", Q[4](2025)],
    // days
    ["28/6/2025", { ...day("2025-06-28"), yearInferred: false }],
    ["ngày 15/3/2025", day("2025-03-15")],
    ["28.6.2025", day("2025-06-28")],
    ["(5/6)", { ...day("2025-06-05"), yearInferred: true }],
    ["hưởng ứng Ngày Gia đình Việt Nam 28/6 tại các xã", day("2025-06-28"), "28/6"],
    ["trước ngày 30/6/2025", day("2025-06-30")],
    ["Các đơn vị gửi báo cáo hoàn thành trước ngày 15/12.", day("2025-12-15"), "hoàn thành trước ngày 15/12"],
    ["ngày 26 tháng 3 năm 2025", day("2025-03-26")],
    ["chậm nhất ngày 20/11/2025", day("2025-11-20")],
    ["nhân dịp 26/3 hằng năm", day("2025-03-26"), "26/3"],
    ["Ngày Thương binh - Liệt sĩ 27/7;", day("2025-07-27"), "27/7"],
    // weeks
    ["(tuần thứ 3 tháng 9)", { start: "2025-09-15", end: "2025-09-21", precision: "week" }],
    ["tuần đầu tháng 3/2026", { start: "2026-03-01", end: "2026-03-07", precision: "week" }],
    ["tuần cuối tháng 2", { start: "2025-02-22", end: "2025-02-28", precision: "week" }],
    ["tuần 2 tháng 10", { start: "2025-10-08", end: "2025-10-14", precision: "week" }],
    // ranges
    ["(15/11-15/12)", range("2025-11-15", "2025-12-15")],
    ["từ ngày 01/4 đến ngày 31/5/2025", range("2025-04-01", "2025-05-31")],
    ["Từ ngày 30/9 đến ngày 30/12 năm 2025", range("2025-09-30", "2025-12-30")],
    ["từ tháng 5 đến tháng 8/2025", range("2025-05-01", "2025-08-31")],
    ["Tháng 6-9/2025", range("2025-06-01", "2025-09-30")],
    ["tháng 3 - tháng 4 năm 2026", range("2026-03-01", "2026-04-30")],
    ["từ quý II đến quý III năm 2025", range("2025-04-01", "2025-09-30")],
    ["Quý III-IV/2025", range("2025-07-01", "2025-12-31")],
    ["quý 1-2/2025", range("2025-01-01", "2025-06-30")],
    ["từ ngày 01 đến ngày 15/4/2025", range("2025-04-01", "2025-04-15")],
    ["15/12/2025 - 15/01/2026", range("2025-12-15", "2026-01-15")],
    ["từ tháng 11/2025 đến tháng 2/2026", range("2025-11-01", "2026-02-28")],
    ["Tháng hành động vì trẻ em (01/6-30/6)", range("2025-06-01", "2025-06-30"), "(01/6-30/6)"],
    // halves of the year
    ["6 tháng đầu năm", { start: "2025-01-01", end: "2025-06-30", precision: "half", yearInferred: true }],
    ["6 tháng cuối năm 2025", { start: "2025-07-01", end: "2025-12-31", precision: "half" }],
    ["nửa đầu năm 2026", { start: "2026-01-01", end: "2026-06-30", precision: "half" }],
    // years
    ["đến năm 2027", year(2027)],
    ["đến cuối năm 2025", year(2025)],
    // "vào năm 2027" says when the thing is done, like "đến năm 2027"
    ["tổ chức diễn đàn cấp tỉnh vào năm 2027", year(2027), "vào năm 2027"],
    ["Đến năm 2030, mỗi xã có ít nhất 01 câu lạc bộ", year(2030), "Đến năm 2030"],
    ["phấn đấu đến năm 2026 có 90% chi đoàn đạt vững mạnh", year(2026), "đến năm 2026"],
    ["Cả năm", { ...year(2025), yearInferred: true }],
    // "trong năm 2025" followed by more words: it may qualify the noun before it
    ["tổ chức các hoạt động trong năm 2025 tại cơ sở", year(2025, { optional: true }), "trong năm 2025"],
    // closing the item's sentence it says when the work is done
    ["Hoàn thành lắp đặt camera tại các thôn trong năm 2026.", year(2026), "trong năm 2026"],
    ["trong năm 2025", year(2025)],
    ["đảm bảo chỉ tiêu phát triển hội viên trong năm theo số lượng phân bổ", year(2025, { optional: true, yearInferred: true }), "trong năm"],
    ["Xây dựng kế hoạch năm 2025", year(2025, { optional: true }), "năm 2025"],
    ["Phát động Cuộc thi ảnh “Nông thôn mới” năm 2025", year(2025, { optional: true }), "năm 2025"],
    // an anniversary span: only the later date is this year's
    ["kỷ niệm 135 năm ngày sinh (19/5/1890 - 19/5/2025)", day("2025-05-19", { optional: true }), "19/5/2025"],
    // a year that opens the item's sentence, before a comma, sets its time frame
    ["Năm 2026, phấn đấu 100% chi đoàn đạt vững mạnh", year(2026), "Năm 2026"],
    // a programme's kind in the clause, but the year is followed by its level: a target's limit
    ["Tỷ lệ nhà ở kiên cố khu vực quy hoạch đến năm 2027: 95%", year(2027), "đến năm 2027"],
    // a range of days written in words
    ["từ ngày 15 tháng 9 năm 2025 đến ngày 20 tháng 11 năm 2025", range("2025-09-15", "2025-11-20")],
    ["Thời gian: từ ngày 5 tháng 3 đến ngày 10 tháng 4", { ...range("2025-03-05", "2025-04-10"), yearInferred: true }, "từ ngày 5 tháng 3 đến ngày 10 tháng 4"],
    // a range whose first day carries a note in brackets is still one range
    ["Từ ngày 08/5 (Ngày Chữ thập đỏ thế giới) đến ngày 19/5/2025", range("2025-05-08", "2025-05-19")],
    ["từ ngày 01 tháng 6 (Ngày Quốc tế thiếu nhi) đến ngày 30 tháng 6 năm 2025", range("2025-06-01", "2025-06-30")],
    // clock times before the days of a range
    ["từ 7h30 ngày 08/5 đến 17h00 ngày 10/5/2025", range("2025-05-08", "2025-05-10"), "ngày 08/5 đến 17h00 ngày 10/5/2025"],
    ["từ ngày 20 tháng 4 đến 11 giờ 30 ngày 25 tháng 4 năm 2025", range("2025-04-20", "2025-04-25")],
    // one end in figures, the other in words
    ["từ ngày 15/3 đến ngày 20 tháng 4 năm 2025", range("2025-03-15", "2025-04-20")],
    ["Từ ngày 02 tháng 9 đến ngày 30/9/2025", range("2025-09-02", "2025-09-30")],
  ],
  multi: [
    // a calendar's month row lists its days after its month: one day deadline each, in the row's month
    ["Tháng 7 | Trần Văn B | Chủ tịch | Ngày 03; 10; 17 (Thứ 5) |", [
      { ...month(2025, 7, 31), raw: "Tháng 7" }, { ...day("2025-07-03"), raw: "Ngày 03" }, { ...day("2025-07-10"), raw: "10" },
      { ...day("2025-07-17"), raw: "17" },
    ]],
    ["Tháng 9/2026: các ngày 4, 11, 18 và 25", [
      { ...month(2026, 9, 30), raw: "Tháng 9/2026" }, { ...day("2026-09-04"), raw: "các ngày 4" }, { ...day("2026-09-11"), raw: "11" },
      { ...day("2026-09-18"), raw: "18" }, { ...day("2026-09-25"), raw: "25" },
    ]],
    // months listed without spaces ("2,4,7" is no decimal here: the list ends with "và")
    ["tổ chức hiến máu tập trung gồm 4 đợt vào các tháng 2,4,7 và tháng 11.", [
      { ...month(2025, 2, 28), raw: "tháng 2" }, { ...month(2025, 4, 30), raw: "4" }, { ...month(2025, 7, 31), raw: "7" },
      { ...month(2025, 11, 30), raw: "tháng 11" },
    ]],
    // months listed under one "tháng", in the plan's year
    ["Tổ chức hiến máu vào các tháng 2, 5 và tháng 9.", [
      { ...month(2025, 2, 28), raw: "tháng 2" }, { ...month(2025, 5, 31), raw: "5" }, { ...month(2025, 9, 30), raw: "tháng 9" },
    ]],
    ["Năm 2026, đưa xã đạt chuẩn nông thôn mới và đến năm 2028 đạt chuẩn nâng cao.", [
      { ...year(2026), raw: "Năm 2026" }, { ...year(2028), raw: "đến năm 2028" },
    ]],
    ["Tháng 3 và tháng 10/2026", [
      { ...month(2026, 3, 31), raw: "Tháng 3", yearInferred: false },
      { ...month(2026, 10, 31), raw: "tháng 10/2026" },
    ]],
    ["quý I và quý II năm 2026", [{ ...Q[1](2026), raw: "quý I" }, { ...Q[2](2026), raw: "quý II năm 2026" }]],
    ["nhân Ngày Quốc tế Phụ nữ 8/3 và Ngày Phụ nữ Việt Nam 20/10", [
      { ...day("2025-03-08"), raw: "8/3" }, { ...day("2025-10-20"), raw: "20/10" },
    ]],
    ["Thực hiện Công văn số 12/HD-ĐTN ngày 5/3/2024 của Ban Thường vụ; hoàn thành trước ngày 30/9/2025.", [
      { ...day("2025-09-30"), raw: "hoàn thành trước ngày 30/9/2025" },
    ]],
    // days listed with one month: each day a deadline ("ngày 16, 17/10/2025", "ngày 5 và 6 tháng 9")
    ["Thi đấu vào ngày 16, 17/10/2025 tại nhà thi đấu.", [
      { ...day("2025-10-16"), raw: "ngày 16" }, { ...day("2025-10-17"), raw: "17/10/2025" },
    ]],
    ["Giải chạy tổ chức ngày 5 và 6 tháng 9 năm 2025", [
      { ...day("2025-09-05"), raw: "ngày 5" }, { ...day("2025-09-06"), raw: "6 tháng 9 năm 2025" },
    ]],
    ["Sơ kết công tác Hội năm 2025 (Quý II).", [
      { ...year(2025), optional: true, raw: "năm 2025" }, { ...Q[2](2025), raw: "(Quý II)" },
    ]],
    ["Ngày Môi trường thế giới (5/6); chiến dịch Làm cho thế giới sạch hơn (tuần thứ 3 tháng 9); Ngày Pháp luật (09/11)", [
      { ...day("2025-06-05"), raw: "(5/6)" },
      { start: "2025-09-15", end: "2025-09-21", precision: "week", raw: "(tuần thứ 3 tháng 9)" },
      { ...day("2025-11-09"), raw: "(09/11)" },
    ]],
  ],
  negative: [
    // a page's post stamp: its clock time is no day
    "14:08 - 27/08/2014",
    // a page's post or update label right before its date
    "Đăng lúc: 08:15 12/3/2025",
    "Cập nhật ngày 12/3/2025",
    "Ngày đăng 12/03/2025 | Lượt xem: 120",
    // a day listed with no month opening its row is no day of a calendar
    "Hội nghị có các ngày 3, 10 tham luận",
    // a historical event named by its month
    "kỷ niệm 80 năm Cách mạng Tháng 8 và Quốc khánh",
    "Chiến lược phát triển ngành đến năm 2025, định hướng đến năm 2030 và tầm nhìn đến năm 2045",
    // "ngày 1-6" alone is days 1 to 6 of no month, and a count list is no day list
    "Tập huấn ngày 1-6 cho cán bộ",
    "Trong ngày 3, 4 đội đạt giải",
    // a lunar date is said as written, not converted: no Gregorian deadline (gold README)
    "Tổ chức vui Tết Trung thu trước ngày rằm tháng 8",
    "Lễ Vu Lan ngày 15 tháng 7 âm lịch",
    "Dâng hương vào mùng 10 tháng 3 (âm lịch)",
    // a web page's post stamp: weekday, day, month, year and clock time ("12 Tháng 9 2025 08:29")
    "Thứ năm, 12 Tháng 9 2025 08:29",
    "Thứ tư, 20/2/2025, 0:0",
    // "sơ kết", "tổng kết" before a span stay rhythms
    "sơ kết 6 tháng đầu năm",
    "tổng kết năm 2025",
    // a place name is no "năm", a rule ("quy định") no quarter
    // class names of a school ("lớp 5/3, 5/4") are no days
    "Sinh hoạt dưới cờ: văn nghệ của lớp 5/3, 5/4",
    "Chi đội 6/2 và 7/1 trực tuần",
    // a page's post stamp: a date beside a clock time
    "20:03 11-12-2025 | Lượt xem: 155",
    "26/12/2025 15:46 CH",
    // a share is no day range
    "tỷ lệ 1 - 2/3 hộ gia đình",
    "Hội LHPN Việt Nam 2025 đoàn kết",
    "thực hiện quy định số 12",
    // rhythms (hằng tháng = every month)
    "hằng tháng",
    "hàng năm",
    "mỗi quý",
    "định kỳ 6 tháng, 01 năm",
    "Tổ chức sơ kết 6 tháng đầu năm",
    "báo cáo 6 tháng cuối năm",
    // reporting periods listed after "báo cáo": the year is one of them, not a deadline
    "báo cáo kết quả 6 tháng, cả năm về tỉnh Hội",
    "gửi báo cáo quý, 6 tháng và cả năm",
    // comparisons and status dates
    "so với năm 2024",
    "tăng 5% so với cùng kỳ năm 2024",
    "Tính đến tháng 01/2023, toàn tỉnh có 120 chi hội",
    "tính đến ngày 31/12/2024",
    // dates of cited documents
    "theo Công văn số 15/HD-BTV ngày 3/4/2022 của Ban Thường vụ",
    "Nghị định số 56/2012/NĐ-CP ngày 16/7/2012",
    "thực hiện Quy định số 03/QĐ-BTV ngày 22/8/2024 của Ban Thường vụ Tỉnh đoàn",
    "Kế hoạch liên ngành số 07/KHPH-ĐTN-CA, ngày 12/9/2023 giữa Tỉnh đoàn và Công an tỉnh",
    "Đề án số 03-ĐA/TU, ngày 15/7/2021 về nâng cao chất lượng đảng viên",
    "Chỉ thị 05-CT/TW ngày 15/5/2016 của Bộ Chính trị",
    "văn bản ban hành ngày 10/10/2024",
    "Lạng Sơn, ngày 15 tháng 3 năm 2025",
    "Lạng Sơn, 15/3/2025",
    // a birth range of the children a plan concerns
    "trẻ sinh từ tháng 3/2022 đến tháng 01/2023",
    "trẻ em sinh năm 2025",
    // the header's date line with its day left blank
    "Hà Nội, ngày      tháng 11 năm 2025",
    "ngày ….. tháng 6 năm 2025",
    // the definition of an annual day
    "Ngày 18 tháng 11 hằng năm là Ngày truyền thống của Mặt trận",
    "ngày 26/3 hàng năm được chọn là Ngày Thanh niên",
    // document numbers
    "56/2012/NĐ-CP",
    "Công văn số 3105/ĐCT-VP",
    "Kế hoạch số 12/2024",
    "Quyết định 6/2025 của UBND tỉnh",
    // terms and stages
    "nhiệm kỳ 2025-2030",
    "giai đoạn 2021 - 2025",
    "(2023-2027)",
    "triển khai giai đoạn II (2023-2025)",
    "từ năm 2021 đến năm 2025",
    "kỷ niệm 95 năm (1930 - 2025)",
    // years inside a programme's name
    "Đề án “Hỗ trợ thanh niên khởi nghiệp đến năm 2030”",
    "triển khai Nghị quyết về phát triển nông nghiệp bền vững đến năm 2030",
    "Chương trình \"Chuyển đổi số trong hoạt động Hội đến năm 2030\"",
    // codes, fractions, counts, ages, ordinals
    "tiêu chí 1.1.3",
    "tiêu chí 17.8",
    "giảm 05/17 cơ sở Hội",
    "3/12 xã đạt chuẩn",
    "2 lần/nhiệm kỳ",
    "03 hộ/cơ sở Hội",
    "80% trở lên",
    "thanh niên từ 18 tuổi",
    "94 năm ngày thành lập Hội",
    "70 năm chiến thắng",
    // a bare year other than the plan's qualifies a noun (Quỹ học bổng … năm 2023)
    "Quỹ học bổng năm 2023",
    // words that look like time words
    "những kinh nghiệm quý báu",
    "Tháng hành động vì bình đẳng giới",
    "",
  ],
};

/** A term plan (nhiệm kỳ 2022-2027): no single plan year. */
export const termExamples: DeadlineExamples = {
  context: { planYear: null, multiYear: true, periodEnd: 2027 },
  positive: [
    ["Đến cuối nhiệm kỳ, 100% cơ sở Hội có mô hình", year(2027, { optional: true }), "Đến cuối nhiệm kỳ"],
    ["đến hết nhiệm kỳ", year(2027, { optional: true })],
    ["Phấn đấu đến năm 2025", year(2025), "đến năm 2025"],
    ["hoàn thành trong quý IV năm 2026", Q[4](2026), "quý IV năm 2026"],
    ["Tháng 3/2026", month(2026, 3, 31)],
  ],
  // months and quarters listed after one word, the year written once at the end
  multi: [
    ["Thời gian: Quý I, II/2026", [Q[1](2026), Q[2](2026)]],
    ["trong các tháng 5, 6, 7/2026", [month(2026, 5, 31), month(2026, 6, 30), month(2026, 7, 31)]],
    ["hoàn thành trong quý III và IV năm 2026", [Q[3](2026), Q[4](2026)]],
  ],
  negative: [
    // a day or month without a year has no single date in a term plan
    "(5/6)",
    "trong dịp 8/3; 20/10",
    "Quý II",
    "tháng 9",
    "Cả năm",
    "năm 2025",
    "so với đầu nhiệm kỳ",
    "tháng 5, 6 hội viên",
  ],
};

/** A school-year plan (năm học 2025 - 2026): a day or month without a year falls in the first year from August to December, in the second from January to July. */
export const schoolYearExamples: DeadlineExamples = {
  context: { planYear: null, multiYear: true, periodStart: 2025, periodEnd: 2026 },
  positive: [
    ["chào mừng ngày Quốc khánh 2/9", { ...day("2025-09-02"), yearInferred: true }, "2/9"],
    ["Ngày Nhà giáo Việt Nam 20/11", { ...day("2025-11-20"), yearInferred: true }, "20/11"],
    ["Ngày Quốc tế Phụ nữ 8/3", { ...day("2026-03-08"), yearInferred: true }, "8/3"],
    ["Tháng 12", { ...month(2025, 12, 31), yearInferred: true }],
    ["hoàn thành trong quý IV", { ...Q[4](2025), yearInferred: true }, "quý IV"],
    ["sơ kết học kỳ I vào tháng 01", { ...month(2026, 1, 31), yearInferred: true }, "tháng 01"],
    // ranges without a year take it from their first day's month
    ["05 - 31/8", { ...range("2025-08-05", "2025-08-31"), yearInferred: true }],
    ["từ ngày 15/12 đến ngày 15/01", { ...range("2025-12-15", "2026-01-15"), yearInferred: true }],
    ["từ tháng 9 đến tháng 11", { ...range("2025-09-01", "2025-11-30"), yearInferred: true }],
    ["từ tháng 2 đến tháng 4", { ...range("2026-02-01", "2026-04-30"), yearInferred: true }],
  ],
  multi: [
    // a time in brackets spelling out a dated one takes its year
    ["QUÝ III/2025 (Tháng 7 – 9)", [{ ...Q[3](2025), raw: "QUÝ III/2025" }, { ...range("2025-07-01", "2025-09-30"), raw: "(Tháng 7 – 9)" }]],
  ],
  negative: [
    // the plan's span is no deadline of an item
    "năm học 2025 - 2026",
    "Cả năm",
  ],
};

/** A December plan of 2025 (signed 10 December): months early in the year named without one are 2026's. */
export const lateSignedExamples: DeadlineExamples = {
  context: { planYear: 2025, issuedAt: "2025-12-10" },
  positive: [
    ["trong tháng 01", month(2026, 1, 31), "tháng 01"],
    ["hoàn thành trước ngày 15/2", day("2026-02-15", { yearInferred: true })],
    ["tháng 12", month(2025, 12, 31)],
    ["tháng 02/2025", month(2025, 2, 28)],
  ],
  multi: [["Xây dựng kế hoạch hội thi trong tháng 01 và tháng 02", [{ ...month(2026, 1, 31), raw: "tháng 01" }, { ...month(2026, 2, 28), raw: "tháng 02" }]]],
  negative: [],
};

// ---------------------------------------------------------------- the corpus (rules/examples.ts)

type Read = Array<ExpectedDeadline & { raw: string; from?: number; to?: number }>;

const corpusOf = (id: string, ex: DeadlineExamples) => {
  const one: Array<Row<string, Read>> = ex.positive.map(([text, exp, raw]) => [text, [{ ...exp, raw: raw ?? text, optional: !!exp.optional }]]);
  const multi: Array<Row<string, Read>> = ex.multi.map(([text, exps]) =>
    [text, exps.map((e) => ({ ...e, optional: !!e.optional })) as Read]);
  return examplesOf<string, Read>({
    id,
    rule: "deadlines",
    read: (text) => findDeadlines(text, ex.context).map((h) => ({
      raw: h.raw, start: h.iso.start, end: h.iso.end, precision: h.precision, yearInferred: h.yearInferred, optional: !!h.optional, from: h.start, to: h.end,
    })),
    rows: [...one, ...multi],
    none: ex.negative,
    nothing: [],
    // the raw is the text at the hit's offsets
    check: (text, hits) => hits.find((h) => text.slice(h.from, h.to) !== h.raw)?.raw ?? null,
  });
};

export const corpus = [
  corpusOf("deadline", examples), corpusOf("deadline in a term plan", termExamples), corpusOf("deadline in a school-year plan", schoolYearExamples),
  corpusOf("deadline in a plan signed late in its year", lateSignedExamples),
];
