import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocBuilder } from "../../src/ground/doc-builder.js";
import { parseTxt } from "../../parsers/txt.js";
import { findThemes } from "../../rules/theme.js";
import { extractMeta } from "../../rules/meta.js";
import { cpuMs } from "../helpers/cpu.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/plans");
const STEMS = ["000_ae60fdb8b20bdd06", "001_1396b3c07450a05b", "002_ed1a53c65c1a9ed0", "003_bb17a3663816f093", "004_9b4c08f78589e4eb"];
const fold = (s: string) => s.normalize("NFC").replace(/\s+/g, " ").trim().toLowerCase();

function docOf(text: string, footnote = false) {
  const b = new DocBuilder("txt");
  b.add(footnote ? { kind: "footnote", text, marker: "1" } : { kind: "paragraph", text });
  return b.build();
}

// the corpus of rules/theme.examples.ts runs in test/rules/examples.test.ts

describe("themes › the five text fixtures", () => {
  for (const stem of STEMS) {
    it(`theme › ${stem}: every required gold theme is found, nothing else but optional ones`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${stem}.gold.json`), "utf8")).themes as Array<{ year: number | null; text: string; source: string; optional?: boolean }>;
      const doc = parseTxt(fs.readFileSync(path.join(FIXTURES, `${stem}.txt`)), { fileName: `${stem}.txt` });
      const got = findThemes(doc, extractMeta(doc).meta.year);
      const same = (g: { year: number | null; text: string; source: string }, p: { year: number | null; text: string; source: string }) =>
        g.year === p.year && g.source === p.source && fold(g.text) === fold(p.text);
      for (const g of gold.filter((x) => !x.optional)) expect(got.some((p) => same(g, p)), g.text).toBe(true);
      for (const p of got) expect(gold.some((g) => same(g, p)), p.text).toBe(true);
    });
  }
});

describe("themes › speed", () => {
  it("reads 100 kB of unclosed quotes and space runs in under 1 s", () => {
    const chunk = "chủ đề năm 2026 là “" + " ".repeat(200) + "với chủ đề: " + "Năm 2025: “" + " ".repeat(200);
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    const ms = cpuMs(() => {
      findThemes(docOf(text), 2026);
      findThemes(docOf(text, true), 2026);
    });
    expect(ms).toBeLessThan(1000);
  });
});
