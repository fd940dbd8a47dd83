// Examples of a table row's role cells (rules/table-cells.ts, rules/target-quantities.ts,
// rules/item-deadlines.ts): a made-up plan with a table (Markdown), and what its rows give.
import { examplesOf, planOf, type Row } from "./examples.js";

const mttq = [
  "KẾ HOẠCH", "", "Công tác Mặt trận năm 2026", "", "## II. CÁC HOẠT ĐỘNG CHỦ YẾU", "",
  "| TT | Nội dung | Thời gian thực hiện | Đơn vị chủ trì / phối hợp | Kinh phí |",
  "|---|---|---|---|---|",
  "| 1 | Hội nghị triển khai | Quý I/2026 | Ban Phong trào / Văn phòng, Ban Dân chủ | Ngân sách |",
];
const hnd = [
  "KẾ HOẠCH", "", "Công tác Hội năm 2026", "", "## I. CHỈ TIÊU", "",
  "| TT | Chỉ tiêu | Đơn vị tính | Năm 2025 | Năm 2026 |", "|---|---|---|---|---|", "| 1 | Thành lập hợp tác xã | HTX | 25 | 30 |", "",
  "| TT | Chỉ tiêu | Mức phấn đấu |", "|---|---|---|", "| 2 | Tỷ lệ cơ sở Hội vững mạnh | 85% |",
];

const tasks: Array<Row<readonly string[], unknown>> = [
  [mttq, [{ code: "1", responsible: ["Ban Phong trào"], partners: ["Văn phòng, Ban Dân chủ"], funding: "Ngân sách" }], "lead and partners in one cell, a funding column"],
];
const targets: Array<Row<readonly string[], unknown>> = [
  [
    hnd,
    [
      { code: "1", quantities: [{ value: 25, unit: "htx" }, { value: 30, unit: "htx" }], schedule: { "2025": "25", "2026": "30" } },
      { code: "2", quantities: [{ value: 85, unit: "%" }], schedule: null },
    ],
    "a unit column with per-year cells; a 'Mức phấn đấu' column",
  ],
];
// a target table a web page's copy flattened one cell per line: the Stt cells ("1", "2", "3") are its row numbers,
// the unit in the wording's parentheses is the unit of the bare level cell
const flat = [
  "KẾ HOẠCH", "", "Phát triển giáo dục năm 2026", "", "STT", "", "Nội dung chỉ tiêu", "", "Dự kiến năm 2026", "",
  "I", "", "Giáo dục phổ thông", "", "1", "", "Tỷ lệ trẻ 5 tuổi ra lớp (%)", "", "99,5", "",
  "2", "", "Số trường đạt chuẩn quốc gia (trường)", "", ">12", "", "3", "", "Tỷ lệ học sinh bỏ học (%)", "", "0,3 - 0,5",
];
const flatTargets: Array<Row<readonly string[], unknown>> = [
  [
    flat,
    [
      { code: "I", text: "Giáo dục phổ thông", quantities: [] },
      { code: "1", text: "Tỷ lệ trẻ 5 tuổi ra lớp (%)", quantities: [{ value: 99.5, unit: "%", comparator: "=" }] },
      { code: "2", text: "Số trường đạt chuẩn quốc gia (trường)", quantities: [{ value: 12, unit: "trường", comparator: ">" }] },
      { code: "3", text: "Tỷ lệ học sinh bỏ học (%)", quantities: [{ value: 0.3, unit: "%", comparator: ">=" }, { value: 0.5, unit: "%", comparator: "<=" }] },
    ],
    "a target table flattened one cell per line, with an estimate column and the unit in the wording",
  ],
];
// a bare "Đơn vị" column beside "Chỉ tiêu" is the unit of measure; two level columns with words before the
// figure ("Khoảng", "Trên") or a range; the same figure in both is one level
const worded = [
  "KẾ HOẠCH", "", "Chỉ tiêu năm 2026", "", "STT", "", "Chỉ tiêu", "", "Đơn vị", "", "Kế hoạch năm 2026 tỉnh giao", "",
  "Mục tiêu phấn đấu năm 2026 của huyện", "", "1", "", "Tốc độ tăng giá trị sản xuất", "", "%", "", "Khoảng 7", "", "Khoảng 7,5", "",
  "2", "", "Tỷ lệ hộ dùng nước sạch", "", "%", "", "Trên 85", "", "Trên 85", "", "3", "", "Số xã đạt chuẩn nông thôn mới", "", "Xã", "", "4 - 5", "", "4 - 5",
];
const wordedTargets: Array<Row<readonly string[], unknown>> = [
  [
    worded,
    [
      { code: "1", quantities: [{ value: 7, unit: "%", comparator: "=" }, { value: 7.5, unit: "%", comparator: "=" }] },
      { code: "2", quantities: [{ value: 85, unit: "%", comparator: ">" }] },
      { code: "3", quantities: [{ value: 4, unit: "xã", comparator: ">=" }, { value: 5, unit: "xã", comparator: "<=" }] },
    ],
    "a bare 'Đơn vị' unit column, levels written with a word before the figure or as a range, a figure repeated in the second level column read once",
  ],
];
const deadlines: Array<Row<readonly string[], unknown>> = [
  [mttq, [{ raw: "Quý I/2026", start: "2026-01-01", end: "2026-03-31", precision: "quarter" }], "a time column"],
];

export const corpus = [
  examplesOf({ id: "table cells › tasks", rule: "table-cells", read: (l: readonly string[]) => planOf(l, "md").tasks, rows: tasks, name: () => "" }),
  examplesOf({ id: "table cells › targets", rule: "quantities", read: (l: readonly string[]) => planOf(l, "md").targets, rows: targets, name: () => "" }),
  examplesOf({ id: "table cells › flattened targets", rule: "quantities", read: (l: readonly string[]) => planOf(l, "txt").targets, rows: flatTargets, name: () => "" }),
  examplesOf({ id: "table cells › worded levels", rule: "quantities", read: (l: readonly string[]) => planOf(l, "txt").targets, rows: wordedTargets, name: () => "" }),
  examplesOf({ id: "table cells › deadlines", rule: "deadlines", read: (l: readonly string[]) => planOf(l, "md").deadlines, rows: deadlines, name: () => "" }),
];
