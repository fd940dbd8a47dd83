// Examples of section headings (rules/vocab/headings.ts, rules/sections.ts): [heading text
// without its label, the kind of section it opens]. Every row of the headings table has at
// least one example here (test/rules/examples.test.ts checks it); write headings as plans do:
// in capitals, with a final ":", with "các / một số", old-style tone marks, without diacritics.
import { examplesOf, type Row } from "./examples.js";
import { bareHeading, frameHeading, mentionedKind, sectionKind, type SectionKind } from "./sections.js";

const headings: Array<Row<string, SectionKind | null>> = [
  // chỉ tiêu = target
  ["Chỉ tiêu", "target"],
  ["Một số chỉ tiêu cơ bản:", "target"],
  ["CÁC CHỈ TIÊU CHỦ YẾU", "target"],
  ["Chỉ tiêu cụ thể năm 2025", "target"],
  ["Những chỉ tiêu trọng tâm", "target"],
  ["CHỈ TIÊU PHẤN ĐẤU", "target"],
  ["Chỉ tiêu thi đua", "target"],
  ["Chỉ tiêu năm 2026", "target"],
  ["Chỉ tiêu đến năm 2030", "target"],
  ["Chỉ tiêu trong năm 2025", "target"],
  ["Chỉ tiêu giai đoạn 2025 - 2030", "target"],
  ["CHỈ TIÊU NHIỆM KỲ 2022 - 2027", "target"],
  ["Chỉ tiêu và nhiệm vụ", "target"],
  ["Mục tiêu, chỉ tiêu", "target"],
  ["MỤC TIÊU VÀ CHỈ TIÊU", "target"],
  ["MỤC TIÊU, CÁC CHỈ TIÊU", "target"],
  ["Mục tiêu và các chỉ tiêu chủ yếu", "target"],
  ["THỰC HIỆN CHỈ TIÊU NHIỆM KỲ", "target"],
  ["Thực hiện các chỉ tiêu", "target"],
  ["Mục tiêu cụ thể", "target"],
  ["Mục tiêu cụ thể năm 2025", "target"],
  ["Các mục tiêu cụ thể đến năm 2026", "target"],
  ["Mục tiêu cụ thể giai đoạn 2021 - 2025", "target"],
  ["Mục tiêu cụ thể theo từng lĩnh vực", "target"],
  ["Mục tiêu cơ bản đến năm 2030", "target"],
  ["MỤC TIÊU CHỦ YẾU", "target"],
  ["Mục tiêu năm 2026", "target"],
  ["Mục tiêu đến năm 2030:", "target"],
  ["MỤC TIÊU GIAI ĐOẠN 2026 - 2030", "target"],
  ["Mục tiêu phấn đấu:", "target"],
  ["Mục tiêu phấn đấu năm 2026", "target"],
  ["Mục tiêu phấn đấu đến năm 2030", "target"],
  ["Mot so chi tieu chu yeu", "target"],
  ["Nội dung chỉ tiêu cụ thể", "target"],
  ["15 chỉ tiêu trọng tâm năm 2026", "target"],
  ["6 CHỈ TIÊU CƠ BẢN:", "target"],
  ["Các chỉ tiêu chủ yếu (giai đoạn 2021 - 2025)", "target"],
  ["Những chỉ tiêu chính:", "target"],
  ["CÁC DANH HIỆU THI ĐUA", "target"],
  ["Đăng ký danh hiệu thi đua năm học 2025 - 2026:", "target"],
  ["Đăng ký thi đua", "target"],

  // nhiệm vụ = task
  ["Nhiệm vụ", "task"],
  ["Nhiệm vụ trọng tâm", "task"],
  ["CÁC NHIỆM VỤ TRỌNG TÂM", "task"],
  ["Nhiệm vụ chủ yếu", "task"],
  ["Nhiệm vụ cụ thể", "task"],
  ["Nhiệm vụ trong năm 2025", "task"],
  ["Nhiệm vụ và giải pháp", "task"],
  ["NHIỆM VỤ, GIẢI PHÁP", "task"],
  ["Nhiệm vụ giải pháp", "task"],
  ["Giải pháp", "task"],
  ["Giải pháp chủ yếu", "task"],
  ["Giải pháp thực hiện", "task"],
  ["Các giải pháp trọng tâm", "task"],
  ["Nội dung", "task"],
  ["NỘI DUNG HOẠT ĐỘNG", "task"],
  ["Nội dung thực hiện", "task"],
  ["Các nội dung trọng tâm", "task"],
  ["Nội dung công tác", "task"],
  ["Nội dung triển khai", "task"],
  ["Nội dung chủ yếu", "task"],
  ["Nội dung cụ thể", "task"],
  ["Nội dung, nhiệm vụ", "task"],
  ["Nội dung và nhiệm vụ", "task"],
  ["Nội dung, giải pháp", "task"],
  ["NỘI DUNG VÀ GIẢI PHÁP THỰC HIỆN", "task"],
  ["Hoạt động", "task"],
  ["Hoạt động, phong trào thi đua", "task"],
  ["Hoạt động, sự kiện cấp tỉnh", "task"],
  ["Các hoạt động trọng tâm", "task"],
  ["Hoạt động chính", "task"],
  ["Hoạt động cụ thể", "task"],
  ["Hoạt động trong năm", "task"],
  ["CÁC HOẠT ĐỘNG CHỦ YẾU", "task"],
  ["CÁC HOẠT ĐỘNG KỶ NIỆM", "task"],
  ["Các hoạt động hưởng ứng", "task"],
  ["Hoạt động chào mừng", "task"],
  ["Tổ chức hoạt động", "task"],
  ["Tổ chức các hoạt động", "task"],
  ["Tổ chức một số hoạt động, sự kiện trong năm 2026", "task"],
  ["Tổ chức thực hiện", "task"],
  ["Chương trình, hoạt động", "task"],
  ["Phân công nhiệm vụ", "task"],
  ["Phân công thực hiện", "task"],
  ["Phân công trách nhiệm", "task"],
  ["TIẾN ĐỘ THỰC HIỆN", "task"],
  ["Tiến độ triển khai", "task"],
  ["Tiến độ tổ chức", "task"],
  ["Lộ trình, tiến độ thực hiện", "task"],
  ["Lộ trình tiến độ triển khai", "task"],
  ["Lộ trình, tiến độ tổ chức", "task"],
  ["NHIỆM VỤ CHUNG", "task"],
  ["TRỌNG TÂM CÔNG TÁC", "task"],
  ["NỘI DUNG KẾ HOẠCH:", "task"],
  ["Nội dung tuyên truyền", "task"],
  ["Phương hướng hoạt động", "task"],
  ["CHƯƠNG TRÌNH HÀNH ĐỘNG NHIỆM KỲ 2025 – 2030", "task"],
  ["Chương trình công tác năm 2026", "task"],
  ["Kế hoạch hoạt động Công đoàn tháng 5/2026", "task"],
  ["Kế hoạch công tác tháng 10/2026", "task"],
  ["Công tác tháng 11", "task"],
  ["Kế hoạch tháng 12/2026", "task"],
  ["Công tác tuần 3", "task"],
  ["Kế hoạch tuần 5 (từ 02/3 đến 07/3)", "task"],
  ["Hoạt động tháng 12/2026", "task"],
  ["TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026", "task"],
  ["Trọng tâm hoạt động năm học", "task"],
  ["CÁC CÔNG TÁC TRỌNG TÂM", "task"],

  // sections whose numbered paragraphs are not items
  ["MỤC ĐÍCH, YÊU CẦU", "other"],
  ["Yêu cầu", "other"],
  ["Kinh phí thực hiện", "other"],
  ["Chế độ báo cáo", "other"],
  ["Chế độ thông tin, báo cáo", "other"],
  ["Đánh giá kết quả năm 2024", "other"],
  ["Đánh giá tình hình", "other"],
  ["Kết quả đạt được", "other"],
  ["Kết quả thực hiện năm 2024", "other"],
  ["Tình hình chung", "other"],
  ["Quan điểm", "other"],
  ["Mục tiêu", "other"],
  ["Mục tiêu chung", "other"],
  ["Mục tiêu tổng quát", "other"],
  ["Đối tượng tham gia", "other"],
  ["Thời gian thực hiện", "other"],
  ["CHỦ ĐỀ, THỜI GIAN", "other"],
  ["Chủ đề năm 2026", "other"],
  ["Phân công", "other"],
  ["ĐẶC ĐIỂM TÌNH HÌNH", "other"],
  ["Dự báo tình hình", "other"],
  ["MỤC TIÊU, YÊU CẦU", "other"],
  ["Mục tiêu và yêu cầu", "other"],
  ["PHƯƠNG CHÂM HÀNH ĐỘNG", "other"],
  ["Khẩu hiệu hành động", "other"],
  ["Nguyên tắc xét tuyển", "other"],
  // goals and work together: targets or tasks by what the lines say (rules/section-heads.ts)
  ["PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030:", "mixed"],
  ["Phương hướng, mục tiêu nhiệm vụ đến năm 2030", "mixed"],
  ["PHƯƠNG HƯỚNG VÀ MỤC TIÊU NĂM 2026", "mixed"],
  ["Mục tiêu, nhiệm vụ, giải pháp chủ yếu", "mixed"],
  ["MỤC TIÊU VÀ NHIỆM VỤ NĂM HỌC 2025 - 2026", "mixed"],
  ["Mục tiêu, giải pháp", "mixed"],
  ["Mục tiêu và giải pháp thực hiện", "mixed"],
  ["Mục tiêu, phương hướng nhiệm kỳ 2025 - 2030", "mixed"],
  ["Mục tiêu, chỉ tiêu, nhiệm vụ", "target"],
  ["Đánh giá công tác tháng 4/2026:", "other"],
  ["KẾT QUẢ NĂM 2025", "other"],
  ["Kết quả công tác năm 2025", "other"],
  ["Phương hướng", "mixed"],
  ["PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026", "mixed"],
  ["Phương hướng nhiệm vụ năm 2026:", "mixed"],
  ["PHƯƠNG HƯỚNG CHUNG", "other"],
];

// the rows marked `labelled` need a label: alone on a line, the words are the plan's title
const unlabelled: Array<Row<string, SectionKind | null>> = [
  ["CHƯƠNG TRÌNH HÀNH ĐỘNG", null],
  ["KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2026", null],
  ["Nội dung kế hoạch", "task"],
  ["3 CHƯƠNG TRÌNH CÔNG TÁC", "task"],
];

const notHeadings: string[] = [
  "Hội LHPN tỉnh",
  "Công tác cán bộ nữ",
  "Tiến độ giải ngân vốn",
  // a sentence that starts like a heading, then goes on
  "Chỉ tiêu tăng trưởng kinh tế đạt 7%",
  "Mục tiêu phấn đấu của Hội",
];

// a labelled line of the plan's frame inside a section, not a topic of work
const frames: Array<Row<string, boolean>> = [
  ["Bối cảnh", true],
  ["Căn cứ xây dựng kế hoạch", true],
  ["Sự cần thiết", true],
  ["Đặc điểm tình hình", true],
  ["Kết quả năm 2024", true],
  ["Đánh giá chung", true],
  ["MỤC TIÊU HOẠT ĐỘNG", true],
  ["ĐỊNH HƯỚNG CHIẾN LƯỢC", true],
  ["Tầm nhìn", true],
  ["Sứ mệnh", true],
  ["Công tác giáo dục chính trị, tư tưởng", false],
];

// a part heading that names its kind further into its text (MENTIONS in rules/vocab/headings.ts)
const mentions: Array<Row<string, SectionKind | null>> = [
  ["MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2025 - 2030", "target"],
  ["NĂM 2026 PHẤN ĐẤU THỰC HIỆN CÁC CHỈ TIÊU SAU:", "target"],
  ["Phương hướng và một số chỉ tiêu năm 2026", "target"],
  ["TRIỂN KHAI CÁC NHIỆM VỤ TRỌNG TÂM NĂM 2026", "task"],
  ["CÁC NHÓM NHIỆM VỤ, GIẢI PHÁP", "task"],
  ["ĐỊNH HƯỚNG, NHIỆM VỤ CHỦ YẾU VÀ CÁC CHỈ TIÊU", "mixed"],
  ["NĂM 2026 PHẤN ĐẤU", "mixed"],
  ["Định hướng và mục tiêu cụ thể năm 2026", "target"],
  ["Năm 2026 phấn đấu hoàn thành các nhiệm vụ trọng tâm", "mixed"],
];
const noMention: string[] = [
  "Về kinh tế (11 chỉ tiêu)", // a group line and a count
  "KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025", // a review
  "Đánh giá việc thực hiện chỉ tiêu", // a review
  "Tuyển quân đạt 100% chỉ tiêu", // states a level
  "Chỉ tiêu về kinh tế", // starts with the words: the rows decide
  "Giao 12 chỉ tiêu cho các xã", // a count of items
];

// a heading that is little more than its kind's name, the period it is for aside
const bare: Array<Row<string, boolean>> = [
  ["Các chỉ tiêu chủ yếu đến năm 2030", true],
  ["Một số chỉ tiêu cụ thể (giai đoạn 2026 - 2030)", true],
  ["Chỉ tiêu năm học 2025 - 2026", true],
  ["Tổ chức các hoạt động tuyên truyền kỷ niệm ngày thành lập", false],
];

export const corpus = [
  examplesOf({ id: "section heading", rule: "structure", read: (t: string) => sectionKind(t), rows: headings, none: notHeadings, nothing: null }),
  examplesOf({ id: "unlabelled section heading", rule: "structure", read: (t: string) => sectionKind(t, false), rows: unlabelled }),
  examplesOf({ id: "frame heading", rule: "structure", read: frameHeading, rows: frames }),
  examplesOf({ id: "heading naming its kind further in", rule: "structure", read: mentionedKind, rows: mentions, none: noMention, nothing: null }),
  examplesOf({ id: "bare heading", rule: "structure", read: bareHeading, rows: bare }),
];
