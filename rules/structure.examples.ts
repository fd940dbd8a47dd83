// Examples of sections and items (rules/structure.ts): a plan's text, one paragraph a line
// (as parsers/txt.ts reads it), and its items in order as [kind, code, parent, section, text],
// the parent named by its code (or the first 12 characters of its text when it has none).
import { parseTxtString } from "../parsers/txt.js";
import { examplesOf, planOf, type Row } from "./examples.js";
import { findStructure } from "./structure.js";

type Tree = Array<[string, string | null, string | null, string | null, string]>;

export function treeOf(text: string): Tree {
  const { items } = findStructure(parseTxtString(text));
  const byId = new Map(items.map((i) => [i.id, i]));
  return items.map((i) => {
    const p = i.parent ? byId.get(i.parent)! : null;
    return [i.kind, i.code, p ? p.code ?? p.text.slice(0, 12).trim() : null, i.section, i.text];
  });
}

const plans: Array<Row<string, Tree>> = [
  [
    [
    "KẾ HOẠCH",
    "Công tác Đoàn năm 2026",
    "1. Chủ đề năm 2026: Tuổi trẻ sáng tạo",
    "2. Chỉ tiêu",
    "(1) Kết nạp 2.000 đoàn viên mới.",
    "(2) Phấn đấu:",
    "- 100% chi đoàn sinh hoạt định kỳ.",
    "+ Trong đó 50% chi đoàn khá.",
    "- Mỗi huyện có 01 công trình thanh niên.",
    "3. Nhiệm vụ và giải pháp",
    "(1) Đổi mới nội dung sinh hoạt:",
    "1.1. Tổ chức diễn đàn.",
    "Các cơ sở chủ động thực hiện.",
    "1.2. Tổ chức hội thi.",
    "4. Chỉ đạo các cụm thi đua: Các cụm tổ chức giao ban hằng quý.",
    "5. Tổ chức thực hiện",
    "1. Ban Thường vụ tỉnh",
    "2. Các huyện đoàn",
    "Nơi nhận:",
    "- Như trên;",
    ].join("\n"),
    [
    ["target", "(1)", null, "Chỉ tiêu", "Kết nạp 2.000 đoàn viên mới."],
    ["target", "(2)", null, "Chỉ tiêu", "Phấn đấu:"],
    ["target", null, "(2)", "Chỉ tiêu", "100% chi đoàn sinh hoạt định kỳ."],
    ["target", null, "100% chi đoà", "Chỉ tiêu", "Trong đó 50% chi đoàn khá."],
    ["target", null, "(2)", "Chỉ tiêu", "Mỗi huyện có 01 công trình thanh niên."],
    ["task", "(1)", null, "Nhiệm vụ và giải pháp", "Đổi mới nội dung sinh hoạt:"],
    ["task", "1.1", "(1)", "Nhiệm vụ và giải pháp", "Tổ chức diễn đàn. Các cơ sở chủ động thực hiện."],
    ["task", "1.2", "(1)", "Nhiệm vụ và giải pháp", "Tổ chức hội thi."],
    ["task", "4", null, null, "Chỉ đạo các cụm thi đua: Các cụm tổ chức giao ban hằng quý."],
    ["task", "1", null, "Tổ chức thực hiện", "Ban Thường vụ tỉnh"],
    ["task", "2", null, "Tổ chức thực hiện", "Các huyện đoàn"],
    ],
    "reads numbered sections with bullets, restarts and inline tasks",
  ],
  [
    [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Nâng cao chất lượng hoạt động.",
    "II. NỘI DUNG HOẠT ĐỘNG",
    "1. Công tác tuyên truyền",
    "1.1. Tuyên truyền trực tiếp",
    "* Ở cơ sở",
    "- Tổ chức nói chuyện chuyên đề.",
    "+ Mỗi quý một lần.",
    "* Ở cấp huyện",
    "1.2. Tuyên truyền trên mạng",
    "2.2. Xây dựng trang tin",
    "III. TỔ CHỨC THỰC HIỆN",
    "Các đơn vị căn cứ kế hoạch này triển khai.",
    ].join("\n"),
    [
    ["task", "1", null, "NỘI DUNG HOẠT ĐỘNG", "Công tác tuyên truyền"],
    ["task", "1.1", "1", "NỘI DUNG HOẠT ĐỘNG", "Tuyên truyền trực tiếp"],
    ["task", null, "1.1", "NỘI DUNG HOẠT ĐỘNG", "Ở cơ sở"],
    ["task", null, "Ở cơ sở", "NỘI DUNG HOẠT ĐỘNG", "Tổ chức nói chuyện chuyên đề."],
    ["task", null, "Tổ chức nói", "NỘI DUNG HOẠT ĐỘNG", "Mỗi quý một lần."],
    ["task", null, "1.1", "NỘI DUNG HOẠT ĐỘNG", "Ở cấp huyện"],
    ["task", "1.2", "1", "NỘI DUNG HOẠT ĐỘNG", "Tuyên truyền trên mạng"],
    ["task", "2.2", "1", "NỘI DUNG HOẠT ĐỘNG", "Xây dựng trang tin"],
    ],
    "reads roman sections, a typed * above -, and a numbering slip by its depth",
  ],
  [
    [
    "KẾ HOẠCH", "Công tác Hội năm 2026",
    "I. MỤC TIÊU, CHỈ TIÊU",
    "1. Mục tiêu chung",
    "Nâng cao đời sống hội viên.",
    "2. Chỉ tiêu cụ thể",
    "(1) Kết nạp 500 hội viên.",
    "(2) 100% chi hội sinh hoạt định kỳ.",
    "3. Các chỉ tiêu khác do cấp huyện giao.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội",
    "- Gặp mặt cán bộ Hội qua các thời kỳ.",
    ].join("\n"),
    [
    ["target", "(1)", null, "Chỉ tiêu cụ thể", "Kết nạp 500 hội viên."],
    ["target", "(2)", null, "Chỉ tiêu cụ thể", "100% chi hội sinh hoạt định kỳ."],
    ["target", "3", null, "MỤC TIÊU, CHỈ TIÊU", "Các chỉ tiêu khác do cấp huyện giao."],
    ["task", "1", null, "NHIỆM VỤ, GIẢI PHÁP", "Tổ chức các hoạt động kỷ niệm Ngày thành lập Hội"],
    ["task", null, "1", "NHIỆM VỤ, GIẢI PHÁP", "Gặp mặt cán bộ Hội qua các thời kỳ."],
    ],
    "opens a sub-section at a bare nested heading and closes it at its next sibling",
  ],
  [
    [
    "KẾ HOẠCH", "Công tác Hội Nông dân năm 2026",
    "A. MỤC ĐÍCH, YÊU CẦU", "- Nâng cao nhận thức.",
    "B. CHỈ TIÊU", "1. Kết nạp 500 hội viên mới.",
    "C. NHIỆM VỤ VÀ GIẢI PHÁP", "1. Tuyên truyền trong quý II.",
    "D. TỔ CHỨC THỰC HIỆN", "1. Các ban chủ trì.",
    "Phần II. NHIỆM VỤ TRỌNG TÂM", "1. Tập huấn.",
    ].join("\n"),
    [
    ["target", "1", null, "CHỈ TIÊU", "Kết nạp 500 hội viên mới."],
    ["task", "1", null, "NHIỆM VỤ VÀ GIẢI PHÁP", "Tuyên truyền trong quý II."],
    ["task", "1", null, "TỔ CHỨC THỰC HIỆN", "Các ban chủ trì."],
    ["task", "1", null, "NHIỆM VỤ TRỌNG TÂM", "Tập huấn."],
    ],
    "reads parts numbered by capital letters or 'Phần' as the top headings",
  ],
  [
    [
    "II. CHỈ TIÊU", "a) Kết nạp 300 hội viên mới.",
    "III. NỘI DUNG VÀ GIẢI PHÁP",
    "1. Công tác tuyên truyền", "Tuyên truyền trên đài truyền thanh.",
    "2. Các hoạt động chính", "Phân công tại bảng dưới đây:",
    "TT\tNội dung công việc\tĐơn vị chủ trì\tThời gian",
    "1\tHội nghị triển khai\tVăn phòng\tTháng 02/2026",
    "2\tHội thi nhà nông giỏi\tBan Kinh tế\tQuý III/2026",
    "Các đơn vị chủ động bố trí kinh phí.",
    "3. Sơ kết, tổng kết",
    "IV. TỔ CHỨC THỰC HIỆN", "1. Văn phòng theo dõi.",
    ].join("\n"),
    [
    ["target", "a", null, "CHỈ TIÊU", "Kết nạp 300 hội viên mới."],
    ["task", "1", null, "NỘI DUNG VÀ GIẢI PHÁP", "Công tác tuyên truyền Tuyên truyền trên đài truyền thanh."],
    ["task", "2", null, "NỘI DUNG VÀ GIẢI PHÁP", "Các hoạt động chính Phân công tại bảng dưới đây:"],
    ["task", "1", "2", "NỘI DUNG VÀ GIẢI PHÁP", "Hội nghị triển khai"],
    ["task", "2", "2", "NỘI DUNG VÀ GIẢI PHÁP", "Hội thi nhà nông giỏi"],
    // a paragraph after the table continues no row; "3." is a sibling of "2." again
    ["task", "3", null, "NỘI DUNG VÀ GIẢI PHÁP", "Sơ kết, tổng kết"],
    ["task", "1", null, "TỔ CHỨC THỰC HIỆN", "Văn phòng theo dõi."],
    ],
    "reads a bare kind-named heading after item siblings as one more item, with the table under it as its children",
  ],
  [
    [
    "II- CÁC CHỈ TIÊU CHỦ YẾU",
    "1- Thu nhập bình quân đầu người đạt 70 triệu đồng.",
    "2- Tỷ lệ hộ nghèo giảm còn dưới 1%.",
    "III- NHIỆM VỤ, GIẢI PHÁP",
    "1/. Tập trung phát triển kinh tế.",
    ].join("\n"),
    [
    ["target", "1", null, "CÁC CHỈ TIÊU CHỦ YẾU", "Thu nhập bình quân đầu người đạt 70 triệu đồng."],
    ["target", "2", null, "CÁC CHỈ TIÊU CHỦ YẾU", "Tỷ lệ hộ nghèo giảm còn dưới 1%."],
    ["task", "1", null, "NHIỆM VỤ, GIẢI PHÁP", "Tập trung phát triển kinh tế."],
    ],
    "reads dash and slash-dot labels as web copies write them",
  ],
  [
    [
    "Đại hội đại biểu Mặt trận tỉnh lần thứ X tổ chức ngày 24/7/2024.",
    "Chương trình 3: Thực hiện dân chủ, giám sát và phản biện xã hội.",
    "Chương trình 4: Tham gia xây dựng Đảng, chính quyền.",
    ].join("\n"),
    [
    ["task", "Chương trình 3", null, null, "Thực hiện dân chủ, giám sát và phản biện xã hội."],
    ["task", "Chương trình 4", null, null, "Tham gia xây dựng Đảng, chính quyền."],
    ],
    "reads a programme that names itself as a task, in a fragment that starts inside the list",
  ],
  [
    [
    "CHUYÊN MỤC",
    "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)",
    "- Về kinh tế:",
    "(1) Thu nhập bình quân đầu người đạt 80 triệu đồng.",
    "(2) Tỷ lệ tăng thu ngân sách: 10% trở lên.",
    "- Về văn hóa – xã hội:",
    "(3) Tỷ lệ lao động qua đào tạo: trên 70%.",
    ].join("\n"),
    [
    ["target", null, null, "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)", "Về kinh tế:"],
    ["target", "(1)", "Về kinh tế:", "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)", "Thu nhập bình quân đầu người đạt 80 triệu đồng."],
    ["target", "(2)", "Về kinh tế:", "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)", "Tỷ lệ tăng thu ngân sách: 10% trở lên."],
    ["target", null, null, "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)", "Về văn hóa – xã hội:"],
    ["target", "(3)", "Về văn hóa –", "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025 - 2030)", "Tỷ lệ lao động qua đào tạo: trên 70%."],
    ],
    "reads an unlabelled heading with a period in brackets, and bulleted group lines as the parents of the numbered targets",
  ],
  [
    [
    "* Mục tiêu tổng quát:",
    "Phát huy mọi nguồn lực để phát triển kinh tế.",
    "* Các chỉ tiêu chủ yếu đến năm 2030:",
    "(1). Thu ngân sách tăng bình quân 5%/năm.",
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Nâng cao chất lượng sinh hoạt chi bộ.",
    "- 6 CHỈ TIÊU CƠ BẢN:",
    "1. Kết nạp 20 đảng viên.",
    ].join("\n"),
    [
    ["target", "(1)", null, "Các chỉ tiêu chủ yếu đến năm 2030", "Thu ngân sách tăng bình quân 5%/năm."],
    ["target", "1", null, "6 CHỈ TIÊU CƠ BẢN", "Kết nạp 20 đảng viên."],
    ],
    "reads a bulleted heading of a kind, with or without a count, as a heading",
  ],
  [
    [
    "I- MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU",
    "1. Mục tiêu tổng quát: Tiếp tục huy động mọi nguồn lực, khai thác tốt các tiềm năng của địa phương.",
    "2. Các chỉ tiêu chủ yếu đến năm 2030",
    "1. Thu ngân sách tăng 5% hàng năm.",
    "2. Tỷ lệ lao động qua đào tạo: 70%.",
    ].join("\n"),
    [
    ["target", "1", null, "Các chỉ tiêu chủ yếu đến năm 2030", "Thu ngân sách tăng 5% hàng năm."],
    ["target", "2", null, "Các chỉ tiêu chủ yếu đến năm 2030", "Tỷ lệ lao động qua đào tạo: 70%."],
    ],
    "reads a heading followed on its line by its first sentence as a heading",
  ],
  [
    [
    "Hội nghị quán triệt Nghị quyết Đại hội. Nghị quyết nêu 5 nhiệm vụ và 2 chỉ tiêu chủ yếu đó là: (1) Thu ngân sách tăng 10%/năm. (2) Không còn hộ nghèo.",
    ].join("\n"),
    [
    ["target", "(1)", null, null, "Thu ngân sách tăng 10%/năm."],
    ["target", "(2)", null, null, "Không còn hộ nghèo."],
    ],
    "reads the targets after a lead sentence that names them, in a list flattened onto one line",
  ],
  [
    [
    "KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2026",
    "- Căn cứ kế hoạch năm học của nhà trường.",
    "I. Đánh giá công tác tháng 4/2026:",
    "- Tổ chức tốt các hoạt động chào mừng 30/4.",
    "II. Kế hoạch hoạt động Công đoàn tháng 5/2026",
    "1. Về tư tưởng, chính trị:",
    "- Tuyên truyền kỷ niệm ngày sinh Bác 19/5.",
    ].join("\n"),
    [
    ["task", "1", null, "Kế hoạch hoạt động Công đoàn tháng 5/2026", "Về tư tưởng, chính trị:"],
    ["task", null, "1", "Kế hoạch hoạt động Công đoàn tháng 5/2026", "Tuyên truyền kỷ niệm ngày sinh Bác 19/5."],
    ],
    "reads 'Kế hoạch hoạt động' as a task heading after a label only, and a review part as no section of items",
  ],
  [
    [
    "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030",
    "Về kinh tế: (1) Tốc độ tăng trưởng bình quân đạt 8%. (2) Thu nhập bình quân đầu người đạt 90 triệu đồng.",
    "Về văn hóa - xã hội: (3) Tỷ lệ hộ nghèo giảm còn dưới 1%. (4) 100% thôn có nhà văn hóa.",
    "Về quy hoạch, đô thị, nông thôn và môi trường: (5) Tỷ lệ xã đạt chuẩn nông thôn mới: 100%. (6) Tỷ lệ đô thị hóa đạt 40%.",
    ].join("\n"),
    [
    ["target", null, null, "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Về kinh tế:"],
    ["target", "(1)", "Về kinh tế:", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Tốc độ tăng trưởng bình quân đạt 8%."],
    ["target", "(2)", "Về kinh tế:", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Thu nhập bình quân đầu người đạt 90 triệu đồng."],
    ["target", null, null, "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Về văn hóa - xã hội:"],
    ["target", "(3)", "Về văn hóa -", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Tỷ lệ hộ nghèo giảm còn dưới 1%."],
    ["target", "(4)", "Về văn hóa -", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "100% thôn có nhà văn hóa."],
    ["target", null, null, "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Về quy hoạch, đô thị, nông thôn và môi trường:"],
    ["target", "(5)", "Về quy hoạch", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Tỷ lệ xã đạt chuẩn nông thôn mới: 100%."],
    ["target", "(6)", "Về quy hoạch", "CÁC CHỈ TIÊU CHỦ YẾU ĐẾN NĂM 2030", "Tỷ lệ đô thị hóa đạt 40%."],
    ],
    "reads an unbulleted group line ('Về kinh tế: (1) …') as the parent of the items after it",
  ],
  [
    [
    "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030:",
    "1. Về kinh tế:",
    "- Tổng giá trị sản xuất đến năm 2030 đạt 520 tỷ đồng.",
    "- Diện tích lúa: 171ha; năng suất 62 tạ/ha.",
    "- Số doanh nghiệp vào năm 2030: 20 doanh nghiệp.",
    "2. Về xã hội:",
    "- Tỷ lệ hộ nghèo còn dưới 1%.",
    ].join("\n"),
    [
    ["target", "1", null, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030", "Về kinh tế:"],
    ["target", null, "1", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030", "Tổng giá trị sản xuất đến năm 2030 đạt 520 tỷ đồng."],
    ["target", null, "1", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030", "Diện tích lúa: 171ha; năng suất 62 tạ/ha."],
    ["target", null, "1", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030", "Số doanh nghiệp vào năm 2030: 20 doanh nghiệp."],
    ["target", "2", null, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030", "Về xã hội:"],
    ["target", null, "2", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2025 - 2030", "Tỷ lệ hộ nghèo còn dưới 1%."],
    ],
    "reads an unlabelled heading naming goals and work as a target section when most of its lines state a level",
  ],
  [
    [
    "II. MỤC TIÊU, NHIỆM VỤ NĂM 2026",
    "1. Tăng cường công tác tuyên truyền, giáo dục.",
    "2. Củng cố tổ chức, nâng cao chất lượng hội viên.",
    "3. Tổ chức 02 hội thi cấp huyện.",
    ].join("\n"),
    [
    ["task", "1", null, "MỤC TIÊU, NHIỆM VỤ NĂM 2026", "Tăng cường công tác tuyên truyền, giáo dục."],
    ["task", "2", null, "MỤC TIÊU, NHIỆM VỤ NĂM 2026", "Củng cố tổ chức, nâng cao chất lượng hội viên."],
    ["task", "3", null, "MỤC TIÊU, NHIỆM VỤ NĂM 2026", "Tổ chức 02 hội thi cấp huyện."],
    ],
    "reads a heading naming goals and work as a task section when most of its lines state no level",
  ],
  [
    [
    "Ngày 05/3/2026, Ban Thường vụ ban hành Hướng dẫn số 12-HD/BTV với các nội dung chính sau:",
    "(i) Tăng cường kiểm tra, giám sát tổ chức đảng;",
    "(ii) Tập trung giải quyết khiếu nại;",
    "(iii) Tổ chức thực hiện.",
    ].join("\n"),
    [
    ["task", "(i)", null, null, "Tăng cường kiểm tra, giám sát tổ chức đảng;"],
    ["task", "(ii)", null, null, "Tập trung giải quyết khiếu nại;"],
    ["task", "(iii)", null, null, "Tổ chức thực hiện."],
    ],
    "reads a list numbered (i), (ii), (iii) with no heading as tasks with no section",
  ],
  [
    [
    "A-Nội dung, nhiệm vụ, giải pháp thực hiện.",
    "1- Nội dung, nhiệm vụ:",
    "a/ Mở chuyên mục tuyên truyền thường xuyên.",
    "b/ Biểu dương các đơn vị cung cấp thông tin.",
    "2-Tổ chức chỉ đạo, điều hành các hoạt động phối hợp",
    "a/ Thường trực Hội cử một đồng chí giúp chỉ đạo.",
    ].join("\n"),
    [
    ["task", "1", null, "Nội dung, nhiệm vụ, giải pháp thực hiện", "Nội dung, nhiệm vụ:"],
    ["task", "a", "1", "Nội dung, nhiệm vụ, giải pháp thực hiện", "Mở chuyên mục tuyên truyền thường xuyên."],
    ["task", "b", "1", "Nội dung, nhiệm vụ, giải pháp thực hiện", "Biểu dương các đơn vị cung cấp thông tin."],
    ["task", "2", null, "Nội dung, nhiệm vụ, giải pháp thực hiện", "Tổ chức chỉ đạo, điều hành các hoạt động phối hợp"],
    ["task", "a", "2", "Nội dung, nhiệm vụ, giải pháp thực hiện", "Thường trực Hội cử một đồng chí giúp chỉ đạo."],
    ],
    "reads glued dash and slash labels, and a bare heading of its section's kind followed by item siblings as the first item",
  ],
  [
    [
    "Ngày 10/01/2026, Hội Cựu chiến binh xã tổ chức hội nghị triển khai nhiệm vụ năm 2026.",
    "Hội nghị thống nhất các chỉ tiêu chủ yếu là: 100% hội viên được học tập nghị quyết; kết nạp mới 15 hội viên trở lên; xây dựng ít nhất 02 mô hình kinh tế.",
    "Hội nghị cũng khen thưởng 12 tập thể.",
    ].join("\n"),
    [
    ["target", null, null, null, "100% hội viên được học tập nghị quyết"],
    ["target", null, null, null, "kết nạp mới 15 hội viên trở lên"],
    ["target", null, null, null, "xây dựng ít nhất 02 mô hình kinh tế"],
    ],
    "reads targets in running text after a colon lead that names them, one per ';' clause, to the paragraph's end",
  ],
  [
    [
    "Đại hội thông qua 10 chỉ tiêu cụ thể cho nhiệm kỳ 2025 - 2030. Trong đó: Trên 90% hội viên tham gia sinh hoạt. Phấn đấu 100% chi hội có quỹ hội; giới thiệu ít nhất 10 hội viên ưu tú cho Đảng.",
    ].join("\n"),
    [
    ["target", null, null, null, "Trên 90% hội viên tham gia sinh hoạt."],
    ["target", null, null, null, "Phấn đấu 100% chi hội có quỹ hội;"],
    ["target", null, null, null, "giới thiệu ít nhất 10 hội viên ưu tú cho Đảng."],
    ],
    "reads a short generic lead ('Trong đó:') after a sentence that counts the targets, one target per sentence and clause",
  ],
  [
    [
    "Đại hội xác định phương hướng, nhiệm vụ trọng tâm nhiệm kỳ tới là: Phấn đấu đến năm 2030 có 80% gia đình học tập; mỗi thôn có ít nhất 01 chi hội khuyến học.",
    "Đại hội xác định phương hướng, nhiệm vụ trọng tâm nhiệm kỳ tới là: tiếp tục đổi mới phương thức hoạt động; tăng cường phối hợp với các ngành.",
    ].join("\n"),
    [
    ["target", null, null, null, "Phấn đấu đến năm 2030 có 80% gia đình học tập;"],
    ["target", null, null, null, "mỗi thôn có ít nhất 01 chi hội khuyến học."],
    ["task", null, null, null, "tiếp tục đổi mới phương thức hoạt động;"],
    ["task", null, null, null, "tăng cường phối hợp với các ngành."],
    ],
    "reads a lead naming goals and work as targets when most of its clauses state a level, as tasks when most open with a verb of work",
  ],
  [
    [
    "MỘT SỐ CHỈ TIÊU CHỦ YẾU (giai đoạn 2026 - 2030) Tốc độ tăng trưởng bình quân đạt 8%/năm. Cơ cấu kinh tế năm 2030: dịch vụ 45%; công nghiệp 35%; nông nghiệp 20%. Đến năm 2030: 100% xã đạt chuẩn nông thôn mới; 95% dân số tham gia bảo hiểm y tế. Hai khâu đột phá: phát triển hạ tầng giao thông; cải cách hành chính. Thu nhập bình quân đạt 90 triệu đồng.",
    ].join("\n"),
    [
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU (giai đoạn 2026 - 2030)", "Tốc độ tăng trưởng bình quân đạt 8%/năm."],
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU (giai đoạn 2026 - 2030)", "Cơ cấu kinh tế năm 2030: dịch vụ 45%; công nghiệp 35%; nông nghiệp 20%."],
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU (giai đoạn 2026 - 2030)", "Đến năm 2030: 100% xã đạt chuẩn nông thôn mới;"],
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU (giai đoạn 2026 - 2030)", "95% dân số tham gia bảo hiểm y tế."],
    ["task", null, null, null, "phát triển hạ tầng giao thông;"],
    ["task", null, null, null, "cải cách hành chính."],
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU (giai đoạn 2026 - 2030)", "Thu nhập bình quân đạt 90 triệu đồng."],
    ],
    "reads a target heading glued to running text: sentences and clauses are targets, the shares of a whole stay one, a breakthroughs sub-lead gives tasks to its sentence's end",
  ],
  [
    [
    "Chỉ tiêu năm 2026",
    "Kỳ họp thông qua 20 chỉ tiêu của năm 2026. Trong đó, có 12 chỉ tiêu kinh tế, 8 chỉ tiêu xã hội. Cụ thể:",
    "- Tăng trưởng kinh tế trên 8%",
    "- Thu ngân sách 1.200 tỷ đồng",
    "8 chỉ tiêu xã hội gồm:",
    "- Tỷ lệ hộ nghèo giảm 1%",
    ].join("\n"),
    [
    ["target", null, null, "Chỉ tiêu năm 2026", "Tăng trưởng kinh tế trên 8%"],
    ["target", null, null, "Chỉ tiêu năm 2026", "Thu ngân sách 1.200 tỷ đồng"],
    ["target", null, null, "Chỉ tiêu năm 2026", "Tỷ lệ hộ nghèo giảm 1%"],
    ],
    "reads no target in a lead-in that counts the targets, and does not glue a line counting the next list to the bullet before it",
  ],
  [
    [
    "LỊCH CÔNG TÁC NĂM HỌC 2026 - 2027",
    "THÁNG",
    "TUẦN",
    "NỘI DUNG CÔNG VIỆC",
    "NGƯỜI THỰC HIỆN",
    "9/2026",
    "Từ 01 - 06/9",
    "- Tổ chức khai giảng năm học mới (05/9)",
    "- Họp phụ huynh học sinh đầu năm",
    "(Chiều 12/9)",
    "- Hiệu trưởng",
    "- Tổ chuyên môn",
    "Tuần 2",
    "- Kiểm tra hồ sơ chuyên môn các tổ",
    "- Phó hiệu trưởng",
    ].join("\n"),
    [
    ["task", null, null, null, "Tổ chức khai giảng năm học mới (05/9)"],
    ["task", null, null, null, "Họp phụ huynh học sinh đầu năm (Chiều 12/9)"],
    ["task", null, null, null, "Kiểm tra hồ sơ chuyên môn các tổ"],
    ],
    "reads a schedule table flattened cell by cell: content bullets are tasks, month, week and responsible-unit cells no items",
  ],
  [
    [
    "Ngày 05/01/2026, Ủy ban nhân dân tỉnh ban hành Chỉ thị về nhiệm vụ năm 2026. Các nhiệm vụ trọng tâm như sau:",
    "- Đẩy nhanh tiến độ giải ngân vốn đầu tư công.",
    "- Tăng cường cải cách hành chính.",
    ].join("\n"),
    [
    ["task", null, null, null, "Đẩy nhanh tiến độ giải ngân vốn đầu tư công."],
    ["task", null, null, null, "Tăng cường cải cách hành chính."],
    ],
    "reads the bullets after a news paragraph whose last sentence starts with a task heading and ends with ':' as tasks",
  ],
  [
    [
    "Sáng 21/8, Đảng bộ xã An Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
    "Đại hội đề ra 12 chỉ tiêu chủ yếu, như: tốc độ tăng thu ngân sách bình quân hằng năm đạt 10%; thu nhập bình quân đầu người đến năm 2030 đạt 86 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 1,5%/năm. Đại hội bầu Ban Chấp hành gồm 33 đồng chí.",
    ].join("\n"),
    [
    ["target", null, null, null, "tốc độ tăng thu ngân sách bình quân hằng năm đạt 10%"],
    ["target", null, null, null, "thu nhập bình quân đầu người đến năm 2030 đạt 86 triệu đồng"],
    ["target", null, null, null, "tỷ lệ hộ nghèo giảm bình quân 1,5%/năm"],
    ],
    "reads targets stated in running text after a lead naming them and ending with ':', one per clause",
  ],
  [
    [
    "Về kinh tế: Tốc độ tăng trưởng bình quân đạt 7%/năm. Đến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng; tỷ lệ đô thị hóa khoảng 40%.",
    "Về xã hội: Tỷ lệ lao động qua đào tạo là 75%; tỷ lệ hộ nghèo giảm 1,5%/năm.",
    ].join("\n"),
    [
    ["target", null, null, null, "Về kinh tế:"],
    ["target", null, "Về kinh tế:", null, "Tốc độ tăng trưởng bình quân đạt 7%/năm."],
    ["target", null, "Về kinh tế:", null, "Đến năm 2030, thu nhập bình quân đầu người đạt 80 triệu đồng;"],
    ["target", null, "Về kinh tế:", null, "tỷ lệ đô thị hóa khoảng 40%."],
    ["target", null, null, null, "Về xã hội:"],
    ["target", null, "Về xã hội:", null, "Tỷ lệ lao động qua đào tạo là 75%;"],
    ["target", null, "Về xã hội:", null, "tỷ lệ hộ nghèo giảm 1,5%/năm."],
    ],
    "reads a paragraph that opens with a group label and its colon as the group and one target per clause under it",
  ],
  [
    [
    "KẾ HOẠCH",
    "THỰC HIỆN CÁC CHỈ TIÊU KINH TẾ - XÃ HỘI NĂM 2026",
    "Căn cứ Nghị quyết của Hội đồng nhân dân xã; căn cứ tình hình thực tế, Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
    "I. MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU",
    "1. Tổng thu ngân sách đạt 12 tỷ đồng.",
    "2. Tỷ lệ hộ nghèo giảm còn dưới 2%.",
    "II. TỔ CHỨC THỰC HIỆN",
    ].join("\n"),
    [
    ["target", "1", null, "MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU", "Tổng thu ngân sách đạt 12 tỷ đồng."],
    ["target", "2", null, "MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU", "Tỷ lệ hộ nghèo giảm còn dưới 2%."],
    ],
    "reads a part heading that names targets further into its text as a target heading, not the subtitle that names them",
  ],
  [
    [
    "2. Mục tiêu cụ thể",
    "- 100% trường học xây dựng quy tắc ứng xử.",
    "- Hằng năm, 100% học sinh được tuyên truyền về văn hóa ứng xử.",
    "- Phấn",
    ].join("\n"),
    [
    ["target", null, null, "Mục tiêu cụ thể", "100% trường học xây dựng quy tắc ứng xử."],
    ["target", null, null, "Mục tiêu cụ thể", "Hằng năm, 100% học sinh được tuyên truyền về văn hóa ứng xử."],
    ],
    "drops the one-word bullet a copy cut off mid-word leaves at its end",
  ],
  [
    [
    "1. Các danh hiệu thi đua: 1.1/ Tập thể: Lao động tiên tiến. 1.2/ Cá nhân: 05 chiến sĩ thi đua cơ sở. 2. Chỉ tiêu cụ thể: 2.1/Học sinh: 98% lên lớp + Khối 1: 100% hoàn thành + Khối 5: 100% hoàn thành chương trình.",
    ].join("\n"),
    [
    ["target", "1.1", null, "Các danh hiệu thi đua", "Tập thể: Lao động tiên tiến."],
    ["target", "1.2", null, "Các danh hiệu thi đua", "Cá nhân: 05 chiến sĩ thi đua cơ sở."],
    ["target", "2.1", null, "Chỉ tiêu cụ thể", "Học sinh: 98% lên lớp"],
    ["target", null, "2.1", "Chỉ tiêu cụ thể", "Khối 1: 100% hoàn thành"],
    ["target", null, "2.1", "Chỉ tiêu cụ thể", "Khối 5: 100% hoàn thành chương trình."],
    ],
    "cuts a list flattened onto one line at its slash sub-labels ('1.1/', '2.1/Học') and spaced '+' bullets",
  ],
  [
    [
    "Hội đồng nhân dân huyện vừa thông qua chương trình giám sát năm 2026. Theo đó, các Ban sẽ tập trung giám sát:",
    "* Đối với Ban Kinh tế - Xã hội:",
    "- Trước kỳ họp giữa năm:",
    "+ Về nội dung giám sát: Việc thực hiện các công trình đầu tư công.",
    "- Trước kỳ họp cuối năm:",
    "+ Về nội dung giám sát: Công tác thu ngân sách.",
    "* Đối với Ban Pháp chế:",
    "- Trước kỳ họp giữa năm:",
    "+ Về nội dung giám sát: Công tác tiếp công dân.",
    ].join("\n"),
    [
    ["task", null, null, null, "Đối với Ban Kinh tế - Xã hội:"],
    ["task", null, "Đối với Ban", null, "Trước kỳ họp giữa năm:"],
    ["task", null, "Trước kỳ họp", null, "Về nội dung giám sát: Việc thực hiện các công trình đầu tư công."],
    ["task", null, "Đối với Ban", null, "Trước kỳ họp cuối năm:"],
    ["task", null, "Trước kỳ họp", null, "Về nội dung giám sát: Công tác thu ngân sách."],
    ["task", null, null, null, "Đối với Ban Pháp chế:"],
    ["task", null, "Đối với Ban", null, "Trước kỳ họp giữa năm:"],
    ["task", null, "Trước kỳ họp", null, "Về nội dung giám sát: Công tác tiếp công dân."],
    ],
    "reads the bullets after a lead ending with ':' as the plan's items, the lower-rank bullets nested under them",
  ],
  [
    [
    "MỘT SỐ CHỈ TIÊU CHỦ YẾU",
    "- Kinh tế: tổng giá trị sản xuất tăng 9%/năm; thu ngân sách đạt 12 tỷ đồng.",
    "- Văn hóa - xã hội: 95% gia đình đạt danh hiệu gia đình văn hóa; giảm tỷ lệ hộ nghèo còn dưới 2%.",
    ].join("\n"),
    [
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "Kinh tế:"],
    ["target", null, "Kinh tế:", "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "tổng giá trị sản xuất tăng 9%/năm;"],
    ["target", null, "Kinh tế:", "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "thu ngân sách đạt 12 tỷ đồng."],
    ["target", null, null, "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "Văn hóa - xã hội:"],
    ["target", null, "Văn hóa - xã", "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "95% gia đình đạt danh hiệu gia đình văn hóa;"],
    ["target", null, "Văn hóa - xã", "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "giảm tỷ lệ hộ nghèo còn dưới 2%."],
    ],
    "reads a bulleted field label followed by its targets in running text as the group and its targets",
  ],
  [
    [
    "II. CÁC CHỈ TIÊU CHỦ YẾU",
    "1. Về kinh tế: tổng giá trị sản xuất tăng 9%/năm; thu ngân sách đạt 12 tỷ đồng.",
    "2. Về môi trường: 100% rác thải sinh hoạt được thu gom; tỷ lệ che phủ rừng đạt 45%.",
    "III. NHIỆM VỤ, GIẢI PHÁP",
    ].join("\n"),
    [
    ["target", "1", null, "CÁC CHỈ TIÊU CHỦ YẾU", "Về kinh tế:"],
    ["target", null, "1", "CÁC CHỈ TIÊU CHỦ YẾU", "tổng giá trị sản xuất tăng 9%/năm;"],
    ["target", null, "1", "CÁC CHỈ TIÊU CHỦ YẾU", "thu ngân sách đạt 12 tỷ đồng."],
    ["target", "2", null, "CÁC CHỈ TIÊU CHỦ YẾU", "Về môi trường:"],
    ["target", null, "2", "CÁC CHỈ TIÊU CHỦ YẾU", "100% rác thải sinh hoạt được thu gom;"],
    ["target", null, "2", "CÁC CHỈ TIÊU CHỦ YẾU", "tỷ lệ che phủ rừng đạt 45%."],
    ],
    "reads a numbered group label followed by its targets in running text as the group and its targets",
  ],
  [
    [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Mục tiêu chung: Nâng cao nhận thức của người dân về phòng, chống dịch bệnh.",
    "2. Chỉ tiêu: Phấn đấu 100% hộ gia đình được tuyên truyền; 90% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ; giảm 5% số ca mắc so với năm 2025.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tăng cường công tác tuyên truyền.",
    ].join("\n"),
    [
    ["target", null, null, "Chỉ tiêu", "Phấn đấu 100% hộ gia đình được tuyên truyền;"],
    ["target", null, null, "Chỉ tiêu", "90% trẻ em dưới 1 tuổi được tiêm chủng đầy đủ;"],
    ["target", null, null, "Chỉ tiêu", "giảm 5% số ca mắc so với năm 2025."],
    ["task", "1", null, "NHIỆM VỤ, GIẢI PHÁP", "Tăng cường công tác tuyên truyền."],
    ],
    "reads a labelled target heading with its targets after the colon on the same line as the heading and one target per clause",
  ],
  [
    [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "Nâng cao nhận thức của người dân về phòng, chống dịch bệnh.",
    "Chỉ tiêu cụ thể: 100% hộ gia đình được tuyên truyền; 90% trẻ em được tiêm chủng đầy đủ.",
    "II. NHIỆM VỤ, GIẢI PHÁP",
    "1. Tăng cường công tác tuyên truyền.",
    "Chỉ tiêu: 100% tổ dân phố tổ chức tuyên truyền; 95% người dân được tuyên truyền.",
    "2. Chủ động giám sát dịch bệnh.",
    ].join("\n"),
    [
    ["target", null, null, "Chỉ tiêu cụ thể", "100% hộ gia đình được tuyên truyền;"],
    ["target", null, null, "Chỉ tiêu cụ thể", "90% trẻ em được tiêm chủng đầy đủ."],
    ["task", "1", null, "NHIỆM VỤ, GIẢI PHÁP", "Tăng cường công tác tuyên truyền."],
    ["target", null, null, "NHIỆM VỤ, GIẢI PHÁP", "100% tổ dân phố tổ chức tuyên truyền"],
    ["target", null, null, "NHIỆM VỤ, GIẢI PHÁP", "95% người dân được tuyên truyền"],
    ["task", "2", null, "NHIỆM VỤ, GIẢI PHÁP", "Chủ động giám sát dịch bệnh."],
    ],
    "reads an unlabelled 'Chỉ tiêu: …; …' paragraph as a target heading with its targets where no target or task section is open, and as targets inside a task section that goes on after them",
  ],
  [
    [
    "II. PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030",
    "Tổng vốn đầu tư toàn xã hội = 900 tỷ đồng. Tốc độ tăng thu ngân sách hằng năm 8%. Cơ cấu kinh tế: dịch vụ = 60%. Công nghiệp - xây dựng = 35%. Nông nghiệp = 5%.",
    "* Về văn hóa - xã hội:",
    "Tỷ lệ hộ nghèo dưới 1%. Tỷ lệ gia đình văn hóa = 95%.",
    "III. TỔ CHỨC THỰC HIỆN",
    ].join("\n"),
    [
    ["target", null, null, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030", "Tổng vốn đầu tư toàn xã hội = 900 tỷ đồng."],
    ["target", null, null, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030", "Tốc độ tăng thu ngân sách hằng năm 8%."],
    ["target", null, null, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030", "Cơ cấu kinh tế: dịch vụ = 60%. Công nghiệp - xây dựng = 35%. Nông nghiệp = 5%."],
    ["target", null, null, "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030", "Về văn hóa - xã hội:"],
    ["target", null, "Về văn hóa -", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030", "Tỷ lệ hộ nghèo dưới 1%."],
    ["target", null, "Về văn hóa -", "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ ĐẾN NĂM 2030", "Tỷ lệ gia đình văn hóa = 95%."],
    ],
    "reads plain sentences under a heading of goals and work as targets when most state a level, the shares of a whole written as sentences as one, and the sentences after a group line as its children",
  ],
  [
    [
    "Năm 2026, Hội Cựu chiến binh huyện phấn đấu: 100% hội viên được học tập nghị quyết. Thực hiện tốt cuộc vận động xây dựng nông thôn mới; 95% cơ sở Hội đạt vững mạnh; 100% chi hội sinh hoạt định kỳ.",
    ].join("\n"),
    [
    ["target", null, null, null, "100% hội viên được học tập nghị quyết."],
    ["target", null, null, null, "Thực hiện tốt cuộc vận động xây dựng nông thôn mới;"],
    ["target", null, null, null, "95% cơ sở Hội đạt vững mạnh;"],
    ["target", null, null, null, "100% chi hội sinh hoạt định kỳ."],
    ],
    "reads the clauses after a lead '… phấn đấu:' as targets when most state a level",
  ],
  [
    [
    "C. MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026",
    "Nghị quyết đề ra 20 chỉ tiêu chủ yếu, được chia làm 2 lĩnh vực, gồm: về kinh tế có 10 chỉ tiêu, về xã hội có 10 chỉ tiêu; trong đó, tốc độ tăng trưởng kinh tế đạt 8% trở lên.",
    "D. TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026",
    "1. Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh.",
    ].join("\n"),
    [
    ["target", null, null, "MỤC TIÊU VÀ CÁC CHỈ TIÊU CHỦ YẾU NĂM 2026", "trong đó, tốc độ tăng trưởng kinh tế đạt 8% trở lên"],
    ["task", "1", null, "TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2026", "Tập trung tháo gỡ khó khăn cho sản xuất, kinh doanh."],
    ],
    "leaves out a clause that counts the targets, and reads a part heading of the leadership's focus as tasks",
  ],
  [
    [
    "2. Thu ngân sách trên địa bàn",
    "2.2.1. Một số chỉ tiêu cơ bản",
    "Về giáo dục",
    "- Huy động 99% trẻ 6 tuổi vào lớp 1. - Có thêm 2 trường đạt chuẩn quốc gia.",
    "- Tỷ lệ học sinh bỏ học dưới 0,5% (giảm 0,2%) - Tỷ lệ giáo viên đạt chuẩn 100%",
    "Về y tế",
    "- Giảm tỷ lệ suy dinh dưỡng trẻ em còn 9%.",
    ].join("\n"),
    [
    ["target", null, null, "Một số chỉ tiêu cơ bản", "Về giáo dục"],
    ["target", null, "Về giáo dục", "Một số chỉ tiêu cơ bản", "Huy động 99% trẻ 6 tuổi vào lớp 1."],
    ["target", null, "Về giáo dục", "Một số chỉ tiêu cơ bản", "Có thêm 2 trường đạt chuẩn quốc gia."],
    ["target", null, "Về giáo dục", "Một số chỉ tiêu cơ bản", "Tỷ lệ học sinh bỏ học dưới 0,5% (giảm 0,2%)"],
    ["target", null, "Về giáo dục", "Một số chỉ tiêu cơ bản", "Tỷ lệ giáo viên đạt chuẩn 100%"],
    ["target", null, null, "Một số chỉ tiêu cơ bản", "Về y tế"],
    ["target", null, "Về y tế", "Một số chỉ tiêu cơ bản", "Giảm tỷ lệ suy dinh dưỡng trẻ em còn 9%."],
    ],
    "reads a heading numbered three levels deep in a fragment, group lines without a colon, and bullets a copy glued onto one line",
  ],
  [
    [
    "Hội nghị đã thống nhất phương hướng năm 2026, trong đó Chi hội xác định kết quả cần đạt là: –",
    "– 100% hội viên tham gia sinh hoạt.",
    "– Kết nạp 15 hội viên mới.",
    "– 90% gia đình hội viên đạt gia đình văn hóa.",
    ].join("\n"),
    [
    ["target", null, null, null, "100% hội viên tham gia sinh hoạt."],
    ["target", null, null, null, "Kết nạp 15 hội viên mới."],
    ["target", null, null, null, "90% gia đình hội viên đạt gia đình văn hóa."],
    ],
    "reads the dash list after a lead naming goals that ends in 'là: –' as targets, its levels stated",
  ],
  [
    [
    "Ban Chấp hành Đoàn trường thống nhất mục tiêu năm học là",
    "- Tổ chức tốt các hoạt động chào mừng ngày Nhà giáo Việt Nam.",
    "- Duy trì nề nếp sinh hoạt chi đoàn.",
    ].join("\n"),
    [],
    "opens no target list after a goal lead ending in 'là' when the lines after it state no level",
  ],
  [
    [
    "Hội nghị Ban Chấp hành Hội Nông dân xã thống nhất đề ra 5 chỉ tiêu thi đua năm 2026 gồm các nội dung:",
    "- Vận động hội viên tham gia bảo hiểm y tế đạt 95% trở lên;",
    "- Xây dựng chi hội vững mạnh, củng cố tổ hợp tác;",
    "- Phát triển 30 hội viên mới.",
    ].join("\n"),
    [
    ["target", null, null, null, "Vận động hội viên tham gia bảo hiểm y tế đạt 95% trở lên;"],
    ["target", null, null, null, "Xây dựng chi hội vững mạnh, củng cố tổ hợp tác;"],
    ["target", null, null, null, "Phát triển 30 hội viên mới."],
    ],
    "reads the bullets after a long lead that counts targets, whatever they state, as targets",
  ],
  [
    [
    "Các chỉ tiêu chủ yếu của phường trong năm là giữ tỷ lệ hộ nghèo dưới 1%; thu ngân sách đạt 25 tỷ đồng trở lên; có 95% khu phố văn hóa.",
    ].join("\n"),
    [
    ["target", null, null, null, "giữ tỷ lệ hộ nghèo dưới 1%"],
    ["target", null, null, null, "thu ngân sách đạt 25 tỷ đồng trở lên"],
    ["target", null, null, null, "có 95% khu phố văn hóa"],
    ],
    "reads running-text targets after a lead that names them and ends in 'là' instead of a colon",
  ],
  [
    [
    "Đợt 1: Ra quân Tháng Thanh niên.",
    "Thời gian: ngày 05/3/2026.",
    "Số lượng: Huy động 300 đoàn viên tham gia.",
    "Địa điểm: Nhà văn hóa xã.",
    "Đợt 2: Chiến dịch Mùa hè xanh.",
    "Kết quả cần đạt: Làm mới 2 km đường giao thông nông thôn.",
    ].join("\n"),
    [
    ["task", "Đợt 1", null, null, "Ra quân Tháng Thanh niên."],
    ["task", null, "Đợt 1", null, "Thời gian: ngày 05/3/2026."],
    ["target", null, null, null, "Số lượng: Huy động 300 đoàn viên tham gia."],
    ["task", null, "Đợt 1", null, "Địa điểm: Nhà văn hóa xã."],
    ["task", "Đợt 2", null, null, "Chiến dịch Mùa hè xanh."],
    ["target", null, null, null, "Làm mới 2 km đường giao thông nông thôn."],
    ],
    "reads a campaign's rounds ('Đợt 1:') as tasks, their field lines ('Thời gian:', 'Địa điểm:') as tasks under them, and a field line that sets a level ('Số lượng:', 'Kết quả cần đạt:') as a target of its own",
  ],
  [
    [
    "Hội nghị đã thảo luận. Các chỉ tiêu, kế hoạch trong năm học như sau:",
    "* Về đánh giá kết quả năm học qua.",
    "- Hội nghị thống nhất các đánh giá trong báo cáo.",
    "* Các chỉ tiêu lớn:",
    "1. 100% chi đội đạt vững mạnh.",
    "2. Kết nạp 50 đội viên mới.",
    ].join("\n"),
    [
    ["target", "1", null, "Các chỉ tiêu lớn", "100% chi đội đạt vững mạnh."],
    ["target", "2", null, "Các chỉ tiêu lớn", "Kết nạp 50 đội viên mới."],
    ],
    "opens no list at a lead that names targets uncounted when no line after it states a level; a bulleted heading naming them opens it",
  ],
  [
    [
    "LỊCH CÔNG TÁC TUẦN CỦA THƯỜNG TRỰC HĐND HUYỆN",
    "(Từ ngày 06/4 đến ngày 10/4/2026)",
    "Thứ hai (06/4):",
    "* SÁNG: 1. Thường trực HĐND huyện: Họp giao ban tuần.",
    "Thành phần: Lãnh đạo các Ban.",
    "2. Chủ tịch HĐND huyện:",
    "08 giờ 30’: Dự hội nghị sơ kết quý I của xã Đông Hòa.",
    "14 giờ 00’: Tiếp công dân định kỳ.",
    "Thứ ba",
    "07/4",
    "Ban Kinh tế - Xã hội khảo sát tình hình chợ nông thôn tại xã Tây Sơn.",
    "- Ban Pháp chế giám sát công tác hòa giải ở cơ sở (chiều).",
    ].join("\n"),
    [
    ["task", "1", null, null, "Thường trực HĐND huyện: Họp giao ban tuần."],
    ["task", null, "1", null, "Thành phần: Lãnh đạo các Ban."],
    ["task", "2", null, null, "Chủ tịch HĐND huyện:"],
    ["task", null, "2", null, "08 giờ 30’: Dự hội nghị sơ kết quý I của xã Đông Hòa."],
    ["task", null, "2", null, "14 giờ 00’: Tiếp công dân định kỳ."],
    ["task", null, null, null, "Ban Kinh tế - Xã hội khảo sát tình hình chợ nông thôn tại xã Tây Sơn."],
    ["task", null, null, null, "Ban Pháp chế giám sát công tác hòa giải ở cơ sở (chiều)."],
    ],
    "reads a week's schedule by day: day lines and parts of the day are no items, each entry is a task, an hour-led entry under the lead naming who goes, a field line under its entry",
  ],
  [
    [
    "Chỉ tiêu kế hoạch năm 2026 của tỉnh",
    "STT",
    "Chỉ tiêu",
    "Đơn vị",
    "Kế hoạch năm 2026 Hội đồng nhân dân tỉnh giao",
    "Mục tiêu phấn đấu năm 2026 của Ủy ban nhân dân tỉnh",
    "1",
    "Tốc độ tăng trưởng kinh tế",
    "%",
    "Khoảng 7",
    "Khoảng 7,5",
    "2",
    "Tỷ lệ lao động qua đào tạo",
    "%",
    "Trên 70",
    "Trên 70",
    "- Trong đó: có bằng cấp, chứng chỉ",
    "%",
    "30 - 32",
    "30 - 32",
    "3",
    "Tỷ lệ che phủ rừng",
    "%",
    "Khoảng 41",
    "Khoảng 41",
    ].join("\n"),
    [
    ["target", "1", null, "Chỉ tiêu kế hoạch năm 2026 của tỉnh", "Tốc độ tăng trưởng kinh tế"],
    ["target", "2", null, "Chỉ tiêu kế hoạch năm 2026 của tỉnh", "Tỷ lệ lao động qua đào tạo"],
    ["target", null, "2", "Chỉ tiêu kế hoạch năm 2026 của tỉnh", "Trong đó: có bằng cấp, chứng chỉ"],
    ["target", "3", null, "Chỉ tiêu kế hoạch năm 2026 của tỉnh", "Tỷ lệ che phủ rừng"],
    ],
    "reads a table flattened one cell per line under long header cells (the page's headline its only heading), with a dashed sub-row that has no number of its own",
  ],
  [
    [
    "2. Chỉ tiêu kế hoạch năm 2026",
    "2.1. Chỉ tiêu cơ bản",
    "- Tuổi thọ trung bình: 75 tuổi;",
    "2.2. Chỉ tiêu chuyên môn",
    "- Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%.",
    "3. Giải pháp",
    "3.1. Tăng cường truyền thông.",
    ].join("\n"),
    [
    ["target", "2.1", null, "Chỉ tiêu kế hoạch năm 2026", "Chỉ tiêu cơ bản"],
    ["target", null, "2.1", "Chỉ tiêu kế hoạch năm 2026", "Tuổi thọ trung bình: 75 tuổi;"],
    ["target", "2.2", null, "Chỉ tiêu kế hoạch năm 2026", "Chỉ tiêu chuyên môn"],
    ["target", null, "2.2", "Chỉ tiêu kế hoạch năm 2026", "Tỷ lệ trẻ em được tiêm chủng đầy đủ đạt 95%."],
    ["task", "3.1", null, "Giải pháp", "Tăng cường truyền thông."],
    ],
    "reads numbered sub-headings of the section's own kind ('2.1. Chỉ tiêu cơ bản' under '2. Chỉ tiêu …') as its items, the parents of the lines under them",
  ],
  [
    [
    "NGHỊ QUYẾT",
    "Điều 1. Thông qua báo cáo kết quả năm 2025.",
    "Điều 2. Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2026",
    "1. Các chỉ tiêu kinh tế",
    "- Thu ngân sách trên địa bàn: 120 tỷ đồng;",
    "Điều 3. Tổ chức thực hiện",
    ].join("\n"),
    [
    ["target", "1", null, "Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2026", "Các chỉ tiêu kinh tế"],
    ["target", null, "1", "Về các chỉ tiêu chủ yếu và nhiệm vụ năm 2026", "Thu ngân sách trên địa bàn: 120 tỷ đồng;"],
    ],
    "reads a resolution's article that names targets ('Điều 2. Về các chỉ tiêu …') as the heading of their section",
  ],
  [
    [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "1. Tổng kết năm học.",
    "II. THỜI GIAN, ĐỊA ĐIỂM",
    "1. Hội nghị trù bị",
    "- 14 giờ, ngày 03/10/2026.",
    "2. Chuẩn bị",
    "- Trang trí hội trường: Chi đoàn giáo viên.",
    "III. THÀNH PHẦN THAM DỰ",
    "1. Đại biểu mời: 3 đại biểu.",
    ].join("\n"),
    [
    ["task", "1", null, "THỜI GIAN, ĐỊA ĐIỂM", "Hội nghị trù bị"],
    ["task", null, "1", "THỜI GIAN, ĐỊA ĐIỂM", "14 giờ, ngày 03/10/2026."],
    ["task", "2", null, "THỜI GIAN, ĐỊA ĐIỂM", "Chuẩn bị"],
    ["task", null, "2", "THỜI GIAN, ĐỊA ĐIỂM", "Trang trí hội trường: Chi đoàn giáo viên."],
    ],
    "reads an event plan's parts under 'Thời gian, địa điểm' as tasks; the attendees' section gives none",
  ],
  [
    [
    "II. NỘI DUNG",
    "1. Tổ chức hội thi kể chuyện.",
    "III. THỜI GIAN, ĐỊA ĐIỂM",
    "- Thời gian: ngày 12/11/2026.",
    "- Địa điểm: Hội trường nhà văn hóa.",
    ].join("\n"),
    [
    ["task", "1", null, "NỘI DUNG", "Tổ chức hội thi kể chuyện."],
    ],
    "reads no item under 'Thời gian, địa điểm' when only field lines follow it",
  ],
  [
    [
    "Thứ Năm, ngày 16/4/2026",
    "- 7 giờ 30, đồng chí Bí thư Huyện ủy dự hội nghị sơ kết quý I.",
    "- 14 giờ, đồng chí Phó Bí thư làm việc tại cơ quan.",
    "Thứ Sáu, ngày 17/4/2026",
    "Chủ tịch: 8 giờ, kiểm tra công tác chuẩn bị hội thao.",
    ].join("\n"),
    [
    ["task", null, null, null, "7 giờ 30, đồng chí Bí thư Huyện ủy dự hội nghị sơ kết quý I."],
    ["task", null, null, null, "14 giờ, đồng chí Phó Bí thư làm việc tại cơ quan."],
    ["task", null, null, null, "Chủ tịch: 8 giờ, kiểm tra công tác chuẩn bị hội thao."],
    ],
    "reads a week's schedule whose copy lost its title by its dated day lines",
  ],
  [
    [
    "Mục tiêu của đợt vận động năm 2026 là hỗ trợ ít nhất 800 hộ khó khăn. Cụ thể, các phần việc bao gồm: sửa chữa 12 nhà ở; tặng 300 suất quà cho học sinh nghèo.",
    ].join("\n"),
    [
    ["target", null, null, null, "hỗ trợ ít nhất 800 hộ khó khăn."],
    ["target", null, null, null, "sửa chữa 12 nhà ở;"],
    ["target", null, null, null, "tặng 300 suất quà cho học sinh nghèo."],
    ],
    "reads the goal a sentence states after 'Mục tiêu … là' and the clauses after a generic lead with words between ('Cụ thể, … bao gồm:') as targets",
  ],
  [
    [
    "Đó là một trong những chỉ tiêu của Hội trong Tháng Nhân đạo năm 2026.",
    "Cụ thể: mỗi chi hội vận động ít nhất 2 nhà hảo tâm; toàn huyện tặng 150 suất quà.",
    ].join("\n"),
    [
    ["target", null, null, null, "mỗi chi hội vận động ít nhất 2 nhà hảo tâm;"],
    ["target", null, null, null, "toàn huyện tặng 150 suất quà."],
    ],
    "reads the clauses after a generic lead that opens its paragraph ('Cụ thể:') as targets when the paragraph before names them",
  ],
  [
    [
    "THÔNG BÁO",
    "Định hướng trọng tâm công tác năm 2026",
    "1. Công tác tuyên truyền, vận động nhân dân",
    "1.1. Về công tác thông tin",
    "- Tiếp tục tuyên truyền các nghị quyết của Đảng.",
    ].join("\n"),
    [
    ["task", "1", null, null, "Công tác tuyên truyền, vận động nhân dân"],
    ["task", "1.1", "1", null, "Về công tác thông tin"],
    ["task", null, "1.1", null, "Tiếp tục tuyên truyền các nghị quyết của Đảng."],
    ],
    "reads a list cut after its first item as a list when that item has numbered sub-items",
  ],
  [
    [
    "Các chỉ tiêu chủ yếu năm 2026:",
    "- Tốc độ tăng trưởng kinh tế đạt 7%.",
    "- Tỷ lệ hộ nghèo giảm 1,5%.",
    "• Tin tức",
    "• Đào tạo",
    ].join("\n"),
    [
    ["target", null, null, "Các chỉ tiêu chủ yếu năm 2026", "Tốc độ tăng trưởng kinh tế đạt 7%."],
    ["target", null, null, "Các chỉ tiêu chủ yếu năm 2026", "Tỷ lệ hộ nghèo giảm 1,5%."],
    ],
    "reads no target in a web page's menu bullets of one or two words after the list",
  ],
  [
    [
    "Đại hội chi đoàn thống nhất phương hướng, chỉ tiêu phấn đấu năm 2027:",
    "100% đoàn viên tham gia học tập nghị quyết.",
    "Mỗi đoàn viên có ít nhất một phần việc thanh niên.",
    "Giữ vững danh hiệu Chi đoàn vững mạnh.",
    "Đại hội kêu gọi toàn thể đoàn viên nỗ lực thi đua. Ban Chấp hành sẽ sơ kết vào cuối năm.",
    ].join("\n"),
    [
    ["target", null, null, null, "100% đoàn viên tham gia học tập nghị quyết."],
    ["target", null, null, null, "Mỗi đoàn viên có ít nhất một phần việc thanh niên."],
    ["target", null, null, null, "Giữ vững danh hiệu Chi đoàn vững mạnh."],
    ],
    "reads plain lines after a lead naming targets as targets when they state levels, not the prose after them",
  ],
  [
    [
    "I. MỤC TIÊU",
    "- Năm 2027 có thêm 12 sản phẩm đạt 3 sao trở lên.",
    "- Duy trì chất lượng các sản phẩm đã công nhận.",
    "- Có ít nhất 02 làng nghề có sản phẩm đạt 4 sao.",
    "II. NHIỆM VỤ",
    "1. Tổ chức đánh giá sản phẩm.",
    ].join("\n"),
    [
    ["target", null, null, "MỤC TIÊU", "Năm 2027 có thêm 12 sản phẩm đạt 3 sao trở lên."],
    ["target", null, null, "MỤC TIÊU", "Duy trì chất lượng các sản phẩm đã công nhận."],
    ["target", null, null, "MỤC TIÊU", "Có ít nhất 02 làng nghề có sản phẩm đạt 4 sao."],
    ["task", "1", null, "NHIỆM VỤ", "Tổ chức đánh giá sản phẩm."],
    ],
    "reads a heading of aims whose bullets state levels as a target section",
  ],
  [
    [
    "I. MỤC TIÊU",
    "- Giúp hội viên hiểu rõ truyền thống của Hội.",
    "- Góp phần xây dựng tổ chức Hội vững mạnh.",
    "II. NHIỆM VỤ",
    "1. Tổ chức đánh giá sản phẩm.",
    ].join("\n"),
    [
    ["task", "1", null, "NHIỆM VỤ", "Tổ chức đánh giá sản phẩm."],
    ],
    "reads no target under a heading of aims written as prose",
  ],
  [
    [
    "Hội nghị đề ra 6 nội dung thực hiện trong quý III năm 2027, trọng tâm: tiếp tục củng cố chi hội; tuyên truyền, vận động hội viên tham gia bảo hiểm y tế; chuẩn bị tốt hội thi cấp huyện.",
    "Năm 2026 Hội đã làm tốt các phần việc: thăm hỏi hội viên; tặng 40 suất quà.",
    ].join("\n"),
    [
    ["task", null, null, null, "tiếp tục củng cố chi hội;"],
    ["task", null, null, null, "tuyên truyền, vận động hội viên tham gia bảo hiểm y tế;"],
    ["task", null, null, null, "chuẩn bị tốt hội thi cấp huyện."],
    ],
    "reads work listed in running text after a lead naming work, not work a review reports done",
  ],
  [
    [
    "II. MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030",
    "- Tập trung khai thác tiềm năng du lịch của huyện.",
    "- Đẩy mạnh chuyển dịch cơ cấu kinh tế theo hướng dịch vụ.",
    "- Tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm.",
    "- Thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng.",
    ].join("\n"),
    [
    ["task", null, null, "MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "Tập trung khai thác tiềm năng du lịch của huyện."],
    ["task", null, null, "MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "Đẩy mạnh chuyển dịch cơ cấu kinh tế theo hướng dịch vụ."],
    ["target", null, null, "MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "Tốc độ tăng trưởng kinh tế bình quân đạt 9%/năm."],
    ["target", null, null, "MỤC TIÊU, NHIỆM VỤ GIAI ĐOẠN 2026 - 2030", "Thu nhập bình quân đầu người đến năm 2030 đạt 80 triệu đồng."],
    ],
    "reads a list split between work and levels under a heading naming goals and work line by line",
  ],
  [
    [
    "2. Chỉ tiêu năm 2027",
    "a) Chỉ tiêu chung",
    "- Tuổi thọ trung bình đạt 74 tuổi;",
    "b) Chỉ tiêu chuyên môn",
    "- Tỷ lệ phụ nữ được khám sàng lọc đạt 60%.",
    "3. Nhiệm vụ",
    "- Tổ chức tập huấn.",
    ].join("\n"),
    [
    ["target", "a", null, "Chỉ tiêu năm 2027", "Chỉ tiêu chung"],
    ["target", null, "a", "Chỉ tiêu năm 2027", "Tuổi thọ trung bình đạt 74 tuổi;"],
    ["target", "b", null, "Chỉ tiêu năm 2027", "Chỉ tiêu chuyên môn"],
    ["target", null, "b", "Chỉ tiêu năm 2027", "Tỷ lệ phụ nữ được khám sàng lọc đạt 60%."],
    ["task", null, null, "Nhiệm vụ", "Tổ chức tập huấn."],
    ],
    "reads lettered group lines under a target heading as its items, the parents of the bullets under them",
  ],
  [
    [
    "1. Thời gian: sáng thứ Hai, ngày 15/5/2027.",
    "2. Địa điểm: Sân trường.",
    "3. Sử dụng kinh phí quỹ đội:",
    "- Trích 10% quỹ về Hội đồng Đội xã.",
    ].join("\n"),
    [
    ["task", "3", null, null, "Sử dụng kinh phí quỹ đội:"],
    ["task", null, "3", null, "Trích 10% quỹ về Hội đồng Đội xã."],
    ],
    "reads a line of work after an event's field headings as a task with its bullets under it",
  ],
  [
    [
    "II. Các hoạt động",
    "1. Hội diễn văn nghệ",
    "- Địa điểm: Hội trường xã.",
    "- Số lượng tiết mục: 04 - 06 tiết mục.",
    ].join("\n"),
    [
    ["task", "1", null, "Các hoạt động", "Hội diễn văn nghệ"],
    ["task", null, "1", "Các hoạt động", "Địa điểm: Hội trường xã."],
    ["target", null, null, null, "Số lượng tiết mục: 04 - 06 tiết mục."],
    ],
    "reads a field bullet that sets a level ('Số lượng …:') as a target of its own",
  ],
  [
    [
    "Một số chỉ tiêu chủ yếu:",
    "Về môi trường: Tỷ lệ hộ dùng nước sạch đạt trên 90%.Độ che phủ rừng đạt 45%; thu gom 95% rác thải. Thu nhập bình quân đạt 4.000 USD. Cơ cấu kinh tế: dịch vụ 50%; công nghiệp 35%; nông nghiệp 15%.",
    ].join("\n"),
    [
    ["target", null, null, "Một số chỉ tiêu chủ yếu", "Về môi trường:"],
    ["target", null, "Về môi trườn", "Một số chỉ tiêu chủ yếu", "Tỷ lệ hộ dùng nước sạch đạt trên 90%."],
    ["target", null, "Về môi trườn", "Một số chỉ tiêu chủ yếu", "Độ che phủ rừng đạt 45%;"],
    ["target", null, "Về môi trườn", "Một số chỉ tiêu chủ yếu", "thu gom 95% rác thải."],
    ["target", null, "Về môi trườn", "Một số chỉ tiêu chủ yếu", "Thu nhập bình quân đạt 4.000 USD."],
    ["target", null, "Về môi trườn", "Một số chỉ tiêu chủ yếu", "Cơ cấu kinh tế: dịch vụ 50%; công nghiệp 35%; nông nghiệp 15%."],
    ],
    "reads a sentence end that lost its space, and a unit in capitals ending a sentence, as sentence ends",
  ],
  [
    [
    "MỤC ĐÍCH:",
    "- Lập thành tích chào mừng ngày thành lập Đoàn.",
    "- Thúc đẩy phong trào rèn luyện thể thao.",
    ].join("\n"),
    [],
    "reads no item in the bullets under an unmarked heading of aims",
  ],
  [
    [
    "Năm 2027, tỉnh phấn đấu giảm tỷ lệ hộ nghèo bình quân 1,5%/năm. Riêng:",
    "- Các xã khó khăn giảm tỷ lệ hộ nghèo 3%/năm;",
    "- Hộ nghèo dân tộc thiểu số giảm từ 2% đến 3%/năm.",
    ].join("\n"),
    [
    ["target", null, null, null, "Các xã khó khăn giảm tỷ lệ hộ nghèo 3%/năm;"],
    ["target", null, null, null, "Hộ nghèo dân tộc thiểu số giảm từ 2% đến 3%/năm."],
    ],
    "reads a short generic lead ('Riêng:') by what the sentence before it names",
  ],
  [
    [
    "Kế hoạch đặt ra mục tiêu cụ thể: 90% hộ gia đình đạt danh hiệu gia đình văn hóa.",
    "100% thôn có nhà văn hóa.",
    "Xã được công nhận đạt chuẩn văn minh.",
    "Để thực hiện kế hoạch, Ủy ban nhân dân xã giao các ngành phối hợp triển khai.",
    ].join("\n"),
    [
    ["target", null, null, null, "90% hộ gia đình đạt danh hiệu gia đình văn hóa."],
    ["target", null, null, null, "100% thôn có nhà văn hóa."],
    ["target", null, null, null, "Xã được công nhận đạt chuẩn văn minh."],
    ],
    "reads plain lines stating levels after a paragraph whose lead gives the first target",
  ],
  [
    [
    "I. MỤC ĐÍCH, YÊU CẦU",
    "- Nâng cao chất lượng hoạt động của Hội.",
    "II. NHỮNG CON SỐ CẦN ĐẠT TRONG NĂM 2027",
    "- 100% chi hội tổ chức sinh hoạt định kỳ.",
    "- Kết nạp 150 hội viên mới.",
    "- Có ít nhất 02 mô hình kinh tế tập thể.",
    "III. THÀNH PHẦN THAM DỰ",
    "1. Đại biểu mời:",
    "- Thường trực Đảng ủy xã: 2 đại biểu.",
    "- Ủy ban nhân dân xã: 2 đại biểu.",
    ].join("\n"),
    [
    ["target", null, null, "NHỮNG CON SỐ CẦN ĐẠT TRONG NĂM 2027", "100% chi hội tổ chức sinh hoạt định kỳ."],
    ["target", null, null, "NHỮNG CON SỐ CẦN ĐẠT TRONG NĂM 2027", "Kết nạp 150 hội viên mới."],
    ["target", null, null, "NHỮNG CON SỐ CẦN ĐẠT TRONG NĂM 2027", "Có ít nhất 02 mô hình kinh tế tập thể."],
    ],
    "reads a part heading the vocabulary does not know as targets when its list states levels, not a list of places under another section",
  ],
  [
    [
    "Ủy ban nhân dân huyện vừa ban hành kế hoạch năm 2027. Mục tiêu của kế hoạch là giảm ít nhất 10% số vụ tai nạn giao thông; tỷ lệ hộ dùng nước sạch đạt 95%.",
    "Để đạt các mục tiêu trên, Ban chỉ đạo đã đề ra các nhiệm vụ cần tập trung, cụ thể là: Tăng cường kiểm tra an toàn giao thông; Đẩy mạnh tuyên truyền.",
    ].join("\n"),
    [
    ["target", null, null, null, "giảm ít nhất 10% số vụ tai nạn giao thông;"],
    ["target", null, null, null, "tỷ lệ hộ dùng nước sạch đạt 95%."],
    ["task", null, null, null, "Tăng cường kiểm tra an toàn giao thông;"],
    ["task", null, null, null, "Đẩy mạnh tuyên truyền."],
    ],
    "reads a goal stated after 'Mục tiêu … là' without a colon, and work a decision ('đã đề ra') lists",
  ],
];

// the no-items check (`noItems`): a text with no section of targets or tasks says so
const warnings: Array<Row<readonly string[], string[]>> = [
  [["Tin vắn", "Lịch trực cơ quan tuần này."], ["meta/no-title", "meta/no-province", "structure/no-items"], "a text with no section of targets or tasks"],
];

export const corpus = [
  examplesOf({ id: "structure", rule: "structure", read: treeOf, rows: plans }),
  examplesOf({ id: "no items", rule: "no-items", read: (l: readonly string[]) => planOf(l).warnings.map((w) => w.code), rows: warnings }),
];
