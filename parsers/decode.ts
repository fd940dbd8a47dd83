// Bytes -> string for text formats. UTF-8 (with or without BOM), UTF-16 with a
// BOM and Windows-1258 (the legacy Vietnamese Windows code page) are decoded;
// anything else is refused with a reason, never guessed.
import iconv from "iconv-lite";
import { KehoachError } from "../src/errors.js";
import { nfc } from "../src/text.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";
}

// Letters that only Vietnamese text has, and the combining tone marks Windows-1258
// uses (it has no precomposed toned vowels: "ệ" is "ê" + U+0323).
const VI_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/gu;

export function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  const d = decodeBytes(bytes, fileName);
  // a text of spaces, tabs and line breaks only is no document (an empty plan would be stored)
  if (!/[^\s\u200b-\u200d\u2060\ufeff]/u.test(d.text)) throw new KehoachError("input/blank", "empty: only white space", fileName);
  return d;
}

function decodeBytes(bytes: Uint8Array, fileName: string): Decoded {
  if (bytes.length === 0) throw new KehoachError("input/empty", "the file is empty", fileName);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return { text: nfc(new TextDecoder("utf-16le").decode(b.subarray(2))), encoding: "utf-16le" };
  if (b[0] === 0xfe && b[1] === 0xff) return { text: nfc(new TextDecoder("utf-16be").decode(b.subarray(2))), encoding: "utf-16be" };
  const body = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.subarray(3) : b;
  // NUL bytes do not occur in text (UTF-16 without a BOM is refused too: we cannot tell its byte order for sure).
  // The whole file is looked at (memchr: linear), not only its start.
  const nul = body.indexOf(0);
  if (nul >= 0) {
    throw new KehoachError(
      "input/binary",
      "binary content (NUL bytes): not a text, Markdown, DOCX or PDF file",
      fileName,
    );
  }
  try {
    const text = new TextDecoder("utf-8", { fatal: true }).decode(body);
    return { text: nfc(text), encoding: "utf-8" };
  } catch {
    // not UTF-8: maybe Windows-1258
  }
  const text = iconv.decode(body, "windows1258");
  const high = body.reduce((n, x) => n + (x >= 0x80 ? 1 : 0), 0);
  const vi = (text.match(VI_LETTER) ?? []).length;
  // eslint-disable-next-line no-control-regex -- control characters are what this counts
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u0080-\u009f]/g) ?? []).length;
  if (high > 0 && vi / high >= 0.5 && controls === 0) {
    return { text: nfc(text), encoding: "windows-1258" };
  }
  throw new KehoachError(
    "input/encoding",
    "not UTF-8, UTF-16 or Windows-1258 text: save it as UTF-8 (or give the DOCX/PDF)",
    fileName,
  );
}
