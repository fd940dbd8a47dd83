// `where.page` of every target and task of a PDF plan is the page its words start on,
// checked against each page's raw text as pdfjs gives it (independent of our layout code).
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import * as pdfjs from "pdfjs-dist/legacy/build/pdf.mjs";
import { ingestBytes } from "../src/pipeline.js";

const squash = (s: string) => s.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}%]+/gu, "");

async function pageTexts(bytes: Uint8Array): Promise<string[]> {
  const pdf = await pdfjs.getDocument({ data: bytes, verbosity: 0, isEvalSupported: false }).promise;
  const out: string[] = [];
  for (let p = 1; p <= pdf.numPages; p++) {
    const page = await pdf.getPage(p);
    const tc = await page.getTextContent();
    out.push(squash(tc.items.map((i) => ("str" in i ? i.str : "")).join(" ")));
  }
  await pdf.destroy();
  return out;
}

describe.each(["000_ae60fdb8b20bdd06", "001_1396b3c07450a05b", "004_9b4c08f78589e4eb"])("page numbers of %s.pdf", (stem) => {
  it("every target and task starts on the page its where.page says", async () => {
    const bytes = new Uint8Array(fs.readFileSync(`fixtures/plans/${stem}.pdf`));
    const plan = await ingestBytes(bytes.slice(), `${stem}.pdf`);
    const pages = await pageTexts(bytes.slice());
    const items = [...plan.targets, ...plan.tasks];
    expect(items.length).toBeGreaterThan(10);
    for (const it of items) {
      // the first three words: a page break can fall right after them
      const head = squash(it.text.split(/\s+/).slice(0, 3).join(" "));
      const page = it.where.page!;
      expect(page, it.text).toBeGreaterThanOrEqual(1);
      expect(pages[page - 1].includes(head), `${it.code ?? "-"} ${it.text.slice(0, 50)} on page ${page}`).toBe(true);
    }
  });
});
