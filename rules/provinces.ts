// Finding a province (the table: rules/vocab/provinces.ts) in a plan's text.
// A plan names its province in many spellings: upper case in the header ("THÁI NGUYÊN"),
// without diacritics ("Nam Dinh"), old tone-mark placement ("Thanh Hoá"), with or without
// a hyphen ("Bà Rịa - Vũng Tàu"). We match on folded text and return the canonical name.
import { foldForMatch, L } from "../src/ground/text.js";
import { anyOf, regex } from "./vocab/pattern.js";
import { PROVINCE_UNITS, PROVINCES, type Province } from "./vocab/provinces.js";

export type { Province };

const namePattern = (s: string): string =>
  foldForMatch(s)
    .trim()
    .split(/[\s\-–.]+/)
    .filter(Boolean)
    .map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"))
    // a hyphen, dot or spaces between words ("Bà Rịa - Vũng Tàu", "TP.HCM"); bounded
    .join("[\\s\\-–.]{0,5}");

const entries: Array<{ pattern: string; province: Province }> = [];
for (const p of PROVINCES) for (const s of [p.name, ...(p.aliases ?? [])]) entries.push({ pattern: namePattern(s), province: p });
// longest first, so "Thừa Thiên Huế" wins over "Huế" (chrono's matchAnyPattern)
entries.sort((a, b) => b.pattern.length - a.pattern.length);
const BY_PATTERN = entries;
const PROVINCE_RE = regex(`(?<![${L}])(?:${entries.map((e, i) => `(?<p${i}>${e.pattern})`).join("|")})(?![${L}])`, "gu");

export interface ProvinceHit {
  province: Province;
  start: number;
  end: number;
}

/** Every province name in `text` (offsets into `text`). */
export function findProvinces(text: string): ProvinceHit[] {
  const folded = foldForMatch(text);
  if (folded.length !== text.length) return [];
  const out: ProvinceHit[] = [];
  PROVINCE_RE.lastIndex = 0;
  for (let m = PROVINCE_RE.exec(folded); m; m = PROVINCE_RE.exec(folded)) {
    const groups = m.groups ?? {};
    const idx = Object.keys(groups).find((k) => groups[k] !== undefined);
    if (idx === undefined) continue;
    const province = BY_PATTERN[Number(idx.slice(1))].province;
    if (province.person && isPersonsName(folded, m.index, m[0])) continue;
    out.push({ province, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

// the city's unit before a name that is also a person's: "thành phố Hồ Chí Minh", "TP. Hồ Chí Minh", "Tp.Hồ Chí Minh"
const CITY_BEFORE_RE = /(?<![\p{L}])(?:thanh pho|tp)\s{0,3}\.?\s{0,3}$/u;

/** A bare person's name where a province's name was matched (`folded` text, hit at `at`)? */
function isPersonsName(folded: string, at: number, hit: string): boolean {
  if (/\s/u.test(hit) === false) return false; // "TPHCM": an abbreviation of the city
  if (/^tp/u.test(hit)) return false; // "TP.HCM", "TP HCM"
  const before = folded.slice(Math.max(0, at - 14), at);
  return !CITY_BEFORE_RE.test(before) && folded.slice(0, at).trim() !== "";
}

// the unit before a name: "tỉnh Cao Bằng", "TP. Huế" (rules/vocab/provinces.ts)
const UNIT_BEFORE_RE = regex(`^(?:${anyOf(PROVINCE_UNITS)}|tp\\.?)\\s+`, "iu");

/** The canonical name when the whole of `s` names a province ("tỉnh Cao Bằng", "NAM DINH"), else null. */
export function canonicalProvince(s: string): string | null {
  const t = s.trim().replace(UNIT_BEFORE_RE, "");
  const hits = findProvinces(t);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === t.length ? hits[0].province.name : null;
}
