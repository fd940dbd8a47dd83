// kehoach show <doc> [--year Y] [--db FILE] [--json]: one document as readable terminal tables.
import type { Command } from "commander";
import { formatQuantities } from "../ground/format.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { planWarning, t, word, type Messages } from "../i18n/index.js";
import { addDbOption, openExisting, parseYear, pickDocument, termText, type Sheet } from "./output.js";
import { terminalTable, terminalWidth, wrapText, type ColumnSpec } from "./table.js";

export interface ShowOptions {
  db: string;
  year?: string;
  json?: boolean;
  width?: number;
}

const ref = (plan: PlanDocument, id: string | null): string => {
  if (!id) return "";
  const it = plan.targets.find((t) => t.id === id) ?? plan.tasks.find((t) => t.id === id);
  return it ? (it.code ?? `${it.text.slice(0, 40)}…`) : id;
};

const FIXED: ColumnSpec = { kind: "fixed" };
const WRAP: ColumnSpec = { kind: "wrap" };
const TEXT = (max?: number): ColumnSpec => ({ kind: "text", max });
/** the code or first words of the item a row belongs to */
const REF: ColumnSpec = { kind: "text", max: 10, min: 6 };

type Words = Messages["show"];
type Table = { sheet: Sheet; columns: ColumnSpec[] };

/** The plan's title, and what it is: province, issuer, number, date, term, signer, bases, file. */
function metaTable(plan: PlanDocument, w: Words): Table {
  const m = plan.meta;
  const rows: Sheet["rows"] = [
    [w.province, m.province],
    [w.issuer, [m.issuer, m.body].filter(Boolean).join(" — ")],
    [w.number, m.number],
    [w.date, [m.place, m.issuedAt].filter(Boolean).join(", ")],
    [w.year, m.year],
    [w.period, termText(m.period?.from, m.period?.to)],
    [w.signer, m.signer ? [m.signer.onBehalfOf, m.signer.title, m.signer.name].filter(Boolean).join(" / ") : null],
    [w.bases, m.bases.join("\n")],
    [w.file, `${plan.source.file} (${plan.source.format}${plan.source.pages ? `, ${t().pages(plan.source.pages)}` : ""})`],
  ];
  return { sheet: { columns: [w.field, w.value], rows }, columns: [FIXED, WRAP] };
}

/**
 * The sections of `show` after the plan's own table, in order: each its title, its items (a
 * section shows "(0)" when it has none, unless it is `optional`: then it is left out) and their table.
 */
const SECTIONS: Array<{ title: (w: Words) => string; count: (p: PlanDocument) => number; optional?: boolean; table: (p: PlanDocument, w: Words) => Table }> = [
  {
    title: (w) => w.themes,
    count: (p) => p.themes.length,
    table: (p, w) => ({ sheet: { columns: [w.year, w.theme, w.from], rows: p.themes.map((x) => [x.year, x.text, word("source", x.source)]) }, columns: [FIXED, WRAP, TEXT(12)] }),
  },
  {
    title: (w) => w.targets,
    count: (p) => p.targets.length,
    table: (p, w) => ({
      sheet: {
        columns: [w.code, w.parent, w.target, w.quantities, w.schedule, w.page],
        rows: p.targets.map((x) => [
          x.code ?? "•",
          ref(p, x.parent),
          x.text,
          formatQuantities(x.quantities),
          x.schedule ? Object.entries(x.schedule).map(([k, v]) => `${k}: ${v}`).join("\n") : "",
          x.where.page,
        ]),
      },
      columns: [FIXED, REF, WRAP, { kind: "wrap", max: 28, min: 10 }, { kind: "fixed", drop: 1 }, FIXED],
    }),
  },
  {
    title: (w) => w.tasks,
    count: (p) => p.tasks.length,
    table: (p, w) => ({
      sheet: {
        columns: [w.code, w.parent, w.task, w.responsible, w.page],
        rows: p.tasks.map((x) => [x.code ?? "•", ref(p, x.parent), x.text, [...x.responsible, ...x.partners.map((q) => `(+) ${q}`)].join("\n"), x.where.page]),
      },
      columns: [FIXED, REF, WRAP, { kind: "text", max: 24, drop: 1 }, FIXED],
    }),
  },
  {
    title: (w) => w.deadlines,
    count: (p) => p.deadlines.length,
    table: (p, w) => ({
      sheet: { columns: [w.item, w.asWritten, w.start, w.end, w.precision], rows: p.deadlines.map((d) => [ref(p, d.item), d.raw, d.start, d.end, word("precision", d.precision)]) },
      columns: [{ kind: "text", max: 24 }, { kind: "wrap", min: 12 }, FIXED, FIXED, { kind: "text", drop: 1 }],
    }),
  },
  {
    title: (w) => w.footnotes,
    count: (p) => p.footnotes.length,
    table: (p, w) => ({ sheet: { columns: [w.marker, w.item, w.text], rows: p.footnotes.map((f) => [f.marker, ref(p, f.item), f.text]) }, columns: [FIXED, TEXT(12), WRAP] }),
  },
  {
    title: (w) => w.models,
    count: (p) => p.models.length,
    optional: true,
    table: (p, w) => ({ sheet: { columns: [w.model, w.definition, w.footnote], rows: p.models.map((x) => [x.name, x.definition, x.footnote]) }, columns: [{ kind: "wrap", max: 24 }, WRAP, FIXED] }),
  },
  {
    title: (w) => w.warnings,
    count: (p) => p.warnings.length,
    optional: true,
    table: (p, w) => ({
      sheet: { columns: [w.code, w.message, w.page], rows: p.warnings.map((x) => [x.code, planWarning(x.code, x.message), x.where?.page]) },
      columns: [{ kind: "text", max: 24 }, WRAP, FIXED],
    }),
  },
];

/** One document as terminal text: its title, its own table, then each section with its table. */
export function renderPlan(id: number, plan: PlanDocument, width?: number): string {
  const m = plan.meta;
  const w = t().show;
  const meta = metaTable(plan, w);
  const out: string[] = [
    wrapText(`${t().document(id)}: ${[m.title, m.subtitle].filter(Boolean).join(" — ")}`, width ?? terminalWidth()).join("\n"),
    terminalTable(meta.sheet, { width, columns: meta.columns }),
  ];
  for (const s of SECTIONS) {
    const n = s.count(plan);
    if (!n && s.optional) continue;
    out.push("", `${s.title(w)} (${n})`);
    if (!n) continue;
    const { sheet, columns } = s.table(plan, w);
    out.push(terminalTable(sheet, { width, columns }));
  }
  return out.join("\n") + "\n";
}

export function runShow(doc: string, o: ShowOptions): string {
  const store = openExisting(o.db);
  try {
    const { doc: d } = pickDocument(store, doc, parseYear(o.year), "showing");
    const p = store.getPlan(d.id)!;
    if (o.json) return JSON.stringify(p.plan, null, 2) + "\n";
    return renderPlan(p.id, p.plan, o.width);
  } finally {
    store.close();
  }
}

export function registerShow(program: Command): void {
  addDbOption(
    program
      .command("show")
      .description(t().showDescription)
      .argument("<doc>", t().showDoc)
      .option("--year <year>", t().showYear)
      .option("--json", t().showJson),
  ).action((doc: string, o: ShowOptions) => {
    process.stdout.write(runShow(doc, o));
  });
}
