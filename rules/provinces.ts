// Vietnamese provinces and centrally-run cities (tỉnh, thành phố trực thuộc trung ương):
// the 63 units in force until mid-2025, plus the names of the 34 units after the 2025
// merger (all of which but "Huế" are names of old units kept by the merged province).
// A plan names its province in many spellings: upper case in the header ("THÁI NGUYÊN"),
// without diacritics ("Nam Dinh"), old tone-mark placement ("Thanh Hoá"), with or without
// a hyphen ("Bà Rịa - Vũng Tàu"). We match on folded text and return the canonical name.
import { foldForMatch, L } from "../src/text.js";
import { regex } from "./vocab/pattern.js";

export interface Province {
  /** canonical name with diacritics, as used in `meta.province` */
  name: string;
  /** other spellings (matched after folding like the name) */
  aliases?: string[];
  kind: "tỉnh" | "thành phố";
  /** one of the 34 units after the 2025 merger */
  after2025: boolean;
  /**
   * named after a person: the bare name is the person ("Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí
   * Minh") unless the city's unit stands before it ("thành phố Hồ Chí Minh", "TP. Hồ Chí Minh") or
   * the name opens the text ("Hồ Chí Minh, ngày …"); its abbreviations ("TP.HCM") are the city
   */
  person?: boolean;
}

const P = (name: string, kind: Province["kind"], after2025: boolean, aliases?: string[]): Province => ({ name, kind, after2025, aliases });

export const PROVINCES: readonly Province[] = [
  P("An Giang", "tỉnh", true),
  P("Bà Rịa - Vũng Tàu", "tỉnh", false, ["Bà Rịa Vũng Tàu", "BR-VT"]),
  P("Bạc Liêu", "tỉnh", false),
  P("Bắc Giang", "tỉnh", false),
  P("Bắc Kạn", "tỉnh", false, ["Bắc Cạn"]),
  P("Bắc Ninh", "tỉnh", true),
  P("Bến Tre", "tỉnh", false),
  P("Bình Dương", "tỉnh", false),
  P("Bình Định", "tỉnh", false),
  P("Bình Phước", "tỉnh", false),
  P("Bình Thuận", "tỉnh", false),
  P("Cà Mau", "tỉnh", true),
  P("Cao Bằng", "tỉnh", true),
  P("Cần Thơ", "thành phố", true),
  P("Đà Nẵng", "thành phố", true),
  P("Đắk Lắk", "tỉnh", true, ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Daklak"]),
  P("Đắk Nông", "tỉnh", false, ["Đắc Nông", "Đăk Nông", "Daknong"]),
  P("Điện Biên", "tỉnh", true),
  P("Đồng Nai", "tỉnh", true),
  P("Đồng Tháp", "tỉnh", true),
  P("Gia Lai", "tỉnh", true),
  P("Hà Giang", "tỉnh", false),
  P("Hà Nam", "tỉnh", false),
  P("Hà Nội", "thành phố", true),
  P("Hà Tĩnh", "tỉnh", true),
  P("Hải Dương", "tỉnh", false),
  P("Hải Phòng", "thành phố", true),
  P("Hậu Giang", "tỉnh", false),
  P("Hòa Bình", "tỉnh", false),
  { ...P("Hồ Chí Minh", "thành phố", true, ["TP.HCM", "TP HCM", "TPHCM", "TP. HCM"]), person: true },
  P("Hưng Yên", "tỉnh", true),
  P("Khánh Hòa", "tỉnh", true),
  P("Kiên Giang", "tỉnh", false),
  P("Kon Tum", "tỉnh", false, ["Kontum"]),
  P("Lai Châu", "tỉnh", true),
  P("Lạng Sơn", "tỉnh", true),
  P("Lào Cai", "tỉnh", true),
  P("Lâm Đồng", "tỉnh", true),
  P("Long An", "tỉnh", false),
  P("Nam Định", "tỉnh", false),
  P("Nghệ An", "tỉnh", true),
  P("Ninh Bình", "tỉnh", true),
  P("Ninh Thuận", "tỉnh", false),
  P("Phú Thọ", "tỉnh", true),
  P("Phú Yên", "tỉnh", false),
  P("Quảng Bình", "tỉnh", false),
  P("Quảng Nam", "tỉnh", false),
  P("Quảng Ngãi", "tỉnh", true),
  P("Quảng Ninh", "tỉnh", true),
  P("Quảng Trị", "tỉnh", true),
  P("Sóc Trăng", "tỉnh", false),
  P("Sơn La", "tỉnh", true),
  P("Tây Ninh", "tỉnh", true),
  P("Thái Bình", "tỉnh", false),
  P("Thái Nguyên", "tỉnh", true),
  P("Thanh Hóa", "tỉnh", true),
  P("Thừa Thiên Huế", "tỉnh", false, ["Thừa Thiên - Huế"]),
  P("Tiền Giang", "tỉnh", false),
  P("Trà Vinh", "tỉnh", false),
  P("Tuyên Quang", "tỉnh", true),
  P("Vĩnh Long", "tỉnh", true),
  P("Vĩnh Phúc", "tỉnh", false),
  P("Yên Bái", "tỉnh", false),
  // since 2025 a centrally-run city (the former Thừa Thiên Huế)
  P("Huế", "thành phố", true),
];


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

/** The canonical name when the whole of `s` names a province ("tỉnh Cao Bằng", "NAM DINH"), else null. */
export function canonicalProvince(s: string): string | null {
  const t = s.trim().replace(/^(?:tỉnh|tinh|thành phố|thanh pho|tp\.?)\s+/iu, "");
  const hits = findProvinces(t);
  return hits.length === 1 && hits[0].start === 0 && hits[0].end === t.length ? hits[0].province.name : null;
}
