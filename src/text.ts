// Vietnamese text helpers: NFC, diacritic and tone-mark folding, boundaries.
// The only home of these operations (rules and parsers import them from here).

/** Unicode NFC. Everything that enters the pipeline goes through it once. */
export const nfc = (s: string): string => s.normalize("NFC");

// Old-style ("hoà", "uỷ") and new-style ("hòa", "ủy") tone-mark placement differ
// only in which vowel of oa/oe/uy carries the mark. We fold to the new style.
// Each entry maps the old-style syllable nucleus to the new-style one; both are
// the same length in NFC, so folding keeps offsets.
const TONE_PAIRS: Array<[string, string]> = [];
{
  const tones = ["\u0300", "\u0301", "\u0303", "\u0309", "\u0323"]; // huyền, sắc, ngã, hỏi, nặng
  const nuclei: Array<[string, string]> = [
    ["o", "a"], ["o", "e"], ["u", "y"],
    ["O", "A"], ["O", "E"], ["U", "Y"],
    ["O", "a"], ["O", "e"], ["U", "y"],
  ];
  for (const t of tones) {
    for (const [a, b] of nuclei) {
      // old style: mark on the second vowel (hoà, uỷ) -> new style: on the first (hòa, ủy)
      TONE_PAIRS.push([(a + b + t).normalize("NFC"), (a + t + b).normalize("NFC")]);
    }
  }
}
// "quý" is not folded: after q the u belongs to the consonant.
// The new style puts the mark on the first vowel only when no final consonant follows
// ("hoàn" keeps the mark on a). We fold only at the end of a syllable.
const TONE_RE = new RegExp(`(?<![qQ])(${TONE_PAIRS.map(([o]) => o).join("|")})(?![\\p{L}])`, "gu");
const TONE_MAP = new Map(TONE_PAIRS);

/** Fold both tone-mark styles to one ("hoà" -> "hòa", "Uỷ" -> "Ủy"). Length-preserving. */
export const foldTone = (s: string): string => nfc(s).replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m);

/** Strip all diacritics and đ -> d (for search and loose comparison). Length-preserving on NFC text. */
export const foldDiacritics = (s: string): string => {
  const t = nfc(s);
  // most characters are ASCII: only the others go through the (cached) per-character fold
  return t.replace(/[^\u0000-\u007f]/g, foldChar);
};
const FOLD_CACHE = new Map<string, string>();
function foldChar(ch: string): string {
  let out = FOLD_CACHE.get(ch);
  if (out === undefined) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out = ch === "đ" ? "d" : ch === "Đ" ? "D" : base.length === ch.length ? base : ch;
    FOLD_CACHE.set(ch, out);
  }
  return out;
}

/** Lower-case, diacritics removed, spaces folded: the key for loose equality. */
export const foldKey = (s: string): string =>
  foldDiacritics(foldTone(s)).toLowerCase().replace(/\s+/g, " ").trim();

/** Diacritic-aware equality that ignores case and tone-mark placement ("Hoà" == "hòa"). */
export const sameVi = (a: string, b: string): boolean =>
  foldTone(a).toLowerCase().replace(/\s+/g, " ").trim() === foldTone(b).toLowerCase().replace(/\s+/g, " ").trim();

/** Letters and digits for boundaries: JS \b and \w are ASCII-only, even with the u flag. */
export const L = "\\p{L}\\p{M}\\p{N}";
/** A left boundary for a Vietnamese word pattern (use with the u flag). */
export const WB_LEFT = `(?<![${L}])`;
/** A right boundary. */
export const WB_RIGHT = `(?![${L}])`;

/** Collapse runs of white space (including no-break spaces) to one space and trim. */
export const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();
