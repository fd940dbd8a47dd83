// Tables: the cells of a row by grid column, and the role of each column from the words of its
// header (rules/vocab/table-columns.ts).
import type { Block } from "../../src/ground/model.js";
import { foldKey } from "../../src/ground/text.js";
import { alt, words, regex } from "../vocab/pattern.js";
import { BARE_UNIT_COLUMN, PLAN_YEAR_COLUMN, TABLE_COLUMNS, type ColumnRole } from "../vocab/table-columns.js";
import { sectionKind } from "../sections.js";
import type { ColumnRoles } from "./types.js";

/** A row's cell texts by grid column: a cell spanning n columns stands at its first one, "" after it. */
export function gridOf(row: Block): string[] {
  const out: string[] = [];
  for (const c of row.cells ?? []) {
    out.push(c.text);
    for (let k = 1; k < (c.span ?? 1); k++) out.push("");
  }
  return out;
}

// The column vocabulary (rules/vocab/table-columns.ts) as patterns, in its order.
const COLUMN_PATTERNS = TABLE_COLUMNS.map((row) => {
  const parts = [
    row.whole ? `^${alt(row.whole, "full")}$` : null,
    row.start ? `^${alt(row.start, "full")}(?![\\p{L}\\p{N}])` : null,
    row.anywhere ? words(row.anywhere, "full") : null,
  ].filter(Boolean);
  return { role: row.role, re: regex(parts.join("|"), "u"), also: row.also ? regex(words(row.also, "full"), "u") : null };
});
// "Kế hoạch 2025", "KH năm 2025": one plan-year column beside the wording holds the level to reach
const PLAN_YEAR_RE = regex(`^${alt(PLAN_YEAR_COLUMN, "full")}\\s(?:19|20)\\d{2}$`, "u");
const BARE_UNIT_RE = regex(`^${alt(BARE_UNIT_COLUMN, "full")}$`, "u");

/** The role of a column from its folded header text, or null. */
export function columnRole(header: string): ColumnRole | null {
  return COLUMN_PATTERNS.find((c) => c.re.test(header) && (!c.also || c.also.test(header)))?.role ?? null;
}

/** Column roles of a table from its header rows (the words of Vietnamese plan tables). */
export function columnRoles(headers: Block[], width: number): ColumnRoles {
  const texts: string[] = Array.from({ length: width }, () => "");
  const years: Array<string | null> = Array.from({ length: width }, () => null);
  for (const h of headers) {
    gridOf(h).forEach((text, i) => {
      const c = { text };
      if (i >= width || !c.text) return;
      texts[i] = `${texts[i]} ${c.text}`.trim();
      // a per-year column: "Năm 2022", "2023" (under a spanning "Mức độ … từng năm" cell)
      const y = /^(?:nam\s)?((?:19|20)\d{2})$/.exec(foldKey(c.text));
      if (y) years[i] = y[1];
    });
  }
  const roles: ColumnRoles = { code: 0, content: 1, years: [], level: [], unit: [], partners: [], funding: [], time: [], goal: [], measure: [], leadPartners: [] };
  texts.forEach((raw, i) => {
    const t = foldKey(raw);
    const year = years[i];
    if (year && columnRole(t) !== "code") roles.years.push({ col: i, year });
    else if (PLAN_YEAR_RE.test(t)) roles.goal.push(i);
    else {
      const role = columnRole(t);
      if (role === "code") roles.code = i;
      else if (role === "content") { if (i !== roles.code) roles.content = i; }
      else if (role) roles[role].push(i);
    }
  });
  // a bare "Đơn vị" column beside a content column of targets ("Chỉ tiêu") holds their unit of measure
  if (roles.measure.length === 0 && sectionKind(texts[roles.content] ?? "", false) === "target") {
    const bare = texts.findIndex((raw, i) => i !== roles.code && i !== roles.content && BARE_UNIT_RE.test(foldKey(raw)));
    if (bare >= 0) roles.measure.push(bare);
  }
  return roles;
}

/** The index in row.cells of the cell covering grid column `col`. */
export function cellIndexAt(row: Block, col: number): number {
  let g = 0;
  for (let i = 0; i < (row.cells ?? []).length; i++) {
    const span = row.cells![i].span ?? 1;
    if (col < g + span) return i;
    g += span;
  }
  return -1;
}

/** Does the header of a table's content column name targets ("Chỉ tiêu chủ yếu", "Các chỉ tiêu")? */
export function targetColumn(headers: Block[], content: number): boolean {
  const text = headers.map((h) => gridOf(h)[content] ?? "").join(" ").trim();
  return text !== "" && sectionKind(text, false) === "target";
}
