// End-to-end scores on the three plans of fixtures/unseen-files3 (third blind round: DOCX
// and the PDF printed from it; unit columns, heading styles, landscape sections, a running
// header, numbering across tables), against answers written by hand before the output was
// looked at (fixtures/unseen-files3/*.gold.json). Each format is ingested into its own
// directory, since the scorer pairs every prediction with its gold by stem. The bars sit a
// little under the measured scores.
import { beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ingestBytes } from "../src/pipeline.js";

const DIR = "fixtures/unseen-files3";
const FORMATS = ["docx", "pdf"] as const;
const BARS_F1: Record<string, number> = {
  targets: 0.95, quantities: 0.95, tasks: 0.95, deadlines: 0.95, footnotes: 0.95, models: 0.95, themes: 0.95,
};
const BARS_ACCURACY: Record<string, number> = {
  meta: 0.95, "meta.bases": 0.95, "meta.recipients": 0.95, "target.parent": 0.95, "target.schedule": 0.95, "task.parent": 0.95, "task.responsible": 0.95, "task.partners": 0.95,
  "deadline.item": 0.95, "footnote.item": 0.95,
};

interface Summary {
  documents: number;
  [kind: string]: unknown;
  accuracy: Record<string, { ok: number; n: number; rate: number | null }>;
}

const summaries = new Map<string, Summary>();

beforeAll(async () => {
  for (const ext of FORMATS) {
    const out = fs.mkdtempSync(path.join(os.tmpdir(), `kehoach-unseen-files3-${ext}-`));
    for (const f of fs.readdirSync(DIR).filter((x) => x.endsWith(`.${ext}`))) {
      const plan = await ingestBytes(fs.readFileSync(path.join(DIR, f)), f);
      fs.writeFileSync(path.join(out, `${f}.json`), JSON.stringify(plan));
    }
    const json = execFileSync(process.execPath, ["fixtures/tools/score.mjs", "--gold", DIR, "--pred", out, "--json"], { encoding: "utf8" });
    summaries.set(ext, JSON.parse(json).summary as Summary);
  }
}, 120_000);

for (const ext of FORMATS) {
  describe(`scores on the unseen-layout plans, round 3 › ${ext}`, () => {
    it("scores every plan", () => expect(summaries.get(ext)!.documents).toBe(3));
    for (const [kind, bar] of Object.entries(BARS_F1)) {
      it(`${kind} F1 ≥ ${bar}`, () => expect((summaries.get(ext)![kind] as { f: number }).f).toBeGreaterThanOrEqual(bar));
    }
    for (const [kind, bar] of Object.entries(BARS_ACCURACY)) {
      it(`${kind} accuracy ≥ ${bar}`, () => expect(summaries.get(ext)!.accuracy[kind]?.rate ?? 0).toBeGreaterThanOrEqual(bar));
    }
  });
}
