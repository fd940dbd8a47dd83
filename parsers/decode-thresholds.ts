// Every share the text decoders (parsers/decode.ts, parsers/legacy-vi.ts) decide an encoding with,
// each with its reason (as pdf.js names its thresholds). A "share" counts the non-ASCII characters
// of a reading that are Vietnamese letters (vietnameseShare in parsers/legacy-vi.ts).

/** A text whose reading has at least this share of Vietnamese letters already reads as Vietnamese: no legacy encoding is looked for. */
export const READS_AS_VIETNAMESE = 0.5;
/** A legacy encoding (TCVN3, VNI, VISCII) is taken when its reading has at least this share of Vietnamese letters (nine in ten). */
export const LEGACY_READING_SHARE = 0.9;
/** Prose in any encoding is mostly ASCII letters, digits, spaces and punctuation: at least this share of its characters (random bytes are not). */
export const PROSE_PLAIN_SHARE = 0.7;
/** A legacy font's run is in that font's encoding only when at most this share of its non-ASCII characters have no byte there (a Unicode "ư" or "ộ"). */
export const LEGACY_FOREIGN_MAX_SHARE = 0.05;
/** …and it reads as Vietnamese once converted: at least this share of Vietnamese letters. */
export const LEGACY_RUN_SHARE = 0.8;
/** A text is judged for a legacy encoding only with at least this many non-ASCII characters to judge by. */
export const LEGACY_MIN_COUNTED = 20;
