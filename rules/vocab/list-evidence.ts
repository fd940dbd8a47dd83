// What a list is, read from its items rather than from the heading above it (issue 9, session 6):
// a list whose items mostly state a level to reach is a list of targets, one whose items mostly
// open with a verb of work is a list of tasks. rules/structure/evidence.ts scores a list with
// these words ("full" view: no diacritics, lower case, so "Tăng cường" and "TĂNG CƯỜNG" match).
// Each table has example rows in rules/structure/evidence.examples.ts.

/**
 * Verbs an item of work opens with, in Đoàn, Hội, Công đoàn, UBND, school and health-centre plans
 * ("Tăng cường công tác …", "tiếp tục phối hợp …", "Tổ chức Hội thi …"). A bare "tăng" / "giảm"
 * is no verb of work here: "Tăng 8%/năm" states a level; nor is "kết nạp", whose object is a count to
 * reach ("Kết nạp 150 hội viên mới").
 */
export const ACTION_VERBS = [
  "tăng cường", "đẩy mạnh", "triển khai", "tổ chức", "tuyên truyền", "tiếp tục", "phối hợp", "vận động",
  "nâng cấp", "nâng cao", "xây dựng", "chuẩn bị", "thực hiện", "tập trung", "chỉ đạo", "củng cố", "duy trì",
  "đổi mới", "phát động", "hướng dẫn", "kiểm tra", "rà soát", "quán triệt", "phát huy", "quản lý", "chăm lo",
  "tham mưu", "đôn đốc", "giám sát", "bồi dưỡng", "tập huấn", "đào tạo", "hỗ trợ", "phổ biến", "ban hành",
  "làm tốt", "quan tâm", "mở rộng", "khuyến khích", "huy động", "nghiên cứu", "tiến hành", "đề xuất", "tham gia",
  "phát triển", "giáo dục", "thăm hỏi", "trao tặng", "khảo sát", "lựa chọn", "đăng ký", "tạo điều kiện",
  "tranh thủ", "khai thác", "hoàn thiện", "sắp xếp", "kiện toàn", "tổng kết", "sơ kết", "biểu dương", "khen thưởng",
  "cải cách", "ứng dụng", "trích nộp", "sử dụng", "lập", "phân công", "bố trí", "chủ động", "đảm bảo", "bảo đảm",
];

/**
 * Words that state a level without a figure, or with a number word ("Giữ vững danh hiệu …", "xếp
 * loại tốt", "ít nhất một công trình", "đạt chuẩn quốc gia"). A figure with "%" or a counted noun
 * states a level by itself (rules/quantity.ts).
 */
export const LEVEL_PHRASES = [
  "ít nhất một", "ít nhất hai", "ít nhất ba", "mỗi chi đoàn có", "mỗi chi đội có", "mỗi chi hội có", "mỗi đơn vị có",
  "danh hiệu", "xếp loại", "đạt chuẩn", "hoàn thành xuất sắc", "hoàn thành tốt nhiệm vụ", "không có", "không để xảy ra",
  "không để", "tỷ lệ", "tỉ lệ", "đạt loại", "trở lên",
];

/**
 * Words of a lead or heading that announce work ("… tập trung thực hiện các nhiệm vụ trọng tâm:",
 * "… cần làm tốt các nội dung sau:", "… với các nội dung:", "trọng tâm là …").
 */
export const TASK_LEAD_WORDS = [
  "nhiệm vụ trọng tâm", "nhiệm vụ chủ yếu", "nhiệm vụ cụ thể", "các nhiệm vụ", "nhiệm vụ sau", "giải pháp", "các nội dung",
  "nội dung sau", "nội dung thực hiện", "nội dung hoạt động", "trọng tâm", "tập trung", "cần làm tốt", "làm tốt các", "công việc",
  "phần việc", "hoạt động sau",
];

/** Verbs of a decision after "đã" in a lead ("Hội nghị đã đề ra các nhiệm vụ …"): the work is still to do, no review. */
export const DECISION_VERBS = ["đề ra", "ban hành", "thống nhất", "xác định", "thông qua", "quyết nghị", "giao", "phát động"];

/**
 * Words a labelled line of a list of work opens with when it names the levels below it ("2. Chỉ tiêu
 * đóng góp của mỗi chi đội", "b) Kết quả cần đạt", "3. Mục tiêu phấn đấu năm học 2027 - 2028"): its
 * items that state a level are targets, whatever the list around them holds.
 */
export const TARGET_GROUP_OPENERS = [
  "chỉ tiêu", "các chỉ tiêu", "một số chỉ tiêu", "mục tiêu", "các mục tiêu", "kết quả cần đạt", "kết quả phấn đấu",
  "yêu cầu cần đạt", "định mức", "phấn đấu đạt", "đăng ký thi đua", "giao ước thi đua",
];

/**
 * Words a numbered point of an event's plan opens with when it states the event's content ("1. Nội dung thi
 * đấu: Bóng đá nam 7 người …", "2. Nội dung chương trình: …"), among its field points ("Đối tượng tham gia:",
 * "Thời gian:", "Địa điểm:"): that point is the work, a task, where no kind heading opens a section.
 */
export const CONTENT_POINTS = ["nội dung"];
