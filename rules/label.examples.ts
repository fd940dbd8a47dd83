// Examples of item labels (src/ground/label.ts): [text, expected label fields] and texts that carry no label.
import type { Label } from "../src/ground/label.js";
import { parseLabel } from "../src/ground/label.js";
import { examplesOf } from "./examples.js";

type Expect = Pick<Label, "style" | "code" | "depth"> & { rest: string };

export const examples: { positive: Array<[string, Expect]>; negative: string[] } = {
  positive: [
    ["I. MỤC ĐÍCH, YÊU CẦU", { style: "roman", code: "I", depth: 1, rest: "MỤC ĐÍCH, YÊU CẦU" }],
    ["IV. Tổ chức thực hiện", { style: "roman", code: "IV", depth: 1, rest: "Tổ chức thực hiện" }],
    ["3. Nhiệm vụ trọng tâm", { style: "num", code: "3", depth: 1, rest: "Nhiệm vụ trọng tâm" }],
    ["2.1. Mỗi chi đoàn có 01 công trình", { style: "num", code: "2.1", depth: 2, rest: "Mỗi chi đoàn có 01 công trình" }],
    ["2.10. Hội Nông dân tỉnh", { style: "num", code: "2.10", depth: 2, rest: "Hội Nông dân tỉnh" }],
    ["1.1.3 Tổ chức tập huấn", { style: "num", code: "1.1.3", depth: 3, rest: "Tổ chức tập huấn" }],
    ["(1) Tiếp tục thực hiện", { style: "paren", code: "(1)", depth: 1, rest: "Tiếp tục thực hiện" }],
    ["(3) - 100% cơ sở Hội", { style: "paren", code: "(3)", depth: 1, rest: "100% cơ sở Hội" }],
    ["(i) Tăng cường giám sát;", { style: "paren-roman", code: "(i)", depth: 1, rest: "Tăng cường giám sát;" }],
    ["(iv) Phục vụ công tác thẩm tra", { style: "paren-roman", code: "(iv)", depth: 1, rest: "Phục vụ công tác thẩm tra" }],
    ["(vii) Tổ chức thực hiện.", { style: "paren-roman", code: "(vii)", depth: 1, rest: "Tổ chức thực hiện." }],
    ["a) Về nội dung", { style: "letter", code: "a", depth: 1, rest: "Về nội dung" }],
    ["b. 100% xã, phường tổ chức", { style: "letter", code: "b", depth: 1, rest: "100% xã, phường tổ chức" }],
    ["2/ Thời gian: cả năm", { style: "num", code: "2", depth: 1, rest: "Thời gian: cả năm" }],
    ["1.1/ Tập thể: Lao động tiên tiến", { style: "num", code: "1.1", depth: 2, rest: "Tập thể: Lao động tiên tiến" }],
    ["2.1/Giáo viên: giáo viên dạy giỏi", { style: "num", code: "2.1", depth: 2, rest: "Giáo viên: giáo viên dạy giỏi" }],
    ["III/ NỘI DUNG HOẠT ĐỘNG", { style: "roman", code: "III", depth: 1, rest: "NỘI DUNG HOẠT ĐỘNG" }],
    // web copies: slash-dot and dash labels
    ["I/. MỤC ĐÍCH, YÊU CẦU", { style: "roman", code: "I", depth: 1, rest: "MỤC ĐÍCH, YÊU CẦU" }],
    ["III- MỘT SỐ CHỈ TIÊU CHỦ YẾU", { style: "roman", code: "III", depth: 1, rest: "MỘT SỐ CHỈ TIÊU CHỦ YẾU" }],
    ["I -  NHIỆM VỤ TRỌNG TÂM", { style: "roman", code: "I", depth: 1, rest: "NHIỆM VỤ TRỌNG TÂM" }],
    ["3- Nhiệm vụ và giải pháp", { style: "num", code: "3", depth: 1, rest: "Nhiệm vụ và giải pháp" }],
    ["2- 14h00: Ban Giám đốc họp giao ban", { style: "num", code: "2", depth: 1, rest: "14h00: Ban Giám đốc họp giao ban" }],
    ["1- 7 giờ 30’: Chủ tịch UBND xã dự hội nghị", { style: "num", code: "1", depth: 1, rest: "7 giờ 30’: Chủ tịch UBND xã dự hội nghị" }],
    ["1/. Tổ chức hội nghị", { style: "num", code: "1", depth: 1, rest: "Tổ chức hội nghị" }],
    ["(2). Tỷ lệ hộ nghèo giảm 1%", { style: "paren", code: "(2)", depth: 1, rest: "Tỷ lệ hộ nghèo giảm 1%" }],
    ["A- PHƯƠNG HƯỚNG, MỤC TIÊU", { style: "upper", code: "A", depth: 1, rest: "PHƯƠNG HƯỚNG, MỤC TIÊU" }],
    ["A-Nội dung, nhiệm vụ, giải pháp", { style: "upper", code: "A", depth: 1, rest: "Nội dung, nhiệm vụ, giải pháp" }],
    ["5.Tổ chức và phối hợp đào tạo", { style: "num", code: "5", depth: 1, rest: "Tổ chức và phối hợp đào tạo" }],
    ["2-Tổ chức chỉ đạo, điều hành", { style: "num", code: "2", depth: 1, rest: "Tổ chức chỉ đạo, điều hành" }],
    ["a/ Báo Cựu chiến binh mở chuyên mục", { style: "letter", code: "a", depth: 1, rest: "Báo Cựu chiến binh mở chuyên mục" }],
    ["Chương trình 3: Thực hiện dân chủ", { style: "named", code: "Chương trình 3", depth: 1, rest: "Thực hiện dân chủ" }],
    ["- Hội LHPN cấp huyện", { style: "bullet", code: null, depth: 1, rest: "Hội LHPN cấp huyện" }],
    ["+ Cấp tỉnh: tổ chức", { style: "bullet", code: null, depth: 1, rest: "Cấp tỉnh: tổ chức" }],
    ["* Công tác tuyên truyền", { style: "bullet", code: null, depth: 1, rest: "Công tác tuyên truyền" }],
    ["• Tổ chức hội thi", { style: "bullet", code: null, depth: 1, rest: "Tổ chức hội thi" }],
    ["Chỉ tiêu 3: Hàng năm kết nạp", { style: "named", code: "Chỉ tiêu 3", depth: 1, rest: "Hàng năm kết nạp" }],
    ["Nhiệm vụ 2. Tham gia xây dựng Đảng", { style: "named", code: "Nhiệm vụ 2", depth: 1, rest: "Tham gia xây dựng Đảng" }],
    ["Đợt 2: Hưởng ứng Tháng Nhân đạo", { style: "named", code: "Đợt 2", depth: 1, rest: "Hưởng ứng Tháng Nhân đạo" }],
    ["Bước 1. Rà soát danh sách hộ", { style: "named", code: "Bước 1", depth: 1, rest: "Rà soát danh sách hộ" }],
    ["B. CHỈ TIÊU", { style: "upper", code: "B", depth: 1, rest: "CHỈ TIÊU" }],
    ["C. Nhiệm vụ và giải pháp", { style: "upper", code: "C", depth: 1, rest: "Nhiệm vụ và giải pháp" }],
    ["Phần II. NHIỆM VỤ TRỌNG TÂM", { style: "part", code: "Phần II", depth: 1, rest: "NHIỆM VỤ TRỌNG TÂM" }],
    ["PHẦN 3: Tổ chức thực hiện", { style: "part", code: "PHẦN 3", depth: 1, rest: "Tổ chức thực hiện" }],
    // a resolution's article
    ["Điều 2. Về các chỉ tiêu chủ yếu năm 2025", { style: "part", code: "Điều 2", depth: 1, rest: "Về các chỉ tiêu chủ yếu năm 2025" }],
  ],
  negative: [
    "2026. Duy trì kết quả", // a year that a PDF line break put at the start of a line
    "01 hoạt động mỗi quý",
    "1 - Năm 2021: chủ đề", // a footnote body's marker, not an item label
    "3 - 5% số hộ", // a range
    "2- các đơn vị", // a dash label has a capital after it
    "A- A A+ | Tăng tương phản Giảm tương phản", // a web page's font-size buttons
    "IV-2025 kế hoạch",
    "Căn cứ Kế hoạch số 12",
    "v.v. các hoạt động khác",
    "V/v tổ chức hội nghị", // "về việc" in a header, not part V
    "1/2025 các đơn vị báo cáo", // a date that a line break put at the start of a line
    "100% chi hội",
    "PHẦN I", // a part's number alone on its line: its name follows on the next line
    "A. lưu ý", // a capital letter label is followed by a capital
    "2-NQ/TW của Bộ Chính trị", // a document number, not a glued dash label
    "3-5% số hộ",
    "5.TP Hồ Chí Minh", // a capital not followed by a small letter: no glued label
    "B-52 ném bom",
  ],
};

// ---------------------------------------------------------------- the corpus (rules/examples.ts)

const readLabel = (text: string): Expect | null => {
  const l = parseLabel(text);
  return l && { style: l.style, code: l.code, depth: l.depth, rest: text.slice(l.length) };
};

export const corpus = [examplesOf({ id: "label", rule: "structure", read: readLabel, rows: examples.positive, none: examples.negative, nothing: null })];
