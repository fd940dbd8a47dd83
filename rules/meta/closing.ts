// The closing block of an administrative document: "Nơi nhận:" (recipients) on the
// left, the signature on the right: "TM. BAN THƯỜNG VỤ" (on behalf of the body) or
// "KT. CHỦ TỊCH" (signing for the chair), then the signer's title ("CHỦ TỊCH",
// "PHÓ CHỦ TỊCH"), then the name on the last line. Text copied from a PDF may
// interleave the two columns, so role words are taken out of any closing line.
import type { Block } from "../../src/ground/model.js";
import { clean } from "./util.js";
import { B, E, execFolded, foldForMatch } from "../../src/ground/text.js";
import { alt, anyOf, regex } from "../vocab/pattern.js";
import { RECIPIENTS_HEADS, SIGNED_MARKS, W } from "../vocab/words.js";
import { SIGNING_CAPACITIES, bodyPhrases } from "../vocab/bodies.js";
import { RECIPIENT_NOTES, SIGNER_TITLES } from "../vocab/letterhead.js";

export interface Signer {
  name: string;
  title: string | null;
  onBehalfOf: string | null;
}

export interface ClosingFacts {
  recipients: string[];
  signer: Signer | null;
  /** index (in the given blocks) of the "Nơi nhận" block, -1 when absent */
  recipientsAt: number;
}

// "Nơi nhận:" (also typed "Nơi gửi:")
const RECIPIENTS_RE = regex(`^\\s{0,5}noi (?:nhan|gui)\\s{0,3}:?`, "du");
// "TM. BAN THƯỜNG VỤ", "T/M BAN CHẤP HÀNH", "KT. CHỦ TỊCH", "Q. CHỦ TỊCH", "TL. …",
// "TM. ỦY BAN NHÂN DÂN" (a People's Committee), "KT. BÍ THƯ", "KT. GIÁM ĐỐC" (a department);
// "TM. BAN ĐẠI DIỆN" (Hội Người cao tuổi), "TM. BAN CHỦ NHIỆM" (a club), "T/M ĐẢNG ỦY", "T/M CHI BỘ" (party committees);
// upper-case words after it name the body's organisation ("TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", see roleParts)
const ON_BEHALF_RE = regex(`${B}(?<ob>(?:tm|t/m|kt|k/t|q|tl|t/l)\\s{0,2}[.:]?\\s{0,3}${alt([...bodyPhrases("signs"), ...SIGNING_CAPACITIES], "full")}(?: hoi [a-z ]{1,40}?)?)${E}`, "du");
// "PHÓ CHỦ TỊCH", "CHỦ TỊCH", "PHÓ CHỦ TỊCH THƯỜNG TRỰC", "BÍ THƯ", "TRƯỞNG PHÒNG" (rules/vocab/letterhead.ts)
const TITLE_RE = regex(`${B}(?<title>(?:pho )?${alt(SIGNER_TITLES, "full")}(?: thuong truc)?)${E}`, "du");
// the first word of a title, where the organisation's name after "TM. BAN THƯỜNG VỤ" stops
const TITLE_START = new Set(["pho", ...SIGNER_TITLES.map((t) => foldForMatch(t).split(" ")[0]!)]);
// "(Đã ký)", "(đã ký và đóng dấu)", "[daky]"
const SIGNED_RE = regex(`^\\s{0,5}[([]?\\s{0,3}(?:${anyOf(SIGNED_MARKS)})[^)\\]]{0,40}[)\\]]?\\s{0,5}$`, "iu");
// column annotations beside a recipient: "Để báo cáo", "(để báo cáo)", "để thực hiện", "(b/c)", "} để t/h"
// (a party document ends each recipient line with "," instead of ";": "- Thường trực Tỉnh ủy (b/c),")
// (the notes: RECIPIENT_NOTES in rules/vocab/letterhead.ts)
const ANNOTATION_RE = regex(
  `(?:[;,.]|\\t|\\s{2,}|\\s(?=[(}]|de\\s))\\s{0,5}[}\\])]?\\s{0,3}\\(?\\s{0,3}(?:de\\s{1,3})?${alt(RECIPIENT_NOTES.map((n) => n.phrase), "full")}(?:\\s{1,3}[a-z/]{1,12}){0,3}\\s{0,3}\\)?\\s{0,3}[;.,]?\\s{0,3}$`,
  "du",
);
const ANNOTATION_ONLY_RE = regex(
  `^\\s{0,3}[}\\])]?\\s{0,3}\\(?\\s{0,3}de\\s{1,3}${alt(RECIPIENT_NOTES.filter((n) => n.alone).map((n) => n.phrase), "full")}[a-z /]{0,30}\\)?\\s{0,3}[;.]?\\s{0,3}$`,
  "u",
);
// "Lưu: VT", "Lưu VT.", "- Lưu VP, hồ sơ"
const FILING_RE = regex(`^\\s{0,5}${W.filed}(?:\\s{0,3}:|\\s)`, "iu");
// the head of the recipients' list before the first of them: "Nơi nhận:", "Noi gui :"
const RECIPIENTS_HEAD_RE = regex(`^\\s{0,5}(?:${anyOf(RECIPIENTS_HEADS)})\\s{0,3}:?\\s*`, "iu");

/** Does this look like a person's name: 2–6 capitalised words, no digits. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (t.length < 5 || t.length > 50 || /[\d:;,.()/]/.test(t)) return false;
  const words = t.split(/\s+/);
  if (words.length < 2 || words.length > 6) return false;
  if (FILING_RE.test(t)) return false;
  // an annex heading after the signature ("PHỤ LỤC", "Phụ lục 01") is no name
  if (/^phu luc(?![\p{L}])/u.test(foldForMatch(t))) return false;
  return words.every((w) => /^\p{Lu}[\p{Ll}\p{M}]*$/u.test(w) || /^\p{Lu}+$/u.test(w));
}

export function cleanRecipient(line: string): string | null {
  let s = line.replace(/\*\*/g, "");
  // a table of two cells (recipient | annotation) pasted with a tab: the first cell
  if (s.includes("\t")) {
    const cells = s.split("\t").map((c) => c.trim()).filter(Boolean);
    s = cells[0] ?? "";
  }
  s = s.replace(/[ \u00a0]+/g, " ").trim();
  s = s.replace(/^[-–—+•*]\s{0,3}/u, "").trim();
  for (let k = 0; k < 2; k++) {
    const m = execFolded(ANNOTATION_RE, s);
    if (!m || m.index === 0) break;
    s = s.slice(0, m.index).trim();
  }
  s = s.replace(/[\s}]+$/u, "").replace(/[;.,]+$/u, "").trim();
  if (!s || ANNOTATION_ONLY_RE.test(foldForMatch(s))) return null;
  return s;
}

function roleParts(text: string): { onBehalfOf: string | null; title: string | null; rest: string } {
  let rest = text;
  let onBehalfOf: string | null = null;
  let title: string | null = null;
  const ob = execFolded(ON_BEHALF_RE, rest);
  if (ob && ob.groups.ob && /^\p{Lu}/u.test(ob.groups.ob)) {
    // "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN", "TM. BAN CHẤP HÀNH HỘI NÔNG DÂN": the upper-case words that
    // follow name the organisation, up to a title ("… BÍ THƯ" on the same line)
    let end = ob.end;
    const words = /^\s{1,3}([\p{Lu}][\p{Lu}\p{M}]{0,12})(?![\p{L}])/u;
    for (let k = 0; k < 6; k++) {
      const w = words.exec(rest.slice(end));
      if (!w || TITLE_START.has(foldForMatch(w[1]))) break;
      end += w[0].length;
    }
    // "TM:" / "KT " are written "TM." / "KT."; a slashed form ("K/T", "T/M") is kept as written
    onBehalfOf = rest.slice(ob.index, end).replace(/^([\p{Lu}/]+)\s{0,2}([.:]?)\s*/u, (_m, a: string, dot: string) => a.includes("/") ? `${a}${dot === "." ? "." : ""} ` : `${a}. `).replace(/\s+/g, " ").trim();
    rest = (rest.slice(0, ob.index) + " " + rest.slice(end)).trim();
  }
  const tm = execFolded(TITLE_RE, rest);
  if (tm && tm.groups.title && tm.groups.title === tm.groups.title.toUpperCase()) {
    title = tm.groups.title.replace(/\s+/g, " ");
    rest = (rest.slice(0, tm.index) + " " + rest.slice(tm.end)).trim();
  }
  return { onBehalfOf, title, rest: rest.replace(/\s+/g, " ").trim() };
}

/** A web copy joins the closing's two columns with "|" ("- Tỉnh ủy (b/c); | PHÓ CHỦ TỊCH |"): each cell is read as a line. */
function eachCell<K extends string>(text: string, read: (cell: string) => K, other: K): K {
  let kind = other;
  for (const cell of text.split(/\s{0,5}\|\s{0,5}/u)) {
    const k = /[\p{L}\p{N}]/u.test(cell) ? read(cell.trim()) : other;
    if (k !== other) kind = k;
  }
  return kind;
}

export function readClosing(blocks: Block[]): ClosingFacts {
  const facts: ClosingFacts = { recipients: [], signer: null, recipientsAt: -1 };
  // the last "Nơi nhận" block (a plan may quote one in an annex)
  for (let i = blocks.length - 1; i >= 0; i--) {
    if (RECIPIENTS_RE.test(foldForMatch(clean(blocks[i].text)))) {
      facts.recipientsAt = i;
      break;
    }
  }
  let onBehalfOf: string | null = null;
  let title: string | null = null;
  let name: string | null = null;
  let sawRole = false;
  let sawFiling = false;
  const consider = (text: string): "recipient" | "signature" | "other" => {
    const r = roleParts(text);
    if (r.onBehalfOf) onBehalfOf ??= r.onBehalfOf;
    if (r.title) title ??= r.title;
    if (r.onBehalfOf || r.title) sawRole = true;
    const rest = r.rest;
    if (!rest || SIGNED_RE.test(rest)) return r.onBehalfOf || r.title ? "signature" : "other";
    if (/^[-–—+•*]/u.test(rest) || FILING_RE.test(rest)) {
      const c = cleanRecipient(rest);
      if (c) facts.recipients.push(c);
      if (FILING_RE.test(rest.replace(/^[-–—+•*]\s*/u, ""))) sawFiling = true;
      return "recipient";
    }
    if (isPersonName(rest) && (sawRole || sawFiling || facts.recipientsAt >= 0)) {
      name = rest;
      return "signature";
    }
    return "other";
  };

  if (facts.recipientsAt >= 0) {
    const first = clean(blocks[facts.recipientsAt].text).replace(RECIPIENTS_HEAD_RE, "");
    if (first) for (const piece of first.split(/\n/)) eachCell(piece, consider, "other");
    for (let i = facts.recipientsAt + 1; i < blocks.length; i++) {
      const b = blocks[i];
      if (b.kind === "footnote") continue;
      if (b.kind === "tableRow" && b.cells) {
        for (const c of b.cells) consider(c.text);
        continue;
      }
      const kind = eachCell(clean(b.text), consider, "other");
      if (kind === "other" && !sawRole && !sawFiling && clean(b.text).length > 120) break; // back in the body (an annex)
    }
  } else {
    // no recipients: a signature in the last blocks ("TM. BAN …" / "CHỦ TỊCH" / name)
    const tail: number[] = [];
    for (let i = blocks.length - 1; i >= 0 && tail.length < 6; i--) if (blocks[i].kind !== "footnote") tail.unshift(i);
    let roleAt = -1;
    for (const i of tail) {
      const r = roleParts(clean(blocks[i].text));
      if ((r.onBehalfOf || r.title) && r.rest.length < 40) {
        roleAt = i;
        break;
      }
    }
    if (roleAt >= 0) {
      for (const i of tail) if (i >= roleAt) eachCell(clean(blocks[i].text), consider, "other");
    } else if (tail.length >= 2) {
      // an informal plan (no header block, no "Nơi nhận") signs with a title in ordinary case
      // on the line above the name: "Chủ tịch Hội LHPN phường" / "Nguyễn Thị A"
      const last = clean(blocks[tail[tail.length - 1]].text);
      const above = clean(blocks[tail[tail.length - 2]].text);
      if (isPersonName(last) && above.length < 60 && /^(?:pho )?(?:chu tich|bi thu|truong ban|giam doc|chu nhiem)(?![\p{L}])/u.test(foldForMatch(above)) && !/[.:;]$/.test(above)) {
        facts.signer = { name: last, title: above, onBehalfOf: null };
      }
    }
  }
  if (name) facts.signer = { name, title, onBehalfOf };
  return facts;
}
