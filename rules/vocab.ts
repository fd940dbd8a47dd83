// Shared vocabularies of the rules (chrono's constants.ts). Patterns are built
// from these lists with `alt()`, which joins them longest first so that
// "hộ gia đình" wins over "hộ" and "tháng mười hai" over "tháng mười".
// Entries are written in lower case with new-style tone marks ("hòa", "ủy"):
// rules match case-insensitively on `foldTone(text)`.
// Another rule may ADD entries here; keep each list's comment up to date.

/** Escape a literal for use inside a RegExp. */
export const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/**
 * A non-capturing alternation of literal phrases, longest first; a space in an
 * entry matches a short run of white space (PDF text has irregular spacing).
 */
export const alt = (words: readonly string[]): string =>
  `(?:${[...new Set(words)]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map((w) => escapeRe(w).replace(/ /g, "\\s{1,3}"))
    .join("|")})`;

/**
 * `alt(words)` followed by a word boundary, matched at one position without a RegExp:
 * the first phrase, longest first as `alt()` orders them, written at `at` case-insensitively
 * (entries are lower case), a space in an entry matching one to three white-space
 * characters, and no letter, mark or digit right after it. A long vocabulary (COUNT_NOUNS
 * has 170 entries) as a case-insensitive Unicode RegExp costs tens of milliseconds to
 * compile in every process; this costs nothing to build and is linear in the phrase's length.
 */
export class Phrases {
  private readonly byFirst = new Map<string, string[]>();
  constructor(words: readonly string[]) {
    const sorted = [...new Set(words.map((w) => w.toLowerCase()))].sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const w of sorted) {
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
    }
  }

  /** The end of the phrase written at `at` (see the class), or -1. */
  endAt(t: string, at: number): number {
    const c = t[at];
    const list = c === undefined ? undefined : this.byFirst.get(c.toLowerCase());
    if (!list) return -1;
    for (const w of list) {
      const end = phraseEnd(w, t, at);
      if (end >= 0 && !WORD_CHAR_AT.test(t.slice(end, end + 2))) return end;
    }
    return -1;
  }
}

const WORD_CHAR_AT = /^[\p{L}\p{M}\p{N}]/u;
const SPACE = /\s/;

function phraseEnd(w: string, t: string, at: number): number {
  let i = at;
  for (const ch of w) {
    if (ch === " ") {
      let n = 0;
      while (n < 3 && i < t.length && SPACE.test(t[i]!)) { i++; n++; }
      if (n === 0) return -1;
    } else {
      for (let k = 0; k < ch.length; k++, i++) {
        const x = t[i];
        if (x === undefined || (x !== ch[k] && x.toLowerCase() !== ch[k])) return -1;
      }
    }
  }
  return i;
}

// ---------------------------------------------------------------- time

/** Months written as words after "tháng" (tháng mười hai = December). Lunar names (giêng, chạp) are left out: they are not calendar months. */
export const MONTH_WORDS: Record<string, number> = {
  "một": 1, "hai": 2, "ba": 3, "tư": 4, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9,
  "mười": 10, "mười một": 11, "mười hai": 12,
};

/** Quarters (quý = quarter) in roman or arabic numerals: "quý IV", "quý 4". */
export const QUARTERS: Record<string, number> = { "i": 1, "ii": 2, "iii": 3, "iv": 4, "1": 1, "2": 2, "3": 3, "4": 4 };

/** Halves of the year: "6 tháng đầu năm" (first half), "6 tháng cuối năm" (second half). */
export const HALF_FIRST = ["6 tháng đầu năm", "06 tháng đầu năm", "sáu tháng đầu năm", "nửa đầu năm"];
export const HALF_SECOND = ["6 tháng cuối năm", "06 tháng cuối năm", "sáu tháng cuối năm", "nửa cuối năm"];

/**
 * Words that make a following time expression a rhythm, a comparison or a status,
 * not a deadline: "sơ kết 6 tháng đầu năm", "so với năm 2024", "tính đến tháng 01/2023".
 */
export const NOT_DEADLINE_BEFORE = [
  "sơ kết", "tổng kết", "báo cáo", "định kỳ", "hằng", "hàng", "mỗi",
  "so với", "so cùng kỳ", "tính đến", "tính đến hết", "tính từ", "tính tới",
  "giai đoạn", "nhiệm kỳ", "khóa", "cùng kỳ",
];

/** Leading words kept in a deadline's raw text because they change its meaning (a limit, a start). */
export const DEADLINE_LEADS = ["đến hết", "đến cuối", "đến", "tới", "trước", "chậm nhất", "chậm nhất trước", "hoàn thành trước", "từ"];

/** Kinds of documents whose dates are citations, not deadlines ("Công văn số … ngày 3/4/2022 của …"). */
export const DOCUMENT_KINDS = [
  "nghị quyết", "nghị định", "quyết định", "công văn", "văn bản", "kế hoạch", "hướng dẫn", "thông tư",
  "chỉ thị", "quy định", "thông báo", "kết luận", "luật", "đề án", "chương trình", "chiến lược",
  "quy chế", "điều lệ", "tờ trình", "báo cáo", "thông tri", "kế hoạch liên ngành", "quy chế phối hợp",
  "chương trình phối hợp", "nghị quyết liên tịch", "thông tư liên tịch", "dự án", "quy hoạch",
];

/** Words after a cited document's date: "ngày 05/7/2023 của …", "ngày 04/9/2023 giữa …". */
export const CITATION_AFTER = ["của", "về", "giữa", "do", "ban hành", "hướng dẫn", "quy định", "v/v"];

// ---------------------------------------------------------------- quantities

/** Comparator phrases written before the number. "từ 500 hộ" reads as "at least" even without "trở lên". */
export const COMPARATORS_BEFORE: Record<string, ">=" | ">" | "<=" | "<"> = {
  "ít nhất": ">=", "tối thiểu": ">=", "không dưới": ">=", "không ít hơn": ">=", "từ": ">=",
  "trên": ">", "hơn": ">", "nhiều hơn": ">", "vượt": ">",
  "dưới": "<", "ít hơn": "<",
  "tối đa": "<=", "không quá": "<=", "không vượt quá": "<=", "nhiều nhất": "<=",
};
/** Comparator phrases written after the counted thing: "80% trở lên", "từ 500 hộ có phụ nữ trở lên". */
export const COMPARATORS_AFTER: Record<string, ">=" | "<="> = { "trở lên": ">=", "trở xuống": "<=" };

/** Verbs of change kept in the raw ("tăng thêm 3%"); they do not change the comparator. */
export const CHANGE_LEADS = ["tăng thêm", "tăng", "giảm", "giảm thêm"];

/**
 * Counted nouns (head nouns) of plan targets. The longest entry that matches
 * after the number is the unit. Add nouns here rather than in a pattern.
 */
export const COUNT_NOUNS = [
  // households and people
  "hộ", "hộ gia đình", "hộ nghèo", "hộ cận nghèo", "hộ phụ nữ", "hộ kinh doanh", "gia đình",
  "hội viên", "đoàn viên", "đảng viên", "thanh niên", "phụ nữ", "nữ", "người", "người dân", "lượt", "lượt người",
  "nữ chủ doanh nghiệp", "nữ chủ hộ kinh doanh", "nữ quần chúng", "quần chúng", "nữ cán bộ", "nữ đảng viên",
  "cán bộ", "cán bộ hội", "cán bộ đoàn", "chi hội trưởng", "học viên", "học sinh", "sinh viên",
  "trẻ em", "em", "hội viên nông dân", "nông dân", "cựu chiến binh", "doanh nghiệp", "tình nguyện viên",
  "thành viên", "đại biểu", "ứng cử viên", "tuyên truyền viên", "báo cáo viên", "hòa giải viên",
  // organisations and places
  "chi hội", "cơ sở", "cơ sở hội", "cơ sở đoàn", "chi đoàn", "tổ hội", "tổ phụ nữ", "tổ hợp tác", "tổ",
  "câu lạc bộ", "clb", "hợp tác xã", "htx", "nhóm", "đơn vị", "xã", "phường", "thôn", "huyện",
  "điểm", "điểm du lịch", "cửa hàng", "trường", "thư viện", "nhà", "nhà văn hóa", "mái ấm", "nhà tình nghĩa", "nhà đại đoàn kết",
  // activities and products
  "hoạt động", "loại hình hoạt động", "loại hình", "mô hình", "loại mô hình", "chính sách", "dự thảo",
  "dự thảo văn bản", "văn bản", "công trình", "phần việc", "công trình/phần việc", "chương trình", "dự án",
  "đề án", "đề tài", "sáng kiến", "lớp", "lớp tập huấn", "buổi", "buổi sinh hoạt", "cuộc", "cuộc thi",
  "hội nghị", "hội thi", "ngày hội", "đợt", "lần", "chuyến", "tin", "bài", "tin bài", "tin, bài", "video", "clip",
  "sản phẩm", "sản phẩm ocop", "dịch vụ", "suất", "suất quà", "phần quà", "suất học bổng", "học bổng",
  "sổ tiết kiệm", "con giống", "cây", "km", "kilômét", "ha", "héc-ta", "tấn", "tỷ đồng", "triệu đồng",
  "đồng", "nghìn đồng", "ngàn đồng", "chiến dịch", "sự kiện", "diễn đàn", "tọa đàm", "tài liệu", "ấn phẩm",
  "tủ sách", "trang", "fanpage", "nhóm zalo", "tài khoản", "ngày công", "giờ", "tuyến", "tuyến đường",
  "khâu", "khâu đột phá", "nhiệm vụ", "tiêu chí", "chỉ tiêu", "giáo viên", "tổ tự quản", "tổ liên gia",
];

/**
 * What a "/" after a unit divides by: "03 hộ/cơ sở Hội" is three households PER
 * association (a rate, unit "hộ"), while "01 công trình/phần việc" names
 * alternatives (unit "công trình/phần việc").
 */
export const RATE_DENOMINATORS = [
  "cơ sở", "cơ sở hội", "cơ sở đoàn", "chi hội", "chi đoàn", "đơn vị", "xã", "phường", "thị trấn", "xã/phường",
  "xã/phường/thị trấn", "huyện", "tỉnh", "thôn", "tổ", "tổ hội", "người", "hội viên", "năm", "tháng", "quý",
  "tuần", "nhiệm kỳ", "khóa", "đợt", "lớp", "buổi", "hộ", "gia đình", "câu lạc bộ", "clb",
];

/**
 * Words after a number that show it is not a counted level: durations and ages
 * ("94 năm ngày thành lập", "18 tuổi"), calendar words ("15 tháng 7").
 */
export const NOT_COUNT_NOUNS = ["năm", "tháng", "ngày", "tuần", "quý", "tuổi", "phút", "giây", "thế kỷ", "kỳ"];

/**
 * Words before a number that make it a name, a code or an ordinal: "Đề án 938",
 * "Dự án 8", "số 56/2012", "tiêu chí 17.8", "lần thứ 3", "Chỉ tiêu 2:", "khóa 12".
 */
export const NOT_QUANTITY_BEFORE = [
  "số", "đề án", "dự án", "chương trình", "nghị quyết", "nghị định", "quyết định", "chỉ thị", "thông tư",
  "kết luận", "công văn", "kế hoạch", "luật", "điều", "khoản", "mục", "phần", "phụ lục", "biểu", "bảng",
  "mẫu", "tiêu chí", "chỉ tiêu", "thứ", "lần thứ", "khóa", "khoá", "năm", "tháng", "ngày", "quý", "tuần",
  "giai đoạn", "nhiệm kỳ", "đợt", "tt", "trung tâm", "quốc lộ", "tỉnh lộ", "đường", "tổ", "xóm", "đội",
  "phòng", "nhóm", "câu", "bài", "hình", "trang", "tập", "kỳ", "top", "giải", "hạng", "loại", "cấp", "độ",
];

/**
 * Words that end a unit read without the vocabulary (function words, verbs):
 * "30 thành viên được …" keeps "thành viên".
 */
export const UNIT_STOP_WORDS = [
  "được", "có", "và", "để", "của", "trong", "tham gia", "thoát", "đạt", "là", "với", "cho", "tại", "theo",
  "từ", "trở", "trên", "dưới", "các", "những", "mỗi", "này", "đó", "về", "khi", "thì", "sẽ", "đã", "đang",
  "bị", "do", "hoặc", "hay", "nhằm", "gồm", "trở lên", "trở xuống", "không", "chưa", "đều", "cùng", "như",
  "nhân", "vào", "ra", "lên", "xuống", "đến", "tới", "thuộc", "vì", "nên", "mà", "thêm", "còn", "tăng",
  "giảm", "hỗ trợ", "thực hiện", "tổ chức", "xây dựng", "sinh hoạt", "đi", "ở", "bằng", "so", "trước", "sau",
];

/**
 * Words of a campaign model's name after a number: "gia đình 5 không 3 sạch",
 * "3 có, 3 biết", "5 có 3 sạch". A number followed by one of these is part of the name.
 */
export const MODEL_NAME_WORDS = ["không", "có", "sạch", "biết", "tốt", "xanh", "đẹp", "an", "an toàn", "giỏi", "đủ", "bớt"];

/** Vietnamese number words, read only before a counted noun ("ít nhất một dịch vụ"). */
export const NUMBER_WORDS: Record<string, number> = {
  "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
};

// ---------------------------------------------------------------- text typed without diacritics

// Analysts receive plans typed (in part) without diacritics: "trong thang 10", "truoc ngay 25/10",
// "it nhat 30 hoi vien". The time and comparison words are restored, each only where its context
// leaves no other reading (a number or another time word after it), so that the rules written with
// diacritics read them. Every replacement has the length of the word it replaces (NFC), so offsets hold.
const NB = "(?<![\\p{L}\\p{M}\\p{N}])"; // no letter or digit before
const NA = "(?![\\p{L}\\p{M}\\p{N}])"; // none after
const TIME_NEXT = "(?:ngay|ngày|thang|tháng|quy|quý|nam|năm|het|hết|cuoi|cuối)";
const RESTORE: Array<[RegExp, string]> = [
  [new RegExp(`${NB}thang(?=\\s{1,3}(?:\\d|mười|muoi|(?:dau|cuoi|đầu|cuối)${NA}))`, "giu"), "tháng"],
  [new RegExp(`${NB}ngay(?=\\s{1,3}\\d)`, "giu"), "ngày"],
  [new RegExp(`${NB}truoc(?=\\s{1,3}(?:\\d|${TIME_NEXT}${NA}))`, "giu"), "trước"],
  [new RegExp(`${NB}quy(?=\\s{1,3}(?:I{1,3}|IV|[1-4])${NA})`, "gu"), "quý"],
  [new RegExp(`${NB}Quy(?=\\s{1,3}(?:I{1,3}|IV|[1-4])${NA})`, "gu"), "Quý"],
  [new RegExp(`${NB}nam(?=\\s{1,3}(?:19|20)\\d\\d${NA})`, "gu"), "năm"],
  [new RegExp(`${NB}tu(?=\\s{1,3}(?:ngay|ngày|thang|tháng)${NA})`, "giu"), "từ"],
  // "tu 2 den 3 lop": the lower end of a range
  [new RegExp(`${NB}tu(?=\\s{1,3}\\d{1,3}(?:[.,]\\d{1,3})?\\s{1,3}(?:den|đến|toi|tới|-|–)\\s)`, "giu"), "từ"],
  [new RegExp(`${NB}den(?=\\s{1,3}(?:\\d|${TIME_NEXT}${NA}))`, "giu"), "đến"],
  [new RegExp(`${NB}het(?=\\s{1,3}${TIME_NEXT}${NA})`, "giu"), "hết"],
  [new RegExp(`(?<=${NB}(?:thang|tháng)\\s{1,3})dau(?=\\s{1,3}(?:nam|năm)${NA})`, "giu"), "đầu"],
  [new RegExp(`(?<=${NB}(?:thang|tháng)\\s{1,3})cuoi(?=\\s{1,3}(?:nam|năm)${NA})`, "giu"), "cuối"],
  [new RegExp(`${NB}it\\s{1,3}nhat${NA}`, "giu"), "ít nhất"],
  [new RegExp(`${NB}toi\\s{1,3}thieu${NA}`, "giu"), "tối thiểu"],
  [new RegExp(`${NB}tro\\s{1,3}len${NA}`, "giu"), "trở lên"],
  [new RegExp(`${NB}khong\\s{1,3}qua(?=\\s{1,3}\\d)`, "giu"), "không quá"],
  [new RegExp(`${NB}duoi(?=\\s{1,3}\\d)`, "giu"), "dưới"],
  [new RegExp(`${NB}tren(?=\\s{1,3}\\d)`, "giu"), "trên"],
];

/** Restore the diacritics of time and comparison words typed without them (length-preserving). */
export function restoreDiacritics(t: string): string {
  let out = t;
  for (const [re, word] of RESTORE) {
    out = out.replace(re, (m) => {
      // word by word, keeping the writer's spacing and the case of each first letter
      const words = word.split(" ");
      let k = 0;
      const r = m.replace(/\S+/gu, (w) => {
        const v = words[k++] ?? w;
        return /^\p{Lu}/u.test(w) ? v.charAt(0).toUpperCase() + v.slice(1) : v;
      });
      return r.length === m.length ? r : m;
    });
  }
  return out;
}
