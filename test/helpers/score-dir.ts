// Ingests the plans of a fixture directory and scores them against the answers beside
// them (NAME.gold.json) with the scorer kept in fixtures/tools. One output directory per
// call: the scorer pairs every prediction with its answer by stem, so a run must hold
// one format of each plan.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { ingestBytes } from "../../src/pipeline.js";

export interface Summary {
  documents: number;
  [kind: string]: unknown;
  accuracy: Record<string, { ok: number; n: number; rate: number | null }>;
}

export const KINDS = ["targets", "quantities", "tasks", "deadlines", "footnotes", "models", "themes"] as const;

export async function scoreDir(dir: string, extensions: string[]): Promise<Summary> {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), `kehoach-score-${path.basename(dir)}-`));
  for (const f of fs.readdirSync(dir).filter((x) => extensions.some((e) => x.endsWith(`.${e}`)))) {
    const plan = await ingestBytes(fs.readFileSync(path.join(dir, f)), f);
    fs.writeFileSync(path.join(out, `${f}.json`), JSON.stringify(plan));
  }
  const json = execFileSync(process.execPath, ["fixtures/tools/score.mjs", "--gold", dir, "--pred", out, "--json"], { encoding: "utf8" });
  return JSON.parse(json).summary as Summary;
}

/** F1 of one kind in a summary. */
export const f1 = (s: Summary, kind: string): number => (s[kind] as { f: number }).f;
