// The fixed words of a plan's header and closing (thể thức văn bản, Nghị định 30/2020/NĐ-CP) that
// name who stands above or below the text: the right column's name over the motto, the signer's
// title, the notes beside a recipient. Matched on the "full" view (rules/vocab/pattern.ts) by
// rules/meta/header.ts and rules/meta/closing.ts; an example row goes in
// rules/meta/header.examples.ts or rules/meta/closing.examples.ts.

/**
 * The right column's first line: the country's name, or the name the Party, the Youth Union and the
 * Young Pioneers put there instead ("ĐOÀN TNCS HỒ CHÍ MINH", "ĐẢNG CỘNG SẢN VIỆT NAM").
 */
export const HEADER_NAMES = [
  "cộng hòa xã hội chủ nghĩa việt nam",
  "đoàn tncs hồ chí minh", "đoàn thanh niên cộng sản hồ chí minh",
  "đội tntp hồ chí minh", "đội thiếu niên tiền phong hồ chí minh",
  "đảng cộng sản việt nam",
];

/** The motto's words, in order, a dash between them: "Độc lập - Tự do - Hạnh phúc". */
export const MOTTO_WORDS = ["độc lập", "tự do", "hạnh phúc"];

/**
 * The signer's title on the line above the name ("CHỦ TỊCH", "PHÓ BÍ THƯ", "PHÓ CHỦ TỊCH THƯỜNG
 * TRỰC"); "phó" before and "thường trực" after any of them are read too. A department or office
 * signs with its head's title ("TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG", "HIỆU TRƯỞNG").
 */
export const SIGNER_TITLES = ["chủ tịch", "bí thư", "giám đốc", "trưởng ban", "trưởng phòng", "chánh văn phòng", "hiệu trưởng", "chủ nhiệm", "bộ trưởng", "tổng cục trưởng", "cục trưởng"];

/**
 * What a recipient is sent the plan for, written beside it ("- Tỉnh ủy (b/c);", "UBND tỉnh   để
 * báo cáo", "} để t/h"). `alone`: also a line of its own ("(để báo cáo)") that names no recipient.
 */
export const RECIPIENT_NOTES: ReadonlyArray<{ phrase: string; alone?: boolean }> = [
  { phrase: "báo cáo", alone: true }, { phrase: "b/c", alone: true },
  { phrase: "thực hiện", alone: true }, { phrase: "t/h", alone: true },
  { phrase: "biết", alone: true }, { phrase: "chỉ đạo", alone: true },
  { phrase: "phối hợp", alone: true }, { phrase: "theo dõi", alone: true },
  { phrase: "p/h" }, { phrase: "trả lời" }, { phrase: "xem xét" }, { phrase: "giải quyết" },
];

/**
 * A web page's own lines that a copy keeps above the document: its menu, login box, breadcrumb,
 * counters and tools ("ĐĂNG NHẬP TÀI KHOẢN", "Trang chủ » Tin tức", "Lượt xem: 155", "Cỡ chữ").
 * A header cell that starts with one of these names no organisation (rules/meta/header.ts).
 */
export const SITE_CHROME = [
  "đăng nhập", "đăng ký", "đăng kí", "tài khoản", "quên mật khẩu", "trang chủ", "tin tức", "tin tức sự kiện",
  "liên hệ", "sơ đồ trang", "sơ đồ site", "tìm kiếm", "lượt xem", "lượt truy cập", "chia sẻ", "in bài", "in trang",
  "cỡ chữ", "ngày đăng", "cập nhật", "thống kê", "hôm nay", "đang truy cập", "bình luận", "tin liên quan",
  "tin mới", "xem thêm", "văn bản mới", "chi tiết tin", "giới thiệu chung",
];

/**
 * The property rows a legal database shows above the copy of a document ("Số hiệu | 800/KH-UBND |", "Cơ quan ban hành
 * | Tỉnh X |", "Loại văn bản: Kế hoạch"): the row, label and value, is the site's, no header line (rules/meta/header.ts).
 */
export const DOCUMENT_PROPERTIES = [
  "số hiệu", "ký hiệu", "loại văn bản", "cơ quan ban hành", "nơi ban hành", "người ký", "ngày ban hành", "ngày có hiệu lực",
  "ngày hiệu lực", "ngày hết hiệu lực", "lĩnh vực", "tình trạng", "tình trạng hiệu lực", "ngày công báo", "số công báo",
  "cấp ban hành", "trích yếu",
];
