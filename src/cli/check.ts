// kehoach check [DIR] [--update]: the regression check of the extractor.
// Re-ingests every plan file in DIR and below (default fixtures/plans; .txt .md .docx .pdf) and
// compares the result with `<file name>.expected.json` beside it (keyed by the full
// file name: 000_x.pdf.expected.json, since one stem exists in several formats).
// Prints what changed item by item, in words; exit code 1 on any change.
// --update writes the new expected files instead.
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { writeFileAtomic } from "../ground/write-atomic.js";
import { formatQuantities } from "../ground/format.js";
import { sayFailure, t, yesNo, type Messages } from "../i18n/index.js";
import type { PlanDocument } from "../../schemas/plan.js";

export interface CheckOptions {
  update?: boolean;
  /** for tests: how a file becomes a PlanDocument (default: the pipeline) */
  ingest?: (file: string) => Promise<PlanDocument>;
}

export interface FileReport {
  file: string;
  status: "same" | "changed" | "missing" | "error" | "updated" | "created";
  changes: string[];
}

export const PLAN_EXT = /\.(txt|md|docx|pdf)$/i;
export const expectedPath = (file: string) => `${file}.expected.json`;

// ---------------------------------------------------------------------------
// describing values and items

const short = (s: string, n = 70) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);
/** The words of the check in the language; set by comparePlans and renderCheck for the call. */
let m: Messages = t();
/** A value as the per-item lines show it: text in quotes, a place in words, yes/no in words. */
function show(v: unknown): string {
  const none = m.check.none;
  if (v === null || v === undefined) return none;
  if (typeof v === "boolean") return yesNo(v, m)!;
  if (typeof v === "string") return `“${short(v, 90)}”`;
  if (Array.isArray(v) && v.every((x) => typeof x === "string")) return v.length ? v.map((x) => `“${short(x, 40)}”`).join(", ") : none;
  if (typeof v === "object" && v && "start" in v && "end" in v) {
    const w = v as { page: number | null; start: number; end: number };
    return m.check.place(w.page, w.start, w.end);
  }
  if (typeof v === "object" && v) {
    return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${k}: ${typeof x === "string" ? x : JSON.stringify(x)}`).join(", ") || none;
  }
  return String(v);
}
const kindWord = (k: keyof Messages["check"]["kinds"]) => m.check.kinds[k];
const fieldWord = (f: string) => m.check.fields[f] ?? f;
const same = (a: unknown, b: unknown) => JSON.stringify(a ?? null) === JSON.stringify(b ?? null);

type AnyItem = Record<string, unknown>;
interface Kind {
  name: string;
  list: (p: PlanDocument) => AnyItem[];
  label: (x: AnyItem, p: PlanDocument) => string;
  /** keys tried in turn to pair an expected item with an actual one */
  keys: Array<(x: AnyItem, p: PlanDocument) => string | null>;
  /** fields compared, with how to read each (ids are compared through the codes they point to) */
  fields: Record<string, (x: AnyItem, p: PlanDocument) => unknown>;
}

const codeOfId = (p: PlanDocument, id: unknown): string | null => {
  if (typeof id !== "string") return null;
  const it = p.targets.find((t) => t.id === id) ?? p.tasks.find((t) => t.id === id);
  return it ? (it.code ?? short(it.text, 40)) : id;
};
const itemLabel = (kind: "target" | "task") => (x: AnyItem) => `${kindWord(kind)} ${x.code ?? "•"} ${show(short(String(x.text), 60))}`;
const itemFields = (extra: Record<string, (x: AnyItem, p: PlanDocument) => unknown>) => ({
  code: (x: AnyItem) => x.code,
  parent: (x: AnyItem, p: PlanDocument) => codeOfId(p, x.parent),
  section: (x: AnyItem) => x.section,
  text: (x: AnyItem) => x.text,
  ...extra,
  footnotes: (x: AnyItem) => x.footnotes,
  position: (x: AnyItem) => x.where,
});

const KINDS: Kind[] = [
  {
    name: "theme",
    list: (p) => p.themes as AnyItem[],
    label: (x) => `${kindWord("theme")} ${x.year ?? ""} ${show(x.text)}`,
    keys: [(x) => `${x.year}|${x.text}`, (x) => String(x.text)],
    fields: { year: (x) => x.year, text: (x) => x.text, source: (x) => x.source, position: (x) => x.where },
  },
  {
    name: "target",
    list: (p) => p.targets as AnyItem[],
    label: itemLabel("target"),
    keys: [(x) => `${x.code}|${x.text}`, (x) => String(x.text), (x) => (x.code ? `${x.code}|${x.section}` : null)],
    fields: itemFields({
      quantities: (x) => formatQuantities(x.quantities as PlanDocument["targets"][number]["quantities"]) || null,
      "quantity words": (x) => (x.quantities as Array<{ raw: string }>).map((q) => q.raw),
      schedule: (x) => x.schedule,
    }),
  },
  {
    name: "task",
    list: (p) => p.tasks as AnyItem[],
    label: itemLabel("task"),
    keys: [(x) => `${x.code}|${x.text}`, (x) => String(x.text), (x) => (x.code ? `${x.code}|${x.section}` : null)],
    fields: itemFields({ responsible: (x) => x.responsible, partners: (x) => x.partners, funding: (x) => x.funding, schedule: (x) => x.schedule ?? null }),
  },
  {
    name: "deadline",
    list: (p) => p.deadlines as AnyItem[],
    label: (x, p) => `${kindWord("deadline")} ${show(x.raw)}${x.item ? ` ${m.check.of(String(codeOfId(p, x.item)))}` : ""}`,
    keys: [(x, p) => `${codeOfId(p, x.item)}|${x.raw}|${JSON.stringify(x.where ?? null)}`, (x, p) => `${codeOfId(p, x.item)}|${x.raw}`, (x) => String(x.raw)],
    fields: { item: (x, p) => codeOfId(p, x.item), start: (x) => x.start, end: (x) => x.end, precision: (x) => x.precision, "year inferred": (x) => x.yearInferred, position: (x) => x.where },
  },
  {
    name: "footnote",
    list: (p) => p.footnotes as AnyItem[],
    label: (x) => `${kindWord("footnote")} ${x.marker} ${show(short(String(x.text), 50))}`,
    keys: [(x) => `${x.marker}|${x.text}`, (x) => String(x.marker)],
    fields: { text: (x) => x.text, item: (x, p) => codeOfId(p, x.item), position: (x) => x.where },
  },
  {
    name: "model",
    list: (p) => p.models as AnyItem[],
    label: (x) => `${kindWord("model")} ${show(x.name)}`,
    keys: [(x) => String(x.name)],
    fields: { definition: (x) => x.definition, footnote: (x) => x.footnote, position: (x) => x.where },
  },
  {
    name: "warning",
    list: (p) => p.warnings as AnyItem[],
    label: (x) => `${kindWord("warning")} ${x.code} ${show(short(String(x.message), 60))}`,
    keys: [(x) => `${x.code}|${x.message}`, (x) => String(x.code)],
    fields: { message: (x) => x.message, position: (x) => x.where },
  },
];

/** What changed from `expected` to `actual`, one line per difference, in words (of the language: `words`). */
export function comparePlans(expected: PlanDocument, actual: PlanDocument, words: Messages = t()): string[] {
  m = words;
  const out: string[] = [];
  const source = kindWord("source");
  const meta = kindWord("meta");
  for (const k of ["format", "sha256", "pages"] as const) {
    if (!same(expected.source[k], actual.source[k])) out.push(`~ ${source} ${fieldWord(k)}: ${show(expected.source[k])} → ${show(actual.source[k])}`);
  }
  for (const k of Object.keys({ ...expected.meta, ...actual.meta }) as Array<keyof PlanDocument["meta"]>) {
    if (same(expected.meta[k], actual.meta[k])) continue;
    const a = expected.meta[k];
    const b = actual.meta[k];
    if (Array.isArray(a) && Array.isArray(b)) {
      for (const x of a) if (!b.includes(x as never)) out.push(`- ${meta} ${fieldWord(k)}: ${m.check.removed(show(x))}`);
      for (const x of b) if (!a.includes(x as never)) out.push(`+ ${meta} ${fieldWord(k)}: ${m.check.added(show(x))}`);
      if (a.length === b.length && a.every((x) => b.includes(x as never))) out.push(`~ ${meta} ${fieldWord(k)}: ${m.check.orderChanged}`);
    } else out.push(`~ ${meta} ${fieldWord(k)}: ${show(a)} → ${show(b)}`);
  }
  for (const kind of KINDS) {
    const exp = kind.list(expected).map((x, i) => ({ x, i }));
    const act = kind.list(actual).map((x, i) => ({ x, i }));
    const pairs: Array<[AnyItem, AnyItem]> = [];
    for (const key of kind.keys) {
      const pool = new Map<string, Array<{ x: AnyItem; i: number }>>();
      for (const e of exp) {
        const k = key(e.x, expected);
        if (k !== null) pool.set(k, [...(pool.get(k) ?? []), e]);
      }
      for (let j = 0; j < act.length; ) {
        const k = key(act[j]!.x, actual);
        const hit = k !== null ? pool.get(k)?.shift() : undefined;
        if (hit) {
          pairs.push([hit.x, act[j]!.x]);
          exp.splice(exp.indexOf(hit), 1);
          act.splice(j, 1);
        } else j++;
      }
    }
    for (const { x } of exp) out.push(`- ${m.check.removed(kind.label(x, expected))}`);
    for (const { x } of act) out.push(`+ ${m.check.added(kind.label(x, actual))}`);
    for (const [e, a] of pairs) {
      const diffs: string[] = [];
      for (const [field, read] of Object.entries(kind.fields)) {
        const before = read(e, expected);
        const after = read(a, actual);
        if (!same(before, after)) diffs.push(`${fieldWord(field)}: ${show(before)} → ${show(after)}`);
      }
      if (diffs.length) out.push(`~ ${kind.label(e, expected)}: ${diffs.join("; ")}`);
    }
  }
  return out;
}

// ---------------------------------------------------------------------------

export async function runCheck(dir: string, o: CheckOptions = {}): Promise<FileReport[]> {
  const w = t().check;
  if (!fs.existsSync(dir) || !fs.statSync(dir).isDirectory()) throw new KehoachError("cli/usage", "not a directory", dir);
  const ingest =
    o.ingest ??
    (async (file: string) => {
      const { ingestFile } = await import("../pipeline.js");
      return ingestFile(file);
    });
  // plan files in DIR and its subdirectories (fixtures/ holds them in fixtures/plans/)
  const files: string[] = [];
  const walk = (rel: string) => {
    for (const e of fs.readdirSync(path.join(dir, rel), { withFileTypes: true })) {
      if (e.name.startsWith(".") || e.name === "node_modules") continue;
      const r = rel ? path.join(rel, e.name) : e.name;
      if (e.isDirectory()) walk(r);
      else if (e.isFile() && PLAN_EXT.test(e.name)) files.push(r);
    }
  };
  walk("");
  files.sort();
  const reports: FileReport[] = [];
  for (const name of files) {
    const file = path.join(dir, name);
    const expFile = expectedPath(file);
    let plan: PlanDocument;
    try {
      plan = await ingest(file);
    } catch (e) {
      const why = sayFailure(e);
      reports.push({ file: name, status: "error", changes: [w.cannotIngest(why)] });
      continue;
    }
    const exists = fs.existsSync(expFile);
    if (o.update) {
      const text = JSON.stringify(plan, null, 2) + "\n";
      if (exists && fs.readFileSync(expFile, "utf8") === text) {
        reports.push({ file: name, status: "same", changes: [] });
        continue;
      }
      const changes = exists ? comparePlans(JSON.parse(fs.readFileSync(expFile, "utf8")) as PlanDocument, plan) : [];
      writeFileAtomic(expFile, text);
      reports.push({ file: name, status: exists ? "updated" : "created", changes });
      continue;
    }
    if (!exists) {
      reports.push({ file: name, status: "missing", changes: [w.missing] });
      continue;
    }
    let expected: PlanDocument;
    try {
      expected = JSON.parse(fs.readFileSync(expFile, "utf8")) as PlanDocument;
    } catch (e) {
      reports.push({ file: name, status: "error", changes: [w.notJson(path.basename(expFile), e instanceof Error ? e.message : String(e))] });
      continue;
    }
    const changes = comparePlans(expected, plan);
    reports.push({ file: name, status: changes.length ? "changed" : "same", changes });
  }
  return reports;
}

export function renderCheck(reports: FileReport[], words: Messages = t()): string {
  const w = words.check;
  const lines: string[] = [];
  for (const r of reports) {
    const n = r.changes.length;
    const head =
      r.status === "same" ? w.ok :
      r.status === "changed" ? w.changes(n) :
      r.status === "missing" ? w.missing :
      r.status === "created" ? w.created :
      r.status === "updated" ? w.updated(n) :
      w.error;
    lines.push(`${r.file}: ${head}`);
    if (r.status !== "missing") for (const c of r.changes) lines.push(`  ${c}`);
  }
  const bad = reports.filter((r) => r.status === "changed" || r.status === "missing" || r.status === "error").length;
  if (reports.length === 0) lines.push(w.noFiles);
  else {
    if (bad) lines.push(w.differ(bad, reports.length));
    // the plain closing line CI tools read: "check: N passed, N failed" (in English)
    lines.push(w.closing(reports.length - bad, bad));
  }
  return lines.join("\n") + "\n";
}

/** Any change, missing expected output or error; and a check of nothing fails too. */
export const checkFailed = (reports: FileReport[]) =>
  reports.length === 0 || reports.some((r) => r.status === "changed" || r.status === "missing" || r.status === "error");

export function registerCheck(program: Command): void {
  program
    .command("check")
    .description(t().checkDescription)
    .argument("[dir]", t().checkDir, "fixtures/plans")
    .option("--update", t().checkUpdate)
    .action(async (dir: string, o: { update?: boolean }) => {
      const reports = await runCheck(dir, { update: o.update });
      process.stdout.write(renderCheck(reports));
      if (!o.update && checkFailed(reports)) process.exitCode = 1;
      if (o.update && reports.some((r) => r.status === "error")) process.exitCode = 1;
    });
}
