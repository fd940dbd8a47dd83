// kehoach show <doc> [--year Y] [--db FILE] [--json]: one document as readable terminal tables.
import type { Command } from "commander";
import { formatQuantities } from "../format.js";
import type { PlanDocument } from "../../schemas/plan.js";
import { addDbOption, openExisting, parseYear, pickDocument, terminalTable } from "./output.js";

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
  const out: string[] = [];
  const section = (title: string, n: number) => out.push("", `${title} (${n})`);
  out.push(
    `Document ${id}: ${[m.title, m.subtitle].filter(Boolean).join(" — ")}`,
    terminalTable(
      {
        columns: ["field", "value"],
        rows: [
          ["province", m.province],
          ["issuer", [m.issuer, m.body].filter(Boolean).join(" — ")],
          ["number", m.number],
          ["date", [m.place, m.issuedAt].filter(Boolean).join(", ")],
          ["year", m.year],
          ["period", m.period ? `${m.period.from}–${m.period.to}` : null],
          ["signer", m.signer ? [m.signer.onBehalfOf, m.signer.title, m.signer.name].filter(Boolean).join(" / ") : null],
          ["bases", m.bases.join("\n")],
          ["file", `${plan.source.file} (${plan.source.format}${plan.source.pages ? `, ${plan.source.pages} pages` : ""})`],
        ],
      },
      { width },
    ),
  );
  section("Themes", plan.themes.length);
  if (plan.themes.length)
    out.push(terminalTable({ columns: ["year", "theme", "from"], rows: plan.themes.map((t) => [t.year, t.text, t.source]) }, { width }));
  section("Targets", plan.targets.length);
  if (plan.targets.length)
    out.push(
      terminalTable(
        {
          columns: ["code", "parent", "target", "quantities", "schedule", "page"],
          rows: plan.targets.map((t) => [
            t.code ?? "•",
            ref(plan, t.parent),
            t.text,
            formatQuantities(t.quantities),
            t.schedule ? Object.entries(t.schedule).map(([k, v]) => `${k}: ${v}`).join("\n") : "",
            t.where.page,
          ]),
        },
        { width, maxWidths: [10, 10, undefined, 28, 14, 6] },
      ),
    );
  section("Tasks", plan.tasks.length);
  if (plan.tasks.length)
    out.push(
      terminalTable(
        {
          columns: ["code", "parent", "task", "responsible", "page"],
          rows: plan.tasks.map((t) => [t.code ?? "•", ref(plan, t.parent), t.text, [...t.responsible, ...t.partners.map((p) => `(+) ${p}`)].join("\n"), t.where.page]),
        },
        { width, maxWidths: [10, 10, undefined, 24, 6] },
      ),
    );
  section("Deadlines", plan.deadlines.length);
  if (plan.deadlines.length)
    out.push(
      terminalTable(
        { columns: ["item", "as written", "from", "to", "precision"], rows: plan.deadlines.map((d) => [ref(plan, d.item), d.raw, d.start, d.end, d.precision]) },
        { width },
      ),
    );
  section("Footnotes", plan.footnotes.length);
  if (plan.footnotes.length)
    out.push(terminalTable({ columns: ["marker", "item", "text"], rows: plan.footnotes.map((f) => [f.marker, ref(plan, f.item), f.text]) }, { width, maxWidths: [8, 12] }));
  if (plan.models.length) {
    section("Models", plan.models.length);
    out.push(terminalTable({ columns: ["model", "definition", "footnote"], rows: plan.models.map((x) => [x.name, x.definition, x.footnote]) }, { width, maxWidths: [24, undefined, 10] }));
  }
  if (plan.warnings.length) {
    section("Warnings", plan.warnings.length);
    out.push(terminalTable({ columns: ["code", "message", "page"], rows: plan.warnings.map((w) => [w.code, w.message, w.where?.page]) }, { width }));
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
      .description("show one document: themes, targets with quantities, tasks, deadlines, footnotes")
      .argument("<doc>", "document id, path as ingested (or file name), sha256 prefix, or province (several: the newest year; see --year)")
      .option("--year <year>", "with a province: the plan for this year")
      .option("--json", "print the stored JSON instead of tables"),
  ).action((doc: string, o: ShowOptions) => {
    process.stdout.write(runShow(doc, o));
  });
}
