// The Vietnamese encodings of before Unicode, still in offices' archives:
// - TCVN3 (TCVN 5712:1993 "VN3", the ABC fonts `.VnTime`, `.VnArial`…): one byte a letter;
//   capitals other than Ă Â Ê Ô Ơ Ư Đ are written with the lower-case codes in a capitals font
//   (`.VnTimeH`), so from the bytes alone a TCVN3 text reads in lower case there;
// - VNI (the VNI-Windows fonts `VNI-Times`…): an ASCII vowel followed by one byte for its marks;
// - VISCII (RFC 1456): one byte a letter (decoded by iconv-lite).
// Such text reaches us as bytes (a .txt) or as the Windows-1252 characters of those bytes (a
// DOCX run in a `.VnTime` font, a text "saved as Unicode" from one): `µ` for "à", `Vieät` for
// "Việt". The tables below are written as data from the published code charts; `fromLegacy`
// converts, `detectLegacy` tells from the text itself which encoding it is in, if any.
import iconv from "iconv-lite";
import { warning } from "../src/ground/codes.js";
import type { Warning } from "../src/ground/model.js";
import { LEGACY_FOREIGN_MAX_SHARE, LEGACY_MIN_COUNTED, LEGACY_READING_SHARE, LEGACY_RUN_SHARE, READS_AS_VIETNAMESE } from "./decode-thresholds.js";

export type LegacyEncoding = "tcvn3" | "vni" | "viscii";
export const LEGACY_NAMES: Record<LegacyEncoding, string> = { tcvn3: "TCVN3 (ABC, .VnTime fonts)", vni: "VNI (VNI-Times fonts)", viscii: "VISCII" };

/** The warning a text converted from a legacy encoding carries: which encoding, told from what. */
export function legacyWarning(enc: LegacyEncoding, from: "text" | "fonts" = "text"): Warning {
  const caps = enc === "tcvn3" && from === "text" ? "; capitals are told from the line or word around them, the bytes alone do not show them" : "";
  return warning(
    "input/legacy-encoding",
    `the text was in the ${LEGACY_NAMES[enc]} encoding (told from its ${from === "fonts" ? "font names" : "characters"}) and was converted to Unicode${caps}`,
  );
}

/**
 * TCVN3 (VN3): byte → letter, for the bytes above 0x7F that are letters, as the code chart's runs:
 * each row is a first byte and the letters of it and of the bytes that follow it, one each.
 */
const TCVN3_RUNS: ReadonlyArray<readonly [number, string]> = [
  [0xa1, "ĂÂÊÔƠƯĐăâêôơưđ"],
  [0xb5, "àảãáạ"],
  [0xbb, "ằẳẵắ"],
  [0xc6, "ặầẩẫấậè"],
  [0xce, "ẻẽéẹềểễếệìỉ"],
  [0xdc, "ĩíịò"],
  [0xe1, "ỏõóọồổỗốộờởỡớợù"],
  [0xf1, "ủũúụừửữứựỳỷỹýỵ"],
];
const TCVN3: Record<number, string> = Object.fromEntries(TCVN3_RUNS.flatMap(([first, letters]) => [...letters].map((c, i) => [first + i, c])));

// VNI-Windows: what each byte above 0x7F adds to the letter before it (combining marks), or
// the letter it is by itself. Lower-case and capital codes carry the same marks.
const ACUTE = "\u0301", GRAVE = "\u0300", HOOK = "\u0309", TILDE = "\u0303", DOT = "\u0323", CIRC = "\u0302", BREVE = "\u0306", HORN = "\u031b";
const VNI_MARKS: Record<number, string> = {
  0xf9: ACUTE, 0xf8: GRAVE, 0xfb: HOOK, 0xf5: TILDE, 0xef: DOT, 0xe2: CIRC, 0xea: BREVE,
  0xe1: CIRC + ACUTE, 0xe0: CIRC + GRAVE, 0xe5: CIRC + HOOK, 0xe3: CIRC + TILDE, 0xe4: CIRC + DOT,
  0xe9: BREVE + ACUTE, 0xe8: BREVE + GRAVE, 0xfa: BREVE + HOOK, 0xfc: BREVE + TILDE, 0xeb: BREVE + DOT,
  0xd9: ACUTE, 0xd8: GRAVE, 0xdb: HOOK, 0xd5: TILDE, 0xcf: DOT, 0xc2: CIRC, 0xca: BREVE,
  0xc1: CIRC + ACUTE, 0xc0: CIRC + GRAVE, 0xc5: CIRC + HOOK, 0xc3: CIRC + TILDE, 0xc4: CIRC + DOT,
  0xc9: BREVE + ACUTE, 0xc8: BREVE + GRAVE, 0xda: BREVE + HOOK, 0xdc: BREVE + TILDE, 0xcb: BREVE + DOT,
};
const VNI_LETTERS: Record<number, string> = {
  0xf4: "ơ", 0xf6: "ư", 0xf1: "đ", 0xec: "ì", 0xed: "í", 0xe6: "ỉ", 0xf3: "ĩ", 0xf2: "ị",
  0xd4: "Ơ", 0xd6: "Ư", 0xd1: "Đ", 0xcc: "Ì", 0xcd: "Í", 0xc6: "Ỉ", 0xd3: "Ĩ", 0xd2: "Ị",
};
// ơ and ư take marks too ("ôø" is "ờ"); "ô"/"ö" stand for them
const HORNED: Record<string, string> = { "ơ": "o" + HORN, "ư": "u" + HORN, "Ơ": "O" + HORN, "Ư": "U" + HORN };

// The Windows-1252 characters of the bytes 0x80–0x9F (a text read as Windows-1252 shows them so).
const CP1252_HIGH = "€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ";
/** The byte a character stands for when a legacy text was read as Windows-1252, or -1. */
function byteOf(c: string): number {
  const u = c.charCodeAt(0);
  if (u < 0x80) return u;
  if (u >= 0xa0 && u <= 0xff) return u;
  const i = CP1252_HIGH.indexOf(c);
  return i >= 0 ? 0x80 + i : -1;
}

const VOWEL = /[aeiouyAEIOUY]/;

/** Text whose characters are the Windows-1252 reading of legacy bytes → Unicode (NFC). */
export function fromLegacy(text: string, enc: Exclude<LegacyEncoding, "viscii">): string {
  let out = "";
  for (const c of text) {
    const b = byteOf(c);
    if (b < 0x80) {
      out += c;
      continue;
    }
    if (enc === "tcvn3") {
      out += TCVN3[b] ?? c;
      continue;
    }
    const mark = VNI_MARKS[b];
    const prev = out.slice(-1);
    if (mark && prev && (VOWEL.test(prev) || prev in HORNED)) {
      out = out.slice(0, -1) + (HORNED[prev] ?? prev) + mark;
      continue;
    }
    out += VNI_LETTERS[b] ?? c;
  }
  return out.normalize("NFC");
}

/** Bytes in a legacy encoding → Unicode (NFC); TCVN3 capitals restored where the line or word shows them. */
export function decodeLegacy(bytes: Uint8Array, enc: LegacyEncoding): string {
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (enc === "viscii") return iconv.decode(b, "viscii").normalize("NFC");
  const t = fromLegacy(iconv.decode(b, "windows1252"), enc);
  return enc === "tcvn3" ? restoreCapitals(t) : t;
}

// A line or a word whose ASCII letters are all capitals: typed in capitals, so its TCVN3 letters
// (which have no capital codes but Ă Â Ê Ô Ơ Ư Đ, and were written in a capitals font) are too.
const ASCII_UPPER = /[A-Z]/g;
const ASCII_LOWER = /[a-z]/;
const WORD = /[\p{L}\p{M}]{1,64}/gu;
/** Minimum ASCII capitals that make a line, or a word, read as written in capitals. */
const CAPS_LINE = 4;
const CAPS_WORD = 2;

/**
 * TCVN3 text converted from bytes alone, with its capitals put back: "KÕ HO¹CH" reads "kế"/"hoạch"
 * in lower case from the table, so a line (or a word) whose ASCII letters are all capitals is
 * upper-cased ("KẾ HOẠCH", "HĐND"); a line in ordinary case is left as it is.
 */
export function restoreCapitals(text: string): string {
  return text
    .split("\n")
    .map((line) => {
      if (!/[^\x00-\x7f]/.test(line)) return line;
      const upper = line.match(ASCII_UPPER)?.length ?? 0;
      if (upper >= CAPS_LINE && !ASCII_LOWER.test(line)) return line.toUpperCase();
      return line.replace(WORD, (w) => ((w.match(ASCII_UPPER)?.length ?? 0) >= CAPS_WORD && !ASCII_LOWER.test(w) ? w.toUpperCase() : w));
    })
    .join("\n");
}

// Every letter of Vietnamese, precomposed: the vowels with each of the five tones, and đ.
const VI_LETTERS = new Set<string>();
for (const base of "aăâeêioôơuưyAĂÂEÊIOÔƠUƯY") {
  for (const tone of ["", GRAVE, ACUTE, HOOK, TILDE, DOT]) VI_LETTERS.add((base + tone).normalize("NFC"));
}
for (const c of "đĐ") VI_LETTERS.add(c);

/**
 * How Vietnamese a text's non-ASCII characters look: the share of them that are Vietnamese
 * letters (typographic punctuation, spaces and symbols outside Latin-1 are not counted), and
 * how many were counted.
 */
export function vietnameseShare(text: string): { share: number; counted: number } {
  let vi = 0;
  let counted = 0;
  // by code unit through a table (a loop over characters made a string of each one)
  for (let i = 0; i < text.length; i++) {
    const k = SHARE_CLASS[text.charCodeAt(i)];
    if (k === 0) continue;
    counted++;
    if (k === 2) vi++;
  }
  return { share: counted ? vi / counted : 1, counted };
}

// per UTF-16 code unit: 0 not counted, 1 counted, 2 counted and a Vietnamese letter (surrogates are
// not counted: a character outside the BMP is no letter of these encodings)
const SHARE_CLASS = (() => {
  const t = new Uint8Array(0x10000);
  for (let u = 0x80; u < 0x10000; u++) {
    if (u === 0xa0) continue;
    const c = String.fromCharCode(u);
    const latin = u <= 0x24f || (u >= 0x1ea0 && u <= 0x1eff) || u === 0x20ac || CP1252_HIGH.includes(c);
    if (!latin || (u >= 0x2000 && u <= 0x206f)) continue; // “ ” – … are punctuation in any encoding
    t[u] = VI_LETTERS.has(c) ? 2 : 1;
  }
  return t;
})();

/**
 * The legacy encoding a text (read as Windows-1252 or stored so in a DOCX) is in: the one whose
 * conversion turns a text that does not read as Vietnamese (under half of its non-ASCII
 * characters Vietnamese letters) into one that does (nine in ten), with a few dozen such
 * characters to judge by. Null for a Unicode text.
 */
export function detectLegacy(text: string, minCounted = LEGACY_MIN_COUNTED): { encoding: Exclude<LegacyEncoding, "viscii">; text: string } | null {
  const before = vietnameseShare(text);
  if (before.counted < minCounted || before.share >= READS_AS_VIETNAMESE) return null;
  let best: { encoding: Exclude<LegacyEncoding, "viscii">; text: string; share: number } | null = null;
  for (const encoding of ["tcvn3", "vni"] as const) {
    const converted = fromLegacy(text, encoding);
    const { share } = vietnameseShare(converted);
    if (share >= LEGACY_READING_SHARE && (!best || share > best.share)) best = { encoding, text: converted, share };
  }
  return best && { encoding: best.encoding, text: best.encoding === "tcvn3" ? restoreCapitals(best.text) : best.text };
}

/**
 * The encoding a font's name says, or null: the ABC fonts of TCVN3 (`.VnTime`, `.VnArial`, and their
 * capitals fonts `.VnTimeH`, `.VnArialH`, which draw the lower-case codes as capitals) and the VNI
 * fonts (`VNI-Times`, `VNI-Helve`). A PDF's PostScript name may carry a subset prefix
 * ("ABCDEF+") and a style ("-Bold", ",Italic"), and may have lost the dot ("VnTimeH-Bold").
 */
export function encodingOfFont(font: string | null | undefined): { encoding: Exclude<LegacyEncoding, "viscii">; capitals: boolean } | null {
  if (!font) return null;
  const f = font.trim().replace(/^[A-Z]{6}\+/, "");
  if (/^\.?Vn[A-Z]/.test(f)) {
    const family = f.replace(/[-,].*$/, "").replace(/(?:Bold|Italic|BoldItalic)$/, "").trim();
    return { encoding: "tcvn3", capitals: /H$/.test(family) };
  }
  if (/^VNI[- _]?[A-Za-z]/.test(f)) return { encoding: "vni", capitals: false };
  return null;
}

/**
 * Text drawn in a legacy font (a DOCX run, a PDF run) really is in that font's encoding: it holds
 * only characters that stand for the encoding's bytes (a Unicode letter such as "ư" or "ộ" has no
 * byte there: the text was converted to Unicode and the font left as it was), and reads as more
 * Vietnamese once converted than as it stands.
 */
export function isLegacyText(text: string, enc: Exclude<LegacyEncoding, "viscii">): boolean {
  let high = 0;
  let foreign = 0;
  for (const c of text) {
    if (c.charCodeAt(0) < 0x80) continue;
    high++;
    if (byteOf(c) < 0) foreign++;
  }
  if (high === 0) return false; // plain ASCII reads the same either way
  if (foreign > high * LEGACY_FOREIGN_MAX_SHARE) return false;
  const before = vietnameseShare(text).share;
  const after = vietnameseShare(fromLegacy(text, enc)).share;
  return after >= LEGACY_RUN_SHARE && after > before;
}

/**
 * Unicode text → bytes in a legacy encoding (for tests: the archive's files are made from the seed plans).
 * Never runs on a user's input: its errors (a letter with no code) are internal, in English.
 */
export function encodeLegacy(text: string, enc: LegacyEncoding): Buffer {
  if (enc === "viscii") return iconv.encode(text.normalize("NFC"), "viscii");
  const bytes: number[] = [];
  const tcvn = new Map(Object.entries(TCVN3).map(([b, c]) => [c, Number(b)]));
  for (const ch of text.normalize("NFC")) {
    const u = ch.charCodeAt(0);
    if (u < 0x80) {
      bytes.push(u);
      continue;
    }
    // punctuation (“ ” – …) keeps its Windows-1252 byte, which no letter of these encodings uses
    const punct = byteOf(ch);
    if (!VI_LETTERS.has(ch) && punct >= 0x80 && punct < 0xa1) {
      bytes.push(punct);
      continue;
    }
    if (enc === "tcvn3") {
      const lower = tcvn.get(ch) ?? tcvn.get(ch.toLowerCase());
      if (lower === undefined) throw new Error(`no TCVN3 code for ${ch}`); // internal (tests only)
      bytes.push(lower);
      continue;
    }
    const single = Object.entries(VNI_LETTERS).find(([, c]) => c === ch);
    if (single) {
      bytes.push(Number(single[0]));
      continue;
    }
    // a vowel and its marks: the base letter (ơ/ư by their own codes) and one byte for the rest
    const d = ch.normalize("NFD");
    let base = d[0]!;
    let marks = d.slice(1);
    if (marks.includes(HORN)) {
      base = (base + HORN).normalize("NFC");
      marks = marks.replace(HORN, "");
    }
    const upper = base === base.toUpperCase() && base !== base.toLowerCase();
    const baseByte = Object.entries(VNI_LETTERS).find(([, c]) => c === base);
    if (baseByte) bytes.push(Number(baseByte[0]));
    else if (base.charCodeAt(0) < 0x80) bytes.push(base.charCodeAt(0));
    else throw new Error(`no VNI code for ${ch}`); // internal (tests only)
    if (!marks) continue;
    // the mark byte: circumflex/breve first, then the tone (NFD puts the dot below first)
    const order = (m: string) => [...m].sort((a, b) => ([CIRC, BREVE].includes(a) ? -1 : [CIRC, BREVE].includes(b) ? 1 : 0)).join("");
    const code = Object.entries(VNI_MARKS).find(([k, m]) => m === order(marks) && (Number(k) >= 0xe0) !== upper);
    if (!code) throw new Error(`no VNI code for ${ch}`); // internal (tests only)
    bytes.push(Number(code[0]));
  }
  return Buffer.from(bytes);
}
