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
  // round 2's fresh set-aside texts (prefixes F and G, 30 plans) are harder than round 1's. Measured
  // with the rules of ca7dfb8: all 101 at targets 0.907, quantities 0.913, tasks 0.847, deadlines
  // 0.833, themes 0.769, meta 0.913; the set-aside 30 at 0.593 / 0.627 / 0.286 / 0.706, meta 0.848.
  // The floors sit a little under those figures.
  all: { targets: 0.88, quantities: 0.89, tasks: 0.83, deadlines: 0.81, themes: 0.74, meta: 0.89 },
  holdout: { targets: 0.57, quantities: 0.6, tasks: 0.27, deadlines: 0.68, meta: 0.83 },
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
    // between rounds the set-aside part may be empty (round 1 opened, round 2 not yet landed);
    // round 2 lands in batches of 15 fresh texts (prefixes F and G), so one batch alone must pass
    if (sets.holdout.plans > 0) expect(sets.holdout.plans).toBeGreaterThanOrEqual(Math.floor(texts.length / 6));
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
