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

/** Folded form used for matching: tone style, diacritics and case removed. Length-preserving on NFC text. */
export const foldForMatch = (s: string): string => foldDiacritics(foldTone(s)).toLowerCase();

/** Letters and digits for boundaries: JS \b and \w are ASCII-only, even with the u flag. */
export const L = "\\p{L}\\p{M}\\p{N}";
/** A left boundary for a Vietnamese word pattern (use with the u flag). */
export const WB_LEFT = `(?<![${L}])`;
/** A right boundary. */
export const WB_RIGHT = `(?![${L}])`;
/** Short names of the boundaries, for patterns written on folded text. */
export const B = WB_LEFT;
export const E = WB_RIGHT;

type GroupSpans = Record<string, [number, number] | undefined>;
const spansOf = (m: RegExpExecArray): GroupSpans => (m as RegExpExecArray & { indices?: { groups?: GroupSpans } }).indices?.groups ?? {};
const groupsFrom = (s: string, spans: GroupSpans): Record<string, string | undefined> => {
  const groups: Record<string, string | undefined> = {};
  for (const [k, span] of Object.entries(spans)) groups[k] = span ? s.slice(span[0], span[1]) : undefined;
  return groups;
};

/**
 * Run a regex written for folded text (lower case, no diacritics; `d` flag for groups) on `s`;
 * the match and its groups are read from `s` itself (folding keeps offsets).
 */
export function execFolded(re: RegExp, s: string): { index: number; text: string; groups: Record<string, string | undefined>; end: number } | null {
  const folded = foldForMatch(s);
  if (folded.length !== s.length) return null;
  re.lastIndex = 0;
  const m = re.exec(folded);
  if (!m) return null;
  return { index: m.index, text: s.slice(m.index, m.index + m[0].length), groups: groupsFrom(s, spansOf(m)), end: m.index + m[0].length };
}

/** All matches of a global folded regex (`g` and `d` flags). */
export function allFolded(re: RegExp, s: string): Array<{ index: number; end: number; groups: Record<string, string | undefined>; spans: GroupSpans }> {
  const folded = foldForMatch(s);
  if (folded.length !== s.length) return [];
  const out: Array<{ index: number; end: number; groups: Record<string, string | undefined>; spans: GroupSpans }> = [];
  re.lastIndex = 0;
  for (let m = re.exec(folded); m; m = re.exec(folded)) {
    const spans = spansOf(m);
    out.push({ index: m.index, end: m.index + m[0].length, groups: groupsFrom(s, spans), spans });
    if (m[0].length === 0) re.lastIndex++;
  }
  return out;
}

/** Collapse runs of white space (including no-break spaces) to one space and trim. */
export const squash = (s: string): string => s.replace(/[\s\u00a0]+/g, " ").trim();

/**
 * The quoted passage around `start..end`: a “…” or "…" opened before it and closed after it on the
 * same line, looked for within `window` characters each side (so it stays linear on long texts
 * without line breaks). Returns the passage from its opening quote to the character before its
 * closing one, or null when the span is not inside quotes. Curly quotes are tried first.
 */
export function quotedAround(t: string, start: number, end: number, window: number): string | null {
  const back = t.slice(Math.max(0, start - window), start);
  const before = back.slice(back.lastIndexOf("\n") + 1);
  if (!/[“"]/u.test(before)) return null; // the common case, kept cheap
  const ahead = t.slice(end, end + window);
  const nl = ahead.indexOf("\n");
  const after = nl < 0 ? ahead : ahead.slice(0, nl);
  const open = before.lastIndexOf("“"), close = before.lastIndexOf("”");
  if (open > close && after.includes("”")) return before.slice(open) + after.slice(0, after.indexOf("”"));
  if ((before.match(/"/g) ?? []).length % 2 === 1 && after.includes('"')) return before.slice(before.lastIndexOf('"')) + after.slice(0, after.indexOf('"'));
  return null;
}
