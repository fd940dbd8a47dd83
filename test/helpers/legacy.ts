// Plans as offices typed them before Unicode, for tests: lines as runs in the TCVN3 / VNI fonts
// (`.VnTime`, `.VnTimeH`, `VNI-Times`) and DOCX files of such runs.
import iconv from "iconv-lite";
import { encodeLegacy } from "../../parsers/legacy-vi.js";
import { esc, makeDocx } from "./make-docx.js";

export type Enc2 = "tcvn3" | "vni";
export interface Run {
  text: string; // Unicode
  font?: string;
}

export const FONT: Record<Enc2, { normal: string; capitals: string }> = {
  tcvn3: { normal: ".VnTime", capitals: ".VnTimeH" },
  vni: { normal: "VNI-Times", capitals: "VNI-Times" },
};
/** TCVN3 has its own codes for these capitals only; the others are the lower-case codes in a capitals font. */
const TCVN3_CAPITALS = new Set("ĂÂÊÔƠƯĐ");

/**
 * A line as an office typed it in the legacy fonts: in TCVN3 a line in capitals is all in the
 * capitals font (`.VnTimeH`, lower-case codes), and in a line in ordinary case a capital with no
 * code of its own ("Ủ") is one letter in the capitals font; VNI has a code for every capital.
 */
export function legacyRuns(line: string, enc: Enc2): Run[] {
  const f = FONT[enc];
  if (enc === "vni") return [{ text: line, font: f.normal }];
  if (!/\p{Ll}/u.test(line)) return [{ text: line.toLowerCase(), font: f.capitals }];
  const runs: Run[] = [];
  for (const c of line) {
    const caps = c.charCodeAt(0) >= 0x80 && c !== c.toLowerCase() && !TCVN3_CAPITALS.has(c);
    const font = caps ? f.capitals : f.normal;
    const last = runs[runs.length - 1];
    const t = caps ? c.toLowerCase() : c;
    if (last && last.font === font) last.text += t;
    else runs.push({ text: t, font });
  }
  return runs;
}

/** The Windows-1252 characters of a run's legacy bytes: what Word keeps in document.xml. */
export const asChars = (r: Run, enc: Enc2) => iconv.decode(encodeLegacy(r.text, enc), "windows1252");

/** A DOCX of paragraphs of runs; a run with a font names it in w:rFonts. */
export const docxOf = (paras: Run[][]) =>
  makeDocx({
    body: paras
      .map(
        (runs) =>
          `<w:p>${runs
            .map((r) => `<w:r>${r.font ? `<w:rPr><w:rFonts w:ascii="${r.font}" w:hAnsi="${r.font}"/></w:rPr>` : ""}<w:t xml:space="preserve">${esc(r.text)}</w:t></w:r>`)
            .join("")}</w:p>`,
      )
      .join(""),
  });
