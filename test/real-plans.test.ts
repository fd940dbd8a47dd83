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
  // Round 4's set-aside texts: prefix K (15 state/Party-side plans) and prefix L (15 mass-organisation
  // texts), each gathered and answered blind. K's blind figure, rules of main 5daa63d through the CLI:
  // targets 0.271, quantities 0.339, tasks 1.000, deadlines 0.667, themes 1.000, meta 0.889. L's blind
  // figure, same rules: targets 0.489, quantities 0.512, tasks 0.000 (2 required tasks, both missed),
  // deadlines 0.400, themes 1.000 (none required), meta 0.798. Measured with the rules of main e564be6
  // (both batches merged, nobody having seen them; scripts/score-real.mjs): all 146 at targets 0.923,
  // quantities 0.940, tasks 0.969, deadlines 0.888, themes 0.947, meta 0.925; the set-aside 30 at
  // targets 0.440, quantities 0.500, tasks 0.667, deadlines 0.519, themes 1.000, meta 0.842. The
  // floors sit a little under those figures; the rules3a branch (session 3, part A) then measured all
  // 146 at targets 0.923, quantities 0.940, tasks 0.975 (its target/quantity/task floors raised under
  // those). Earlier rounds (now opened for tuning,
  // HOLDOUT-round1..3.txt) and their figures: README, "Real plans"; round 3 (prefix H) blind at
  // targets 0.415, quantities 0.411, tasks 0.947, deadlines 0.840.
  // With branch rules3b merged (metadata, themes, deadlines of round 3's phenomena), all 146 at
  // deadlines 0.930, themes 1.000, meta 0.950 (targets, quantities, tasks as above); the set-aside 30
  // at deadlines 0.500 (one more false positive than e564be6), themes 1.000, meta 0.842: the `all`
  // floors of those three kinds raised a little under.
  // Round 5, prefix N (session 4, 15 mass-organisation texts gathered and answered blind, names in
  // HOLDOUT.txt; the other half of round 5, prefix M, lands separately). Blind figure with the rules of
  // main b148574 (no rules4a/rules4b merged), scripts/score-real.mjs on the N texts alone: targets 0.000
  // (7 required targets, all missed), quantities 0.000 (10 required), tasks 0.643, deadlines 0.286,
  // themes 0.800, meta 0.896. With N added, all 161 measure targets 0.9152, quantities 0.9299, tasks
  // 0.9489, deadlines 0.9091, themes 0.960, meta 0.944: the `all` floors for targets, quantities, tasks,
  // deadlines and themes were lowered to sit a little under these (the new texts are harder, not a
  // regression; the tuning part 146 is unchanged at 0.923/0.940/0.975/0.930/1.000/0.950). The holdout
  // floors below are set a little under the N figures; targets and quantities measure 0 on the holdout,
  // so they get no floor until a batch or a rules change lifts them above 0 (a floor of 0 cannot fail).
  // Round 5 (session 4), prefix M: 15 state/Party-side plans gathered and answered blind (the set-aside
  // part, HOLDOUT.txt; round 4 opened, HOLDOUT-round4.txt). M's blind figure, rules of main b148574 (no
  // rules4a/rules4b merged) through the CLI: targets 0.727, quantities 0.862, tasks 0.111, deadlines 0.182,
  // themes 1.000, meta 0.727 (footnotes 1.000; models 0.000: none in the answers, some output). Measured on
  // branch gatherM at b148574 plus M (scripts/score-real.mjs): all 161 at targets 0.909, quantities 0.935,
  // tasks 0.889, deadlines 0.893, themes 1.000, meta 0.928; the set-aside 15 as the blind figure.
  // With both halves of round 5 merged (main 1cf7fa1, whose rules4a part only split files: the M figure is the
  // same there), all 176 measure targets 0.9018, quantities 0.9261, tasks 0.8711, deadlines 0.8745, themes
  // 0.960, meta 0.9246; the set-aside 30 (M and N) targets 0.6575, quantities 0.7353, tasks 0.3438, deadlines
  // 0.2222, themes 0.800, meta 0.8146. The floors sit a little under these (holdout targets and quantities get
  // a floor again: with M they measure above 0).
  // Round 5, prefix P (session 4, 15 texts from all issuers: state, Party, schools, a union, one news item;
  // gathered and answered blind, names in HOLDOUT.txt). P's blind figure, rules of main a273dfd
  // (scripts/score-real.mjs --dir on the P texts alone): targets 0.667, quantities 0.717, tasks 0.714,
  // deadlines 0.471, themes 0.000 (none required, one false positive), meta 0.860; the same at main
  // 9994e3a (rules4a merged) and at main d146751, except meta 0.870 after one P answer was aligned with
  // prefix M's issuer reading (landed first). With all three batches merged (main d146751), all 191 measure
  // targets 0.8916, quantities 0.9158, tasks 0.8606, deadlines 0.8468, themes 0.9231, meta 0.9200; the
  // set-aside 45 (M, N, P) targets 0.6609, quantities 0.7273, tasks 0.4565, deadlines 0.3429, themes
  // 0.6667, meta 0.8328. The floors sit a little under these (harder new texts; the tuning part 146 is
  // unchanged). With rules4b merged (main 5a372d4) deadlines and metadata rose: all 191 deadlines 0.9213,
  // meta 0.9469; the set-aside 45 deadlines 0.7179, meta 0.8393 (other kinds unchanged; P alone: deadlines
  // 0.941, meta 0.890); the deadline and meta floors follow a little under. With rules4a (session 4, part A:
  // round 4's ways of stating targets) all 191 measure targets 0.963, quantities 0.966, tasks 0.874
  // (the tuning part 146: 0.992, 0.994, 0.994); its three floors follow a little under.
  // With rules4b's last changes (L09-L15 opened: month lists, the front ending after the opening, bases under
  // a heading, a day's year), all 191 deadlines 0.942, meta 0.952: those two `all` floors raised a little under.
  // End of session 4 (main b40af93, both rules sessions merged, round 5 still unseen): the set-aside 45 at
  // targets 0.748 (46 of 75 found, 2 false), quantities 0.736, tasks 0.457, deadlines 0.718, themes 0.667,
  // meta 0.839: the holdout targets floor raised a little under.
  // Round 6, prefix Q (15 state/Party texts, blind; rules of main 3d90831): all 206 at .949/.947/.865/.934/.923/meta .949
  // (new texts harder: 4 `all` floors lowered a little under); set-aside Q at .743/.556/.733/.875/1.000/meta .908.
  // Round 6, prefix R (15 mass-organisation texts, blind; rules of main 3d90831): set-aside R at .500/.667/.880/.957/.667/meta .849.
  // With Q and R (main 6a0eedc merged): all 221 at .938/.942/.866/.936/.897/meta .942 (targets floor lowered);
  // set-aside 30 (Q, R) at .674/.587/.825/.909/.667/meta .878: holdout floors a little under.
  // rules5a (session 5, part A: schedules, flattened tables, event plans, rates per 100): all 221 at .965/.969/.970.
  // rules5b (session 5: round 5's letters, notices, reprints, schedules, lunar dates): all 221 deadlines .952, themes
  // .933, meta .972 (set-aside 30: .909, .667, .894): those `all` floors raised a little under.
  // Round 6, prefix S (15 texts of all issuers chosen for targets, blind; rules of main 3d90831): S at
  // .896/.821/.000/.667/themes none/meta .929. With S (main 6cadeaa, rules5a+5b): all 236 at .955/.955/.896/.947/.933/meta .971
  // (tasks floor lowered: S's tasks are missed); set-aside 45 (Q, R, S) at .768/.702/.623/.885/.667/meta .913: holdout floors a little under.
  // rules5a's last landing (with S merged): all 236 at .962/.964/.924: three floors raised a little under.
  // rules5b's last landing (bases by subject, weekday schedules, named-day ranges): all 236 deadlines .966, themes .966,
  // meta .976; set-aside 45 unchanged (.885, .667, .913): those `all` floors raised a little under.
  // Round 7, prefix U (15 mass-organisation texts, blind, HOLDOUT.txt; rules of main 35f1203): with U all 251 at
  // .961/.964/.927/.951/.903/meta .973: `all` deadlines and themes lowered a little under; holdout deadlines and themes
  // at 0 for the moment (U alone .750 and .000) until round 7's batches have landed and been measured together.
  // Round 7, prefix V (15 texts of all issuers chosen for targets, blind; rules of main 35f1203): V at .923/.945/1.000/.815/
  // themes none/meta .904. With U and V (rules still 35f1203's): all 266 at .959/.964/.929/.944/.903/meta .969 (`all` deadlines and
  // meta lowered a little under); set-aside 30 (U, V) at .920/.951/.961/.800/.000/meta .919: holdout floors a little under.
  // Round 7, prefix T (15 state/Party texts, blind; rules of main 35f1203): with U, V and T all 281 at .960/.964/.880/.900/
  // .903/meta .967 (`all` tasks and deadlines lowered a little under). T alone, blind: 1.000/1.000/.000/.779/themes none/meta .929
  // (answers checked against the blind scoring, none changed).
  // rules6a (session 6, part A: lists read by their items): all 283 at .982/.984/.922; three floors raised a little under.
  // rules6b (session 6, part B: name shapes, day lists, review years, bases under headings): all 283 deadlines .916, themes
  // .909, meta .977; with both merged all 283 at .982/.984/.922/.916/.909/meta .977: those three floors raised a little under.
  // Round 8, prefixes Z and X (17 blind texts in HOLDOUT.txt; rules of main 277494a): all 300 at .967/.968/.910/.914/.909/
  // meta .973: `all` targets, quantities and tasks lowered a little under (the new texts make them fail; the tuning part is unchanged).
  // Round 8, prefix Y (15 blind mass-organisation texts) merged in (rules of main 277494a): all 315 at .962/.960/.893/.901/
  // .914/meta .967: `all` targets, quantities, tasks, deadlines and meta lowered a little under (the new texts make them fail).
  // Round 8, prefix X's second landing (X11, blind; rules of 277494a): all 316 at .960/.958/.893/.902/.914/meta .966: `all`
  // targets lowered a little under (.9596 with X11: the new text makes it fail).
  // rules7a first landing (schedules by their entries, bases lists, sentence targets), with rules7b merged: all 316 at
  // .966/.965/.960/.971/1.000/meta .974: targets, quantities and tasks raised a little under.
  // rules7b (session 7, part B: calendars' month rows, themes without quotes, issuers of notices and legal databases), with
  // rules7a merged: all 316 deadlines .974, themes 1.000, meta .978: those three floors raised a little under.
  // rules7a's last landing, rules7b merged: all 316 at .966/.965/.962/.975/1.000/meta .978 (tasks floor .955).
  all: { targets: 0.96, quantities: 0.96, tasks: 0.955, deadlines: 0.965, themes: 0.99, meta: 0.97 },
  // Round 7 complete (T, U, V all in HOLDOUT.txt, main 12bc84d): the set-aside 45 at .926/.957/.661/.785/themes .000/meta .923;
  // holdout floors a little under (themes measure 0: no floor); all 281 at .960/.964/.880/.900/.903/meta .967 (floors hold).
  // Round 7, prefix W (2 blind news items with targets; rules of main 35f1203 and f16970d alike): W at .952/.960/tasks none/
  // deadlines none/themes .000/meta .900. Set-aside 47 (T, U, V, W; main f16970d) at .931/.958/.661/.789/themes .000/meta .929:
  // targets floor raised a little under, the others already sit a little under (themes still measure 0: no floor).
  // Session 7: round 7 opened for tuning (HOLDOUT-round7.txt); round 8 (X, Y, Z) is gathered into HOLDOUT.txt and its
  // gatherers set these floors from its blind figure (until then the set-aside part is empty and they are not checked).
  // Round 8, prefix Z landed first (7 blind news items, answers committed before running); scored blind (rules of 277494a =
  // main c1c0006): Z's 7 at .814/.787/tasks none/deadlines 1.000 (1)/themes none/meta .875; no answer fixed.
  // Prefix X (10 state/Party texts, answers written before running) landed next: tasks and deadlines floors at 0 too
  // until X is scored.
  // Prefix Y (15 mass-organisation texts, answers written before running) landed next: all holdout floors at 0 until Y is
  // scored.
  // X scored blind (rules of 277494a, /tmp worktree; main abe3d2e has the same rules): X's 10 at .862/.848/.718/.750/themes
  // none/meta .879. Set-aside 32 as it stands (X, Y, Z; main abe3d2e) at .829/.794/.659/.727/themes 1.000 (1 item)/meta .858:
  // holdout floors a little under these.
  // Y scored blind (rules of 277494a, /tmp worktree, through the CLI): Y's 15 at .757/.694/.605/.706/themes 1.000 (1 item)/
  // meta .843; no answer fixed (every miss checked against the conventions); the set-aside 32 and these floors unchanged.
  // X11 added (X's 11 blind, rules of 277494a: .832/.824/.718/.857/themes none/meta .857); set-aside 33 (X, Y, Z; rules of
  // 277494a, and of main a8fde28 alike) at .813/.783/.659/.760/themes 1.000/meta .854: holdout floors a little under these.
  holdout: { targets: 0.8, quantities: 0.77, tasks: 0.65, deadlines: 0.745, themes: 0.95, meta: 0.845 },
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
    // each round lands in batches of fresh texts (15 up to round 7; round 8's prefix Z landed 7: fewer than 15 is
    // acceptable when good texts run short), so one batch alone must pass
    if (sets.holdout.plans > 0) expect(sets.holdout.plans).toBeGreaterThanOrEqual(7);
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
