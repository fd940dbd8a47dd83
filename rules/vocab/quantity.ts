// Vocabulary of quantities (số lượng): comparators, counted nouns (units), words that make a number
// a name or a date. Entries in lower case with diacritics, matched on the "tone" view
// (rules/vocab/pattern.ts). Add a unit to COUNT_NOUNS and a row to rules/quantity.examples.ts.

/** Comparator phrases written before the number. "từ 500 hộ" reads as "at least" even without "trở lên". */
export const COMPARATORS_BEFORE: Record<string, ">=" | ">" | "<=" | "<"> = {
  "ít nhất": ">=", "ít nhất khoảng": ">=", "tối thiểu": ">=", "tối thiểu khoảng": ">=", "không dưới": ">=", "không ít hơn": ">=", "từ": ">=",
  "trên": ">", "hơn": ">", "nhiều hơn": ">", "vượt": ">",
  "dưới": "<", "ít hơn": "<",
  "tối đa": "<=", "không quá": "<=", "không vượt quá": "<=", "nhiều nhất": "<=",
};
/**
 * Words before a table cell's level that leave it a plain level ("Khoảng 6,5" | "%"): an estimate
 * or the word "đạt". Read only in a level cell, where nothing but the figure follows.
 */
export const LEVEL_CELL_LEADS = ["khoảng", "xấp xỉ", "đạt", "ước đạt", "đạt khoảng", "phấn đấu đạt", "bình quân"];

/** Comparator phrases written after the counted thing: "80% trở lên", "từ 500 hộ có phụ nữ trở lên". */
export const COMPARATORS_AFTER: Record<string, ">=" | "<="> = { "trở lên": ">=", "trở xuống": "<=" };

/** Verbs of change kept in the raw ("tăng thêm 3%"); they do not change the comparator. */
export const CHANGE_LEADS = ["tăng thêm", "tăng", "giảm", "giảm thêm"];

/**
 * Counted nouns (head nouns) of plan targets. The longest entry that matches
 * after the number is the unit. Add nouns here rather than in a pattern.
 */
export const COUNT_NOUNS = [
  // households and people
  "hộ", "hộ gia đình", "hộ nghèo", "hộ cận nghèo", "hộ phụ nữ", "hộ kinh doanh", "gia đình",
  "hội viên", "đoàn viên", "đảng viên", "thanh niên", "phụ nữ", "nữ", "người", "người dân", "lượt", "lượt người",
  "nữ chủ doanh nghiệp", "nữ chủ hộ kinh doanh", "nữ quần chúng", "quần chúng", "nữ cán bộ", "nữ đảng viên",
  "cán bộ", "cán bộ hội", "cán bộ đoàn", "chi hội trưởng", "học viên", "học sinh", "sinh viên",
  "trẻ em", "em", "hội viên nông dân", "nông dân", "cựu chiến binh", "doanh nghiệp", "tình nguyện viên",
  "thành viên", "đại biểu", "ứng cử viên", "tuyên truyền viên", "báo cáo viên", "hòa giải viên",
  "đồng chí", "đ/c", "đội viên", "công đoàn viên", "đoàn viên công đoàn", "người lao động", "lao động",
  // units of a union or the Party ("thành lập 02 Công đoàn cơ sở", "05 tổ chức cơ sở đảng")
  "công đoàn cơ sở", "công đoàn", "chi bộ", "đảng bộ", "tổ chức cơ sở đảng", "tổ chức đảng",
  // organisations and places
  "chi hội", "cơ sở", "cơ sở hội", "cơ sở đoàn", "chi đoàn", "tổ hội", "tổ phụ nữ", "tổ hợp tác", "tổ",
  "câu lạc bộ", "clb", "hợp tác xã", "htx", "nhóm", "đơn vị", "xã", "phường", "thôn", "huyện",
  "điểm", "điểm du lịch", "cửa hàng", "trường", "thư viện", "nhà", "nhà văn hóa", "mái ấm", "nhà tình nghĩa", "nhà đại đoàn kết",
  // activities and products
  "hoạt động", "loại hình hoạt động", "loại hình", "mô hình", "loại mô hình", "chính sách", "dự thảo",
  "dự thảo văn bản", "văn bản", "công trình", "phần việc", "công trình/phần việc", "chương trình", "dự án",
  "đề án", "đề tài", "sáng kiến", "lớp", "lớp tập huấn", "buổi", "buổi sinh hoạt", "cuộc", "cuộc thi",
  "hội nghị", "hội thi", "ngày hội", "đợt", "lần", "chuyến", "tin", "bài", "tin bài", "tin, bài", "video", "clip",
  "sản phẩm", "sản phẩm ocop", "dịch vụ", "suất", "suất quà", "phần quà", "suất học bổng", "học bổng",
  "sổ tiết kiệm", "con giống", "cây", "km", "kilômét", "ha", "héc-ta", "tấn", "tỷ đồng", "triệu đồng",
  "đồng", "nghìn đồng", "ngàn đồng", "chiến dịch", "sự kiện", "diễn đàn", "tọa đàm", "tài liệu", "ấn phẩm",
  "tủ sách", "trang", "fanpage", "nhóm zalo", "tài khoản", "ngày công", "giờ", "tuyến", "tuyến đường",
  "khâu", "khâu đột phá", "nhiệm vụ", "tiêu chí", "chỉ tiêu", "giáo viên", "tổ tự quản", "tổ liên gia",
  // measures and money as plans abbreviate them ("1.184 tỷđ", "60 trđ", "65 tạ/ha")
  // and with a dot or a space inside the abbreviation ("396,1 tỷ.đ", "70,0 Tr. đồng", "50 triệu đ")
  "tỷđ", "trđ", "tr.đ", "tỷ.đ", "tỷ đ", "tr. đồng", "tr.đồng", "tr đồng", "tr. đ", "triệu đ", "nghìn đ", "ng.đ", "nghìn tỷ đồng", "tạ", "kg", "m2", "m3", "con", "lít", "bác sĩ", "bác sỹ", "giường bệnh",
];

/**
 * Units of measure and money that plans often glue to the number, with no space:
 * "25ha", "65tạ/ha", "8tỷđ", "60trđ/người/năm", "2,5km". Only these are read glued: a
 * letter after a number is otherwise part of a code ("2066a/…", "10A1").
 */
export const GLUED_UNITS = [
  "ha", "tạ", "tấn", "kg", "km", "m", "m2", "m3", "lít", "tỷđ", "tỷ.đ", "tỷ đồng", "tỷ", "trđ", "tr.đ", "triệu đồng",
  "triệu", "nghìn tỷ đồng", "nghìn đồng", "đồng", "usd",
];

/**
 * Words for a round base a rate is given per, after a "/": "12 bác sĩ/vạn dân" (ten thousand), "3
 * ca/nghìn dân". A base written in figures ("/100 bé gái", "/10.000 dân") needs no word.
 */
export const PER_BASES = ["vạn", "nghìn", "ngàn", "triệu", "trăm"];

/** Per mille written as plans type it: "0,01%o" (tỷ suất sinh = crude birth rate), "0,5‰". */
export const PER_MILLE = ["%o", "‰"];

/**
 * What a count is when it stands in parentheses after a heading or a group line: "Về kinh tế
 * (11 chỉ tiêu)", "(05 nhiệm vụ)". Such a count says how many items follow, it sets no level.
 */
export const LIST_COUNT_NOUNS = ["chỉ tiêu", "nhóm chỉ tiêu", "nhiệm vụ", "nhóm nhiệm vụ", "nội dung", "giải pháp", "tiêu chí", "chương trình"];

/**
 * What a "/" after a unit divides by: "03 hộ/cơ sở Hội" is three households PER
 * association (a rate, unit "hộ"), while "01 công trình/phần việc" names
 * alternatives (unit "công trình/phần việc").
 */
export const RATE_DENOMINATORS = [
  "cơ sở", "cơ sở hội", "cơ sở đoàn", "chi hội", "chi đoàn", "đơn vị", "xã", "phường", "thị trấn", "xã/phường",
  "xã/phường/thị trấn", "huyện", "tỉnh", "thôn", "tổ", "tổ hội", "người", "hội viên", "năm", "tháng", "quý",
  "tuần", "nhiệm kỳ", "khóa", "đợt", "lớp", "buổi", "hộ", "gia đình", "câu lạc bộ", "clb",
];

/**
 * Words after a number that show it is not a counted level: durations and ages
 * ("94 năm ngày thành lập", "18 tuổi"), calendar words ("15 tháng 7").
 */
export const NOT_COUNT_NOUNS = ["năm", "tháng", "ngày", "tuần", "quý", "tuổi", "phút", "giây", "thế kỷ", "kỳ"];

/**
 * Words before a number that make it a name, a code or an ordinal: "Đề án 938",
 * "Dự án 8", "số 56/2012", "tiêu chí 17.8", "lần thứ 3", "Chỉ tiêu 2:", "khóa 12".
 */
export const NOT_QUANTITY_BEFORE = [
  "số", "đề án", "dự án", "chương trình", "nghị quyết", "nghị định", "quyết định", "chỉ thị", "thông tư",
  "kết luận", "công văn", "kế hoạch", "luật", "điều", "khoản", "mục", "phần", "phụ lục", "biểu", "bảng",
  "mẫu", "tiêu chí", "chỉ tiêu", "thứ", "lần thứ", "khóa", "khoá", "năm", "tháng", "ngày", "quý", "tuần",
  "giai đoạn", "nhiệm kỳ", "đợt", "tt", "trung tâm", "quốc lộ", "tỉnh lộ", "đường", "tổ", "xóm", "đội",
  "phòng", "nhóm", "câu", "bài", "hình", "trang", "tập", "kỳ", "top", "giải", "hạng", "loại", "cấp", "độ",
];

/**
 * Words that end a unit read without the vocabulary (function words, verbs):
 * "30 thành viên được …" keeps "thành viên".
 */
export const UNIT_STOP_WORDS = [
  "được", "có", "và", "để", "của", "trong", "tham gia", "thoát", "đạt", "là", "với", "cho", "tại", "theo",
  "từ", "trở", "trên", "dưới", "các", "những", "mỗi", "này", "đó", "về", "khi", "thì", "sẽ", "đã", "đang",
  "bị", "do", "hoặc", "hay", "nhằm", "gồm", "trở lên", "trở xuống", "không", "chưa", "đều", "cùng", "như",
  "nhân", "vào", "ra", "lên", "xuống", "đến", "tới", "thuộc", "vì", "nên", "mà", "thêm", "còn", "tăng",
  "giảm", "hỗ trợ", "thực hiện", "tổ chức", "xây dựng", "sinh hoạt", "đi", "ở", "bằng", "so", "trước", "sau",
];

/**
 * Words of a campaign model's name after a number: "gia đình 5 không 3 sạch",
 * "3 có, 3 biết", "5 có 3 sạch". A number followed by one of these is part of the name.
 */
export const MODEL_NAME_WORDS = ["không", "có", "sạch", "biết", "tốt", "xanh", "đẹp", "an", "an toàn", "giỏi", "đủ", "bớt"];

/** Vietnamese number words, read only before a counted noun ("ít nhất một dịch vụ"). */
export const NUMBER_WORDS: Record<string, number> = {
  "một": 1, "hai": 2, "ba": 3, "bốn": 4, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10,
};

/**
 * What follows a baseline when a plan gives the change to the level reached: "từ 50 vụ xuống còn 45 vụ",
 * "từ 300 lên 340 giường", "xuống mức dưới 2%": the baseline is no level, the level after it is.
 */
export const BASELINE_CHANGES = ["lên", "xuống", "lên mức", "xuống mức", "xuống còn", "còn"];
/** A comparator the level after a baseline may carry ("… xuống còn dưới 2%"). */
export const BASELINE_LEVEL_COMPARATORS = ["dưới", "trên", "khoảng"];
