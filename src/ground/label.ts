// Item labels at the start of a paragraph: the numbering styles of Vietnamese
// plans. Shape only (no meaning); rules/structure.ts decides what they number.
//
//   "I. MỤC ĐÍCH"      roman        code "I"       ("I/", "I/.", "III- " and "I - " too)
//   "2.1. Mỗi cơ sở"   num (depth 2) code "2.1"    ("2.1 Mỗi" too: a dotted code needs no final dot)
//   "3. Nhiệm vụ"      num (depth 1) code "3"      (a single number needs ".", ")", "/", "/." or "- ")
//   "(1) Tiếp tục"     paren        code "(1)"     ("(1) - 100% …": the dash after it is part of the label)
//   "(ii) Tập trung"   paren-roman  code "(ii)"    (small roman numerals in parentheses: "(i)" is one, not the letter i)
//   "a) Về nội dung"   letter       code "a"
//   "- Hội LHPN"       bullet       code null      ("*" ranks above "-", "+" below it; "•" "–" are "-")
//   "Chỉ tiêu 3: …"    named        code "Chỉ tiêu 3"
//   "B. CHỈ TIÊU"      upper        code "B"       (capital letters number the parts of a plan: A. B. C. D.)
//   "Phần II. NHIỆM VỤ" part        code "Phần II"

import { toRoman } from "./format.js";
import { HOUR_WORD, LOWER_LETTERS, NAMED_LABELS, PART_WORDS, UPPER_LETTERS } from "./label-words.js";
import { escapeRe, anyOf, regex } from "./regex.js";

export type LabelStyle = "roman" | "num" | "paren" | "paren-roman" | "paren-letter" | "letter" | "upper" | "part" | "bullet" | "named";

export interface Label {
  style: LabelStyle;
  code: string | null; // as written, without the final dot: "2.1", "(1)", "I", "Chỉ tiêu 3"; null for bullets
  depth: number; // segments of a dotted code; 1 otherwise
  number: number | null; // value of the last segment ("2.3" -> 3, "IV" -> 4, "(2)" -> 2, "b)" -> 2)
  bullet: string | null; // the bullet char normalised: "*", "-", "+"
  rank: number; // bullets: "*" 0, "-" 1, "+" 2; others 0
  length: number; // characters the label takes, including the spaces after it
  named: string | null; // "chỉ tiêu" for "Chỉ tiêu 3:"
}

const ROMAN: Record<string, number> = { I: 1, V: 5, X: 10, L: 50, C: 100 };
export function romanValue(s: string): number | null {
  if (!/^[IVXLC]{1,7}$/.test(s)) return null;
  let total = 0;
  for (let i = 0; i < s.length; i++) {
    const v = ROMAN[s[i]];
    const next = ROMAN[s[i + 1]] ?? 0;
    total += v < next ? -v : v;
  }
  // reject non-canonical forms such as "IIII", "VV" or "CCCC" (more likely words or codes)
  const canon = toRoman(total);
  return canon === s ? total : null;
}

// "IV. " / "II) " / "II/ " / "I/. " / "III- " / "I - " — a roman numeral, a dot, parenthesis, slash
// or dash, then text (the slash needs a space after it, so "V/v" (về việc) is no label; the dash
// a space and a capital after it, as web copies of plans write part headings "III- MỘT SỐ CHỈ TIÊU")
const ROMAN_RE = /^(?<r>[IVXLC]{1,7})\s{0,2}(?:[.)]\s{0,20}|\/\.?\s{1,20}|[-–]\s{1,20}(?=\p{Lu}))(?=\S)/u;
// "2.1. " "1.1.3 " "2.10." — dotted codes of at most 5 parts of 1–2 digits (so "2026." and "17.80" are not labels);
// web copies write "1.1/ Tập thể" and "2.1/Giáo viên" (glued: a capital and a small letter after it, not "1.1/2025")
const DOTTED_RE = /^(?<n>\d{1,2}(?:\.\d{1,2}){1,4})(?:\.?(?:\s{1,20}|$)(?=\S|$)|\/\.?(?:\s{1,20}|(?=\p{Lu}\p{Ll})))/u;
// "3. " "3) " "3/ " "1/. " "3- " — a single number needs its dot, parenthesis, slash or dash (many
// plans number "1/", "2/"; the slash needs a space after it, so a date "1/2025" is no label; the
// dash is glued to the number and has a space and a capital after it: "3- Nhiệm vụ", while
// "1 - Năm 2021: …" is a footnote body's marker and "3 - 5%" a range; a web copy may drop the space
// after the dash or the dot when a word follows: "2-Tổ chức chỉ đạo", "5.Tổ chức và phối hợp"; a week's
// schedule numbers each day's entries "1- 08h30: …", "2- 14 giờ: …", the dash before an hour)
const SINGLE_RE = regex(String.raw`^(?<n>\d{1,2})(?:[.)](?:\s{1,20}|$)|\.(?=\p{Lu}\p{Ll})|\/\.?\s{1,20}|[-–]\s{1,20}(?=\p{Lu}|\d{1,2}\s{0,2}(?:h|${HOUR_WORD}|g)\s{0,2}\d{0,2}\s{0,2}[:’'])|[-–](?=\p{Lu}\p{Ll}))`, "u");
// "(1) " "(1) - " "(1). " "(a) "
const PAREN_RE = /^\((?<p>\d{1,2}|[a-zđ])\)(?:\s{0,20}[-–—]\s{1,20}|\.?\s{0,20})/u;
// "(i) " "(iv) " "(vii) " — small roman numerals in parentheses, as central guidance documents number lists
const PAREN_ROMAN_RE = /^\((?<r>[ivx]{1,5})\)(?:\s{0,20}[-–—]\s{1,20}|\.?\s{0,20})/u;
// "a) " "b. Về" "a. 100% xã" "a/ Báo" — a lower-case letter label (with "." only when a capital or a
// digit follows, not "v.v."; with "/" only before a space, not "v/v")
const LETTER_RE = /^(?<l>[a-zđ])(?:\)\s{0,20}|\/\s{1,20}(?=\S)|\.\s{1,20}(?=[\p{Lu}\p{N}]))/u;
// "- " "+ " "* " "• " "– "; a dash glued to the word ("-Tham gia") counts too
const BULLET_RE = /^(?<b>[-–—•·+*▪►❖✓])\s{0,20}(?=[\p{L}\p{N}“"(])/u;
// "Chỉ tiêu 3: " "Nhiệm vụ 1: " "Mục tiêu 2. " "Chương trình 3: " — an item that names itself; a campaign's
// rounds and a plan's steps or stages too ("Đợt 1: Hưởng ứng …", "Bước 2: …", "Giai đoạn 1: …")
const NAMED_RE = regex(`^(?<w>${NAMED_LABELS.map((l) => escapeRe(l.word)).join("|")})\\s{1,3}(?<n>\\d{1,2}|[IVX]{1,5})\\s{0,3}[:.]\\s{0,20}`, "iu");

// "A. MỤC ĐÍCH", "B) Chỉ tiêu" — a capital letter A–H numbering the parts of a plan; read before
// roman numerals because "C." and "D." there are the third and fourth parts, not 100 and 500.
// The text after it must start with a capital (not an initial in a name, "A. Lê" aside, which
// never opens a paragraph of a plan). A dash may be glued to a word: "A-Nội dung, nhiệm vụ". A web
// page's font-size buttons ("A- A A+ | Tăng tương phản") are no label.
const UPPER_RE = /^(?<u>[A-HĐ])(?:(?:[.)]|\s{0,2}[-–])\s{1,20}(?=\p{Lu})(?!\p{Lu}\s{1,3}\p{Lu}\+)|[-–](?=\p{Lu}\p{Ll}))/u;
// "Phần I. CHỈ TIÊU", "PHẦN II: NHIỆM VỤ TRỌNG TÂM", "Phần 3 - Tổ chức thực hiện": a part of the plan
// (a line "PHẦN I" alone is not a label: the part's name follows on the next line)
// A resolution's article is a part too: "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2025"
const PART_RE = regex(`^(?<w>${anyOf(PART_WORDS)})\\s{1,3}(?<n>[IVX]{1,5}|\\d{1,2})\\s{0,3}[.:\\-–]\\s{0,20}(?=\\S)`, "u");


export function parseLabel(text: string): Label | null {
  const t = text;
  let m: RegExpExecArray | null;
  if ((m = NAMED_RE.exec(t))) {
    const word = m.groups!.w;
    const n = m.groups!.n;
    return {
      style: "named", code: `${word} ${n}`, depth: 1, number: /\d/.test(n) ? Number(n) : romanValue(n.toUpperCase()),
      bullet: null, rank: 0, length: m[0].length, named: word.toLowerCase(),
    };
  }
  if ((m = DOTTED_RE.exec(t))) {
    const code = m.groups!.n;
    const parts = code.split(".");
    return { style: "num", code, depth: parts.length, number: Number(parts[parts.length - 1]), bullet: null, rank: 0, length: m[0].length, named: null };
  }
  if ((m = SINGLE_RE.exec(t))) {
    const code = m.groups!.n;
    return { style: "num", code, depth: 1, number: Number(code), bullet: null, rank: 0, length: m[0].length, named: null };
  }
  if ((m = PART_RE.exec(t))) {
    const n = m.groups!.n;
    return {
      style: "part", code: `${m.groups!.w} ${n}`, depth: 1, number: /\d/.test(n) ? Number(n) : romanValue(n),
      bullet: null, rank: 0, length: m[0].length, named: null,
    };
  }
  if ((m = UPPER_RE.exec(t))) {
    const u = m.groups!.u;
    return { style: "upper", code: u, depth: 1, number: UPPER_LETTERS.indexOf(u) + 1, bullet: null, rank: 0, length: m[0].length, named: null };
  }
  if ((m = ROMAN_RE.exec(t))) {
    const v = romanValue(m.groups!.r);
    if (v !== null) return { style: "roman", code: m.groups!.r, depth: 1, number: v, bullet: null, rank: 0, length: m[0].length, named: null };
  }
  if ((m = PAREN_ROMAN_RE.exec(t))) {
    const v = romanValue(m.groups!.r.toUpperCase());
    if (v !== null) return { style: "paren-roman", code: `(${m.groups!.r})`, depth: 1, number: v, bullet: null, rank: 0, length: m[0].length, named: null };
  }
  if ((m = PAREN_RE.exec(t))) {
    const p = m.groups!.p;
    const isNum = /\d/.test(p);
    return {
      style: isNum ? "paren" : "paren-letter", code: `(${p})`, depth: 1,
      number: isNum ? Number(p) : LOWER_LETTERS.indexOf(p) + 1, bullet: null, rank: 0, length: m[0].length, named: null,
    };
  }
  if ((m = LETTER_RE.exec(t))) {
    const l = m.groups!.l;
    return { style: "letter", code: l, depth: 1, number: LOWER_LETTERS.indexOf(l) + 1, bullet: null, rank: 0, length: m[0].length, named: null };
  }
  if ((m = BULLET_RE.exec(t))) {
    const raw = m.groups!.b;
    const bullet = raw === "*" ? "*" : raw === "+" ? "+" : "-";
    const rank = bullet === "*" ? 0 : bullet === "+" ? 2 : 1;
    return { style: "bullet", code: null, depth: 1, number: null, bullet, rank, length: m[0].length, named: null };
  }
  return null;
}

/** Does the line start with an item label? (A layout cue for parsers re-joining wrapped lines.) */
export const startsWithLabel = (line: string): boolean => parseLabel(line.trimStart()) !== null;
