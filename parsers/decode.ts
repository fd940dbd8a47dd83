// Bytes -> string for text formats. UTF-8 (with or without BOM), UTF-16 with a
// BOM and Windows-1258 (the legacy Vietnamese Windows code page) are decoded; so are
// TCVN3, VNI and VISCII (legacy-vi.ts), told from the text itself, also when a text in
// them was saved "as Unicode" (its UTF-8 then shows "Hµ Néi" for "Hà Nội"), with a
// warning naming the encoding. Anything else is refused with a reason.
import { isUtf8 } from "node:buffer";
import iconv from "iconv-lite";
import { KehoachError } from "../src/ground/errors.js";
import { nfc } from "../src/ground/text.js";
import { decodeLegacy, detectLegacy, vietnameseShare, type LegacyEncoding } from "./legacy-vi.js";
import { LEGACY_READING_SHARE, PROSE_PLAIN_SHARE, READS_AS_VIETNAMESE } from "./decode-thresholds.js";

export { legacyWarning } from "./legacy-vi.js";

export interface Decoded {
  text: string;
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1258" | LegacyEncoding;
  /** the text was in a legacy Vietnamese encoding (as bytes, or as their characters in UTF-8) and was converted */
  legacy?: LegacyEncoding;
}

// Letters that only Vietnamese text has, and the combining tone marks Windows-1258
// uses (it has no precomposed toned vowels: "ệ" is "ê" + U+0323).
const VI_LETTER = /[ăâđêôơưĂÂĐÊÔƠƯ]|[\u0300\u0301\u0303\u0309\u0323]/gu;

type Chunked = Omit<Decoded, "text"> & { chunks: string[] };

export function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  const { chunks, ...rest } = decodeChunks(bytes, fileName);
  return { text: chunks.length === 1 ? chunks[0] : chunks.join(""), ...rest };
}

/** Decoded text in pieces that each end with a line break (but the last), normalised to NFC. */
function decodeChunks(bytes: Uint8Array, fileName: string): Chunked {
  const d = decodeBytes(bytes, fileName);
  // a text of spaces, tabs and line breaks only is no document (an empty plan would be stored)
  if (!d.chunks.some((c) => /[^\s\u200b-\u200d\u2060\ufeff]/u.test(c))) throw new KehoachError("input/blank", "empty: only white space", fileName);
  return d;
}

// UTF-8 is decoded in pieces of about this many bytes, each cut after a line feed: a line feed is
// one byte in UTF-8, never composes in NFC and is no letter, so the pieces decode, normalise and
// count (vietnameseShare) exactly as the whole
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
    chunks.push(body.toString("utf8", from, to));
    from = to;
  }
  return chunks;
}

/** UTF-8 text, a piece at a time; judged whole (as one string) only when it may be a legacy text saved "as Unicode". */
function decodeUtf8(body: Buffer): Chunked {
  const chunks = utf8Pieces(body);
  let vi = 0;
  let counted = 0;
  for (const c of chunks) {
    const s = vietnameseShare(c);
    counted += s.counted;
    vi += Math.round(s.share * s.counted);
  }
  // detectLegacy finds nothing in a text that already reads as Vietnamese (half of its letters or more)
  if (counted > 0 && vi / counted < READS_AS_VIETNAMESE) {
    const utf8 = chunks.join("");
    const legacy = detectLegacy(utf8);
    if (legacy) return { chunks: [legacy.text], encoding: "utf-8", legacy: legacy.encoding };
    return { chunks: [nfc(utf8)], encoding: "utf-8" };
  }
  for (let k = 0; k < chunks.length; k++) chunks[k] = nfc(chunks[k]);
  return { chunks, encoding: "utf-8" };
}

/** Mostly ASCII letters, digits, spaces and punctuation, as Vietnamese prose is in any encoding (random bytes are not). */
function looksLikeProse(t: string): boolean {
  let plain = 0;
  for (let i = 0; i < t.length; i++) {
    const u = t.charCodeAt(i);
    if ((u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09) plain++;
  }
  return t.length > 0 && plain / t.length >= PROSE_PLAIN_SHARE;
}

function decodeBytes(bytes: Uint8Array, fileName: string): Chunked {
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
  // valid UTF-8 (the WHATWG decoder's fatal mode accepts exactly these bytes), checked without a
  // copy; a second BOM after the first is dropped too, as that decoder did. A legacy text saved
  // "as Unicode" has the characters of its legacy bytes (decodeUtf8). Otherwise: maybe
  // Windows-1258, TCVN3, VNI or VISCII.
  if (isUtf8(body)) return decodeUtf8(body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf ? body.subarray(3) : body);
  const text = iconv.decode(body, "windows1258");
  const high = body.reduce((n, x) => n + (x >= 0x80 ? 1 : 0), 0);
  const vi = (text.match(VI_LETTER) ?? []).length;
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u0080-\u009f]/g) ?? []).length;
  const cp1258 = high > 0 && vi / high >= READS_AS_VIETNAMESE && controls === 0 ? vietnameseShare(nfc(text)).share : 0;
  // the legacy encodings, each judged by how Vietnamese its reading looks; Windows-1258 wins a tie
  let best: { enc: LegacyEncoding; text: string; share: number } | null = null;
  for (const enc of ["tcvn3", "vni", "viscii"] as const) {
    const t = decodeLegacy(body, enc);
    if (enc !== "viscii" && /[\u0000-\u0008\u000e-\u001f]/.test(t)) continue;
    const { share, counted } = vietnameseShare(t);
    if (counted > 0 && share >= LEGACY_READING_SHARE && looksLikeProse(t) && share > cp1258 && (!best || share > best.share)) best = { enc, text: t, share };
  }
  if (best) return { chunks: [best.text], encoding: best.enc, legacy: best.enc };
  if (cp1258 > 0) {
    return { chunks: [nfc(text)], encoding: "windows-1258" };
  }
  throw new KehoachError(
    "input/encoding",
    "not UTF-8, UTF-16, Windows-1258, TCVN3, VNI or VISCII text: save it as UTF-8 (or give the DOCX/PDF)",
    fileName,
  );
}
