// Words of a theme line (chủ đề = theme), for rules/theme.ts, matched on the "full" view
// (rules/vocab/pattern.ts). Add a phrase here and a row to rules/theme.examples.ts.

/**
 * What may stand between "chủ đề" and the year it names: "Chủ đề công tác năm 2024", "CHỦ ĐỀ HÀNH
 * ĐỘNG NĂM 2023", "chủ đề điều hành năm 2025" (a government's), "chủ đề hoạt động năm học …".
 */
export const THEME_QUALIFIERS = ["công tác", "hoạt động", "hành động", "điều hành", "chỉ đạo, điều hành", "công tác hội", "công tác đoàn"];
