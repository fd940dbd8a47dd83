// The plan's bases listed under a heading that names them ("I. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp lý"), one
// document a line (rules/meta/opening.ts reads them when the opening paragraph cites none).
import type { Block } from "../../src/ground/model.js";
import { parseLabel } from "../../src/ground/label.js";
import { clean, isUpper } from "./util.js";
import { foldForMatch } from "../../src/ground/text.js";
import { alt, regex } from "../vocab/pattern.js";
import { BASES_HEADINGS } from "../vocab/documents.js";
import { KIND_AT_START_RE, LEAD_WORDS_RE, SUBJECT_AT_START_RE, readBases } from "./opening.js";

// "I. CĂN CỨ KẾ HOẠCH", "1. Căn cứ pháp lý": a heading that names the bases (rules/vocab/documents.ts)
// ("Những căn cứ để xây dựng kế hoạch", "Các căn cứ")
const BASES_HEADING_RE = regex(`^(?:(?:nhung|cac|mot so)\\s{1,3})?${alt(BASES_HEADINGS, "full")}\\s{0,3}:?\\s{0,3}$`, "u");
const bodyOf = (text: string): string => {
  const label = parseLabel(text);
  return foldForMatch(label ? text.slice(label.length) : text).trim();
};

/**
 * The documents cited one per line under a heading that names the bases, among the first blocks after the
 * title ("I. CĂN CỨ KẾ HOẠCH" / "- Nghị định số 104/2016/NĐ-CP …;" / "- Thông tư số …"), up to the next
 * heading or a line that cites none.
 */
// how many lines one basis may be broken over by a copy
const MAX_BASIS_LINES = 6;
// the labels of numbered bases under their heading: "1.", "1.1.", "a)", "(1)"
const NUMBERED_BASIS_STYLES = new Set(["num", "letter", "paren", "paren-letter"]);

export function basesUnderHeading(blocks: Block[], from: number): string[] {
  const out: string[] = [];
  for (let j = Math.max(0, from); j < blocks.length && j < from + 12; j++) {
    if (!BASES_HEADING_RE.test(bodyOf(clean(blocks[j].text)))) continue;
    // a heading wrapped onto the next line ("I. CĂN CỨ XÂY DỰNG" / "KẾ HOẠCH"): that line is the heading's
    const wrapped = j + 1 < blocks.length && BASES_HEADING_RE.test(`${bodyOf(clean(blocks[j].text))} ${foldForMatch(clean(blocks[j + 1].text)).trim()}`);
    for (let k = j + (wrapped ? 2 : 1); k < blocks.length && k < j + 40; k++) {
      let text = clean(blocks[k].text);
      // a basis a copy broke over lines ("2. Thông tư 05/2027/TT-BNN ngày" / "25 tháng 7 năm 2027 của Bộ …;"): the lines
      // up to its end (";", "." or the next label) are one
      for (let n = 0; n < MAX_BASIS_LINES && k + 1 < blocks.length && !/[;.]$/u.test(text) && !parseLabel(clean(blocks[k + 1].text)) && !KIND_AT_START_RE.test(foldForMatch(clean(blocks[k + 1].text)).replace(LEAD_WORDS_RE, "")); n++) {
        text = `${text} ${clean(blocks[++k].text)}`;
      }
      const body = bodyOf(text);
      if (BASES_HEADING_RE.test(body)) continue; // "A. CĂN CỨ XÂY DỰNG KẾ HOẠCH" / "1. Căn cứ pháp lý"
      const label = parseLabel(text);
      // numbered bases ("1. Quyết định số …", "a) Nghị quyết …") as well as bullets; a heading in capitals ends them
      if (label && label.style !== "bullet" && (!NUMBERED_BASIS_STYLES.has(label.style) || isUpper(text.slice(label.length).trim()))) break;
      // each line names its document first ("Nghị định số …", "Căn cứ Quyết định …"); the announcing line
      // after the list ("Trường THCS X xây dựng kế hoạch … như sau:") names none
      const line = label ? text.slice(label.length) : text;
      const stripped = foldForMatch(line).trim().replace(LEAD_WORDS_RE, "");
      const ledByBasis = /^can cu(?![\p{L}])/u.test(foldForMatch(line).trim());
      if (!KIND_AT_START_RE.test(stripped) && !(ledByBasis && SUBJECT_AT_START_RE.test(stripped))) {
        // "Căn cứ vào tình hình chung: …" between two cited documents names none: the next line may
        if (ledByBasis) continue;
        break;
      }
      const found = readBases(line);
      if (!found.length) {
        if (ledByBasis) continue;
        break;
      }
      out.push(...found);
    }
    break;
  }
  return out;
}

/** The opening paragraphs: from `from`, up to the first labelled block ("- Căn cứ …" bullets are part of it). */
