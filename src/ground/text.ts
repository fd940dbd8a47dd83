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

// "Ð"/"ð" (U+00D0/U+00F0, the Icelandic eth) stand for "Đ"/"đ" in pages converted from the old Vietnamese
// encodings ("Ðến năm 2015"): folded to the Vietnamese letter, one unit for one.
const ETH_RE = /[\u00d0\u00f0]/g;
const unEth = (m: string): string => (m === "\u00d0" ? "Đ" : "đ");

/** Fold both tone-mark styles to one ("hoà" -> "hòa", "Uỷ" -> "Ủy"), and an eth to "Đ"/"đ". Length-preserving. */
export const foldTone = (s: string): string => nfc(s).replace(TONE_RE, (m) => TONE_MAP.get(m) ?? m).replace(ETH_RE, unEth);

/** Strip all diacritics and đ -> d (for search and loose comparison). Length-preserving on NFC text. */
export const foldDiacritics = (s: string): string => mapUnits(nfc(s), FOLD, foldOne, slowFold);
const slowFold = (t: string): string => t.replace(/[^\u0000-\u007f]/g, foldChar);
const FOLD_CACHE = new Map<string, string>();
function foldChar(ch: string): string {
  let out = FOLD_CACHE.get(ch);
  if (out === undefined) {
    const base = ch.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
    out = ch === "đ" || ch === "\u00f0" ? "d" : ch === "Đ" || ch === "\u00d0" ? "D" : base.length === ch.length ? base : ch;
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

/**
 * Folded form used for matching: tone style, diacritics and case removed. Length-preserving on NFC text.
 * (Folding the tone style first changes nothing here: "oà" and "òa" both lose their marks.)
 */
export function foldForMatch(s: string): string {
  // rules fold the same block text several times in a row (one pattern after another): the last
  // few answers are kept
  for (let k = 0; k < RECENT; k++) if (recentIn[k] === s) return recentOut[k];
  const out = mapUnits(nfc(s), MATCH, matchOne, matchSlow);
  recentIn[next] = s;
  recentOut[next] = out;
  next = (next + 1) % RECENT;
  return out;
}
const matchOne = (c: number): string => lowerOne(foldOne(c));
const matchSlow = (t: string): string => slowFold(t).toLowerCase();
const RECENT = 4;
const recentIn: Array<string | undefined> = new Array<string | undefined>(RECENT).fill(undefined);
const recentOut: string[] = new Array<string>(RECENT).fill("");
let next = 0;

// Per UTF-16 unit tables for the two folds, filled as characters are met: 0 = not looked up yet,
// SLOW = a unit the table cannot answer alone (a surrogate, Σ whose lower case depends on its place,
// a letter whose lower case is not one unit); a string holding one is folded the slow way.
const SLOW = 0xffff;
const FOLD = new Uint16Array(0x10000);
const MATCH = new Uint16Array(0x10000);
const oneUnit = (c: number, out: string): number =>
  (c >= 0xd800 && c <= 0xdfff) || c === 0x03a3 || c === 0xffff || out.length !== 1 ? SLOW : out.charCodeAt(0);
const foldOne = (c: number): string => foldChar(String.fromCharCode(c));
const lowerOne = (s: string): string => s.toLowerCase();
let units = new Uint16Array(256);

/** `t` with each unit mapped through `table` (filled by `map`); `slow` when a unit has no one-unit answer. */
function mapUnits(t: string, table: Uint16Array, map: (c: number) => string, slow: (t: string) => string): string {
  const n = t.length;
  // one buffer for the usual block-sized strings; a whole document's text gets its own, not kept
  if (units.length < n && n <= 1 << 16) units = new Uint16Array(1 << 16);
  const buf = n <= units.length ? units : new Uint16Array(n);
  let changed = false;
  for (let i = 0; i < n; i++) {
    const c = t.charCodeAt(i);
    let v = table[c];
    if (v === 0 && c !== 0) v = table[c] = oneUnit(c, map(c));
    if (v === SLOW) return slow(t);
    if (v !== c) changed = true;
    buf[i] = v;
  }
  if (!changed) return t;
  let out = "";
  for (let i = 0; i < n; i += 8192) out += String.fromCharCode.apply(null, buf.subarray(i, Math.min(n, i + 8192)) as unknown as number[]);
  return out;
}

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
