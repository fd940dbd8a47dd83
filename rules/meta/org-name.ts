// The shape of an organisation's name in running text, read word by word from its kind: where the
// name ends when the words of its sentence follow it with no comma.
//
//   kind            free words of the kind      scope: level + proper name          ends at
//   "Hội Nông dân"                               "xã"                                "dự kiến …"   (lower case after a place level)
//   "UBND"                                       "phường" "Tân Định"                 "thông báo:"  (lower case after the place's name)
//   "Liên đội"                                   "Trường" "Tiểu học" "Lê Lợi"        "đã long trọng …" (a clause opener)
//   "Sở Thông tin"  "và Truyền thông"                                                "đề nghị …"
//   "Hội LHTN"                                   "xã" "A" ", huyện" "B"              "phấn đấu …"
//
// Read on the "tone" view (diacritics kept: "Quân sự" is no "quận", "tình nguyện" no "tỉnh"), case kept for
// the capitals of proper names. Vocabularies: PLACE_LEVELS, FIELD_LEVELS, LEVEL_COMMITTEES, SCHOOL_KINDS,
// NAME_TAILS, NAME_JOINERS (rules/vocab/bodies.ts), CLAUSE_OPENERS with the verbs and adverbs of announcing
// (rules/vocab/documents.ts). Examples: rules/meta/issuer.examples.ts.
import { E, foldTone } from "../../src/ground/text.js";
import { alt, regex } from "../vocab/pattern.js";
import { FIELD_LEVELS, LEVEL_COMMITTEES, NAME_JOINERS, NAME_TAILS, PLACE_LEVELS, SCHOOL_KINDS, SUBJECT_COMMITTEES, SUBJECT_JOINERS } from "../vocab/bodies.js";
import { ACTOR_NAME_ENDS, ANNOUNCE_ADVERBS, ANNOUNCING_VERBS, CLAUSE_OPENERS, LEAD_VERBS, STRIVING_VERBS } from "../vocab/documents.js";

/** A name longer than this many words is a sentence read as a name: it is cut there. */
const MAX_NAME_WORDS = 16;

const at = (entries: readonly string[]) => regex(`^(?:${alt(entries, "tone")})${E}`, "iu");
const PLACE_LEVEL_RE = at(PLACE_LEVELS);
const FIELD_LEVEL_RE = at(FIELD_LEVELS);
const PLACE_LEVEL_END_RE = regex(`\\s(?:${alt(PLACE_LEVELS, "tone")})$`, "iu");
const COMMITTEE_RE = at(LEVEL_COMMITTEES);
const SCHOOL_KIND_RE = at(SCHOOL_KINDS);
const TAIL_RE = regex(`^(?:${alt(NAME_TAILS, "tone")})\\s{1,3}[\\p{L}\\p{N}]{1,8}${E}`, "iu");
const JOINER_RE = at(NAME_JOINERS.filter((j) => /\p{L}/u.test(j)));
const CLAUSE_RE = at([...CLAUSE_OPENERS, ...ANNOUNCE_ADVERBS, ...ANNOUNCING_VERBS, ...LEAD_VERBS, ...ACTOR_NAME_ENDS, ...STRIVING_VERBS]);
const WORD_RE = /^[^\s,;:()[\]“”"«»!?]+/u;
const CAPITAL_RE = /^[\p{Lu}\p{N}]/u;

const SUBJECT_RE = regex(`^${alt(SUBJECT_JOINERS, "tone")}\\s`, "iu");
const SUBJECT_KIND_RE = regex(`^(?:${alt(SUBJECT_COMMITTEES, "tone")})$`, "iu");
/** How many lower-case words a joiner may bring before the name's place ("và phát triển tỉnh X": 2). */
const MAX_JOINED_WORDS = 4;
/**
 * The words after a joiner (or a comma) are lower case, no verb among them, up to a place level and its capitalised name
 * (or, with `bareLevel`, the level alone where the sentence goes on).
 */
function reachesPlace(written: string, folded: string, bareLevel = false): boolean {
  let i = 0;
  for (let n = 0; n <= MAX_JOINED_WORDS; n++) {
    const ws = /^[ \t]{1,3}/u.exec(written.slice(i));
    if (!ws) return false;
    i += ws[0].length;
    const place = PLACE_LEVEL_RE.exec(folded.slice(i));
    // (a bare level ends the name where its sentence goes on: "… công nghiệp tỉnh: …", "… tỉnh tổ chức …")
    if (place) return /^[ \t]{1,3}\p{Lu}/u.test(written.slice(i + place[0].length)) || (bareLevel && /^(?:\s{0,3}[:,.;)]|\s{0,3}$|[ \t]{1,3}\p{Ll})/u.test(written.slice(i + place[0].length)));
    const word = WORD_RE.exec(written.slice(i))?.[0];
    if (!word || CAPITAL_RE.test(word) || CLAUSE_RE.test(folded.slice(i))) return false;
    i += word.length;
  }
  return false;
}

/**
 * The name goes on after the comma at `i` (the next word at `at`): a capitalised part before any level; a further level
 * after a named place; lower-case words that run on to a bare place level after words of the name were read (", công
 * nghiệp tỉnh" in "Công đoàn Khu Kinh tế, công nghiệp tỉnh").
 */
function goesOnAfterComma(written: string, folded: string, i: number, at: number, levels: number, named: boolean, read: boolean): boolean {
  if (levels === 0 && CAPITAL_RE.test(written.slice(at))) return true;
  if (named && PLACE_LEVEL_RE.test(folded.slice(at))) return true;
  return levels === 0 && read && reachesPlace(written.slice(i + 1), folded.slice(i + 1), true);
}

/**
 * The name that `written` starts with, cut where its shape ends. `headEnd` is where its kind ends (the
 * matched organisation word, "Hội Nông dân"): the words after it are read one by one.
 */
export function nameByShape(written: string, headEnd: number): string {
  const folded = foldTone(written);
  if (folded.length !== written.length) return written;
  let end = headEnd;
  let i = headEnd;
  let afterPlace = false; // a place level seen: only its proper name, numbers and further levels continue
  let named = false; // the place level has its proper name
  let levels = 0;
  let subject = false; // "về …" after a committee's kind read
  let words = written.slice(0, headEnd).split(/\s+/u).length;
  // a kind that ends with its place level ("Đoàn phường", "Đoàn xã"): its place's name comes next
  if (PLACE_LEVEL_END_RE.test(folded.slice(0, headEnd))) {
    afterPlace = true;
    levels = 1;
  }
  while (i < written.length && words < MAX_NAME_WORDS) {
    const ws = /^[ \t\u00a0]{1,3}/u.exec(written.slice(i));
    let j = i + (ws ? ws[0].length : 0);
    if (!ws) {
      // ", Thể thao và Du lịch" inside a department's name before any level ("Sở Văn hóa, Thể thao và Du lịch"); ", huyện
      // B" after a named place ("Hội X xã A, huyện B")
      const comma = /^,[ \t]{1,3}/u.exec(written.slice(i));
      if (!comma || !goesOnAfterComma(written, folded, i, i + comma[0].length, levels, named, end > headEnd)) break;
      j = i + comma[0].length;
    }
    const rest = written.slice(j);
    const frest = folded.slice(j);
    const word = WORD_RE.exec(rest)?.[0];
    if (!word) break;
    const capital = CAPITAL_RE.test(word);
    // a committee named for its subject: "Ủy ban Quốc gia về chuyển đổi số", "Ban Chỉ đạo … về phòng, chống …"
    if (!capital && levels === 0 && SUBJECT_RE.test(frest) && SUBJECT_KIND_RE.test(folded.slice(0, headEnd)) && !subject) {
      subject = true;
      i = j + 2;
      end = i;
      words++;
      continue;
    }
    if (!capital && CLAUSE_RE.test(frest)) break;
    let len: number;
    const committee = COMMITTEE_RE.exec(frest);
    const school = SCHOOL_KIND_RE.exec(frest);
    const place = PLACE_LEVEL_RE.exec(frest);
    const field = FIELD_LEVEL_RE.exec(frest);
    const tail = TAIL_RE.exec(frest);
    if (tail) len = tail[0].length;
    else if (committee) {
      len = committee[0].length;
      afterPlace = false;
    } else if (school && levels > 0) len = school[0].length;
    else if (place && !(capital && afterPlace && !named)) {
      len = place[0].length;
      afterPlace = true;
      named = false;
      levels++;
    } else if (field && !(capital && afterPlace)) {
      len = field[0].length;
      afterPlace = false;
      levels++;
    } else if (capital) {
      len = word.length;
      if (afterPlace) named = true;
    } else if (JOINER_RE.test(frest) || /^[-–&]$/u.test(word)) {
      // "và Truyền thông", "- Thông tin": a joiner only before a capitalised part, or before lower-case words that run on to
      // the name's place ("Ban Chỉ đạo Công tác dân số và phát triển tỉnh X")
      const next = /^\S+[ \t]{1,3}(\S)/u.exec(rest);
      if (!next || !(CAPITAL_RE.test(next[1]) || (levels === 0 && reachesPlace(written.slice(j + word.length), folded.slice(j + word.length))))) break;
      len = word.length;
    } else if (!afterPlace) len = word.length;
    else break;
    i = j + len;
    end = i;
    words++;
  }
  return written.slice(0, end).replace(/[\s,]+$/u, "");
}
