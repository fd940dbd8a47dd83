// Pure layout rules of the PDF parser, over positioned text items.
//
// Coordinates are top-down (y grows downwards, like the rendered page): `y` is an
// item's baseline, `x` its left edge, `w` its advance width, `size` its font size,
// all in PDF points after the page's viewport transform. Nothing here knows
// pdfjs, so every rule can be tested with synthetic items.
//
// The rules are in stages, one file each:
//   ./lines.ts         runs into lines, lines into text, running headers and footers
//   ./footnotes.ts     the footnote zone at the foot of a page, split into notes
//   ./tables.ts        tables rebuilt from their ruling
//   ./loose-tables.ts  tables without ruling, from columns kept open
//   ./columns.ts       the two-column header and closing blocks
//   ./paragraphs.ts    the page's measures and where a paragraph starts
// This module gathers them for parsers/pdf.ts and the tests.

export * from "./lines.js";
export * from "./footnotes.js";
export * from "./tables.js";
export * from "./loose-tables.js";
export * from "./columns.js";
export * from "./paragraphs.js";
