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
import { isUpper } from "./util.js";
import { B, E, execFolded, foldForMatch } from "../../src/text.js";
import { alt } from "../vocab/pattern.js";
import { bodyPhrases } from "../vocab/bodies.js";

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
// the documents of the Youth Union and of the Party put their own name in the right column
// instead: "ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM"
const MOTTO_RE = new RegExp(`${B}(?:cong hoa xa hoi chu nghia viet nam|doc lap\\s{0,5}[-–—]\\s{0,5}tu do\\s{0,5}[-–—]\\s{0,5}hanh phuc|doan (?:tncs|thanh nien cong san) ho chi minh|dang cong san viet nam)${E}`, "du");
// "Số: 42 /KH-BCH", "Số 9/KH-HND", "Số:     /KH-BTV"; Party and Youth Union style "Số 25-KH/TĐTN"
const NUMBER_RE = new RegExp(`${B}so\\s{0,3}:?\\s{0,40}(?<n>[0-9][0-9a-z.]{0,12}(?:-[a-zđ]{1,8})?)?\\s{0,40}/\\s{0,3}(?<suffix>[a-z0-9đ][a-z0-9đ\\-/.]{0,40})`, "du");
// "Lào Cai, ngày 15 tháng 3 năm 2026", "Hà Tĩnh, ngày    tháng    năm 2026"
const DATE_RE = new RegExp(
  `(?<pre>[^\\n,]{0,80}?)\\s{0,5},?\\s{0,5}${B}ngay\\s{0,40}(?<d>\\d{1,2})?\\s{0,40}thang\\s{0,40}(?<m>\\d{1,2})?\\s{0,40}nam\\s{0,20}(?<y>\\d{4})${E}`,
  "du",
);
// "BAN CHẤP HÀNH", "BAN THƯỜNG VỤ" (upper case, a line of its own in the left column)
// "BAN ĐẠI DIỆN" leads the Hội Người cao tuổi of a province or district, "BAN CHỦ NHIỆM" a club or a Hội's branch
// (the boards: rules/vocab/bodies.ts)
const BODY_RE = new RegExp(`${B}(?<body>${alt(bodyPhrases(), "full")}(?: [a-z]{1,10}){0,3}?)${E}`, "du");

const pad = (n: number) => String(n).padStart(2, "0");

export function isoDate(y: number, m: number, d: number): string | null {
  if (m < 1 || m > 12 || d < 1) return null;
  const last = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d > last) return null;
  return `${y}-${pad(m)}-${pad(d)}`;
}

/** The place before ", ngày": the capitalised words right before it ("Lào Cai", "TP. Hồ Chí Minh"). */
function placeOf(pre: string): string | null {
  const words = pre.trim().split(/\s+/).filter(Boolean);
  const out: string[] = [];
  for (let i = words.length - 1; i >= 0 && out.length < 5; i--) {
    const w = words[i];
    if (/^[\p{Lu}][\p{L}.]*$/u.test(w) || /^(?:TP\.?|Tp\.?)$/u.test(w)) out.unshift(w);
    else break;
  }
  const s = out.join(" ").trim();
  return s.length >= 2 ? s : null;
}

export function readDateLine(text: string): { place: string | null; issuedAt: string | null; year: number } | null {
  const m = execFolded(DATE_RE, text);
  if (!m) return null;
  const y = Number(m.groups.y);
  const d = m.groups.d ? Number(m.groups.d) : null;
  const mo = m.groups.m ? Number(m.groups.m) : null;
  let pre = m.groups.pre ?? "";
  // drop a motto glued before the place by a PDF copy
  pre = pre.replace(/^.*Hạnh phúc/iu, "");
  return { place: placeOf(pre), issuedAt: d !== null && mo !== null ? isoDate(y, mo, d) : null, year: y };
}

export function readNumber(text: string): { number: string | null } | null {
  const m = execFolded(NUMBER_RE, text);
  if (!m) return null;
  const suffix = (m.groups.suffix ?? "").replace(/[.,;]+$/, "");
  if (!m.groups.n) return { number: null };
  return { number: `${m.groups.n.replace(/\s+/g, "")}/${suffix}` };
}

// An abbreviated body before the organisation on one line: "BCH HỘI NÔNG DÂN TỈNH LÀO CAI"
const BODY_ABBR_RE = new RegExp(`^${alt(bodyPhrases("elected", true), "full")}\\s{1,3}(?=(?:hoi|doan|uy ban|mat tran|lien doan|cong doan|dang uy|tinh|huyen)(?![\\p{L}]))`, "u");
// Words that start the name of an organisation: a line starting so after "… VIỆT NAM" is the issuing
// body under its national parent ("HỘI CCB VIỆT NAM" / "HỘI CCB TỈNH QUẢNG NGÃI"), while a line
// starting with a place continues a wrapped name ("ỦY BAN MTTQ VIỆT NAM" / "TỈNH HÀ TĨNH")
// ("UBND HUYỆN X" / "PHÒNG NÔNG NGHIỆP VÀ PTNT", "SỞ Y TẾ" / "TRUNG TÂM Y TẾ HUYỆN Y": a department or centre under its parent)
// ("ĐẢNG BỘ TỈNH X" / "HUYỆN ỦY Y": a party committee "huyện ủy", "thành ủy", "quận ủy" under its
// provincial party organisation; the place word is followed by "ủy", not by a name)
const ORG_START_RE = /^(?:hoi|bch|btv|ban|doan|uy ban|ubnd|mat tran|lien doan|lien minh|ldld|cong doan|dang uy|dang bo|so|phong|trung tam|chi hoi|chi doan|(?:huyen|thanh|quan|thi|tinh) uy)(?![\p{L}])/u;
// A complete name of a parent body: it ends with "VIỆT NAM" or names its place ("UBND TỈNH HƯNG YÊN" /
// "SỞ GIÁO DỤC VÀ ĐÀO TẠO", "HỘI LHPN TỈNH X" / "HỘI LHPN HUYỆN Y", "TỈNH ỦY X" / "BAN DÂN VẬN"): the
// issuing body is the organisation on the line under it (the "cơ quan chủ quản" stands above the issuer)
const PARENT_DONE_RE = /(?:viet nam$|(?<![\p{L}])(?:tinh|thanh pho|tp|huyen|quan|thi xa|xa|phuong)\s{1,3}\p{L})/u;

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
      if (gains(MOTTO_RE) || gains(DATE_RE)) {
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
const ORG_WORD_RE = /(?<=\s)(?:hoi|ban|doan|uy ban|ubnd|lien doan|lien minh|ldld|cong doan|dang uy|so|phong|trung tam|chi hoi|chi doan)\s{1,3}\p{L}/gu;

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

/** Read the header lines (the blocks above the title). */
export function readHeader(input: string[]): HeaderFacts {
  const facts: HeaderFacts = { issuer: null, body: null, number: null, numberLine: false, issuedAt: null, place: null, dateYear: null };
  const issuerParts: string[] = [];
  let bodySeen = false;
  const lines = joinWrapped(input);
  for (const raw of lines) {
    // split a line holding both columns at the motto, the number or the date
    const line = raw.replace(/\*\*/g, "").replace(/[\t ]+/g, " ").trim();
    let cut = line.length;
    const mm = execFolded(MOTTO_RE, line);
    if (mm) cut = Math.min(cut, mm.index);
    const nm = execFolded(NUMBER_RE, line);
    if (nm) {
      facts.numberLine = true;
      const r = readNumber(line.slice(nm.index));
      if (r && facts.number === null) facts.number = r.number;
      cut = Math.min(cut, nm.index);
    }
    const at = execFolded(DATE_RE, line);
    const dm = at ? readDateLine(line) : null;
    if (at && dm) {
      if (facts.place === null) facts.place = dm.place;
      if (facts.issuedAt === null) facts.issuedAt = dm.issuedAt;
      if (facts.dateYear === null) facts.dateYear = dm.year;
      const p = dm.place ? line.lastIndexOf(dm.place, at.end) : -1;
      cut = Math.min(cut, p >= 0 ? p : at.index + (at.groups.pre ?? "").length);
    }
    const left = line.slice(0, cut).trim();
    if (!left || !/\p{L}/u.test(left)) continue;
    const bm = execFolded(BODY_RE, left);
    if (bm && isUpper(left.slice(bm.index)) && bm.index === 0) {
      if (facts.body === null) facts.body = bm.groups.body ?? null;
      bodySeen = true;
      continue;
    }
    if (bm && isUpper(left) && bm.index > 0 && !bodySeen) {
      // "HỘI LHPN TỈNH X BAN CHẤP HÀNH" copied on one line
      issuerParts.push(left.slice(0, bm.index).trim());
      facts.body = bm.groups.body ?? null;
      bodySeen = true;
      continue;
    }
    if (!bodySeen && isUpper(left)) {
      const f = foldForMatch(left);
      // the organisation named after "… VIỆT NAM" is the issuer; the line before is its national parent
      if (issuerParts.length && PARENT_DONE_RE.test(foldForMatch(issuerParts.join(" "))) && ORG_START_RE.test(f)) issuerParts.length = 0;
      const abbr = BODY_ABBR_RE.exec(f);
      issuerParts.push(abbr ? left.slice(abbr[0].length) : left);
    }
  }
  if (issuerParts.length) facts.issuer = underParent(issuerParts.join(" ").replace(/\s+/g, " ").trim());
  return facts;
}
