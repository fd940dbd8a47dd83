// The refusals of input files: one code, one message, wherever the refusal is raised (detect.ts
// refuses before a parser runs; the parser repeats the check for direct callers). The CLI prints
// the message on one line after the file name, so each says what was found and what to do.
import { KehoachError } from "./errors.js";

export const INPUT_REFUSALS = {
  "docx/encrypted": "the Word document is password-protected (encrypted); open it in Word, remove the password and save it again",
  "docx/legacy-doc": "this is a legacy binary Word document (.doc); open it in Word or LibreOffice and save it as .docx",
  "docx/not-zip": "not a DOCX (zip) file: the file is damaged or is not a Word document; re-save it as .docx",
  "docx/no-document": "no main document part: is this a Word .docx file? (word/document.xml is missing)",
  "docx/no-body": "the Word document has no body (w:body); re-save it in Word",
  "docx/no-text": "the Word document has no text in its body (scanned images or an empty file?); nothing to extract",
  "pdf/not-pdf": "not a PDF: the file has no %PDF- header",
  "pdf/no-text-layer": "no text layer: this PDF looks like a scan, run OCR first (e.g. ocrmypdf)",
} as const;

export type RefusalCode = keyof typeof INPUT_REFUSALS;

/** The error for a refused input file, with the one message its code has. */
export function refusal(code: RefusalCode, fileName: string): KehoachError {
  return new KehoachError(code, INPUT_REFUSALS[code], fileName);
}
