// Themes (chủ đề): the theme of the plan's year ("Chủ đề năm 2024: Tăng cường …",
// "… chủ đề năm 2025 là Phát huy vai trò …;"), the themes of earlier years listed in a
// footnote ("- Năm 2022: “Đổi mới, sáng tạo …”."), and the theme of a single event or
// movement ("… với chủ đề “…”", "với chủ đề: …"), which analysts mark optional.
// The theme text ends at its closing quote, else at ";" or the end of the sentence;
// it is returned without surrounding quotes and without a final period.
import type { Block, DocModel } from "../src/ground/model.js";
import type { Theme } from "../schemas/plan.js";
import type { Rule } from "./rule.js";
import { B, E, allFolded, foldForMatch } from "../src/ground/text.js";
import { parseLabel } from "../src/ground/label.js";
import { frameHeading, sectionKind } from "./sections.js";
import { alt, regex } from "./vocab/pattern.js";
import { MOTTO_HEADINGS, THEME_QUALIFIERS } from "./vocab/themes.js";
import { W } from "./vocab/words.js";

const YEAR = "(?:19|20)\\d\\d";
// a line's label or bullet before a theme line: "III. ", "2) ", "1.2. ", "- "
const LINE_LABEL = "(?:(?:[ivxl]{1,5}|[a-h]|\\d{1,2}(?:\\.\\d{1,2}){0,2})\\s{0,2}[.)/-]\\s{0,3}|[-+*•]\\s{0,3})";
// "công tác", "hành động", "điều hành" between "chủ đề" and the year (rules/vocab/themes.ts)
const QUAL = `(?:\\s{1,3}${alt(THEME_QUALIFIERS, "full")})?`;
// "Chủ đề năm 2024:", "chủ đề năm 2025 là", "Chủ đề của năm 2023 -", "Chủ đề năm học 2023 - 2024:" (its first year)
const YEAR_THEME_RE = regex(
  `${B}chu de${QUAL}\\s{1,3}(?:cua\\s{1,3})?nam(?:\\s{1,3}hoc)?\\s{1,3}(?<y>${YEAR})(?:\\s{0,3}[-–]\\s{0,3}${YEAR})?\\s{0,3}(?:[:\\-–]|la${E}|duoc xac dinh la${E})\\s{0,5}`,
  "gdu",
);
// "chủ đề năm học" or "chủ đề năm 2026" right before its quoted theme, in a line a copy flattened ("… cụ thể như sau: I
// CHỦ ĐỀ NĂM HỌC “…” Ý nghĩa chủ đề: …"): a school year's theme takes the plan's (school) year when none is written
const QUOTED_YEAR_THEME_RE = regex(
  `${B}chu de${QUAL}\\s{1,3}(?:cua\\s{1,3})?nam(?:\\s{1,3}hoc)?(?:\\s{1,3}(?<y>${YEAR})(?:\\s{0,3}[-–]\\s{0,3}${YEAR})?)?\\s{0,3}:?\\s{0,3}(?=[“"«])`,
  "gdu",
);
// A year named as the year of something, in running text: "chọn năm 2025 là “Năm Thanh niên tình
// nguyện”", "lấy năm 2026 là năm “…”", "xác định năm 2025 là “Năm …”".
// (also the year first: "Năm 2026 được chọn là “Năm …”", "năm 2026 được xác định là năm “…”")
// (a superior body named between: "nhiệm vụ trọng tâm năm 2027 đã được Tổng Liên đoàn … xác định là “Năm …”",
// "năm 2027 được Hội đồng Đội Trung ương chọn là “Năm …”"; gold README, a year chosen by a superior body)
const YEAR_OF_RE = regex(
  `${B}(?:(?:chon|lay|xac dinh)\\s{1,3}nam\\s{1,3}(?<y>${YEAR})|nam\\s{1,3}(?<y2>${YEAR})\\s{0,3},?\\s{0,3}(?:da\\s{1,3})?duoc(?:\\s[^“"«.;:\\n]{1,80}?)?\\s{1,3}(?:chon|lay|xac dinh))\\s{1,3}la(?:\\s{1,3}nam)?\\s{0,3}(?=[“"«])`,
  "gdu",
);
// A year named as the year of something without quotes, the name capitalised: "Năm 2027 là Năm Dữ liệu số quốc gia,
// tập trung …", "năm 2026 được chọn là Năm Thanh niên tình nguyện." (the year opens its sentence, or follows "chọn", "lấy")
const YEAR_NAMED_RE = regex(
  `(?:${B}(?:chon|lay|xac dinh)\\s{1,3}nam\\s{1,3}(?<y>${YEAR})|(?:^|(?<=[.;!?]\\s{1,3}))\\s{0,3}nam\\s{1,3}(?<y2>${YEAR})\\s{0,3},?\\s{0,3}(?:(?:da\\s{1,3})?duoc(?:\\s[^“"«.;:\\n]{1,80}?)?\\s{1,3}(?:chon|lay|xac dinh)\\s{1,3})?)\\s{1,3}la\\s{1,3}(?=nam\\s{1,3}[^\\s\\d])`,
  "gdu",
);
/** How many words an unquoted year's name may have ("Năm Dữ liệu số quốc gia": 6) before it is a sentence. */
const MAX_NAMED_WORDS = 10;

/** The unquoted name "Năm …" at `at`: capitalised, up to a comma, ";", ":" or the sentence's end. */
function readYearName(text: string, at: number): { text: string; start: number; end: number } | null {
  if (text[at] !== "N") return null;
  const m = /^[^,;:\n“”"«»()]{1,160}?(?=[,;:\n(]|\.(?:\s|$)|$)/u.exec(text.slice(at));
  if (!m) return null;
  const t = m[0].trim();
  const n = t.split(/\s+/).length;
  if (n < 3 || n > MAX_NAMED_WORDS) return null;
  return { text: t, start: at, end: at + t.length };
}

// A motto's heading, the motto on the next line: "B. PHƯƠNG CHÂM HÀNH ĐỘNG", "KHẨU HIỆU HÀNH ĐỘNG CỦA ĐOÀN TRƯỜNG" (rules/vocab/themes.ts)
const MOTTO = `${alt(MOTTO_HEADINGS, "full")}(?:\\s{1,3}cua\\s{1,3}[^:\\n]{1,40}?)?`;
// A heading that is only "Chủ đề" (of the year, of the school year), the theme on the lines after it:
// "III. CHỦ ĐỀ NĂM 2026", "1. CHỦ ĐỀ NĂM HỌC", "Chủ đề:".
const THEME_HEADING_RE = regex(
  `^\\s{0,5}${LINE_LABEL}?(?:chu de${QUAL}(?:\\s{1,3}(?:cua\\s{1,3})?nam(?:\\s{1,3}hoc)?(?:\\s{1,3}(?<y>${YEAR})(?:\\s{0,3}[-–]\\s{0,3}${YEAR})?)?)?|${MOTTO})\\s{0,3}:?\\s{0,3}$`,
  "du",
);
// "với chủ đề: …", "với chủ đề “…”", "mang chủ đề", "có chủ đề", "chọn chủ đề “…”", a line "Chủ đề: …" or "Chủ điểm: …"
// (a monthly plan of the Young Pioneers or a school names its month's theme "CHỦ ĐIỂM: “…”" on a line of its own)
// (a monthly plan's slogan line "Khẩu hiệu: …", no "Chủ đề" beside it: gold README)
// (the month's theme of a monthly plan names its month: "Chủ điểm tháng 12: …", "1. Chủ đề tháng 3/2027: “…”"; an event
// plan's point "2. Chủ đề: “…”" carries a label)
const EVENT_THEME_RE = regex(
  `(?:${B}(?:voi|mang|co|theo|chon|lay)\\s{1,3}chu de|^\\s{0,5}${LINE_LABEL}?(?:chu (?:de|diem)(?:\\s{1,3}(?:cua\\s{1,3})?(?:thang|tuan)\\s{1,3}\\d{1,2}(?:\\s{0,3}[/-]\\s{0,3}${YEAR})?)?|khau hieu))\\s{0,3}(?::\\s{0,5}|(?=[“"«]))`,
  "gdu",
);
// in a footnote: "Năm 2021: “…”", "- Năm 2022: “…”."
const FOOTNOTE_YEAR_RE = regex(`${B}nam\\s{1,3}(?<y>(?:19|20)\\d\\d)\\s{0,3}:\\s{0,5}(?=[“"«])`, "gdu");

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
    const s = sentenceEnd(start);
    // an unclosed quote (a typing slip) ends with its sentence (looked for only that far: linear time)
    const q = text.slice(start, s + 2).indexOf(close);
    // (or before a comma and a capitalised word: 'Với chủ đề “Đoàn kết, đổi mới, Đại hội đã thông qua …')
    const clause = q >= 0 ? -1 : text.slice(start, s).search(/,\s{1,3}\p{Lu}/u);
    end = q >= 0 ? start + q : clause > 0 ? start + clause : s;
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

function themesOfBlock(b: Block, planYear: number | null, next?: Block): Theme[] {
  const out: Theme[] = [];
  const source: Theme["source"] = b.kind === "footnote" ? "footnote" : "body";
  const push = (year: number | null, at: number) => {
    const t = readThemeText(b.text, at);
    if (!t) return;
    // an unquoted theme that runs to the end of its line and on to the next ("Khẩu hiệu: Thi đua lập thành tích chào
    // mừng kỷ niệm" / "45 năm ngày Nhà giáo Việt Nam (20/11/1982 - 20/11/2027)")
    const rest = b.text.slice(t.end).trim();
    if (next && !OPEN_QUOTES.includes(b.text.slice(at).trimStart()[0] ?? "") && !/[.;!?…”"»]$/u.test(b.text.trimEnd()) && (rest === "" || /^[.…]?$/u.test(rest)) && continuesOn(b.text, next.text)) {
      const joined = readThemeText(`${b.text.slice(at).trim()} ${next.text.trim()}`, 0);
      if (joined) {
        out.push({ year, text: joined.text, source, where: { page: b.page, start: b.start + t.start, end: next.start + next.text.trimEnd().length } });
        return;
      }
    }
    out.push({ year, text: t.text, source, where: { page: b.page, start: b.start + t.start, end: b.start + t.end } });
  };
  const taken: Array<[number, number]> = [];
  for (const m of allFolded(YEAR_THEME_RE, b.text)) {
    push(Number(m.groups.y), m.end);
    taken.push([m.index, m.end]);
  }
  for (const m of allFolded(QUOTED_YEAR_THEME_RE, b.text)) {
    if (taken.some(([s, e]) => m.index < e && s < m.end)) continue;
    push(m.groups.y !== undefined ? Number(m.groups.y) : planYear, m.end);
    taken.push([m.index, m.end]);
  }
  for (const m of allFolded(YEAR_OF_RE, b.text)) {
    push(Number(m.groups.y ?? m.groups.y2), m.end);
    taken.push([m.index, m.end]);
  }
  for (const m of allFolded(YEAR_NAMED_RE, b.text)) {
    if (taken.some(([s, e]) => m.index < e && s < m.end)) continue;
    const t = readYearName(b.text, m.end);
    if (!t) continue;
    out.push({ year: Number(m.groups.y ?? m.groups.y2), text: t.text, source, where: { page: b.page, start: b.start + t.start, end: b.start + t.end } });
    taken.push([m.index, t.end]);
  }
  for (const m of allFolded(EVENT_THEME_RE, b.text)) {
    if (taken.some(([s, e]) => m.index < e && s < m.end)) continue;
    push(eventYear(b.text, m.index) ?? planYear, m.end);
  }
  if (b.kind === "footnote") for (const m of allFolded(FOOTNOTE_YEAR_RE, b.text)) push(Number(m.groups.y), m.end);
  return out;
}

// the day or year an event is dated in its own sentence: "Ngày 26/3/2026, tỉnh đã tổ chức … với chủ đề “…”"
const EVENT_DATE_RE = regex(`(?<![\\d/])\\d{1,2}\\/\\d{1,2}\\/(?<y>(?:19|20)\\d\\d)(?![\\d/])|(?<![\\p{L}])${W.year}\\s{1,3}(?<yn>(?:19|20)\\d\\d)(?![\\d/-])`, "gu");

/** The year the sentence before `at` dates its event in (its last dated day or "năm …"), or null. */
function eventYear(text: string, at: number): number | null {
  const before = text.slice(Math.max(0, at - 300), at);
  const cut = Math.max(before.lastIndexOf("\n"), before.search(/[.!?]\s{1,3}(?=\p{Lu})[^.!?]*$/u), before.lastIndexOf(";"));
  let year: number | null = null;
  // (not an anniversary's span in brackets: "kỷ niệm 100 năm … (03/02/1930 - 03/02/2030)")
  for (const m of before.slice(cut + 1).replace(/\([^()]{0,80}\)/gu, (x) => " ".repeat(x.length)).matchAll(EVENT_DATE_RE)) year = Number(m.groups?.y ?? m.groups?.yn);
  return year;
}

interface Line { block: Block; start: number; end: number; text: string }

/** The body's lines in order: each block is one line (a theme's verse lines are often one block each). */
const bodyLines = (blocks: readonly Block[]): Line[] =>
  blocks.filter((b) => b.text.trim()).map((block) => ({ block, start: 0, end: block.text.length, text: block.text }));

/** How many lines a quoted theme may run over ("“Vâng lời Bác Hồ dạy / Học tốt, rèn luyện chăm / …”"). */
const MAX_VERSE_LINES = 8;

/** The theme on the lines after a heading line: one line, or a quote over several lines joined with spaces. */
function themeAfter(lines: Line[], i: number): { text: string; from: Line; to: Line; start: number; end: number } | null {
  const first = lines[i + 1];
  if (!first || THEME_HEADING_RE.test(foldForMatch(first.text))) return null;
  const lead = first.text.length - first.text.trimStart().length;
  const open = first.text[lead] ?? "";
  const close = CLOSE_OF[open];
  // a quote left open on the first line runs on over the next lines, up to its closing quote
  if (close !== undefined && !first.text.slice(lead + 1).includes(close)) {
    for (let last = i + 2; last < Math.min(lines.length, i + 1 + MAX_VERSE_LINES); last++) {
      const at = lines[last].text.indexOf(close);
      if (at < 0) continue;
      const joined = lines.slice(i + 1, last + 1).map((l) => l.text.trim()).join(" ");
      const t = readThemeText(joined, 0);
      return t && { text: t.text, from: first, to: lines[last], start: first.start + lead + 1, end: lines[last].start + at };
    }
  }
  // verse lines with no quotes ("Thiếu nhi Việt Nam" / "Học tốt, chăm ngoan" / "Vui khỏe, an toàn"):
  // short lines, each with no label and no final stop, up to a labelled line, a heading or a sentence
  let last = i + 1;
  while (last + 1 < Math.min(lines.length, i + 1 + MAX_VERSE_LINES) && verseLine(lines[last].text) && verseLine(lines[last + 1].text)) last++;
  if (last > i + 1) {
    const joined = lines.slice(i + 1, last + 1).map((l) => l.text.trim()).join(" ");
    const t = readThemeText(joined, 0);
    const end = lines[last].text.trimEnd().length;
    if (t) return { text: t.text, from: first, to: lines[last], start: first.start + lead, end: lines[last].start + end };
  }
  // a sentence a copy wrapped over lines: the line ends with a comma or a dash, or the next starts in lower case
  // ("Nâng cao tinh thần trách nhiệm, kịp thời …," / "vướng mắc, đẩy mạnh …")
  while (last + 1 < Math.min(lines.length, i + 1 + MAX_WRAPPED_LINES) && wrapsOn(lines[last].text, lines[last + 1].text)) last++;
  if (last > i + 1) {
    const joined = lines.slice(i + 1, last + 1).map((l) => l.text.trim()).join(" ");
    const t = readThemeText(joined, 0);
    const end = lines[last].text.trimEnd().length;
    if (t) return { text: t.text, from: first, to: lines[last], start: first.start + lead, end: lines[last].start + end };
  }
  const t = readThemeText(first.text, 0);
  return t && { text: t.text, from: first, to: first, start: first.start + t.start, end: first.start + t.end };
}

/** A line wrapped onto the next: as wrapsOn, or the next line goes on with a count ("45 năm ngày …"). */
const continuesOn = (line: string, next: string): boolean =>
  wrapsOn(line, next) || (/^\p{N}{1,3}\s\p{Ll}/u.test(next.trim()) && next.trim().length < 200 && !parseLabel(next.trim()));

/** How many lines a theme sentence may be wrapped over. */
const MAX_WRAPPED_LINES = 3;

/** The line continues on the next one: it ends with "," or a dash, or the next starts in lower case, with no label. */
function wrapsOn(line: string, next: string): boolean {
  const a = line.trim(), b = next.trim();
  if (!b || b.length > MAX_THEME || parseLabel(b) || THEME_HEADING_RE.test(foldForMatch(b))) return false;
  return /[,–-]$/u.test(a) || /^\p{Ll}/u.test(b);
}

/** A line of a theme written as verse: a few words, no label, no final stop or colon, no heading's words. */
function verseLine(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (!t || words > 7 || /[.:;!?…]$/u.test(t) || /[“”"«»]/u.test(t) || parseLabel(t)) return false;
  return sectionKind(t, false) === null && !frameHeading(t) && !THEME_HEADING_RE.test(foldForMatch(t));
}

/** Themes under a heading line of their own: "III. CHỦ ĐỀ NĂM 2026" then the theme on the next line(s). */
function themesUnderHeadings(blocks: readonly Block[], planYear: number | null): Theme[] {
  const out: Theme[] = [];
  const lines = bodyLines(blocks);
  lines.forEach((l, i) => {
    const folded = foldForMatch(l.text);
    if (folded.length !== l.text.length) return;
    const m = THEME_HEADING_RE.exec(folded);
    if (!m) return;
    const t = themeAfter(lines, i);
    if (!t) return;
    const year = m.groups?.y !== undefined ? Number(m.groups.y) : planYear;
    const where = { page: t.from.block.page, start: t.from.block.start + t.start, end: t.to.block.start + t.end };
    out.push({ year, text: t.text, source: "body", where });
  });
  return out;
}

export function findThemes(doc: DocModel, planYear: number | null): Theme[] {
  const out: Theme[] = [];
  const seen = new Set<string>();
  try {
    // body first, then footnotes, so that a theme found in both is reported from the body
    const body = doc.blocks.filter((b) => b.kind !== "footnote");
    const ordered = [...body, ...doc.blocks.filter((b) => b.kind === "footnote")];
    const found = [...themesUnderHeadings(body, planYear), ...ordered.flatMap((b, i) => themesOfBlock(b, planYear, b.kind === "footnote" ? undefined : body[i + 1]))];
    for (const t of found) {
      const k = key(t.year, t.text);
      if (seen.has(k)) continue;
      seen.add(k);
      out.push(t);
    }
  } catch {
    return out;
  }
  return out;
}

/**
 * Themes over the whole document (footnotes included); a year-less theme takes the plan's year,
 * or in a school-year plan ("năm học 2023 - 2024", no single year) the school year's first year.
 */
export const themes: Rule = {
  id: "themes",
  run(doc, ctx, out) {
    const schoolYear = ctx.periodStart !== null && ctx.periodEnd === ctx.periodStart + 1 ? ctx.periodStart : null;
    out.themes.push(...findThemes(doc, ctx.planYear ?? schoolYear));
  },
};
