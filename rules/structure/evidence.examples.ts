// Examples of the list-evidence helper (rules/structure/evidence.ts): a lead or heading on the first
// line, the list's items on the lines after it, and the kind the items weigh as (null: too thin).
// Made-up lines, in the phrasing of Đoàn, Hội, Công đoàn, UBND, school and health-centre plans.
import { examplesOf, type Row } from "../examples.js";
import { citationLine, listVerdict, priorOf } from "./evidence.js";
import { datedEntry } from "./dated.js";

const verdict = (input: string): "target" | "task" | null => {
  const [lead, ...items] = input.split("\n");
  return listVerdict(items, priorOf(lead));
};

const rows: Array<Row<string, "target" | "task" | null>> = [
  ["Mục tiêu\n- 100% đoàn viên tham gia sinh hoạt chi đoàn.\n- Có ít nhất 01 công trình thanh niên mỗi chi đoàn.\n- Đẩy mạnh công tác tuyên truyền.", "target", "levels in half the items, under a heading that names goals"],
  ["Năm 2027, Hội phấn đấu:\n- Có thêm 25 hội viên mới.\n- Trên 90% hộ hội viên đạt danh hiệu gia đình văn hóa.", "target"],
  ["Kết quả cần đạt\n- Mỗi chi đội có ít nhất một phần việc tốt.\n- Giữ vững danh hiệu Liên đội vững mạnh.", "target", "levels without a figure: “ít nhất một”, “danh hiệu”"],
  ["Tổ chức triển khai\n- 100% công chức được tập huấn.\n- 95% hộ dân sử dụng nước sạch.\n- Tỷ lệ trẻ em tiêm chủng đạt 98%.", "target", "a heading the vocabulary does not know: most items state a level"],
  ["Năm 2027 cần tập trung các nhiệm vụ sau:\n- Tăng cường kiểm tra, giám sát.\n- tiếp tục phối hợp với các ban ngành.\n- Kết nạp 20 đoàn viên mới.", "task", "a lead naming work, items opening with verbs of work in either case"],
  ["Với các nội dung:\n- Tổ chức Hội thi văn nghệ.\n- Trao 50 suất quà cho học sinh nghèo.", "task", "a figure inside a sentence of work does not make it a target"],
  ["Các hoạt động\n- Tuyên truyền phòng, chống dịch bệnh.\n- Vận động hội viên tham gia bảo hiểm y tế.", "task"],
];

const none: string[] = [
  "Mục tiêu\n- Nâng cao nhận thức của cán bộ về chuyển đổi số.",
  "Nhiệm vụ trọng tâm\n- Năm 2027 có thêm 30 sản phẩm đạt 3 sao.\n- 100% xã có bưu điện văn hóa.",
  "Mục tiêu\n- Giúp hội viên hiểu rõ truyền thống của Hội.\n- Góp phần xây dựng quê hương giàu đẹp.",
];

// Lines that open with an hour or a day and name who does what: a schedule's entries (rules/structure/dated.ts).
const dated: Array<Row<string, boolean>> = [
  ["08 giờ 00: Chủ tịch UBND xã dự hội nghị giao ban", true],
  ["- 7h30: Ban Thường vụ Huyện đoàn họp", true],
  ["2- 14 giờ 00’: Phó Chủ tịch làm việc với Hợp tác xã Tân An", true, "a dash label before the hour"],
  ["07 giờ 30 ngày 05/3/2027 Chủ tịch UBND huyện;", true, "an hour and its day, no colon: a citizen-reception session"],
  ["Thứ Hai, ngày 12/5: Thường trực Hội LHPN làm việc tại cơ quan", true],
  ["Sáng thứ Năm (15/5): Công đoàn trường tổ chức tọa đàm", true],
  ["* Ngày 20/11/2027 Nghỉ lễ, trường tổ chức mít tinh", true],
  ["- 15/6: Trạm Y tế tiêm vắc xin cho trẻ", true],
  ["- Từ ngày 05/3: Các chi đoàn ra quân làm sạch đường làng", true],
  ["Tháng 3/2027: Hội LHPN xã tổ chức hội thi nấu ăn", true, "a month's programme line"],
];
const undated: string[] = [
  "Thứ Hai (12/5):",
  "08 giờ 00",
  "15/6",
  "Ngày 15/3",
  "1/. Tháng 01/2027:",
  "Tháng 3/2027:",
  "Trong tháng 3, Hội tổ chức hội thi.",
  "12/2027 – Tổng kết năm học",
  "Thời gian: 08 giờ 00 ngày 12/5/2027.",
  "- 100% chi đoàn sinh hoạt định kỳ.",
];

// Items that cite a document by its number: a plan's bases, not its work (rules/section-heads.ts, bareList).
const citations: Array<Row<string, boolean>> = [
  ["1. Quyết định số 215/QĐ-TTg ngày 12/3/2027 của Thủ tướng Chính phủ;", true],
  ["2. Thông tư 08/2027/TT-BYT ngày 05 tháng 4 năm 2027 của Bộ Y tế;", true],
  ["- Căn cứ Kế hoạch số 45/KH-UBND ngày 02/01/2027 của UBND huyện;", true],
  ["3. Nghị quyết số 12-NQ/TU của Ban Thường vụ Tỉnh ủy", true],
];
const notCitations: string[] = [
  "1. Triển khai Quyết định số 215/QĐ-TTg đến toàn thể cán bộ.",
  "2. Kế hoạch tuyên truyền về chuyển đổi số.",
  "- 100% chi đoàn học tập Nghị quyết.",
];

export const corpus = [
  examplesOf({ id: "list evidence", rule: "structure", read: verdict, rows, none, nothing: null, name: (i: string) => i.replace(/\n/g, " / ") }),
  examplesOf({ id: "dated entries", rule: "structure", read: datedEntry, rows: dated, none: undated, nothing: false }),
  examplesOf({ id: "citation items", rule: "structure", read: citationLine, rows: citations, none: notCitations, nothing: false }),
];
