// Plans outside the seeds: made-up plans of other organisations and provinces
// (fixtures/unseen: Youth Union, Farmers' Union, Veterans, Fatherland Front, a commune's
// People's Committee, a city Women's Union; clean text, text copied out of a PDF, Markdown
// with a plan table), each with a hand-written answer. They were written before the rules
// were tuned on them, as a test of generality; this guards what was reached since.
// The bars sit a little under the measured scores (all 1.0 when this was written).
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";

const DIR = "fixtures/unseen";
const BARS_F1: Record<string, number> = {
  targets: 0.95, quantities: 0.95, tasks: 0.95, deadlines: 0.95, footnotes: 0.95, models: 0.95, themes: 0.95,
};
const BARS_ACCURACY: Record<string, number> = {
  meta: 0.95, "target.parent": 0.95, "task.parent": 0.95, "deadline.item": 0.95, "task.responsible": 0.95,
};

interface Summary {
  documents: number;
  [kind: string]: unknown;
  accuracy: Record<string, { ok: number; n: number; rate: number | null }>;
}

let summary: Summary;

beforeAll(async () => {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-unseen-"));
  for (const f of fs.readdirSync(DIR).filter((x) => /\.(txt|md)$/.test(x))) {
    const plan = await ingestBytes(fs.readFileSync(path.join(DIR, f)), f);
    fs.writeFileSync(path.join(out, `${f}.json`), JSON.stringify(plan));
  }
  const json = execFileSync(process.execPath, ["fixtures/tools/score.mjs", "--gold", DIR, "--pred", out, "--json"], { encoding: "utf8" });
  summary = JSON.parse(json).summary as Summary;
}, 60_000);

describe("scores on plans outside the seeds", () => {
  it("scores every unseen plan", () => expect(summary.documents).toBe(6));
  for (const [kind, bar] of Object.entries(BARS_F1)) {
    it(`${kind} F1 ≥ ${bar}`, () => expect((summary[kind] as { f: number }).f).toBeGreaterThanOrEqual(bar));
  }
  for (const [kind, bar] of Object.entries(BARS_ACCURACY)) {
    it(`${kind} accuracy ≥ ${bar}`, () => expect(summary.accuracy[kind].rate).toBeGreaterThanOrEqual(bar));
  }
});
