// The highlights of a review page: every extracted value becomes a mark over its span of
// `source.text`, and the text is written out once with the marks nested in it. Marks that cross
// (rare: a model's name running past the end of its item) are cut into pieces that share one
// data-mark, so that the text of all pieces of a mark is exactly its slice of the source.
import type { PlanDocument, SpanT } from "../../schemas/plan.js";
import { esc } from "./escape.js";
import { catalogue } from "../i18n/index.js";
import type { LabelKey } from "./labels.js";

export type MarkKind = "target" | "task" | "quantity" | "deadline" | "footnote" | "fnref" | "model";

/**
 * A row of a mark's tip: a label key and a value (a value key, "k:…", is translated by the page;
 * a pair is the value in Vietnamese and in English).
 */
export type TipRow = [LabelKey, string | [string, string]];

/** A mark, or one of the document's blocks (the outermost elements of the text). */
type Piece = Omit<Mark, "kind"> & { kind: MarkKind | "blk" };

export interface Mark {
  id: string; // DOM-safe: "t3", "t3-q0", "d5", "f2", "f2-r0", "m1"
  kind: MarkKind;
  start: number;
  end: number;
  tip: TipRow[];
}

// outer marks first when two start and end together (an item before the values read in it)
const RANK: Record<MarkKind, number> = { target: 0, task: 0, footnote: 0, model: 1, deadline: 2, quantity: 3, fnref: 4 };

const COMPARATOR: Record<string, string> = { ">=": "≥", ">": ">", "=": "=", "<=": "≤", "<": "<" };
const VI = catalogue("vi");

/**
 * Where an item stands, in both languages: "tr. 2, dòng 14, cột 1" / "p. 2, line 14, column 1"; a DOCX
 * note's text: "chú thích (footnotes.xml) 3" / "note (footnotes.xml) 3", by the note's w:id.
 */
const placeOf = (w: SpanT): [string, string] => {
  const say = (page: string, line: string, column: string, paragraph: string, note: string) =>
    [
      w.page !== null ? `${page} ${w.page}` : null,
      w.line !== undefined ? `${line} ${w.line}` : null,
      w.column !== undefined ? `${column} ${w.column}` : null,
      w.paragraph !== undefined ? `${paragraph} ${w.paragraph}` : null,
      w.note ? `${note} (${w.note.part}.xml) ${w.note.id}` : null,
    ]
      .filter(Boolean)
      .join(", ");
  return [say("tr.", "dòng", "cột", "đoạn", "chú thích"), say("p.", "line", "column", "paragraph", "note")];
};

/** DOM id of an item's mark ("t3", "k12"); plan ids are letters and digits already, kept safe anyway. */
export const markId = (id: string): string => id.replace(/[^A-Za-z0-9_-]/g, "_");

export function planMarks(plan: PlanDocument): Mark[] {
  const len = plan.source.text?.length ?? 0;
  const ok = (w: SpanT | undefined | null): w is SpanT => !!w && w.start >= 0 && w.end <= len && w.start <= w.end;
  const marks: Mark[] = [];
  for (const t of plan.targets) {
    if (ok(t.where)) marks.push({ id: markId(t.id), kind: "target", start: t.where.start, end: t.where.end, tip: [["code", t.code ?? "–"], ["place", placeOf(t.where)]] });
    t.quantities.forEach((q, i) => {
      if (!ok(q.where)) return;
      marks.push({
        id: `${markId(t.id)}-q${i}`,
        kind: "quantity",
        start: q.where.start,
        end: q.where.end,
        tip: [["value", String(q.value)], ["comparator", [`${COMPARATOR[q.comparator]} (${VI.comparator[q.comparator]})`, `${COMPARATOR[q.comparator]} (${q.comparator})`]], ["unit", q.unit || "–"], ["raw", q.raw]],
      });
    });
  }
  for (const t of plan.tasks)
    if (ok(t.where)) marks.push({ id: markId(t.id), kind: "task", start: t.where.start, end: t.where.end, tip: [["code", t.code ?? "–"], ["place", placeOf(t.where)]] });
  plan.deadlines.forEach((d, i) => {
    if (!ok(d.where)) return;
    const tip: TipRow[] = [["from", d.start], ["to", d.end], ["precision", `k:${d.precision}`], ["raw", d.raw]];
    if (d.yearInferred) tip.push(["yearInferred", "k:yes"]);
    marks.push({ id: `d${i}`, kind: "deadline", start: d.where.start, end: d.where.end, tip });
  });
  plan.footnotes.forEach((f, i) => {
    if (ok(f.where)) marks.push({ id: `f${i}`, kind: "footnote", start: f.where.start, end: f.where.end, tip: [["marker", f.marker], ["place", placeOf(f.where)]] });
    (f.refs ?? []).forEach((r, k) => {
      if (ok(r)) marks.push({ id: `f${i}-r${k}`, kind: "fnref", start: r.start, end: r.start, tip: [["marker", f.marker], ["footnote", f.text.slice(0, 200)]] });
    });
  });
  plan.models.forEach((m, i) => {
    if (!ok(m.where)) return;
    const tip: TipRow[] = [["model", m.name]];
    if (m.definition) tip.push(["definition", m.definition.slice(0, 300)]);
    marks.push({ id: `m${i}`, kind: "model", start: m.where.start, end: m.where.end, tip });
  });
  return marks;
}

/** Marker of a footnote reference mark: its number is drawn by CSS from data-n, so it is no text. */
function fnrefHtml(m: Mark): string {
  const marker = String(m.tip[0]?.[1] ?? "");
  const note = m.id.replace(/-r\d+$/, "");
  return `<a class="mk fnref" data-mark="${esc(m.id)}" data-kind="fnref" data-n="${esc(marker)}" href="#${esc(note)}" aria-label="${esc(`chú thích ${marker}`)}"></a>`;
}

/**
 * The text as HTML with every mark as a <span class="mk …" data-mark="id">, nested; page
 * breaks as empty <span class="pg" data-page="N"> (the number is drawn in the margin by CSS).
 */
export function markedText(text: string, marks: Mark[], pageStarts: Array<{ page: number; start: number }> = []): string {
  // the document's blocks (joined by "\n\n", which no block holds) are the outermost elements, so
  // that the browser lays out only the blocks in view (content-visibility); a mark running over
  // two blocks is cut at the block's end
  const blocks: Piece[] = [];
  for (let at = 0; at <= text.length; ) {
    const next = text.indexOf("\n\n", at);
    const end = next < 0 ? text.length : next;
    if (end > at) blocks.push({ id: "", kind: "blk", start: at, end, tip: [] });
    if (next < 0) break;
    at = next + 2;
  }
  const spans: Piece[] = marks.filter((m) => m.end > m.start);
  const points = marks.filter((m) => m.end === m.start);
  const order = (a: Piece, b: Piece) => a.start - b.start || b.end - a.end || RANK[a.kind as MarkKind] - RANK[b.kind as MarkKind] || (a.id < b.id ? -1 : 1);
  spans.sort(order);
  spans.unshift(...blocks); // blocks never overlap: at most one is open, always the outermost
  const rankOf = new Map(spans.map((m, i) => [m, i]));

  const bounds = new Set<number>([0, text.length]);
  for (const m of spans) bounds.add(m.start).add(m.end);
  for (const m of points) bounds.add(m.start);
  for (const p of pageStarts) if (p.start <= text.length) bounds.add(p.start);
  const cuts = [...bounds].sort((a, b) => a - b);

  const pointsAt = new Map<number, Mark[]>();
  for (const m of points) (pointsAt.get(m.start) ?? pointsAt.set(m.start, []).get(m.start)!).push(m);
  const pagesAt = new Map<number, number[]>();
  for (const p of pageStarts) (pagesAt.get(p.start) ?? pagesAt.set(p.start, []).get(p.start)!).push(p.page);

  // marks active on each segment, kept in the global order (outer first)
  const startsAt = new Map<number, Piece[]>();
  for (const m of spans) (startsAt.get(m.start) ?? startsAt.set(m.start, []).get(m.start)!).push(m);
  let active: Piece[] = [];
  const opened = new Set<Piece>();
  const stack: Piece[] = [];
  const out: string[] = [];
  const open = (m: Piece) => {
    if (m.kind === "blk") {
      out.push('<span class="blk">');
      stack.push(m);
      return;
    }
    const first = !opened.has(m);
    opened.add(m);
    const id = first && (m.kind === "target" || m.kind === "task" || m.kind === "footnote") ? ` id="${esc(m.id)}"` : "";
    out.push(`<span class="mk ${m.kind}${first ? "" : " cont"}"${id} data-mark="${esc(m.id)}">`);
    stack.push(m);
  };
  for (let c = 0; c < cuts.length; c++) {
    const at = cuts[c];
    active = active.filter((m) => m.end > at);
    for (const m of startsAt.get(at) ?? []) active.push(m);
    active.sort((a, b) => rankOf.get(a)! - rankOf.get(b)!);
    // a reference mark belongs to the word before it: written inside the marks (and the block)
    // that end at that word, before they are closed and before the marks that open here
    for (const m of pointsAt.get(at) ?? []) out.push(fnrefHtml(m));
    // close what is not active, or what sits above a mark that is closed (it is reopened)
    let keep = 0;
    while (keep < stack.length && keep < active.length && stack[keep] === active[keep]) keep++;
    while (stack.length > keep) {
      stack.pop();
      out.push("</span>");
    }
    for (let k = keep; k < active.length; k++) {
      open(active[k]);
      // a page's number stands at the start of its first block
      if (k === 0) for (const p of pagesAt.get(at) ?? []) out.push(`<span class="pg" data-page="${p}" aria-hidden="true"></span>`);
    }
    if (keep > 0 || active.length === 0) for (const p of pagesAt.get(at) ?? []) out.push(`<span class="pg" data-page="${p}" aria-hidden="true"></span>`);
    const next = cuts[c + 1];
    if (next !== undefined) out.push(esc(text.slice(at, next)));
  }
  while (stack.pop()) out.push("</span>");
  return out.join("");
}
