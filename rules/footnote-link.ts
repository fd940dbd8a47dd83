// Footnote bodies linked to the item whose text carries their marker (the first such item);
// a marker outside every item (a heading, a plain paragraph) links to null. A body whose marker
// appears nowhere in the text is reported.
import type { Rule } from "./rule.js";
import type { Footnote, SpanT } from "../schemas/plan.js";

export const footnoteLinks: Rule = {
  id: "footnote-links",
  run(doc, ctx, out) {
    const owner = new Map<string, string>();
    for (const { raw } of out.placed) for (const r of raw.refs) if (!owner.has(r.marker)) owner.set(r.marker, raw.id);
    const footnotes: Footnote[] = doc.blocks
      .filter((b) => b.kind === "footnote")
      .map((b) => ({ marker: b.marker ?? "", text: b.text.replace(/^[\s\-–—]+/, "").trim(), item: owner.get(b.marker ?? "") ?? null, where: { page: b.page, start: b.start, end: b.end } }));
    const referenced = new Set(doc.blocks.flatMap((b) => (b.kind === "footnote" ? [] : (b.refs ?? []).map((r) => r.marker))));
    for (const f of footnotes) {
      if (!referenced.has(f.marker)) ctx.warn("footnote/no-reference", `Footnote ${f.marker} has a body but no reference marker in the text`, f.where ?? null);
    }
    // where each marker stood: the marker is not in the text, so each place is an empty span
    const places = new Map<string, SpanT[]>();
    for (const b of doc.blocks) {
      if (b.kind === "footnote") continue;
      for (const r of b.refs ?? []) (places.get(r.marker) ?? places.set(r.marker, []).get(r.marker)!).push({ page: b.page, start: b.start + r.at, end: b.start + r.at });
    }
    for (const f of footnotes) {
      const refs = places.get(f.marker);
      if (refs) f.refs = refs;
    }
    out.footnotes.push(...footnotes);
  },
};
