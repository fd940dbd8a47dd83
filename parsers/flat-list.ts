// A list flattened onto one line. A web page's copy often loses the line breaks of a list, so a
// whole section arrives as one paragraph: "… TRONG NHIỆM KỲ 2020-2025 I. Về kinh tế (11 chỉ tiêu)
// 1. Tốc độ tăng … đạt 16%. 2. Thu nhập bình quân …", "… 12 chỉ tiêu chủ yếu đó là: (1) Thu ngân
// sách … (2) Tỷ lệ …", "… II. Nội dung: … . - Mỗi em đội viên … . - Sách …". This is layout, not
// meaning: the paragraph is cut back into the paragraphs it was, where labels of one style follow
// each other in sequence (1, 2, 3 … or I, II …), so that the structure rule sees the list.
//
// A label inside a paragraph is only a cut when
//   - it follows a space after something that is not a letter (a full stop, ":", ")", a digit:
//     "khóa I. Tiếp" is a word and a numeral, "ngày 13/2/2018" no label at all);
//   - a capital letter, a digit or an opening quote follows it ("1. Tốc độ", "(7) 100% thôn", not "1. được");
//   - it continues a sequence of its style: numbers go 1, 2, 3 (a "1." may restart the sequence
//     under a new group), and a style cuts only when one of its labels follows the one before
//     after a full stop, so a lone "(2)" or "3." in a sentence stays where it is, and so does an
//     enumeration inside a sentence ("… các chương trình: (1) Xây dựng …; (2) Giảm nghèo …; (3) …");
//   - bullets ("- ", "+ ", "• ") cut only after the end of a sentence (".", ";", ":"), two at least; a
//     spaced "+" also after a word ("… giải Nhì + Cấp huyện: …"), where a "-" would be a dash;
//   - dotted sub-labels ("1.1/", "2.1.") and letters ("a/", "b)") form sequences like numbers.
// Before the first cut, a run of capitals that ends the text before it is a heading of its own
// ("… CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2020-2025 I. Về kinh tế …").
// Every format's model goes through it: the text parser cuts while it builds its paragraphs
// (`flatListPieces`), the other parsers' paragraphs are cut afterwards (`splitFlatLists`), with
// the same offsets into the document's text.
import type { Block, DocModel, NoteRef } from "../src/ground/model.js";
import { parseLabel, type Label } from "../src/ground/label.js";

/** A label is read from at most this many characters after the white space before it. */
const LABEL_LOOKAHEAD = 40;
/** A run of capital words before a list is a heading when it has at least this many words. */
const CAPITAL_HEADING_MIN_WORDS = 3;

interface Candidate {
  at: number;
  label: Label;
  key: string;
  afterStop: boolean; // the sentence before it ended with a full stop
}

// a space run, and the first character after it
/** The deepest dotted label a glued list is cut at ("1.2.3/"): deeper codes are a section number's, not a list's. */
const MAX_GLUED_DEPTH = 3;
const SPACE_RUN = /[ \u00a0]{1,20}(?=\S)/g;
const AFTER_LABEL = /^[\p{Lu}\p{N}“"‘'(]/u;

const keyOf = (l: Label): string | null => {
  // "1.", and the dotted sub-labels of such a list ("1.1/ Tập thể: … 1.2/ Cá nhân: …")
  if (l.style === "num") return l.depth === 1 ? "num" : l.depth <= MAX_GLUED_DEPTH ? `num${l.depth}` : null;
  // "a/ …", "b) …": letters follow each other like numbers
  if (l.style === "roman" || l.style === "paren" || l.style === "paren-roman" || l.style === "letter") return l.style;
  if (l.style === "bullet") return `bullet${l.bullet}`;
  return null;
};

/** Labels inside `text` (not at its start) that may open a flattened paragraph. */
function candidates(text: string, first: Label | null): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(SPACE_RUN)) {
    const at = m.index! + m[0].length;
    const before = text[m.index! - 1];
    if (before === undefined) continue;
    const label = parseLabel(text.slice(at, at + LABEL_LOOKAHEAD));
    if (!label) continue;
    // a "-" between words is a dash ("kinh tế - xã hội", "Đoàn kết - Kỷ cương"); a spaced "+" before a
    // capital is a sub-bullet even after a word ("… 1 giải Nhì + Cấp huyện: …")
    const spacedPlus = text[at] === "+" && /\s/u.test(text[at + 1] ?? "");
    if (/\p{L}/u.test(before) && !spacedPlus) continue;
    const key = keyOf(label);
    if (!key || !AFTER_LABEL.test(text.slice(at + label.length, at + label.length + 1))) continue;
    // a sign glued to a number is no bullet: "(-SRB): -0,2 điểm phần trăm", "mức sinh: +0,1‰"
    // and so is one right after a field's colon ("mức sinh (+/-CBR): + 0,1‰")
    if (label.style === "bullet" && (/^[-–+]\d/u.test(text.slice(at, at + 2)) || (before === ":" && /^[-–+]\s{0,3}\d/u.test(text.slice(at, at + 6))))) continue;
    // a bullet glued after a closing parenthesis counts only in a line that opens with the same bullet
    // ("- Số hộ … (để đạt 84% trở lên) - Hộ có …")
    const sameOpen = first?.style === "bullet" && first.bullet === label.bullet;
    if (label.style === "bullet" && !/[.;:!?…]/u.test(before) && !(sameOpen && before === ")") && !spacedPlus) continue;
    out.push({ at, label, key, afterStop: /[.!?…]/u.test(before) });
  }
  return out;
}

/** The candidates that continue a sequence of their style, for styles that form one. */
function inSequence(first: Label | null, cands: Candidate[]): Candidate[] {
  const last = new Map<string, number>();
  const firstKey = first ? keyOf(first) : null;
  if (firstKey && first!.number !== null) last.set(firstKey, first!.number);
  const kept: Candidate[] = [];
  const steps = new Map<string, number>(); // labels of a style that followed the one before
  for (const c of cands) {
    if (c.label.style === "bullet") { kept.push(c); steps.set(c.key, (steps.get(c.key) ?? 0) + 1); continue; }
    const n = c.label.number!;
    const prev = last.get(c.key);
    // a line that goes on a list ("Về văn hóa – xã hội: (6) … (7) …") starts at its first number
    const starts = prev === undefined && cands.some((d) => d.key === c.key && d.at > c.at && d.label.number === n + 1);
    if (n === 1 || starts || (prev !== undefined && n === prev + 1)) {
      if (n !== 1 && c.afterStop) steps.set(c.key, (steps.get(c.key) ?? 0) + 1);
      last.set(c.key, n);
      kept.push(c);
    }
  }
  // a bullet style cuts from two bullets on, or from one in a line that opens with the same bullet
  // ("- Tổng sản lượng … 127.000 tấn trở lên. - Lương thực …": bullets a copy glued onto one line);
  // a numbered style once one label followed another
  const own = first?.style === "bullet" ? `bullet${first.bullet}` : null;
  return kept.filter((c) => (steps.get(c.key) ?? 0) >= (c.label.style === "bullet" && c.key !== own ? 2 : 1));
}

/** Where a run of capital words (a heading) starts before `end`, or -1 ("CÁC CHỈ TIÊU CHỦ YẾU 2020-2025"). */
function capitalsBefore(text: string, end: number): number {
  const words = text.slice(0, end).trimEnd().split(/(?<=\s)/);
  let start = -1;
  let count = 0;
  let pos = text.slice(0, end).trimEnd().length;
  for (let k = words.length - 1; k >= 0; k--) {
    const w = words[k].trim();
    pos -= words[k].length;
    if (!w || /\p{Ll}/u.test(w)) break;
    if (/\p{Lu}/u.test(w)) { start = pos; count++; }
  }
  return count >= CAPITAL_HEADING_MIN_WORDS && start > 0 ? start : -1;
}

/** Offsets where the paragraphs of a flattened list start (none for an ordinary paragraph). */
export function flatListCuts(text: string): number[] {
  const first = parseLabel(text);
  const kept = inSequence(first, candidates(text, first));
  if (!kept.length) return [];
  const cuts = kept.map((c) => c.at);
  const heading = capitalsBefore(text, cuts[0]);
  if (heading > 0) cuts.unshift(heading);
  return cuts;
}

/** A paragraph's text cut where a flattened list's items start, each piece with its offset in the text and its references. */
export function flatListPieces(text: string, refs: readonly NoteRef[]): Array<{ text: string; from: number; refs?: NoteRef[] }> {
  const bounds = [0, ...flatListCuts(text), text.length];
  const out: Array<{ text: string; from: number; refs?: NoteRef[] }> = [];
  for (let k = 0; k + 1 < bounds.length; k++) {
    const raw = text.slice(bounds[k], bounds[k + 1]);
    const lead = raw.length - raw.trimStart().length;
    const piece = raw.trim();
    if (!piece) continue;
    const from = bounds[k] + lead;
    const last = k + 2 === bounds.length;
    const own = refs.filter((r) => r.at >= bounds[k] && (r.at < bounds[k + 1] || last));
    out.push({ text: piece, from, refs: own.length ? own.map((r) => ({ ...r, at: Math.max(0, Math.min(r.at - from, piece.length)) })) : undefined });
  }
  return out;
}

/**
 * The model with each flattened paragraph cut into the paragraphs it was (DOCX, PDF and Markdown
 * copies of a web page flatten lists as text copies do). A piece keeps the paragraph's hints and
 * its own slice of the document's text; other blocks are left as they are.
 */
export function splitFlatLists(doc: DocModel): DocModel {
  let changed = false;
  const blocks: Block[] = [];
  for (const b of doc.blocks) {
    const parts = b.kind === "paragraph" ? flatListPieces(b.text, b.refs ?? []) : [];
    if (parts.length < 2) { blocks.push(b); continue; }
    changed = true;
    for (const p of parts) {
      const { refs: _refs, ...hints } = b;
      void _refs;
      blocks.push({ ...hints, text: p.text, start: b.start + p.from, end: b.start + p.from + p.text.length, ...(p.refs ? { refs: p.refs } : {}) });
    }
  }
  return changed ? { ...doc, blocks } : doc;
}
