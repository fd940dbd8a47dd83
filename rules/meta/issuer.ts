// The issuer of a plan whose header is missing or names no organisation, read from the sentence
// that announces the plan: its actor, before "ban hành / xây dựng / đề ra Kế hoạch …"
//   "…, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:"  → "Ủy ban nhân dân thành phố"
//   "Ban Chấp hành Đảng bộ thành phố Đà Nẵng ban hành Chương trình …"     → "Đảng bộ thành phố Đà Nẵng"
//   "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số …"               → "UBND tỉnh"
// The elected board ("Ban Chấp hành", "BCH", "Ban Thường vụ") is the body, not the issuer.
import { B, E, execFolded, allFolded, foldForMatch } from "../../src/text.js";
import { alt, regex } from "../vocab/pattern.js";
import { ANNOUNCERS, BODIES, ISSUING_ORGANISATIONS, bodyPhrases } from "../vocab/bodies.js";
import { ACTOR_NAME_ENDS, ANNOUNCE_ADVERBS, ANNOUNCED_CONTENTS, ANNOUNCING_VERBS, TITLE_KINDS } from "../vocab/documents.js";
import { DETERMINERS } from "../vocab/headings.js";

// the announcing verb before a kind of plan ("ban hành Kế hoạch", "xây dựng Chương trình"), a guidance
// or the plan's contents ("ban hành Hướng dẫn", "đề ra một số chỉ tiêu, nhiệm vụ"), or before
// the units it addresses ("đề nghị các địa phương …", a guidance such as a monthly "Định hướng")
// (after adverbs of time, "đã", "vừa", "sẽ": "… vừa quyết định Chương trình giám sát …"; a count may
// come before the contents: "đề ra 12 chỉ tiêu chủ yếu")
const ANNOUNCE_RE = regex(
  `${B}(?:${alt(ANNOUNCE_ADVERBS, "full")}\\s{1,3}){0,2}(?:${alt(ANNOUNCING_VERBS, "full")}(?:\\s{1,3}va\\s{1,3}(?:ban hanh|trien khai))?\\s{1,3}(?:${alt(DETERMINERS, "full")}\\s{1,3})?(?:\\d{1,3}\\s{1,3})?${alt([...TITLE_KINDS, ...ANNOUNCED_CONTENTS], "full")}|de nghi\\s{1,3}cac)${E}`,
  "du",
);
// what ends an actor's name before its verb: another verb of the clause ("Công đoàn ngành … tổ chức Hội
// nghị tổng kết …, đề ra phương hướng …")
const NAME_END_RE = regex(`\\s${alt(ACTOR_NAME_ENDS, "full")}${E}`, "du");
const BOARD = alt(bodyPhrases("elected", true), "full");
const ORG = alt([...ANNOUNCERS.filter((a) => a !== "chúng tôi"), ...ISSUING_ORGANISATIONS], "full");
// where the actor starts: an organisation (after an elected board) at the start of the clause, after ", ", or
// after a page's headline or byline that a copy ran into the lead ("… “Gắn kết cộng đồng” Hội Chữ thập đỏ tỉnh …",
// "(Báo X) - Hội Nông dân tỉnh …")
const ACTOR_START_RE = regex(`(?:^|,\\s{1,3}|[”"»)]\\s{1,3}|\\s[-–]\\s{1,3})(?<actor>(?:${BOARD}\\s{1,3})?${ORG}${E})`, "gdu");
// what follows the name and is no part of it: its term ("khóa VIII, nhiệm kỳ 2019 – 2024", "(khóa XV)")
const QUALIFIER_RE = regex(`(?:\\s{1,3}\\(?\\s{0,3}khoa\\s|\\s{0,3},\\s{0,3}nhiem ky\\s)`, "du");
const BOARD_AT_START_RE = regex(`^(?<board>${BOARD})\\s{1,3}`, "du");

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

/** The actor of the first sentence in `text` that announces a plan, or null. */
export function announcingActor(text: string): Actor | null {
  // the opening's announcing sentence is near the top of a plan: a flattened page is not read whole
  const verb = execFolded(ANNOUNCE_RE, text.slice(0, 20_000));
  if (!verb) return null;
  // the clause before the verb: back to the last sentence break, at most 300 characters
  const before = text.slice(Math.max(0, verb.index - 300), verb.index);
  const start = Math.max(sentenceBreak(before), before.lastIndexOf(";") + 1, before.lastIndexOf(":") + 1, before.lastIndexOf("\n") + 1, 0);
  const clause = before.slice(start).trim();
  const starts = allFolded(regex(ACTOR_START_RE.source, "gdu"), clause);
  const last = starts[starts.length - 1];
  if (!last?.spans.actor) return null;
  let name = clause.slice(last.spans.actor[0]).trim();
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
  if (BARE_ORG_RE.test(foldForMatch(name))) name = fullerName(text.slice(0, verb.index), name) ?? name;
  if (!name || name.split(/\s+/).length > 12) return null;
  return { issuer: name, body };
}

// the actor of a passive sentence: "… 25 chỉ tiêu … vừa được Kỳ họp thứ 16, HĐND tỉnh thông qua", "… được UBND huyện phê duyệt"
const PASSIVE_RE = regex(`${B}duoc\\s{1,3}(?<by>[^.;:!?\\n]{2,120}?)\\s{1,3}(?:thong qua|ban hanh|phe duyet)${E}`, "du");
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

/**
 * The first fuller mention of a bare kind in the text before ("Đại hội đại biểu phụ nữ toàn quốc lần
 * thứ XII, nhiệm kỳ 2017-2022 vừa bế mạc …" for "Đại hội"): its words up to a ",", "(", a sentence end
 * or an adverb, twelve words at most.
 */
function fullerName(before: string, kind: string): string | null {
  const folded = foldForMatch(before);
  const k = foldForMatch(kind);
  for (let at = folded.indexOf(k + " "); at >= 0; at = folded.indexOf(k + " ", at + 1)) {
    if (at > 0 && /[\p{L}\p{N}]/u.test(folded[at - 1])) continue;
    const rest = before.slice(at);
    const end = /[,(;:!?]|\.\s|\s(?:vừa|đã|sẽ|đang|mới|tổ chức|tiến hành)\s/u.exec(rest);
    const name = rest.slice(0, end ? end.index : rest.length).trim();
    const n = name.split(/\s+/).length;
    if (n > kind.split(/\s+/).length && n <= 12) return name;
  }
  return null;
}
