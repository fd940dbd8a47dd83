// Detects a file's format from its bytes (magic numbers), not from its extension.
import { KehoachError } from "../src/errors.js";

export type Format = "pdf" | "docx" | "txt" | "md";

const startsWith = (b: Uint8Array, sig: number[], at = 0) => sig.every((x, i) => b[at + i] === x);

/** "%PDF-" may follow a few junk bytes; the PDF spec lets readers look in the first 1024 bytes. */
function isPdf(b: Uint8Array): boolean {
  const head = Buffer.from(b.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

export function detectFormat(bytes: Uint8Array, fileName: string): Format {
  if (bytes.length === 0) throw new KehoachError("input/empty", "the file is empty", fileName);
  if (isPdf(bytes)) return "pdf";
  // PK\x03\x04: a zip container; DOCX is a zip with word/document.xml (checked by the DOCX parser)
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04]) || startsWith(bytes, [0x50, 0x4b, 0x05, 0x06])) return "docx";
  // D0 CF 11 E0: OLE2 compound file = legacy binary Word .doc
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) {
    // A password-protected .docx is also an OLE file, holding an "EncryptionInfo" stream (UTF-16 name)
    if (Buffer.from(bytes).includes(Buffer.from("EncryptionInfo", "utf16le")))
      throw new KehoachError("docx/encrypted", "the Word document is password-protected: remove the password in Word and save it again", fileName);
    throw new KehoachError(
      "docx/legacy-doc",
      "this is a legacy binary Word document (.doc); open it in Word or LibreOffice and save it as .docx",
      fileName,
    );
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
