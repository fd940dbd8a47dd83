// Every number the DOCX reader decides with, each with its reason (as pdf.js names its thresholds).

// ---- limits on hostile files

/** Refuse archives that would inflate past this: declared sizes checked before inflating, actual bytes counted while inflating. */
export const MAX_TOTAL_UNCOMPRESSED = 200 * 1024 * 1024;
/** No one part (document.xml, styles.xml, …) may inflate past this (counted while inflating). */
export const MAX_PART_UNCOMPRESSED = 50 * 1024 * 1024;
/** Deflate cannot exceed ~1032:1; a larger declared ratio is a lie or a bomb. */
export const MAX_RATIO = 1100;
/** Only parts above this size are ratio-checked (tiny parts have meaningless ratios). */
export const RATIO_MIN_SIZE = 1024 * 1024;
/** Deeper XML than this is no Word document (a table in a table in a table … is about 8 levels each). */
export const MAX_XML_DEPTH = 100;
/** A cell spans at most this many grid columns (w:gridSpan, w:gridBefore, w:gridAfter are read from the file). */
export const MAX_SPAN = 64;
/** List and note counters start at most here (Word's own limit is 32767). */
export const MAX_COUNTER = 32767;
/** A style's basedOn chain is cut after this many links (Word's own chains are a handful deep). */
export const MAX_STYLE_CHAIN = 32;
/** numStyleLink chains (a list defined by a numbering style) are followed this deep, no further. */
export const MAX_NUM_STYLE_LINKS = 4;

// ---- the two-column layout tables (issuer | national title, recipients | signature)

/** A layout table has two or three grid columns: left and right halves, sometimes a spacer. */
export const LAYOUT_MIN_COLUMNS = 2;
export const LAYOUT_MAX_COLUMNS = 3;
/** …and one to four rows: the header and closing blocks are short. */
export const LAYOUT_MAX_ROWS = 4;
/** A paragraph longer than this (a line or two) is body text, not a header or signature line. */
export const LAYOUT_MAX_PARAGRAPH_CHARS = 300;
/** A cell holding more than this is body text set in a borderless table. */
export const LAYOUT_MAX_CELL_CHARS = 1500;

// ---- headings

/** The document model knows Heading 1 to 3; deeper outline levels read as paragraphs. */
export const MAX_HEADING_LEVEL = 3;
/** w:outlineLvl runs 0–8; 9 means "body text". */
export const MAX_OUTLINE_LEVEL = 8;
