// Small shared formatting helpers, one home each: roman numerals, ISO days, quantities as
// the commands print them. Shape only, no Vietnamese vocabulary.
import type { Quantity } from "../../schemas/plan.js";

const ROMAN_TABLE: ReadonlyArray<readonly [number, string]> = [
  [1000, "M"], [900, "CM"], [500, "D"], [400, "CD"], [100, "C"], [90, "XC"],
  [50, "L"], [40, "XL"], [10, "X"], [9, "IX"], [5, "V"], [4, "IV"], [1, "I"],
];

/** 4 -> "IV", 1999 -> "MCMXCIX"; outside 1..3999 the number in figures. */
export function toRoman(n: number): string {
  if (n <= 0 || n >= 4000) return String(n);
  let out = "";
  for (const [v, s] of ROMAN_TABLE) while (n >= v) { out += s; n -= v; }
  return out;
}

const pad = (n: number, w = 2): string => String(n).padStart(w, "0");

/** Days in month `m` (1–12) of year `y`. */
export const daysIn = (y: number, m: number): number => new Date(Date.UTC(y, m, 0)).getUTCDate();

/** A real calendar day: month 1–12, day 1 to the month's last. */
export const validDay = (y: number, m: number, d: number): boolean => m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m);

/** "2025-06-30": year in four figures, month and day in two (no check: see `isoDate`). */
export const isoDay = (y: number, m: number, d: number): string => `${pad(y, 4)}-${pad(m)}-${pad(d)}`;

/** The ISO day, or null when the day does not exist (31/4, 29/2/2025, month 13). */
export const isoDate = (y: number, m: number, d: number): string | null => (validDay(y, m, d) ? isoDay(y, m, d) : null);

const COMP_TEXT: Record<Quantity["comparator"], string> = { ">=": "≥", ">": ">", "=": "", "<=": "≤", "<": "<" };

/** "≥ 90%", "1,5 tỷ đồng", "30 tổ hợp tác": a quantity as the commands print it (decimal comma). */
export const formatQuantity = (q: Quantity): string => {
  const v = Number.isInteger(q.value) ? String(q.value) : String(q.value).replace(".", ",");
  return `${COMP_TEXT[q.comparator]}${COMP_TEXT[q.comparator] ? " " : ""}${v}${q.unit === "%" ? "%" : ` ${q.unit}`}`;
};

/** The quantities of one item, "; " between them. */
export const formatQuantities = (qs: Quantity[]): string => qs.map(formatQuantity).join("; ");

/** A plan's term as people read it everywhere (list, show, export, search, diff, the review pages): "2022–2027" (en dash). */
export const termText = (from: number | null | undefined, to: number | null | undefined): string | null =>
  from === null || from === undefined ? null : `${from}–${to ?? ""}`;
