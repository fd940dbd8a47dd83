// Bytes -> string for text formats. UTF-8 (with or without BOM), UTF-16 with a
// BOM and Windows-1258 (the legacy Vietnamese Windows code page) are decoded; so are
// TCVN3, VNI and VISCII (legacy-vi.ts), told from the text itself, also when a text in
// them was saved "as Unicode" (its UTF-8 then shows "Hµ Néi" for "Hà Nội"), with a
// warning naming the encoding. Anything else is refused with a reason.
import iconv from "iconv-lite";
import { KehoachError } from "../src/errors.js";
import { nfc } from "../src/text.js";
import { decodeLegacy, detectLegacy, vietnameseShare, type LegacyEncoding } from "./legacy-vi.js";

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

export function decodeText(bytes: Uint8Array, fileName: string): Decoded {
  const d = decodeBytes(bytes, fileName);
  // a text of spaces, tabs and line breaks only is no document (an empty plan would be stored)
  if (!/[^\s\u200b-\u200d\u2060\ufeff]/u.test(d.text)) throw new KehoachError("input/blank", "empty: only white space", fileName);
  return d;
}

/** Mostly ASCII letters, digits, spaces and punctuation, as Vietnamese prose is in any encoding (random bytes are not). */
function looksLikeProse(t: string): boolean {
  let plain = 0;
  for (let i = 0; i < t.length; i++) {
    const u = t.charCodeAt(i);
    if ((u >= 0x20 && u < 0x7f) || u === 0x0a || u === 0x0d || u === 0x09) plain++;
  }
  return t.length > 0 && plain / t.length >= 0.7;
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
  let utf8: string | null = null;
  try {
    utf8 = new TextDecoder("utf-8", { fatal: true }).decode(body);
  } catch {
    // not UTF-8: maybe Windows-1258, TCVN3, VNI or VISCII
  }
  if (utf8 !== null) {
    // a legacy text saved "as Unicode": its characters are those of the legacy bytes
    const legacy = detectLegacy(utf8);
    if (legacy) return { text: legacy.text, encoding: "utf-8", legacy: legacy.encoding };
    return { text: nfc(utf8), encoding: "utf-8" };
  }
  const text = iconv.decode(body, "windows1258");
  const high = body.reduce((n, x) => n + (x >= 0x80 ? 1 : 0), 0);
  const vi = (text.match(VI_LETTER) ?? []).length;
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\u0080-\u009f]/g) ?? []).length;
  const cp1258 = high > 0 && vi / high >= 0.5 && controls === 0 ? vietnameseShare(nfc(text)).share : 0;
  // the legacy encodings, each judged by how Vietnamese its reading looks; Windows-1258 wins a tie
  let best: { enc: LegacyEncoding; text: string; share: number } | null = null;
  for (const enc of ["tcvn3", "vni", "viscii"] as const) {
    const t = decodeLegacy(body, enc);
    if (enc !== "viscii" && /[\u0000-\u0008\u000e-\u001f]/.test(t)) continue;
    const { share, counted } = vietnameseShare(t);
    if (counted > 0 && share >= 0.9 && looksLikeProse(t) && share > cp1258 && (!best || share > best.share)) best = { enc, text: t, share };
  }
  if (best) return { text: best.text, encoding: best.enc, legacy: best.enc };
  if (cp1258 > 0) {
    return { text: nfc(text), encoding: "windows-1258" };
  }
  throw new KehoachError(
    "input/encoding",
    "not UTF-8, UTF-16, Windows-1258, TCVN3, VNI or VISCII text: save it as UTF-8 (or give the DOCX/PDF)",
    fileName,
  );
}
