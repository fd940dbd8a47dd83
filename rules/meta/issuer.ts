// The issuer of a plan whose header is missing or names no organisation, read from the sentence
// that announces the plan: its actor, before "ban hành / xây dựng / đề ra Kế hoạch …"
//   "…, Ủy ban nhân dân thành phố ban hành Kế hoạch triển khai như sau:"  → "Ủy ban nhân dân thành phố"
//   "Ban Chấp hành Đảng bộ thành phố Đà Nẵng ban hành Chương trình …"     → "Đảng bộ thành phố Đà Nẵng"
//   "Ngày 31/12/2021, UBND tỉnh đã ban hành Kế hoạch số …"               → "UBND tỉnh"
// The elected board ("Ban Chấp hành", "BCH", "Ban Thường vụ") is the body, not the issuer.
import { B, E, execFolded, allFolded, foldForMatch } from "../../src/text.js";
import { alt, regex } from "../vocab/pattern.js";
import { ANNOUNCERS, BODIES, ISSUING_ORGANISATIONS, bodyPhrases } from "../vocab/bodies.js";
import { ANNOUNCED_CONTENTS, TITLE_KINDS } from "../vocab/documents.js";
import { DETERMINERS } from "../vocab/headings.js";

// the announcing verb before a kind of plan ("ban hành Kế hoạch", "xây dựng Chương trình"), a guidance
// or the plan's contents ("ban hành Hướng dẫn", "đề ra một số chỉ tiêu, nhiệm vụ"), or before
// the units it addresses ("đề nghị các địa phương …", a guidance such as a monthly "Định hướng")
const ANNOUNCE_RE = regex(
  `${B}(?:da\\s{1,3})?(?:(?:xay dung|ban hanh|de ra)(?:\\s{1,3}va\\s{1,3}(?:ban hanh|trien khai))?\\s{1,3}(?:${alt(DETERMINERS, "full")}\\s{1,3}|\\d{1,3}\\s{1,3})?${alt([...TITLE_KINDS, ...ANNOUNCED_CONTENTS], "full")}|de nghi\\s{1,3}cac)${E}`,
  "du",
);
const BOARD = alt(bodyPhrases("elected", true), "full");
const ORG = alt([...ANNOUNCERS.filter((a) => a !== "chúng tôi"), ...ISSUING_ORGANISATIONS], "full");
// where the actor starts: an organisation (after an elected board) at the start of the clause or after ", "
const ACTOR_START_RE = regex(`(?:^|,\\s{1,3})(?<actor>(?:${BOARD}\\s{1,3})?${ORG}${E})`, "gdu");
// what follows the name and is no part of it: its term ("khóa VIII, nhiệm kỳ 2019 – 2024", "(khóa XV)")
const QUALIFIER_RE = regex(`(?:\\s{1,3}\\(?\\s{0,3}khoa\\s|\\s{0,3},\\s{0,3}nhiem ky\\s)`, "du");
const BOARD_AT_START_RE = regex(`^(?<board>${BOARD})\\s{1,3}`, "du");

export interface Actor {
  issuer: string;
  /** the elected board named before it ("Ban Chấp hành"), as written */
  body: string | null;
}

/** The actor of the first sentence in `text` that announces a plan, or null. */
export function announcingActor(text: string): Actor | null {
  // the opening's announcing sentence is near the top of a plan: a flattened page is not read whole
  const verb = execFolded(ANNOUNCE_RE, text.slice(0, 20_000));
  if (!verb) return null;
  // the clause before the verb: back to the last sentence break, at most 300 characters
  const before = text.slice(Math.max(0, verb.index - 300), verb.index);
  const start = Math.max(before.lastIndexOf(". ") + 1, before.lastIndexOf(";") + 1, before.lastIndexOf(":") + 1, before.lastIndexOf("\n") + 1, 0);
  const clause = before.slice(start).trim();
  const starts = allFolded(regex(ACTOR_START_RE.source, "gdu"), clause);
  const last = starts[starts.length - 1];
  if (!last?.spans.actor) return null;
  let name = clause.slice(last.spans.actor[0]).trim();
  const q = execFolded(QUALIFIER_RE, name);
  if (q) name = name.slice(0, q.index).trim();
  let body: string | null = null;
  const board = execFolded(BOARD_AT_START_RE, name);
  if (board) {
    // "BCH" is the Ban Chấp hành: the body as its header line writes it, "BAN CHẤP HÀNH"
    const f = foldForMatch(board.groups.board ?? "");
    const row = BODIES.find((b) => foldForMatch(b.phrase) === f || (b.abbr !== undefined && foldForMatch(b.abbr) === f));
    body = row ? row.phrase.toUpperCase() : null;
    name = name.slice(board.end).trim();
  }
  name = name.replace(/[\s,]+$/u, "");
  if (!name || name.split(/\s+/).length > 12) return null;
  return { issuer: name, body };
}
