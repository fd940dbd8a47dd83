// Provenance a person can check (issue 11): for every item of every fixture, in every format,
// `source.text.slice(start, end)` is the item's words up to white space: a target or task from its
// label to its end, a quantity or deadline its raw words, a footnote its body, a model its name.
// Text and Markdown spans also give the line and column where those words start in the file.
import { describe, expect, it } from "vitest";
import fs from "node:fs";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";
import { decodeText } from "../parsers/decode.js";
import type { PlanDocument, SpanT } from "../schemas/plan.js";

// the regression plans, every blind round's files and the real web copies (fixtures/real)
const DIRS = ["fixtures/plans", "fixtures/real", ...fs.readdirSync("fixtures").filter((d) => d.startsWith("blind-")).map((d) => `fixtures/${d}`)];
const FILES = DIRS.flatMap((d) =>
  fs
    .readdirSync(d)
    .filter((f) => /\.(txt|md|docx|pdf)$/.test(f) && !/README|HOLDOUT|SOURCES/.test(f))
    .map((f) => path.join(d, f)),
);

const ws = (s: string) => s.replace(/\s+/gu, " ").trim();

/** Every checkable span of a plan with the words it must hold; `tail` for items (label before). */
export function provenanceChecks(plan: PlanDocument): Array<{ what: string; where: SpanT; words: string; tail?: boolean; unquote?: boolean }> {
  const out: Array<{ what: string; where: SpanT; words: string; tail?: boolean; unquote?: boolean }> = [];
  for (const t of [...plan.targets, ...plan.tasks]) out.push({ what: `item ${t.id}`, where: t.where, words: t.text, tail: true });
  for (const t of plan.targets)
    for (const q of t.quantities) if (q.where) out.push({ what: `quantity of ${t.id} "${q.raw}"`, where: q.where, words: q.raw });
  for (const d of plan.deadlines) if (d.where) out.push({ what: `deadline "${d.raw}"`, where: d.where, words: d.raw });
  for (const f of plan.footnotes) if (f.where) out.push({ what: `footnote ${f.marker}`, where: f.where, words: f.text, tail: true });
  // a model's name without the quotes it stood in ("gia đình nhà giáo “5 không, 3 sạch”")
  for (const m of plan.models) if (m.where) out.push({ what: `model "${m.name}"`, where: m.where, words: m.name, unquote: true });
  return out;
}

describe("every span holds the words it was read from", () => {
  let total = 0;
  for (const file of FILES) {
    it(file, async () => {
      const bytes = fs.readFileSync(file);
      const plan = await ingestBytes(bytes, file);
      const text = plan.source.text!;
      expect(typeof text).toBe("string");
      const checks = provenanceChecks(plan);
      // every regression and blind-round plan has items; a web copy in fixtures/real may have
      // none that kehoach reads (what it misses there is scored by test/real-plans.test.ts)
      if (!file.startsWith("fixtures/real/")) expect(checks.length).toBeGreaterThan(0);
      const bad: string[] = [];
      for (const c of checks) {
        const raw = text.slice(c.where.start, c.where.end);
        const slice = ws(c.unquote ? raw.replace(/[“”"]/gu, "") : raw);
        const want = ws(c.words);
        // an item's slice starts at its label ("2.1.", "a)", "Chỉ tiêu 3:", its row's number cell)
        const ok = c.tail ? slice.endsWith(want) && slice.length - want.length <= 24 : slice === want;
        if (!ok) bad.push(`${c.what}: got "${slice.slice(0, 80)}", want "${want.slice(0, 80)}"`);
      }
      // a footnote's reference marks: empty spans just after the word the marker was glued to
      for (const f of plan.footnotes)
        for (const r of f.refs ?? []) {
          const before = text.slice(Math.max(0, r.start - 1), r.start);
          if (r.end !== r.start || !/\S/u.test(before)) bad.push(`footnote ${f.marker} reference at ${r.start}: after "${before}"`);
          total++;
        }
      total += checks.length;
      expect(bad).toEqual([]);
    });
  }
  it("checked spans in every fixture", () => expect(total).toBeGreaterThan(1000));
});

describe("places in the original file", () => {
  for (const file of FILES.filter((f) => /\.(txt|md)$/.test(f))) {
    it(`text and Markdown spans give line and column of their first character: ${file}`, async () => {
      const bytes = fs.readFileSync(file);
      const plan = await ingestBytes(bytes, file);
      const lines = decodeText(bytes, file).text.split(/\r?\n/);
      const bad: string[] = [];
      for (const c of provenanceChecks(plan)) {
        const { line, column } = c.where;
        if (line === undefined || column === undefined) {
          bad.push(`${c.what}: no line/column`);
          continue;
        }
        const first = plan.source.text!.slice(c.where.start).trimStart().normalize("NFC")[0];
        const atFile = (lines[line - 1] ?? "").slice(column - 1).normalize("NFC")[0];
        if (first !== atFile) bad.push(`${c.what}: ${line}:${column} holds "${atFile}", want "${first}"`);
      }
      expect(bad).toEqual([]);
    });
  }

  it("PDF spans give the line on their page", async () => {
    const plan = await ingestBytes(fs.readFileSync("fixtures/plans/001_1396b3c07450a05b.pdf"), "001.pdf");
    const items = [...plan.targets, ...plan.tasks];
    expect(items.every((t) => t.where.page !== null && t.where.line !== undefined && t.where.line >= 1)).toBe(true);
    // items further down a page stand on later lines
    const onPage2 = items.filter((t) => t.where.page === 2);
    expect(onPage2.length).toBeGreaterThan(2);
    const ls = onPage2.map((t) => t.where.line!);
    expect([...ls].sort((a, b) => a - b)).toEqual(ls);
  });

  it("DOCX spans give the body paragraph", async () => {
    const plan = await ingestBytes(fs.readFileSync("fixtures/plans/001_1396b3c07450a05b.docx"), "001.docx");
    const ps = [...plan.targets, ...plan.tasks].map((t) => t.where.paragraph);
    expect(ps.every((p) => typeof p === "number")).toBe(true);
    expect(new Set(ps).size).toBe(ps.length); // one item per paragraph in this plan
  });
});
