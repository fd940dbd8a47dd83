// TCVN3, VNI and VISCII, made in the set-up from the seed plans' own sentences (fixtures/plans):
// - as TXT bytes, told from the text itself, converted to Unicode and ingested with a warning
//   naming the encoding; also a TCVN3 or VNI text "saved as Unicode" (its UTF-8 holds the legacy
//   bytes' characters);
// - as DOCX runs in `.VnTime` / `.VnTimeH` / `VNI-Times` fonts, told from the font names;
// - as PDF text drawn in those fonts (test/helpers/make-pdf.ts writes the PDF), told from the
//   fonts' PostScript names.
import fs from "node:fs";
import path from "node:path";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decodeText } from "../../parsers/decode.js";
import { detectLegacy, encodeLegacy, encodingOfFont, fromLegacy, restoreCapitals, type LegacyEncoding } from "../../parsers/legacy-vi.js";
import { parseDocx } from "../../parsers/docx/index.js";
import { parsePdf } from "../../parsers/pdf.js";
import { ingestBytes } from "../../src/pipeline.js";
import { squash } from "../../src/ground/text.js";
import { FIXTURES } from "../helpers/plan-factory.js";
import { makeTextPdf, type PdfRun } from "../helpers/make-pdf.js";
import { asChars, docxOf, FONT, legacyRuns, type Enc2 } from "../helpers/legacy.js";

const SEEDS = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).sort();
/** A seed plan as the legacy encodings can hold it: NFC, no stray combining mark (and for VISCII, ASCII punctuation). */
const seed = (f: string, enc: LegacyEncoding) => {
  let t = fs.readFileSync(path.join(FIXTURES, f), "utf8").normalize("NFC").replace(/[\u0300-\u036f]/g, "");
  if (enc === "viscii") t = t.replace(/[“”]/g, '"').replace(/…/g, "...").replace(/–/g, "-").replace(/\u00a0/g, " ");
  return t;
};
const seedLines = (f: string, enc: LegacyEncoding) =>
  seed(f, enc)
    .split("\n")
    .map((l) => l.trim())
    .filter(Boolean);

describe("legacy Vietnamese encodings: the tables and the detection", () => {
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

  it("TCVN3 capitals come back where the line or the word is in capitals", () => {
    expect(restoreCapitals(fromLegacy("KÕ HO¹CH", "tcvn3"))).toBe("KẾ HOẠCH");
    expect(restoreCapitals(fromLegacy("Héi LHPN tØnh, UBND vµ H§ND", "tcvn3"))).toBe("Hội LHPN tỉnh, UBND và HĐND");
    expect(restoreCapitals(fromLegacy("Hµ Néi", "tcvn3"))).toBe("Hà Nội");
  });

  it("font names say the encoding, with or without a PDF subset prefix and style", () => {
    expect(encodingOfFont(".VnTime")).toEqual({ encoding: "tcvn3", capitals: false });
    expect(encodingOfFont(".VnTimeH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(encodingOfFont("BCDEEE+VnTimeH,Bold")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(encodingOfFont(".VnArial NarrowH")).toEqual({ encoding: "tcvn3", capitals: true });
    expect(encodingOfFont("VNI-Times")).toEqual({ encoding: "vni", capitals: false });
    expect(encodingOfFont("ABCDEF+VNI-Helve-Bold")).toEqual({ encoding: "vni", capitals: false });
    for (const f of ["Times New Roman", "Vni", "Vnexpress", "Arial", "", undefined]) expect(encodingOfFont(f)).toBeNull();
  });
});

describe("legacy Vietnamese encodings: plain text", () => {
  for (const enc of ["tcvn3", "vni", "viscii"] as const) {
    it(`${enc}: every seed plan's bytes are told, converted and ingested as the Unicode plan is, with a warning`, async () => {
      for (const f of SEEDS) {
        const text = seed(f, enc);
        const bytes = encodeLegacy(text, enc);
        const d = decodeText(bytes, f);
        expect([f, d.legacy]).toEqual([f, enc]);
        if (enc === "tcvn3") {
          // TCVN3 writes capitals with lower-case codes in a capitals font: the bytes alone lose them,
          // the lines in capitals get them back
          expect(d.text.toLowerCase()).toBe(text.toLowerCase());
          const capsLines = text.split("\n").filter((l) => /[A-Z]{4}/.test(l) && !/\p{Ll}/u.test(l));
          for (const l of capsLines) expect(d.text.split("\n")).toContain(l);
        } else expect(d.text).toBe(text);
        const plan = await ingestBytes(bytes, f);
        expect(plan.warnings.find((w) => w.code === "input/legacy-encoding")?.message).toMatch(enc === "tcvn3" ? /TCVN3/ : enc === "vni" ? /VNI/ : /VISCII/);
        const unicode = await ingestBytes(Buffer.from(text, "utf8"), f);
        const norm = (s: string) => (enc === "tcvn3" ? s.toLowerCase() : s);
        expect(plan.targets.map((t) => norm(t.text))).toEqual(unicode.targets.map((t) => norm(t.text)));
        expect(plan.tasks.length).toBe(unicode.tasks.length);
        if (enc === "tcvn3") expect(plan.targets.length + plan.tasks.length).toBeGreaterThan(0);
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
});

describe("legacy Vietnamese encodings: DOCX runs in legacy fonts", () => {
  for (const enc of ["vni", "tcvn3"] as const) {
    it(`${enc}: a DOCX whose runs are in ${FONT[enc].normal}${enc === "tcvn3" ? " and .VnTimeH" : ""} reads as the Unicode DOCX does, with a warning`, async () => {
      for (const f of SEEDS.slice(0, 3)) {
        const lines = seedLines(f, enc);
        const legacy = docxOf(lines.map((l) => legacyRuns(l, enc).map((r) => ({ text: asChars(r, enc), font: r.font }))));
        const doc = await parseDocx(legacy, { fileName: "legacy.docx" });
        const unicodeDoc = await parseDocx(docxOf(lines.map((l) => [{ text: l }])), { fileName: "unicode.docx" });
        // the same text, capitals included, told from the fonts
        expect(doc.text).toBe(unicodeDoc.text);
        expect(doc.warnings.filter((w) => w.code === "input/legacy-encoding").map((w) => w.message)).toEqual([
          expect.stringMatching(enc === "vni" ? /VNI.*font names/ : /TCVN3.*font names/),
        ]);
        const plan = await ingestBytes(legacy, `${f}.docx`);
        const unicode = await ingestBytes(docxOf(lines.map((l) => [{ text: l }])), `${f}.docx`);
        expect(plan.targets.map((t) => t.text)).toEqual(unicode.targets.map((t) => t.text));
        expect(plan.tasks.map((t) => t.text)).toEqual(unicode.tasks.map((t) => t.text));
        expect(plan.meta.title).toEqual(unicode.meta.title);
      }
    }, 120_000);
  }

  it("a DOCX converted to Unicode whose font was left as .VnTime is read as it is, without a warning", async () => {
    const lines = seedLines(SEEDS[0]!, "tcvn3");
    const doc = await parseDocx(docxOf(lines.map((l) => [{ text: l, font: ".VnTime" }])), { fileName: "u.docx" });
    const plain = await parseDocx(docxOf(lines.map((l) => [{ text: l }])), { fileName: "u.docx" });
    expect(doc.text).toBe(plain.text);
    expect(doc.warnings.some((w) => w.code === "input/legacy-encoding")).toBe(false);
  });

  it("a DOCX whose TCVN3 text lost its fonts (set to Times New Roman) is told from its characters", async () => {
    const lines = seedLines(SEEDS[0]!, "tcvn3");
    const doc = await parseDocx(docxOf(lines.map((l) => [{ text: asChars({ text: l }, "tcvn3"), font: "Times New Roman" }])), { fileName: "t.docx" });
    const plain = await parseDocx(docxOf(lines.map((l) => [{ text: l }])), { fileName: "u.docx" });
    expect(doc.text.toLowerCase()).toBe(plain.text.toLowerCase());
    expect(doc.warnings.find((w) => w.code === "input/legacy-encoding")?.message).toMatch(/TCVN3.*characters/);
  });
});

describe("legacy Vietnamese encodings: PDF text in legacy fonts", () => {
  const pdfOf = (lines: string[], enc: Enc2, font?: string) =>
    makeTextPdf(lines.map((l) => legacyRuns(l, enc).map((r): PdfRun => ({ bytes: encodeLegacy(r.text, enc), font: font ?? r.font! }))));

  for (const enc of ["vni", "tcvn3"] as const) {
    it(`${enc}: a PDF drawn in ${FONT[enc].normal} is converted, every line of the plan found, with a warning`, async () => {
      for (const f of SEEDS.slice(0, 2)) {
        const lines = seedLines(f, enc);
        const pdf = pdfOf(lines, enc);
        const doc = await parsePdf(pdf, { fileName: "legacy.pdf" });
        expect(doc.warnings.filter((w) => w.code === "input/legacy-encoding").map((w) => w.message)).toEqual([
          expect.stringMatching(enc === "vni" ? /VNI.*font names/ : /TCVN3.*font names/),
        ]);
        // every line of the plan is in the text, as written (capitals and "ư" drawn as 0xAD included)
        const text = squash(doc.text.replace(/\t/g, " "));
        const missing = lines.map(squash).filter((l) => !text.includes(l));
        expect(missing).toEqual([]);
        const plan = await ingestBytes(pdf, `${f}.pdf`);
        expect(plan.targets.length + plan.tasks.length).toBeGreaterThan(0);
        const whole = squash(lines.join(" "));
        for (const t of [...plan.targets, ...plan.tasks]) expect(whole).toContain(squash(t.text));
      }
    }, 120_000);
  }

  it("a PDF with no legacy font name whose text reads as VNI is told from its characters", async () => {
    const lines = seedLines(SEEDS[0]!, "vni");
    const doc = await parsePdf(pdfOf(lines, "vni", "Times New Roman"), { fileName: "x.pdf" });
    expect(doc.warnings.find((w) => w.code === "input/legacy-encoding")?.message).toMatch(/VNI.*characters/);
    expect(squash(doc.text)).toContain(squash(lines.slice(0, 3).join(" ")).slice(0, 40));
  });
});
