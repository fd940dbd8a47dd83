// The codes a run reports, one list each, typed, so a code cannot be written that is not here:
// - INPUT_REFUSALS: input files refused, one code, one message, wherever the refusal is raised
//   (detect.ts refuses before a parser runs; the parser repeats the check for direct callers).
//   The CLI prints the message on one line after the file name, so each says what was found and
//   what to do.
// - WARNINGS: what a parser or a rule found odd in a plan it still read (`warnings` of the JSON,
//   the `warnings` table). Each has its one-line meaning; README.md "Warning codes" lists them
//   (test/codes.test.ts checks that every code used is here and every code here is in README).
// - ERRORS: every other code an error (KehoachError) carries, with what it means; its words, which
//   name the particulars, are in the message catalogues (src/i18n/en.ts, vi.ts: `errors`). The
//   same test checks that every code thrown is in INPUT_REFUSALS or here, and README.md lists it.
import { KehoachError } from "./errors.js";
import type { Warning } from "./model.js";

export const INPUT_REFUSALS = {
  "docx/encrypted": "the Word document is password-protected (encrypted); open it in Word, remove the password and save it again",
  "docx/legacy-doc": "this is a legacy binary Word document (.doc); open it in Word or LibreOffice and save it as .docx",
  "docx/not-zip": "not a DOCX (zip) file: the file is damaged or is not a Word document; re-save it as .docx",
  "docx/no-document": "no main document part: is this a Word .docx file? (word/document.xml is missing)",
  "docx/no-body": "the Word document has no body (w:body); re-save it in Word",
  "docx/no-text": "the Word document has no text in its body (scanned images or an empty file?); nothing to extract",
  "pdf/not-pdf": "not a PDF: the file has no %PDF- header",
  "pdf/no-text-layer": "no text layer and no text recognised by OCR: a blank or unreadable scan, or OCR was turned off (--no-ocr)",
} as const;

export type RefusalCode = keyof typeof INPUT_REFUSALS;

/** The error for a refused input file, with the one message its code has. */
export function refusal(code: RefusalCode, fileName: string): KehoachError {
  return new KehoachError(code, INPUT_REFUSALS[code], fileName);
}

/** Every warning code, with what it means. Messages name the particulars (page, marker, count). */
export const WARNINGS = {
  // parsers: layout they could not read as written
  "txt/page-number": "a line holding only a number (a page number) was dropped",
  "md/brackets": "paragraphs with very many \"[\" were read without links (a guard against slow link parsing)",
  "md/long-paragraph": "a paragraph ran past the line limit and was read as several paragraphs",
  "md/deep-nesting": "lines nested or indented deeper than the limit were read at that depth",
  "pdf/empty-page": "a page has no text (only images: a scanned page?)",
  "pdf/unknown-font": "a font has no name: bold and italic hints may be missing",
  "pdf/rotated-text": "text runs drawn at an angle (stamps, margin notes) were skipped",
  "pdf/footnote-without-marker": "footnote text with no number before it was kept as a note without marker",
  "pdf/footnote-unreferenced": "a footnote at the foot of a page has no reference mark in the text",
  "docx/unknown-element": "a Word element the reader does not know: its text was read, its meaning ignored",
  "docx/missing-footnote": "a footnote is referenced but its text is missing from the document",
  "docx/missing-endnote": "an endnote is referenced but its text is missing from the document",
  "docx/empty-footnote": "a referenced footnote has no text",
  "docx/empty-endnote": "a referenced endnote has no text",
  "input/ocr": "the text of the pages named was recognised by OCR (a scan): names and numbers may be misread",
  "input/legacy-encoding": "the text was in an old Vietnamese encoding (TCVN3, VNI or VISCII, named in the message with what told it) and was converted to Unicode",
  // rules: meaning they could not find
  "meta/error": "the metadata could not be read (a bug: the rest of the plan is still read)",
  "meta/no-title": "no title (\"KẾ HOẠCH\" or another document kind) in the first blocks",
  "meta/no-province": "no province named in the header or the text",
  "meta/term-without-years": "the title names a term (nhiệm kỳ) but no years",
  "structure/no-section": "no section heading recognised: numbered or bulleted lines were read as items with no section",
  "structure/no-items": "no section of targets or tasks was found: is this a plan?",
  "footnote/no-reference": "a footnote has a body but no reference mark in the text",
} as const;

export type WarningCode = keyof typeof WARNINGS;

/** A warning with a listed code (for rules that collect warnings before they have a context). */
export const warning = (code: WarningCode, message: string, where: Warning["where"] = null): Warning => ({ code, message, where });

/** Every code of an error other than an input refusal, with what it means (a run names the file and says it in words). */
export const ERRORS = {
  "cli/usage": "the command line cannot run as given: an option's value, an argument missing or given twice",
  "cli/not-found": "no stored document or province matches the reference given",
  "cli/ambiguous": "the reference matches several stored documents (the message lists them)",
  "input/empty": "the file is empty (0 bytes)",
  "input/blank": "the file holds only white space",
  "input/binary": "the file holds NUL bytes: not a text, Markdown, DOCX or PDF file",
  "input/encoding": "the text is in no encoding kehoach reads (UTF-8, UTF-16 with its mark, Windows-1258, TCVN3, VNI, VISCII)",
  "input/unreadable": "the file cannot be read: missing, not allowed, or an I/O error",
  "input/not-regular": "not a regular file: a folder, a named pipe, a socket or a device",
  "input/changed": "the file changed while it was read (its size or time of change moved)",
  "input/too-large": "the file is larger than --max-size",
  "input/timeout": "reading the file took longer than --timeout and was stopped",
  "input/memory": "reading the file needed more memory than --max-memory and was stopped",
  "input/too-deep": "the file nests deeper than the reader can follow",
  "input/reader-ended": "the reader process ended for another reason while reading the file (a signal, an exit code, a broken channel)",
  "docx/corrupt": "the DOCX (zip) container is damaged and cannot be unpacked",
  "docx/zip-bomb": "the DOCX's parts inflate past the size limits (a zip bomb, or a part larger than a plan can be)",
  "docx/bad-xml": "a part of the DOCX is not well-formed XML",
  "docx/xml-too-deep": "a part of the DOCX nests its XML deeper than the limit",
  "pdf/damaged": "pdf.js cannot read the PDF: not a PDF inside, bad data, or a broken cross-reference table",
  "pdf/encrypted": "the PDF needs a password (--password)",
  "pdf/wrong-password": "the password given does not open the PDF",
  "pdf/too-many-pages": "the PDF has more pages than --max-pages",
  "pdf/render": "a page of a scan could not be drawn for OCR",
  "pdf/ocr-unavailable": "no OCR engine could start (tesseract.js, or the system tesseract)",
  "pdf/ocr-failed": "OCR failed while it read the pages",
  "output/disk-full": "the disk is full: an output file could not be written",
  "output/unwritable": "an output file or folder cannot be written",
  "store/missing": "there is no database at the path given",
  "store/empty": "the database holds no kehoach schema yet (nothing was ingested)",
  "store/foreign": "the SQLite database holds someone else's tables: kehoach leaves it as it is",
  "store/not-sqlite": "the file given as the database is not a SQLite file",
  "store/newer-schema": "the database was made by a newer kehoach (both schema versions are named)",
  "store/corrupt": "the database is damaged (SQLite, or the check before writing, says so)",
  "store/open": "the database cannot be opened",
  "store/read-only": "the database, or its folder, cannot be written",
  "store/opened-read-only": "a store opened read-only was asked to save a plan (a program using the library)",
  "store/locked": "another process holds the database past the busy timeout",
  "store/io": "an I/O error while reading or writing the database",
  "store/disk-full": "the disk is full: the database could not be written",
  "review/no-text": "the stored document has no text to show (stored before the text was kept): ingest the file again",
} as const;
