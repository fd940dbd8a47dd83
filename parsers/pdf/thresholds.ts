// Every number the PDF layout rules decide with, each with its reason (as pdf.js names its
// thresholds). "em" is the font size of the line in question, "pt" a PDF unit (1/72 in).

// ---- fonts and lines

/** When no size dominates (an empty page), the body is taken to be set in 12 pt. */
export const DEFAULT_BODY_SIZE = 12;
/** Font sizes are compared to the half point (2 steps a point): 13.98 and 14 are one size. */
export const HALF_POINTS = 2;
/** Sizes closer than this are the same size (float noise in the PDF's text matrices). */
export const SIZE_EPSILON = 0.01;
/** Lines whose sizes differ by at most this many pt are set in one size. */
export const SAME_SIZE_PT = 0.5;
/** Word and LibreOffice print superscripts at about 58 % of the font size; footnote text (10-11 pt under 14 pt) is above this share. */
export const SUP_MAX_SIZE_RATIO = 0.75;
/** …and raise them by about a third of it: a superscript's baseline is at least this many em above the line's. */
export const SUP_MIN_RAISE_EM = 0.12;
/** A line of superscripts is merged into the line at most this many em below it. */
export const SUP_MAX_DROP_EM = 0.75;
/** A superscript line holds short markers only ("12", "†"): runs of at most this many characters. */
export const SUP_MAX_CHARS = 4;
/** Runs within this many em of a line's baseline belong to the line. */
export const BASELINE_TOL_EM = 0.3;
/** Lines further above than this many em cannot take a run any more (the search stops). */
export const LINE_SEARCH_EM = 2;
/** A gap wider than this many em between two runs is a word space (a serif space is about 0.25 em). */
export const WORD_SPACE_EM = 0.12;
/** A block is bold (or italic) when this share of its non-space characters is. */
export const STYLE_SHARE = 0.9;
/** Line on the page (provenance): a baseline at least this many pt above a line's is a line above
 *  it; closer is the line itself (its runs' baselines differ by float noise). */
export const LINE_ABOVE_PT = 0.5;
/** Line on the page: a printed line is found in its block's text by its first this many characters. */
export const LINE_KEY_CHARS = 8;

// ---- running headers and page numbers

/** Running headers and footers sit in the top or bottom 15 % of the page. */
export const RUNNING_TOP = 0.15;
export const RUNNING_BOTTOM = 0.85;
/** Heights of running lines are compared in 4 pt steps (the same header drifts a little). */
export const RUNNING_Y_STEP = 4;
/** A running line recurs on at least this many pages (and on half of them). */
export const RUNNING_MIN_PAGES = 2;

// ---- footnotes

/** The rule above footnotes: thin (at most this many pt)… */
export const RULE_MAX_THICKNESS = 2;
/** …and short: between 5 % and 50 % of the page width (Word draws about a third of the text width). */
export const NOTE_RULE_MIN_WIDTH = 0.05;
export const NOTE_RULE_MAX_WIDTH = 0.5;
/** Lines under the rule are footnotes when all are smaller than this share of the body size. */
export const NOTE_SIZE_RATIO = 0.9;
/** Without a rule, the trailing lines smaller than this share of the body size are the candidates. */
export const NOTE_SIZE_RATIO_NO_RULE = 0.85;

// ---- ruled tables

/** Ruling segments within this many pt of each other touch, and positions this close are one rule. */
export const RULING_TOL = 2;
/** A rule covers a cell edge when it reaches within this many pt of the edge's middle. */
export const RULING_REACH = 1;
/** A glyph's middle sits about this many em above its baseline: the point that places it in a cell. */
export const GLYPH_MIDDLE_EM = 0.3;

// ---- two-column header and closing blocks

/**
 * The gap between the two columns of a header or closing table can be as narrow as the cells'
 * padding (Word: 2 × 0.19 cm ≈ 11 pt) when a long line fills its cell; a word space is at most
 * about half an em even when justified.
 */
export const COLUMN_GAP_EM = 0.75;
/** A line is aligned with a column when an edge or the centre is within this many pt of a line of it. */
export const ALIGN_TOL = 2.5;
/** Rows of one block are at most this many em apart (baseline to baseline). */
export const BLOCK_MAX_STEP_EM = 2.5;

// ---- paragraphs

/** With fewer body lines than this (a document that is mostly a table), the text column is the ink extent. */
export const MEASURE_MIN_LINES = 8;
/** The left margin is the leftmost line start shared by at least 2 lines and 20 % of the most common start's count. */
export const LEFT_EDGE_MIN_LINES = 2;
export const LEFT_EDGE_SHARE = 0.2;
/** Baseline steps between 0.9 and 2.5 em are line advances (closer is a superscript, further a blank line). */
export const ADVANCE_MIN_EM = 0.9;
export const ADVANCE_MAX_EM = 2.5;
/** Without a measured advance, a line advance is 1.25 em (single spacing in Word's fonts). */
export const DEFAULT_ADVANCE_EM = 1.25;
/** A step more than 15 % over the usual advance is paragraph spacing. */
export const PARAGRAPH_STEP = 1.15;
/** The right edge is the larger of the most common line end and the 90th percentile of ends, less 1 pt. */
export const RIGHT_EDGE_PERCENTILE = 0.9;
export const RIGHT_EDGE_SLACK = 1;
/** A line is centred when its middle is within 3 pt of the text column's middle. */
export const CENTRE_TOL = 3;
/** A wrapped centred title's lines are at least 60 % of the column wide. */
export const WIDE_LINE_SHARE = 0.6;
/** A line ending more than 0.8 em short of the right edge ends its paragraph (and justified lines reach it). */
export const SHORT_LINE_EM = 0.8;
/** A first-line indent (or outdent) is more than 0.7 em from the left edge. */
export const INDENT_EM = 0.7;
/** Wrapped lines of a hanging indent start within 1.5 pt of where the first line's text starts. */
export const HANG_TOL = 1.5;
/** A hanging label is short ("1.1.", "a)", a bullet): at most 6 characters… */
export const LABEL_MAX_CHARS = 6;
/** …its text starts within 4 em of the line start… */
export const LABEL_MAX_EM = 4;
/** …after a gap wider than a word space (a tab): more than 0.5 em. */
export const TAB_MIN_EM = 0.5;

// ---- tables without ruling

/** Cells of a borderless table are set apart by their padding (Word: 2 × 0.19 cm): gaps of 0.8 em or more. */
export const CELL_GAP_EM = 0.8;
/** A line with this many cells or more is a row of a borderless table (two cells are a label and its text). */
export const LOOSE_MIN_COLUMNS = 3;
/** …and a borderless table has at least this many such rows. */
export const LOOSE_MIN_ROWS = 2;
/** Lines of one borderless table are at most this many em apart. */
export const LOOSE_MAX_STEP_EM = 2.2;
/** A wrapped line after the last row is at most a cell's gap plus half an em below it. */
export const LOOSE_WRAP_EXTRA_EM = 0.5;
/** A trailing wrapped line holds one cell's text: fewer than this many pieces. */
export const LOOSE_WRAP_MAX_PIECES = 2;
/** Column bands closer than this many em are one column. */
export const COLUMN_MERGE_EM = 0.6;
/** Lines less than this many em below the previous one are vertically centred cells of the same row. */
export const SAME_ROW_EM = 0.8;
/** A text run whose matrix turns or skews it by more than this share of its size is drawn at an angle (a stamp, a margin note): skipped and counted. */
export const UPRIGHT_SKEW_MAX = 0.01;
