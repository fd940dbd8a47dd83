// Examples of rules/meta.ts: the plan's year and its period (rules/meta/term.ts).
// Made-up plans of other provinces, organisations and years, in the layout of Vietnamese
// administrative documents, one paragraph a line (as parsers/txt.ts reads it); `expect` lists
// the meta fields to check (a field left out is not checked). The corpus is registered in
// rules/corpus.ts; rules/meta/examples.ts runs a plan through extractMeta.
import { metaCorpus, type MetaExample } from "./examples.js";

export const examples: MetaExample[] = [
  {
    name: "a headline that reviews a year, then sets the next year's targets ('đánh giá kết quả năm X, đề ra … năm X+1')",
    text: [
      "HĐND xã Tân Lập đánh giá kết quả năm 2026, đề ra 25 chỉ tiêu năm 2027",
      "Sáng ngày 20/12, HĐND xã Tân Lập tổ chức kỳ họp cuối năm.",
      "Kỳ họp đã thống nhất các chỉ tiêu chủ yếu: thu nhập bình quân đạt 40 triệu đồng.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "an event plan whose subtitle names its day without a year: the year of the plan's date",
    text: [
      "TRƯỜNG THPT HÒA BÌNH",
      "Số 07/KH-THPT",
      "Hòa Bình, ngày 08 tháng 10 năm 2027",
      "KẾ HOẠCH",
      "PHÁT ĐỘNG THI ĐUA CHÀO MỪNG NGÀY NHÀ GIÁO VIỆT NAM 20/11",
      "1. Tổ chức giải bóng đá.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a campaign month named with its year in a news headline",
    text: [
      "Tháng Thanh niên 2027: Đoàn phường ra quân",
      "Đoàn phường An Phú phát động Tháng Thanh niên với các chỉ tiêu: 100% chi đoàn ra quân; kết nạp 20 đoàn viên mới.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a page with no title nor header date: the year its text dates things in",
    text: [
      "Chào mừng Đại hội Công đoàn Trường",
      "Công đoàn Trường phát động phong trào thi đua với các chỉ tiêu sau:",
      "100% đoàn viên hoàn thành nhiệm vụ được giao.",
      "Phong trào thi đua được triển khai từ nay đến hết tháng 9/2027.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a headline naming a year's results and the next year's targets: the targets' year",
    text: [
      "Kết quả phát triển kinh tế - xã hội năm 2026; các chỉ tiêu chủ yếu năm 2027",
      "I. Kết quả năm 2026",
      "1. Tổng sản phẩm tăng 7,1%.",
      "II. Các chỉ tiêu chủ yếu năm 2027",
      "1. Tổng sản phẩm tăng từ 7,5% trở lên.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a year-end meeting's year in the headline ('họp phiên cuối năm 2026'), the plan's year in the report after it",
    text: [
      "Đảng ủy Quân sự huyện Hòa Vang họp phiên cuối năm 2026",
      "Theo đó, trong năm 2027, Đảng ủy Quân sự huyện phấn đấu thực hiện một số chỉ tiêu chủ yếu như: tuyển quân đạt 100%; huấn luyện đúng kế hoạch.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a title's year before the plan's own date, the announcing clause naming the date's year: the clause's year",
    text: [
      "ĐẢNG ỦY XÃ AN HÒA",
      "CHI BỘ TRƯỜNG TIỂU HỌC",
      "An Hòa, ngày 12 tháng 01 năm 2027",
      "KẾ HOẠCH HOẠT ĐỘNG CHI BỘ NĂM 2026",
      "Căn cứ Điều lệ Đảng;",
      "Chi bộ Trường Tiểu học An Hòa xây dựng kế hoạch hoạt động năm 2027 như sau:",
      "I. NHIỆM VỤ",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a span's length alone before it in a heading ('Mục tiêu chủ yếu 5 năm 2026-2030') is the term",
    text: [
      "CHUYÊN MỤC",
      "I- Phương hướng chung:",
      "Xây dựng Đảng bộ trong sạch, vững mạnh.",
      "II- Mục tiêu chủ yếu 5 năm 2026-2030:",
      "1- Tốc độ tăng trưởng kinh tế bình quân 8%/năm.",
    ].join("\n"),
    expect: { period: { from: 2026, to: 2030 }, year: null },
  },
  {
    name: "the base year of prices ('theo giá so sánh năm 2010') is no year of the plan",
    text: [
      "SỐ CHỈ TIÊU",
      "• Tốc độ tăng tổng sản phẩm trên địa bàn (GRDP) theo giá so sánh năm 2010 bình quân 5 năm (2026-2030) đạt 7,5%.",
      "• GRDP bình quân đầu người đến cuối nhiệm kỳ đạt 90 triệu đồng.",
    ].join("\n"),
    expect: { year: null },
  },
  {
    name: "a month's plan that names no year takes its header date's year",
    text: [
      "TRƯỜNG THCS AN LẠC",
      "Số: 05/KH-TV",
      "An Lạc, ngày 28 tháng 9 năm 2027",
      "KẾ HOẠCH HOẠT ĐỘNG THƯ VIỆN THÁNG 10",
      "1. Giới thiệu sách mới.",
    ].join("\n"),
    expect: { year: 2027, period: null },
  },
  {
    name: "a schedule page without a title: the year of the span its headline names ('(từ ngày 24/5/2027 đến ngày 30/5/2027)')",
    text: [
      "Lịch làm việc tuần 22 của Thường trực và các Ban (từ ngày 24/5/2027 đến ngày 30/5/2027)",
      "Thứ hai",
      "24/5",
      "Thường trực HĐND tỉnh dự họp giao ban.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a term written with the congress's number and in braces ('NHIỆM KỲ ĐẠI HỘI VII { 2026-2031 }')",
    text: [
      "CÁC CHỈ TIÊU NHIỆM KỲ ĐẠI HỘI VII { 2026-2031 }",
      "- Tập hợp trên 90% hội viên.",
    ].join("\n"),
    expect: { period: { from: 2026, to: 2031 }, year: null },
  },
  {
    name: "'Việt Nam 2015' in a cited law is no year of the plan",
    text: [
      "Ngày hội đoàn kết năm 2027 là ngày nào?",
      "Căn cứ Điều 11 Luật Mặt trận Tổ quốc Việt Nam 2015 quy định như sau:",
      "Ngày 18 tháng 11 hằng năm là Ngày truyền thống.",
    ].join("\n"),
    expect: { year: 2027 },
  },
  {
    name: "a Tết campaign's year after the lunar year's name",
    text: [
      "Triển khai phong trào Tết vì người nghèo",
      "Hội Chữ thập đỏ tỉnh vừa ban hành Kế hoạch thực hiện phong trào “Tết vì người nghèo” Xuân Mậu Thân 2028. Theo đó, các cấp Hội vận động quà Tết.",
    ].join("\n"),
    expect: { issuer: "Hội Chữ thập đỏ tỉnh", year: 2028 },
  },
  {
    name: "the time a plan is for on its own line under the subtitle, in ordinary case, with a colon",
    text: [
      "LIÊN ĐỘI TRƯỜNG TIỂU HỌC AN PHÚ",
      "KẾ HOẠCH",
      "Phát động phong trào Kế hoạch nhỏ cấp Liên đội",
      "Năm học: 2026 - 2027",
      "I. NỘI DUNG",
      "1. Mỗi đội viên góp 2 kg giấy vụn.",
    ].join("\n"),
    expect: { subtitle: "Phát động phong trào Kế hoạch nhỏ cấp Liên đội Năm học: 2026 - 2027", period: { from: 2026, to: 2027 }, year: null },
  },
  {
    name: "a monthly plan: the month on its own line under a subtitle in capitals",
    text: [
      "CĐCS TRƯỜNG MẦM NON HOA SEN",
      "KẾ HOẠCH HOẠT ĐỘNG CÔNG ĐOÀN",
      "Tháng 6/ 2027",
      "I. NHIỆM VỤ TRỌNG TÂM",
      "1. Tổ chức ngày hội gia đình.",
    ].join("\n"),
    expect: { subtitle: "HOẠT ĐỘNG CÔNG ĐOÀN Tháng 6/ 2027", year: 2027 },
  },
  {
    name: "an event plan names its day, not 'năm …': the year comes from the date in the subtitle",
    text: [
      "KẾ HOẠCH",
      "Tổ chức các hoạt động kỷ niệm Ngày Thương binh - Liệt sĩ 27/7/2027",
      "1. Thăm, tặng quà gia đình chính sách trước ngày 25/7.",
    ].join("\n"),
    expect: { year: 2027, period: null },
  },
  {
    name: "a monthly plan of a school year: the month's year; the Young Pioneers' name is the right column",
    text: [
      "HĐĐ HUYỆN PHÚ LƯƠNG                ĐỘI TNTP HỒ CHÍ MINH",
      "LIÊN ĐỘI THCS YÊN ĐỔ",
      "Số:    /KH-LĐ                      Yên Đổ, ngày 28 tháng 10 năm 2026",
      "KẾ HOẠCH",
      "Công tác Đội tháng 11 năm học 2026 - 2027",
      "Chủ đề: “Biết ơn thầy cô”",
      "1. Tổ chức các hoạt động chào mừng ngày Nhà giáo Việt Nam 20/11.",
    ].join("\n"),
    expect: { subtitle: "Công tác Đội tháng 11 năm học 2026 - 2027", issuer: "LIÊN ĐỘI THCS YÊN ĐỔ", number: null, place: "Yên Đổ", year: 2026, period: null, province: null },
  },
  {
    name: "a fragment with no title: the term from its first heading, the horizon of a goal is no year",
    text: [
      "CHUYÊN MỤC",
      "Các chỉ tiêu chủ yếu (nhiệm kỳ 2025-2030)",
      "(1) Thu nhập bình quân đầu người đến năm 2030: 80 triệu đồng/năm.",
    ].join("\n"),
    expect: { period: { from: 2025, to: 2030 }, year: null },
  },
  {
    name: "a page's headline ending with the span of the targets, a stage written with its length ('giai đoạn 5 năm tới (…)')",
    text: [
      "Kinh tế",
      "Chỉ tiêu phát triển kinh tế - xã hội xã Phước Hòa 2026-2030",
      "Trong giai đoạn 5 năm tới (2026-2030), Phước Hòa đề ra mục tiêu chung là phát triển kinh tế.",
      "Bảo hiểm y tế toàn dân đạt 95% vào năm 2030.",
    ].join("\n"),
    expect: { period: { from: 2026, to: 2030 }, year: null },
  },
  {
    name: "a stage written with its length, no headline span",
    text: [
      "Trong giai đoạn 5 năm tới (2026-2030), xã Phước Hòa phấn đấu thu nhập bình quân đạt 90 triệu đồng vào năm 2030.",
    ].join("\n"),
    expect: { period: { from: 2026, to: 2030 }, year: null },
  },
  {
    name: "a report's headline with the term; the day the congress was held ('hôm nay ngày 16 tháng 8 năm 2027') gives no year",
    text: [
      "ĐẠI HỘI CHI BỘ THCS AN LẠC KHÓA X NHIỆM KỲ 2027 – 2030",
      "Thực hiện chỉ đạo của Đảng ủy xã An Lạc, hôm nay ngày 16 tháng 8 năm 2027 Chi bộ trường THCS An Lạc tiến hành Đại hội lần thứ X nhiệm kì 2027 – 2030.",
    ].join("\n"),
    expect: { period: { from: 2027, to: 2030 }, year: null },
  },
];

export const corpus = [metaCorpus("meta term", examples)];
