// The corpus of rules/quantity.ts. Rows are made up, in the general phrasing of
// targets (chỉ tiêu) of any province or organisation (Hội LHPN, Đoàn Thanh niên,
// Hội Nông dân, Hội Cựu chiến binh).
// - positive: [text, expected, raw?]. Without a third column the whole text is
//   matched by exactly one hit; the third column gives the raw of that one hit.
//   Rows grouped by value show the surface forms of one reading.
// - multi: [text, expected hits in order].
// - negative: texts with no quantity at all.

import type { Comparator } from "./quantity.js";
import { findQuantities } from "./quantity.js";
import { examplesOf, type Row } from "./examples.js";

export interface ExpectedQuantity {
  value: number;
  unit: string;
  comparator: Comparator;
  /** for multi rows: the raw of the hit */
  raw?: string;
}

export interface QuantityExamples {
  positive: Array<[string, ExpectedQuantity] | [string, ExpectedQuantity, string]>;
  multi: Array<[string, ExpectedQuantity[]]>;
  negative: string[];
}

const q = (value: number, unit: string, comparator: Comparator = "=", raw?: string): ExpectedQuantity =>
  raw === undefined ? { value, unit, comparator } : { value, unit, comparator, raw };

export const examples: QuantityExamples = {
  positive: [
    // a rate per a round number of something: the unit is the whole ratio
    ["Tỷ số giới tính khi sinh: 110,5 bé trai/100 bé gái", q(110.5, "bé trai/100 bé gái"), "110,5 bé trai/100 bé gái"],
    ["đạt 30 giường bệnh/10.000 dân", q(30, "giường bệnh/10.000 dân"), "30 giường bệnh/10.000 dân"],
    ["có 10 bác sĩ/vạn dân trở lên", q(10, "bác sĩ/vạn dân", ">="), "10 bác sĩ/vạn dân trở lên"],
    // a rate per a round base straight after the number: the base and what it counts are the unit
    ["giảm tỷ lệ mắc lao xuống còn 95/100.000 dân", q(95, "/100.000 dân"), "95/100.000 dân"],
    ["tỷ số tử vong mẹ dưới 40/100.000 trẻ đẻ sống", q(40, "/100.000 trẻ đẻ sống", "<"), "dưới 40/100.000 trẻ đẻ sống"],
    // a baseline before the level reached is no level: "từ 60 vụ xuống còn 48 vụ" sets 48
    ["giảm số vụ cháy rừng từ 60 vụ xuống còn 48 vụ", q(48, "vụ"), "48 vụ"],
    // a rate per two things, then its comparator
    ["thu nhập bình quân đạt 80 triệu đồng/người/năm trở lên", q(80, "triệu đồng", ">="), "80 triệu đồng/người/năm trở lên"],
    // a count written with thousands after a word that names or orders is a count
    ["rau màu các loại 1.250 ha", q(1250, "ha"), "1.250 ha"],
    ["thành lập mới 03 Công đoàn cơ sở", q(3, "công đoàn cơ sở"), "03 Công đoàn cơ sở"],
    // a count in millions after "năm" is no year
    ["số người sử dụng biện pháp tránh thai trong năm 4.350.000 người", q(4350000, "người"), "4.350.000 người"],
    // a count of quoted named things: the name is the unit
    ["Hỗ trợ xây mới 12 “Nhà nhân ái” cho hội viên", q(12, "nhà nhân ái"), "12 “Nhà nhân ái”"],
    // comparison words typed without diacritics
    ["Phat trien moi it nhat 30 hội viên", q(30, "hội viên", ">="), "it nhat 30 hội viên"],
    ["80% tro len", q(80, "%", ">=")],
    ["khong qua 2%", q(2, "%", "<=")],
    ["giảm xuống duoi 5%", q(5, "%", "<"), "duoi 5%"],
    // "ƣ" for "ư" (a PDF's legacy font): the unit as it is spelt, the raw words as written
    ["Tỷ lệ tăng dân số tự nhiên dƣới 0,75%", q(0.75, "%", "<"), "dƣới 0,75%"],
    ["xuất khẩu lao động 300 ngƣời trở lên", q(300, "người", ">="), "300 ngƣời trở lên"],
    // percentages
    ["100%", q(100, "%")],
    ["100 %", q(100, "%")],
    ["0.5%", q(0.5, "%")],
    ["0,5%", q(0.5, "%")],
    ["23,2%", q(23.2, "%")],
    ["12.5%", q(12.5, "%")],
    ["90% trở lên", q(90, "%", ">=")],
    // a quoted name between the unit and "trở lên"
    ["duy trì 01 mô hình “Tổ tự quản bảo vệ môi trường” trở lên", q(1, "mô hình", ">="), "01 mô hình “Tổ tự quản bảo vệ môi trường” trở lên"],
    // "ngày" starts a longer counted noun
    ["tổ chức ít nhất 01 ngày hội", q(1, "ngày hội", ">="), "ít nhất 01 ngày hội"],
    ["từ 65% trở lên", q(65, "%", ">=")],
    ["ít nhất 50%", q(50, "%", ">=")],
    ["có ít nhất khoảng 120 thôn đạt chuẩn", q(120, "thôn", ">="), "ít nhất khoảng 120 thôn"],
    ["tối thiểu 70%", q(70, "%", ">=")],
    ["trên 50%", q(50, "%", ">")],
    ["hơn 85%", q(85, "%", ">")],
    ["dưới 60%", q(60, "%", "<")],
    ["tối đa 5%", q(5, "%", "<=")],
    ["không quá 10%", q(10, "%", "<=")],
    ["tăng thêm 3%", q(3, "%")],
    ["Phấn đấu 95% chi đoàn đạt vững mạnh", q(95, "%"), "95%"],
    ["Hằng năm 100% cơ sở Hội tổ chức sinh hoạt chuyên đề", q(100, "%"), "100%"],
    // counts with a known counted noun (the longest vocabulary entry wins)
    ["1.300 hội viên", q(1300, "hội viên")],
    ["1300 hội viên", q(1300, "hội viên")],
    ["kết nạp mới 2.500 đoàn viên", q(2500, "đoàn viên"), "2.500 đoàn viên"],
    ["tổng giá trị sản xuất đạt 1.250.400,5 triệu đồng", q(1250400.5, "triệu đồng"), "1.250.400,5 triệu đồng"],
    ["Số hộ kinh doanh cá thể = 950 hộ", q(950, "hộ"), "950 hộ"],
    ["Chiến sĩ thi đua cấp cơ sở: 05 đ/c", q(5, "đ/c"), "05 đ/c"],
    ["01 hoạt động", q(1, "hoạt động")],
    ["1 hoạt động", q(1, "hoạt động")],
    ["ít nhất 01 hoạt động", q(1, "hoạt động", ">=")],
    ["Mỗi chi hội duy trì ít nhất 01 loại hình hoạt động", q(1, "loại hình hoạt động", ">="), "ít nhất 01 loại hình hoạt động"],
    ["giúp ít nhất 120 hộ thoát nghèo", q(120, "hộ", ">="), "ít nhất 120 hộ"],
    ["từ 500 hộ có phụ nữ trở lên", q(500, "hộ", ">=")],
    ["từ 10 hợp tác xã trở lên", q(10, "hợp tác xã", ">=")],
    ["thành lập mới 02 HTX do nông dân làm chủ", q(2, "htx"), "02 HTX"],
    ["ít nhất 300 hội viên nông dân tiêu biểu trở lên", q(300, "hội viên nông dân", ">=")],
    ["ít nhất 500 hội viên phụ nữ ưu tú trở lên", q(500, "hội viên", ">=")],
    ["05 hộ gia đình", q(5, "hộ gia đình")],
    ["từ 2.000 hộ gia đình trở lên", q(2000, "hộ gia đình", ">=")],
    ["tăng 4.000 hội viên", q(4000, "hội viên")],
    ["ít nhất 30 nữ chủ doanh nghiệp", q(30, "nữ chủ doanh nghiệp", ">=")],
    ["ít nhất 02 nữ quần chúng ưu tú", q(2, "nữ quần chúng", ">="), "ít nhất 02 nữ quần chúng"],
    ["ít nhất 01 cán bộ Hội", q(1, "cán bộ hội", ">=")],
    ["hỗ trợ ít nhất 05 gia đình khởi nghiệp", q(5, "gia đình", ">="), "ít nhất 05 gia đình"],
    ["ít nhất 02 loại mô hình", q(2, "loại mô hình", ">=")],
    ["thí điểm 01 mô hình chuyển đổi số", q(1, "mô hình"), "01 mô hình"],
    ["ít nhất 01 chính sách", q(1, "chính sách", ">=")],
    ["ít nhất 02 dự thảo văn bản", q(2, "dự thảo văn bản", ">=")],
    ["01 điểm du lịch cộng đồng", q(1, "điểm du lịch"), "01 điểm du lịch"],
    ["vận động ít nhất 02 chương trình, dự án", q(2, "chương trình", ">="), "ít nhất 02 chương trình"],
    ["mở 04 lớp tập huấn", q(4, "lớp tập huấn"), "04 lớp tập huấn"],
    ["200 lượt người", q(200, "lượt người")],
    ["ít nhất 03 tin bài", q(3, "tin bài", ">=")],
    ["10 video", q(10, "video")],
    ["50 sản phẩm OCOP", q(50, "sản phẩm ocop")],
    ["05 câu lạc bộ", q(5, "câu lạc bộ")],
    ["02 CLB", q(2, "clb")],
    ["150 suất quà", q(150, "suất quà")],
    ["500 triệu đồng", q(500, "triệu đồng")],
    ["không quá 2 buổi", q(2, "buổi", "<=")],
    ["tối thiểu 2 buổi sinh hoạt", q(2, "buổi sinh hoạt", ">=")],
    ["hơn 200 đoàn viên", q(200, "đoàn viên", ">")],
    ["(khoảng 15 người)", q(15, "người"), "15 người"],
    // a fraction: so many out of a total ("05/17" = 5 of 17)
    ["05/17 cơ sở Hội", q(5, "cơ sở hội")],
    ["giảm 04/15 chi hội yếu", q(4, "chi hội"), "giảm 04/15 chi hội"],
    // a rate: the unit is what is counted, "/cơ sở Hội" is what it is per
    ["03 hộ/cơ sở Hội", q(3, "hộ")],
    ["2 buổi/tháng", q(2, "buổi")],
    // alternatives joined by "/" are one unit
    ["01 công trình/phần việc", q(1, "công trình/phần việc")],
    ["ít nhất 01 chính sách/Đề án/Chương trình", q(1, "chính sách/đề án/chương trình", ">=")],
    // a unit read without the vocabulary: one or two words, up to a function word
    ["20 giáo viên được bồi dưỡng", q(20, "giáo viên"), "20 giáo viên"],
    ["12 thợ may tham gia", q(12, "thợ may"), "12 thợ may"],
    ["thực hiện 03 khâu đột phá", q(3, "khâu đột phá"), "03 khâu đột phá"],
    // Vietnamese number words, only after a comparator and before a known noun
    ["ít nhất một dịch vụ", q(1, "dịch vụ", ">=")],
    ["tối thiểu hai buổi", q(2, "buổi", ">=")],
    // a label left at the start is skipped
    ["2.1. Mỗi chi đoàn xây dựng 01 mô hình", q(1, "mô hình"), "01 mô hình"],
    // a unit of measure or money glued to the number
    ["25ha", q(25, "ha")],
    ["Diện tích lúa đạt 120ha", q(120, "ha"), "120ha"],
    ["năng suất 65tạ/ha", q(65, "tạ/ha"), "65tạ/ha"],
    ["Thu ngân sách: 8tỷđ", q(8, "tỷđ"), "8tỷđ"],
    ["làm mới 2,5km đường giao thông", q(2.5, "km"), "2,5km"],
    // money keeps its unit, "/năm" (per year) stays in the raw
    ["Thu nhập bình quân đầu người đạt 60 triệu đồng/năm", q(60, "triệu đồng"), "60 triệu đồng/năm"],
    ["Thu nhập bình quân 55trđ/người/năm", q(55, "trđ"), "55trđ/người/năm"],
    // money abbreviated with a dot or a space inside
    ["Tổng giá trị sản xuất đạt: 396,1 tỷ.đ, tăng", q(396.1, "tỷ.đ"), "396,1 tỷ.đ"],
    ["Tổng vốn đầu tư 5 năm: 187,2 tỷ đ.", q(187.2, "tỷ đ"), "187,2 tỷ đ"],
    ["Thu nhập bình quân đầu người/năm đạt 70,0 Tr. đồng", q(70, "tr. đồng"), "70,0 Tr. đồng"],
    ["Thu nhập bình quân đầu người: 50 triệu đ", q(50, "triệu đ"), "50 triệu đ"],
    ["Thu ngân sách 8tỷ.đ", q(8, "tỷ.đ"), "8tỷ.đ"],
    // after a colon a number is the level, even after a time word
    ["Diện tích gieo trồng hằng năm: 2.150 ha", q(2150, "ha"), "2.150 ha"],
    ["Tỷ lệ tăng dân số tự nhiên hàng năm: 0,9%", q(0.9, "%"), "0,9%"],
    ["Chi ngân sách (năm 2027): 12 tỷ đồng", q(12, "tỷ đồng"), "12 tỷ đồng"],
    // a yearly rate after a percentage, then the comparator
    ["Tốc độ tăng trưởng kinh tế tăng 8%/năm trở lên", q(8, "%", ">="), "tăng 8%/năm trở lên"],
    ["Tỷ lệ gia đình văn hóa 90 %/năm", q(90, "%"), "90 %/năm"],
    // a share's noun between the percentage and its comparator
    ["Phấn đấu có 80% cơ sở trở lên đạt vững mạnh", q(80, "%", ">="), "80% cơ sở trở lên"],
    ["Tổng thu ngân sách đạt 100% chỉ tiêu trở lên.", q(100, "%", ">="), "100% chỉ tiêu trở lên"],
    // per mille (crude birth rate): its own unit
    ["Mức giảm tỷ suất sinh bình quân hằng năm 0,2%o", q(0.2, "%o"), "0,2%o"],
    ["giảm tỷ suất sinh 0,3‰", q(0.3, "‰"), "0,3‰"],
    // a percentage is a level whatever word comes before it
    ["tỷ lệ thôn đạt chuẩn kiểu mẫu 2,5%", q(2.5, "%"), "2,5%"],
  ],
  multi: [
    // a range opened by "ít nhất", a unit written on both ends, "%" on both ends of a dash
    ["vận động ít nhất 3.000 đến 3.500 người hiến máu", [q(3000, "người", ">="), q(3500, "người", "<=")]],
    ["bình quân đầu người từ 62,5 triệu đồng đến 63 triệu đồng", [q(62.5, "triệu đồng", ">="), q(63, "triệu đồng", "<=")]],
    ["dịch vụ chiếm 41,25% - 41,5%", [q(41.25, "%", ">="), q(41.5, "%", "<=")]],
    ["kết nạp từ 3 hội viên đến 5 chi hội", [q(3, "hội viên", ">="), q(5, "chi hội")]],
    // a quoted passage that states levels is not a name
    ["Cơ cấu kinh tế: “Nông nghiệp 40%; dịch vụ 60%”", [q(40, "%", "=", "40%"), q(60, "%", "=", "60%")]],
    // a count in parentheses after a percentage
    ["Tỷ lệ xã đạt chuẩn nông thôn mới đạt 50% (8 xã)", [q(50, "%", "=", "50%"), q(8, "xã", "=", "8 xã")]],
    // a range: the lower bound takes the unit written after the upper one
    ["To chuc tu 2 den 3 lop cho thieu nhi", [q(2, "lop", ">=", "tu 2"), q(3, "lop", "<=", "3 lop")]],
    // a dash range without "từ": the same reading
    ["mỗi chi hội tổ chức 02 - 03 buổi sinh hoạt chuyên đề", [q(2, "buổi sinh hoạt", ">=", "02"), q(3, "buổi sinh hoạt", "<=", "03 buổi sinh hoạt")]],
    ["tăng 2-3% so với năm trước", [q(2, "%", ">=", "2"), q(3, "%", "<=", "3%")]],
    ["Giá trị sản xuất nông nghiệp tăng 7,5 - 8,0%.", [q(7.5, "%", ">=", "7,5"), q(8, "%", "<=", "8,0%")]],
    ["mỗi trường xây dựng từ 3 đến 5 bài giảng điện tử", [q(3, "bài", ">=", "từ 3"), q(5, "bài", "<=", "5 bài")]],
    ["thu ngân sách tăng hằng năm từ 5% đến 8%", [q(5, "%", ">=", "từ 5"), q(8, "%", "<=", "8%")]],
    ["thu nhập bình quân đầu người khoảng 3.500 - 4.000 USD", [q(3500, "usd", ">=", "3.500"), q(4000, "usd", "<=", "4.000 USD")]],
    ["mỗi xã có từ 01 - 02 mô hình; toàn huyện không dưới 20 mô hình", [
      q(1, "mô hình", ">=", "từ 01"), q(2, "mô hình", "<=", "02 mô hình"), q(20, "mô hình", ">=", "không dưới 20 mô hình"),
    ]],
    ["giúp ít nhất 120 hộ thoát nghèo, 80 hộ thoát cận nghèo; thành lập mới 03 HTX", [
      q(120, "hộ", ">=", "ít nhất 120 hộ"), q(80, "hộ", "=", "80 hộ"), q(3, "htx", "=", "03 HTX"),
    ]],
    ["100% cơ sở Đoàn tổ chức ít nhất 02 hoạt động tình nguyện", [
      q(100, "%", "=", "100%"), q(2, "hoạt động", ">=", "ít nhất 02 hoạt động"),
    ]],
    ["giảm 04/15 cơ sở Hội có tỷ lệ tập hợp dưới 55% phụ nữ", [
      q(4, "cơ sở hội", "=", "giảm 04/15 cơ sở Hội"), q(55, "%", "<", "dưới 55%"),
    ]],
    ["Mỗi năm tăng từ 800 hội viên trở lên, đến cuối nhiệm kỳ tăng 4.000 hội viên", [
      q(800, "hội viên", ">=", "tăng từ 800 hội viên trở lên"), q(4000, "hội viên", "=", "tăng 4.000 hội viên"),
    ]],
    ["100% cơ sở Hội có tỷ lệ thu hút đạt trên 50% phụ nữ từ 18 tuổi trở lên", [
      q(100, "%", "=", "100%"), q(50, "%", ">", "trên 50%"),
    ]],
    ["phấn đấu đến năm 2025 có 90% trở lên số xã có từ 95% hộ đạt tiêu chí 3 sạch", [
      q(90, "%", ">=", "90% trở lên"), q(95, "%", ">=", "từ 95%"),
    ]],
    ["Hằng năm vận động 1.500 hộ gia đình đạt tiêu chí gia đình 5 không 3 sạch; mỗi chi hội 02 hộ/năm", [
      q(1500, "hộ gia đình", "=", "1.500 hộ gia đình"), q(2, "hộ", "=", "02 hộ/năm"),
    ]],
  ],
  negative: [
    // "trên 1 ha": per hectare, not more than one
    "Giá trị sản phẩm thu hoạch trên 1 ha đất canh tác",
    // dates and spans of years joined by a dash are no range of a quantity
    "giai đoạn 2021 - 2025",
    "từ ngày 15/8 - 15/9",
    // years, terms, dates
    "năm 2025",
    "nhiệm kỳ 2025 - 2030",
    "giai đoạn 2021 - 2026",
    "ngày 28/6/2025",
    "(5/6)",
    "(15/11-15/12)",
    "trong dịp 8/3; 20/10",
    "Ngày Phụ nữ Việt Nam 20/10 các cấp Hội tổ chức",
    "(7/5/1954 - 7/5/2024)",
    // document numbers and codes
    "Nghị định số 56/2012/NĐ-CP",
    "Công văn số 418a/BTV-VP",
    "Đề án 19-ĐA/TU",
    "tiêu chí 17.8",
    "tiêu chí 1.1.3",
    "3.3.4",
    "Chỉ tiêu 3:",
    // a heading's or group line's count of the items that follow
    "I. Về kinh tế (11 chỉ tiêu)",
    "Về xây dựng Đảng (05 nhiệm vụ)",
    // "trên một ha" is per hectare, not "more than one"
    "Giá trị sản phẩm trên một ha đất trồng trọt",
    // a letter glued to a number that is no unit: a class, a document number
    "lớp 10A1",
    "Quyết định 2066a/QĐ",
    // names of projects and programmes
    "Đề án 938",
    "Dự án 8",
    "Đề án số 01 của Chính phủ",
    "Chương trình 135",
    "Trung tâm 20/10",
    // ordinals
    "Đại hội lần thứ XIII",
    "Hội nghị lần thứ 3",
    "tuần thứ 3",
    // numbers of a model's name
    "mô hình “5 không, 3 sạch”",
    "mô hình “1+1”",
    "“3 có, 3 biết”",
    "gia đình 5 không 3 sạch",
    "gia đình 5 có, 3 sạch",
    // ages, anniversaries, durations, rhythms
    "phụ nữ từ 18 tuổi trở lên",
    "94 năm ngày thành lập Hội",
    "70 năm chiến thắng",
    "định kỳ 6 tháng, 01 năm",
    // a number with no counted noun
    "phấn đấu 100",
    "",
  ],
};

// ---------------------------------------------------------------- the corpus (rules/examples.ts)

type Read = Array<ExpectedQuantity & { raw: string; from?: number; to?: number }>;

const one: Array<Row<string, Read>> = examples.positive.map(([text, exp, raw]) => [text, [{ ...exp, raw: raw ?? text }]]);
const multi: Array<Row<string, Read>> = examples.multi.map(([text, exps]) => [text, exps as Read]);

export const corpus = [
  examplesOf<string, Read>({
    id: "quantity",
    rule: "quantities",
    read: (text) => findQuantities(text).map((h) => ({ value: h.value, unit: h.unit, comparator: h.comparator, raw: h.raw, from: h.start, to: h.end })),
    rows: [...one, ...multi],
    none: examples.negative,
    nothing: [],
    // the raw is the text at the hit's offsets
    check: (text, hits) => hits.find((h) => text.slice(h.from, h.to) !== h.raw)?.raw ?? null,
  }),
];
