// Metadata of a plan (CONTRACT.md `meta`): title, subtitle, issuer, body, province,
// number, date and place, the year or term the plan is for, the signer, the bases
// cited in the opening paragraph and the recipients.
//
// Order of reading (each part in its own module under rules/meta/):
//   1. opening.ts — find the title first: everything above it is the header block
//   2. header.ts  — issuer, body, number, place and date from the header lines
//   3. closing.ts — "Nơi nhận:" and the signature
//   4. issuer.ts  — the actor of the sentence announcing the plan, for a plan whose header
//                   names no issuer ("…, Ủy ban nhân dân thành phố ban hành Kế hoạch …")
//   5. term.ts    — the year or the term the plan is for
//   6. here       — what needs several parts: the issuer of a plan without a header
//                   ("Ban Thường vụ Hội LHPN tỉnh …" in the opening), the province,
//                   the body from the signature.
import type { Block, DocModel, Warning } from "../src/ground/model.js";
import { warning } from "../src/ground/codes.js";
import type { Meta } from "../schemas/plan.js";
import type { Rule } from "./rule.js";
import { findProvinces, canonicalProvince, type Province } from "./provinces.js";
import { readDateLine, readHeader, readNumber, type HeaderFacts } from "./meta/header.js";
import { readOpening, type OpeningFacts } from "./meta/opening.js";
import { readTerm } from "./meta/term.js";
import { announcingActor, completeName, leadActor, passiveOrOwner } from "./meta/issuer.js";
import { readClosing } from "./meta/closing.js";
import { clean, isUpper, mainBlocks } from "./meta/util.js";
import { alt, anyOf, words, regex } from "./vocab/pattern.js";
import { CONGRESS_NAME_ENDS } from "./vocab/words.js";
import { bodyPhrases, RESOLVING_BODIES } from "./vocab/bodies.js";
import { B, E, execFolded, foldForMatch, foldTone } from "../src/ground/text.js";

export { findProvinces, canonicalProvince };

// an elected board (rules/vocab/bodies.ts) of an organisation of a province:
const ELECTED = alt(bodyPhrases("elected"), "full");
// "Ban Thường vụ Hội LHPN tỉnh", "Ban Chấp hành Hội Liên hiệp Phụ nữ thành phố Đà Nẵng"
const BODY_ORG_RE = regex(
  `${B}(?<body>${ELECTED})\\s{1,3}(?<org>(?:hoi|doan|lien doan|uy ban|mat tran)(?:\\s{1,3}[a-z()]{1,12}){0,6}?)\\s{1,3}(?<unit>tinh|thanh pho)${E}`,
  "du",
);
const ELECTED_RE = regex(words(bodyPhrases("elected")), "iu");
// "tỉnh Lào Cai", "thành phố Cần Thơ": a province named as such in the text
const UNIT_RE = regex(`${B}(?:tinh|thanh pho|tp\\.?)\\s{1,3}$`, "u");

const EMPTY: Meta = {
  title: null, subtitle: null, issuer: null, body: null, province: null, number: null, issuedAt: null,
  place: null, year: null, period: null, signer: null, bases: [], recipients: [],
};

/** The most frequent province named "tỉnh X" / "thành phố X" (else named at all) in the texts. */
function dominantProvince(texts: string[]): Province | null {
  const named = new Map<Province, number>();
  const any = new Map<Province, number>();
  for (const t of texts) {
    for (const h of findProvinces(t)) {
      any.set(h.province, (any.get(h.province) ?? 0) + 1);
      const before = t.slice(Math.max(0, h.start - 12), h.start);
      if (UNIT_RE.test(foldForMatch(before))) {
        named.set(h.province, (named.get(h.province) ?? 0) + 1);
      }
    }
  }
  const best = (m: Map<Province, number>) => {
    let out: Province | null = null;
    let n = 0;
    for (const [p, c] of m) if (c > n) { out = p; n = c; }
    return out;
  };
  return best(named) ?? best(any);
}

export function extractMeta(doc: DocModel): { meta: Meta; warnings: Warning[] } {
  const warnings: Warning[] = [];
  try {
    return { meta: read(doc, warnings), warnings };
  } catch (e) {
    // a rule never throws: report and return what the contract allows
    warnings.push(warning("meta/error", `Could not read the metadata: ${(e as Error).message}`));
    return { meta: { ...EMPTY, bases: [], recipients: [] }, warnings };
  }
}

function read(doc: DocModel, warnings: Warning[]): Meta {
  const blocks = mainBlocks(doc);
  const meta: Meta = { ...EMPTY, bases: [], recipients: [] };
  const opening = readOpening(blocks);
  meta.title = opening.title;
  meta.subtitle = opening.subtitle;
  meta.bases = opening.bases;
  if (opening.titleIndex < 0) warnings.push(warning("meta/no-title", 'Found no title ("KẾ HOẠCH") in the first blocks'));

  const header = readHeader(headerTexts(blocks, opening));
  meta.number = header.number;
  meta.issuedAt = header.issuedAt;
  meta.place = header.place;
  // a reprint's "Số … ngày …" line under its title (no header): its number and date, no place (gold README)
  if (opening.numberLine && header.number === null && header.issuedAt === null) {
    meta.number = readNumber(opening.numberLine)?.number ?? null;
    meta.issuedAt = readDateLine(opening.numberLine)?.issuedAt ?? null;
  }

  const closing = readClosing(blocks);
  meta.recipients = closing.recipients;
  meta.signer = closing.signer;

  const openingText = opening.openingText;
  const allTexts = blocks.map((b) => b.text);
  const province = readProvince(header, allTexts);
  meta.province = province?.name ?? null;
  if (!province) warnings.push(warning("meta/no-province", "Found no province in the header or the text"));
  readIssuerAndBody(meta, header, openingText, allTexts, province, opening, blocks);
  readTerm(meta, blocks, opening, warnings, header.dateYear);
  return meta;
}

/**
 * The header's lines: the blocks above the title (and the start of the block a copy joined the title
 * onto); without a title, the blocks a parser put in the header zones, else the header lines at the top.
 */
function headerTexts(blocks: Block[], opening: OpeningFacts): string[] {
  if (opening.titleIndex >= 0) {
    const above = blocks.slice(0, opening.titleIndex).map((b) => b.text);
    return opening.titleCut >= 0 ? [...above, clean(blocks[opening.titleIndex].text).slice(0, opening.titleCut)] : above;
  }
  const zoned = blocks.filter((b) => b.zone === "header-left" || b.zone === "header-right");
  return (zoned.length ? zoned : blocks.slice(0, opening.headerEnd)).map((b) => b.text);
}

// "NGHỊ QUYẾT" / "ĐẠI HỘI … LẦN THỨ XIV, NHIỆM KỲ 2021-2026": the congress passed it; its term is no part of its name
const RESOLUTION_RE = /^nghi quyet$/u;
const RESOLVER_RE = regex(`^${alt(RESOLVING_BODIES, "full")}${E}`, "u");
const TERM_AFTER_RE = /\s{0,3}[,(–-]?\s{0,3}(?:nhiem k[yi]|khoa)(?![\p{L}]).*$/u;
// where a congress's name ends in the reprint's first sentence: "Đại hội đại biểu … lần thứ VI, nhiệm kỳ …, diễn ra …",
// "Đại hội … lần thứ XX được tiến hành từ ngày …"
// (read with diacritics: "đã" is a verb, "Đà" a place's name)
const CONGRESS_END_RE = regex(`\\s{0,3}(?:,|\\(|\\s(?:${anyOf(CONGRESS_NAME_ENDS)})(?![\\p{L}]))`, "u");

/**
 * The congress a reprinted resolution names at the start of its first sentence ("Đại hội đại biểu Hội X
 * lần thứ VI được tiến hành từ ngày …"): the issuer of a resolution with no header (gold README).
 */
function congressOfFirstSentence(blocks: Block[], opening: OpeningFacts): string | null {
  if (opening.titleIndex < 0) return null;
  const skip = new Set(opening.subtitleBlocks);
  for (const b of blocks.slice(opening.titleIndex + 1, opening.titleIndex + 7)) {
    const text = clean(b.text);
    if (skip.has(blocks.indexOf(b)) || text.length < 60 || text === opening.numberLine) continue;
    const f = foldForMatch(text);
    if (!RESOLVER_RE.test(f)) return null;
    const end = CONGRESS_END_RE.exec(foldTone(text).toLowerCase());
    const name = text.slice(0, end ? end.index : 0).trim();
    return name.split(/\s+/).length >= 3 && name.split(/\s+/).length <= 20 ? name : null;
  }
  return null;
}

// a unit's congress by the unit's name ("Đại hội Liên đội …", "ĐẠI HỘI CHI ĐOÀN …"), not a congress of delegates
const CONGRESS_OF_RE = /^dai hoi\s{1,3}(?!dai bieu)/u;

/** The congress or conference that passed a resolution, from the resolution's subtitle. */
function resolvingBody(meta: Meta): string | null {
  if (!meta.title || !meta.subtitle || !RESOLUTION_RE.test(foldForMatch(meta.title).trim())) return null;
  const f = foldForMatch(meta.subtitle);
  if (!RESOLVER_RE.test(f)) return null;
  const term = TERM_AFTER_RE.exec(f);
  const name = meta.subtitle.slice(0, term ? term.index : meta.subtitle.length).trim();
  return name.split(/\s+/).length <= 16 ? name : null;
}

/** The province: from the issuer in the header, the place, else the province the text names most. */
function readProvince(header: HeaderFacts, allTexts: string[]): Province | null {
  let province: Province | null = null;
  if (header.issuer) province = findProvinces(header.issuer)[0]?.province ?? null;
  if (!province && header.place) {
    const name = canonicalProvince(header.place);
    if (name) province = findProvinces(name)[0]?.province ?? null;
  }
  return province ?? dominantProvince(allTexts);
}

// "(Kèm theo Công văn số 1429/SNN-KHTC ngày 06/8/2020 của Sở Nông nghiệp và PTNT)": the plan is the annex of
// a document, whose issuer is the plan's (gold README: its number and date are the covering document's)
const ANNEX_NOTE_RE = regex(`\\(\\s{0,3}(?:ban hanh\\s{1,3})?kem theo\\s[^()]{0,200}?\\scua\\s{1,3}(?<org>[^();,]{3,80}?)\\s{0,3}\\)`, "du");

/** The issuer named by an annex's note "(Kèm theo … của X)" among the first blocks. */
function annexIssuer(texts: string[]): string | null {
  for (const t of texts) {
    const m = execFolded(ANNEX_NOTE_RE, t.slice(0, 1200));
    const org = m?.groups.org?.trim();
    if (org && org.split(/\s+/).length <= 12 && /^\p{L}/u.test(org)) return org;
  }
  return null;
}

/** The issuer as written in the header, else as named in the opening ("Ban Thường vụ Hội LHPN tỉnh …"); the body. */
function readIssuerAndBody(
  meta: Meta, header: HeaderFacts, openingText: string, allTexts: string[], province: Province | null, opening: OpeningFacts, blocks: Block[],
): void {
  meta.issuer = header.issuer;
  // a resolution with no header: the congress that passed it, as its first sentence or its subtitle names it; a
  // council's enacting line under the subtitle ("HỘI ĐỒNG NHÂN DÂN HUYỆN"), as written (gold README)
  if (!meta.issuer && meta.title && RESOLUTION_RE.test(foldForMatch(meta.title).trim())) {
    meta.issuer = congressOfFirstSentence(blocks, opening) ?? resolvingBody(meta);
  }
  if (!meta.issuer && opening.enacting) meta.issuer = opening.enacting;
  let bodyFromText: string | null = null;
  const orgText = openingText || allTexts.slice(0, 12).join("\n");
  const org = execFolded(BODY_ORG_RE, orgText) ?? execFolded(BODY_ORG_RE, allTexts.join("\n"));
  if (org) {
    bodyFromText = (org.groups.body ?? "").toUpperCase();
    if (!meta.issuer && org.groups.org && org.groups.unit) {
      const after = orgText.slice(org.end, org.end + 40);
      const named = findProvinces(after)[0];
      const written = named && /^\s{1,3}$/u.test(after.slice(0, named.start)) ? after.slice(named.start, named.end) : null;
      const provName = written ?? province?.name ?? null;
      if (provName) meta.issuer = `${org.groups.org} ${org.groups.unit} ${provName}`.replace(/\s+/g, " ");
    }
  }

  // the actor of the sentence announcing the plan ("…, Ủy ban nhân dân thành phố ban hành Kế hoạch …")
  // (an opening that names no actor, "Theo đó, …" under a news lead: the lead above it may)
  const actor = announcingActor(orgText) ?? (openingText ? announcingActor(allTexts.slice(0, 12).join("\n")) : null);
  if (!meta.issuer && actor) meta.issuer = completeName(actor.issuer, allTexts.slice(0, 12).join("\n"));
  // a unit's congress reported on its own site ("Đại hội Liên đội Trường X … đề ra phương hướng …" under the lead "Liên
  // đội Trường X đã tổ chức Đại hội …"): the unit as its lead names it (gold README, congress reports)
  if (meta.issuer && actor && !header.issuer && CONGRESS_OF_RE.test(foldForMatch(meta.issuer))) {
    const lead = leadActor(allTexts.slice(0, 12));
    if (lead && foldForMatch(meta.issuer).replace(/\s+/gu, " ").endsWith(" " + foldForMatch(lead).replace(/\s+/gu, " "))) meta.issuer = lead;
  }
  if (!meta.issuer) meta.issuer = resolvingBody(meta);
  if (!meta.issuer) meta.issuer = annexIssuer(allTexts.slice(0, 8));
  if (!meta.issuer && header.number === null && !header.issuedAt) meta.issuer = passiveOrOwner(allTexts.slice(0, 12));
  // a news report: the organisation its lead is about ("Sáng 12/3, Công an tỉnh đã phát lệnh ra quân …")
  if (!meta.issuer && header.number === null && !header.issuedAt) {
    const lead = leadActor(allTexts.slice(0, 12));
    if (lead) meta.issuer = completeName(lead, allTexts.slice(0, 12).join("\n"));
  }
  if (!bodyFromText && actor?.body) bodyFromText = actor.body;

  // body: the header line, else the signature ("TM. BAN THƯỜNG VỤ"), else the opening
  meta.body = header.body;
  if (!meta.body && meta.signer?.onBehalfOf) {
    // "TM. BAN THƯỜNG VỤ TỈNH ĐOÀN": the body is the "BAN …" part, not the organisation after it
    // (with its diacritics: "TM. BAN CHAP HANH DOAN XA" typed without them keeps the whole line, below)
    const on = meta.signer.onBehalfOf;
    const m = ELECTED_RE.exec(foldTone(on));
    if (m && isUpper(m[0])) meta.body = on.slice(m.index, m.index + m[0].length).replace(/\s+/g, " ");
    // "TM. BAN ĐẠI DIỆN": a "BAN …" that opens the line after "TM."; in "TM. ỦY BAN NHÂN DÂN"
    // the "BAN" is inside the organisation's name, which is no body
    else meta.body = /^(?:T\.?\/?M\.?\s{1,3})?(BAN\s+[\p{Lu} ]+)$/u.exec(meta.signer.onBehalfOf.trim())?.[1].trim() ?? null;
  }
  if (!meta.body) meta.body = bodyFromText;
}

/** The meta rule runs first: the plan's year it reads fills the missing years of deadlines. */
export const meta: Rule = {
  id: "meta",
  run(doc, ctx, out) {
    const { meta: found, warnings } = extractMeta(doc);
    out.meta = found;
    for (const w of warnings) ctx.warn(w.code, w.message, w.where);
  },
};
