// Detects a file's format from its bytes (the signatures in signatures.ts), not from its extension.
import { refusal } from "../src/ground/codes.js";
import { KehoachError } from "../src/ground/errors.js";
import { isEncryptedOoxml, isOle, isPdf, isZip } from "./signatures.js";

export type Format = "pdf" | "docx" | "txt" | "md";

export function detectFormat(bytes: Uint8Array, fileName: string): Format {
  if (bytes.length === 0) throw new KehoachError("input/empty", "the file is empty", fileName);
  if (isPdf(bytes)) return "pdf";
  // PK\x03\x04: a zip container; DOCX is a zip with word/document.xml (checked by the DOCX parser)
  if (isZip(bytes)) return "docx";
  // D0 CF 11 E0: OLE2 compound file = legacy binary Word .doc
  if (isOle(bytes)) {
    // A password-protected .docx is also an OLE file, holding an "EncryptionInfo" stream (UTF-16 name)
    throw refusal(isEncryptedOoxml(bytes) ? "docx/encrypted" : "docx/legacy-doc", fileName);
  }
  if (/\.(md|markdown)$/i.test(fileName)) return "md";
  // no extension (standard input is named "stdin"): the bytes decide between Markdown and text
  if (!/\.[^./\\]+$/.test(fileName) && looksLikeMarkdown(bytes)) return "md";
  return "txt";
}

/** Markdown's marks at the start of a line, in the first 64 KiB: a "# " heading or a table's "|---|" rule. */
export function looksLikeMarkdown(bytes: Uint8Array): boolean {
  const head = Buffer.from(bytes.subarray(0, 65536)).toString("utf8");
  return /^#{1,6}[ \t]+\S/m.test(head) || /^\|?[ \t]*:?-{3,}:?[ \t]*\|/m.test(head);
}
