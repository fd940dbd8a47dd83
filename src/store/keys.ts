// The folded keys documents are looked up by: a province in any spelling, a plan's title.
import { foldKey } from "../ground/text.js";
import type { PlanDocument } from "../../schemas/plan.js";

/** The key a province is looked up by: no diacritics, case, spaces, hyphens or "tỉnh". */
export function provinceKey(s: string | null | undefined): string | null {
  if (!s) return null;
  const k = foldKey(s.replace(/[-_.]+/g, " "))
    .replace(/^(hoi lhpn |hoi lien hiep phu nu )?(tinh|thanh pho|tp) /, "")
    .replace(/[^\p{L}\p{N}]+/gu, "");
  return k || null;
}

/** title + subtitle folded: finds a new version of the same plan (null without a subtitle) */
export const titleKey = (plan: PlanDocument): string | null => {
  const t = [plan.meta.title, plan.meta.subtitle].filter(Boolean).join(" ");
  if (!plan.meta.subtitle) return null; // "KẾ HOẠCH" alone names nothing
  return foldKey(t).replace(/[^\p{L}\p{N}]+/gu, " ").trim();
};

/**
 * The SQL conditions on `d` (documents) that pick a province, in any spelling, and a year: a plan
 * of that year, or a term plan covering it.
 */
export function documentFilter(f: { province?: string; year?: number }): { conds: string[]; params: unknown[] } {
  const conds: string[] = [];
  const params: unknown[] = [];
  if (f.province) {
    conds.push("d.province_key = ?");
    params.push(provinceKey(f.province));
  }
  if (f.year !== undefined) {
    conds.push("(d.year = ? OR (d.year IS NULL AND d.period_from <= ? AND d.period_to >= ?))");
    params.push(f.year, f.year, f.year);
  }
  return { conds, params };
}
