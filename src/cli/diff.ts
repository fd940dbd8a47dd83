// kehoach diff <A> <B> [--year Y] [--format table|md|csv|json] [--threshold T] [--db FILE]
// A and B: a province (diacritics, case and hyphens optional: "nam-dinh", "Cao Bằng"),
// a document id, or a plan file (read on the fly, not stored).
import fs from "node:fs";
import path from "node:path";
import type { Command } from "commander";
import { KehoachError } from "../ground/errors.js";
import { formatQuantities } from "../ground/format.js";
import { clauseRef, DEFAULT_THRESHOLD, diffSides, documentsText, type Clause, type DiffPair, type DiffResult, type DiffSideInput } from "../diff.js";
import type { Store } from "../store/sqlite.js";
import { renderDiffHtml } from "../review/diff-page.js";
import { comparisonText, reasonText, t, word, type Messages } from "../i18n/index.js";
import { addDbOption, checkFormat, formatSheet, openExisting, parseYear, pickDocument, type Sheet } from "./output.js";
import { terminalTable, terminalWidth, wrapText } from "./table.js";

export interface DiffCliOptions {
  db: string;
  year?: string;
  format?: string;
  threshold?: string;
  password?: string;
  /** the width of the tables (default: the terminal's, see terminalWidth) */
  width?: number;
}

const PLAN_FILE = /\.(pdf|docx|txt|md)$/i;

async function resolveSide(ref: string, store: () => Store, year: number | undefined, password?: string): Promise<DiffSideInput> {
  if (PLAN_FILE.test(ref) && fs.existsSync(ref) && fs.statSync(ref).isFile()) {
    const { ingestFile } = await import("../pipeline.js");
    const plan = await ingestFile(ref, { password });
    return { label: plan.meta.province ? `${plan.meta.province} (${path.basename(ref)})` : path.basename(ref), plans: [{ plan }] };
  }
  const s = store();
  // one document per side, picked by the one rule (PICK_ORDER, src/store/read.ts) and said on stderr
  const { doc: d0, by } = pickDocument(s, ref, year, "comparing");
  const label = by === "province" ? (d0.province ?? ref) : `${d0.province ?? d0.sourceFile} #${d0.id}`;
  return { label, plans: [{ plan: s.getPlan(d0.id)!.plan, documentId: d0.id }] };
}

const side = (c: Clause) => ({ ref: clauseRef(c), text: c.text, quantities: formatQuantities(c.quantities) });
const reasonsOf = (p: DiffPair, m: Messages = t()) => p.reasons.map((x) => reasonText(x, m));
const confidenceOf = (p: DiffPair) => `${word("confidence", p.confidence)} (${t().decimal(p.score)})`;

/**
 * The diff as JSON: what diffSides gives, each reason with its stable code (`kind`) and its
 * particulars plus `text`, the confidence code plus `confidenceText`, and the library's
 * `comparison` ("100% vs 60%", the same in every language) plus `comparisonText` in words of
 * the language: JSON values stay stable, the words people read are translated.
 */
export function diffJson(r: DiffResult, m: Messages = t()): unknown {
  return {
    ...r,
    pairs: r.pairs.map((p) => ({
      ...p,
      confidenceText: word("confidence", p.confidence, m),
      reasons: p.reasons.map((x) => ({ ...x, text: reasonText(x, m) })),
      comparisonText: comparisonText(p.values, m),
    })),
  };
}

export function diffSheet(r: DiffResult): Sheet {
  const w = t().diff;
  const rows: Sheet["rows"] = [];
  for (const p of r.pairs) {
    const a = side(p.a);
    const b = side(p.b);
    rows.push([w.paired, a.ref, a.text, a.quantities, b.quantities, b.text, b.ref, comparisonText(p.values), p.score, word("confidence", p.confidence), reasonsOf(p).join("; ")]);
  }
  for (const c of r.onlyA) {
    const a = side(c);
    rows.push([t().onlyIn(r.a.label), a.ref, a.text, a.quantities, "", "", "", "", "", "", ""]);
  }
  for (const c of r.onlyB) {
    const b = side(c);
    rows.push([t().onlyIn(r.b.label), "", "", "", b.quantities, b.text, b.ref, "", "", "", ""]);
  }
  return {
    columns: [w.match, `${r.a.label}: ${w.code}`, `${r.a.label}: ${w.target}`, `${r.a.label}: ${w.value}`, `${r.b.label}: ${w.value}`, `${r.b.label}: ${w.target}`, `${r.b.label}: ${w.code}`, w.comparison, w.score, w.confidence, w.why],
    rows,
  };
}

export function renderDiff(r: DiffResult, format: string, width?: number): string {
  if (format === "html") return renderDiffHtml(r);
  if (format === "json") return JSON.stringify(diffJson(r), null, 2) + "\n";
  if (format === "csv") return formatSheet(diffSheet(r), "csv");
  const w = t().diff;
  const docs = documentsText;
  const head = `${r.a.label}: ${docs(r.a)}\n${r.b.label}: ${docs(r.b)}\n${t().diffHead(r.pairs.length, r.onlyA.length, r.a.label, r.onlyB.length, r.b.label, r.threshold)}\n`;
  if (format === "md") {
    const paired: Sheet = {
      columns: [`${r.a.label}`, w.value, `${r.b.label}`, w.value, w.why, w.confidence],
      rows: r.pairs.map((p) => [`${clauseRef(p.a)} ${p.a.text}`, formatQuantities(p.a.quantities), `${clauseRef(p.b)} ${p.b.text}`, formatQuantities(p.b.quantities), reasonsOf(p).join("; "), confidenceOf(p)]),
    };
    const only = (label: string, cs: Clause[]): Sheet => ({ columns: [w.code, t().onlyIn(label), w.value], rows: cs.map((c) => [clauseRef(c), c.text, formatQuantities(c.quantities)]) });
    const title = (s: string) => s.charAt(0).toLocaleUpperCase("vi") + s.slice(1);
    return [
      `# ${r.a.label} ${t().versus} ${r.b.label}`,
      "",
      head.trim().split("\n").map((l) => `- ${l}`).join("\n"),
      "",
      `## ${w.pairedTargets}`,
      "",
      formatSheet(paired, "md"),
      `## ${title(t().onlyIn(r.a.label))}`,
      "",
      formatSheet(only(r.a.label, r.onlyA), "md"),
      `## ${title(t().onlyIn(r.b.label))}`,
      "",
      formatSheet(only(r.b.label, r.onlyB), "md"),
    ].join("\n");
  }
  const tw = width ?? terminalWidth();
  const paired = terminalTable(
    {
      columns: [r.a.label, w.value, w.value, r.b.label, w.why],
      rows: r.pairs.map((p) => [
        `${clauseRef(p.a)} ${p.a.text}`,
        formatQuantities(p.a.quantities),
        formatQuantities(p.b.quantities),
        `${clauseRef(p.b)} ${p.b.text}`,
        `${confidenceOf(p)}\n${reasonsOf(p).join("\n")}`,
      ]),
    },
    { width: tw, columns: [{ kind: "wrap", min: 12 }, { kind: "wrap", max: 16, min: 8 }, { kind: "wrap", max: 16, min: 8 }, { kind: "wrap", min: 12 }, { kind: "text", max: 40, min: 10, drop: 1 }] },
  );
  const only = (label: string, cs: Clause[]) =>
    cs.length
      ? terminalTable(
          { columns: [w.code, t().onlyIn(label), w.value], rows: cs.map((c) => [clauseRef(c), c.text, formatQuantities(c.quantities)]) },
          { width: tw, columns: [{ kind: "fixed" }, { kind: "wrap", min: 12 }, { kind: "wrap", max: 22, min: 8 }] },
        )
      : t().nothingOnlyIn(label);
  const headLines = head.trimEnd().split("\n").flatMap((l) => wrapText(l, tw)).join("\n") + "\n";
  return [headLines, w.pairedTargets, paired, "", only(r.a.label, r.onlyA), "", only(r.b.label, r.onlyB), ""].join("\n");
}

export async function runDiff(a: string, b: string, o: DiffCliOptions): Promise<string> {
  const format = checkFormat(o.format ?? "table", ["table", "md", "csv", "json", "html"]);
  const year = parseYear(o.year);
  const threshold = o.threshold !== undefined ? Number(o.threshold) : DEFAULT_THRESHOLD;
  if (!(threshold >= 0 && threshold <= 1)) throw new KehoachError("cli/usage", t().badThreshold);
  let store: Store | null = null;
  const getStore = () => (store ??= openExisting(o.db));
  try {
    const A = await resolveSide(a, getStore, year, o.password);
    const B = await resolveSide(b, getStore, year, o.password);
    return renderDiff(diffSides(A, B, { threshold }), format, o.width);
  } finally {
    (store as Store | null)?.close();
  }
}

export function registerDiff(program: Command): void {
  addDbOption(
    program
      .command("diff")
      .description(t().diffDescription)
      .argument("<a>", t().diffA)
      .argument("<b>", t().diffB)
      .option("--year <year>", t().diffYear)
      .option("--format <format>", t().optFormat(["table", "md", "csv", "json", "html"]), "table")
      .option("--threshold <score>", t().diffThreshold, String(DEFAULT_THRESHOLD))
      .option("--password <password>", t().diffPassword),
  ).action(async (a: string, b: string, o: DiffCliOptions) => {
    process.stdout.write(await runDiff(a, b, o));
  });
}
