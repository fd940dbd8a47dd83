// parsers/pdf/text-runs.ts reads a page's text from its operator list so that pdfjs interprets each
// page once: its runs must be getTextContent's, run for run (same strings, fonts, line ends), at the
// same places (within the operator list's 32-bit rounding of a text matrix), on every fixture PDF.
import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import "pdfjs-dist/legacy/build/pdf.worker.mjs";
import { textRunsOf, type RunFont } from "../../parsers/pdf/text-runs.js";
import { loadPdf } from "../../parsers/pdf/load.js";

function pdfsUnder(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    return e.isDirectory() ? pdfsUnder(p) : e.name.endsWith(".pdf") ? [p] : [];
  });
}
const PDFS = pdfsUnder("fixtures");

describe("text runs from the operator list", () => {
  it.each(PDFS)("%s: the runs getTextContent gives", async (file) => {
    const doc = await pdfjs.getDocument({ data: new Uint8Array(fs.readFileSync(file)), isEvalSupported: false, disableFontFace: true, useSystemFonts: false, verbosity: 0 }).promise;
    try {
      for (let p = 1; p <= doc.numPages; p++) {
        const page = await doc.getPage(p);
        const want = (await page.getTextContent()).items.flatMap((it) => ("str" in it ? [it] : []));
        const ops = await page.getOperatorList();
        const got = textRunsOf(ops, pdfjs.OPS, (id) => page.commonObjs.get(id) as RunFont, page.view);
        expect(got.map((r) => [r.str, r.fontName, r.hasEOL])).toEqual(want.map((r) => [r.str, r.fontName, r.hasEOL]));
        got.forEach((r, i) => {
          expect(Math.abs(r.width - want[i].width)).toBeLessThan(1e-3);
          r.transform.forEach((v, k) => expect(Math.abs(v - want[i].transform[k])).toBeLessThan(1e-3));
        });
        expect(got.length).toBeGreaterThan(0);
      }
    } finally {
      await doc.destroy();
    }
  });

  it("a page whose content pdfjs cannot read is still refused (getTextContent is asked when the operator list is empty)", async () => {
    const { lateXrefPdf } = await import("../helpers/hostile.js");
    await expect(loadPdf(new Uint8Array(lateXrefPdf("offset")), "late.pdf")).rejects.toThrow(/XRef entry/);
  });
});
