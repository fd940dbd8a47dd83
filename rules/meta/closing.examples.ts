// Examples of rules/meta.ts: the signer and the recipients (rules/meta/closing.ts).
// Made-up plans of other provinces, organisations and years, in the layout of Vietnamese
// administrative documents, one paragraph a line (as parsers/txt.ts reads it); `expect` lists
// the meta fields to check (a field left out is not checked). The corpus is registered in
// rules/corpus.ts; rules/meta/examples.ts runs a plan through extractMeta.
import { examplesOf } from "../examples.js";
import { cleanRecipient } from "./closing.js";
import { metaCorpus, type MetaExample } from "./examples.js";

export const examples: MetaExample[] = [
  {
    name: "a Hội Người cao tuổi: the body is BAN ĐẠI DIỆN, signed TM. BAN ĐẠI DIỆN; an annex after the name is no signer",
    text: [
      "HỘI NGƯỜI CAO TUỔI TỈNH NINH THUẬN",
      "BAN ĐẠI DIỆN",
      "Số: 04/KH-BĐD",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Ninh Thuận, ngày 11 tháng 3 năm 2027",
      "KẾ HOẠCH",
      "Tổ chức mừng thọ người cao tuổi năm 2027",
      "I. NỘI DUNG",
      "1. Tổ chức mừng thọ trong quý I/2027.",
      "Nơi nhận:",
      "- UBND tỉnh (b/c);",
      "- Lưu: VT.",
      "TM. BAN ĐẠI DIỆN",
      "TRƯỞNG BAN",
      "Trần Văn Hùng",
      "PHỤ LỤC",
      "Danh sách người cao tuổi được mừng thọ",
    ].join("\n"),
    expect: { body: "BAN ĐẠI DIỆN", signer: { name: "Trần Văn Hùng", title: "TRƯỞNG BAN", onBehalfOf: "TM. BAN ĐẠI DIỆN" } },
  },
  {
    name: "an informal plan without header or Nơi nhận: a title in ordinary case above the name",
    text: [
      "KẾ HOẠCH",
      "Tổ chức ngày hội gia đình năm 2027",
      "1. Mỗi chi hội tham gia 01 tiết mục văn nghệ.",
      "Đề nghị các chi hội thực hiện tốt kế hoạch./.",
      "Chủ tịch Hội LHPN xã",
      "Lò Thị Hoa",
    ].join("\n"),
    expect: { number: null, recipients: [], signer: { name: "Lò Thị Hoa", title: "Chủ tịch Hội LHPN xã", onBehalfOf: null } },
  },
  {
    name: "a commune party committee signs 'T/M ĐẢNG ỦY' beside 'Nơi nhận', recipients ending with ','",
    text: [
      "ĐẢNG BỘ HUYỆN LẠC DƯƠNG",
      "ĐẢNG ỦY XÃ ĐẠ SAR",
      "Số 09-KH/ĐU",
      "KẾ HOẠCH",
      "Tổ chức Hội nghị điển hình dân vận khéo năm 2027",
      "1. Tổ chức hội nghị trong tháng 8/2027.",
      "Nơi nhận:",
      "T/M ĐẢNG ỦY",
      "- Ban Thường vụ Huyện ủy (b/c),",
      "BÍ THƯ",
      "- Lưu Văn phòng Đảng ủy.",
      "Cil Ha Thông",
    ].join("\n"),
    expect: { signer: { name: "Cil Ha Thông", title: "BÍ THƯ", onBehalfOf: "T/M ĐẢNG ỦY" }, recipients: ["Ban Thường vụ Huyện ủy", "Lưu Văn phòng Đảng ủy"] },
  },
  {
    name: "a closing whose two columns a web copy joined with '|'",
    text: [
      "KẾ HOẠCH",
      "Tổ chức Ngày hội Đại đoàn kết năm 2027",
      "1. Tổ chức ngày hội ở các khu dân cư.",
      "Nơi nhận: | TM. BAN THƯỜNG TRỰC |",
      "- Thường trực Huyện ủy (b/c); | PHÓ CHỦ TỊCH |",
      "- Lưu VT. | Lê Thị Mai |",
    ].join("\n"),
    expect: { signer: { name: "Lê Thị Mai", title: "PHÓ CHỦ TỊCH", onBehalfOf: "TM. BAN THƯỜNG TRỰC" }, recipients: ["Thường trực Huyện ủy", "Lưu VT"] },
  },
];

/** A "Nơi nhận" line → the recipient (null: an annotation only). */
export const recipientExamples: Array<[string, string | null]> = [
  ["- Thường trực Huyện ủy;", "Thường trực Huyện ủy"],
  ["- Ban Dân vận Tỉnh ủy; Để báo cáo", "Ban Dân vận Tỉnh ủy"],
  ["- Sở Y tế; (để phối hợp)", "Sở Y tế"],
  ["- Các cơ sở Hội;\tĐể thực hiện", "Các cơ sở Hội"],
  ["- Hội LHPN các xã, phường; các đơn vị.", "Hội LHPN các xã, phường; các đơn vị"],
  ["- Lưu: VT, VP.", "Lưu: VT, VP"],
  ["- Lưu VT.", "Lưu VT"],
  // a party document ends recipient lines with ","
  ["- Thường trực Huyện ủy (b/c),", "Thường trực Huyện ủy"],
  ["- Các chi bộ trực thuộc,", "Các chi bộ trực thuộc"],
  ["Để báo cáo", null],
];

export const corpus = [
  metaCorpus("meta closing", examples),
  examplesOf({ id: "recipient", rule: "meta", read: cleanRecipient, rows: recipientExamples }),
];
