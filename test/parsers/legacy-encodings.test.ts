// TCVN3, VNI and VISCII texts, made in the set-up from the seed plans' own sentences, are told
// from the text itself, converted to Unicode and ingested with a warning naming the encoding;
// so is a TCVN3 or VNI text "saved as Unicode" (its UTF-8 holds the legacy bytes' characters).
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../parsers/decode.js";
import { detectLegacy, encodeLegacy, fromLegacy, type LegacyEncoding } from "../../parsers/legacy-vi.js";
import { ingestBytes } from "../../src/pipeline.js";
import { FIXTURES } from "../helpers/plan-factory.js";
import { esc, makeDocx } from "../helpers/make-docx.js";

/** A DOCX of the text's lines, each a paragraph of one run in `font` (none: the default font). */
const docxOf = (lines: string[], font?: string) =>
  makeDocx({
    body: lines
      .map((l) => `<w:p><w:r>${font ? `<w:rPr><w:rFonts w:ascii="${font}" w:hAnsi="${font}"/></w:rPr>` : ""}<w:t xml:space="preserve">${esc(l)}</w:t></w:r></w:p>`)
      .join(""),
  });

const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort();
/** A seed plan as the legacy encodings can hold it: NFC, no stray combining mark (and for VISCII, ASCII punctuation). */
const seed = (f: string, enc: LegacyEncoding) => {
  let t = fs.readFileSync(path.join(FIXTURES, f), "utf8").normalize("NFC").replace(/[\u0300-\u036f]/g, "");
  if (enc === "viscii") t = t.replace(/[“”]/g, '"').replace(/…/g, "...").replace(/–/g, "-").replace(/\u00a0/g, " ");
  return t;
};

describe("legacy Vietnamese encodings", () => {
  it("the tables read the well-known sentences", () => {
    expect(fromLegacy("Céng hoµ x· héi chñ nghÜa ViÖt Nam - §éc lËp - Tù do - H¹nh phóc", "tcvn3")).toBe(
      "Cộng hoà xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc",
    );
    expect(fromLegacy("Coäng hoøa xaõ hoäi chuû nghóa Vieät Nam - Ñoäc laäp - Töï do - Haïnh phuùc", "vni")).toBe(
      "Cộng hòa xã hội chủ nghĩa Việt Nam - Độc lập - Tự do - Hạnh phúc",
    );
    // Unicode Vietnamese is never taken for a legacy text
    for (const f of SEEDS) expect(detectLegacy(fs.readFileSync(path.join(FIXTURES, f), "utf8"))).toBeNull();
  });

  for (const enc of ["tcvn3", "vni", "viscii"] as const) {
    it(`${enc}: every seed plan's bytes are told, converted and ingested as the Unicode plan is, with a warning`, async () => {
      for (const f of SEEDS) {
        const text = seed(f, enc);
        const bytes = encodeLegacy(text, enc);
        const d = decodeText(bytes, f);
        expect([f, d.legacy]).toEqual([f, enc]);
        // TCVN3 writes capitals with lower-case codes in a capitals font: from the bytes alone they read in lower case
        if (enc === "tcvn3") expect(d.text.toLowerCase()).toBe(text.toLowerCase());
        else expect(d.text).toBe(text);
        const plan = await ingestBytes(bytes, f);
        expect(plan.warnings.find((w) => w.code === "input/legacy-encoding")?.message).toMatch(enc === "tcvn3" ? /TCVN3/ : enc === "vni" ? /VNI/ : /VISCII/);
        if (enc !== "tcvn3") {
          const unicode = await ingestBytes(Buffer.from(text, "utf8"), f);
          expect(plan.targets.map((t) => t.text)).toEqual(unicode.targets.map((t) => t.text));
          expect(plan.tasks.length).toBe(unicode.tasks.length);
        } else {
          expect(plan.targets.length + plan.tasks.length).toBeGreaterThan(0);
        }
      }
    }, 120_000);
  }

  for (const enc of ["tcvn3", "vni"] as const) {
    it(`${enc} saved "as Unicode" (UTF-8 of the legacy characters) is converted too`, () => {
      const text = seed(SEEDS[1]!, enc);
      const mojibake = iconv.decode(encodeLegacy(text, enc), "windows1252");
      const d = decodeText(Buffer.from(mojibake, "utf8"), "x.txt");
      expect(d.legacy).toBe(enc);
      expect(d.text.toLowerCase()).toBe(text.toLowerCase());
    });
  }

  it("bytes that are no text in any of them are still refused", () => {
    const junk = Buffer.from(Array.from({ length: 400 }, (_, i) => 0x80 + ((i * 37) % 120)));
    expect(() => decodeText(junk, "j.txt")).toThrow(/not UTF-8/);
  });

  for (const [enc, font] of [["vni", "VNI-Times"], ["tcvn3", ".VnTime"]] as const) {
    it(`a DOCX whose runs are in ${font} reads as the Unicode DOCX does, with a warning`, async () => {
      const lines = seed(SEEDS[2]!, enc).split("\n").filter((l) => l.trim());
      const legacyLines = lines.map((l) => iconv.decode(encodeLegacy(l, enc), "windows1252"));
      const plan = await ingestBytes(docxOf(legacyLines, font), "legacy.docx");
      const unicode = await ingestBytes(docxOf(lines), "unicode.docx");
      expect(plan.warnings.find((w) => w.code === "input/legacy-encoding")?.message).toMatch(enc === "vni" ? /VNI/ : /TCVN3/);
      if (enc === "vni") expect(plan.targets.map((t) => t.text)).toEqual(unicode.targets.map((t) => t.text));
      else expect(plan.targets.map((t) => t.text.toLowerCase())).toEqual(unicode.targets.map((t) => t.text.toLowerCase()));
      expect(plan.targets.length).toBeGreaterThan(0);
    }, 60_000);
  }
});
