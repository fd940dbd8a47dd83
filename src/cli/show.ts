// kehoach show <doc> [--year Y] [--db FILE] [--json]: one document as readable terminal tables.
import type { Command } from "commander";
import { formatQuantities } from "../format.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { planWarning, t, word } from "../i18n/index.js";
import { addDbOption, openExisting, parseYear, pickDocument, terminalTable, terminalWidth, termText, wrapText, type ColumnSpec } from "./output.js";

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

export function renderPlan(id: number, plan: PlanDocument, width?: number): string {
  const m = plan.meta;
  const w = t().show;
  const out: string[] = [];
  const section = (title: string, n: number) => out.push("", `${title} (${n})`);
  const FIXED: ColumnSpec = { kind: "fixed" };
  const WRAP: ColumnSpec = { kind: "wrap" };
  const TEXT = (max?: number): ColumnSpec => ({ kind: "text", max });
  out.push(
    wrapText(`${t().document(id)}: ${[m.title, m.subtitle].filter(Boolean).join(" — ")}`, width ?? terminalWidth()).join("\n"),
    terminalTable(
      {
        columns: [w.field, w.value],
        rows: [
          [w.province, m.province],
          [w.issuer, [m.issuer, m.body].filter(Boolean).join(" — ")],
          [w.number, m.number],
          [w.date, [m.place, m.issuedAt].filter(Boolean).join(", ")],
          [w.year, m.year],
          [w.period, termText(m.period?.from, m.period?.to)],
          [w.signer, m.signer ? [m.signer.onBehalfOf, m.signer.title, m.signer.name].filter(Boolean).join(" / ") : null],
          [w.bases, m.bases.join("\n")],
          [w.file, `${plan.source.file} (${plan.source.format}${plan.source.pages ? `, ${t().pages(plan.source.pages)}` : ""})`],
        ],
      },
      { width, columns: [{ kind: "fixed" }, WRAP] },
    ),
  );
  section(w.themes, plan.themes.length);
  if (plan.themes.length)
    out.push(terminalTable({ columns: [w.year, w.theme, w.from], rows: plan.themes.map((x) => [x.year, x.text, word("source", x.source)]) }, { width, columns: [FIXED, WRAP, TEXT(12)] }));
  section(w.targets, plan.targets.length);
  if (plan.targets.length)
    out.push(
      terminalTable(
        {
          columns: [w.code, w.parent, w.target, w.quantities, w.schedule, w.page],
          rows: plan.targets.map((x) => [
            x.code ?? "•",
            ref(plan, x.parent),
            x.text,
            formatQuantities(x.quantities),
            x.schedule ? Object.entries(x.schedule).map(([k, v]) => `${k}: ${v}`).join("\n") : "",
            x.where.page,
          ]),
        },
        { width, columns: [FIXED, { kind: "text", max: 10, min: 6 }, WRAP, { kind: "wrap", max: 28, min: 10 }, { kind: "fixed", drop: 1 }, FIXED] },
      ),
    );
  section(w.tasks, plan.tasks.length);
  if (plan.tasks.length)
    out.push(
      terminalTable(
        {
          columns: [w.code, w.parent, w.task, w.responsible, w.page],
          rows: plan.tasks.map((x) => [x.code ?? "•", ref(plan, x.parent), x.text, [...x.responsible, ...x.partners.map((p) => `(+) ${p}`)].join("\n"), x.where.page]),
        },
        { width, columns: [FIXED, { kind: "text", max: 10, min: 6 }, WRAP, { kind: "text", max: 24, drop: 1 }, FIXED] },
      ),
    );
  section(w.deadlines, plan.deadlines.length);
  if (plan.deadlines.length)
    out.push(
      terminalTable(
        { columns: [w.item, w.asWritten, w.start, w.end, w.precision], rows: plan.deadlines.map((d) => [ref(plan, d.item), d.raw, d.start, d.end, word("precision", d.precision)]) },
        { width, columns: [{ kind: "text", max: 24 }, { kind: "wrap", min: 12 }, FIXED, FIXED, { kind: "text", drop: 1 }] },
      ),
    );
  section(w.footnotes, plan.footnotes.length);
  if (plan.footnotes.length)
    out.push(terminalTable({ columns: [w.marker, w.item, w.text], rows: plan.footnotes.map((f) => [f.marker, ref(plan, f.item), f.text]) }, { width, columns: [FIXED, TEXT(12), WRAP] }));
  if (plan.models.length) {
    section(w.models, plan.models.length);
    out.push(terminalTable({ columns: [w.model, w.definition, w.footnote], rows: plan.models.map((x) => [x.name, x.definition, x.footnote]) }, { width, columns: [{ kind: "wrap", max: 24 }, WRAP, FIXED] }));
  }
  if (plan.warnings.length) {
    section(w.warnings, plan.warnings.length);
    out.push(terminalTable({ columns: [w.code, w.message, w.page], rows: plan.warnings.map((x) => [x.code, planWarning(x.code, x.message), x.where?.page]) }, { width, columns: [{ kind: "text", max: 24 }, WRAP, FIXED] }));
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
