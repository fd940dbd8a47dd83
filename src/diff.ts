// Align the targets of two plans (or two sets of plans, e.g. two provinces' plans
// for one year) by what they measure.
//
// Each target is cut into clauses (at ";" and at sentence ends), so that the
// "60% chi hội trưởng được tập huấn" clause of a three-part target can meet
// another plan's "100% Chi hội trưởng được tập huấn …" bullet. Two clauses are
// compared by:
//   - their words, diacritics and tone marks folded (src/ground/text.ts), single words
//     and pairs of adjacent words, each weighted by how rare it is in the two plans
//     (a weighted Dice coefficient);
//   - the phrases of rules/vocab/diff.ts, which make "Hội LHPN cơ sở" and "Hội LHPN
//     xã, phường, thị trấn" one concept; two clauses whose first subjects differ
//     ("chi hội trưởng" / "cán bộ Hội chuyên trách") measure different things and
//     are never paired;
//   - their units: a shared unit raises the score, units that cannot count the
//     same thing lower it.
// Pairs are taken best first, each clause at most once, above a threshold.
import { CONCEPTS, STOPWORDS, UNIT_EQUIVALENTS, type Concept } from "../rules/vocab/diff.js";
import { foldKey, foldTone, nfc } from "./ground/text.js";
import { termText } from "./ground/format.js";
import { comparisonText } from "./i18n/index.js";
import { en } from "./i18n/en.js";
import type { PlanDocument, Quantity, SpanT, Target } from "../schemas/plan.js";

export interface DiffSideInput {
  label: string;
  plans: Array<{ plan: PlanDocument; documentId?: number }>;
}

export interface Clause {
  documentId: number | null;
  file: string;
  province: string | null;
  year: number | null;
  targetId: string;
  code: string | null;
  parentCode: string | null;
  /** 1-based position of the clause in its target, and how many there are */
  part: number;
  parts: number;
  text: string;
  targetText: string;
  quantities: Quantity[];
  where: SpanT;
}

/**
 * Why two clauses were paired (or never are: different-subjects), as a stable code and its
 * particulars; people read it in their language (reasonText in src/i18n/index.ts).
 */
export type PairReason =
  | { kind: "same-subject"; subject: string }
  | { kind: "shared-phrases"; phrases: string[] }
  | { kind: "same-unit"; unit: string }
  | { kind: "compatible-units"; a: string; b: string }
  | { kind: "units-differ"; a: string[]; b: string[] }
  | { kind: "one-sided-quantity" }
  | { kind: "different-subjects"; a: string; b: string };

/** Two quantities side by side (units matching), or one with none on the other side. */
export interface ValuePair {
  a: Quantity | null;
  b: Quantity | null;
  /** how A's value stands to B's when both have one and the same comparator; "≠" for different comparators */
  relation: "=" | "<" | ">" | "≠" | null;
}

export interface DiffPair {
  a: Clause;
  b: Clause;
  score: number;
  confidence: "high" | "medium" | "low";
  /** why: the subject, shared phrases, the units */
  reasons: PairReason[];
  sharedPhrases: string[];
  subject: string | null;
  unit: { a: string; b: string; match: "same" | "compatible" } | null;
  /** the quantities side by side, those with matching units first */
  values: ValuePair[];
  /** the same as one text, stable whatever the language of the interface: "100% vs 60%" (the CLI's JSON adds `comparisonText` in the reader's language) */
  comparison: string;
}

export interface DiffResult {
  a: { label: string; documents: Array<{ id: number | null; file: string; province: string | null; year: number | null; period: { from: number; to: number } | null }> };
  b: { label: string; documents: Array<{ id: number | null; file: string; province: string | null; year: number | null; period: { from: number; to: number } | null }> };
  threshold: number;
  pairs: DiffPair[];
  onlyA: Clause[];
  onlyB: Clause[];
}

export interface DiffOptions {
  /** minimum score of a pair (0..1); default DEFAULT_THRESHOLD */
  threshold?: number;
}

export const DEFAULT_THRESHOLD = 0.3;

// ---------------------------------------------------------------------------
// weights: each number the pairing decides with, and why

/** A piece of fewer words than this is no clause of its own: it joins the clause before it. */
const MIN_CLAUSE_WORDS = 3;
/** A shared phrase of one word is shown only when it has this many letters (or is a concept). */
const MIN_SHARED_WORD_CHARS = 4;
/** Quantities in units that match on both sides: the pair gains this much (capped at 1). */
const SAME_UNIT_BONUS = 0.1;
/** Quantities on both sides whose units do not match: likely different targets, the score is halved. */
const UNIT_MISMATCH_FACTOR = 0.5;
/** A quantity on one side only: a target paired with a task, a mild penalty. */
const ONE_SIDED_QUANTITY_FACTOR = 0.85;
/** A concept (a "#" feature) weighs twice a word: it gathers the synonyms of one idea. */
const CONCEPT_WEIGHT = 2;
/** A phrase of several words weighs 1.2 times its idf: a shared phrase says more than shared words. */
const PHRASE_WEIGHT = 1.2;
/** Confidence bands of a pair's score. */
const HIGH_CONFIDENCE = 0.6;
const MEDIUM_CONFIDENCE = 0.42;

// ---------------------------------------------------------------------------
// words and concepts

/** lower case, NFC, one tone-mark style; diacritics kept */
const lowerVi = (s: string): string => foldTone(nfc(s)).toLowerCase();
const WORD_RE = /[\p{L}\p{M}\p{N}]+/gu;
const words = (s: string): string[] => lowerVi(s).match(WORD_RE) ?? [];

interface PhraseNode {
  next: Map<string, PhraseNode>;
  concept?: Concept;
}
const TRIE: PhraseNode = { next: new Map() };
for (const c of CONCEPTS) {
  for (const p of c.phrases) {
    let node = TRIE;
    for (const w of words(p)) {
      let n = node.next.get(w);
      if (!n) node.next.set(w, (n = { next: new Map() }));
      node = n;
    }
    node.concept = c;
  }
}
const STOP = new Set(STOPWORDS);

interface Token {
  /** feature key: a folded word, or "#concept" */
  key: string;
  surface: string;
  concept?: Concept;
}

/** The clause as a sequence of tokens: vocabulary phrases (longest first) become one concept token. */
export function tokenize(text: string): Token[] {
  const ws = words(text);
  const out: Token[] = [];
  for (let i = 0; i < ws.length; ) {
    let node: PhraseNode | undefined = TRIE;
    let best: { len: number; concept: Concept } | null = null;
    for (let j = i; j < ws.length && node; j++) {
      node = node.next.get(ws[j]!);
      if (node?.concept) best = { len: j - i + 1, concept: node.concept };
    }
    if (best) {
      out.push({ key: `#${best.concept.key}`, surface: ws.slice(i, i + best.len).join(" "), concept: best.concept });
      i += best.len;
      continue;
    }
    const w = ws[i]!;
    const k = foldKey(w);
    i++;
    if (/^\d+$/.test(k) || STOP.has(k)) continue;
    out.push({ key: k, surface: w });
  }
  return out;
}

interface Features {
  tokens: Token[];
  set: Set<string>;
  subject: Concept | null;
}

function features(text: string): Features {
  const tokens = tokenize(text);
  const set = new Set<string>();
  for (let i = 0; i < tokens.length; i++) {
    set.add(tokens[i]!.key);
    if (i > 0) set.add(`${tokens[i - 1]!.key} ${tokens[i]!.key}`);
  }
  const subject = tokens.find((t) => t.concept?.role === "subject")?.concept ?? null;
  return { tokens, set, subject };
}

// ---------------------------------------------------------------------------
// clauses

const CLAUSE_END = /;|\.(?=\s+[\p{Lu}\p{N}])/gu;

/** Cuts a target's text at ";" and sentence ends; quantities go to the clause their words stand in. */
export function splitTarget(t: Target): Array<{ text: string; start: number; quantities: Quantity[] }> {
  const text = t.text;
  const cuts: Array<{ start: number; end: number }> = [];
  let from = 0;
  for (const m of text.matchAll(CLAUSE_END)) {
    const at = m.index ?? 0;
    cuts.push({ start: from, end: at });
    from = at + m[0].length;
  }
  cuts.push({ start: from, end: text.length });
  // a piece of fewer than three words is not a clause of its own
  const pieces: Array<{ start: number; end: number }> = [];
  for (const c of cuts) {
    const body = text.slice(c.start, c.end).trim();
    if (!body) continue;
    if (pieces.length && words(body).length < MIN_CLAUSE_WORDS) pieces[pieces.length - 1]!.end = c.end;
    else pieces.push({ ...c });
  }
  if (pieces.length === 0) pieces.push({ start: 0, end: text.length });
  const out = pieces.map((p) => ({ text: text.slice(p.start, p.end).trim().replace(/\.$/, ""), start: p.start, end: p.end, quantities: [] as Quantity[] }));
  let cursor = 0;
  for (const qy of t.quantities) {
    let at = -1;
    if (qy.where && t.where && qy.where.start >= t.where.start && qy.where.start <= t.where.end) at = qy.where.start - t.where.start;
    if (at < 0) {
      at = text.indexOf(qy.raw, cursor);
      if (at < 0) at = text.indexOf(qy.raw);
    }
    if (at >= 0) cursor = at + qy.raw.length;
    const home = at < 0 ? out[0]! : (out.find((p) => at >= p.start && at < p.end) ?? out[out.length - 1]!);
    home.quantities.push(qy);
  }
  return out.map(({ text: s, start, quantities }) => ({ text: s, start, quantities }));
}

function clausesOf(side: DiffSideInput): Clause[] {
  const out: Clause[] = [];
  for (const { plan, documentId } of side.plans) {
    const byId = new Map(plan.targets.map((t) => [t.id, t]));
    const hasChildren = new Set(plan.targets.map((t) => t.parent).filter((p): p is string => !!p));
    for (const t of plan.targets) {
      // a heading over its bullets ("… trong đó chú trọng các chỉ tiêu năm 2024:") measures nothing itself
      if (hasChildren.has(t.id) && t.quantities.length === 0 && /:\s*$/.test(t.text)) continue;
      const parts = splitTarget(t);
      parts.forEach((p, i) => {
        out.push({
          documentId: documentId ?? null,
          file: plan.source.file,
          province: plan.meta.province,
          year: plan.meta.year,
          targetId: t.id,
          code: t.code,
          parentCode: t.parent ? (byId.get(t.parent)?.code ?? null) : null,
          part: i + 1,
          parts: parts.length,
          text: p.text,
          targetText: t.text,
          quantities: p.quantities,
          where: { page: t.where.page, start: t.where.start + p.start, end: t.where.start + p.start + p.text.length },
        });
      });
    }
  }
  return out;
}

// ---------------------------------------------------------------------------
// units

const UNIT_CLASS = new Map<string, number>();
UNIT_EQUIVALENTS.forEach((names, i) => names.forEach((n) => UNIT_CLASS.set(foldKey(n), i)));

/** "same" when equal, "compatible" when one names the other ("loại hình hoạt động" / "hoạt động") or they are listed as equivalent. */
export function unitMatch(a: string, b: string): "same" | "compatible" | null {
  const x = foldKey(a);
  const y = foldKey(b);
  if (x === y) return "same";
  if (x === "%" || y === "%") return null;
  const cx = UNIT_CLASS.get(x);
  if (cx !== undefined && cx === UNIT_CLASS.get(y)) return "compatible";
  if (x.endsWith(` ${y}`) || y.endsWith(` ${x}`) || x.startsWith(`${y} `) || y.startsWith(`${x} `)) return "compatible";
  return null;
}

// ---------------------------------------------------------------------------
// scoring

interface Scored {
  score: number;
  reasons: PairReason[];
  shared: string[];
  subject: string | null;
  unit: DiffPair["unit"];
  blocked?: PairReason;
}

function sharedPhrases(a: Features, b: Features): string[] {
  // maximal runs of A's tokens that B also has (a single plain word counts only if it is rare-ish: ≥ 4 letters)
  const out: string[] = [];
  let run: string[] = [];
  const flush = () => {
    if (run.length) out.push(run.join(" "));
    run = [];
  };
  a.tokens.forEach((t, i) => {
    const inB = b.set.has(t.key);
    const linked = i > 0 && run.length > 0 && b.set.has(`${a.tokens[i - 1]!.key} ${t.key}`);
    if (inB && (run.length === 0 || linked)) {
      if (run.length === 0) run.push(t.concept ? t.concept.label : t.surface);
      else run.push(t.concept ? t.concept.label : t.surface);
    } else {
      flush();
      if (inB) run.push(t.concept ? t.concept.label : t.surface);
    }
  });
  flush();
  return [...new Set(out)].filter((p) => p.includes(" ") || p.length >= MIN_SHARED_WORD_CHARS || CONCEPTS.some((c) => c.label === p));
}

function scorePair(a: Clause, fa: Features, b: Clause, fb: Features, weight: (f: string) => number): Scored {
  const reasons: PairReason[] = [];
  if (fa.subject && fb.subject && fa.subject.key !== fb.subject.key) {
    return { score: 0, reasons: [], shared: [], subject: null, unit: null, blocked: { kind: "different-subjects", a: fa.subject.label, b: fb.subject.label } };
  }
  let common = 0;
  let total = 0;
  for (const f of fa.set) {
    const w = weight(f);
    total += w;
    if (fb.set.has(f)) common += 2 * w; // Dice: twice the shared weight over the sum of both
  }
  for (const f of fb.set) total += weight(f);
  let score = total > 0 ? common / total : 0;
  const subject = fa.subject && fb.subject ? fa.subject.label : null;
  if (subject) reasons.push({ kind: "same-subject", subject });
  const shared = sharedPhrases(fa, fb);
  if (shared.length) reasons.push({ kind: "shared-phrases", phrases: shared });
  let unit: DiffPair["unit"] = null;
  if (a.quantities.length && b.quantities.length) {
    outer: for (const qa of a.quantities) {
      for (const qb of b.quantities) {
        const m = unitMatch(qa.unit, qb.unit);
        if (m && (!unit || (m === "same" && unit.match !== "same"))) {
          unit = { a: qa.unit, b: qb.unit, match: m };
          if (m === "same" && qa.unit !== "%") break outer;
        }
      }
    }
    if (unit) {
      score = Math.min(1, score + SAME_UNIT_BONUS);
      reasons.push(unit.match === "same" ? { kind: "same-unit", unit: unit.a } : { kind: "compatible-units", a: unit.a, b: unit.b });
    } else {
      score *= UNIT_MISMATCH_FACTOR;
      reasons.push({ kind: "units-differ", a: [...new Set(a.quantities.map((q) => q.unit))], b: [...new Set(b.quantities.map((q) => q.unit))] });
    }
  } else if (a.quantities.length || b.quantities.length) {
    score *= ONE_SIDED_QUANTITY_FACTOR;
    reasons.push({ kind: "one-sided-quantity" });
  }
  return { score, reasons, shared, subject, unit };
}

/** Side-by-side comparison of the quantities: those with matching units first. */
function compare(a: Quantity[], b: Quantity[]): ValuePair[] {
  const usedB = new Set<number>();
  const parts: ValuePair[] = [];
  for (const qa of a) {
    const j = b.findIndex((qb, k) => !usedB.has(k) && unitMatch(qa.unit, qb.unit));
    if (j >= 0) {
      usedB.add(j);
      const qb = b[j]!;
      const relation = qa.comparator === qb.comparator ? (qa.value === qb.value ? "=" : qa.value > qb.value ? ">" : "<") : "≠";
      parts.push({ a: qa, b: qb, relation });
    } else parts.push({ a: qa, b: null, relation: null });
  }
  b.forEach((qb, k) => {
    if (!usedB.has(k)) parts.push({ a: null, b: qb, relation: null });
  });
  return parts;
}

const docsOf = (side: DiffSideInput) =>
  side.plans.map(({ plan, documentId }) => ({ id: documentId ?? null, file: plan.source.file, province: plan.meta.province, year: plan.meta.year, period: plan.meta.period ?? null }));

/** The documents of a side as people read them: "#3 plan.txt (2024)", a term plan "#4 plan.pdf (2021–2026)". */
export const documentsText = (side: DiffResult["a"]): string =>
  side.documents
    .map((d) => {
      const time = d.year ?? termText(d.period?.from, d.period?.to);
      return `${d.id !== null ? `#${d.id} ` : ""}${d.file}${time ? ` (${time})` : ""}`;
    })
    .join(", ");

export function diffSides(a: DiffSideInput, b: DiffSideInput, opts: DiffOptions = {}): DiffResult {
  const threshold = opts.threshold ?? DEFAULT_THRESHOLD;
  const ca = clausesOf(a);
  const cb = clausesOf(b);
  const fa = ca.map((c) => features(c.text));
  const fb = cb.map((c) => features(c.text));
  // document frequency over both sides: common words weigh less
  const df = new Map<string, number>();
  for (const f of [...fa, ...fb]) for (const k of f.set) df.set(k, (df.get(k) ?? 0) + 1);
  const n = fa.length + fb.length;
  const weight = (k: string) => {
    const idf = Math.log(1 + n / (df.get(k) ?? 1));
    const concept = k.startsWith("#") && !k.includes(" ");
    return idf * (concept ? CONCEPT_WEIGHT : 1) * (k.includes(" ") ? PHRASE_WEIGHT : 1);
  };
  const candidates: Array<{ i: number; j: number; s: Scored }> = [];
  for (let i = 0; i < ca.length; i++) {
    for (let j = 0; j < cb.length; j++) {
      const s = scorePair(ca[i]!, fa[i]!, cb[j]!, fb[j]!, weight);
      if (!s.blocked && s.score >= threshold) candidates.push({ i, j, s });
    }
  }
  candidates.sort((x, y) => y.s.score - x.s.score || x.i - y.i || x.j - y.j);
  const usedA = new Set<number>();
  const usedB = new Set<number>();
  const pairs: DiffPair[] = [];
  for (const { i, j, s } of candidates) {
    if (usedA.has(i) || usedB.has(j)) continue;
    usedA.add(i);
    usedB.add(j);
    const A = ca[i]!;
    const B = cb[j]!;
    const values = compare(A.quantities, B.quantities);
    pairs.push({
      a: A,
      b: B,
      score: Math.round(s.score * 100) / 100,
      confidence: s.score >= HIGH_CONFIDENCE ? "high" : s.score >= MEDIUM_CONFIDENCE ? "medium" : "low",
      reasons: s.reasons,
      sharedPhrases: s.shared,
      subject: s.subject,
      unit: s.unit,
      values,
      comparison: comparisonText(values, en),
    });
  }
  // in the order of A's document
  const order = new Map(ca.map((c, i) => [c, i]));
  pairs.sort((x, y) => order.get(x.a)! - order.get(y.a)!);
  return {
    a: { label: a.label, documents: docsOf(a) },
    b: { label: b.label, documents: docsOf(b) },
    threshold,
    pairs,
    onlyA: ca.filter((_, i) => !usedA.has(i)),
    onlyB: cb.filter((_, j) => !usedB.has(j)),
  };
}

/** Two single plans. */
export function diffPlans(a: PlanDocument, b: PlanDocument, opts: DiffOptions = {}): DiffResult {
  return diffSides(
    { label: a.meta.province ?? a.source.file, plans: [{ plan: a }] },
    { label: b.meta.province ?? b.source.file, plans: [{ plan: b }] },
    opts,
  );
}

/** "2.6 (2/3)" — the code of a clause's target and which clause it is. */
export function clauseRef(c: Clause): string {
  const code = c.code ?? (c.parentCode ? `${c.parentCode} •` : "•");
  return c.parts > 1 ? `${code} (${c.part}/${c.parts})` : code;
}
