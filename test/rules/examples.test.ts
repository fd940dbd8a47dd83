// The one runner of the rules' examples (rules/examples.ts): every row of every corpus in
// rules/corpus.ts, named "<corpus> › <input>", and the vocabulary tables' rows against them.
import { describe, expect, it } from "vitest";
import { CORPUS } from "../../rules/corpus.js";
import { RULES } from "../../rules/index.js";
import type { AnyExamples } from "../../rules/examples.js";
import { headingKey, headingPattern } from "../../rules/sections.js";
import { HEADINGS } from "../../rules/vocab/headings.js";

const title = (ex: AnyExamples, input: unknown, note?: string): string =>
  (note ?? ex.name?.(input) ?? (typeof input === "string" ? input : JSON.stringify(input))).replace(/\s+/g, " ").slice(0, 100);

/** `expected` is contained in `got`: objects field by field, arrays of the same length, else equal. */
function expectContained(got: unknown, expected: unknown): void {
  if (expected !== null && typeof expected === "object") expect(got).toMatchObject(expected as object);
  else expect(got).toEqual(expected);
}

for (const ex of CORPUS) {
  describe(ex.id, () => {
    ex.rows.forEach(([input, expected, note]) => {
      it(`${ex.id} › ${title(ex, input, note)}`, () => {
        const got = ex.read(input);
        expectContained(got, expected);
        if (ex.check) expect(ex.check(input, got)).toBeNull();
      });
    });
    for (const input of ex.none ?? []) {
      it(`${ex.id} › not: ${title(ex, input)}`, () => expect(ex.read(input)).toEqual(ex.nothing));
    }
  });
}

describe("the corpus", () => {
  it("shows every rule of RULES at work", () => {
    const shown = new Set(CORPUS.map((ex) => ex.rule));
    expect(RULES.map((r) => r.id).filter((id) => !shown.has(id))).toEqual([]);
    expect([...shown].filter((id) => !RULES.some((r) => r.id === id))).toEqual([]);
  });
  it("names each corpus once and holds rows in each", () => {
    const ids = CORPUS.map((ex) => ex.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const ex of CORPUS) expect(ex.rows.length, ex.id).toBeGreaterThan(0);
  });
});

describe("vocabulary › section headings", () => {
  const sections = CORPUS.find((ex) => ex.id === "section heading")!;
  const frames = CORPUS.find((ex) => ex.id === "frame heading")!;
  for (const row of HEADINGS) {
    it(`heading row › "${row.phrase}" (${row.kind}) has an example row of its kind`, () => {
      const re = headingPattern([row]);
      const examples = row.kind === "frame"
        ? frames.rows.filter(([, want]) => want === true)
        : sections.rows.filter(([, want]) => want === row.kind);
      expect(examples.some(([text]) => re.test(headingKey(text as string)))).toBe(true);
    });
  }
});
