// Text typed without diacritics ("trong thang 10", "truoc ngay 25/10", "it nhat 30 hoi vien"):
// the deadline and quantity rules restore the time and comparison words before matching.
// Analysts receive plans typed (in part) without diacritics: "trong thang 10", "truoc ngay 25/10",
// "it nhat 30 hoi vien". The time and comparison words are restored, each only where its context
// leaves no other reading (a number or another time word after it), so that the rules written with
// diacritics read them. Every replacement has the length of the word it replaces (NFC), so offsets hold.
import { regex } from "./pattern.js";
const NB = "(?<![\\p{L}\\p{M}\\p{N}])"; // no letter or digit before
const NA = "(?![\\p{L}\\p{M}\\p{N}])"; // none after
const TIME_NEXT = "(?:ngay|ngày|thang|tháng|quy|quý|nam|năm|het|hết|cuoi|cuối)";
const RESTORE: Array<[RegExp, string]> = [
  [regex(`${NB}thang(?=\\s{1,3}(?:\\d|mười|muoi|(?:dau|cuoi|đầu|cuối)${NA}))`, "giu"), "tháng"],
  [regex(`${NB}ngay(?=\\s{1,3}\\d)`, "giu"), "ngày"],
  [regex(`${NB}truoc(?=\\s{1,3}(?:\\d|${TIME_NEXT}${NA}))`, "giu"), "trước"],
  [regex(`${NB}quy(?=\\s{1,3}(?:I{1,3}|IV|[1-4])${NA})`, "gu"), "quý"],
  [regex(`${NB}Quy(?=\\s{1,3}(?:I{1,3}|IV|[1-4])${NA})`, "gu"), "Quý"],
  [regex(`${NB}nam(?=\\s{1,3}(?:19|20)\\d\\d${NA})`, "gu"), "năm"],
  [regex(`${NB}tu(?=\\s{1,3}(?:ngay|ngày|thang|tháng)${NA})`, "giu"), "từ"],
  // "tu 2 den 3 lop": the lower end of a range
  [regex(`${NB}tu(?=\\s{1,3}\\d{1,3}(?:[.,]\\d{1,3})?\\s{1,3}(?:den|đến|toi|tới|-|–)\\s)`, "giu"), "từ"],
  [regex(`${NB}den(?=\\s{1,3}(?:\\d|${TIME_NEXT}${NA}))`, "giu"), "đến"],
  [regex(`${NB}het(?=\\s{1,3}${TIME_NEXT}${NA})`, "giu"), "hết"],
  [regex(`(?<=${NB}(?:thang|tháng)\\s{1,3})dau(?=\\s{1,3}(?:nam|năm)${NA})`, "giu"), "đầu"],
  [regex(`(?<=${NB}(?:thang|tháng)\\s{1,3})cuoi(?=\\s{1,3}(?:nam|năm)${NA})`, "giu"), "cuối"],
  [regex(`${NB}it\\s{1,3}nhat${NA}`, "giu"), "ít nhất"],
  [regex(`${NB}toi\\s{1,3}thieu${NA}`, "giu"), "tối thiểu"],
  [regex(`${NB}tro\\s{1,3}len${NA}`, "giu"), "trở lên"],
  [regex(`${NB}khong\\s{1,3}qua(?=\\s{1,3}\\d)`, "giu"), "không quá"],
  [regex(`${NB}duoi(?=\\s{1,3}\\d)`, "giu"), "dưới"],
  [regex(`${NB}tren(?=\\s{1,3}\\d)`, "giu"), "trên"],
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
