// The parsers on documents made unlike the fixtures (fixtures/blind-layouts1/README.md):
// other fonts, sizes, margins, Word numbering formats, hanging indents, Symbol
// bullets, a borderless table, footnotes without a separator line, page numbers
// "Trang N", "- N -", "Trang N/M". Each file is checked against its intended text.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { parseBytes } from "../parsers/index.js";
import type { Block, DocModel } from "../src/ground/model.js";

const DIR = "fixtures/blind-layouts1";

/** Words of a text; "[^N]" refs vanish, "[^N]:" before a footnote's text is a word break. */
const words = (s: string): string[] =>
  s
    .normalize("NFC")
    .replace(/^\[\^\d+\]:/gm, " ")
    .replace(/\[\^\d+\]/g, "")
    .split(/[\s\u00a0]+/)
    .filter(Boolean);

/** Length of the longest common subsequence: how many intended words come out in order. */
function inOrder(want: string[], got: string[]): number {
  let prev = new Uint16Array(got.length + 1);
  for (let i = 1; i <= want.length; i++) {
    const cur = new Uint16Array(got.length + 1);
    for (let j = 1; j <= got.length; j++)
      cur[j] = want[i - 1] === got[j - 1] ? prev[j - 1] + 1 : Math.max(prev[j], cur[j - 1]);
    prev = cur;
  }
  return prev[got.length];
}

async function parse(file: string): Promise<DocModel> {
  return parseBytes(new Uint8Array(fs.readFileSync(path.join(DIR, file))), { fileName: file });
}

interface Expect {
  footnotes: number;
  tableCols: number;
  tableRows: number; // body rows, header row excluded
  /** labels of Word numbering (DOCX listItem blocks), in order */
  labels: string[];
  /** typed labels that start PDF paragraphs, in order (a subsequence of all paragraph starts) */
  pdfLabels: string[];
  closingRight: string[];
  headerLeft: string; // a line of the issuer's column
}

const CASES: Record<string, Expect> = {
  u1_hnd_laocai: {
    footnotes: 2,
    tableCols: 5,
    tableRows: 4,
    labels: ["I.", "1.", "2.", "•", "•", "II.", "a)", "b)", "c)", "III.", "1.", "2.", "3.", "IV.", "1.", "2."],
    pdfLabels: ["I.", "1.", "2.", "•", "•", "II.", "a)", "b)", "c)", "III.", "1.", "2.", "3.", "IV.", "1.", "2."],
    closingRight: ["TM. BAN THƯỜNG VỤ", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Nguyễn Thị Hồng Vân"],
    headerLeft: "HỘI NÔNG DÂN VIỆT NAM",
  },
  u2_tinhdoan_dongthap: {
    footnotes: 3,
    tableCols: 4,
    tableRows: 4,
    // Word's en-dash bullet is given as "-" by the DOCX parser (the rules' dash)
    labels: ["(1)", "(2)", "(3)", "1)", "-", "-", "2)", "-", "-", "3)"],
    pdfLabels: ["I.", "(1)", "(2)", "(3)", "III.", "1)", "–", "–", "2)", "–", "–", "3)", "IV."],
    closingRight: ["TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "PHÓ BÍ THƯ", "Trần Minh Khoa"],
    headerLeft: "TỈNH ĐOÀN ĐỒNG THÁP",
  },
  u3_hccb_quangngai: {
    footnotes: 2,
    tableCols: 4,
    tableRows: 4,
    labels: ["1.", "1.1.", "1.2.", "2.", "2.1.", "2.2.", "3.", "•", "•", "•", "4.", "5."],
    pdfLabels: ["1.", "1.1.", "1.2.", "2.", "2.1.", "2.2.", "3.", "•", "•", "•", "4.", "5."],
    closingRight: ["KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Lê Văn Tám"],
    headerLeft: "HỘI CCB VIỆT NAM",
  },
};

const zoneText = (doc: DocModel, zone: Block["zone"]) => doc.blocks.filter((b) => b.zone === zone).map((b) => b.text);
const PAGE_NUMBER_RE = /^(?:Trang\s+\d+(?:\s*\/\s*\d+)?|[-–]\s*\d+\s*[-–]|\d+)$/;

for (const [stem, want] of Object.entries(CASES)) {
  const intended = fs.readFileSync(path.join(DIR, `${stem}.txt`), "utf8");
  for (const ext of ["docx", "pdf"] as const) {
    describe(`${stem}.${ext}`, () => {
      const doc = parse(`${stem}.${ext}`);

      it("gives at least 99 % of the intended words in order, and few others", async () => {
        const d = await doc;
        const w = words(intended);
        const g = words(d.blocks.map((b) => b.text).join(" "));
        const n = inOrder(w, g);
        expect(n / w.length).toBeGreaterThanOrEqual(0.99);
        expect(g.length - n).toBeLessThanOrEqual(Math.ceil(0.01 * w.length));
        expect(d.text.slice(d.blocks[3].start, d.blocks[3].end)).toBe(d.blocks[3].text);
      });

      it("drops the page numbers", async () => {
        const d = await doc;
        // (a header line may be a lone year: the date wrapped in its cell)
        expect(d.blocks.filter((b) => !b.zone?.startsWith("header") && PAGE_NUMBER_RE.test(b.text.trim()))).toEqual([]);
        expect(d.text).not.toMatch(/\bTrang \d/);
      });

      it("reads the footnotes and a reference for each", async () => {
        const d = await doc;
        const notes = d.blocks.filter((b) => b.kind === "footnote");
        expect(notes.map((b) => b.marker)).toEqual(Array.from({ length: want.footnotes }, (_, i) => String(i + 1)));
        const refs = d.blocks.flatMap((b) => (b.refs ?? []).map((r) => r.marker));
        expect(refs).toEqual(notes.map((b) => b.marker));
        // each footnote's text is one intended footnote line
        for (const n of notes) expect(intended).toContain(`[^${n.marker}]: ${n.text}`);
      });

      it("reads the plan table by its columns", async () => {
        const d = await doc;
        const rows = d.blocks.filter((b) => b.kind === "tableRow");
        expect(rows.filter((r) => !r.header)).toHaveLength(want.tableRows);
        expect(rows[0].header).toBe(true);
        // a full-width row spans all columns; the others have one cell per column
        for (const r of rows) expect((r.cells ?? []).reduce((n, c) => n + (c.span ?? 1), 0)).toBe(want.tableCols);
        const lines = intended.split("\n").map((l) => l.replace(/\t+$/, ""));
        for (const r of rows) expect(lines).toContain(r.text.replace(/\t+$/, ""));
      });

      it("finds the header block and the closing block, column by column", async () => {
        const d = await doc;
        expect(zoneText(d, "header-left")[0]).toBe(want.headerLeft);
        expect(zoneText(d, "header-right").join(" ")).toMatch(/ngày \d+ tháng \d+ năm 2025/);
        expect(zoneText(d, "closing-right")).toEqual(want.closingRight);
        expect(zoneText(d, "closing-left")[0]).toBe("Nơi nhận:");
      });

      it("recovers the list labels", async () => {
        const d = await doc;
        if (ext === "docx") {
          expect(d.blocks.filter((b) => b.kind === "listItem").map((b) => b.label)).toEqual(want.labels);
        } else {
          const starts = d.blocks.filter((b) => b.kind === "paragraph" && b.zone === "body").map((b) => b.text.split(" ")[0]);
          let k = 0;
          for (const s of starts) if (k < want.pdfLabels.length && s === want.pdfLabels[k]) k++;
          expect(want.pdfLabels.slice(k)).toEqual([]);
        }
      });

      if (ext === "pdf")
        it("keeps each paragraph whole: as many body paragraphs as the intended text has", async () => {
          const d = await doc;
          const body = d.blocks.filter((b) => b.kind === "paragraph" && b.zone === "body");
          for (const b of body) expect(intended.split("\n").map((l) => l.replace(/\[\^\d+\]/g, ""))).toContain(b.text);
        });
    });
  }
}
