#!/usr/bin/env node
// Scores the real-plan corpus (fixtures/real) through the built CLI, as a user runs it,
// on three sets: the whole corpus, the part the rules were tuned on, and the set-aside
// third (fixtures/real/HOLDOUT.txt) whose outputs nobody looks at while fixing.
//
//   node scripts/score-real.mjs                  all three, F1 per kind and metadata accuracy
//   node scripts/score-real.mjs --set tune --verbose      per-document detail, tuning part only
//   node scripts/score-real.mjs --json           the three summaries as JSON
//
// --verbose is refused on the held-out set: its figure is only honest while unseen.
import { execFileSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";

const root = path.dirname(path.dirname(new URL(import.meta.url).pathname));
const args = process.argv.slice(2);
const dir = args.includes("--dir") ? path.resolve(args[args.indexOf("--dir") + 1]) : path.join(root, "fixtures/real");
const opt = (n) => (args.includes(n) ? args[args.indexOf(n) + 1] : undefined);
const only = opt("--set");
const verbose = args.includes("--verbose");
const asJson = args.includes("--json");
if (verbose && only !== "tune") {
  console.error("score-real: --verbose needs --set tune (the held-out third stays unseen)");
  process.exit(2);
}

const holdout = new Set(
  fs.readFileSync(path.join(dir, "HOLDOUT.txt"), "utf8").split("\n").map((s) => s.trim()).filter((s) => s && !s.startsWith("#")),
);
const inputs = fs.readdirSync(dir).filter((f) => /\.(txt|md)$/.test(f) && !/^(SOURCES|HOLDOUT)/.test(f)).sort();
const stem = (f) => f.replace(/\.(txt|md)$/, "");

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "kehoach-real-"));
const out = path.join(tmp, "out");
try {
  execFileSync(process.execPath, [path.join(root, "dist/bin/kehoach.js"), "ingest", ...inputs.map((f) => path.join(dir, f)), "--no-db", "--out", out, "--log-level", "silent"], {
    stdio: ["ignore", "ignore", "ignore"],
  });
} catch {
  // exit 1 when some file was refused: it then scores zero, as it should
}

const sets = { all: () => true, tune: (s) => !holdout.has(s), holdout: (s) => holdout.has(s) };
const KINDS = ["targets", "quantities", "tasks", "deadlines", "footnotes", "models", "themes"];
const results = {};
for (const [name, keep] of Object.entries(sets)) {
  if (only && only !== name) continue;
  const gold = path.join(tmp, `gold-${name}`);
  fs.mkdirSync(gold);
  const stems = inputs.map(stem).filter(keep);
  for (const s of stems) fs.symlinkSync(path.join(dir, `${s}.gold.json`), path.join(gold, `${s}.gold.json`));
  const scorer = path.join(root, "fixtures/tools/score.mjs");
  if (verbose) {
    process.stdout.write(execFileSync(process.execPath, [scorer, "--gold", gold, "--pred", out, "--verbose"], { encoding: "utf8", maxBuffer: 1 << 28 }));
    continue;
  }
  const r = JSON.parse(execFileSync(process.execPath, [scorer, "--gold", gold, "--pred", out, "--json"], { encoding: "utf8", maxBuffer: 1 << 28 }));
  results[name] = { plans: stems.length, summary: r.summary };
}
fs.rmSync(tmp, { recursive: true, force: true });

if (asJson) console.log(JSON.stringify(results, null, 2));
else if (!verbose) {
  const pct = (x) => (x == null ? "—" : (100 * x).toFixed(1));
  console.log(["set", "plans", ...KINDS, "meta"].map((h, i) => (i ? h.padStart(11) : h.padEnd(8))).join(""));
  for (const [name, { plans, summary }] of Object.entries(results)) {
    const meta = summary.accuracy?.meta;
    console.log(
      [name.padEnd(8), String(plans).padStart(11), ...KINDS.map((k) => pct(summary[k]?.f).padStart(11)), pct(meta?.rate).padStart(11)].join(""),
    );
  }
}
