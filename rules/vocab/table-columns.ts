// Table columns (cột): the header words of a plan's table and the role of the column they name
// (rules/structure/columns.ts `columnRoles`). Matched on the header cell's text folded ("full" view,
// rules/vocab/pattern.ts), the rows in order: the first row that matches gives the role.
//   whole    — the header is one of the phrases ("TT", "ĐVT", "Thời gian thực hiện")
//   start    — the header starts with one ("Cấp thực hiện …", "Mức phấn đấu năm 2025")
//   anywhere — the header contains one ("Cơ quan phối hợp", "Nguồn kinh phí")
//   also     — and contains one of these too ("Đơn vị chủ trì / phối hợp": both)
// A per-year column ("Năm 2025", "2025") and a plan-year column ("Kế hoạch 2025") are read by the
// rule itself, from the year they hold.
// Add a column name: one phrase in its row here, and one example row in rules/structure.examples.ts.

export type ColumnRole = "code" | "measure" | "leadPartners" | "partners" | "funding" | "time" | "level" | "goal" | "unit" | "content";

export interface ColumnRow {
  role: ColumnRole;
  whole?: readonly string[];
  start?: readonly string[];
  anywhere?: readonly string[];
  also?: readonly string[];
}

// "Thời gian", "Thời gian thực hiện", "Thời hạn hoàn thành", "Tiến độ thực hiện": when the row is to be done
const TIME_HEADS = ["thời gian", "thời hạn", "tiến độ", "thời điểm"];
const TIME_QUALIFIERS = ["", " thực hiện", " hoàn thành", " tổ chức", " triển khai"];

/** Columns by role, in the order they are tried. */
export const TABLE_COLUMNS: readonly ColumnRow[] = [
  { role: "code", whole: ["tt", "stt", "số tt", "số thứ tự"] },
  // the unit of measure ("Đơn vị tính", "ĐVT"), before the "Đơn vị …" of the responsible unit
  { role: "measure", whole: ["đvt", "đơn vị tính", "đơn vị đo", "đ.v.t", "đ.vt", "đv.t"] },
  // one column for both: "Đơn vị chủ trì / phối hợp", "Chủ trì, phối hợp"
  { role: "leadPartners", anywhere: ["chủ trì"], also: ["phối hợp"] },
  { role: "partners", anywhere: ["phối hợp"] },
  { role: "funding", anywhere: ["kinh phí"] },
  // (a school's schedule names its time columns by month and week: "THÁNG", "TUẦN C.MÔN")
  { role: "time", whole: TIME_HEADS.flatMap((h) => TIME_QUALIFIERS.map((q) => h + q)), start: ["tháng", "tuần"] },
  { role: "level", start: ["cấp thực hiện", "cấp chủ trì"] },
  // the level to reach, in a column of its own beside the target's wording
  {
    role: "goal",
    start: [
      "mức phấn đấu", "mức cần đạt", "mức đạt", "mức chỉ tiêu", "chỉ tiêu phấn đấu", "chỉ tiêu cần đạt", "chỉ tiêu đạt được",
      "kết quả phấn đấu", "kết quả cần đạt", "kết quả đạt được", "giá trị chỉ tiêu",
      // an estimate or a plan figure for the year: "Ước TH năm 2021", "Dự kiến năm 2026", "Chỉ tiêu năm 2025"
      "ước thực hiện", "ước th", "ước đạt", "ước tính", "dự kiến", "chỉ tiêu năm", "mục tiêu năm", "chỉ tiêu đến năm", "mục tiêu đến năm",
      // the figure set for the year, by whom or against what: "Kế hoạch năm 2021 Quốc hội giao",
      // "Mục tiêu phấn đấu năm 2021 của UBND tỉnh", "Chỉ tiêu giao", "KH giao năm 2024"
      "kế hoạch năm", "kh năm", "kế hoạch giao", "kh giao", "chỉ tiêu giao", "chỉ tiêu kế hoạch", "mục tiêu phấn đấu",
    ],
  },
  {
    role: "unit",
    whole: ["thực hiện"],
    start: ["chủ trì", "bộ phận", "người thực hiện", "người phụ trách", "người chủ trì"],
    anywhere: [
      "đơn vị thực hiện", "đơn vị chủ trì", "đơn vị phụ trách", "cơ quan thực hiện", "cơ quan chủ trì", "cơ quan phụ trách",
      "ban thực hiện", "ban chủ trì", "ban phụ trách",
    ],
  },
  // the column of the row's words (not the number column)
  { role: "content", anywhere: ["mục tiêu", "chỉ tiêu", "nội dung", "hoạt động", "nhiệm vụ"] },
];

/**
 * A column named only "Đơn vị": the unit of measure in a table of targets (its content column says
 * "Chỉ tiêu"), the responsible unit elsewhere.
 */
export const BARE_UNIT_COLUMN = ["đơn vị", "đv"];

/** The words of a plan-year column ("Kế hoạch 2025", "KH năm 2025"), followed by its year. */
export const PLAN_YEAR_COLUMN = ["kế hoạch", "kh", "kế hoạch năm", "kh năm"];
