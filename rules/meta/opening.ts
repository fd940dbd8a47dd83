// The top of a plan below the header: the title ("KẾ HOẠCH", "KẾ HOẠCH HOẠT ĐỘNG
// TOÀN KHÓA"), its subtitle (what the plan is about: "Định hướng nhiệm vụ trọng tâm
// năm 2024", possibly wrapped over lines), and the opening paragraph that cites the
// plan's bases ("Căn cứ …; Thực hiện …, Ban Thường vụ … xây dựng kế hoạch … như sau:").
import type { Block } from "../../src/model.js";
import { parseLabel } from "../label.js";
import { sectionKind } from "../sections.js";
import { clean, isUpper, splitOutsideQuotes } from "./util.js";
import { B, E, execFolded, allFolded, foldForMatch } from "../../src/text.js";
import { alt } from "../vocab/pattern.js";
import { DOCUMENT_KINDS, TITLE_CONTINUATIONS, TITLE_KINDS } from "../vocab/documents.js";
import { ANNOUNCERS, bodyPhrases } from "../vocab/bodies.js";

// "Căn cứ", "Thực hiện", "Theo", "Xét", "Triển khai" open the paragraph of bases
const OPENING_LEAD_RE = new RegExp(`^\\s{0,5}(?:can cu|thuc hien|theo|xet|trien khai|nham)${E}`, "du");
// the kind of a cited document at the start of a basis: "Nghị quyết", "Công văn số …", "Kế hoạch số …"
const KIND_ALT = alt(DOCUMENT_KINDS, "full");
const KIND_AT_START_RE = new RegExp(`^${KIND_ALT}${E}`, "u");
// a new document after ", " or " và " inside one clause: a capitalised kind, or any kind followed by "số"
// ("Chương trình công tác năm 2025 của Trung ương Hội và Nghị quyết Hội nghị Ban Chấp hành …")
const SPLIT_KIND_RE = new RegExp(`(?:,|\\s{1,5}va)\\s{1,5}(?=${KIND_ALT}${E})`, "gdu");
// the trailing clause in which the issuer announces the plan: ", Ban Thường vụ Hội … xây dựng kế hoạch … như sau:"
// (the boards and other announcers: rules/vocab/bodies.ts)
const TRAILING_CLAUSE_RE = new RegExp(
  `(?:^|[,;.])\\s{0,5}${alt([...bodyPhrases("announces"), ...ANNOUNCERS], "full")}${E}[^;]{0,400}?(?:nhu sau|xay dung|ban hanh|dinh huong|trien khai|de ra|thong nhat)`,
  "du",
);
// the start of a plan's title line ("KẾ HOẠCH …") and the words of a title wrapped onto a second line
const TITLE_START_RE = new RegExp(`^${alt(TITLE_KINDS, "full")}(?![\\p{L}\\p{N}])`, "u");
const TITLE_MORE_RE = new RegExp(`^${alt(TITLE_CONTINUATIONS, "full")}${E}`, "u");

export interface OpeningFacts {
  title: string | null;
  titleIndex: number; // index into the blocks, -1 when absent
  subtitle: string | null;
  subtitleBlocks: number[];
  openingBlocks: number[];
  /** the opening's text (a subtitle joined to it by a PDF copy is cut off) */
  openingText: string;
  bases: string[];
}

// A subtitle that a PDF copy ran into the opening paragraph: "Thực hiện giảm nghèo … năm 2025
// Căn cứ Quyết định số …". "Căn cứ" capitalised after a word with no punctuation starts a new sentence,
// so the words before it are the subtitle.
const SUBTITLE_RUN_ON_RE = /^(?<sub>[^.;:!?]{10,240}?[\p{L}\p{N})”"])\s{1,3}(?=Căn cứ\s)/u;

/** Is this the title line? An upper-case "KẾ HOẠCH" at the start of a short block. */
export function titleOf(text: string): { title: string; rest: string } | null {
  const t = clean(text);
  if (!TITLE_START_RE.test(foldForMatch(t))) return null;
  // the title is the run of upper-case words at the start ("KẾ HOẠCH HOẠT ĐỘNG TOÀN KHÓA")
  const words = t.split(/\s+/);
  let n = 0;
  while (n < words.length && isUpper(words[n]) && !/\d/.test(words[n])) n++;
  if (n < 2) return null;
  const title = words.slice(0, n).join(" ");
  return { title, rest: words.slice(n).join(" ") };
}

/** A paragraph that opens the body: it cites documents or announces the plan ("… như sau:"). */
export function isOpeningParagraph(text: string): boolean {
  const f = foldForMatch(clean(text));
  if (/^\s{0,5}can cu(?![\p{L}])/u.test(f)) return true;
  if (/nhu sau\s{0,3}:?\s{0,3}$/u.test(f)) return true;
  if (!OPENING_LEAD_RE.test(f)) return false;
  // "Thực hiện …" may also be a subtitle ("Thực hiện Nghị quyết Đại hội … nhiệm kỳ 2021 - 2026"):
  // an opening cites a numbered document or is long
  return /(?<![\p{L}])so\s{0,3}\d/u.test(f) || /\d{1,2}\/\d{1,2}\/\d{4}/.test(f) || f.length > 260;
}

const isLabelled = (b: Block): boolean => b.kind === "heading" || b.kind === "tableRow" || b.kind === "listItem" || parseLabel(clean(b.text)) !== null;
// In Markdown the subtitle is often a heading one level below the title ("## KẾ HOẠCH" /
// "### Chăm lo Tết …"): an unlabelled heading right after the title, not naming a section, is the subtitle.
const subtitleHeading = (b: Block, first: boolean): boolean => {
  const text = clean(b.text);
  return first && b.kind === "heading" && parseLabel(text) === null && sectionKind(text) === null && text.length < 300;
};

export function readOpening(blocks: Block[]): OpeningFacts {
  const facts: OpeningFacts = { title: null, titleIndex: -1, subtitle: null, subtitleBlocks: [], openingBlocks: [], openingText: "", bases: [] };
  const limit = Math.min(blocks.length, 30);
  let cut: { index: number; from: number } | null = null; // the opening starts inside this block
  for (let i = 0; i < limit; i++) {
    if (blocks[i].kind === "tableRow") continue;
    const t = titleOf(blocks[i].text);
    if (t) {
      facts.titleIndex = i;
      facts.title = t.title;
      const parts: string[] = [];
      if (t.rest) parts.push(t.rest);
      let j = i + 1;
      // a title wrapped over two lines ("KẾ HOẠCH" / "HOẠT ĐỘNG TOÀN KHÓA")
      if (!t.rest && j < blocks.length && blocks[j].kind !== "tableRow") {
        const next = clean(blocks[j].text);
        if (isUpper(next) && TITLE_MORE_RE.test(foldForMatch(next)) && next.length < 80) {
          facts.title = `${facts.title} ${next}`;
          j++;
        }
      }
      for (; j < blocks.length && facts.subtitleBlocks.length < 4; j++) {
        const b = blocks[j];
        const text = clean(b.text);
        if (!/[\p{L}\p{N}]/u.test(text)) continue; // a rule line under the title
        if (b.kind === "footnote" || b.kind === "tableRow" || (isLabelled(b) && !subtitleHeading(b, facts.subtitleBlocks.length === 0 && parts.length === 0))) break;
        if (isOpeningParagraph(text)) {
          const run = facts.subtitleBlocks.length === 0 && parts.length === 0 ? SUBTITLE_RUN_ON_RE.exec(text) : null;
          if (run?.groups) {
            parts.push(run.groups.sub);
            cut = { index: j, from: run[0].length };
          }
          break;
        }
        if (facts.subtitleBlocks.length > 0 && (text.length > 200 || /:$/.test(text))) break;
        if (facts.subtitleBlocks.length === 0 && parts.length === 0 && text.length > 300) break;
        parts.push(text);
        facts.subtitleBlocks.push(j);
      }
      if (parts.length) facts.subtitle = parts.join(" ").replace(/\s+/g, " ").trim();
      break;
    }
  }
  // the opening paragraphs: after the subtitle (or from the top), up to the first labelled block
  const from = cut ? cut.index : facts.subtitleBlocks.length ? facts.subtitleBlocks[facts.subtitleBlocks.length - 1] + 1 : facts.titleIndex + 1;
  const textOf = (j: number): string => clean(cut && cut.index === j ? blocks[j].text.slice(cut.from) : blocks[j].text);
  for (let j = Math.max(0, from); j < blocks.length && j < from + 6; j++) {
    const b = blocks[j];
    if (b.kind === "tableRow" || isLabelled(b)) break;
    const text = textOf(j);
    if (facts.titleIndex < 0 && !isOpeningParagraph(text)) {
      if (facts.openingBlocks.length) break;
      continue; // header lines of a plan without a title
    }
    if (isOpeningParagraph(text) || /^\s{0,5}(?:can cu|thuc hien|theo)(?![\p{L}])/u.test(foldForMatch(text))) facts.openingBlocks.push(j);
    else if (facts.openingBlocks.length) break;
  }
  for (const j of facts.openingBlocks) facts.bases.push(...readBases(textOf(j)));
  facts.openingText = facts.openingBlocks.map(textOf).join(" ");
  return facts;
}

/** The documents cited in an opening paragraph, one entry per document. */
export function readBases(paragraph: string): string[] {
  const out: string[] = [];
  const clauses = splitOutsideQuotes(paragraph, ";").map((c) => c.text);
  for (let clause of clauses) {
    clause = clause.trim();
    // drop the announcing clause (", Ban Thường vụ … xây dựng kế hoạch … như sau:")
    const tm = execFolded(TRAILING_CLAUSE_RE, clause);
    if (tm) clause = clause.slice(0, tm.index).trim();
    clause = clause.replace(/\s*(?:như sau)?\s*:\s*$/u, "").trim();
    if (!clause) continue;
    // split one clause into documents at ", <kind>"
    const pieces: string[] = [];
    let last = 0;
    for (const m of allFolded(new RegExp(SPLIT_KIND_RE.source, "gdu"), clause)) {
      const next = clause.slice(m.end);
      // a lower-case kind starts a new document only when numbered ("văn bản số …")
      if (/^\p{Ll}/u.test(next) && !/^\S+\s\S+\s{1,3}số(?![\p{L}])/u.test(next)) continue;
      pieces.push(clause.slice(last, m.index));
      last = m.end;
    }
    pieces.push(clause.slice(last));
    for (let p of pieces) {
      p = p.trim();
      // strip the lead word ("Căn cứ", "Thực hiện", "Theo", "và") and find the kind near the start
      for (let k = 0; k < 3; k++) {
        const lead = /^(?:căn cứ|thực hiện|theo|xét|triển khai|và|tiếp tục thực hiện|tinh thần)\s+/iu.exec(p);
        if (!lead) break;
        p = p.slice(lead[0].length);
      }
      const f = foldForMatch(p);
      if (!KIND_AT_START_RE.test(f)) {
        const at = new RegExp(`${B}${KIND_ALT}${E}`, "u").exec(f);
        if (!at || at.index > 40) continue;
        p = p.slice(at.index);
      }
      p = p.replace(/[\s,.;:]+$/u, "").trim();
      if (p.split(/\s+/).length >= 2) out.push(p);
    }
  }
  return out;
}

/** "nhiệm kỳ 2022 - 2027", "giai đoạn 2021-2025" → {from, to} */
export function readPeriod(text: string): { from: number; to: number } | null {
  const m = execFolded(new RegExp(`${B}(?:nhiem ky|giai doan|khoa)\\s{0,3}\\(?\\s{0,3}(?<from>(?:19|20)\\d\\d)\\s{0,3}[-–—]\\s{0,3}(?<to>(?:19|20)\\d\\d)${E}`, "du"), text);
  if (!m) return null;
  const from = Number(m.groups.from), to = Number(m.groups.to);
  return to > from && to - from <= 10 ? { from, to } : null;
}

/** The year a one-year plan is for: the last "năm 2024" (not inside "giai đoạn"/"nhiệm kỳ"). */
export function readYear(text: string): number | null {
  let year: number | null = null;
  for (const m of allFolded(new RegExp(`${B}nam\\s{0,3}(?<y>(?:19|20)\\d\\d)${E}(?!\\s{0,3}[-–—]\\s{0,3}\\d)`, "gdu"), text)) year = Number(m.groups.y);
  return year;
}

export const mentionsTerm = (text: string): boolean => /(?<![\p{L}])(?:toan khoa|nhiem ky)(?![\p{L}])/u.test(foldForMatch(text));
