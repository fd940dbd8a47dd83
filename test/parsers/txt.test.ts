import { describe, expect, it } from "vitest";
import fs from "node:fs";
import iconv from "iconv-lite";
import { parseTxt, parseTxtString } from "../../parsers/txt.js";
import { decodeText } from "../../parsers/decode.js";
import { KehoachError } from "../../src/ground/errors.js";

const paras = (s: string) => parseTxtString(s).blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);

describe("decode", () => {
  it("reads UTF-8 with and without a BOM and normalises to NFC", () => {
    const decomposed = "hoa\u0300"; // "hoà" with a combining grave
    expect(decodeText(Buffer.from(decomposed), "a.txt").text).toBe("hoà");
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from("Kế hoạch")]), "a.txt").text).toBe("Kế hoạch");
  });
  it("reads UTF-16 with a BOM, both byte orders", () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("Chỉ tiêu", "utf16le")]);
    expect(decodeText(le, "a.txt")).toEqual({ text: "Chỉ tiêu", encoding: "utf-16le" });
    const be = Buffer.from(le.subarray(2)).swap16();
    expect(decodeText(Buffer.concat([Buffer.from([0xfe, 0xff]), be]), "a.txt").text).toBe("Chỉ tiêu");
  });
  it("reads Windows-1258 (legacy Vietnamese code page)", () => {
    // Windows-1258 writes tone marks as combining characters after the vowel
    const toneSplit = (s: string) =>
      [...s].map((ch) => {
        const d = ch.normalize("NFD");
        const tone = d.replace(/[^\u0300\u0301\u0303\u0309\u0323]/g, "");
        return d.replace(/[\u0300\u0301\u0303\u0309\u0323]/g, "").normalize("NFC") + tone;
      }).join("");
    const bytes = iconv.encode(toneSplit("Kế hoạch năm 2025 của Hội Nông dân tỉnh"), "windows1258");
    const d = decodeText(bytes, "a.txt");
    expect(d.encoding).toBe("windows-1258");
    expect(d.text).toBe("Kế hoạch năm 2025 của Hội Nông dân tỉnh");
  });
  it("refuses empty, binary and undecodable files with a reason", () => {
    expect(() => decodeText(new Uint8Array(), "a.txt")).toThrow(/empty/);
    expect(() => decodeText(Buffer.from([0x41, 0x00, 0x42, 0x00, 0x01]), "a.txt")).toThrow(/binary/);
    const latin = Buffer.from([0x43, 0x61, 0x66, 0xe9, 0x20, 0xe0, 0x20, 0xc0, 0xdf, 0xff]);
    expect(() => decodeText(latin, "a.txt")).toThrow(KehoachError);
  });
});

describe("txt: clean text", () => {
  it("keeps one paragraph per line", () => {
    expect(paras("KẾ HOẠCH\nCông tác Hội năm 2026\n1. Chỉ tiêu\n1.1. Mỗi chi hội có 01 mô hình.\n")).toEqual([
      "KẾ HOẠCH", "Công tác Hội năm 2026", "1. Chỉ tiêu", "1.1. Mỗi chi hội có 01 mô hình.",
    ]);
  });
  it("drops a lone page number line with a warning", () => {
    const doc = parseTxtString("3\nKẾ HOẠCH\n");
    expect(doc.blocks.map((b) => b.text)).toEqual(["KẾ HOẠCH"]);
    expect(doc.warnings.map((w) => w.code)).toEqual(["txt/page-number"]);
  });
  it("keeps the row numbers of a table flattened one cell per line, and the numbers among its cells", () => {
    const doc = parseTxtString("STT\n\nChỉ tiêu\n\nNăm 2026\n\n1\n\nTỷ lệ (%)\n\n67\n\n2\n\nSố xã\n\n12\n\n3\n\nSố hộ\n\n250\n\n14\n");
    expect(doc.blocks.map((b) => b.text)).toEqual(["STT", "Chỉ tiêu", "Năm 2026", "1", "Tỷ lệ (%)", "67", "2", "Số xã", "12", "3", "Số hộ", "250", "14"]);
    expect(doc.warnings.map((w) => w.code)).toEqual([]);
  });
  it("drops page numbers a page apart, and two in a row", () => {
    const filler = Array.from({ length: 20 }, (_, i) => `Dòng thứ ${i + 1} của trang.`).join("\n");
    const doc = parseTxtString(`${filler}\n1\n2\n${filler}\n3\n`);
    expect(doc.warnings.filter((w) => w.code === "txt/page-number")).toHaveLength(3);
  });
  it("folds no-break spaces and runs of spaces", () => {
    expect(paras("chấp hành nghiêm\u00a0Quy tắc   ứng xử")).toEqual(["chấp hành nghiêm Quy tắc ứng xử"]);
  });
});

describe("txt: text copied out of a PDF", () => {
  const copied = [
    "Căn cứ Kế hoạch số 12/KH-TW ngày 03/3/2026 của Trung ương Hội về công tác ",
    "", "năm 2026, Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch như sau: ",
    "", "1. Chỉ tiêu ",
    "", "- Phấn đấu 100% chi hội tổ chức sinh hoạt định kỳ theo đúng quy định của ",
    "", "Điều lệ Hội và hướng dẫn của cấp trên, duy trì các mô hình1 hiệu quả tại cơ ",
    "", "                                                 ",
    "1 - Mô hình “Tổ hội nghề nghiệp”: tập hợp hội viên cùng ngành nghề, ",
    "", "chia sẻ kinh nghiệm sản xuất. ",
    " sở trong toàn tỉnh. ",
    "", "- Kết nạp mới 500 hội viên. ",
    "",
  ].join("\n");
  const doc = parseTxtString(copied);
  const p = doc.blocks.filter((b) => b.kind === "paragraph");
  it("re-joins lines into paragraphs", () => {
    expect(p.map((b) => b.text)).toEqual([
      "Căn cứ Kế hoạch số 12/KH-TW ngày 03/3/2026 của Trung ương Hội về công tác năm 2026, Ban Thường vụ Hội Nông dân tỉnh xây dựng kế hoạch như sau:",
      "1. Chỉ tiêu",
      "- Phấn đấu 100% chi hội tổ chức sinh hoạt định kỳ theo đúng quy định của Điều lệ Hội và hướng dẫn của cấp trên, duy trì các mô hình hiệu quả tại cơ sở trong toàn tỉnh.",
      "- Kết nạp mới 500 hội viên.",
    ]);
  });
  it("moves the footnote body out of the text and continues the interrupted paragraph", () => {
    const notes = doc.blocks.filter((b) => b.kind === "footnote");
    expect(notes.map((n) => [n.marker, n.text])).toEqual([
      ["1", "Mô hình “Tổ hội nghề nghiệp”: tập hợp hội viên cùng ngành nghề, chia sẻ kinh nghiệm sản xuất."],
    ]);
  });
  it("turns a marker glued to a word into a reference, and keeps real numbers", () => {
    const withRef = p[2];
    expect(withRef.refs).toEqual([{ marker: "1", at: withRef.text.indexOf("mô hình") + "mô hình".length }]);
    expect(p[3].text).toContain("500 hội viên");
    expect(p[0].text).toContain("năm 2026");
  });
  it("gives every block offsets into the document text", () => {
    for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
  });
});

describe("txt: a page number below the footnotes", () => {
  // the footer's page number ends the footnote zone: the body resumes after it
  const copied = [
    "(3) Giới thiệu hội viên được vay vốn; tỷ lệ nợ quá ",
    "", "                                                  ",
    "1 Mô hình “Tổ liên kết”: tổ hợp tác có từ 10 hộ trở lên, ",
    "", "liên kết với doanh nghiệp bao tiêu sản phẩm. ",
    "", "2 ",
    "", "hạn không quá 1,5%. ",
    "", "(4) Kết nạp mới 300 hội viên. ",
    "", "                                                  ",
    "2 Theo hướng dẫn của Trung ương Hội. ",
    "", "- 3 -",
    "", "Nơi nhận: ",
    "",
  ].join("\n");
  const doc = parseTxtString(copied);
  it("ends the zone at the page number and drops it", () => {
    expect(doc.blocks.filter((b) => b.kind === "footnote").map((n) => [n.marker, n.text])).toEqual([
      ["1", "Mô hình “Tổ liên kết”: tổ hợp tác có từ 10 hộ trở lên, liên kết với doanh nghiệp bao tiêu sản phẩm."],
      ["2", "Theo hướng dẫn của Trung ương Hội."],
    ]);
    expect(doc.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text)).toEqual([
      "(3) Giới thiệu hội viên được vay vốn; tỷ lệ nợ quá hạn không quá 1,5%.",
      "(4) Kết nạp mới 300 hội viên.",
      "Nơi nhận:",
    ]);
  });
});

describe("txt: two columns on one line", () => {
  it("splits the closing's columns at a wide gap, and keeps a blank left to fill in", () => {
    const doc = parseTxtString([
      "Số:        /KH-UBND",
      "Nơi nhận:                                        KT. CHỦ TỊCH",
      "- UBND huyện (b/c);                              PHÓ CHỦ TỊCH",
      "- Lưu: VT.                                       Lê Văn Phúc",
    ].join("\n"));
    expect(doc.blocks.map((b) => b.text)).toEqual([
      "Số: /KH-UBND", "Nơi nhận:", "KT. CHỦ TỊCH", "- UBND huyện (b/c);", "PHÓ CHỦ TỊCH", "- Lưu: VT.", "Lê Văn Phúc",
    ]);
  });
});

describe("txt: tab-separated tables", () => {
  const header1 = "TT\tNội dung\tNăm 2026\tNăm 2027\tĐơn vị thực hiện";
  const header2 = "\t\tKế hoạch\tKế hoạch\t";
  const tsv = [
    "KẾ HOẠCH", header1, header2,
    "<b>I.</b>\t<b>CHỈ TIÊU</b>\t\t\t",
    "1\tTập huấn cho chi hội trưởng <sup>1</sup>\t50\t60\tBan Tổ chức",
    "", header1, header2,
    "2\tKết nạp hội viên mới\t500\t500\tCác cấp Hội",
    "<sup>1</sup> Tính theo số chi hội.",
  ].join("\n");
  const doc = parseTxtString(tsv);
  const rows = doc.blocks.filter((b) => b.kind === "tableRow");
  it("makes one table with its header rows once", () => {
    expect(rows.map((r) => [r.header ?? false, r.cells!.map((c) => c.text)])).toEqual([
      [true, ["TT", "Nội dung", "Năm 2026", "Năm 2027", "Đơn vị thực hiện"]],
      [true, ["", "", "Kế hoạch", "Kế hoạch", ""]],
      [false, ["I.", "CHỈ TIÊU", "", "", ""]],
      [false, ["1", "Tập huấn cho chi hội trưởng", "50", "60", "Ban Tổ chức"]],
      [false, ["2", "Kết nạp hội viên mới", "500", "500", "Các cấp Hội"]],
    ]);
    expect(new Set(rows.map((r) => r.table))).toEqual(new Set([0]));
  });
  it("reads <b> as bold and <sup>n</sup> as a footnote reference in its cell", () => {
    expect(rows[2].bold).toBe(true);
    expect(rows[3].refs).toEqual([{ marker: "1", at: rows[3].cells![1].end - rows[3].start, cell: 1 }]);
    expect(doc.blocks.filter((b) => b.kind === "footnote").map((b) => b.text)).toEqual(["Tính theo số chi hội."]);
  });
});

describe("txt: Markdown footnotes ([^1]) of a Word file converted by pandoc", () => {
  const doc = parseTxtString([
    "1. Mục đích",
    "Nâng cao thu nhập của hội viên vùng cao[^1].",
    "a) Hỗ trợ 300 hộ thoát nghèo[^2].",
    "[^1]: Năm 2026 toàn tỉnh có 1.200 hộ sản xuất giỏi.",
    "[^2]: Theo kết quả rà soát cuối năm 2026.",
  ].join("\n"));
  it("reads the references out of the text and the bodies as footnotes", () => {
    const paras = doc.blocks.filter((b) => b.kind === "paragraph");
    expect(paras.map((p) => [p.text, (p.refs ?? []).map((r) => [r.marker, p.text.slice(0, r.at).slice(-4)])])).toEqual([
      ["1. Mục đích", []],
      ["Nâng cao thu nhập của hội viên vùng cao.", [["1", " cao"]]],
      ["a) Hỗ trợ 300 hộ thoát nghèo.", [["2", "ghèo"]]],
    ]);
    expect(doc.blocks.filter((b) => b.kind === "footnote").map((n) => [n.marker, n.text])).toEqual([
      ["1", "Năm 2026 toàn tỉnh có 1.200 hộ sản xuất giỏi."],
      ["2", "Theo kết quả rà soát cuối năm 2026."],
    ]);
  });
});

describe("txt: the seed plans", () => {
  it("reads every seed without losing its sections", () => {
    for (const f of fs.readdirSync("fixtures/plans").filter((x) => x.endsWith(".txt"))) {
      const doc = parseTxt(fs.readFileSync(`fixtures/plans/${f}`), { fileName: f });
      expect(doc.blocks.length).toBeGreaterThan(20);
      for (const b of doc.blocks) expect(doc.text.slice(b.start, b.end)).toBe(b.text);
    }
  });
});

describe("txt: a pdftotext -layout copy", () => {
  // made-up: the first line of a paragraph indented, wrapped lines at the margin; footnote markers on a line of their own
  const layout = [
    "                                  KẾ HOẠCH",
    "                    Tổ chức các hoạt động của Câu lạc bộ năm 2025",
    "",
    "     Căn cứ Chương trình công tác năm 2025 của Ban Thường vụ Hội Cựu giáo chức tỉnh;",
    "Kế hoạch số 07/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân huyện, Ban Chủ nhiệm xây",
    "dựng kế hoạch như sau:",
    "     1. Mỗi chi hội có ít nhất 01 mô hình “Ông bà mẫu mực”1.",
    "     2. Tổ chức tập huấn cho 100% cán bộ chủ chốt.",
    "_______________",
    "1",
    "  Mô hình “Ông bà mẫu mực”: gia đình có ông bà gương mẫu, con cháu hiếu thảo.",
    "2",
    "  Theo Hướng dẫn của Hội cấp trên.",
    "                                                                                  3",
  ].join("\n");
  const doc = parseTxtString(layout);
  it("joins a full-width indented first line ending in ';' with the margin line after it", () => {
    expect(doc.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text)).toContain(
      "Căn cứ Chương trình công tác năm 2025 của Ban Thường vụ Hội Cựu giáo chức tỉnh; Kế hoạch số 07/KH-UBND ngày 02/01/2025 của Ủy ban nhân dân huyện, Ban Chủ nhiệm xây dựng kế hoạch như sau:",
    );
  });
  it("reads a marker printed on its own line at the margin, and drops the indented page number", () => {
    expect(doc.blocks.filter((b) => b.kind === "footnote").map((n) => [n.marker, n.text])).toEqual([
      ["1", "Mô hình “Ông bà mẫu mực”: gia đình có ông bà gương mẫu, con cháu hiếu thảo."],
      ["2", "Theo Hướng dẫn của Hội cấp trên."],
    ]);
  });
});

describe("txt: a layout copy with a table aligned by spaces", () => {
  // made-up: pdftotext -layout keeps a table's columns as runs of spaces, and blank lines only between blocks
  const layout = [
    "       Số: 05/KH-TTYT                         Mường Lay, ngày 04 tháng 3 năm 2026",
    "",
    "                                   KẾ HOẠCH",
    "           Tiêm chủng mở rộng năm 2026",
    "",
    "II. CHỈ TIÊU",
    " TT     Chỉ tiêu                                     ĐVT        Kế hoạch 2026",
    " 1      Tỷ lệ trẻ dưới 1 tuổi được tiêm đủ mũi       %          ≥ 95",
    " 2      Số điểm tiêm lưu động                        điểm       12",
    "        tại các bản vùng cao",
    "",
    "III. NHIỆM VỤ",
    "     1. Hỗ trợ theo Quyết định số 09/2025/QĐ-UBND1 của UBND tỉnh trong tháng",
    "4/2026.",
    "_______________",
    "1",
    "  Quyết định về chính sách hỗ trợ y tế cơ sở.",
  ].join("\n");
  const doc = parseTxtString(layout);
  it("reads the aligned rows as table rows, a wrapped cell joined to its row", () => {
    expect(doc.blocks.filter((b) => b.kind === "tableRow").map((b) => b.cells!.map((c) => c.text))).toEqual([
      ["TT", "Chỉ tiêu", "ĐVT", "Kế hoạch 2026"],
      ["1", "Tỷ lệ trẻ dưới 1 tuổi được tiêm đủ mũi", "%", "≥ 95"],
      ["2", "Số điểm tiêm lưu động tại các bản vùng cao", "điểm", "12"],
    ]);
  });
  it("ends a paragraph at a blank line: the date line is not joined to the title", () => {
    const texts = doc.blocks.filter((b) => b.kind === "paragraph").map((b) => b.text);
    expect(texts).toContain("Mường Lay, ngày 04 tháng 3 năm 2026");
    expect(texts).toContain("KẾ HOẠCH");
  });
  it("takes a marker glued to a document number's code", () => {
    const p = doc.blocks.find((b) => b.kind === "paragraph" && b.text.startsWith("1. Hỗ trợ"))!;
    expect(p.text).toBe("1. Hỗ trợ theo Quyết định số 09/2025/QĐ-UBND của UBND tỉnh trong tháng 4/2026.");
    expect(p.refs?.map((r) => r.marker)).toEqual(["1"]);
  });
});

describe("txt: a list flattened onto one line (a web page's copy)", () => {
  it("cuts a flattened list back into its heading, group lines and items", () => {
    const text =
      "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030 I. Về kinh tế (3 chỉ tiêu) 1. Tốc độ tăng trưởng bình quân đạt 8%. " +
      "2. Thu nhập bình quân đầu người: 70 triệu đồng. II. Về xã hội (1 chỉ tiêu) 3. Tỷ lệ hộ nghèo giảm còn dưới 1%.";
    expect(paras(text)).toEqual([
      "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030",
      "I. Về kinh tế (3 chỉ tiêu)",
      "1. Tốc độ tăng trưởng bình quân đạt 8%.",
      "2. Thu nhập bình quân đầu người: 70 triệu đồng.",
      "II. Về xã hội (1 chỉ tiêu)",
      "3. Tỷ lệ hộ nghèo giảm còn dưới 1%.",
    ]);
  });
  it("cuts a lead sentence from the parenthesised items after it, and bullets after full stops", () => {
    expect(paras("Nghị quyết nêu 3 chỉ tiêu đó là: (1) Thu ngân sách tăng 10%/năm. (2) Tỷ lệ hộ nghèo dưới 1%, (3) Kết nạp 10 đảng viên")).toEqual([
      "Nghị quyết nêu 3 chỉ tiêu đó là:",
      "(1) Thu ngân sách tăng 10%/năm.",
      "(2) Tỷ lệ hộ nghèo dưới 1%,",
      "(3) Kết nạp 10 đảng viên",
    ]);
    expect(paras("II. Nội dung: Chi đội triển khai như sau. - Mỗi đội viên góp 1 quyển sách. -Sách được cho mượn để đọc.")).toEqual([
      "II. Nội dung: Chi đội triển khai như sau.",
      "- Mỗi đội viên góp 1 quyển sách.",
      "-Sách được cho mượn để đọc.",
    ]);
  });
  it("cuts a line that goes on a list from its first number", () => {
    expect(paras("Về xã hội: (6) Tỷ lệ hộ nghèo dưới 1%. (7) 100% thôn có nhà văn hóa.")).toEqual([
      "Về xã hội:", "(6) Tỷ lệ hộ nghèo dưới 1%.", "(7) 100% thôn có nhà văn hóa.",
    ]);
  });
  it("keeps an enumeration inside a sentence, a lone number and a range in one paragraph", () => {
    const inline = "3.2. Thực hiện các chương trình: (1) Xây dựng nông thôn mới; (2) Giảm nghèo bền vững; (3) Phát triển vùng dân tộc thiểu số.";
    expect(paras(inline)).toEqual([inline]);
    const lone = "Kết nạp đảng viên lần thứ XIII. 2. được tính theo năm; tuổi từ 16 - 30 (2) Theo quy định.";
    expect(paras(lone)).toEqual([lone]);
  });
});

describe("txt: a heading in capitals broken over two lines", () => {
  it("joins a heading broken after a comma or VÀ, not two headings", () => {
    expect(paras("II. NỘI DUNG,\nNHIỆM VỤ\n1. Tổ chức tuyên truyền.")).toEqual(["II. NỘI DUNG, NHIỆM VỤ", "1. Tổ chức tuyên truyền."]);
    expect(paras("I. MỤC TIÊU VÀ\n\nCHỈ TIÊU\n1. Tăng 5%.")).toEqual(["I. MỤC TIÊU VÀ CHỈ TIÊU", "1. Tăng 5%."]);
    expect(paras("KẾ HOẠCH\nTHỰC HIỆN NHIỆM VỤ NĂM 2025")).toEqual(["KẾ HOẠCH", "THỰC HIỆN NHIỆM VỤ NĂM 2025"]);
  });
});

describe("txt: a list label alone on its line", () => {
  it("joins a label to the words on the next line, not to another label", () => {
    expect(paras("1.\nRà soát danh sách hội viên.\n2.\nTổ chức sinh hoạt chuyên đề.")).toEqual(["1. Rà soát danh sách hội viên.", "2. Tổ chức sinh hoạt chuyên đề."]);
    expect(paras("a)\n- Họp chi hội.")).toEqual(["a)", "- Họp chi hội."]);
  });
});

describe("txt: a sign before a number is no bullet", () => {
  it("keeps a signed level after a field's colon in its line", () => {
    const line = "- Giảm tỷ số giới tính khi sinh (-SRB): -0,3 điểm phần trăm; - Mức sinh (+/-CBR): + 0,2‰ so với năm trước;";
    expect(paras(line)).toEqual(["- Giảm tỷ số giới tính khi sinh (-SRB): -0,3 điểm phần trăm;", "- Mức sinh (+/-CBR): + 0,2‰ so với năm trước;"]);
  });
});
