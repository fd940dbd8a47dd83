// Words of a theme line (chủ đề = theme), for rules/theme.ts, matched on the "full" view
// (rules/vocab/pattern.ts). Add a phrase here and a row to rules/theme.examples.ts.

/**
 * What may stand between "chủ đề" and the year it names: "Chủ đề công tác năm 2024", "CHỦ ĐỀ HÀNH
 * ĐỘNG NĂM 2023", "chủ đề điều hành năm 2025" (a government's), "chủ đề hoạt động năm học …".
 */
export const THEME_QUALIFIERS = ["công tác", "hoạt động", "hành động", "điều hành", "chỉ đạo, điều hành", "công tác hội", "công tác đoàn"];

/**
 * Headings over a plan's motto, the motto alone on the next line: "PHƯƠNG CHÂM HÀNH ĐỘNG", "KHẨU HIỆU HÀNH ĐỘNG CỦA
 * ĐOÀN TRƯỜNG" (an optional theme of the plan's year, gold README). In running text ("với phương châm “…”") a motto
 * is a way of working, no theme.
 */
export const MOTTO_HEADINGS = ["phương châm hành động", "khẩu hiệu hành động", "khẩu hiệu"];
