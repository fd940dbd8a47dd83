// Section headings (đề mục): the words a heading starts with, and the kind of section it opens
// (gold README, "Sections and items"). rules/sections.ts builds them into patterns with
// rules/vocab/pattern.ts ("full" view: no diacritics, lower case, either tone style), so a row is
// written once, as in a plan, and matches "MỘT SỐ CHỈ TIÊU CHỦ YẾU", "Một số chỉ tiêu chủ yếu:",
// "Mot so chi tieu chu yeu".
//
// How a row matches the heading's text (its label "II." / "2." already removed):
//   - at the start, after an optional "các", "một số" or "những" (DETERMINERS) or a count ("15
//     chỉ tiêu trọng tâm năm 2023", "6 CHỈ TIÊU CƠ BẢN": the count is no quantity);
//   - then a word boundary, and anything may follow ("Một số chỉ tiêu cơ bản năm 2025:"),
//     unless the row says `whole: true`: then nothing but a final ":", "." or ";" may follow
//     ("Chỉ tiêu" alone is a heading; "Chỉ tiêu tăng trưởng kinh tế" is not);
//   - ", " between words may be written without its comma ("Nhiệm vụ, giải pháp" / "Nhiệm vụ giải pháp").
// Kinds: "target" (chỉ tiêu: its numbered lines are targets), "task" (nhiệm vụ, giải pháp, hoạt
// động: tasks), "mixed" (a heading that names goals and work together: "PHƯƠNG HƯỚNG, MỤC TIÊU,
// NHIỆM VỤ CHỦ YẾU NHIỆM KỲ …", "Mục tiêu, nhiệm vụ": its lines are targets when most of them state
// a level to reach, else tasks; rules/section-heads.ts decides), "other" (a section whose numbered lines are not items: "Mục đích, yêu cầu",
// "Kinh phí"), "frame" (not a section: a labelled line of the plan's frame, not a topic of work,
// inside a section: "Bối cảnh", "Căn cứ xây dựng kế hoạch"). When rows of several kinds match, the
// first kind in that order wins ("Phân công nhiệm vụ" is a task, "Phân công" alone other).
//
// A row marked `labelled` opens a section only after a label ("II. Kế hoạch hoạt động tháng
// 5/2020"): the same words alone on a line are the plan's title ("KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2020",
// "CHƯƠNG TRÌNH HÀNH ĐỘNG").
//
// Add a heading: one row here, and one example row in rules/sections.examples.ts.

export type HeadingKind = "target" | "task" | "mixed" | "other" | "frame";

export interface HeadingRow {
  phrase: string;
  kind: HeadingKind;
  /** the heading is the phrase alone (apart from a final ":", "." or ";") */
  whole?: boolean;
  /** a heading only after a label ("II. CHƯƠNG TRÌNH HÀNH ĐỘNG …"): unlabelled, the words are a title line */
  labelled?: boolean;
  /** a task heading only when numbered parts follow it ("1. Hội nghị trù bị"), else a section of no items */
  parts?: boolean;
}

/** Words that may come before any heading phrase: "Các nhiệm vụ trọng tâm", "Một số chỉ tiêu cơ bản". */
export const DETERMINERS = ["các", "một số", "những"];

const target = (phrase: string, whole?: true): HeadingRow => ({ phrase, kind: "target", whole });
const task = (phrase: string, whole?: true): HeadingRow => ({ phrase, kind: "task", whole });
const other = (phrase: string, whole?: true): HeadingRow => ({ phrase, kind: "other", whole });
const frame = (phrase: string): HeadingRow => ({ phrase, kind: "frame" });
const mixed = (phrase: string, whole?: true): HeadingRow => ({ phrase, kind: "mixed", whole });
const labelledTask = (phrase: string): HeadingRow => ({ phrase, kind: "task", labelled: true });
const eventParts = (phrase: string): HeadingRow => ({ phrase, kind: "task", parts: true });

export const HEADINGS: readonly HeadingRow[] = [
  // chỉ tiêu = target
  target("chỉ tiêu", true),
  target("chỉ tiêu cơ bản"),
  target("chỉ tiêu chủ yếu"),
  target("chỉ tiêu cụ thể"),
  target("chỉ tiêu trọng tâm"),
  target("chỉ tiêu phấn đấu"),
  target("chỉ tiêu thi đua"),
  target("chỉ tiêu năm"), // "Chỉ tiêu năm 2025"
  target("chỉ tiêu đến năm"),
  target("chỉ tiêu trong năm"),
  target("chỉ tiêu giai đoạn"),
  target("chỉ tiêu nhiệm kỳ"),
  target("chỉ tiêu và"), // "Chỉ tiêu và nhiệm vụ"
  target("mục tiêu, chỉ tiêu"),
  target("mục tiêu và chỉ tiêu"),
  target("mục tiêu, các chỉ tiêu"), // "I. MỤC TIÊU, CÁC CHỈ TIÊU"
  target("mục tiêu và các chỉ tiêu"),
  target("thực hiện chỉ tiêu"), // "THỰC HIỆN CHỈ TIÊU NHIỆM KỲ"
  target("thực hiện các chỉ tiêu"),
  // "Mục tiêu cụ thể" (health, education plans): the measurable goals under the general one
  target("mục tiêu cụ thể"), // "Mục tiêu cụ thể năm 2025", "… đến năm 2026", "… theo tình huống dịch"
  // measurable goals named by their period or weight: "Mục tiêu cơ bản đến năm 2025", "Mục tiêu năm 2026"
  target("mục tiêu cơ bản"),
  target("mục tiêu chủ yếu"),
  target("mục tiêu năm"),
  target("mục tiêu đến năm"),
  target("mục tiêu giai đoạn"),
  target("mục tiêu phấn đấu", true),
  target("mục tiêu phấn đấu năm"),
  target("mục tiêu phấn đấu đến"),
  target("nội dung chỉ tiêu"), // "Nội dung chỉ tiêu cụ thể"
  target("chỉ tiêu chính"), // "Những chỉ tiêu chính"
  // other words a plan qualifies its targets by: "* Các chỉ tiêu lớn:", "Các chỉ tiêu quan trọng năm 2026",
  // "Chỉ tiêu chuyên môn" (a school), "Các chỉ tiêu được giao", "Chỉ tiêu đăng ký" (an emulation compact)
  target("chỉ tiêu lớn"),
  target("chỉ tiêu quan trọng"),
  target("chỉ tiêu chung"),
  target("chỉ tiêu định lượng"),
  target("chỉ tiêu cần đạt"),
  target("chỉ tiêu phải đạt"),
  target("chỉ tiêu kế hoạch"),
  target("chỉ tiêu chuyên môn"),
  target("chỉ tiêu được giao"),
  target("chỉ tiêu giao"),
  target("chỉ tiêu đăng ký"),
  target("chỉ tiêu hoạt động"),
  target("chỉ tiêu công tác"),
  // a school's or a unit's emulation titles to reach ("Các danh hiệu thi đua:" / "Tập thể: Lao động tiên tiến")
  target("danh hiệu thi đua"),
  target("đăng ký danh hiệu thi đua"),
  target("đăng ký thi đua"),

  // nhiệm vụ = task
  task("nhiệm vụ", true),
  task("nhiệm vụ trọng tâm"),
  task("nhiệm vụ chủ yếu"),
  task("nhiệm vụ cụ thể"),
  task("nhiệm vụ trong năm"),
  task("nhiệm vụ và giải pháp"),
  task("nhiệm vụ, giải pháp"),
  task("giải pháp", true),
  task("giải pháp chủ yếu"),
  task("giải pháp thực hiện"),
  task("giải pháp trọng tâm"),
  task("nội dung", true),
  task("nội dung hoạt động"),
  task("nội dung thực hiện"),
  task("nội dung trọng tâm"),
  task("nội dung công tác"),
  task("nội dung triển khai"),
  task("nội dung chủ yếu"),
  task("nội dung cụ thể"),
  task("nội dung, nhiệm vụ"),
  task("nội dung và nhiệm vụ"),
  task("nội dung, giải pháp"),
  task("nội dung và giải pháp"), // "Nội dung và giải pháp thực hiện"
  // an event's or a campaign's content and form ("II. NỘI DUNG - HÌNH THỨC TỔ CHỨC": the activities, then how they are held)
  task("nội dung, hình thức"),
  task("nội dung và hình thức"),
  task("nội dung - hình thức"),
  task("nội dung – hình thức"),
  task("hoạt động", true),
  task("hoạt động,"), // "Hoạt động, phong trào …"
  task("hoạt động, sự kiện"),
  task("hoạt động trọng tâm"),
  task("hoạt động chính"),
  task("hoạt động cụ thể"),
  task("hoạt động trong năm"),
  task("hoạt động chủ yếu"),
  // an observance plan's activities
  task("hoạt động kỷ niệm"),
  task("hoạt động hưởng ứng"),
  task("hoạt động chào mừng"),
  task("tổ chức hoạt động"),
  task("tổ chức các hoạt động"), // "Tổ chức một số hoạt động, sự kiện …"
  task("tổ chức một số hoạt động"),
  task("tổ chức thực hiện", true),
  task("chương trình, hoạt động"),
  // who does what: the same kind of items as "Tổ chức thực hiện"
  task("phân công nhiệm vụ"),
  task("phân công thực hiện"),
  task("phân công trách nhiệm"),
  // the plan's activities listed with their dates
  task("tiến độ thực hiện"),
  task("tiến độ triển khai"),
  task("tiến độ tổ chức"),
  task("lộ trình, tiến độ thực hiện"),
  task("lộ trình, tiến độ triển khai"),
  task("lộ trình, tiến độ tổ chức"),
  // an event's plan (a congress, a festival, a contest): its parts with when and where they are held
  // ("II. Thời gian, địa điểm" / "1. Đại hội trù bị" / "- 9 giờ, ngày …"), and what is got ready for it
  // (these four only when numbered parts follow, not field lines: "- Thời gian: …" / "- Địa điểm: …" give no item)
  eventParts("thời gian, địa điểm"),
  eventParts("thời gian và địa điểm"),
  eventParts("thời gian - địa điểm"),
  eventParts("thời gian, địa điểm, thành phần"),
  task("công tác chuẩn bị"),
  task("chuẩn bị", true),
  task("phân công chuẩn bị"),
  task("nhiệm vụ chung"),
  task("trọng tâm công tác"),
  task("trọng tâm chỉ đạo"), // "D. TRỌNG TÂM CHỈ ĐẠO, ĐIỀU HÀNH NĂM 2023"
  task("trọng tâm hoạt động"),
  task("công tác trọng tâm"),
  task("nội dung kế hoạch"),
  task("nội dung tuyên truyền"),
  task("phương hướng hoạt động"),
  labelledTask("chương trình hành động"),
  labelledTask("chương trình công tác"),
  labelledTask("kế hoạch hoạt động"), // "II. Kế hoạch hoạt động Công đoàn tháng 5/2020"
  // a monthly or weekly plan's own part after the review of the month before ("I. Đánh giá công tác
  // tháng 9" / "II. Kế hoạch công tác tháng 10/2019", "II. Công tác tháng 10", "II. Kế hoạch tuần 5")
  labelledTask("kế hoạch công tác"),
  labelledTask("kế hoạch tháng"),
  labelledTask("kế hoạch tuần"),
  labelledTask("công tác tháng"),
  labelledTask("công tác tuần"),
  labelledTask("hoạt động tháng"),
  // "III- KẾ HOẠCH TỔ CHỨC THỰC HIỆN CHƯƠNG TRÌNH": the plan's own part of work after its aims
  labelledTask("kế hoạch tổ chức thực hiện"),
  labelledTask("kế hoạch thực hiện"),
  labelledTask("kế hoạch triển khai"),

  // goals and work named together: targets or tasks by what the lines under it say
  mixed("phương hướng, nhiệm vụ"), // "PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026": levels to reach ("100% chi hội …") or work
  mixed("phương hướng", true), // "II. PHƯƠNG HƯỚNG" alone
  mixed("phương hướng, mục tiêu"), // "PHƯƠNG HƯỚNG, MỤC TIÊU, NHIỆM VỤ CHỦ YẾU NHIỆM KỲ 2015-2020"
  mixed("phương hướng và mục tiêu"),
  mixed("mục tiêu, nhiệm vụ"), // "Mục tiêu, nhiệm vụ, giải pháp chủ yếu"
  mixed("mục tiêu và nhiệm vụ"),
  mixed("mục tiêu, giải pháp"),
  mixed("mục tiêu và giải pháp"),
  mixed("mục tiêu, phương hướng"),

  // sections whose numbered paragraphs are not items
  other("mục đích"),
  other("mục tiêu, yêu cầu"), // "I. MỤC TIÊU, YÊU CẦU": the plan's aims, then "2. Mục tiêu cụ thể" nested in it
  other("mục tiêu và yêu cầu"),
  other("phương châm"), // "B. PHƯƠNG CHÂM HÀNH ĐỘNG": a motto
  other("khẩu hiệu"),
  other("nguyên tắc"), // "II. NGUYÊN TẮC XÉT TUYỂN"
  other("yêu cầu"),
  other("kinh phí"),
  other("chế độ báo cáo"),
  other("chế độ thông tin, báo cáo"),
  other("đánh giá kết quả"),
  other("đánh giá tình hình"),
  other("kết quả đạt được"),
  other("kết quả thực hiện"),
  other("tình hình"),
  other("quan điểm"),
  other("mục tiêu", true),
  other("mục tiêu chung", true),
  other("mục tiêu tổng quát", true),
  other("đối tượng"),
  // who attends an event ("III. Thành phần tham dự", "Thành phần mời", "Đại biểu")
  other("thành phần"),
  other("đại biểu", true),
  other("thời gian"),
  // "CHỦ ĐỀ, THỜI GIAN", "Chủ đề năm": the theme line and the campaign's span are not items
  other("chủ đề"),
  other("phân công"),
  // review and situation parts: their paragraphs state levels reached, not levels to reach
  other("đặc điểm tình hình"),
  other("dự báo tình hình"),
  other("đánh giá"), // "Đánh giá công tác tháng 4/2025", "Đánh giá chung"
  other("kết quả năm"), // "KẾT QUẢ NĂM 2024"
  other("kết quả công tác"),
  other("thành tựu"), // "I. Thành tựu kinh tế - xã hội năm 2025": what was reached
  other("phương hướng chung"),
  // a presentation of the unit or the situation before the plan proper ("II – GIỚI THIỆU CHUNG VỀ CHI
  // ĐOÀN", "Thực trạng …", "Khái quát tình hình …", "Đặc điểm chung"): its lines describe, they set no work
  other("giới thiệu chung"),
  other("giới thiệu", true),
  other("giới thiệu về"),
  other("thực trạng"),
  other("khái quát"),
  other("đặc điểm chung"),
  other("tóm tắt tình hình"),
  // who directs and who runs a programme ("II. CƠ CẤU ĐƠN VỊ CHỈ ĐẠO VÀ TỔ CHỨC", "Ban Tổ chức", "Đơn vị phối
  // hợp"): its lines name bodies, they set no work
  other("cơ cấu tổ chức"),
  other("cơ cấu đơn vị"),
  other("cơ cấu ban tổ chức"),
  other("đơn vị chỉ đạo"),
  other("đơn vị tổ chức"),
  other("đơn vị phối hợp"),
  other("đơn vị thực hiện"),
  other("ban tổ chức", true),
  other("thành lập ban tổ chức"),
  other("ban chỉ đạo", true),

  // a labelled line of the plan's frame inside a section, not a topic of work
  frame("bối cảnh"),
  frame("căn cứ"),
  frame("sự cần thiết"),
  frame("đặc điểm"),
  frame("kết quả"),
  frame("đánh giá"),
  // a school's or an association's statement of purpose: "Tầm nhìn", "Sứ mệnh", "ĐỊNH HƯỚNG CHIẾN LƯỢC", "MỤC TIÊU HOẠT ĐỘNG"
  frame("mục tiêu"),
  frame("định hướng"),
  frame("tầm nhìn"),
  frame("sứ mệnh"),
];

/**
 * The title of a work schedule (lịch công tác, lịch làm việc of a week or a month, an event's
 * programme by day): "LỊCH LÀM VIỆC CỦA LÃNH ĐẠO UBND XÃ …", "Lịch công tác tuần 12 của Thường trực …",
 * "CHƯƠNG TRÌNH CÔNG TÁC TUẦN". Its entries under each day ("Thứ hai (14/3):", "Thứ ba" / "15/3") are
 * tasks (rules/structure/bounds.ts `weekSchedule`).
 */
export const SCHEDULE_TITLES = [
  "lịch làm việc", "lịch công tác", "lịch hoạt động", "lịch trực", "lịch tuần", "lịch tiếp công dân",
  "chương trình công tác tuần", "chương trình công tác tháng", "chương trình làm việc", "lịch sinh hoạt",
];

/** A day of the week as a schedule names it, folded: "Thứ hai", "THỨ 3", "Chủ nhật". */
export const WEEKDAYS = [
  "thứ hai", "thứ ba", "thứ tư", "thứ năm", "thứ sáu", "thứ bảy", "chủ nhật",
  "thứ 2", "thứ 3", "thứ 4", "thứ 5", "thứ 6", "thứ 7", "cn",
];

/** A part of a day in a schedule: "Sáng:", "* CHIỀU:", "Buổi tối". */
export const DAY_PARTS = ["sáng", "chiều", "tối", "trưa", "buổi sáng", "buổi chiều", "buổi tối", "buổi trưa", "cả ngày"];

/**
 * Words that name a kind further into a heading, tried when no row above matches at its start: "I.
 * MỤC TIÊU TỔNG QUÁT VÀ CÁC CHỈ TIÊU CHỦ YẾU GIAI ĐOẠN 2020 - 2025", "II. NĂM 2026 PHẤN ĐẤU THỰC
 * HIỆN CÁC CHỈ TIÊU SAU", "III. CÁC NHÓM NHIỆM VỤ TRỌNG TÂM". Only a part heading ("I.", "A.",
 * "Phần I"), a top numbered heading ("2.") or an unlabelled line in capitals is read so, never a
 * line that starts with the words (the rows decide there: "1. Chỉ tiêu về kinh tế:" is a group
 * line). Rows of several kinds in one heading make it "mixed" (the lines under it decide).
 */
export const MENTIONS: ReadonlyArray<{ phrase: string; kind: "target" | "task" | "mixed" }> = [
  { phrase: "chỉ tiêu", kind: "target" },
  { phrase: "mục tiêu cụ thể", kind: "target" }, // "II. KẾ HOẠCH VÀ MỤC TIÊU CỤ THỂ NĂM 2026"
  { phrase: "nhiệm vụ trọng tâm", kind: "task" },
  { phrase: "nhiệm vụ chủ yếu", kind: "task" },
  { phrase: "nhiệm vụ và giải pháp", kind: "task" },
  { phrase: "nhiệm vụ, giải pháp", kind: "task" },
  { phrase: "giải pháp chủ yếu", kind: "task" },
  { phrase: "phấn đấu", kind: "mixed" },
];

/** Words that make a heading a review of what was done, whatever kind it names ("KẾT QUẢ THỰC HIỆN CÁC CHỈ TIÊU NĂM 2025"). */
export const REVIEW_WORDS = ["kết quả", "đánh giá", "tình hình", "tổng kết", "sơ kết", "báo cáo", "kiểm điểm", "đã đạt", "đã thực hiện"];
