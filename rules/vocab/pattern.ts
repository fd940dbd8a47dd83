// The one way a vocabulary table becomes a pattern (chrono's matchAnyPattern).
//
// Entries are written as Vietnamese is written: lower case, with diacritics, either tone-mark
// style ("hòa"/"hoà", "ủy"/"uỷ"). A table is matched on one of two views of the text, both the
// same length as the text (src/ground/text.ts), so that offsets and raw slices come from the original:
//   - "tone": `foldTone(text)` case-insensitively — diacritics count ("năm" is not "nam"); the
//     view of the deadline and quantity rules, where a missing diacritic changes the word;
//   - "full": `foldForMatch(text)` — no diacritics, lower case; the view of headings, bodies,
//     titles and header lines, which are written in capitals and often typed without diacritics.
// In both, an entry's space matches a short run of white space (PDF text has irregular spacing),
// a ", " between two words may be written without its comma ("nhiệm vụ, giải pháp" / "nhiệm vụ
// giải pháp"), and the alternation is longest first ("hộ gia đình" before "hộ"). Repetitions are
// bounded and entries are literals, so every pattern built here runs in linear time.
// A long table matched at one known position (COUNT_NOUNS after a number) uses `Phrases`, the
// same match as `words(entries)` without compiling a RegExp.
import { foldForMatch, foldTone, WB_LEFT, WB_RIGHT } from "../../src/ground/text.js";
import { escapeRe } from "../../src/ground/regex.js";

// compiled in the ground (src/ground/regex.ts), where the label shapes build theirs too
export { anyOf, escapeRe, regex } from "../../src/ground/regex.js";

export type View = "tone" | "full";

/** An entry as it appears in the view of the text it is matched on. */
export const inView = (entry: string, view: View): string =>
  (view === "full" ? foldForMatch(entry) : foldTone(entry).toLowerCase()).replace(/\s+/g, " ").trim();

/** The pattern source of one entry: escaped, a space = a short run of white space, ", " = an optional comma. */
// "\u0000" marks a comma's optional space for a moment (an entry never holds it)
const entrySource = (entry: string): string =>
  escapeRe(entry)
    .replace(/, /g, ",?\u0000")
    .replace(/ /g, "\\s{1,3}")
    .replace(/\u0000/g, "\\s{1,3}");

/** A non-capturing alternation of the entries, longest first. */
export const alt = (entries: readonly string[], view: View = "tone"): string =>
  `(?:${[...new Set(entries.map((e) => inView(e, view)))]
    .sort((a, b) => b.length - a.length || a.localeCompare(b))
    .map(entrySource)
    .join("|")})`;

/** The same, between word boundaries (letters and digits: `\p{L}`, not JS's ASCII `\b`). */
export const words = (entries: readonly string[], view: View = "tone"): string => `${WB_LEFT}${alt(entries, view)}${WB_RIGHT}`;

/**
 * `words(entries)` matched at one position without a RegExp ("tone" view): the first entry,
 * longest first as `alt()` orders them, written at `at` case-insensitively, a space in an entry
 * matching one to three white-space characters, and no letter, mark or digit right after it.
 * A long vocabulary (COUNT_NOUNS has 170 entries) as a case-insensitive Unicode RegExp costs tens
 * of milliseconds to compile in every process; this costs nothing to build and is linear in the
 * phrase's length.
 */
export class Phrases {
  private readonly byFirst = new Map<string, string[]>();
  constructor(entries: readonly string[]) {
    const sorted = [...new Set(entries.map((w) => inView(w, "tone")))].sort((a, b) => b.length - a.length || a.localeCompare(b));
    for (const w of sorted) {
      const list = this.byFirst.get(w[0]!) ?? [];
      list.push(w);
      this.byFirst.set(w[0]!, list);
    }
  }

  /** The end of the entry written at `at` (see the class), or -1. */
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
