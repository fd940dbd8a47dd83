// The corpus of rules/theme.ts. Rows are made up. A row is one block of body text
// (or a footnote, when `footnote` is set) with the plan year, and the themes expected
// from it in order.
import type { Theme } from "../schemas/plan.js";
import { DocBuilder } from "../src/ground/doc-builder.js";
import { findThemes } from "./theme.js";
import { examplesOf } from "./examples.js";

export type ExpectedTheme = Pick<Theme, "year" | "text" | "source">;

export interface ThemeExample {
  text: string;
  planYear: number | null;
  footnote?: boolean;
  expect: ExpectedTheme[];
}

const body = (year: number | null, text: string): ExpectedTheme => ({ year, text, source: "body" });
const note = (year: number | null, text: string): ExpectedTheme => ({ year, text, source: "footnote" });

export const examples: ThemeExample[] = [
  // the theme line of a one-year plan
  { text: "1. Chủ đề năm 2026: Phụ nữ chung tay xây dựng đô thị văn minh", planYear: 2026, expect: [body(2026, "Phụ nữ chung tay xây dựng đô thị văn minh")] },
  { text: "Chủ đề năm 2026: “Phụ nữ chung tay xây dựng đô thị văn minh”.", planYear: 2026, expect: [body(2026, "Phụ nữ chung tay xây dựng đô thị văn minh")] },
  { text: 'I. Chủ đề năm 2027: "Đoàn kết, sáng tạo, vì cộng đồng".', planYear: 2027, expect: [body(2027, "Đoàn kết, sáng tạo, vì cộng đồng")] },
  // "chủ đề năm học" right before its quoted theme in a line a copy flattened: the school year's first year
  {
    text: "Hội đồng Đội huyện ban hành Chương trình công tác Đội năm học 2027 - 2028, cụ thể như sau: I CHỦ ĐỀ NĂM HỌC “Thiếu nhi Việt Nam chăm ngoan, học giỏi, rèn luyện tốt” Ý nghĩa chủ đề: khơi dậy niềm tự hào",
    planYear: 2027,
    expect: [body(2027, "Thiếu nhi Việt Nam chăm ngoan, học giỏi, rèn luyện tốt")],
  },
  { text: "Chủ đề năm 2028 “Tuổi trẻ xung kích, sáng tạo” được triển khai đến các cơ sở Đoàn.", planYear: 2028, expect: [body(2028, "Tuổi trẻ xung kích, sáng tạo")] },
  // inside a sentence: ends at ";"
  {
    text: "(1) - Các cơ sở Hội triển khai thực hiện chủ đề năm 2026 là Nâng cao chất lượng sinh hoạt chi hội, gắn với chuyển đổi số; tiếp tục duy trì các câu lạc bộ.",
    planYear: 2026,
    expect: [body(2026, "Nâng cao chất lượng sinh hoạt chi hội, gắn với chuyển đổi số")],
  },
  // an unclosed quote ends with its sentence
  {
    text: 'Xác định chủ đề năm 2028 là "Hội viên học tập suốt đời. Các cấp Hội đẩy mạnh phong trào học tập.',
    planYear: 2028,
    expect: [body(2028, "Hội viên học tập suốt đời")],
  },
  // the theme of an event or movement: the plan's year
  {
    text: "Tổ chức Ngày hội văn hóa các dân tộc với chủ đề “Sắc màu vùng cao, đoàn kết và phát triển”; tổ chức hội thi ẩm thực.",
    planYear: 2026,
    expect: [body(2026, "Sắc màu vùng cao, đoàn kết và phát triển")],
  },
  {
    text: "Phát động phong trào thi đua với chủ đề: Cán bộ, hội viên thi đua lao động sáng tạo giai đoạn 2026-2027.",
    planYear: 2026,
    expect: [body(2026, "Cán bộ, hội viên thi đua lao động sáng tạo giai đoạn 2026-2027")],
  },
  // themes of earlier years in a footnote
  {
    text: "Năm 2023: “Vì an sinh xã hội”. - Năm 2024: “Đổi mới phương thức hoạt động, hướng về cơ sở”. - Năm 2025: “Chi hội vững mạnh”.",
    planYear: 2026,
    footnote: true,
    expect: [note(2023, "Vì an sinh xã hội"), note(2024, "Đổi mới phương thức hoạt động, hướng về cơ sở"), note(2025, "Chi hội vững mạnh")],
  },
  // a year named as the year of something, in running text
  {
    text: "Ban Thường vụ chọn năm 2026 là “Năm Thanh niên tình nguyện vì cộng đồng”, tổ chức các hoạt động hưởng ứng.",
    planYear: 2026,
    expect: [body(2026, "Năm Thanh niên tình nguyện vì cộng đồng")],
  },
  { text: "Hội lấy năm 2027 là năm “Phụ nữ khởi nghiệp, sáng tạo”.", planYear: 2027, expect: [body(2027, "Phụ nữ khởi nghiệp, sáng tạo")] },
  { text: "Năm 2027 được Ban Chấp hành chọn là", planYear: 2027, expect: [] },
  { text: "Năm 2027, Hội chọn chủ đề “Đồng hành cùng hội viên”.", planYear: 2027, expect: [body(2027, "Đồng hành cùng hội viên")] },
  { text: "Năm 2027 được chọn là “Năm Chuyển đổi số của Hội”.", planYear: 2027, expect: [body(2027, "Năm Chuyển đổi số của Hội")] },
  // a school year's theme takes the school year's first year
  { text: "Chủ đề năm học 2026 - 2027: “Chăm ngoan, học giỏi, rèn luyện tốt”", planYear: null, expect: [body(2026, "Chăm ngoan, học giỏi, rèn luyện tốt")] },
  // a heading of its own, the theme alone on the next line
  { text: "III. CHỦ ĐỀ NĂM 2026\nĐoàn kết, sáng tạo, vì cộng đồng", planYear: 2026, expect: [body(2026, "Đoàn kết, sáng tạo, vì cộng đồng")] },
  { text: "Chủ đề:\n“Tuổi trẻ xung kích, tình nguyện”", planYear: 2026, expect: [body(2026, "Tuổi trẻ xung kích, tình nguyện")] },
  // the year a superior body chose, named between the year and the verb (gold README)
  {
    text: "Căn cứ nhiệm vụ trọng tâm năm 2027 đã được Tổng Liên đoàn Lao động Việt Nam xác định là “Năm nâng cao đời sống đoàn viên”; các cấp Công đoàn xây dựng kế hoạch.",
    planYear: 2027,
    expect: [body(2027, "Năm nâng cao đời sống đoàn viên")],
  },
  {
    text: "Năm 2027 được Hội đồng Đội Trung ương chọn là “Năm thiếu nhi chăm ngoan”.",
    planYear: 2027,
    expect: [body(2027, "Năm thiếu nhi chăm ngoan")],
  },
  // a monthly plan's "Khẩu hiệu:" line (its slogan, read as the month's theme), wrapped onto a line that goes on with a count
  {
    text: "Khẩu hiệu: Thi đua dạy tốt, học tốt chào mừng kỷ niệm\n45 năm ngày Nhà giáo Việt Nam (20/11/1982-20/11/2027)",
    planYear: 2027,
    expect: [body(2027, "Thi đua dạy tốt, học tốt chào mừng kỷ niệm 45 năm ngày Nhà giáo Việt Nam (20/11/1982-20/11/2027)")],
  },
  // a monthly plan's "CHỦ ĐIỂM:" line is its month's theme
  // (an event dated in its own sentence takes that year, not the plan's; an anniversary's span in brackets does not count)
  {
    text: "Ngày 26/3/2026, tỉnh đã tổ chức chuỗi sự kiện Ngày chuyển đổi số với chủ đề “Chuyển đổi số vì người dân”;",
    planYear: 2027,
    expect: [body(2026, "Chuyển đổi số vì người dân")],
  },
  {
    text: "4. Triển khai đợt hoạt động kỷ niệm 100 năm Ngày thành lập Đảng (03/02/1930 - 03/02/2030) với chủ đề “Tuổi trẻ sắt son niềm tin”",
    planYear: 2029,
    expect: [body(2029, "Tuổi trẻ sắt son niềm tin")],
  },
  { text: "KẾ HOẠCH CÔNG TÁC ĐỘI THÁNG 11/2026\nCHỦ ĐIỂM: “Tôn sư trọng đạo”", planYear: 2026, expect: [body(2026, "Tôn sư trọng đạo")] },
  // a monthly plan's theme line names its month ("Chủ điểm tháng 3:", "Chủ đề tháng 11/2026:"), a point of an event plan its label
  { text: "Chủ điểm tháng 3: Tiến bước lên Đoàn", planYear: 2026, expect: [body(2026, "Tiến bước lên Đoàn")] },
  { text: "CHỦ ĐỀ THÁNG 11/2026: “Tri ân thầy cô”", planYear: 2026, expect: [body(2026, "Tri ân thầy cô")] },
  { text: "2. Chủ đề: “Về nguồn, nhớ ơn các anh hùng”", planYear: 2026, expect: [body(2026, "Về nguồn, nhớ ơn các anh hùng")] },
  // (a task that teaches the month's theme names none)
  { text: "- Giáo dục chủ điểm tháng 9.", planYear: 2026, expect: [] },
  // a year named as the year of something without quotes, its name capitalised
  { text: "Năm 2027 là Năm Chuyển đổi số ngành y tế, tập trung vào các nhiệm vụ sau:", planYear: 2027, expect: [body(2027, "Năm Chuyển đổi số ngành y tế")] },
  { text: "Năm 2027 là năm thứ hai thực hiện Nghị quyết Đại hội, có ý nghĩa quan trọng.", planYear: 2027, expect: [] },
  // a congress motto whose quote a copy left open ends before the main clause
  {
    text: "Với chủ đề “Đoàn kết, đổi mới, phát triển bền vững, Đại hội đã thông qua 12 chỉ tiêu.",
    planYear: 2027,
    expect: [body(2027, "Đoàn kết, đổi mới, phát triển bền vững")],
  },
  // a motto under its own heading; in running text a motto is a way of working, no theme
  { text: "B. PHƯƠNG CHÂM HÀNH ĐỘNG\nĐoàn kết - sáng tạo - hiệu quả\nC. NHIỆM VỤ", planYear: 2026, expect: [body(2026, "Đoàn kết - sáng tạo - hiệu quả")] },
  { text: "Hướng mạnh về cơ sở, với phương châm “Ở đâu có hội viên ở đó có hoạt động Hội”.", planYear: 2026, expect: [] },
  // a theme written as verse lines, joined with spaces
  {
    text: "1. CHỦ ĐỀ NĂM HỌC\n“Chăm ngoan học giỏi\nRèn luyện mỗi ngày\nXây dựng Đội vững mạnh”\n2. NHIỆM VỤ TRỌNG TÂM",
    planYear: 2026,
    expect: [body(2026, "Chăm ngoan học giỏi Rèn luyện mỗi ngày Xây dựng Đội vững mạnh")],
  },
  // verse lines without quotes, up to the next labelled line
  {
    text: "I. CHỦ ĐỀ NĂM HỌC\nThiếu nhi Việt Nam\nHọc tốt, chăm ngoan\nVui khỏe, an toàn\n* Bài hát chủ đề năm học\nThiếu nhi làm theo lời Bác",
    planYear: 2026,
    expect: [body(2026, "Thiếu nhi Việt Nam Học tốt, chăm ngoan Vui khỏe, an toàn")],
  },
  // one line, then a heading: the theme is the one line
  { text: "CHỦ ĐỀ NĂM 2026\nTuổi trẻ sáng tạo\nMục đích, yêu cầu", planYear: 2026, expect: [body(2026, "Tuổi trẻ sáng tạo")] },
  // a letter label ("A.", "B.") before the heading, the theme's sentence wrapped over two lines by a copy
  {
    text: "A. CHỦ ĐỀ CỦA NĂM 2026\nTăng cường kỷ cương, nâng cao trách nhiệm,\nđẩy mạnh cải cách hành chính\nB. PHƯƠNG CHÂM HÀNH ĐỘNG",
    planYear: 2026,
    expect: [body(2026, "Tăng cường kỷ cương, nâng cao trách nhiệm, đẩy mạnh cải cách hành chính")],
  },
  { text: "b) Chủ đề năm 2027\nĐổi mới phương thức hoạt động\nhướng mạnh về cơ sở", planYear: 2027, expect: [body(2027, "Đổi mới phương thức hoạt động hướng mạnh về cơ sở")] },
  // a word between "chủ đề" and the year: "công tác", "hành động", "điều hành"
  { text: "Chủ đề công tác năm 2026: “Kỷ cương, trách nhiệm, hiệu quả”", planYear: 2026, expect: [body(2026, "Kỷ cương, trách nhiệm, hiệu quả")] },
  { text: "Chủ đề điều hành năm 2027 là Đoàn kết, kỷ cương, bản lĩnh, linh hoạt.", planYear: 2027, expect: [body(2027, "Đoàn kết, kỷ cương, bản lĩnh, linh hoạt")] },
  { text: "II. CHỦ ĐỀ HÀNH ĐỘNG NĂM 2026\n“Tuổi trẻ tiên phong chuyển đổi số”", planYear: 2026, expect: [body(2026, "Tuổi trẻ tiên phong chuyển đổi số")] },
  // the same theme twice in one block is reported once
  {
    text: "Chủ đề năm 2026: “Tuổi trẻ sáng tạo”; triển khai chủ đề năm 2026 là Tuổi trẻ sáng tạo.",
    planYear: 2026,
    expect: [body(2026, "Tuổi trẻ sáng tạo")],
  },
];

/** Texts with no theme. */
export const negative: string[] = [
  // a slogan named in running text ("với khẩu hiệu hành động …") is no theme
  "Nhiệm kỳ 2027-2032, với khẩu hiệu hành động “Tuổi trẻ xung kích, sáng tạo” Hội tiếp tục đổi mới.",
  "Duy trì kết quả thực hiện chủ đề các năm từ đầu nhiệm kỳ.",
  "Tổ chức tọa đàm chuyên đề về chăm sóc sức khỏe sinh sản năm 2026.",
  "Năm 2026: tổ chức 05 lớp tập huấn.", // a year with a colon in the body is no theme
];

// ---------------------------------------------------------------- the corpus (rules/examples.ts)

type Input = Pick<ThemeExample, "text" | "planYear" | "footnote">;

/** One block per line of the row ("III. CHỦ ĐỀ NĂM 2026\nĐoàn kết …" is a heading and the line after it). */
function themesOf({ text, planYear, footnote }: Input): Array<ExpectedTheme & { placed: boolean }> {
  const b = new DocBuilder("txt");
  for (const line of text.split("\n")) b.add(footnote ? { kind: "footnote", text: line, marker: "1" } : { kind: "paragraph", text: line });
  const doc = b.build();
  // placed: the theme's span holds its text (a theme over several lines: its lines joined with spaces)
  const at = (t: { where?: { start: number; end: number } | null }) => doc.text.slice(t.where!.start, t.where!.end).replace(/\s+/g, " ");
  return findThemes(doc, planYear).map((t) => ({ year: t.year, text: t.text, source: t.source, placed: at(t) === t.text }));
}

export const corpus = [
  examplesOf<Input, Array<ExpectedTheme & { placed?: boolean }>>({
    id: "theme",
    rule: "themes",
    read: themesOf,
    rows: examples.map((ex) => [ex, ex.expect.map((e) => ({ ...e, placed: true }))]),
    none: negative.map((text) => ({ text, planYear: 2026 })),
    nothing: [],
    name: (input) => input.text.slice(0, 70),
  }),
];
