// File signatures (magic numbers): the one place that says what a file's first bytes mean.
// detect.ts picks a parser with them; the DOCX and PDF parsers repeat the check for direct callers.

const startsWith = (b: Uint8Array, sig: readonly number[], at = 0): boolean => sig.every((x, i) => b[at + i] === x);

/** The PDF spec lets readers look for "%PDF-" in the first 1024 bytes (junk may come before it). */
const PDF_HEADER_WINDOW = 1024;

/** "%PDF-" within the first 1024 bytes. */
export function isPdf(b: Uint8Array): boolean {
  return Buffer.from(b.subarray(0, PDF_HEADER_WINDOW)).toString("latin1").includes("%PDF-");
}

/** PK\x03\x04 (a local file header) or PK\x05\x06 (an empty archive's end record): a zip container. */
export function isZip(b: Uint8Array): boolean {
  return startsWith(b, [0x50, 0x4b, 0x03, 0x04]) || startsWith(b, [0x50, 0x4b, 0x05, 0x06]);
}

/** D0 CF 11 E0 A1 B1 1A E1: an OLE2 compound file (a legacy .doc, or an encrypted .docx). */
export function isOle(b: Uint8Array): boolean {
  return startsWith(b, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
}

/** An OLE file holding an "EncryptionInfo" stream (UTF-16LE directory name): Word's password-protected .docx. */
export function isEncryptedOoxml(b: Uint8Array): boolean {
  const needle = Buffer.from("EncryptionInfo", "utf16le");
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).indexOf(needle) >= 0;
}
