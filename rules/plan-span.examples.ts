// Examples of the plan's own span (rules/plan-span.ts): a made-up plan and its deadlines that belong
// to no item, as [raw, start, end].
import { examplesOf, planOf, type Row } from "./examples.js";

type Spans = Array<[string, string, string]>;

const read = (lines: readonly string[]): Spans =>
  planOf(lines).deadlines.filter((d) => d.item === null).map((d) => [d.raw, d.start, d.end]);

const rows: Array<Row<readonly string[], Spans>> = [
  [
    ["Quân khu tổ chức tuyển quân năm 2027",
      "Theo kế hoạch, việc hiệp đồng tuyển quân xong trước ngày 30-12-2026; phát lệnh gọi nhập ngũ xong trước ngày 20-01-2027; toàn tỉnh giao quân vào ngày 12-02-2027.",
      "Đại hội Hội Cựu chiến binh huyện diễn ra vào ngày 16 tháng 11 năm 2026 tại hội trường huyện."],
    [["trước ngày 30-12-2026", "2026-12-30", "2026-12-30"], ["trước ngày 20-01-2027", "2027-01-20", "2027-01-20"], ["ngày 12-02-2027", "2027-02-12", "2027-02-12"]],
    "in a schedule whose days carry their lead, 'vào ngày …' is a day too; alone, it dates a past event",
  ],
  [
    ["KẾ HOẠCH", "Tổ chức Tháng hành động năm 2026", "I. MỤC ĐÍCH, YÊU CẦU", "1. Nâng cao nhận thức.",
      "II. CHỦ ĐỀ, THỜI GIAN", "1. Chủ đề: “Chung tay vì cộng đồng”", "2. Thời gian: từ ngày 01/3 đến 31/3/2026",
      "III. NỘI DUNG HOẠT ĐỘNG", "1. Ra quân hưởng ứng."],
    [["từ ngày 01/3 đến 31/3/2026", "2026-03-01", "2026-03-31"]],
    "a numbered 'Thời gian:' line under a theme-and-time heading",
  ],
  [
    ["KẾ HOẠCH", "Công tác Hội năm 2026", "III. TỔ CHỨC THỰC HIỆN", "1. Các chi hội triển khai.", "IV. THỜI GIAN THỰC HIỆN", "Trong quý II năm 2026."],
    [["quý II năm 2026", "2026-04-01", "2026-06-30"]],
    "the paragraph under a heading 'Thời gian thực hiện'",
  ],
  [
    ["KẾ HOẠCH", "Hoạt động công đoàn tháng 6 năm 2026", "Căn cứ kế hoạch của công đoàn cấp trên, công đoàn cơ sở xây dựng kế hoạch hoạt động tháng 6 năm 2026 như sau:",
      "I. NHIỆM VỤ TRỌNG TÂM", "02/6/2026", "Ngày 01/6/2026, Ban Chấp hành họp. Nhiệm vụ trọng tâm tháng 6/2026 như sau:", "1. Tổ chức ngày hội gia đình."],
    [["tháng 6/2026", "2026-06-01", "2026-06-30"]],
    "one deadline per span for a time written in the subtitle, the opening and a section's lead; a post date and a past meeting's day are none",
  ],
  [
    ["KẾ HOẠCH", "Giám sát chuyên đề năm 2026", "Thường trực HĐND huyện xây dựng kế hoạch giám sát như sau:",
      "I. THỜI GIAN GIÁM SÁT", "Giám sát việc quản lý đất công: dự kiến tháng 5/2026.",
      "Giám sát việc thu, chi ngân sách xã: dự kiến tháng 5/2026."],
    [["tháng 5/2026", "2026-05-01", "2026-05-31"], ["tháng 5/2026", "2026-05-01", "2026-05-31"]],
    "past the plan's front, a time written twice (once under each programme) is two deadlines",
  ],
  [
    ["(QNO) - Sáng nay 15/11, Công an huyện Tiên Phước tổ chức ra quân cao điểm tấn công trấn áp tội phạm dịp Tết Nguyên đán 2027.",
      "Đợt cao điểm diễn ra từ nay đến 5/2/2027."],
    [["đến 5/2/2027", "2027-02-05", "2027-02-05"]],
    "a report's dateline ('Sáng nay 15/11, …') is no deadline; the campaign's end is",
  ],
  [
    ["Sáng 23/4, Công an tỉnh đã phát lệnh ra quân đợt cao điểm kỷ niệm ngày Giải phóng miền Nam (30/4/1975 - 30/4/2027).",
      "Đợt cao điểm diễn ra trong 2 tháng, từ ngày 23/4 đến ngày 23/6."],
    [["từ ngày 23/4 đến ngày 23/6", "2027-04-23", "2027-06-23"]],
    "a campaign's days without a year in a report of no known year: the year the text dates things in",
  ],
  [
    ["Tin an ninh 2027-04 Chiều 12/4, Công an huyện Lạc Dương ra quân đợt cao điểm bảo đảm trật tự lễ hội.",
      "Đợt cao điểm diễn ra đến hết ngày 30/4/2027."],
    [["đến hết ngày 30/4/2027", "2027-04-30", "2027-04-30"]],
    "a capitalised dateline ('Chiều 12/4, …') after a page's stamp on the same line is no deadline",
  ],
  [
    ["Hội thi thể thao học sinh năm 2027", "Vòng khu vực tổ chức từ ngày 20-27/4/2027. Lễ Khai mạc diễn ra vào ngày 21/4/2027; Lễ Bế mạc vào ngày 27/4/2027."],
    [["từ ngày 20-27/4/2027", "2027-04-20", "2027-04-27"], ["ngày 21/4/2027", "2027-04-21", "2027-04-21"], ["ngày 27/4/2027", "2027-04-27", "2027-04-27"]],
    "an event's day after its name and verb ('Lễ Khai mạc diễn ra vào ngày …') in a report's paragraph is a deadline",
  ],
  [
    ["Ban Chấp hành Đảng bộ xã họp phiên cuối năm 2026", "Ngày 28/12/2026, Ban Chấp hành Đảng bộ xã họp phiên cuối năm 2026, thông qua chỉ tiêu năm 2027."],
    [],
    "a meeting's session named by its time ('phiên cuối năm 2026') is no deadline",
  ],
  [
    ["Đoàn trường Tiểu học Phú Lâm ra quân Tháng Thanh niên năm 2027.",
      "Thực hiện Chương trình công tác Đoàn năm 2027, hưởng ứng Tháng Thanh niên năm 2027, Đoàn trường tổ chức nhiều hoạt động.",
      "Cụ thể, trong tháng 3, Đoàn trường sẽ tổ chức ra quân “Ngày chủ nhật xanh”.",
      "Cũng trong tháng 3, triển khai phong trào xây dựng công sở văn minh."],
    [["tháng 3", "2027-03-01", "2027-03-31"], ["tháng 3", "2027-03-01", "2027-03-31"]],
    "past the opening, each time a report's activities write counts ('trong tháng 3', 'Cũng trong tháng 3')",
  ],
  [
    ["Bạn đang ở đây", "(19.05.2027)", "HỘI NÔNG DÂN VIỆT NAM", "BCH HỘI NÔNG DÂN TỈNH THÁI BÌNH", "Số 12-KH/HNDT",
      "Thái Bình, ngày 25 tháng 4 năm 2027", "KẾ HOẠCH", "Tổ chức Đại hội Hội Nông dân các cấp, nhiệm kỳ 2028 - 2033",
      "I. NỘI DUNG", "1. Tổ chức đại hội cấp cơ sở."],
    [],
    "a page's post date in brackets above the header is no deadline",
  ],
  [
    ["Thống kê truy cập", "Hôm nay : 12", "Tháng 07 : 770", "Năm 2026 : 1.901", "KẾ HOẠCH", "Hoạt động hè năm 2026", "I. NỘI DUNG HOẠT ĐỘNG", "1. Tổ chức sinh hoạt hè."],
    [],
    "a web page's visit counter ('Tháng 07 : 770') gives no deadline",
  ],
];

// Every deadline of a plan, whichever item (or none) carries it: the times of the lines that arrange a round
// or a visit ("Thời gian dự kiến: …", "+ Thời gian giám sát: …"), read as optional tasks or as loose lines.
const readAll = (lines: readonly string[]): Spans => planOf(lines).deadlines.map((d) => [d.raw, d.start, d.end]);

const timeLines: Array<Row<readonly string[], Spans>> = [
  [
    ["KẾ HOẠCH", "Giám sát chuyên đề năm 2026", "Thường trực HĐND huyện xây dựng kế hoạch giám sát như sau:",
      "* Giám sát việc quản lý đất công", "+ Thời gian giám sát: Dự kiến tháng 5/2026.",
      "* Giám sát việc thu, chi ngân sách xã", "+ Thời gian giám sát: Dự kiến tháng 5/2026."],
    [["tháng 5/2026", "2026-05-01", "2026-05-31"], ["tháng 5/2026", "2026-05-01", "2026-05-31"]],
    "a '+ Thời gian' line under each programme: two deadlines (each on its line, an optional task)",
  ],
  [
    ["KẾ HOẠCH", "Hiến máu tình nguyện năm 2026", "Đợt 1: Hưởng ứng Lễ hội Xuân hồng.", "Thời gian dự kiến: ngày 13/01/2026.",
      "Địa điểm: Nhà văn hóa huyện.", "Đợt 2: Hưởng ứng Hành trình đỏ.", "Thời gian dự kiến: 28/5/2026."],
    [["ngày 13/01/2026", "2026-01-13", "2026-01-13"], ["28/5/2026", "2026-05-28", "2026-05-28"]],
    "the expected day of each round ('Thời gian dự kiến: …')",
  ],
  [
    ["KẾ HOẠCH", "Đại hội Liên đội năm học 2027 - 2028", "II. Thời gian, địa điểm", "1. Đại hội trù bị",
      "- 14 giờ 00’, ngày 14 tháng  9 năm 2027. (Tiết 5, Thứ 3)", "2. Đại hội chính thức", "- 8 giờ 00, ngày 15 tháng 9 năm 2026 (Tiết 2, thứ 4)"],
    [["ngày 14 tháng 9 năm 2027", "2027-09-14", "2027-09-14"], ["ngày 15 tháng 9 năm 2026", "2026-09-15", "2026-09-15"]],
    "a session's time line that opens with its hour: its day is the session's, as written (a slipped year too)",
  ],
  [
    ["KẾ HOẠCH", "Hội thi văn nghệ mừng Xuân năm 2027", "I. NỘI DUNG", "- Tổ chức Hội thi cấp huyện.", "Tổng kết ngày 20/01/2027"],
    [["ngày 20/01/2027", "2027-01-20", "2027-01-20"]],
    "an event named right before its day ('Tổng kết ngày …') on a line of its own",
  ],
  [
    ["THỨ HAI, NGÀY 12/4/2027", "- Chủ tịch: 7 giờ 30 phút, dự họp giao ban.", "Thứ Ba (13/4/2027):", "- Phó Chủ tịch: làm việc tại cơ quan."],
    [["NGÀY 12/4/2027", "2027-04-12", "2027-04-12"], ["(13/4/2027)", "2027-04-13", "2027-04-13"]],
    "a schedule's weekday lines: each day is a deadline (no place of signing, no post date)",
  ],
  [
    ["Thứ năm, 14/10/2027", "KẾ HOẠCH", "Hoạt động thư viện năm học 2027 - 2028", "I. NỘI DUNG", "1. Giới thiệu sách mới."],
    [],
    "one weekday line alone above the title is a page's post date, no deadline",
  ],
  [
    ["LỊCH CÔNG TÁC", "Tuần 15 của Ban Thường vụ Huyện đoàn", "Sáng 12/4/2027: họp giao ban.", "Chiều 13/4/2027 - kiểm tra cơ sở Đoàn.",
      "Sáng 14/4/2027, Huyện đoàn đã tổ chức hội nghị."],
    [["12/4/2027", "2027-04-12", "2027-04-12"], ["13/4/2027", "2027-04-13", "2027-04-13"]],
    "a schedule line that opens with the part of the day: its day is a deadline; before a comma it is a report's dateline",
  ],
];

export const corpus = [
  examplesOf({ id: "plan span", rule: "plan-span", read, rows, name: () => "" }),
  examplesOf({ id: "time lines", rule: "deadlines", read: readAll, rows: timeLines, name: () => "" }),
];
