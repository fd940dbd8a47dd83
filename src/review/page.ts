// The review page of one plan: the text as kehoach read it (source.text) with every extracted
// value highlighted over its span, beside the plan's structure. One self-contained HTML file:
// style and script inline, a Content-Security-Policy that allows nothing else (no network), so
// that it opens from file:// and from an e-mail attachment alike.
import { createHash } from "node:crypto";
import type { PlanDocument, SpanT, Target, Task } from "../../schemas/plan.js";
import { catalogue } from "../i18n/index.js";
import { sayable } from "../i18n/said.js";
import { formatQuantities, termText } from "../ground/format.js";
import { CSS, SCRIPT } from "./assets.js";
import { esc, jsonForScript } from "./escape.js";
import { LABELS, vi, type LabelKey } from "./labels.js";
import { markedText, markId, planMarks, type Mark, type TipRow } from "./marks.js";

const KIND_LABEL: Record<Mark["kind"], LabelKey> = {
  target: "target",
  task: "task",
  quantity: "quantity",
  deadline: "deadline",
  footnote: "footnote",
  fnref: "fnref",
  model: "model",
};

/** A label that the page's language toggle translates. */
export const l = (k: LabelKey, tag = "span"): string => `<${tag} data-l="${k}">${esc(vi(k))}</${tag}>`;

/** A text made for this page in both languages (a diff's reasons, a warning): Vietnamese, English behind the toggle. */
export const both = (viText: string, enText: string): string => (viText === enText ? esc(viText) : `<span data-en="${esc(enText)}">${esc(viText)}</span>`);

const sha = (s: string) => `'sha256-${createHash("sha256").update(s).digest("base64")}'`;

/** The page frame shared by the review and the diff pages. */
export function pageFrame(o: { title: string; header: string; body: string; tips: Record<string, unknown>; bodyClass?: string }): string {
  const csp = `default-src 'none'; style-src ${sha(CSS)}; script-src ${sha(SCRIPT)}; img-src data:; base-uri 'none'; form-action 'none'`;
  return `<!doctype html>
<html lang="vi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta http-equiv="Content-Security-Policy" content="${csp}">
<meta name="generator" content="kehoach review">
<title>${esc(o.title)}</title>
<style>${CSS}</style>
</head>
<body${o.bodyClass ? ` class="${o.bodyClass}"` : ""}>
<a class="skip" href="#main" data-l="skip">${esc(vi("skip"))}</a>
<header>${o.header}<button id="lang" type="button" aria-pressed="false" data-la="toggleHint" aria-label="${esc(vi("toggleHint"))}" data-l="toggle">${esc(vi("toggle"))}</button></header>
${o.body}
<div id="tip" role="tooltip" hidden></div>
<script type="application/json" id="kh-labels">${jsonForScript(LABELS)}</script>
<script type="application/json" id="kh-tips">${jsonForScript(o.tips)}</script>
<script>${SCRIPT}</script>
</body>
</html>
`;
}

const placeText = (w: SpanT | null | undefined): string => {
  if (!w) return "";
  const parts: string[] = [];
  if (w.page !== null) parts.push(`${l("page")} ${w.page}`);
  if (w.line !== undefined) parts.push(`${l("line")} ${w.line}${w.column !== undefined ? `, ${l("column")} ${w.column}` : ""}`);
  if (w.paragraph !== undefined) parts.push(`${l("paragraph")} ${w.paragraph}`);
  if (w.note) parts.push(`${l("note")} (${w.note.part}.xml) ${w.note.id}`);
  return parts.join(", ");
};

const short = (s: string, n = 160) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

function facts(rows: Array<[LabelKey, string | null | undefined]>): string {
  const kept = rows.filter(([, v]) => v !== null && v !== undefined && v !== "");
  if (!kept.length) return "";
  return `<dl class="facts">${kept.map(([k, v]) => `${l(k, "dt")}<dd>${esc(v)}</dd>`).join("")}</dl>`;
}

const scheduleText = (s: Record<string, string> | null | undefined) => (s ? Object.entries(s).map(([k, v]) => `${k}: ${v}`).join("; ") : null);

function itemButton(kind: "target" | "task", it: Target | Task): string {
  return `<button type="button" class="it ${kind}" data-goto="${esc(markId(it.id))}">${it.code ? `<span class="code">${esc(it.code)}</span>` : ""}${esc(short(it.text))}</button>`;
}

/** The tree of one kind's items: sections in reading order, items under their parents. */
function tree(plan: PlanDocument, kind: "target" | "task"): string {
  const items: Array<Target | Task> = kind === "target" ? plan.targets : plan.tasks;
  if (!items.length) return `<p class="none">${l("none")}</p>`;
  const deadlinesOf = new Map<string, string[]>();
  for (const d of plan.deadlines) if (d.item) (deadlinesOf.get(d.item) ?? deadlinesOf.set(d.item, []).get(d.item)!).push(`${d.raw} (${d.start} – ${d.end})`);
  const ids = new Set(items.map((i) => i.id));
  const children = new Map<string | null, Array<Target | Task>>();
  for (const it of items) {
    const p = it.parent && ids.has(it.parent) ? it.parent : null;
    (children.get(p) ?? children.set(p, []).get(p)!).push(it);
  }
  const node = (it: Target | Task): string => {
    const f =
      kind === "target"
        ? facts([
            ["quantity", formatQuantities((it as Target).quantities)],
            ["schedule", scheduleText((it as Target).schedule)],
            ["deadlines", deadlinesOf.get(it.id)?.join("; ")],
          ])
        : facts([
            ["responsible", (it as Task).responsible.join(", ")],
            ["partners", (it as Task).partners.join(", ")],
            ["funding", (it as Task).funding],
            ["schedule", scheduleText((it as Task).schedule)],
            ["deadlines", deadlinesOf.get(it.id)?.join("; ")],
          ]);
    const kids = children.get(it.id) ?? [];
    return `<li>${itemButton(kind, it)}${f}${kids.length ? `<ul>${kids.map(node).join("")}</ul>` : ""}</li>`;
  };
  // top-level items grouped by their section heading, in reading order
  const sections: Array<{ name: string | null; items: Array<Target | Task> }> = [];
  for (const it of children.get(null) ?? []) {
    const last = sections[sections.length - 1];
    if (last && last.name === it.section) last.items.push(it);
    else sections.push({ name: it.section, items: [it] });
  }
  return sections
    .map((s) => `<h4 class="sec">${s.name ? esc(short(s.name, 120)) : l("noSection")}</h4><ul>${s.items.map(node).join("")}</ul>`)
    .join("");
}

function flatList(entries: Array<{ id: string; kind: string; label: string; extra?: string }>): string {
  if (!entries.length) return `<p class="none">${l("none")}</p>`;
  return `<ul>${entries.map((e) => `<li><button type="button" class="it ${e.kind}" data-goto="${esc(e.id)}">${e.label}</button>${e.extra ?? ""}</li>`).join("")}</ul>`;
}

export interface ReviewOptions {
  /** where the plan came from, shown in the header ("#12 in kehoach.db", a file name) */
  origin?: string;
}

/** The review page of a plan; the plan must carry its text (source.text). */
export function renderReview(plan: PlanDocument, opts: ReviewOptions = {}): string {
  const text = plan.source.text;
  if (text === undefined) throw sayable("review/no-text", null, "noText", [plan.source.file]);
  const marks = planMarks(plan);
  // warnings with a place: an anchor (drawn as ⚠ by CSS) at their first character
  const warnPoints = plan.warnings.flatMap((w, i) => (w.where && w.where.start <= text.length ? [{ id: `w${i}`, at: w.where.start }] : []));
  const tips: Record<string, { k: LabelKey; r: TipRow[] }> = {};
  for (const m of marks) tips[m.id] = { k: KIND_LABEL[m.kind], r: m.tip };
  const body = withWarningPoints(markedText(text, marks, plan.source.pageStarts ?? []), warnPoints);

  const m = plan.meta;
  // the plan's year, or its term as it is written everywhere people read it ("2021–2026")
  const time = m.year ?? termText(m.period?.from, m.period?.to);
  const title = [m.title, m.subtitle].filter(Boolean).join(" — ") || plan.source.file;
  // a plan file read for the page is named once, by the path it was given as
  const f = plan.source.file;
  const isPath = opts.origin !== undefined && (opts.origin === f || opts.origin.endsWith(`/${f}`) || opts.origin.endsWith(`\\${f}`));
  const fileShown = isPath ? opts.origin! : f;
  const origin = isPath ? undefined : opts.origin;
  const header = `<h1>${esc(title)}</h1>
<p class="file">${l("file")}: ${esc(fileShown)} (${esc(plan.source.format)}${plan.source.pages ? `, ${plan.source.pages} ${l("pages")}` : ""})${origin ? ` · ${esc(origin)}` : ""}${m.province ? ` · ${esc(m.province)}` : ""}${time ? ` · ${esc(String(time))}` : ""}</p>
<ul class="legend" aria-label="${esc(vi("legend"))}" data-la="legend">${(["target", "task", "quantity", "deadline", "model", "footnote"] as const)
  .map((k) => `<li><span class="mk ${k}">${l(k)}</span></li>`)
  .join("")}<li><a class="fnref" aria-hidden="true"></a> ${l("fnref")}</li></ul>`;

  const deadlines = flatList(
    plan.deadlines.flatMap((d, i) => (d.where ? [{ id: `d${i}`, kind: "deadline", label: `${esc(d.raw)} <span class="meta">${esc(d.start)} – ${esc(d.end)}</span>` }] : [])),
  );
  const footnotes = flatList(plan.footnotes.flatMap((f, i) => (f.where ? [{ id: `f${i}`, kind: "footnote", label: `<span class="code">${esc(f.marker)}</span>${esc(short(f.text, 120))}` }] : [])));
  const models = flatList(plan.models.flatMap((x, i) => (x.where ? [{ id: `m${i}`, kind: "model", label: esc(x.name) }] : [])));
  const warnings = plan.warnings.length
    ? `<ul>${plan.warnings
      .map((w, i) => {
        const where = placeText(w.where);
        // the meaning of the warning's code in Vietnamese, its English message (which names the particulars) behind the toggle
        const said = (catalogue("vi").warnings as Record<string, string>)[w.code] ?? w.message;
        const label = `<code>${esc(w.code)}</code> ${both(said, w.message)}${where ? ` <span class="meta">(${where})</span>` : ""}`;
        return w.where ? `<li><button type="button" class="it warning" data-goto="w${i}">${label}</button></li>` : `<li class="it warning">${label}</li>`;
      })
      .join("")}</ul>`
    : `<p class="none">${l("noWarnings")}</p>`;

  const nav = `<nav id="panel" aria-label="${esc(vi("structure"))}" data-la="structure">
<p class="meta">${l("keys")}</p>
<section aria-labelledby="h-targets"><h2 id="h-targets">${l("targets")} (${plan.targets.length})</h2>${tree(plan, "target")}</section>
<section aria-labelledby="h-tasks"><h2 id="h-tasks">${l("tasks")} (${plan.tasks.length})</h2>${tree(plan, "task")}</section>
<section aria-labelledby="h-deadlines"><h2 id="h-deadlines">${l("deadlines")} (${plan.deadlines.length})</h2>${deadlines}</section>
<section aria-labelledby="h-footnotes"><h2 id="h-footnotes">${l("footnotes")} (${plan.footnotes.length})</h2>${footnotes}</section>
<section aria-labelledby="h-models"><h2 id="h-models">${l("models")} (${plan.models.length})</h2>${models}</section>
<section aria-labelledby="h-warnings"><h2 id="h-warnings">${l("warnings")} (${plan.warnings.length})</h2>${warnings}</section>
</nav>`;
  const main = `<main id="main" tabindex="-1"><h2 class="skip">${l("plan")}</h2><div id="text" lang="vi">${body}</div></main>`;
  return pageFrame({ title: `${vi("title")}: ${title}`, header, body: nav + "\n" + main, tips });
}

/**
 * Warning anchors inserted into the marked text. They are empty elements, so they are put
 * between tags without changing any text: the i-th text character is found by walking the HTML.
 */
function withWarningPoints(html: string, points: Array<{ id: string; at: number }>): string {
  if (!points.length) return html;
  const byAt = [...points].sort((a, b) => a.at - b.at);
  const out: string[] = [];
  let k = 0;
  let chars = 0;
  let i = 0;
  const emit = () => {
    while (k < byAt.length && byAt[k].at <= chars) out.push(`<span class="wpt" id="${byAt[k].id}" data-mark="${byAt[k++].id}" aria-hidden="true"></span>`);
  };
  while (i < html.length) {
    if (html[i] === "<") {
      const j = html.indexOf(">", i);
      out.push(html.slice(i, j + 1));
      i = j + 1;
      continue;
    }
    emit();
    if (html[i] === "&") {
      const j = html.indexOf(";", i);
      out.push(html.slice(i, j + 1));
      i = j + 1;
    } else {
      out.push(html[i]);
      i++;
    }
    chars++;
  }
  emit();
  return out.join("");
}
