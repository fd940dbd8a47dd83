import fs from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { DocBuilder } from "../../src/ground/doc-builder.js";
import { parseTxt } from "../../parsers/txt.js";
import { findModels, modelKey } from "../../rules/model.js";
import { cpuMs } from "../helpers/cpu.js";

const FIXTURES = path.resolve(import.meta.dirname, "../../fixtures/plans");
const STEMS = ["000_ae60fdb8b20bdd06", "001_1396b3c07450a05b", "002_ed1a53c65c1a9ed0", "003_bb17a3663816f093", "004_9b4c08f78589e4eb"];

function docOf(body: string[], footnotes: Array<[string, string]> = []) {
  const b = new DocBuilder("txt");
  for (const text of body) b.add({ kind: "paragraph", text });
  for (const [marker, text] of footnotes) b.add({ kind: "footnote", text, marker });
  return b.build();
}

// the corpus of rules/model.examples.ts runs in test/rules/examples.test.ts
describe("models › keys", () => {
  it("compares names with diacritics, '+', ',' and spacing ignored", () => {
    expect(modelKey("3 có, 3 biết")).toBe(modelKey("3 co + 3 biet"));
    expect(modelKey("1+1")).toBe(modelKey("1 + 1"));
  });
});

describe("models › the five text fixtures", () => {
  for (const stem of STEMS) {
    it(`model › ${stem}: every required gold model is found with its definition, nothing else but optional ones`, () => {
      const gold = JSON.parse(fs.readFileSync(path.join(FIXTURES, `${stem}.gold.json`), "utf8")).models as Array<{ name: string; definition: string | null; footnote: string | null; optional?: boolean }>;
      const doc = parseTxt(fs.readFileSync(path.join(FIXTURES, `${stem}.txt`)), { fileName: `${stem}.txt` });
      const got = findModels(doc);
      for (const g of gold.filter((x) => !x.optional)) {
        const p = got.find((m) => modelKey(m.name) === modelKey(g.name));
        expect(p, g.name).toBeDefined();
        expect(p!.footnote).toBe(g.footnote);
        if (g.definition) expect(p!.definition?.replace(/\s+/g, " ")).toBe(g.definition.replace(/\s+/g, " "));
      }
      for (const p of got) expect(gold.some((g) => modelKey(g.name) === modelKey(p.name)), p.name).toBe(true);
    });
  }
});

describe("models › speed", () => {
  it("reads 100 kB of unclosed quotes after 'mô hình' in under 1 s", () => {
    const chunk = "mô hình “" + " ".repeat(100) + "gia đình 5 không" + " ".repeat(100) + "Mô hình: “a”; “";
    const text = chunk.repeat(Math.ceil(100_000 / chunk.length));
    const ms = cpuMs(() => {
      findModels(docOf([text], [["1", text]]));
    });
    expect(ms).toBeLessThan(1000);
  });
});
