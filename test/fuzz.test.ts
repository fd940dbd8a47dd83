// A seeded fuzz of the fixture plans (scripts/fuzz.ts; `npm run fuzz` runs thousands):
// mutated TXT, Markdown, DOCX and PDF files are read into valid JSON with every
// `where` inside the text, or refused with a clear reason; never an internal error,
// never slow.
import { describe, expect, it } from "vitest";
import { check, mutants } from "../scripts/fuzz.js";

describe("fuzz", () => {
  for (const seed of [101, 202, 303, 404]) {
    it(`50 mutants, seed ${seed}: read or refused, never a crash, valid JSON, every where in the text`, async () => {
      const seen = { read: 0, refused: 0 };
      for (const m of mutants(seed, 50)) {
        const o = await check(m);
        expect(o.kind === "problem" ? `${m.name}, ${m.how}: ${o.problem}` : "ok").toBe("ok");
        if (o.kind !== "problem") seen[o.kind]++;
        // CPU on a shared machine: generous, a hang or a quadratic path is far past it
        expect(o.ms, `${m.name}, ${m.how}`).toBeLessThan(10_000);
      }
      expect(seen.read).toBeGreaterThan(0);
    }, 300_000);
  }
});
