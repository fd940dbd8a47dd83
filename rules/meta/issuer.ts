// The issuer of a plan whose header is missing or names no organisation, read from the sentence
// that announces the plan: its actor, before "ban hành / xây dựng / đề ra Kế hoạch …"
//   "…, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:"  → "Ủy ban nhân dân thành phố"
//   "Ban Chấp hành Đảng bộ thành phố Đà Nẵng ban hành Chương trình …"     → "Đảng bộ thành phố Đà Nẵng"
//   "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số …"               → "UBND tỉnh"
// The elected board ("Ban Chấp hành", "BCH", "Ban Thường vụ") is the body, not the issuer.
import { B, E, execFolded, allFolded, foldForMatch, foldTone } from "../../src/ground/text.js";
import { alt, regex } from "../vocab/pattern.js";
import { ISSUER_NAME_ENDS, W } from "../vocab/words.js";
import { ANNOUNCERS, BODIES, ISSUING_ORGANISATIONS, ORG_LEVEL_PREFIXES, bodyPhrases } from "../vocab/bodies.js";
import { ACTOR_NAME_ENDS, ADDRESSED_UNITS, NOTICE_VERBS, REQUEST_VERBS, ANNOUNCE_ADVERBS, ANNOUNCED_CONTENTS, ANNOUNCING_VERBS, DOCUMENT_KINDS, LEAD_VERBS, STRIVING_VERBS, TITLE_KINDS } from "../vocab/documents.js";
import { DETERMINERS } from "../vocab/headings.js";
import { nameByShape } from "./org-name.js";

// the announcing verb before a kind of plan ("ban hành Kế hoạch", "xây dựng Chương trình"), a guidance
// or the plan's contents ("ban hành Hướng dẫn", "đề ra một số chỉ tiêu, nhiệm vụ"), or before
// the units it addresses ("đề nghị các địa phương …", a guidance such as a monthly "Định hướng")
// (after adverbs of time, "đã", "vừa", "sẽ": "… vừa quyết định Chương trình giám sát …"; a count may
// come before the contents: "đề ra 12 chỉ tiêu chủ yếu")
// (or a verb of striving whose actor sets the targets that follow: "…, Hội LHTN xã X phấn đấu: …")
const ANNOUNCE_RE = regex(
  `${B}(?:${alt(ANNOUNCE_ADVERBS, "full")}\\s{1,3}){0,2}(?:${alt(ANNOUNCING_VERBS, "full")}(?:\\s{1,3}va\\s{1,3}(?:ban hanh|trien khai))?\\s{1,3}(?:${alt(DETERMINERS, "full")}\\s{1,3})?(?:\\d{1,3}\\s{1,3})?${alt([...TITLE_KINDS, ...ANNOUNCED_CONTENTS], "full")}|${alt(REQUEST_VERBS, "full")}\\s{1,3}${alt(ADDRESSED_UNITS, "full")}|${alt(NOTICE_VERBS, "full")}(?=\\s{0,2}:))${E}`,
  "gdu",
);
// (read when no verb above names an actor: "Đại hội xác định nhiệm vụ …" before a headline's "Hội X phấn đấu …")
const STRIVE_RE = regex(`${B}(?:${alt(ANNOUNCE_ADVERBS, "full")}\\s{1,3}){0,2}${alt(STRIVING_VERBS, "full")}${E}`, "gdu");
// what ends an actor's name before its verb: another verb of the clause ("Công đoàn ngành … tổ chức Hội
// nghị tổng kết …, đề ra phương hướng …")
const NAME_END_RE = regex(`\\s${alt(ACTOR_NAME_ENDS, "full")}${E}`, "du");
const BOARD = alt(bodyPhrases("elected", true), "full");
const ORG = alt([...ANNOUNCERS.filter((a) => a !== W.we), ...ISSUING_ORGANISATIONS], "full");
// where the actor starts: an organisation (after an elected board) at the start of the clause, after ", ", or
// after a page's headline or byline that a copy ran into the lead ("… “Gắn kết cộng đồng” Hội Chữ thập đỏ tỉnh …",
// "(Báo X) - Hội Nông dân tỉnh …")
const ACTOR_START_RE = regex(`(?:^|,\\s{1,3}|[”"»)]\\s{1,3}|\\s[-–]\\s{1,3})(?<actor>(?:${BOARD}\\s{1,3})?${ORG}${E})`, "gdu");
// what follows the name and is no part of it: its term ("khóa VIII, nhiệm kỳ 2019 – 2024", "(khóa XV)")
const QUALIFIER_RE = regex(`(?:\\s{1,3}\\(?\\s{0,3}khoa\\s|\\s{0,3},\\s{0,3}nhiem ky\\s)`, "du");
const BOARD_AT_START_RE = regex(`^(?<board>${BOARD})\\s{1,3}`, "du");
// where an organisation's kind ends at the start of its name ("Hội Nông dân| xã …", "Ban Chấp hành Đoàn| xã …")
const HEAD_RE = regex(`^(?:${BOARD}\\s{1,3})?${ORG}${E}`, "u");
/** A name that starts with an organisation's kind, cut where its shape ends (rules/meta/org-name.ts). */
const shaped = (name: string): string => {
  const head = execFolded(HEAD_RE, name);
  return head ? nameByShape(name, head.end) : name;
};

// a section or committee of an organisation, by its capitalised name: "Ban Nữ công", "Ban Thanh niên trường học", "Ban
// Dân vận"; only after the start of the clause or its comma ("…, Ban Nữ công xây dựng Kế hoạch …")
const SECTION_START_RE = /(?:^|,[ \t]{1,3})(Ban[ \t]{1,3}\p{Lu}\p{Ll}{0,7})(?![\p{L}\p{M}])/gu;

// a level word before an organisation's kind, opening its clause: "…, Trung ương Hội …", "T.Ư Đoàn" (rules/vocab/bodies.ts)
const LEVEL_BEFORE_RE = regex(`(?:^|[,;:.]\\s{0,3}|\\s)(?:${alt(ORG_LEVEL_PREFIXES, "full")})\\s{1,3}$`, "u");

const POST_START_RE = regex(`^(?:${W.deputy}\\s{1,3})?${W.head}(?![\\p{L}\\p{M}])`, "iu");

export interface Actor {
  issuer: string;
  /** the elected board named before it ("Ban Chấp hành"), as written */
  body: string | null;
}

/** Where the last sentence of `s` starts: after ". " and a capital, not after an initial ("M.V. Lômônôxốp"). */
function sentenceBreak(s: string): number {
  let at = 0;
  for (const m of s.matchAll(/[.!?]\s{1,5}(?=\p{Lu})/gu)) {
    if (/(?:^|[^\p{L}])\p{Lu}$/u.test(s.slice(Math.max(0, m.index! - 2), m.index!))) continue;
    at = m.index! + 1;
  }
  return at;
}

// an organisation's name after a space, capitalised as a name is: where the actor starts when the clause
// opens with an adverbial without a comma ("Trong nhiệm kỳ này Liên đội cũng đã xác định …") or with a
// headline's words ("Giao ước thi đua Khối thi đua Công đoàn ngành X đề ra 6 chỉ tiêu")
const SOFT_START_RE = regex(`(?<=\\s)(?<actor>(?:${BOARD}\\s{1,3})?${ORG}${E})`, "gdu");

/** The actor of the first sentence in `text` that announces a plan, or null. */
export function announcingActor(text: string): Actor | null {
  // the opening's announcing sentence is near the top of a plan: a flattened page is not read whole
  // (a verb whose clause names no actor, "Nhằm tổng kết … và thông qua kế hoạch …", gives way to the next
  // one near the top)
  for (const re of [ANNOUNCE_RE, STRIVE_RE]) {
    const verbs = allFolded(re, text.slice(0, 20_000));
    for (let k = 0; k < verbs.length && k < 8; k++) {
      if (k > 0 && verbs[k].index > 4000) break;
      const actor = actorBefore(text, verbs[k].index);
      if (actor) return actor;
    }
  }
  return null;
}

/** The actor of the clause that ends at `at` (an announcing verb), or null. */
function actorBefore(text: string, at: number): Actor | null {
  // the clause before the verb: back to the last sentence break, at most 300 characters
  const before = text.slice(Math.max(0, at - 300), at);
  const start = Math.max(sentenceBreak(before), before.lastIndexOf(";") + 1, before.lastIndexOf(":") + 1, before.lastIndexOf("\n") + 1, 0);
  const clause = before.slice(start).trim();
  const starts = allFolded(regex(ACTOR_START_RE.source, "gdu"), clause);
  let last = starts[starts.length - 1]?.spans.actor ?? allFolded(SOFT_START_RE, clause).find((m) => /^\p{Lu}/u.test(clause.slice(m.index)))?.spans.actor;
  // an earlier organisation whose name runs on over the later one ("Văn phòng Đoàn ĐBQH, HĐND và UBND tỉnh thông báo …")
  const spanning = last && starts.find((m) => m.spans.actor && m.spans.actor[0] < last![0] && m.spans.actor[0] + shaped(clause.slice(m.spans.actor[0])).length >= last![1]);
  if (spanning?.spans.actor) last = spanning.spans.actor;
  // a section of an organisation after the clause's comma ("Thực hiện Kế hoạch …, Ban Nữ công xây dựng …"), when no
  // organisation starts later
  const section = [...clause.matchAll(SECTION_START_RE)].pop();
  if (section && (!last || section.index + section[0].length - section[1].length > last[0]) && !BOARD_AT_START_RE.test(foldForMatch(clause.slice(section.index + section[0].length - section[1].length)))) {
    last = [section.index + section[0].length - section[1].length, section.index + section[0].length];
  }
  if (!last) return null;
  // the level written before the organisation ("Trung ương Hội Chữ thập đỏ Việt Nam ban hành …") is part of its name
  const level = LEVEL_BEFORE_RE.exec(foldForMatch(clause.slice(Math.max(0, last[0] - 20), last[0])));
  const from = level ? last[0] - level[0].length + level[0].search(/\p{L}/u) : last[0];
  return actorName(text.slice(0, at), clause.slice(from).trim());
}

/** Longer than this, an actor's name is a sentence read as a name ("Ban Chỉ đạo Công tác dân số và phát triển tỉnh Hà Nam": 13). */
const MAX_ACTOR_WORDS = 14;

/** The actor's name as read from the start of its name up to its verb: qualifiers, a board and brackets dropped. */
function actorName(before: string, written: string): Actor | null {
  let name = written;
  const q = execFolded(QUALIFIER_RE, name);
  if (q) name = name.slice(0, q.index).trim();
  const stop = execFolded(NAME_END_RE, name);
  if (stop) name = name.slice(0, stop.index).trim();
  let body: string | null = null;
  const board = execFolded(BOARD_AT_START_RE, name);
  if (board) {
    // "BCH" is the Ban Chấp hành: the body as its header line writes it, "BAN CHẤP HÀNH"
    const f = foldForMatch(board.groups.board ?? "");
    const row = BODIES.find((b) => foldForMatch(b.phrase) === f || (b.abbr !== undefined && foldForMatch(b.abbr) === f));
    body = row ? row.phrase.toUpperCase() : null;
    name = name.slice(board.end).trim();
  }
  // an editor's abbreviation in brackets inside the name: "Hội Chữ thập đỏ tỉnh (Hội) Cà Mau", "Hội Nông dân (HND) tỉnh"
  name = name.replace(/\s{0,3}\(\s{0,2}[\p{L}.]{2,8}\s{0,2}\)(?=\s)/gu, "");
  name = name.replace(/[\s,]+$/u, "");
  // the name's shape: cut at the first word of its sentence ("UBND phường X thông báo", "Hội Nông dân xã dự kiến")
  name = shaped(name);
  if (BARE_ORG_RE.test(foldForMatch(name)) || UNIT_END_RE.test(foldForMatch(name))) name = fullerName(before, name) ?? name;
  if (!name || name.split(/\s+/).length > MAX_ACTOR_WORDS) return null;
  // a post ("Trưởng Ban …", "Phó Trưởng phòng …"), which the folded view reads as "Trường" (a school): a person, no issuer
  if (POST_START_RE.test(foldTone(name))) return null;
  return { issuer: name, body };
}

/**
 * A name that stops at its level ("Ban chỉ đạo hiến máu tình nguyện huyện", "Hội Khuyến học quận") completed
 * from a fuller mention anywhere in the first paragraphs (a headline above the opening may give the place).
 */
export function completeName(name: string, text: string): string {
  return UNIT_END_RE.test(foldForMatch(name)) ? fullerName(text, name) ?? name : name;
}

// a news lead: "[when, ]ORG [đã|vừa] tổ chức / tiến hành / phát lệnh …" (the organisation the report is about)
const LEAD_RE = regex(
  `(?:^|[,:]\\s{1,3}|[”"»)]\\s{1,3}|\\s[-–]\\s{1,3})(?<actor>(?:${BOARD}\\s{1,3})?${ORG}${E}[^,;:.!?()\\n]{0,90}?)\\s{1,3}(?:${alt(ANNOUNCE_ADVERBS, "full")}\\s{1,3}){0,2}${alt(LEAD_VERBS, "full")}${E}`,
  "du",
);

/**
 * The organisation a news report is about, as the subject of its lead ("Sáng 12/3, Công an tỉnh đã phát
 * lệnh ra quân …", "Chiều ngày 05/9/2021, Liên đội Trường Tiểu học X đã tiến hành Đại hội …"): the
 * issuer of a report with no header and no sentence that announces a plan. Read in the first sentences.
 */
export function leadActor(texts: string[]): string | null {
  let seen = 0;
  for (const t of texts) {
    if (seen > 2000) break;
    seen += t.length;
    for (const sentence of t.slice(0, 1500).split(/(?<=[.!?])\s{1,5}(?=\p{Lu})/u)) {
      const m = execFolded(LEAD_RE, sentence);
      if (!m?.groups.actor) continue;
      const a = actorName(t, m.groups.actor.trim());
      if (a) return a.issuer;
    }
  }
  return null;
}

// the actor of a passive sentence: "… 25 chỉ tiêu … vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua", "… được UBND huyện phê duyệt",
// "… là mục tiêu … được UBND tỉnh đề ra trong Kế hoạch số …"
const PASSIVE_RE = regex(`${B}duoc\\s{1,3}(?<by>[^.;:!?\\n]{2,120}?)\\s{1,3}(?:thong qua|ban hanh|phe duyet|de ra)${E}`, "du");
// the owner of a plan named as such at the start of a paragraph: "Kế hoạch của Thường trực Hội CCB Việt Nam có mục đích …"
const OWNER_RE = regex(`^\\s{0,3}(?:${alt(TITLE_KINDS, "full")})\\s{1,3}cua\\s{1,3}(?:(?:${BOARD}|thuong truc)\\s{1,3})?(?<org>${ORG}${E}[^.;:,()!?\\n]{0,80})`, "du");
// where an owner's name ends: a verb or a preposition after it
const OWNER_END_RE = regex(`\\s(?:co|ve|nham|duoc|da|voi|la|de|tu|trong|tai|se|vua)${E}`, "du");

/**
 * Who issues a plan that no sentence announces: the actor of a passive sentence ("… vừa được Kỳ họp thứ 16,
 * HĐND tỉnh thông qua"), else the owner a paragraph names ("Kế hoạch của Thường trực Hội CCB Việt Nam …").
 */
export function passiveOrOwner(texts: string[]): string | null {
  for (const t of texts) {
    const p = execFolded(PASSIVE_RE, t.slice(0, 3000));
    if (p?.groups.by) {
      const by = p.groups.by;
      const starts = allFolded(regex(ACTOR_START_RE.source, "gdu"), by);
      const last = starts[starts.length - 1];
      if (last?.spans.actor) {
        const name = by.slice(last.spans.actor[0]).trim().replace(/[\s,]+$/u, "");
        if (name.split(/\s+/).length <= 10) return name;
      }
    }
  }
  for (const t of texts) {
    const o = execFolded(OWNER_RE, t.slice(0, 400));
    if (!o?.groups.org) continue;
    let name = o.groups.org;
    const end = execFolded(OWNER_END_RE, name);
    if (end) name = name.slice(0, end.index);
    name = name.trim();
    if (name.split(/\s+/).length <= 10) return name;
  }
  return null;
}

// an actor named by its kind alone ("Đại hội xác định …", "Quốc hội …"): the report named it in full before
const BARE_ORG_RE = regex(`^${ORG}$`, "u");
// an actor named by its level without the place ("Hội Khuyến học quận tiếp tục …", "Hội Nông dân huyện"): the
// report may have named the place before ("Hội Khuyến học quận X đã …")
const UNIT_END_RE = regex(`^${ORG}${E}.{0,60}\\s(?:tinh|thanh pho|huyen|quan|thi xa|xa|phuong|thi tran|truong)$`, "u");

/**
 * The first fuller mention of a bare kind in the text before ("Đại hội đại biểu phụ nữ toàn quốc lần
 * thứ XII, nhiệm kỳ 2017-2022 vừa bế mạc …" for "Đại hội"): its words up to a ",", "(", a sentence end
 * or an adverb, twelve words at most.
 */
// where a fuller mention's name ends: an adverb or a verb of its clause, the term or school year after it
// ("Liên Đội mới nhiệm kỳ …", "Hội Khuyến học quận X đã phối hợp …", "… tổ chức Đại hội …")
const FULLER_END_RE = regex(`\\s(?:${alt([...ANNOUNCE_ADVERBS, ...LEAD_VERBS, ...ACTOR_NAME_ENDS, ...ANNOUNCING_VERBS, ...STRIVING_VERBS, ...ISSUER_NAME_ENDS], "full")}|${alt(DOCUMENT_KINDS, "full")}\\s{1,3}so|nam\\s{1,3}\\d{4})${E}`, "du");

function fullerName(before: string, kind: string): string | null {
  const folded = foldForMatch(before);
  const k = foldForMatch(kind);
  for (let at = folded.indexOf(k + " "); at >= 0; at = folded.indexOf(k + " ", at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) continue;
    const rest = before.slice(at);
    const end = /[,(;:!?\n]|\.\s/u.exec(rest);
    let name = rest.slice(0, end ? end.index : rest.length);
    const verb = execFolded(FULLER_END_RE, name);
    name = name.slice(0, verb ? verb.index : name.length).trim();
    name = shaped(name);
    const n = name.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    if (n > kind.split(/\s+/).length && n <= 12) return name;
  }
  return null;
}
