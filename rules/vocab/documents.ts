// Kinds of documents (loại văn bản): the title of the plan itself and the documents it cites.

/**
 * Words that open a plan's title line ("KẾ HOẠCH", "KẾ HOẠCH HOẠT ĐỘNG TOÀN KHÓA"), matched on the
 * "full" view at the start of an upper-case line (rules/meta/opening.ts `titleOf`).
 * Add a title kind here and a row to rules/meta.examples.ts.
 */
export const TITLE_KINDS = ["kế hoạch"];

/** Upper-case words that continue a title wrapped over two lines ("KẾ HOẠCH" / "HOẠT ĐỘNG TOÀN KHÓA"). */
export const TITLE_CONTINUATIONS = ["hoạt động", "toàn khóa", "công tác"];

/**
 * Kinds of the documents a plan cites ("Căn cứ Nghị quyết số …", "Công văn số … ngày 3/4/2022 của …"):
 * a basis starts with one (rules/meta/opening.ts, "full" view), and a date right after one is a
 * citation, not a deadline (rules/deadline.ts, "tone" view).
 */
export const DOCUMENT_KINDS = [
  "nghị quyết", "nghị định", "quyết định", "công văn", "văn bản", "kế hoạch", "hướng dẫn", "thông tư",
  "chỉ thị", "quy định", "thông báo", "kết luận", "luật", "đề án", "chương trình", "chiến lược",
  "quy chế", "điều lệ", "tờ trình", "báo cáo", "thông tri", "kế hoạch liên ngành", "quy chế phối hợp",
  "chương trình phối hợp", "nghị quyết liên tịch", "thông tư liên tịch", "dự án", "quy hoạch",
  "định hướng", "công điện", "hiến pháp",
];

/**
 * Kinds of documents that name a programme with a horizon ("Đề án “… đến năm 2030”", "Nghị quyết … giai
 * đoạn 2021 - 2025"): a year inside such a name is not a deadline (rules/deadline.ts, "tone" view).
 */
export const PROGRAMME_KINDS = ["nghị quyết", "đề án", "chương trình", "chiến lược", "quy hoạch", "chỉ thị", "kết luận", "quyết định", "dự án"];
