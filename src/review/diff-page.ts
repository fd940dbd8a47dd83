// `kehoach diff A B --format html`: the paired targets side by side with their values and the
// reason for each pairing, then the targets of each side that found no partner; the same frame,
// style and language toggle as the review page.
import { clauseRef, documentsText, type Clause, type DiffResult } from "../diff.js";
import { formatQuantities } from "../ground/format.js";
import { catalogue, comparisonText, reasonText } from "../i18n/index.js";
import { esc } from "./escape.js";
import { vi } from "./labels.js";
import { both, l, pageFrame } from "./page.js";

const VI = catalogue("vi");
const EN = catalogue("en");

const place = (c: Clause): string => {
  const w = c.where;
  const bits = [esc(c.file), w.page !== null ? `${l("pageShort")} ${w.page}` : null, w.line !== undefined ? `${w.line}:${w.column ?? 1}` : null].filter(Boolean);
  return `<span class="meta">${bits.join(" · ")}</span>`;
};

const clauseCell = (c: Clause) =>
  `<td><span class="code">${esc(clauseRef(c))}</span> ${esc(c.text)}${c.parts > 1 ? `<br><span class="meta">${esc(c.targetText)}</span>` : ""}<br>${place(c)}</td>`;

function onlyTable(label: string, cs: Clause[], id: string): string {
  const head = `<h2 id="${id}">${l("onlyIn")} ${esc(label)} (${cs.length})</h2>`;
  if (!cs.length) return `<section aria-labelledby="${id}">${head}<p class="none">${l("none")}</p></section>`;
  return `<section aria-labelledby="${id}">${head}<table class="diff only"><colgroup><col class="c-text"><col class="c-val"></colgroup><thead><tr><th scope="col">${l("target")}</th><th scope="col">${l("value")}</th></tr></thead><tbody>${cs
    .map((c) => `<tr>${clauseCell(c)}<td class="val">${esc(formatQuantities(c.quantities))}</td></tr>`)
    .join("")}</tbody></table></section>`;
}

export function renderDiffHtml(r: DiffResult): string {
  const docs = documentsText;
  const title = `${r.a.label} — ${r.b.label}`;
  const header = `<h1><span data-l="diffTitle">${esc(vi("diffTitle"))}</span>: ${esc(title)}</h1>
<p class="file">${esc(r.a.label)}: ${esc(docs(r.a))} · ${esc(r.b.label)}: ${esc(docs(r.b))} · ${l("paired")}: ${r.pairs.length} · ${l("onlyIn")} ${esc(r.a.label)}: ${r.onlyA.length} · ${l("onlyIn")} ${esc(r.b.label)}: ${r.onlyB.length}</p>`;
  const pairs = r.pairs.length
    ? `<table class="diff pairs"><colgroup><col class="c-text"><col class="c-val"><col class="c-val"><col class="c-text"><col class="c-why"></colgroup><thead><tr><th scope="col">${esc(r.a.label)}</th><th scope="col">${l("value")}<br><span class="meta">${esc(r.a.label)}</span></th><th scope="col">${l("value")}<br><span class="meta">${esc(r.b.label)}</span></th><th scope="col">${esc(r.b.label)}</th><th scope="col">${l("why")}</th></tr></thead><tbody>${r.pairs
      .map(
        (p) =>
          `<tr>${clauseCell(p.a)}<td class="val">${esc(formatQuantities(p.a.quantities))}</td><td class="val">${esc(formatQuantities(p.b.quantities))}</td>${clauseCell(p.b)}<td><span class="badge ${esc(p.confidence)}" title="${esc(vi("confidence"))}">${l(p.confidence)} ${both(VI.decimal(p.score), EN.decimal(p.score))}</span>${
            p.values.length ? `<br>${both(comparisonText(p.values, VI), comparisonText(p.values, EN))}` : ""
          }<ul>${p.reasons.map((x) => `<li>${both(reasonText(x, VI), reasonText(x, EN))}</li>`).join("")}</ul></td></tr>`,
      )
      .join("")}</tbody></table>`
    : `<p class="none">${l("none")}</p>`;
  const body = `<main id="main" tabindex="-1">
<section aria-labelledby="h-paired"><h2 id="h-paired">${l("paired")} (${r.pairs.length})</h2>${pairs}</section>
${onlyTable(r.a.label, r.onlyA, "h-only-a")}
${onlyTable(r.b.label, r.onlyB, "h-only-b")}
</main>`;
  return pageFrame({ title: `${vi("diffTitle")}: ${title}`, header, body, tips: {}, bodyClass: "diffpage" });
}
