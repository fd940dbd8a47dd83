// PDF text in the fonts of the old Vietnamese encodings. A PDF printed from a `.VnTime` (TCVN3)
// or `VNI-Times` (VNI) document draws the legacy bytes with that font; pdfjs gives their
// Windows-1252 characters ("Hµ Néi"), or, for a symbolic font without an encoding, the private-use
// characters U+F000 + byte. The font's PostScript name says the encoding (load.ts records each
// such run); the runs are converted to Unicode here, before any line is built. As in DOCX, the
// decision is taken once per encoding for the whole document, and a PDF whose fonts name no
// legacy encoding but whose text reads as TCVN3 or VNI is converted as a whole.
import iconv from "iconv-lite";
import type { Warning } from "../../src/ground/model.js";
import { detectLegacy, fromLegacy, isLegacyText, legacyWarning } from "../legacy-vi.js";
import { visibleText, type PItem } from "./layout.js";
import type { PageData } from "./load.js";

export interface LegacyRun {
  item: PItem;
  encoding: "tcvn3" | "vni";
  capitals: boolean;
}

/**
 * What pdfjs gave → the Windows-1252 characters of the bytes drawn: U+F020–U+F0FF (a symbolic
 * font's codes) are the bytes themselves, and WinAnsi's glyph "mu" (0xB5, TCVN3's "à") comes out
 * as the Greek "μ".
 */
const asBytes = (s: string): string =>
  s.replace(/[\uF020-\uF0FF\u03BC]/g, (c) => (c === "\u03BC" ? "\u00B5" : iconv.decode(Buffer.from([c.charCodeAt(0) - 0xf000]), "windows1252")));

/**
 * TCVN3's "ư" is the byte 0xAD, which WinAnsi names "hyphen": pdfjs (as pdftotext) gives "-"
 * ("c-ờng", "nh-", "-ơng"). A "-" right after a lower-case letter, or glued to the lower-case
 * letter after it, is that "ư": a dash between words has spaces, a range joins digits, a bullet
 * is followed by a space.
 */
const hyphenAsU = (s: string): string => (s.includes("-") ? s.replace(/(?<=\p{Ll})-|(?<=^|[\p{L}\s])-(?=\p{Ll})/gu, "ư") : s);

/** Converts the legacy runs in place; returns one warning per encoding converted. */
export function convertLegacyRuns(pages: PageData[], runs: LegacyRun[]): Warning[] {
  const warnings: Warning[] = [];
  if (runs.length) {
    for (const enc of ["tcvn3", "vni"] as const) {
      const mine = runs.filter((r) => r.encoding === enc);
      if (!mine.length) continue;
      const raw = mine.map((r) => asBytes(r.item.str));
      const legacy = isLegacyText(raw.join("\n"), enc);
      mine.forEach((r, i) => {
        if (!legacy) {
          r.item.str = visibleText(r.item.str).normalize("NFC");
          return;
        }
        const t = enc === "tcvn3" ? hyphenAsU(fromLegacy(raw[i]!, enc)) : fromLegacy(raw[i]!, enc);
        r.item.str = r.capitals ? t.toUpperCase() : t;
      });
      if (legacy) warnings.push(legacyWarning(enc, "fonts"));
    }
    return warnings;
  }
  // no font names a legacy encoding: the text itself may still be in one (fonts renamed, or unnamed)
  const items = pages.flatMap((p) => p.items);
  const found = detectLegacy(items.map((it) => it.str).join("\n"));
  if (!found) return warnings;
  for (const it of items) {
    const t = fromLegacy(asBytes(it.str), found.encoding);
    it.str = found.encoding === "tcvn3" ? hyphenAsU(t) : t;
  }
  warnings.push(legacyWarning(found.encoding, "text"));
  return warnings;
}
