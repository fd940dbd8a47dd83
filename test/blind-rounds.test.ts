// Plans outside the seeds, each with an answer written by hand before kehoach's output on it
// was looked at. Each round was scored blind first (figures in the README and the commit
// history), then the failures were fixed with general rules; these tests guard what was
// reached since. The bars sit a little under the measured scores (1.0 nearly everywhere).
//
//   fixtures/blind-text1        Youth Union, Farmers' Union, Veterans, Fatherland Front, a commune
//                          People's Committee, a city Women's Union: clean text, PDF-copied
//                          text, Markdown with a plan table
//   fixtures/blind-text2       a Sở under its UBND, Red Cross and Youth Union plans copied out of
//                          a PDF ("1/", "I/", "•"), a Labour Federation plan in Markdown with a
//                          "TIẾN ĐỘ THỰC HIỆN" table, a district campaign, a party board's plan
//   fixtures/blind-text3       ten plans: "- Phấn đấu …" bullets under "Chỉ tiêu cụ thể", an informal
//                          ward plan, `pdftotext -layout` copies (form feeds, footnotes, a
//                          space-aligned target table), ĐVT and plan-year columns, Word pastes
//                          with 1.1.1 and "Phụ lục", a plan typed without diacritics
//   fixtures/blind-layouts1  DOCX + PDF + intended text: other fonts, Word numbering formats,
//                          hanging indents, borderless tables, footnotes without a separator
//   fixtures/blind-layouts2 DOCX + PDF: unit columns, heading styles, landscape sections,
//                          running headers, numbering continuing across tables
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { KINDS, f1, scoreDir, type Summary } from "./helpers/score-dir.js";

interface Round {
  dir: string;
  runs: string[][]; // each run: the extensions ingested together (one format of each plan)
  documents: number;
  accuracy: string[];
  /** scored kinds whose bar is lower, with the reason */
  lower?: Record<string, [number, string]>;
}

const COMMON = ["meta", "target.parent", "task.parent", "deadline.item"];
const ROUNDS: Round[] = [
  { dir: "fixtures/blind-text1", runs: [["txt", "md"]], documents: 6, accuracy: [...COMMON, "task.responsible"] },
  { dir: "fixtures/blind-text2", runs: [["txt", "md"]], documents: 6, accuracy: [...COMMON, "meta.bases", "meta.recipients", "footnote.item", "model.definition", "task.responsible"] },
  { dir: "fixtures/blind-text3", runs: [["txt", "md"]], documents: 10, accuracy: [...COMMON, "meta.bases", "meta.recipients", "footnote.item", "model.definition", "task.responsible"] },
  { dir: "fixtures/blind-text4", runs: [["txt", "md"]], documents: 4, accuracy: [...COMMON, "meta.bases", "meta.recipients", "task.responsible", "task.partners"] },
  { dir: "fixtures/blind-layouts1", runs: [["txt"], ["docx"], ["pdf"]], documents: 3, accuracy: [...COMMON, "task.responsible", "task.partners", "footnote.item"] },
  {
    dir: "fixtures/blind-layouts2", runs: [["docx"], ["pdf"]], documents: 3,
    accuracy: [...COMMON, "meta.bases", "meta.recipients", "target.schedule", "task.responsible", "task.partners", "footnote.item"],
  },
];

const summaries = new Map<string, Summary>();
// a round whose folder is missing fails (its folder test and its scores), never drops out silently
const present = ROUNDS.filter((r) => fs.existsSync(r.dir));

beforeAll(async () => {
  for (const r of present) for (const exts of r.runs) summaries.set(`${r.dir}:${exts.join("+")}`, await scoreDir(r.dir, exts));
}, 180_000);

for (const r of ROUNDS) {
  it(`${r.dir} › is there`, () => expect(fs.existsSync(r.dir), `${r.dir} is missing`).toBe(true));
  for (const exts of r.runs) {
    const key = `${r.dir}:${exts.join("+")}`;
    describe(`${r.dir} › ${exts.join(", ")}`, () => {
      it(`scores all ${r.documents} plans`, () => expect(summaries.get(key)!.documents).toBe(r.documents));
      for (const kind of KINDS) {
        const bar = r.lower?.[kind]?.[0] ?? 0.95;
        it(`${kind} F1 ≥ ${bar}`, () => expect(f1(summaries.get(key)!, kind)).toBeGreaterThanOrEqual(bar));
      }
      for (const kind of r.accuracy) {
        it(`${kind} accuracy ≥ 0.95`, () => expect(summaries.get(key)!.accuracy[kind]?.rate ?? 0).toBeGreaterThanOrEqual(0.95));
      }
    });
  }
}
