// The header block of a Vietnamese administrative document (thể thức văn bản,
// Nghị định 30/2020/NĐ-CP): two columns above the title.
//   left:  the issuing organisation ("HỘI LIÊN HIỆP PHỤ NỮ TỈNH NAM ĐỊNH", possibly
//          wrapped over two lines in a PDF), the body ("BAN CHẤP HÀNH"), the number
//          ("Số: 42 /KH-BCH", left blank while the plan is a draft: "Số:    /KH-BTV")
//   right: the national motto ("CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự
//          do - Hạnh phúc") and the place and date ("Lào Cai, ngày 15 tháng 3 năm 2026",
//          day and month left blank in a draft)
// Text copied from a PDF may put a left and a right line on one line, so we look for
// each part anywhere in the header lines rather than line by line.
import { isUpper, unescapeBreaks } from "./util.js";
import { findProvinces } from "../provinces.js";
import { B, E, execFolded, foldForMatch } from "../../src/ground/text.js";
import { isoDate } from "../../src/ground/format.js";
import { alt, anyOf, regex } from "../vocab/pattern.js";
import { capital, MOTTO_END, NUMBERED_UNITS, TOWN_KINDS, W } from "../vocab/words.js";
import { AD_HOC_COMMITTEES, bodyPhrases } from "../vocab/bodies.js";
import { DOCUMENT_PROPERTIES, HEADER_NAMES, MOTTO_WORDS, SITE_CHROME } from "../vocab/letterhead.js";
import { NOT_TITLE_AFTER, TITLE_KINDS } from "../vocab/documents.js";
import { WEEKDAYS } from "../vocab/time.js";

export interface HeaderFacts {
  issuer: string | null;
  body: string | null;
  number: string | null;
  /** true when a "Số:" line was found (with or without a number) */
  numberLine: boolean;
  issuedAt: string | null;
  place: string | null;
  /** the year written in the date line, even when day and month are blank */
  dateYear: number | null;
}

// "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM" (either tone style), "Độc lập - Tự do - Hạnh phúc";
// the documents of the Youth Union, the Young Pioneers and the Party put their own name in the
// right column instead: "ĐOÀN TNCS HỒ CHÍ MINH", "ĐỘI TNTP HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM"
// (the names and the motto's words: rules/vocab/letterhead.ts)
const MOTTO = `(?:${alt(HEADER_NAMES, "full")}|${MOTTO_WORDS.map((w) => alt([w], "full")).join("\\s{0,5}[-–—]\\s{0,5}")})`;
const MOTTO_RE = regex(`${B}${MOTTO}${E}`, "du");
// the motto with the next cell glued on by a web copy: "ĐỘI TNTP HỒ CHÍ MINHLIÊN ĐỘI …", "Hạnh phúcThuỷ Vân, ngày …"
const MOTTO_GLUED_RE = regex(`${B}${MOTTO}(?=\\p{L})`, "du");
// "Số: 42 /KH-BCH", "Số 9/KH-HND", "Số:     /KH-BTV"; Party and Youth Union style "Số 25-KH/TĐTN"; a template's
// padding around the dash or slash ("Số:  41  -KH/TĐTN-VP", "Số: 118 - KH/HND", "05/KH - LĐLĐ"), dropped when read;
// a space for the dash ("Số: 01 CTr/HĐĐ") is kept as one space
const NUMBER_RE = regex(
  `${B}so\\s{0,3}:?[\\s.…_]{0,40}(?<n>\\d[0-9a-z.]{0,12})?(?<suffix>(?:\\s{0,5}[-–/]\\s{0,5}|(?<=\\d)\\s{1,3}(?=[a-z]{1,8}\\/))[a-z0-9][a-z0-9.]{0,15}(?: [a-z]{1,6}(?=\\s{0,3}[-–/]))?(?:\\s{0,3}[-–/]\\s{0,3}[a-z0-9][a-z0-9.]{0,15}){0,5})(?:\\s{1,3}(?<tail>[a-z]{1,4})(?=\\s{0,3}$))?`,
  "du",
);
// "Số 02 KH - TV": a number, its kind and its unit's initials, no slash (a cell of its own)
const NUMBER_NO_SLASH_RE = regex(`^${capital(W.number)}\\s{0,3}:?\\s{0,3}(\\d{1,4})\\s{1,3}(\\p{Lu}{1,8})\\s{0,3}[-–]\\s{0,3}(\\p{Lu}[\\p{Lu}\\d]{0,10})$`, "u");
// "Lào Cai, ngày 15 tháng 3 năm 2026", "Hà Tĩnh, ngày    tháng    năm 2026"
const DATE_RE = regex(
  `(?<pre>[^\\n,]{0,80}?)\\s{0,5},?\\s{0,5}${B}ngay\\s{0,40}(?<d>\\d{1,2})?\\s{0,40}thang\\s{0,40}(?<m>\\d{1,2})?\\s{0,40}nam\\s{0,20}(?<y>\\d{4})${E}`,
  "du",
);
// "Nam Đàn, ngày 15/3/2025", "Nam Đàn, 15/3/2025": the place and the day in figures, the whole cell
const DATE_SLASH_RE = regex(`^(?<pre>[^\\n,]{2,40}?)\\s{0,5},\\s{0,5}(?:ngay\\s{0,5})?(?<d>\\d{1,2})\\s{0,2}[/.-]\\s{0,2}(?<m>\\d{1,2})\\s{0,2}[/.-]\\s{0,2}(?<y>(?:19|20)\\d{2})\\s{0,3}$`, "du");
// "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ" (upper case, a line of its own in the left column)
// "BAN ĐẠI DIỆN" leads the Hội Người cao tuổi of a province or district, "BAN CHỦ NHIỆM" a club or a Hội's branch
// (the boards: rules/vocab/bodies.ts)
const BODY_RE = regex(`${B}(?<body>${alt(bodyPhrases(), "full")}(?: [a-z]{1,10}){0,3}?)${E}`, "du");

// "Quận 11", "Phường 5"; "Thị trấn …", "Thị xã …" (rules/vocab/words.ts)
const NUMBERED_UNIT_RE = regex(`^(?:${anyOf(NUMBERED_UNITS)})$`, "u");
const TOWN_KIND_RE = regex(`^(?:${anyOf(TOWN_KINDS)})$`, "u");
const TOWN_RE = regex(`^${capital(W.town)}$`, "u");
// a motto glued before the place by a PDF copy
const MOTTO_BEFORE_RE = regex(`^.*${MOTTO_END}`, "iu");

/** The place before ", ngày": the capitalised words right before it ("Lào Cai", "TP. Hồ Chí Minh"). */
function placeOf(pre: string): string | null {
  const words = pre.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 5; i--) {
    const w = words[i];
    if (/^[\p{Lu}][\p{L}.]*$/u.test(w) || /^(?:TP\.?|Tp\.?)$/u.test(w)) out.unshift(w);
    // an urban district or ward by its number ("Quận 11, ngày …", "Phường 5, ngày …")
    else if (out.length === 0 && /^\d{1,2}$/u.test(w) && NUMBERED_UNIT_RE.test(words[i - 1] ?? "")) out.unshift(w);
    // a town by its unit ("Thị trấn Sịa", "Thị xã …"): the unit is part of the name as written
    else if (out.length > 0 && TOWN_KIND_RE.test(w) && TOWN_RE.test(words[i - 1] ?? "")) {
      out.unshift(words[i - 1], w);
      break;
    } else break;
  }
  const s = out.join(" ").trim();
  // "THỨ HAI, NGÀY 12/4/2027": a schedule's day, no place
  if (WEEKDAY_RE.test(foldForMatch(s))) return null;
  return s.length >= 2 ? s : null;
}
const WEEKDAY_RE = regex(`^(?:(?:sang|chieu|toi)\\s{1,3})?${alt(WEEKDAYS, "full")}$`, "u");

/**
 * The date line of the header: "Lào Cai, ngày 15 tháng 3 năm 2026", or with slashes as a web page may
 * write it ("Nam Đàn, ngày 15/3/2025"), then only as a cell of its own: the place and the day, nothing
 * else before them (a headline citing "Kế hoạch số 5/KH-UBND, ngày 05/7/2023" is no date line).
 */
function dateMatch(text: string): ReturnType<typeof execFolded> {
  const m = execFolded(DATE_RE, text);
  if (m) return m;
  const s = execFolded(DATE_SLASH_RE, text);
  return s && placeOf(s.groups.pre ?? "") === (s.groups.pre ?? "").trim() ? s : null;
}

export function readDateLine(text: string): { place: string | null; issuedAt: string | null; year: number } | null {
  const m = dateMatch(text);
  if (!m) return null;
  const y = Number(m.groups.y);
  const d = m.groups.d ? Number(m.groups.d) : null;
  const mo = m.groups.m ? Number(m.groups.m) : null;
  let pre = m.groups.pre ?? "";
  // drop a motto glued before the place by a PDF copy
  pre = pre.replace(MOTTO_BEFORE_RE, "");
  return { place: placeOf(pre), issuedAt: d !== null && mo !== null ? isoDate(y, mo, d) : null, year: y };
}

/**
 * The number of a "Số:" cell: "Số 25-KH/TĐTN", "Số:  41  -KH/TĐTN-VP" → "41-KH/TĐTN-VP"; null when left
 * blank ("Số:     /KH-BTV", "Số:    – KH/LĐ"). The "Số" is capitalised or opens the cell: "… Nghị quyết số
 * 13-NQ/TU …" in a page's headline cites another document.
 */
export function readNumber(text: string): { number: string | null } | null {
  // a number without a slash, the cell's whole text: "Số 02 KH - TV" → "02 KH-TV" (gold README)
  const bare = NUMBER_NO_SLASH_RE.exec(text.trim());
  if (bare) return { number: `${bare[1]} ${bare[2]}-${bare[3]}` };
  const m = execFolded(NUMBER_RE, text);
  if (!m || !(m.groups.suffix ?? "").includes("/")) return null;
  if (m.index > 0 && text[m.index] !== "S") return null;
  if (!m.groups.n) return { number: null };
  const spaced = /^\s{1,3}\p{L}/u.test(m.groups.suffix ?? "");
  // a unit's initials after a space at the end of the cell: "Số: 01 /CTr- CTĐ PX" → "01/CTr-CTĐ PX"
  const tail = m.groups.tail && /^\p{Lu}+$/u.test(m.groups.tail) ? ` ${m.groups.tail}` : "";
  // (padding around a dash or a slash is dropped; a space inside the abbreviation stays: "01/ KH LĐ - ABC" →
  // "01/KH LĐ-ABC", gold README)
  // (a dot before the tail abbreviates the unit's name and stays: "04/KH-THPTTX. PL")
  const core = `${m.groups.n}${spaced ? " " : ""}${m.groups.suffix}`.replace(/\s{0,5}([-–—/])\s{0,5}/gu, "$1").replace(/\s+/g, " ").replace(/[–—]/g, "-");
  const written = tail ? core.replace(/[,;]+$/, "") + tail : core.replace(/[.,;]+$/, "");
  return { number: written };
}

// Words that start the name of an organisation: a line starting so after "… VIỆT NAM" is the issuing
// body under its national parent ("HỘI CCB VIỆT NAM" / "HỘI CCB TỈNH QUẢNG NGÃI"), while a line
// starting with a place continues a wrapped name ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH HÀ TĨNH")
// ("UBND HUYỆN X" / "PHÒNG NÔNG NGHIỆP VÀ PTNT", "SỞ Y TẾ" / "TRUNG TÂM Y TẾ HUYỆN Y": a department or centre under its parent)
// ("ĐẢNG BỘ TỈNH X" / "HUYỆN ỦY Y": a party committee "huyện ủy", "thành ủy", "quận ủy" under its
// provincial party organisation; the place word is followed by "ủy", not by a name)
const ORG_START_RE = /^(?:hoi|bch|btv|ban|doan|bo|tong cuc|cuc|vu|vien|uy ban|ubnd|mat tran|lien doan|lien minh|ldld|cong doan|cd|dang uy|dang bo|so|phong|trung tam|chi hoi|chi doan|(?:huyen|thanh|quan|thi|tinh) uy|lien doi|cdcs|chi bo|truong|benh vien|to)(?![\p{L}])/u;
// The units at the foot of an organisation, always under a parent named above them: a trade union's base
// ("LĐLĐ HUYỆN X" / "CĐCS TRƯỜNG MN Y"), a school's Young Pioneer troop ("HĐĐ HUYỆN X" / "LIÊN ĐỘI THCS Y"),
// a party cell ("ĐẢNG ỦY XÃ X" / "CHI BỘ MẦM NON"), a school or a hospital under its department
// ("PHÒNG GD&ĐT HUYỆN X" / "TRƯỜNG THCS Y", "SỞ Y TẾ" / "BỆNH VIỆN ĐA KHOA Z")
// (a trade union's base abbreviated "CĐ THCS X" under "LĐLĐ THÀNH PHỐ Y"; a school's subject team "TỔ 3 – 4 TUỔI",
// "TỔ TOÁN – TIN" under "TRƯỜNG …")
const UNIT_START_RE = /^(?:lien doi|cdcs|cong doan co so|cd|chi bo|chi doan|chi hoi|truong|benh vien|to)(?![\p{L}])/u;
// A complete name of a parent body: it ends with "VIỆT NAM" or names its place ("UBND TỈNH HƯNG YÊN" /
// "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "HỘI LHPN TỈNH X" / "HỘI LHPN HUYỆN Y", "TỈNH ỦY X" / "BAN DÂN VẬN"): the
// issuing body is the organisation on the line under it (the "cơ quan chủ quản" stands above the issuer)
// (the Youth Union or the Party committee of a place named after its level: "THỊ ĐOÀN X", "HUYỆN ĐOÀN Y", "HUYỆN ỦY Z")
const PARENT_DONE_RE = /(?:viet nam$|(?<![\p{L}])(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong|(?:tinh|thanh|huyen|quan|thi) (?:doan|uy))\s{1,3}\p{L})/u;
const MINISTRY_RE = /^bo\s{1,3}\p{L}/u;
/** A complete parent name: as PARENT_DONE_RE, or ending with its province ("CÔNG ĐOÀN GIÁO DỤC SÓC TRĂNG", "LĐLĐ TP.HCM"). */
const parentDone = (name: string): boolean => {
  if (PARENT_DONE_RE.test(foldForMatch(name))) return true;
  // a ministry ("BỘ Y TẾ" / "TỔNG CỤC …", "BỘ GIÁO DỤC VÀ ĐÀO TẠO" / "CỤC …"): its name is complete
  if (MINISTRY_RE.test(foldForMatch(name))) return true;
  const last = findProvinces(name).pop();
  return last !== undefined && last.end === name.trimEnd().length;
};

// The start of a place name: one to three capitalised words ("Hà", "Thừa Thiên", "TP. Hồ Chí")
const PLACE_HEAD_RE = /^(?:TP\.?|\p{Lu}[\p{Ll}\p{M}]{0,8}\.?)(?:\s\p{Lu}[\p{Ll}\p{M}]{0,8}){0,2}$/u;

/**
 * A place name a copy wrapped before its date line: "Hà" / "Nội, ngày 18 tháng 8 năm 2020". The date
 * line then starts with one word before its comma, and the line above it is that place's first words.
 */
function wrappedPlace(a: string, b: string): boolean {
  if (!PLACE_HEAD_RE.test(a.trim())) return false;
  const d = readDateLine(b);
  // (the date line's part of the name may be two words: "Thừa" / "Thiên Huế, ngày …")
  return d !== null && d.place !== null && d.place.split(/\s+/).length <= 2 && b.trimStart().startsWith(`${d.place},`);
}

// "Số:" on a line of its own and the number on the next ("Số:" / "15/2020/NQ-HĐND", "Số" / "45-KH/HNDT")
const NUMBER_ALONE_RE = /^so\s{0,3}:?\s{0,3}$/u;
const numberWrapped = (a: string, b: string): boolean =>
  NUMBER_ALONE_RE.test(foldForMatch(a.trim())) && /^[\s.…_]{0,20}(?:\d|\/)/u.test(b) && readNumber(`${capital(W.number)}: ${b.trim()}`) !== null;

/**
 * A PDF wraps a header cell's long line ("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT" / "NAM",
 * "Đồng Tháp, ngày 20 tháng 02 năm" / "2025"): join a line with the next when only the
 * two together make the motto or the date line.
 */
function joinWrapped(lines: string[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i];
    const b = lines[i + 1];
    if (b !== undefined && a.length < 200 && b.length < 40) {
      const both = `${a.trim()} ${b.trim()}`;
      const gains = (re: RegExp) => !execFolded(re, a) && !execFolded(re, b) && execFolded(re, both) !== null;
      if (gains(MOTTO_RE) || gains(DATE_RE) || wrappedPlace(a, b) || numberWrapped(a, b)) {
        out.push(both);
        i++;
        continue;
      }
    }
    out.push(a);
  }
  return out;
}

// An organisation word after a word boundary, with a word after it: where the issuer may start
// ("LIÊN MINH HỢP TÁC XÃ" under "UBND TỈNH BÌNH PHƯỚC": the cooperative alliance of a province)
// or a unit at the foot of one ("LIÊN ĐOÀN LAO ĐỘNG TP HUẾ CĐCS MẦM NON II": the grassroots union)
const ORG_WORD_RE = /(?<=\s)(?:hoi|ban|doan|uy ban|ubnd|lien doan|lien minh|ldld|cong doan|cd|dang uy|so|phong|trung tam|chi hoi|chi doan|cdcs|chi bo|lien doi|truong|benh vien)\s{1,3}\p{L}/gu;

/**
 * A parent and its unit that one line holds ("TỔNG LĐLĐ VIỆT NAM LĐLĐ THÀNH PHỐ ĐÀ NẴNG" from a Markdown
 * paragraph with line breaks, "HỘI LHPN TỈNH X HỘI LHPN HUYỆN Y" from a PDF): the issuer is the last
 * organisation that follows a complete parent name (one ending in "VIỆT NAM" or naming its place).
 */
function underParent(issuer: string): string {
  const f = foldForMatch(issuer);
  if (f.length !== issuer.length) return issuer;
  let from = 0;
  ORG_WORD_RE.lastIndex = 0;
  for (let m = ORG_WORD_RE.exec(f); m; m = ORG_WORD_RE.exec(f)) {
    if (PARENT_DONE_RE.test(f.slice(from, m.index).trim())) from = m.index;
  }
  return issuer.slice(from).trim();
}

/**
 * The cells of the header's lines. A web copy joins a table's cells with "|" or long runs of spaces
 * and puts the right column (the motto) beside the left one (the organisation), sometimes glued
 * ("ĐỘI TNTP HỒ CHÍ MINHLIÊN ĐỘI …"); a PDF wraps a cell over two lines (joinWrapped). The motto is
 * no part of the issuer: it is cut out, and the text on either side of it is a cell of its own.
 */
export function headerCells(input: string[]): string[] {
  // (a paragraph of a page's text above the title is no header line: not split nor read)
  const cells = input.filter((raw) => raw.length <= 1000).flatMap((raw) => unescapeBreaks(raw).replace(/\*\*/g, "").split(/\s{0,5}\|\s{0,5}|\t/u).flatMap(splitColumns));
  const out: string[] = [];
  for (const cell of joinWrapped(cells.map((c) => c.trim()).filter(Boolean))) {
    let rest = cell;
    for (let k = 0; k < 3; k++) {
      const m = execFolded(MOTTO_RE, rest) ?? execFolded(MOTTO_GLUED_RE, rest);
      // glued only onto a capital: "Hạnh phúcThuỷ Vân", not a longer word
      if (!m || (m.end < rest.length && /\p{Ll}/u.test(rest[m.end]))) break;
      out.push(rest.slice(0, m.index));
      rest = rest.slice(m.end);
    }
    out.push(rest);
  }
  return out.map((c) => c.replace(/[\t ]+/g, " ").trim()).filter((c) => /[\p{L}\p{N}]/u.test(c));
}

// A run of spaces inside one cell, where a template leaves blanks to fill in: "ngày      tháng      năm 2025", "Số:      /KH-BTV"
const BLANK_BEFORE_RE = /(?:ngay|thang|nam|so\s{0,3}:?)\s{0,3}$/u;
const BLANK_AFTER_RE = /^(?:thang|nam|[/\d–-])/u;

/** Split a line at long runs of spaces between two columns ("LĐLĐ QUẢNG ĐIỀN            CỘNG HÒA …"), not at a template's blanks. */
function splitColumns(line: string): string[] {
  const out: string[] = [];
  const f = foldForMatch(line);
  let from = 0;
  for (const m of f.matchAll(/[ \u00a0]{6,}/gu)) {
    const at = m.index ?? 0;
    if (BLANK_BEFORE_RE.test(f.slice(from, at)) || BLANK_AFTER_RE.test(f.slice(at + m[0].length))) continue;
    out.push(line.slice(from, at));
    from = at + m[0].length;
  }
  out.push(line.slice(from));
  return out;
}

/**
 * A line of the header block: the motto, a "Số:" line or a dated place line ("Lào Cai, ngày …").
 * With `motto` false only the document's own lines count (its number, its dated place): a web page
 * shows the organisation's name ("ĐỘI TNTP HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM") as site chrome too.
 */
export function isHeaderLine(text: string, motto = true): boolean {
  if (text.length > 300) return false;
  if (motto && execFolded(MOTTO_RE, text)) return true;
  return headerCells([text]).some((c) => {
    const n = execFolded(NUMBER_RE, c);
    if (n && readNumber(c.slice(n.index)) && (n.index === 0 || c[n.index] === "S")) return true;
    const d = c.length < 150 ? readDateLine(c) : null;
    return d !== null && d.place !== null;
  });
}

/** Read the header lines (the blocks above the title). */
export function readHeader(input: string[]): HeaderFacts {
  const facts: HeaderFacts = { issuer: null, body: null, number: null, numberLine: false, issuedAt: null, place: null, dateYear: null };
  const cells = headerCells(input.filter((l) => !PROPERTY_ROW_RE.test(foldForMatch(l))));
  // above a title with no motto, number or date line, a capitalised line is a page's chrome ("TIN HOẠT
  // ĐỘNG") unless it names an organisation
  const issuer = new IssuerLines(facts, !cells.some((c) => isHeaderLine(c)));
  let datePlaced = false;
  for (const line of cells) {
    // a cell may still hold the number or the date after the organisation (a PDF's line)
    let cut = line.length;
    const nm = execFolded(NUMBER_RE, line);
    const r = nm && (nm.index === 0 || line[nm.index] === "S") ? readNumber(line.slice(nm.index)) : NUMBER_NO_SLASH_RE.test(line.trim()) ? readNumber(line) : null;
    if (r) {
      facts.numberLine = true;
      if (facts.number === null) facts.number = r.number;
      cut = Math.min(cut, nm ? nm.index : 0);
    }
    const at = dateMatch(line);
    const dm = at ? readDateLine(line) : null;
    if (at && dm) {
      // a date with its place is the header's date line; one without ("Ngày 22 tháng 10 năm 2019", a
      // page's post date above the header) gives way to it
      const placed = dm.place !== null && !datePlaced;
      if (placed) datePlaced = true;
      if (facts.place === null) facts.place = dm.place;
      if (facts.issuedAt === null || (placed && dm.issuedAt !== null)) facts.issuedAt = dm.issuedAt;
      if (facts.dateYear === null || placed) facts.dateYear = dm.year;
      const p = dm.place ? line.lastIndexOf(dm.place, at.end) : -1;
      cut = Math.min(cut, p >= 0 ? p : at.index + (at.groups.pre ?? "").length);
    }
    const left = line.slice(0, cut).trim();
    if (left && /\p{L}/u.test(left)) issuer.add(left);
  }
  facts.issuer = issuer.name();
  return facts;
}

// a legal database's property row: "Số hiệu | 800/KH-UBND |", "Loại văn bản: Kế hoạch" (rules/vocab/letterhead.ts)
const PROPERTY_ROW_RE = regex(`^[\\s|]{0,3}${alt(DOCUMENT_PROPERTIES, "full")}\\s{0,3}[|:]`, "u");
// a web page's menu, login box, breadcrumb or counter above the document (rules/vocab/letterhead.ts)
const CHROME_RE = regex(`^[\\s»>|•*-]{0,5}${alt(SITE_CHROME, "full")}${E}`, "du");

// a title line ("KẾ HOẠCH …", "THÔNG BÁO"): no organisation's name (rules/vocab/documents.ts)
const TITLE_CELL_RE = regex(`^${alt(TITLE_KINDS, "full")}(?:\\s|$)(?!\\s{0,2}${alt(NOT_TITLE_AFTER, "full")}${E})`, "u");
// an ad hoc committee's line: "BAN TỔ CHỨC CHƯƠNG TRÌNH", "BAN CHỈ ĐẠO HỘI THI" (rules/vocab/bodies.ts)
const COMMITTEE_LINE_RE = regex(`^${alt(AD_HOC_COMMITTEES, "full")}${E}`, "u");
// "TRUNG ƯƠNG" after a board: the national committee
const CENTRAL_RE = /^\s{1,3}trung uong\s{0,3}$/u;

/** The issuer's lines of the left column, and the body ("BAN CHẤP HÀNH") among them. */
class IssuerLines {
  private parts: string[] = [];
  private bodySeen = false;
  /** an ad hoc committee under the board's line took the issuer; its name may run on the next line */
  private committee = false;
  constructor(private facts: HeaderFacts, private orgsOnly: boolean) {}

  add(raw: string): void {
    // a page's list bullet before a cell ("• ỦY BAN MTTQ VIỆT NAM"); a slogan or banner with its commas
    // ("ĐOÀN KẾT, ĐOÀN KẾT, ĐẠI ĐOÀN KẾT - THÀNH CÔNG, …") names no organisation
    const left = raw.replace(/^[•*+\-–]\s{0,3}/u, "");
    if ((left.match(/,/g) ?? []).length >= 2) return;
    if (CHROME_RE.test(foldForMatch(left))) return;
    // a page's headline above the header that repeats the title ("KẾ HOẠCH ĐẠI HỘI LIÊN ĐỘI 2026 - 2027")
    if (TITLE_CELL_RE.test(foldForMatch(left))) return;
    if (this.orgsOnly && !this.parts.length && !ORG_START_RE.test(foldForMatch(left))) return;
    // an ad hoc committee under the organisation and its board ("HỘI X VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG" / "BAN TỔ
    // CHỨC CHƯƠNG TRÌNH" / "BÌNH CHỌN …"): the lowest unit is the issuer, its lines joined, and no standing body (gold README)
    if (this.bodySeen && isUpper(left) && (this.committee || COMMITTEE_LINE_RE.test(foldForMatch(left)))) {
      if (!this.committee) [this.parts, this.facts.body] = [[], null];
      this.committee = true;
      this.parts.push(left);
      return;
    }
    const bm = execFolded(BODY_RE, left);
    if (bm && bm.index === 0 && isUpper(left)) {
      if (this.facts.body === null) this.facts.body = bm.groups.body ?? null;
      // "BAN CHẤP HÀNH TRUNG ƯƠNG" (the Youth Union's national committee) on a line of its own, no
      // organisation above it: the line names the issuer
      if (!this.parts.length && !this.bodySeen && bm.end < left.length) this.parts.push(left);
      // the national committee under its organisation's name ("HỘI X VIỆT NAM" / "BAN CHẤP HÀNH TRUNG ƯƠNG"):
      // the committee's line names the issuer (gold README)
      else if (!this.bodySeen && CENTRAL_RE.test(foldForMatch(left.slice(bm.end))) && parentDone(this.parts.join(" "))) this.parts = [left];
      this.bodySeen = true;
      return;
    }
    if (bm && isUpper(left) && bm.index > 0 && !this.bodySeen) {
      // "HỘI LHPN TỈNH X BAN CHẤP HÀNH" copied on one line
      this.parts.push(left.slice(0, bm.index).trim());
      this.facts.body = bm.groups.body ?? null;
      this.bodySeen = true;
      return;
    }
    if (this.bodySeen) return;
    const f = foldForMatch(left);
    const above = this.parts.join(" ");
    // the organisation under a complete parent ("… VIỆT NAM", "… HUYỆN X", "… SÓC TRĂNG") or a unit at the
    // foot of an organisation is the issuer; the lines above name its parent
    const under = this.parts.length > 0 && ORG_START_RE.test(f) && (parentDone(above) || (UNIT_START_RE.test(f) && above.split(" ").length >= 2));
    if (isUpper(left)) {
      if (under) this.parts.length = 0;
      // (an abbreviated board before the organisation, "BCH HỘI NÔNG DÂN TỈNH X", is kept as written: the
      // line names the issuer so, gold README)
      this.parts.push(left);
    } else if (under && /^\p{Lu}/u.test(left) && left.length < 80) {
      // the unit written in ordinary case under its parent: "Liên đội trường TH …"
      this.parts.length = 0;
      this.parts.push(left);
    }
  }

  name(): string | null {
    return this.parts.length ? underParent(this.parts.join(" ").replace(/\s+/g, " ").trim()) : null;
  }
}
