// Bytes -> string for text formats. UTF-8 (with or without BOM), UTF-16 with a
// BOM and Windows-1258 (the legacy Vietnamese Windows code page) are decoded;
// anything else is refused with a reason, never guessed.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { KehoachError } from "../src/errors.js";
import { nfc } from "../src/text.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258";
}

// Letters that only Vietnamese text has, and the combining tone marks Windows-1258
// uses (it has no precomposed toned vowels: "ệ" is "ê" + U+0323).
const VI_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ\u0300\u0301\u0303\u0309\u0323]/gu;

export function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  const { chunks, encoding } = decodeChunks(bytes, fileName);
  return { text: chunks.length === 1 ? chunks[0] : chunks.join(""), encoding };
}

/**
 * The text's lines (without their line breaks: LF, CRLF or CR), decoded a piece at a time: a large
 * file never exists as one string beside its lines (a 50 MB text decoded and normalised whole held
 * four copies of itself at once).
 */
export function decodeLines(bytes: Uint8Array, fileName: string): { lines: string[]; encoding: Decoded["encoding"] } {
  const { chunks, encoding } = decodeChunks(bytes, fileName);
  const lines: string[] = [];
  for (let k = 0; k < chunks.length; k++) {
    const piece = chunks[k].replace(/\r\n?/g, "\n").split("\n");
    // every chunk but the last ends with a line break: its split ends with an empty string
    const n = k + 1 < chunks.length ? piece.length - 1 : piece.length;
    for (let j = 0; j < n; j++) lines.push(piece[j]);
    chunks[k] = "";
  }
  return { lines, encoding };
}

/** Decoded text in pieces that each end with a line break (but the last), normalised to NFC. */
function decodeChunks(bytes: Uint8Array, fileName: string): { chunks: string[]; encoding: Decoded["encoding"] } {
  const d = decodeBytes(bytes, fileName);
  // a text of spaces, tabs and line breaks only is no document (an empty plan would be stored)
  if (!d.chunks.some((c) => /[^\s\u200b-\u200d\u2060\ufeff]/u.test(c))) throw new KehoachError("input/blank", "empty: only white space", fileName);
  return d;
}

// UTF-8 is decoded and normalised in pieces of about this many bytes, each cut after a line
// feed: a line feed is one byte in UTF-8 and never composes in NFC, so the pieces decode and
// normalise exactly as the whole
const PIECE_BYTES = 1 << 20;

function utf8Pieces(body: Buffer): string[] {
  const chunks: string[] = [];
  let from = 0;
  while (from < body.length) {
    let to = Math.min(body.length, from + PIECE_BYTES);
    if (to < body.length) {
      const lf = body.indexOf(0x0a, to - 1);
      to = lf < 0 ? body.length : lf + 1;
    }
    chunks.push(nfc(body.toString("utf8", from, to)));
    from = to;
  }
  return chunks;
}

function decodeBytes(bytes: Uint8Array, fileName: string): { chunks: string[]; encoding: Decoded["encoding"] } {
  if (bytes.length === 0) throw new KehoachError("input/empty", "the file is empty", fileName);
  const b = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (b[0] === 0xff && b[1] === 0xfe) return { chunks: [nfc(new TextDecoder("utf-16le").decode(b.subarray(2)))], encoding: "utf-16le" };
  if (b[0] === 0xfe && b[1] === 0xff) return { chunks: [nfc(new TextDecoder("utf-16be").decode(b.subarray(2)))], encoding: "utf-16be" };
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
  // valid UTF-8 (the WHATWG decoder's fatal mode accepts exactly these bytes), checked without a copy
  // (a second BOM after the first is dropped too, as that decoder did)
  if (isUtf8(body)) return { chunks: utf8Pieces(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? body.subarray(3) : body), encoding: "utf-8" };
  // not UTF-8: maybe Windows-1258
  const text = iconv.decode(body, "windows1258");
  const high = body.reduce((n, x) => n + (x >= 0x80 ? 1 : 0), 0);
  const vi = (text.match(VI_LETTER) ?? []).length;
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u0080-\u009f]/g) ?? []).length;
  if (high > 0 && vi / high >= 0.5 && controls === 0) {
    return { chunks: [nfc(text)], encoding: "windows-1258" };
  }
  throw new KehoachError(
    "input/encoding",
    "not UTF-8, UTF-16 or Windows-1258 text: save it as UTF-8 (or give the DOCX/PDF)",
    fileName,
  );
}
