// Named models (mô hình) of a plan:
//   - a name in quotes after "mô hình" / "các mô hình" / "Mô hình:" / "mô hình điểm",
//     possibly a list of quoted names: Mô hình: “1+1”; “3 có, 3 biết”; “Cán bộ …”
//     or: các mô hình “3 sạch” như: “Ngôi nhà …”, “Chi hội …”
//   - a model defined in a footnote: Mô hình “1+1”: 1 chi hội khá kèm … (the
//     definition is the text after the colon, the footnote its marker)
//   - the family campaign models "gia đình 5 không, 3 sạch" / "gia đình 5 có, 3 sạch",
//     written with or without quotes or the comma.
// Names are one model when equal with diacritics folded and "+", ",", ";" and
// spacing ignored ("3 có, 3 biết" = "3 có + 3 biết"); the first spelling seen in the
// body is kept, the definition comes from the footnote.
import type { Block, DocModel } from "../src/ground/model.js";
import type { Model } from "../schemas/plan.js";
import type { Rule } from "./rule.js";
import { B, E, allFolded, foldForMatch } from "../src/ground/text.js";
import { alt, anyOf, regex } from "./vocab/pattern.js";
import { MODEL_LEADS, W } from "./vocab/words.js";
import { SCHEDULE_KINDS } from "./vocab/documents.js";

// "mô hình “…”", "các mô hình: “…”", "mô hình điểm “…”" (up to two words between, no punctuation)
const MODEL_LEAD_RE = regex(`${B}mo hinh(?:\\s{1,3}[a-z]{1,8}){0,2}?\\s{0,3}:?\\s{0,3}(?=[“"«])`, "gdu");
// "gia đình 5 không, 3 sạch", "gia đình 5 có 3 sạch", "gia đình 5 không + 3 sạch"
// also with the families named and the slogan quoted: "gia đình nhà giáo “5 không, 3 sạch”", "gia đình hội viên 5 có 3 sạch"
const SLOGAN = "(?:0?5)\\s{1,3}(?:khong|co)\\s{0,3}[,+]?\\s{0,3}(?:0?3)\\s{1,3}sach";
// (the closing quote only with an opening one: "Xây dựng gia đình 5 không, 3 sạch”" ends at "sạch")
const FAMILY_RE = regex(`${B}gia dinh(?:\\s{1,3}[a-z]{1,8}){0,3}?\\s{1,3}(?:[“"]${SLOGAN}[”"]|${SLOGAN}${E})`, "gdu");
// a footnote that defines a model: "Mô hình “1+1”: …", "- Mô hình "3 có + 3 biết": …"
const DEFINITION_RE = regex(`^[\\s\\-–—•*]{0,5}(?:(?:${anyOf(MODEL_LEADS)})\\s{1,3})?[“"«](?<name>[^”"»\\n]{1,120})[”"»]\\s{0,3}[:：]\\s{0,5}(?<def>\\S[\\s\\S]*)$`, "u");
// between two models of a list: ", ", " và ", " hoặc ", "như:"
const MODEL_SEP_RE = regex(`^\\s{0,3}(?:[,;/]|${W.and}|${W.or})?\\s{0,3}(?:${W.as}\\s{0,3}:?)?\\s{0,3}`, "u");
const DEFINITION_LEAD_RE = regex(`^[\\s\\-–—•*]{0,5}mo hinh${E}`, "u");

// "LỊCH LÀM VIỆC", "LỊCH CÔNG TÁC" (rules/vocab/documents.ts)
const SCHEDULE_RE = regex(`^${alt(SCHEDULE_KINDS, "full")}${E}`, "u");

const OPEN = "“\"«";
const CLOSE_OF: Record<string, string> = { "“": "”", "\"": "\"", "«": "»" };
const MAX_NAME = 120;

/** The comparison key of a model name: folded, "+", ",", ";" and spacing ignored. */
export const modelKey = (name: string): string => foldForMatch(name).replace(/[+,;.\s“”"«»]+/gu, "");

const tidyName = (s: string): string => s.replace(/\s+/g, " ").replace(/^[\s,;:.]+|[\s,;:.…]+$/gu, "").trim();

/** Quoted names in a list starting at `at` ("“A”; “B”, “C” và “D”"); stops at the first unquoted word. */
export function readQuotedList(text: string, at: number): Array<{ name: string; start: number; end: number }> {
  const out: Array<{ name: string; start: number; end: number }> = [];
  let i = at;
  for (let guard = 0; guard < 20; guard++) {
    while (i < text.length && /\s/.test(text[i])) i++;
    const open = text[i];
    if (!open || !OPEN.includes(open)) break;
    const close = CLOSE_OF[open];
    const q = text.indexOf(close, i + 1);
    if (q < 0 || q - i > MAX_NAME) break;
    const raw = text.slice(i + 1, q);
    if (/[\n\t]/.test(raw)) break;
    const name = tidyName(raw);
    const lead = raw.indexOf(name);
    if (name) out.push({ name, start: i + 1 + Math.max(0, lead), end: i + 1 + Math.max(0, lead) + name.length });
    i = q + 1;
    // separators between names: ",", ";", "và", "hoặc", "như:", "/"
    const sep = MODEL_SEP_RE.exec(text.slice(i, i + 20));
    if (sep) i += sep[0].length;
  }
  return out;
}

interface Hit {
  name: string;
  at: number; // document offset, for ordering
  where: { page: number | null; start: number; end: number };
  definition: string | null;
  footnote: string | null;
  body: boolean;
}

// the closing quote (and spaces) between a model's name and a footnote marker glued after it
const AFTER_NAME_RE = /^[\s”"»]{1,4}$/u;

function hitsOfBlock(b: Block, notes: Map<string, string>): Hit[] {
  const out: Hit[] = [];
  const text = b.text;
  const isNote = b.kind === "footnote";
  const add = (name: string, s: number, e: number, definition: string | null = null) =>
    out.push({
      name, at: b.start + s, where: { page: b.page, start: b.start + s, end: b.start + e },
      definition, footnote: definition !== null ? (b.marker ?? null) : null, body: !isNote,
    });
  if (isNote) {
    const m = DEFINITION_RE.exec(text);
    if (m && m.groups && DEFINITION_LEAD_RE.test(foldForMatch(text))) {
      const name = tidyName(m.groups.name);
      const def = m.groups.def.replace(/\s+/g, " ").trim();
      const s = text.indexOf(m.groups.name);
      if (name) add(name, s, s + m.groups.name.length, def);
    }
  }
  for (const m of allFolded(MODEL_LEAD_RE, text)) {
    for (const q of readQuotedList(text, m.end)) {
      // a footnote marker glued to the name (mô hình “Tuyến đường tự quản”1) points at its
      // definition, whatever the footnote's wording: its whole text defines the model
      const ref = isNote ? undefined : (b.refs ?? []).find((r) => r.at > q.end && AFTER_NAME_RE.test(text.slice(q.end, r.at)));
      const note = ref ? notes.get(ref.marker) : undefined;
      if (ref && note !== undefined && !DEFINITION_RE.test(note)) {
        add(q.name, q.start, q.end, note.replace(/\s+/g, " ").trim());
        out[out.length - 1].footnote = ref.marker;
      } else add(q.name, q.start, q.end);
    }
  }
  for (const m of allFolded(FAMILY_RE, text)) add(text.slice(m.index, m.end).replace(/[“”"]/g, "").replace(/\s+/g, " "), m.index, m.end);
  return out;
}

export function findModels(doc: DocModel): Model[] {
  try {
    const notes = new Map<string, string>();
    for (const b of doc.blocks) if (b.kind === "footnote" && b.marker && !notes.has(b.marker)) notes.set(b.marker, b.text);
    const hits = doc.blocks.flatMap((b) => hitsOfBlock(b, notes));
    // body hits first in reading order, then footnote hits: the body spelling wins
    hits.sort((a, b) => Number(b.body) - Number(a.body) || a.at - b.at);
    const byKey = new Map<string, Model>();
    for (const h of hits) {
      const k = modelKey(h.name);
      if (!k) continue;
      const seen = byKey.get(k);
      if (!seen) {
        byKey.set(k, { name: h.name, definition: h.definition, footnote: h.footnote, where: h.where });
      } else if (seen.definition === null && h.definition !== null) {
        seen.definition = h.definition;
        seen.footnote = h.footnote;
      }
    }
    return [...byKey.values()];
  } catch {
    return [];
  }
}

/** Campaign models over the whole document (footnotes included). */
export const models: Rule = {
  id: "models",
  run(doc, _ctx, out) {
    // a week's schedule names the models its leaders visit or run, not models the plan sets up
    if (out.meta?.title && SCHEDULE_RE.test(foldForMatch(out.meta.title))) return;
    out.models.push(...findModels(doc));
  },
};
