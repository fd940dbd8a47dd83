// Runs in the fonts of the old Vietnamese encodings: a `.VnTime` (TCVN3) or `VNI-Times` (VNI)
// document keeps, in its XML, the Windows-1252 characters of the bytes the font drew ("Hµ Néi"
// for "Hà Nội"), also after Word saved it as a .docx. The run's font (direct, its character
// style, its paragraph style, the document defaults) names the encoding; the runs are converted
// to Unicode as they are read, so offsets and note references follow the converted text.
//
// Whether a legacy font's text really is legacy is decided once for the whole document (a text
// converted to Unicode whose font was left as `.VnTime` holds letters such as "ư" that no legacy
// byte gives). A document with no legacy font whose text reads as TCVN3 or VNI (the fonts were
// changed without converting) is converted as a whole, told from its characters.
import { detectLegacy, encodingOfFont, fromLegacy, isLegacyText, legacyWarning } from "../legacy-vi.js";
import type { Warning } from "../../src/ground/model.js";
import type { Styles } from "./styles.js";
import { child, val, type XNode } from "./xml.js";

type Enc = "tcvn3" | "vni";
export interface RunFont {
  encoding: Enc;
  capitals: boolean;
}

/** The font a run's rPr names for Latin text beyond ASCII (w:hAnsi), else for ASCII (w:ascii). */
function fontIn(rPr: XNode | undefined): string | undefined {
  const f = child(rPr, "w:rFonts");
  return f?.attrs["w:hAnsi"] ?? f?.attrs["w:ascii"];
}

export class LegacyFonts {
  /** Encodings whose text was converted, and from what they were told. */
  private readonly used = new Map<Enc, "fonts" | "text">();
  /** Per encoding: does the text in its fonts read as legacy text (decided from the body). */
  private readonly decided = new Map<Enc, boolean>();
  /** No legacy font, but the body's text itself is in this encoding. */
  private textMode: Enc | null = null;

  constructor(private readonly styles: Styles, body: XNode) {
    const byEnc = new Map<Enc, string[]>();
    const all: string[] = [];
    const walk = (n: XNode, paraStyle: string | undefined) => {
      if (n.tag === "w:p") paraStyle = this.paraStyle(child(n, "w:pPr"));
      if (n.tag === "w:r") {
        const text = runText(n);
        if (text) {
          all.push(text);
          const f = this.runFont(child(n, "w:rPr"), paraStyle);
          if (f) (byEnc.get(f.encoding) ?? byEnc.set(f.encoding, []).get(f.encoding)!).push(text);
        }
      }
      for (const c of n.children) walk(c, paraStyle);
    };
    walk(body, undefined);
    for (const [enc, texts] of byEnc) this.decided.set(enc, isLegacyText(texts.join("\n"), enc));
    if (byEnc.size === 0) this.textMode = detectLegacy(all.join("\n"))?.encoding ?? null;
  }

  private paraStyle(pPr: XNode | undefined): string | undefined {
    return val(child(pPr, "w:pStyle")) ?? this.styles.defaultParagraph;
  }

  /** The legacy font a run is drawn in: direct formatting, its character style, its paragraph style, the defaults. */
  runFont(rPr: XNode | undefined, paraStyle: string | undefined): RunFont | null {
    const rStyle = val(child(rPr, "w:rStyle"));
    const name =
      fontIn(rPr) ??
      this.styles.find(rStyle, (s) => fontIn(s.rPr)) ??
      this.styles.find(paraStyle, (s) => fontIn(s.rPr)) ??
      fontIn(this.styles.defaultRPr);
    return encodingOfFont(name);
  }

  /** A run's text, converted when its font (or the whole document's text) is in a legacy encoding. */
  convert(text: string, font: RunFont | null): string {
    if (!text) return text;
    if (font) {
      let ok = this.decided.get(font.encoding);
      if (ok === undefined) {
        // a font met only outside the body (a note): judged by its own text
        ok = isLegacyText(text, font.encoding);
        if (/[^\x00-\x7f]/.test(text)) this.decided.set(font.encoding, ok);
      }
      if (!ok) return text;
      this.used.set(font.encoding, "fonts");
      const t = fromLegacy(text, font.encoding);
      return font.capitals ? t.toUpperCase() : t;
    }
    if (this.textMode) {
      this.used.set(this.textMode, "text");
      return fromLegacy(text, this.textMode);
    }
    return text;
  }

  /** One warning per encoding converted. */
  warnings(): Warning[] {
    return [...this.used].map(([enc, from]) => legacyWarning(enc, from === "fonts" ? "fonts" : "text"));
  }
}

/** The visible text of a run's w:t elements (for the decision only). */
function runText(r: XNode): string {
  let s = "";
  for (const c of r.children) if (c.tag === "w:t") for (const x of c.children) s += x.text ?? "";
  return s;
}
