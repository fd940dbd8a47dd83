// The top of a plan below the header: the title ("KẾ HOẠCH", "KẾ HOẠCH HOẠT ĐỘNG
// TOÀN KHÓA"), its subtitle (what the plan is about: "Định hướng nhiệm vụ trọng tâm
// năm 2024", possibly wrapped over lines), and the opening paragraph that cites the
// plan's bases ("Căn cứ …; Thực hiện …, Ban Thường vụ … xây dựng kế hoạch … như sau:").
import type { Block } from "../../src/ground/model.js";
import { parseLabel } from "../../src/ground/label.js";
import { sectionKind } from "../sections.js";
import { clean, isUpper, splitOutsideQuotes } from "./util.js";
import { B, E, execFolded, allFolded, foldForMatch } from "../../src/ground/text.js";
import { alt, anyOf, regex } from "../vocab/pattern.js";
import { BASIS_LEAD_WORDS, capital, W } from "../vocab/words.js";
import { ANNOUNCING_VERBS, DOCUMENT_ABBREVIATIONS, DOCUMENT_KINDS, NOT_BASIS_LEADS, NOT_TITLE_AFTER, PLURAL_DETERMINERS, SUBJECT_BASES, TITLE_KINDS, TITLE_OPEN_RESTS } from "../vocab/documents.js";
import { isHeaderLine, readNumber } from "./header.js";
import { basesUnderHeading } from "./bases-heading.js";
import { ANNOUNCERS, ISSUING_ORGANISATIONS, bodyPhrases } from "../vocab/bodies.js";
import { SIGNER_TITLES } from "../vocab/letterhead.js";

// "Căn cứ", "Thực hiện", "Theo", "Xét", "Triển khai", "Trên cơ sở" open the paragraph of bases
const OPENING_LEAD_RE = regex(`^\\s{0,5}(?:can cu|thuc hien|theo|xet|trien khai|nham|tren co so)${E}`, "du");
// a basis as a bullet of its own: "- Căn cứ Điều lệ …;", "- Trên cơ sở …"
const BASIS_LEAD_RE = regex(`^\\s{0,5}(?:[-–+•*]\\s{0,3})?(?:can cu|thuc hien|theo|tren co so)${E}`, "du");
// the kind of a cited document at the start of a basis: "Nghị quyết", "Công văn số …", "Kế hoạch số …"
// (or its abbreviation before a number: "Căn cứ TT 16/2027/TT-BGDĐT …", "QĐ số 12/QĐ-UBND")
const KIND_ALT = `(?:${alt(DOCUMENT_KINDS, "full")}|${alt(DOCUMENT_ABBREVIATIONS, "full")}(?=\\s{1,3}(?:so\\s{0,3}:?\\s{0,3})?\\d))`;
export const KIND_AT_START_RE = regex(`^${KIND_ALT}${E}`, "u");
const PLURAL_ALT = alt(PLURAL_DETERMINERS, "full");
// a new document after ", " or " và " inside one clause: a capitalised kind, or any kind followed by "số"
// ("Chương trình công tác năm 2025 của Trung ương Hội và Nghị quyết Hội nghị Ban Chấp hành …")
// ("… năm 2021 cũng như Chương trình công tác … năm học 2020-2021": "cũng như" joins two documents like "và")
// (a lead word may stand between: "Kế hoạch số 5/KH-X …, trên cơ sở Kế hoạch số 3/KH-Y …")
const SPLIT_KIND_RE = regex(`(?:,|\\s{1,5}va|\\s{1,5}cung nhu)\\s{1,5}(?:(?:tren co so|can cu(?: vao)?|thuc hien|theo)\\s{1,3})?(?=(?:${PLURAL_ALT}\\s{1,3})?${KIND_ALT}${E})`, "gdu");
// the leads of a decision's request or review, which cite no basis (rules/vocab/documents.ts)
const NOT_BASIS_RE = regex(`^\\s{0,5}(?:[-–+•*]\\s{0,3})?${alt(NOT_BASIS_LEADS, "full")}${E}`, "u");
// a generic plural reference that names no particular document: "…, các Chỉ thị, Nghị quyết của Quốc hội, Chính phủ về
// …" (gold README, round 6): no basis, nor the unnumbered kinds listed with it
const GENERIC_AT_START_RE = regex(`^${PLURAL_ALT}\\s{1,3}${KIND_ALT}${E}`, "u");
// a document's number: "số 12", "47-CT/TW", "155/CĐ"
const NUMBERED_RE = regex(`(?<![\\p{L}])${W.number}\\s{0,3}:?\\s{0,3}\\p{N}|\\p{N}[/-]\\p{Lu}`, "u");
// a basis cited by its subject (rules/vocab/documents.ts): "phương hướng, nhiệm vụ … của …", after "Căn cứ (vào)"
export const SUBJECT_AT_START_RE = regex(`^${alt(SUBJECT_BASES, "full")}${E}`, "u");
const OWNER_OR_YEAR_RE = /(?<![\p{L}])(?:cua|nam(?: hoc)?\s{1,3}(?:19|20)\d\d)(?![\p{L}])/u;
// the verb of a sentence that states what a body did ("Hội đồng Đội huyện ban hành chương trình …"): no citation
const STATED_RE = regex(`${B}${alt(ANNOUNCING_VERBS, "full")}${E}`, "u");
// a cited document whose subject implements others: "Chương trình hành động thực hiện Nghị quyết … và Nghị quyết …"
// (an amending law names the laws it amends: "Luật sửa đổi, bổ sung một số điều của Luật A và Luật B ngày …")
const IMPLEMENTS_RE = /(?<![\p{L}])(?:thuc hien|sua doi|bo sung)\s/u;
export const LEAD_WORDS_RE = /^\s{0,3}(?:can cu(?: vao)?|thuc hien|theo|tren co so|trien khai)\s{1,3}/u;
// the trailing clause in which the issuer announces the plan: ", Ban Thường vụ Hội … xây dựng kế hoạch … như sau:", a
// notice's "…; Ủy ban nhân dân xã X thông báo:"
// (the boards and other announcers: rules/vocab/bodies.ts)
const TRAILING_CLAUSE_RE = regex(
  `(?:^|[,;.])\\s{0,5}${alt([...bodyPhrases("announces"), ...ANNOUNCERS, ...ISSUING_ORGANISATIONS], "full")}${E}[^;]{0,400}?(?:nhu sau|xay dung|ban hanh|dinh huong|trien khai|de ra|thong nhat|thong bao\\s{0,2}(?::|$))`,
  "du",
);
// the kind of a plan's title line ("KẾ HOẠCH …", "CHƯƠNG TRÌNH HÀNH ĐỘNG", rules/vocab/documents.ts)
// (not before a word that makes it a noun phrase: "KẾ HOẠCH HÓA GIA ĐÌNH")
const TITLE_KIND_RE = regex(`^(?<kind>${alt(TITLE_KINDS, "full")})(?![\\p{L}\\p{N}])(?!\\s{1,3}${alt(NOT_TITLE_AFTER, "full")}${E})`, "du");
// a line a web copy leaves between the title and the text: an image's file name, a link
const CHROME_LINE_RE = /^(?:\S{1,200}\.(?:jpe?g|png|gif|webp)|https?:\/\/\S{1,300}|!\[[^\]]{0,200}\]\([^)]{0,300}\))$/iu;

export interface OpeningFacts {
  title: string | null;
  titleIndex: number; // index into the blocks, -1 when absent
  /** the header's blocks end here: at the title, else after the last header line at the top */
  headerEnd: number;
  /** a title joined onto the end of a header block starts at this offset in it (-1: none) */
  titleCut: number;
  subtitle: string | null;
  subtitleBlocks: number[];
  openingBlocks: number[];
  /** the enacting line of a resolution or decision under its subtitle ("HỘI ĐỒNG NHÂN DÂN HUYỆN"), as written */
  enacting: string | null;
  /** a "Số … ngày …" line right under the title of a reprint ("NGHỊ QUYẾT …" / "Số 01/NQ-ABC ngày 14 tháng 1 năm 2027") */
  numberLine: string | null;
  /** the opening's text (a subtitle joined to it by a PDF copy is cut off) */
  openingText: string;
  bases: string[];
}

// A subtitle that a PDF copy ran into the opening paragraph: "Thực hiện giảm nghèo … năm 2025
// Căn cứ Quyết định số …". "Căn cứ" capitalised after a word with no punctuation starts a new sentence,
// so the words before it are the subtitle.
const SUBTITLE_RUN_ON_RE = regex(`^(?<sub>[^.;:!?]{10,240}?[\\p{L}\\p{N})”"])\\s{1,3}(?=${capital(W.basis)}\\s)`, "u");

// a title naming several kinds: "KẾ HOẠCH VÀ …", "ĐỊNH HƯỚNG, MỤC TIÊU …"
const AND_AFTER_KIND_RE = regex(`^(?:,|${W.and}\\s|${W.and.toUpperCase()}\\s)`, "u");

/**
 * Is this the title line? A kind of document at the start of a block, in capitals ("KẾ HOẠCH",
 * "CHƯƠNG TRÌNH HÀNH ĐỘNG"), or alone on its line in any case ("Kế hoạch"). The kind is the title and
 * the rest of the line is the start of the subtitle ("KẾ HOẠCH TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI" → "KẾ HOẠCH" +
 * "TỔ CHỨC ĐẠI HỘI LIÊN ĐỘI"); a line naming several kinds ("ĐỊNH HƯỚNG, MỤC TIÊU VÀ PHƯƠNG CHÂM HÀNH
 * ĐỘNG") is a title as a whole.
 */
export function titleOf(text: string): { title: string; rest: string } | null {
  if (text.length > MAX_TITLE_BLOCK) return null;
  const t = clean(text);
  const m = execFolded(TITLE_KIND_RE, t);
  if (!m) return null;
  const kind = (m.groups.kind ?? "").trim();
  const rest = t.slice(m.end).trim();
  if (!rest) return { title: kind, rest: "" };
  if (!isUpper(kind)) return null;
  if (AND_AFTER_KIND_RE.test(rest)) {
    // the run of upper-case words is the title
    const words = t.split(/\s+/);
    let n = 0;
    while (n < words.length && (isUpper(words[n]) || /^[,&]$/.test(words[n])) && !/\d/.test(words[n])) n++;
    return { title: words.slice(0, n).join(" ").replace(/[\s,]+$/u, ""), rest: words.slice(n).join(" ") };
  }
  return { title: kind, rest };
}

// the first word of a kind of several words, alone on its line ("KẾ", "CHƯƠNG", "PHƯƠNG", "THÔNG")
const KIND_BROKEN_RE = regex(`^(?:${[...new Set(TITLE_KINDS.map((k) => k.split(" ")[0]))].map((w) => alt([w], "full")).join("|")})$`, "u");
// A title line with its subject is short; a header line with a title joined onto it too (a paragraph
// of a flattened page is longer and is not read for either)
const MAX_TITLE_BLOCK = 1000;
const MAX_HEADER_LINE = 400;
// A title that a copy joined onto the end of the header's date line: "… , ngày 02 tháng 03 năm 2010 KẾ HOẠCH"
const TITLE_AFTER_DATE_RE = regex(`${B}nam\\s{0,3}\\d{4}\\s{1,5}(?=${alt(TITLE_KINDS, "full")}$)`, "du");

/** A paragraph that opens the body: it cites documents or announces the plan ("… như sau:"). */
export function isOpeningParagraph(text: string): boolean {
  const f = foldForMatch(clean(text));
  if (/^\s{0,5}can cu(?![\p{L}])/u.test(f)) return true;
  if (/nhu sau\s{0,3}:?\s{0,3}$/u.test(f)) return true;
  if (!OPENING_LEAD_RE.test(f)) return false;
  // "Thực hiện …" may also be a subtitle ("Thực hiện Nghị quyết Đại hội … nhiệm kỳ 2021 - 2026"):
  // an opening cites a numbered document, is long, or is one of several clauses ending in ";"
  return /(?<![\p{L}])so\s{0,3}\d/u.test(f) || /\d{1,2}\/\d{1,2}\/\d{4}/.test(f) || f.length > 260 || /;\s{0,3}$/u.test(f);
}

const isLabelled = (b: Block): boolean => b.kind === "heading" || b.kind === "tableRow" || b.kind === "listItem" || parseLabel(clean(b.text)) !== null;
// In Markdown the subtitle is often a heading one level below the title ("## KẾ HOẠCH" /
// "### Chăm lo Tết …"): an unlabelled heading right after the title, not naming a section, is the subtitle.
const subtitleHeading = (b: Block, first: boolean): boolean => {
  const text = clean(b.text);
  return first && b.kind === "heading" && parseLabel(text) === null && sectionKind(text, false) === null && text.length < 300;
};

interface TitleHit {
  index: number;
  /** blocks after the title's first that hold the rest of its kind ("KẾ" / "HOẠCH HOẠT ĐỘNG …") */
  skip?: number;
  title: string;
  rest: string;
  /** where a title joined onto a header block starts in it (-1: the block is the title) */
  cut: number;
}

// a run of capitals at the end of a block, after a word in ordinary case: "… trên địa bàn tỉnh” KẾ HOẠCH"
const KIND_AT_END_RE = /[\p{Ll}\p{N}"”)]\s{1,5}(\p{Lu}[\p{Lu}\p{M} ]{2,40})$/u;

/** The title line among the first blocks. */
function findTitle(blocks: Block[]): TitleHit | null {
  const hits: TitleHit[] = [];
  for (let i = 0; i < Math.min(blocks.length, 30); i++) {
    if (blocks[i].kind === "tableRow") continue;
    const t = titleOf(blocks[i].text) ?? (blocks[i].text.length > MAX_TITLE_BLOCK ? titleAtHead(blocks[i].text) : null);
    if (t) hits.push({ index: i, ...t, cut: -1 });
    // a kind a copy broke inside its words ("KẾ" / "HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10")
    else if (i + 1 < blocks.length && blocks[i].text.length < 12 && isUpper(blocks[i].text.trim()) === isUpper(blocks[i + 1].text.slice(0, 12))) {
      const joined = KIND_BROKEN_RE.test(foldForMatch(clean(blocks[i].text))) ? titleOf(`${clean(blocks[i].text)} ${clean(blocks[i + 1].text)}`) : null;
      if (joined && foldForMatch(joined.title).length > foldForMatch(clean(blocks[i].text)).length) hits.push({ index: i, ...joined, cut: -1, skip: 1 });
    }
    const glued = t || blocks[i].text.length > MAX_HEADER_LINE ? null : execFolded(TITLE_AFTER_DATE_RE, clean(blocks[i].text));
    if (glued) hits.push({ index: i, title: clean(blocks[i].text).slice(glued.end), rest: "", cut: glued.end });
    // the kind alone in capitals that a copy joined onto the end of the page's headline ("Kế hoạch triển khai … KẾ HOẠCH",
    // its subject on the next lines)
    const tail = t || glued ? null : KIND_AT_END_RE.exec(clean(blocks[i].text));
    if (tail && /\p{Ll}/u.test(clean(blocks[i].text).slice(0, tail.index))) {
      const kind = titleOf(tail[1]);
      if (kind && !kind.rest) hits.push({ index: i, title: kind.title, rest: "", cut: tail.index + tail[0].length - tail[1].length });
    }
  }
  const first = hits[0];
  if (!first) return null;
  // a page's headline repeating the title above the header: the title is the one under the header (a site's
  // banner or menu above the headline may show the organisation's name, never the document's number or date)
  if (!blocks.slice(0, first.index).some((b) => isHeaderLine(b.text, false))) {
    const under = hits.find((h) => h.index > first.index && blocks.slice(first.index + 1, h.cut >= 0 ? h.index + 1 : h.index).some((b) => isHeaderLine(b.text)));
    if (under) return under;
  }
  // a page's headline carrying the title and its subject ("KẾ HOẠCH THỰC HIỆN NHIỆM VỤ NĂM HỌC …"), then
  // the document's own title line, the kind alone ("KẾ HOẠCH") with its subject on the lines under it
  // (or the document's title line with its subject right under the headline: "KẾ HOẠCH HOẠT ĐỘNG ĐỘI THÁNG 10" /
  // "KẾ HOẠCH CÔNG TÁC ĐỘI THÁNG 10/2019")
  const sameKind = (h: TitleHit) => h.cut < 0 && foldForMatch(h.title) === foldForMatch(first.title);
  const own = first.rest
    ? hits.find((h) => h.index > first.index && h.index <= first.index + 3 && !h.rest && sameKind(h)) ?? hits.find((h) => h.index === first.index + 1 && sameKind(h))
    : undefined;
  if (own) return own;
  return first;
}

/**
 * The title at the head of a long block, a whole page flattened onto one line ("KẾ HOẠCH PHÁT TRIỂN …
 * NĂM 2021 (Kèm theo Công văn số … ) Phần I TÌNH HÌNH …"): the kind and the run of capitals after it, up
 * to a bracket or a word in ordinary case.
 */
function titleAtHead(text: string): { title: string; rest: string } | null {
  const t = clean(text.slice(0, MAX_TITLE_BLOCK));
  const words = t.split(" ");
  let n = 0;
  // words in capitals (one letter too: "Y TẾ"), and after the first, numbers and dashes ("NĂM 2021", "-")
  const inRun = (w: string, first: boolean) => isUpper(w) || /^\p{Lu}$/u.test(w) || (!first && /^[-–,&\d/.]+$/u.test(w));
  while (n < Math.min(words.length, 60) && inRun(words[n], n === 0)) n++;
  if (n < 2) return null;
  const head = titleOf(words.slice(0, n).join(" ").replace(/[\s(,:-]+$/u, ""));
  return head && head.rest && isUpper(head.title) ? head : null;
}

// "V/v định hướng công tác … năm 2027", "V/v: triển khai …": the subject line of an official letter
// (in quotes too: "“V/v tuyên" / "truyền …”")
const SUBJECT_LINE_RE = /^[“"]?\s{0,2}V\s{0,2}\/\s{0,2}v(?![\p{L}])/u;
// "(Ban hành kèm theo Quyết định số …)": the plan is the annex of a decision; the line names the decision, not the plan
const ANNEX_LINE_RE = /^\(\s{0,3}(?:ban hanh\s{1,3})?kem theo(?![\p{L}])/u;
// "Chủ đề: …", "Thời gian: …" under the title: a labelled line of the plan, not its subtitle
// (in capitals too: "CHỦ ĐIỂM: “…”" under a monthly plan's title)
const FIELD_LINE_RE = /^\p{Lu}[\p{Ll}\p{M}]{0,8}(?:\s[\p{Ll}\p{M}]{1,8}){0,3}\s{0,2}:|^\p{Lu}[\p{Lu}\p{M}]{0,8}(?:\s[\p{Lu}\p{M}]{1,8}){0,3}\s{0,2}:/u;

// A line that is only the time a plan is for: "Tháng 6/ 2022", "NĂM HỌC: 2016 - 2017", "Quý II/2025", "Năm 2027"
const TIME_LINE_RE = /^\(?\s{0,3}(?:thang\s{0,3}\d{1,2}|quy\s{0,3}(?:[ivx]{1,3}|[1-4])|nam(?:\s{1,3}hoc)?|nhiem ky|giai doan)\s{0,3}[:/]?\s{0,3}(?:19|20)\d\d(?:\s{0,3}[-–]\s{0,3}(?:19|20)\d\d)?\s{0,3}\)?$/u;

// The enacting line of a resolution or decision under its subtitle: "HỘI ĐỒNG NHÂN DÂN TỈNH X," / "KHÓA IX - KỲ
// HỌP THỨ 18", "ỦY BAN NHÂN DÂN TỈNH X,", "CHỦ TỊCH ỦY BAN NHÂN DÂN …": the body that passes it, no subtitle
const ENACTING_RE = regex(`^(?:chu tich\\s{1,3})?${alt([...ISSUING_ORGANISATIONS, ...ANNOUNCERS, ...bodyPhrases()], "full")}${E}[^,]{0,120},(?:\\s{0,3}$|\\s{1,3}khoa\\s)`, "u");
// (the separator may be left out: "KHÓA XII KỲ HỌP THỨ 4")
const SESSION_RE = /^khoa\s{1,3}[ivxl\d]{1,6}\s{0,3}[-–,]?\s{0,3}ky hop/u;
// the enacting body's line without its comma, above its session line: "HỘI ĐỒNG NHÂN DÂN HUYỆN" / "KHÓA XX, KỲ HỌP THỨ 3"
// the head who enacts a decision, on its own line under the subtitle: "GIÁM ĐỐC SỞ GIÁO DỤC VÀ ĐÀO TẠO", "BỘ TRƯỞNG BỘ Y TẾ"
const ENACTING_HEAD_RE = regex(`^${alt(SIGNER_TITLES, "full")}\\s{1,3}${alt([...ISSUING_ORGANISATIONS, ...ANNOUNCERS], "full")}${E}`, "u");
const ENACTING_BARE_RE = regex(`^(?:chu tich\\s{1,3})?${alt([...ISSUING_ORGANISATIONS, ...ANNOUNCERS, ...bodyPhrases()], "full")}${E}[^,]{0,120}$`, "u");
// a reprint's number line under its title: "Số 01/NQ-ABC ngày 14 tháng 1 năm 2027", "Số: 12-NQ/HU"
const NUMBER_LINE_RE = regex(`^${capital(W.number)}(?![\\p{L}])`, "u");
// the span a schedule covers, in brackets under its title: "(Tuần thứ 07 từ ngày 09/02 đến ngày 13/02/2027)", "(Từ ngày … đến ngày …)"
// the end of a clause that announces what follows: "… như sau:"
const AS_FOLLOWS_END_RE = regex(`\\s*(?:${W.asFollows})?\\s*:\\s*$`, "u");
// a kind of two words and its number: "văn bản hướng dẫn số …"
const NUMBERED_KIND_RE = regex(`^\\S+\\s\\S+\\s{1,3}${W.number}(?![\\p{L}])`, "u");
// a basis cited after "Căn cứ", and the lead words before a cited document (rules/vocab/words.ts)
const BASIS_AT_START_RE = regex(`^${W.basis}(?![\\p{L}])`, "iu");
const BASIS_LEAD_WORD_RE = regex(`^(?:${anyOf(BASIS_LEAD_WORDS)})\\s+`, "iu");
const WEEK_LINE_RE = /^\(\s{0,3}(?:tuan|tu ngay)(?![\p{L}])/u;

// a title line's rest that names only the kind of activity (rules/vocab/documents.ts)
const OPEN_REST_RE = regex(`^${alt(TITLE_OPEN_RESTS, "full")}$`, "u");

/** The subtitle's blocks after the title line (from block j); `parts` holds the rest of the title line. */
function readSubtitle(blocks: Block[], j: number, parts: string[], facts: OpeningFacts): { blocks: number[]; cut: { index: number; from: number } | null } {
  const out: number[] = [];
  // the rest of a title line in capitals continues only on capitals ("KẾ HOẠCH TỔ CHỨC ĐẠI HỘI" / "NĂM HỌC 2016 –
  // 2017"); a line in ordinary case under it is the opening ("Thực hiện nhiệm vụ …;")
  // (unless the rest is only the kind of activity, its object on the next line in ordinary case: "KẾ HOẠCH HOẠT ĐỘNG" /
  // "Chào mừng kỷ niệm …")
  const carried = parts.length > 0 && isUpper(parts[0]) && !OPEN_REST_RE.test(foldForMatch(parts[0]).trim());
  for (; j < blocks.length && out.length < 4; j++) {
    const b = blocks[j];
    const text = clean(b.text);
    const first = out.length === 0 && parts.length === 0;
    if (!/[\p{L}\p{N}]/u.test(text)) {
      if (out.length) break; // a rule line under the subtitle ends the title block
      continue; // a rule line under the title
    }
    // the time the plan is for on a line of its own ("Tháng 6/ 2022", "Năm học: 2016 - 2017") ends the subtitle
    if ((parts.length || out.length) && b.kind !== "tableRow" && TIME_LINE_RE.test(foldForMatch(text))) {
      parts.push(text);
      out.push(j);
      break;
    }
    if (NUMBER_LINE_RE.test(text) && readNumber(text) !== null) {
      facts.numberLine = text;
      break;
    }
    if ((parts.length || out.length) && WEEK_LINE_RE.test(foldForMatch(text)) && text.length < 200) {
      parts.push(text);
      out.push(j);
      break;
    }
    if (CHROME_LINE_RE.test(text) || FIELD_LINE_RE.test(text) || ANNEX_LINE_RE.test(foldForMatch(text))) break;
    if ((parts.length || out.length) && isUpper(text) && (ENACTING_RE.test(foldForMatch(text).trim()) || SESSION_RE.test(foldForMatch(text).trim()) || enactingAbove(blocks, j) || (!carried && ENACTING_HEAD_RE.test(foldForMatch(text))))) {
      if (!SESSION_RE.test(foldForMatch(text).trim()) && !ENACTING_HEAD_RE.test(foldForMatch(text))) facts.enacting = text.replace(/[\s,]+$/u, "");
      break;
    }
    if (b.kind === "footnote" || b.kind === "tableRow" || (isLabelled(b) && !subtitleHeading(b, first))) break;
    if (carried && !isUpper(text)) break;
    // a section's heading that a copy left without its label ("NHIỆM VỤ TRỌNG TÂM", "MỤC ĐÍCH, YÊU CẦU") ends the
    // title block; right under the title only a frame heading does ("Tổ chức các hoạt động …" may be the subtitle)
    const kind = sectionKind(text, false); // an unlabelled line: a row that needs a label ("Kế hoạch công tác …") is a title line here
    if (kind !== null && (!first || (kind === "other" && isUpper(text)))) break;
    if (isOpeningParagraph(text) && !(first && isSubtitleLike(text))) {
      const run = first ? SUBTITLE_RUN_ON_RE.exec(text) : null;
      if (run?.groups) {
        parts.push(run.groups.sub);
        return { blocks: out, cut: { index: j, from: run[0].length } };
      }
      break;
    }
    if (out.length > 0 && (text.length > 200 || /:$/.test(text))) break;
    // a sentence that cites what the plan carries out ("Thực hiện chương trình công tác … của BCH Đoàn trường.") is
    // the opening, not more of the subtitle
    if ((out.length > 0 || parts.length > 0) && !isUpper(text) && /[.;]$/u.test(text) && OPENING_LEAD_RE.test(foldForMatch(text))) break;
    if (first && text.length > 300) break;
    parts.push(text);
    out.push(j);
  }
  return { blocks: out, cut: null };
}

/** An enacting body's line without its comma, its session line under it ("HỘI ĐỒNG NHÂN DÂN HUYỆN" / "KHÓA XX, KỲ HỌP THỨ 3"). */
function enactingAbove(blocks: Block[], j: number): boolean {
  if (!ENACTING_BARE_RE.test(foldForMatch(clean(blocks[j].text)))) return false;
  const next = blocks.slice(j + 1, j + 4).map((b) => clean(b.text)).find((t) => /[\p{L}\p{N}]/u.test(t));
  return next !== undefined && SESSION_RE.test(foldForMatch(next));
}

/**
 * The line right under the title that reads like an opening but is the subtitle: short, not a
 * sentence (no final punctuation), not "Căn cứ" ("Triển khai thực hiện Nghị quyết số 13-NQ/TU …").
 */
const isSubtitleLike = (text: string): boolean =>
  text.length < 200 && !/[;:,.]$/u.test(text) && !/^\s{0,5}can cu(?![\p{L}])/u.test(foldForMatch(text));

/** Where the header ends in a plan without a title: after its last line among the first blocks. */
function headerEndOf(blocks: Block[]): number {
  let end = 0;
  for (let i = 0; i < Math.min(blocks.length, 15); i++) {
    if (isOpeningParagraph(clean(blocks[i].text))) break;
    if (isHeaderLine(blocks[i].text)) end = i + 1;
    // a date line a copy wrapped ("Hà Nam, ngày 08 tháng" / "11 năm 2027")
    else if (i + 1 < blocks.length && blocks[i].text.length < 80 && blocks[i + 1].text.length < 40 && isHeaderLine(`${blocks[i].text.trim()} ${blocks[i + 1].text.trim()}`)) end = i + 2;
  }
  return end;
}

export function readOpening(blocks: Block[]): OpeningFacts {
  const facts: OpeningFacts = { title: null, titleIndex: -1, headerEnd: 0, titleCut: -1, subtitle: null, subtitleBlocks: [], enacting: null, numberLine: null, openingBlocks: [], openingText: "", bases: [] };
  let cut: { index: number; from: number } | null = null; // the opening starts inside this block
  const hit = findTitle(blocks);
  if (hit) {
    facts.titleIndex = facts.headerEnd = hit.index;
    facts.titleCut = hit.cut;
    facts.title = hit.title;
    const parts: string[] = hit.rest ? [hit.rest] : [];
    let j = hit.index + 1 + (hit.skip ?? 0);
    // a title wrapped over two lines ("KẾ HOẠCH" / "HOẠT ĐỘNG TOÀN KHÓA", "CHƯƠNG TRÌNH" / "HÀNH ĐỘNG …")
    const next = !hit.rest && j < blocks.length && blocks[j].kind !== "tableRow" ? clean(blocks[j].text) : "";
    const longer = next && isUpper(next) && next.length < 200 ? titleOf(`${hit.title} ${next}`) : null;
    if (longer && longer.title.length > hit.title.length) {
      facts.title = longer.title;
      if (longer.rest) parts.push(longer.rest);
      j++;
    }
    const sub = readSubtitle(blocks, j, parts, facts);
    facts.subtitleBlocks = sub.blocks;
    cut = sub.cut;
    if (parts.length) facts.subtitle = parts.join(" ").replace(/\s+/g, " ").trim();
  } else {
    facts.headerEnd = headerEndOf(blocks);
    // a copy without its title line: upper-case lines under the header are the subtitle
    const parts: string[] = [];
    for (let j = facts.headerEnd; facts.headerEnd > 0 && j < blocks.length && parts.length < 3; j++) {
      const text = clean(blocks[j].text);
      if (!isUpper(text) || isLabelled(blocks[j]) || text.length > 300 || sectionKind(text, false) !== null) break;
      // a resolution whose title line the copy lost: its council's enacting line and session line end the subtitle
      const f = foldForMatch(text).trim();
      if (parts.length && (ENACTING_RE.test(f) || SESSION_RE.test(f) || enactingAbove(blocks, j))) {
        if (!SESSION_RE.test(f)) facts.enacting = text.replace(/[\s,]+$/u, "");
        break;
      }
      parts.push(text);
      facts.subtitleBlocks.push(j);
    }
    if (parts.length) facts.subtitle = parts.join(" ");
    // an official letter (công văn) has no kind line: its "V/v …" line in the header is the subtitle (gold README)
    if (!facts.subtitle) {
      const lines = blocks.slice(0, facts.headerEnd + 2).map((b) => clean(b.text));
      const at = lines.findIndex((t) => SUBJECT_LINE_RE.test(t));
      if (at >= 0) {
        // its continuation on the next line, in lower case ("V/v điều chỉnh lịch thi đấu các giải" / "thể thao tỉnh năm 2027")
        const next = blocks[at + 1] ? clean(blocks[at + 1].text) : "";
        const goesOn = next.length > 0 && next.length <= 120 && /^\p{Ll}/u.test(next) && !/[.;:]$/u.test(lines[at]) && !isLabelled(blocks[at + 1]);
        facts.subtitle = goesOn ? `${lines[at]} ${next}` : lines[at];
      }
    }
  }
  const from = cut ? cut.index : facts.subtitleBlocks.length ? facts.subtitleBlocks[facts.subtitleBlocks.length - 1] + 1 : hit ? hit.index + 1 : facts.headerEnd;
  const textOf = (j: number): string => clean(cut && cut.index === j ? blocks[j].text.slice(cut.from) : blocks[j].text).replace(/^[-–+•*]\s{0,3}/u, "");
  facts.openingBlocks = findOpening(blocks, from, hit !== null, textOf);
  for (const j of facts.openingBlocks) facts.bases.push(...readBases(textOf(j)));
  facts.openingText = facts.openingBlocks.map(textOf).join(" ");
  if (!facts.bases.length) facts.bases.push(...basesUnderHeading(blocks, from));
  return facts;
}

function findOpening(blocks: Block[], from: number, titled: boolean, textOf: (j: number) => string): number[] {
  const out: number[] = [];
  // (a copy without a title may keep a page's menu lines above its opening)
  const window = titled ? 8 : 15;
  for (let j = Math.max(0, from); j < blocks.length && j < from + window; j++) {
    const b = blocks[j];
    const basis = BASIS_LEAD_RE.test(foldForMatch(clean(b.text)));
    if (b.kind === "tableRow" || (isLabelled(b) && !basis)) break;
    const text = textOf(j);
    if (!titled && !isOpeningParagraph(text) && !basis) {
      if (out.length) break;
      continue; // header lines of a plan without a title
    }
    if (basis || isOpeningParagraph(text) || /^\s{0,5}(?:can cu|thuc hien|theo)(?![\p{L}])/u.test(foldForMatch(text))) out.push(j);
    else if (out.length) break;
  }
  return out;
}

/** The documents cited in an opening paragraph, one entry per document. */
export function readBases(paragraph: string): string[] {
  const out: string[] = [];
  const clauses = splitOutsideQuotes(paragraph, ";").map((c) => c.text);
  for (let clause of clauses) {
    clause = clause.trim();
    // "Xét đề nghị của Giám đốc Sở … tại Tờ trình số …": a decision's request, no basis (gold README, round 6)
    if (NOT_BASIS_RE.test(foldForMatch(clause))) continue;
    // drop the announcing clause (", Ban Thường vụ … xây dựng kế hoạch … như sau:")
    const tm = execFolded(TRAILING_CLAUSE_RE, clause);
    if (tm) clause = clause.slice(0, tm.index).trim();
    clause = clause.replace(AS_FOLLOWS_END_RE, "").trim();
    if (!clause) continue;
    // split one clause into documents at ", <kind>"
    const pieces: string[] = [];
    let last = 0;
    for (const m of allFolded(regex(SPLIT_KIND_RE.source, "gdu"), clause)) {
      const next = clause.slice(m.end);
      // a lower-case kind starts a new document only when numbered ("văn bản số …") or when it repeats the kind
      // of the document before it ("chương trình công tác Đoàn năm 2027, chương trình công tác Đội năm học …")
      if (GENERIC_AT_START_RE.test(foldForMatch(next))) {
        pieces.push(clause.slice(last, m.index));
        last = m.end;
        continue;
      }
      const kindHere = execFolded(KIND_AT_START_RE, next)?.end ?? 0;
      const sameKind = kindHere > 0 && clause.slice(m.index, m.end).includes(",") && foldForMatch(clause.slice(last, m.index)).replace(LEAD_WORDS_RE, "").trim().startsWith(foldForMatch(next.slice(0, kindHere)));
      if (/^\p{Ll}/u.test(next) && !NUMBERED_KIND_RE.test(next) && !sameKind) continue;
      // a kind followed by a dash names a department ("phòng Kế hoạch - Tài chính", "công tác thống kê, Kế hoạch -Tài chính")
      if (/^\S+\s\S+\s{0,2}[-–]/u.test(next)) continue;
      // "… thực hiện Nghị quyết A và Nghị quyết B": the documents a cited one implements are its subject
      if (!clause.slice(m.index, m.end).includes(",") && IMPLEMENTS_RE.test(foldForMatch(clause.slice(last, m.index)).replace(LEAD_WORDS_RE, ""))) continue;
      pieces.push(clause.slice(last, m.index));
      last = m.end;
    }
    pieces.push(clause.slice(last));
    let generic = false;
    for (let p of pieces) {
      p = p.trim();
      // "các Chỉ thị, Nghị quyết của …": a generic reference, and the unnumbered kinds listed after it
      if (GENERIC_AT_START_RE.test(foldForMatch(p))) { generic = true; continue; }
      if (generic && !NUMBERED_RE.test(p)) continue;
      generic = false;
      const ledByBasis = BASIS_AT_START_RE.test(p);
      // strip the lead word ("Căn cứ", "Thực hiện", "Theo", "và") and find the kind near the start
      for (let k = 0; k < 3; k++) {
        const lead = BASIS_LEAD_WORD_RE.exec(p);
        if (!lead) break;
        p = p.slice(lead[0].length);
      }
      // a basis ends with its sentence ("… năm học 2027 - 2028. Công đoàn trường đưa ra …")
      const stop = /[.!?]\s{1,3}(?=\p{Lu})/u.exec(p);
      if (stop && stop.index > 10) p = p.slice(0, stop.index);
      const f = foldForMatch(p);
      if (ledByBasis && !KIND_AT_START_RE.test(f) && SUBJECT_AT_START_RE.test(f) && OWNER_OR_YEAR_RE.test(f)) {
        // cited by its subject: "Căn cứ vào phương hướng, nhiệm vụ … của công đoàn cấp trên"
      } else if (!KIND_AT_START_RE.test(f)) {
        const at = regex(`${B}${KIND_ALT}${E}`, "u").exec(f);
        if (!at || at.index > 40) continue;
        // "Hội đồng Đội huyện X ban hành chương trình …": a statement of what a body did, no citation
        if (STATED_RE.test(f.slice(0, at.index))) continue;
        p = p.slice(at.index);
      }
      p = p.replace(/[\s,.;:]+$/u, "").trim();
      if (p.split(/\s+/).length >= 2) out.push(p);
    }
  }
  return out;
}
