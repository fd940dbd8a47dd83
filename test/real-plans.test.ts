// Real plans (fixtures/real): texts copied from public web pages, kept as they came, each
// with an answer written by hand before kehoach ran on it. Scored through the built CLI by
// scripts/score-real.mjs on the whole corpus and on the set-aside third (HOLDOUT.txt), whose
// outputs nobody looked at while the rules were fixed. The floors sit a little under what
// was measured (README, "Real plans"), so a change that loses real plans fails here.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";

interface Kind { f: number }
interface Summary { documents: number; accuracy: Record<string, { rate: number | null }>; [kind: string]: unknown }
type Sets = Record<"all" | "holdout", { plans: number; summary: Summary }>;

const FLOORS: Record<"all" | "holdout", Record<string, number>> = {
  // round 3's set-aside texts (prefix H, 15 plans, answered blind) are again harder than the tuned
  // part. Their blind figure (rules of 8f1643c): targets 0.415, quantities 0.411, tasks 0.947,
  // deadlines 0.840, themes 0.667, meta 0.886. Measured with the rules of main 4634fb9 (round 3
  // merged, nobody having seen them): all 116 at targets 0.850, quantities 0.877, tasks 0.848,
  // deadlines 0.831, themes 0.875, meta 0.922; the set-aside 15 at 0.415 / 0.411 / 0.857 / 0.698,
  // themes 0.667, meta 0.886. The floors sit a little under the latter figures.
  // With the rules of branch rules2 merged with main's (round 2's phenomena: running-text targets,
  // flattened schedules, news-report issuers …), all 116 at targets 0.926, quantities 0.941, tasks
  // 0.944, deadlines 0.930, themes 0.941, meta 0.944: the `all` floors sit a little under those.
  // Round 4, prefix L (15 mass-organisation texts, answered blind, in HOLDOUT.txt). Blind figure (CLI,
  // rules of 5daa63d): targets 0.489, quantities 0.512, tasks 0.000 (2 required tasks, both missed),
  // deadlines 0.400, themes 1.000 (none required), meta 0.798. Measured with the rules of main c15f31b
  // (rules3a merged, nobody having seen the L texts): all 131 at targets 0.967, quantities 0.976, tasks
  // 0.934, deadlines 0.901, themes 0.941, meta 0.929; the set-aside 15 at targets 0.640, quantities
  // 0.694, tasks 0.000, deadlines 0.400, meta 0.798. The floors sit a little under the latter; the
  // set-aside tasks floor is left out while it measures 0 (a floor of 0 cannot fail): the next batch
  // that lands sets it from its figure.
  all: { targets: 0.95, quantities: 0.96, tasks: 0.92, deadlines: 0.88, themes: 0.92, meta: 0.92 },
  holdout: { targets: 0.62, quantities: 0.67, deadlines: 0.37, themes: 0.64, meta: 0.77 },
};

let sets: Sets;
beforeAll(() => {
  if (!fs.existsSync("dist/bin/kehoach.js")) throw new Error("dist/bin/kehoach.js is missing: npm test builds it first");
  sets = JSON.parse(execFileSync(process.execPath, ["scripts/score-real.mjs", "--json"], { encoding: "utf8" })) as Sets;
}, 180_000);

describe("fixtures/real", () => {
  it("holds at least 60 real plans with answers and sources, a third set aside", () => {
    const texts = fs.readdirSync("fixtures/real").filter((f) => /^[A-Z]\d\d-.*\.(txt|md)$/.test(f));
    expect(texts.length).toBeGreaterThanOrEqual(60);
    const sources = fs.readFileSync("fixtures/real/SOURCES.md", "utf8");
    for (const t of texts) {
      expect(fs.existsSync(`fixtures/real/${t.replace(/\.(txt|md)$/, "")}.gold.json`), t).toBe(true);
      expect(sources.includes(`| ${t} | http`), `${t} in SOURCES.md`).toBe(true);
    }
    // between rounds the set-aside part may be empty (a round opened, the next not yet landed);
    // each round lands in batches of 15 fresh texts (round 3: prefix H), so one batch alone must pass
    if (sets.holdout.plans > 0) expect(sets.holdout.plans).toBeGreaterThanOrEqual(15);
    expect(sets.all.plans).toBe(texts.length);
  });
  for (const set of ["all", "holdout"] as const) {
    for (const [kind, floor] of Object.entries(FLOORS[set])) {
      it(`${set}: ${kind} ≥ ${floor}`, () => {
        if (sets[set].plans === 0) return; // no set-aside texts at this moment (see HOLDOUT.txt)
        const s = sets[set].summary;
        const got = kind === "meta" ? s.accuracy.meta?.rate ?? 0 : (s[kind] as Kind).f;
        expect(got).toBeGreaterThanOrEqual(floor);
      });
    }
  }
});
