// kill -9 during `kehoach ingest`, 20 times at random (seeded) moments of a run: the database
// always passes integrity_check and holds only whole documents; every JSON output is whole.
// The long version: `npm run kill9` (100 rounds; README, "Measured").
import fs from "node:fs";
import path from "node:path";
import { expect, it } from "vitest";
import { killIngest } from "../scripts/kill9.js";
import { FIXTURES } from "./helpers/plan-factory.js";

it("kill -9 during ingest, 20 times: integrity_check ok, no half-written plan", async () => {
  const plans = fs.readdirSync(FIXTURES).filter((f) => f.endsWith(".txt")).map((f) => path.join(FIXTURES, f));
  const r = await killIngest({ rounds: 20, bin: path.resolve("dist/bin/kehoach.js"), plans, copies: 1, seed: 8 });
  expect(r.problem).toBeNull();
  expect(r.rounds).toBe(20);
  expect(r.killed).toBeGreaterThan(10); // most kills land while the run is going
  // each plan is replaced in place, never lost or doubled
  for (const n of r.documents) expect(n).toBe(plans.length);
}, 300_000);
