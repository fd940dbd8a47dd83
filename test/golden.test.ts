// Golden tests: ingest every fixture plan (text, DOCX, PDF), score the JSON against the
// hand-checked answers with the scorer kept in fixtures/tools, and fail below the bars
// of the core issue. Also checks that every `where` points at the item's own words.
import { beforeAll, describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { parseFile } from "../src/pipeline.js";
import { runRules } from "../rules/index.js";
import { f1, scoreDir, type Summary } from "./helpers/score-dir.js";

const DIR = "fixtures/plans";
const FORMATS = ["txt", "docx", "pdf"] as const;
const BARS_F1: Record<string, number> = { targets: 0.95, footnotes: 0.95, models: 0.95, themes: 0.95, quantities: 0.9, tasks: 0.9, deadlines: 0.9 };

const summaries: Record<string, Summary> = {};

beforeAll(async () => {
  for (const fmt of FORMATS) summaries[fmt] = await scoreDir(DIR, [fmt]);
}, 120_000);

describe.each(FORMATS)("golden scores on the %s fixtures", (fmt) => {
  for (const [kind, bar] of Object.entries(BARS_F1)) {
    it(`${kind} F1 ≥ ${bar}`, () => expect(f1(summaries[fmt], kind)).toBeGreaterThanOrEqual(bar));
  }
  it("metadata accuracy ≥ 0.9", () => expect(summaries[fmt].accuracy.meta.rate).toBeGreaterThanOrEqual(0.9));
  it("target code accuracy ≥ 0.95", () => expect(summaries[fmt].accuracy["target.code"].rate).toBeGreaterThanOrEqual(0.95));
});

describe("provenance", () => {
  const words = (s: string) => s.normalize("NFC").toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim().split(" ").filter(Boolean);
  for (const f of fs.readdirSync(DIR).filter((x) => /\.(txt|docx|pdf)$/.test(x))) {
    it(`every item's where holds its first words: ${f}`, async () => {
      const doc = await parseFile(fs.readFileSync(path.join(DIR, f)), f);
      const r = runRules(doc);
      for (const it of [...r.targets, ...r.tasks]) {
        expect(it.where.start).toBeGreaterThanOrEqual(0);
        expect(it.where.end).toBeLessThanOrEqual(doc.text.length);
        const slice = words(doc.text.slice(it.where.start, it.where.end)).join(" ");
        const head = words(it.text).slice(0, 4).join(" ");
        expect(slice).toContain(head);
        if (doc.format === "pdf") expect(it.where.page).not.toBeNull();
      }
    });
  }
});
