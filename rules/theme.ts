// Themes (chủ đề): the theme of the plan's year ("Chủ đề năm 2024: Tăng cường …",
// "… chủ đề năm 2025 là Phát huy vai trò …;"), the themes of earlier years listed in a
// footnote ("- Năm 2022: “Đổi mới, sáng tạo …”."), and the theme of a single event or
// movement ("… với chủ đề “…”", "với chủ đề: …"), which analysts mark optional.
// The theme text ends at its closing quote, else at ";" or the end of the sentence;
// it is returned without surrounding quotes and without a final period.
import type { Block, DocModel } from "../src/model.js";
import type { Theme } from "../schemas/plan.js";
import type { Rule } from "./rule.js";
import { B, E, allFolded, foldForMatch } from "../src/text.js";

// "Chủ đề năm 2024:", "chủ đề năm 2025 là", "Chủ đề của năm 2023 -"
const YEAR_THEME_RE = new RegExp(`${B}chu de\\s{1,3}(?:cua\\s{1,3})?nam\\s{1,3}(?<y>(?:19|20)\\d\\d)\\s{0,3}(?:[:\\-–]|la${E}|duoc xac dinh la${E})\\s{0,5}`, "gdu");
// "với chủ đề: …", "với chủ đề “…”", "mang chủ đề", "có chủ đề", a line "Chủ đề: …"
const EVENT_THEME_RE = new RegExp(`(?:${B}(?:voi|mang|co|theo)\\s{1,3}chu de|^\\s{0,5}[-+*•]?\\s{0,3}chu de)\\s{0,3}(?::\\s{0,5}|(?=[“"«]))`, "gdu");
// in a footnote: "Năm 2021: “…”", "- Năm 2022: “…”."
const FOOTNOTE_YEAR_RE = new RegExp(`${B}nam\\s{1,3}(?<y>(?:19|20)\\d\\d)\\s{0,3}:\\s{0,5}(?=[“"«])`, "gdu");

const OPEN_QUOTES = "“\"«‘";
const CLOSE_OF: Record<string, string> = { "“": "”", "\"": "\"", "«": "»", "‘": "’" };
const MAX_THEME = 400;

/** Read a theme starting at `at`: a quoted text, or plain words up to ";" or the end of the sentence. */
export function readThemeText(text: string, at: number): { text: string; start: number; end: number } | null {
  let i = at;
  while (i < text.length && /\s/.test(text[i])) i++;
  if (i >= text.length) return null;
  const open = text[i];
  let start = i;
  let end: number;
  const sentenceEnd = (from: number): number => {
    const lim = Math.min(text.length, from + MAX_THEME);
    for (let k = from; k < lim; k++) {
      const c = text[k];
      if (c === ";" || c === "\n" || c === "\t") return k;
      // ". " followed by a capital or the end: the end of the sentence ("…(CNTT)." is kept whole)
      if ((c === "." || c === "…") && (k + 1 >= text.length || /\s/.test(text[k + 1])) && (k + 2 >= text.length || /[\p{Lu}\d]/u.test(text[k + 2] ?? ""))) return k;
    }
    return lim;
  };
  if (OPEN_QUOTES.includes(open)) {
    start = i + 1;
    const close = CLOSE_OF[open];
    const q = text.indexOf(close, start);
    const s = sentenceEnd(start);
    // an unclosed quote (a typing slip) ends with its sentence
    end = q >= 0 && q <= s + 1 ? q : s;
  } else {
    end = sentenceEnd(start);
    // a closing quote with no opening one ends the theme too
    const q = text.slice(start, end).search(/[”»]/u);
    if (q >= 0) end = start + q;
  }
  let t = text.slice(start, end);
  // trim spaces, quotes and a final period
  const lead = t.length - t.replace(/^[\s“”"«»‘’]+/u, "").length;
  t = t.slice(lead);
  start += lead;
  t = t.replace(/[\s“”"«»‘’.…,:]+$/u, "");
  if (t.split(/\s+/).filter(Boolean).length < 2) return null;
  return { text: t.replace(/\s+/g, " "), start, end: start + t.length };
}

const key = (year: number | null, text: string) => `${year ?? ""}|${foldForMatch(text).replace(/[^\p{L}\p{N}]+/gu, " ").trim()}`;

function themesOfBlock(b: Block, planYear: number | null): Theme[] {
  const out: Theme[] = [];
  const source: Theme["source"] = b.kind === "footnote" ? "footnote" : "body";
  const push = (year: number | null, at: number) => {
    const t = readThemeText(b.text, at);
    if (t) out.push({ year, text: t.text, source, where: { page: b.page, start: b.start + t.start, end: b.start + t.end } });
  };
  const taken: Array<[number, number]> = [];
  for (const m of allFolded(YEAR_THEME_RE, b.text)) {
    push(Number(m.groups.y), m.end);
    taken.push([m.index, m.end]);
  }
  for (const m of allFolded(EVENT_THEME_RE, b.text)) {
    if (taken.some(([s, e]) => m.index < e && s < m.end)) continue;
    push(planYear, m.end);
  }
  if (b.kind === "footnote") for (const m of allFolded(FOOTNOTE_YEAR_RE, b.text)) push(Number(m.groups.y), m.end);
  return out;
}

export function findThemes(doc: DocModel, planYear: number | null): Theme[] {
  const out: Theme[] = [];
  const seen = new Set<string>();
  try {
    // body first, then footnotes, so that a theme found in both is reported from the body
    const ordered = [...doc.blocks.filter((b) => b.kind !== "footnote"), ...doc.blocks.filter((b) => b.kind === "footnote")];
    for (const b of ordered) {
      for (const t of themesOfBlock(b, planYear)) {
        const k = key(t.year, t.text);
        if (seen.has(k)) continue;
        seen.add(k);
        out.push(t);
      }
    }
  } catch {
    return out;
  }
  return out;
}

/** Themes over the whole document (footnotes included); a year-less theme takes the plan's year. */
export const themes: Rule = {
  id: "themes",
  run(doc, ctx, out) {
    out.themes.push(...findThemes(doc, ctx.planYear));
  },
};
