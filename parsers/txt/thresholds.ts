// Every number the plain-text reader decides with, each with its reason (as pdf.js names its
// thresholds, and as parsers/pdf/thresholds.ts does). Widths and indents count characters.

// ---- what kind of copy the text is

/** A copy out of a PDF viewer has many sentences running on into the next line: at least this share of the non-empty lines. */
export const PDF_RUN_ON_SHARE = 0.1;
/** A PDF copy with fewer than this share of lines followed by a blank line is a layout copy (pdftotext -layout), where a blank line ends a paragraph; a viewer's copy puts one after almost every line. */
export const BLANK_BREAK_MAX_SHARE = 0.35;

// ---- line widths

/** The typical width of a full line: this quantile of the non-table lines' lengths (a paragraph's short last lines and headings fall below it). */
export const TYPICAL_WIDTH_QUANTILE = 0.75;
/** The typical width when there are no lines to measure. */
export const DEFAULT_LINE_WIDTH = 80;
/** A line shorter than this share of the typical width is the short last line of a paragraph (in a PDF copy). */
export const SHORT_LAST_LINE_SHARE = 0.6;
/** A line (its indent included) at least this share of the typical width reaches the right margin: it wraps. */
export const FULL_LINE_SHARE = 0.9;

// ---- a layout copy's first-line indent

/** A paragraph's first line is indented by at least this many spaces… */
export const FIRST_LINE_INDENT_MIN = 3;
/** …and at most this many (more is a centred line or a right column). */
export const FIRST_LINE_INDENT_MAX = 12;
/** Its wrapped lines start at the margin: at most this many spaces. */
export const MARGIN_INDENT_MAX = 1;

// ---- headings in capitals broken over two lines by a narrow column

/** The first part of a broken heading is at most this long… */
export const SPLIT_HEADING_FIRST_MAX = 100;
/** …and the second part at most this long (a longer capital line is a heading of its own). */
export const SPLIT_HEADING_SECOND_MAX = 80;

// ---- columns and tables kept with spaces

/**
 * A gap of 8 spaces or more before a capital or "(" separates two columns kept on one line (the
 * header block, "- Lưu: VT.            Lê Văn Phúc"); a shorter gap, or one before "/" or a
 * lower-case word, is a blank left to fill in ("Số:        /KH-BTV", "ngày      tháng").
 */
export const COLUMN_GAP = /(?<=\S) {8,200}(?=[\p{Lu}(])/gu;
/** A cell of a table aligned with spaces belongs to the header column it starts under, or starts at most this many columns before. */
export const CELL_START_SLACK = 3;

// ---- footnotes

/** Footnotes are short: a zone after a separator longer than this many lines means the body's resumption was misread, and the zone ends there. */
export const NOTE_ZONE_MAX_LINES = 25;

// ---- tables flattened one cell per line, and capitals

/** How many lines apart two numbers of a table flattened one cell per line may stand (a row's cells between them). */
export const ROW_NUMBER_GAP = 12;
/** Numbers one more than the other, this many or more in a run, are a flattened table's row numbers (fewer: page numbers, counts). */
export const ROW_NUMBER_RUN_MIN = 3;
/** Lone numbers this many lines after a run's last row number are still its cells ("67", "94"). */
export const ROW_NUMBER_TAIL = ROW_NUMBER_GAP / 3;
/** A line in capitals has at least this many letters (a shorter one, "II." or "UBND", tells nothing). */
export const CAPITAL_LINE_MIN_LETTERS = 3;
/** A layout copy's table header (pdftotext -layout) has at least this many columns. */
export const LAYOUT_TABLE_MIN_COLUMNS = 3;
