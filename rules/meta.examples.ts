// The corpus of rules/meta.ts: made-up plans of other provinces, organisations and
// years, in the layout of Vietnamese administrative documents. Each plan is plain
// text (one paragraph per line, as parsers/txt.ts reads it); `expect` lists the meta
// fields to check (a field left out is not checked).
import type { Meta } from "../schemas/plan.js";
import { parseTxtString } from "../parsers/txt.js";
import { extractMeta, canonicalProvince } from "./meta.js";
import { readBases } from "./meta/opening.js";
import { cleanRecipient } from "./meta/closing.js";
import { examplesOf } from "./examples.js";

export interface MetaExample {
  name: string;
  text: string;
  expect: Partial<Meta>;
}

export const examples: MetaExample[] = [
  {
    name: "a national parent organisation above the issuer, the body abbreviated before it",
    text: [
      "HỘI NÔNG DÂN VIỆT NAM",
      "BCH HỘI NÔNG DÂN TỈNH YÊN BÁI",
      "*",
      "Số: 18-KH/HNDT",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Yên Bái, ngày 09 tháng 3 năm 2027",
      "KẾ HOẠCH",
      "Tổ chức Hội thi nhà nông đua tài năm 2027",
      "I. NỘI DUNG HOẠT ĐỘNG",
      "1. Tổ chức hội thi cấp tỉnh trong quý III/2027.",
    ].join("\n"),
    expect: { issuer: "HỘI NÔNG DÂN TỈNH YÊN BÁI", number: "18-KH/HNDT", issuedAt: "2027-03-09", place: "Yên Bái", province: "Yên Bái" },
  },
  {
    name: "a provincial cooperative alliance under the provincial people's committee",
    text: [
      "UBND TỈNH TÂY NINH",
      "LIÊN MINH HỢP TÁC XÃ",
      "Số: 12/KH-LMHTX",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Tây Ninh, ngày 02 tháng 4 năm 2027",
      "KẾ HOẠCH",
      "Hỗ trợ hợp tác xã năm 2027",
      "I. NỘI DUNG HOẠT ĐỘNG",
      "1. Tập huấn cán bộ hợp tác xã trong quý II/2027.",
    ].join("\n"),
    expect: { issuer: "LIÊN MINH HỢP TÁC XÃ", number: "12/KH-LMHTX", province: "Tây Ninh" },
  },
  {
    name: "a parent line ending in VIỆT NAM that a wrapped name continues with a place is one name",
    text: [
      "ỦY BAN MTTQ VIỆT NAM",
      "TỈNH KON TUM",
      "BAN THƯỜNG TRỰC",
      "Số: 31/KH-MTTQ-BTT",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Kon Tum, ngày 02 tháng 4 năm 2027",
      "KẾ HOẠCH",
      "Tổ chức Ngày hội Đại đoàn kết toàn dân tộc năm 2027",
      "I. NỘI DUNG HOẠT ĐỘNG",
      "1. Tổ chức ngày hội ở khu dân cư.",
    ].join("\n"),
    expect: { issuer: "ỦY BAN MTTQ VIỆT NAM TỈNH KON TUM", body: "BAN THƯỜNG TRỰC" },
  },
  {
    name: "a Youth Union header: its name in the right column, a dashed number, a secretary signing",
    text: [
      "HUYỆN ĐOÀN BẢO THẮNG",
      "Số: 07-KH/HĐTN",
      "ĐOÀN TNCS HỒ CHÍ MINH",
      "Bảo Thắng, ngày 20 tháng 02 năm 2026",
      "KẾ HOẠCH",
      "Tổ chức Tháng Thanh niên năm 2026",
      "Căn cứ Kế hoạch số 30-KH/TĐTN ngày 05/02/2026 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên, Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:",
      "I. NỘI DUNG HOẠT ĐỘNG",
      "1. Ra quân Ngày Chủ nhật xanh.",
      "Nơi nhận:",
      "- Ban Thường vụ Tỉnh đoàn (b/c);",
      "- Lưu: VP.",
      "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN",
      "PHÓ BÍ THƯ",
      "Hoàng Văn Minh",
    ].join("\n"),
    expect: {
      issuer: "HUYỆN ĐOÀN BẢO THẮNG",
      body: "BAN THƯỜNG VỤ",
      number: "07-KH/HĐTN",
      issuedAt: "2026-02-20",
      place: "Bảo Thắng",
      year: 2026,
      signer: { name: "Hoàng Văn Minh", title: "PHÓ BÍ THƯ", onBehalfOf: "TM. BAN THƯỜNG VỤ HUYỆN ĐOÀN" },
      bases: ["Kế hoạch số 30-KH/TĐTN ngày 05/02/2026 của Ban Thường vụ Tỉnh đoàn về tổ chức Tháng Thanh niên"],
      recipients: ["Ban Thường vụ Tỉnh đoàn", "Lưu: VP"],
    },
  },
  {
    name: "a district party committee under its provincial party organisation, the motto on the same line",
    text: [
      "ĐẢNG BỘ TỈNH BẮC KẠN                    ĐẢNG CỘNG SẢN VIỆT NAM",
      "HUYỆN ỦY CHỢ ĐỒN",
      "*",
      "Số 48-KH/HU                             Chợ Đồn, ngày 14 tháng 4 năm 2025",
      "KẾ HOẠCH",
      "Thực hiện Chỉ thị số 35-CT/TW của Bộ Chính trị",
      "I. NHIỆM VỤ, GIẢI PHÁP",
      "1. Quán triệt Chỉ thị đến các chi bộ, hoàn thành trong quý II/2025.",
      "Nơi nhận:",
      "- Ban Thường vụ Tỉnh ủy,",
      "- Lưu Văn phòng Huyện ủy.",
      "T/M BAN THƯỜNG VỤ",
      "BÍ THƯ",
      "Lý Văn Thành",
    ].join("\n"),
    expect: { issuer: "HUYỆN ỦY CHỢ ĐỒN", body: "BAN THƯỜNG VỤ", number: "48-KH/HU", issuedAt: "2025-04-14", place: "Chợ Đồn" },
  },
  {
    name: "a commune's plan: a subtitle run into the opening by a PDF copy, the committee signing",
    text: [
      "ỦY BAN NHÂN DÂN",
      "XÃ AN THẠNH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Số:      /KH-UBND",
      "An Thạnh, ngày      tháng 3 năm 2026",
      "KẾ HOẠCH",
      "Thực hiện công tác phòng, chống thiên tai năm 2026 Căn cứ Kế hoạch số 21/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân huyện về phòng, chống thiên tai, Ủy ban nhân dân xã xây dựng kế hoạch như sau:",
      "I. NHIỆM VỤ TRỌNG TÂM",
      "1. Kiện toàn Ban Chỉ huy phòng, chống thiên tai xã.",
      "Nơi nhận:",
      "- UBND huyện (b/c);",
      "- Lưu: VT.",
      "TM. ỦY BAN NHÂN DÂN",
      "CHỦ TỊCH",
      "Trần Văn Lộc",
    ].join("\n"),
    expect: {
      subtitle: "Thực hiện công tác phòng, chống thiên tai năm 2026",
      issuer: "ỦY BAN NHÂN DÂN XÃ AN THẠNH",
      // "TM. ỦY BAN NHÂN DÂN": the "BAN" is inside the organisation's name, not a body
      body: null,
      number: null,
      issuedAt: null,
      place: "An Thạnh",
      year: 2026,
      signer: { name: "Trần Văn Lộc", title: "CHỦ TỊCH", onBehalfOf: "TM. ỦY BAN NHÂN DÂN" },
      bases: ["Kế hoạch số 21/KH-UBND ngày 02/3/2026 của Ủy ban nhân dân huyện về phòng, chống thiên tai"],
      recipients: ["UBND huyện", "Lưu: VT"],
    },
  },
  {
    name: "a full header, a deputy signing for the chair",
    text: [
      "HỘI LHPN TỈNH QUẢNG NGÃI",
      "BAN THƯỜNG VỤ",
      "Số: 25/KH-BTV",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Quảng Ngãi, ngày 15 tháng 01 năm 2026",
      "KẾ HOẠCH",
      "Hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
      "Căn cứ Kế hoạch số 112/KH-ĐCT ngày 10/12/2025 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về công tác bình đẳng giới; Thực hiện Công văn số 45/UBND-KGVX, ngày 02/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi, Ban Thường vụ Hội LHPN tỉnh xây dựng kế hoạch như sau:",
      "I. MỤC ĐÍCH, YÊU CẦU",
      "1. Nâng cao nhận thức của hội viên về bình đẳng giới.",
      "II. NỘI DUNG HOẠT ĐỘNG",
      "1. Tổ chức truyền thông tại cơ sở.",
      "Nơi nhận:",
      "- TW Hội LHPN Việt Nam; (b/c)",
      "- Thường trực Tỉnh ủy; Để báo cáo",
      "- Hội LHPN các huyện;",
      "- Lưu: VT, BTG.",
      "KT. CHỦ TỊCH",
      "PHÓ CHỦ TỊCH",
      "Lê Thị Hồng Vân",
    ].join("\n"),
    expect: {
      title: "KẾ HOẠCH",
      subtitle: "Hưởng ứng Tháng hành động vì bình đẳng giới năm 2026",
      issuer: "HỘI LHPN TỈNH QUẢNG NGÃI",
      body: "BAN THƯỜNG VỤ",
      province: "Quảng Ngãi",
      number: "25/KH-BTV",
      issuedAt: "2026-01-15",
      place: "Quảng Ngãi",
      year: 2026,
      period: null,
      signer: { name: "Lê Thị Hồng Vân", title: "PHÓ CHỦ TỊCH", onBehalfOf: "KT. CHỦ TỊCH" },
      bases: [
        "Kế hoạch số 112/KH-ĐCT ngày 10/12/2025 của Đoàn Chủ tịch Trung ương Hội LHPN Việt Nam về công tác bình đẳng giới",
        "Công văn số 45/UBND-KGVX, ngày 02/01/2026 của Ủy ban nhân dân tỉnh Quảng Ngãi",
      ],
      recipients: ["TW Hội LHPN Việt Nam", "Thường trực Tỉnh ủy", "Hội LHPN các huyện", "Lưu: VT, BTG"],
    },
  },
  {
    name: "no header block: the issuer as named in the opening, the body from the signature",
    text: [
      "KẾ HOẠCH",
      "Công tác Hội và phong trào phụ nữ năm 2027",
      "Căn cứ Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Hà Giang lần thứ XVIII, nhiệm kỳ 2026 - 2031, Chương trình công tác năm 2027 của Tỉnh ủy Hà Giang; Ban Thường vụ Hội Liên hiệp Phụ nữ tỉnh xây dựng kế hoạch năm 2027 như sau:",
      "1. Chủ đề năm 2027: Phụ nữ chung tay xây dựng nông thôn mới",
      "2. Nhiệm vụ trọng tâm",
      "- Tổ chức tập huấn cho chi hội trưởng.",
      "Nơi nhận:",
      "- Thường trực Tỉnh ủy;",
      "- Lưu VT.",
      "TM. BAN THƯỜNG VỤ",
      "CHỦ TỊCH",
      "Hoàng Thị Lan",
    ].join("\n"),
    expect: {
      title: "KẾ HOẠCH",
      subtitle: "Công tác Hội và phong trào phụ nữ năm 2027",
      issuer: "Hội Liên hiệp Phụ nữ tỉnh Hà Giang",
      body: "BAN THƯỜNG VỤ",
      province: "Hà Giang",
      number: null,
      issuedAt: null,
      place: null,
      year: 2027,
      period: null,
      signer: { name: "Hoàng Thị Lan", title: "CHỦ TỊCH", onBehalfOf: "TM. BAN THƯỜNG VỤ" },
      bases: [
        "Nghị quyết Đại hội đại biểu Phụ nữ tỉnh Hà Giang lần thứ XVIII, nhiệm kỳ 2026 - 2031",
        "Chương trình công tác năm 2027 của Tỉnh ủy Hà Giang",
      ],
      recipients: ["Thường trực Tỉnh ủy", "Lưu VT"],
    },
  },
  {
    name: "a term plan typed without diacritics, a bare name as signature",
    text: [
      "HOI LHPN TINH BAC NINH",
      "BAN CHAP HANH",
      "So: 05/KH-BCH",
      "Bac Ninh, ngay 20 thang 11 nam 2026",
      "KẾ HOẠCH HOẠT ĐỘNG TOÀN KHÓA",
      "Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XX, nhiệm kỳ 2026 - 2031",
      "I. THỰC HIỆN CHỈ TIÊU NHIỆM KỲ",
      "1. Mỗi năm tăng 2.000 hội viên.",
      "Nơi nhận:",
      "- Đoàn Chủ tịch TW Hội;",
      "- Lưu: VT.",
      "Đỗ Thị Mai",
    ].join("\n"),
    expect: {
      title: "KẾ HOẠCH HOẠT ĐỘNG TOÀN KHÓA",
      subtitle: "Thực hiện Nghị quyết Đại hội đại biểu Phụ nữ tỉnh lần thứ XX, nhiệm kỳ 2026 - 2031",
      issuer: "HOI LHPN TINH BAC NINH",
      body: "BAN CHAP HANH",
      province: "Bắc Ninh",
      number: "05/KH-BCH",
      issuedAt: "2026-11-20",
      place: "Bac Ninh",
      year: null,
      period: { from: 2026, to: 2031 },
      signer: { name: "Đỗ Thị Mai", title: null, onBehalfOf: null },
      bases: [],
      recipients: ["Đoàn Chủ tịch TW Hội", "Lưu: VT"],
    },
  },
  {
    name: "a draft: number, day and month left blank; no signature",
    text: [
      "HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG",
      "BAN CHẤP HÀNH",
      "Số:        /KH-BCH",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Đà Nẵng, ngày      tháng      năm 2028",
      "KẾ HOẠCH",
      "Thực hiện khâu đột phá “Chuyển đổi số trong công tác Hội”",
      "năm 2028",
      "Thực hiện Chương trình công tác toàn khóa của Ban Chấp hành Hội LHPN thành phố, Kế hoạch số 77/KH-ĐCT ngày 05/3/2027 của Đoàn Chủ tịch Trung ương Hội, Ban Chấp hành Hội LHPN thành phố xây dựng kế hoạch như sau:",
      "I. MỤC ĐÍCH",
      "1. Đẩy mạnh ứng dụng công nghệ số.",
      "Trên đây là Kế hoạch thực hiện khâu đột phá năm 2028 của Ban Chấp hành Hội LHPN thành phố.",
    ].join("\n"),
    expect: {
      title: "KẾ HOẠCH",
      subtitle: "Thực hiện khâu đột phá “Chuyển đổi số trong công tác Hội” năm 2028",
      issuer: "HỘI LIÊN HIỆP PHỤ NỮ THÀNH PHỐ ĐÀ NẴNG",
      body: "BAN CHẤP HÀNH",
      province: "Đà Nẵng",
      number: null,
      issuedAt: null,
      place: "Đà Nẵng",
      year: 2028,
      period: null,
      signer: null,
      bases: [
        "Chương trình công tác toàn khóa của Ban Chấp hành Hội LHPN thành phố",
        "Kế hoạch số 77/KH-ĐCT ngày 05/3/2027 của Đoàn Chủ tịch Trung ương Hội",
      ],
      recipients: [],
    },
  },
  {
    name: "a Hội Người cao tuổi: the body is BAN ĐẠI DIỆN, signed TM. BAN ĐẠI DIỆN; an annex after the name is no signer",
    text: [
      "HỘI NGƯỜI CAO TUỔI TỈNH NINH THUẬN",
      "BAN ĐẠI DIỆN",
      "Số: 04/KH-BĐD",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Ninh Thuận, ngày 11 tháng 3 năm 2027",
      "KẾ HOẠCH",
      "Tổ chức mừng thọ người cao tuổi năm 2027",
      "I. NỘI DUNG",
      "1. Tổ chức mừng thọ trong quý I/2027.",
      "Nơi nhận:",
      "- UBND tỉnh (b/c);",
      "- Lưu: VT.",
      "TM. BAN ĐẠI DIỆN",
      "TRƯỞNG BAN",
      "Trần Văn Hùng",
      "PHỤ LỤC",
      "Danh sách người cao tuổi được mừng thọ",
    ].join("\n"),
    expect: { body: "BAN ĐẠI DIỆN", signer: { name: "Trần Văn Hùng", title: "TRƯỞNG BAN", onBehalfOf: "TM. BAN ĐẠI DIỆN" } },
  },
  {
    name: "an informal plan without header or Nơi nhận: a title in ordinary case above the name",
    text: [
      "KẾ HOẠCH",
      "Tổ chức ngày hội gia đình năm 2027",
      "1. Mỗi chi hội tham gia 01 tiết mục văn nghệ.",
      "Đề nghị các chi hội thực hiện tốt kế hoạch./.",
      "Chủ tịch Hội LHPN xã",
      "Lò Thị Hoa",
    ].join("\n"),
    expect: { number: null, recipients: [], signer: { name: "Lò Thị Hoa", title: "Chủ tịch Hội LHPN xã", onBehalfOf: null } },
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
    name: "a district department under its People's Committee, signed by its head without TM./KT.",
    text: [
      "UBND HUYỆN NAM ĐÀN",
      "PHÒNG VĂN HÓA VÀ THÔNG TIN",
      "Số: 08/KH-VHTT",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Nam Đàn, ngày 06 tháng 5 năm 2027",
      "KẾ HOẠCH",
      "Tổ chức Ngày hội văn hóa các dân tộc năm 2027",
      "1. Tổ chức ngày hội trong tháng 9/2027.",
      "Nơi nhận:",
      "TRƯỞNG PHÒNG",
      "- UBND huyện (b/c);",
      "- Lưu: VT.",
      "Phan Văn Đức",
    ].join("\n"),
    expect: { issuer: "PHÒNG VĂN HÓA VÀ THÔNG TIN", signer: { name: "Phan Văn Đức", title: "TRƯỞNG PHÒNG", onBehalfOf: null } },
  },
  {
    name: "a commune party committee signs 'T/M ĐẢNG ỦY' beside 'Nơi nhận', recipients ending with ','",
    text: [
      "ĐẢNG BỘ HUYỆN LẠC DƯƠNG",
      "ĐẢNG ỦY XÃ ĐẠ SAR",
      "Số 09-KH/ĐU",
      "KẾ HOẠCH",
      "Tổ chức Hội nghị điển hình dân vận khéo năm 2027",
      "1. Tổ chức hội nghị trong tháng 8/2027.",
      "Nơi nhận:",
      "T/M ĐẢNG ỦY",
      "- Ban Thường vụ Huyện ủy (b/c),",
      "BÍ THƯ",
      "- Lưu Văn phòng Đảng ủy.",
      "Cil Ha Thông",
    ].join("\n"),
    expect: { signer: { name: "Cil Ha Thông", title: "BÍ THƯ", onBehalfOf: "T/M ĐẢNG ỦY" }, recipients: ["Ban Thường vụ Huyện ủy", "Lưu Văn phòng Đảng ủy"] },
  },
];

/** Province names as written → canonical name (null: not a province). */
export const provinceExamples: Array<[string, string | null]> = [
  ["THÁI NGUYÊN", "Thái Nguyên"],
  ["Nam Dinh", "Nam Định"],
  ["tỉnh Cao Bằng", "Cao Bằng"],
  ["TỈNH SÓC TRĂNG", "Sóc Trăng"],
  ["Thanh Hoá", "Thanh Hóa"],
  ["Khánh Hoà", "Khánh Hòa"],
  ["BÀ RỊA - VŨNG TÀU", "Bà Rịa - Vũng Tàu"],
  ["Bà Rịa Vũng Tàu", "Bà Rịa - Vũng Tàu"],
  ["Thừa Thiên Huế", "Thừa Thiên Huế"],
  ["thành phố Huế", "Huế"],
  ["Đắc Lắc", "Đắk Lắk"],
  ["Bắc Cạn", "Bắc Kạn"],
  ["thành phố Hồ Chí Minh", "Hồ Chí Minh"],
  ["Việt Nam", null],
  ["Bình", null],
  ["Nam Định Hà Nam", null], // two provinces: not one name
];

/** An opening paragraph → the documents it cites. */
export const baseExamples: Array<[string, string[]]> = [
  [
    // two documents joined by "và": the second starts with a capitalised kind
    "Thực hiện Chương trình công tác năm 2027 của Trung ương Hội Cựu chiến binh Việt Nam và Nghị quyết Hội nghị Ban Chấp hành Hội tỉnh lần thứ năm, Ban Thường vụ xây dựng kế hoạch như sau:",
    ["Chương trình công tác năm 2027 của Trung ương Hội Cựu chiến binh Việt Nam", "Nghị quyết Hội nghị Ban Chấp hành Hội tỉnh lần thứ năm"],
  ],
  [
    // "và" before a lower-case kind word inside a title is not a new document
    "Căn cứ Kế hoạch số 12/KH-UBND về phát triển kinh tế tập thể và kế hoạch sản xuất vụ đông của UBND huyện, Ban Thường vụ Hội Nông dân xây dựng kế hoạch như sau:",
    ["Kế hoạch số 12/KH-UBND về phát triển kinh tế tập thể và kế hoạch sản xuất vụ đông của UBND huyện"],
  ],
  [
    "Căn cứ Chỉ thị số 05-CT/TU ngày 12/4/2026 của Tỉnh ủy; Căn cứ Quyết định số 88/QĐ-UBND của UBND tỉnh về phê duyệt đề án, Ban Chấp hành Hội Nông dân tỉnh ban hành kế hoạch như sau:",
    ["Chỉ thị số 05-CT/TU ngày 12/4/2026 của Tỉnh ủy", "Quyết định số 88/QĐ-UBND của UBND tỉnh về phê duyệt đề án"],
  ],
  [
    "Theo Hướng dẫn số 3/HD-ĐCT ngày 01/02/2027 của Đoàn Chủ tịch; thực hiện văn bản số 19/CV-BTV của Ban Thường vụ, Thường trực Hội xây dựng kế hoạch:",
    ["Hướng dẫn số 3/HD-ĐCT ngày 01/02/2027 của Đoàn Chủ tịch", "văn bản số 19/CV-BTV của Ban Thường vụ"],
  ],
  [
    "Căn cứ Nghị quyết Đại hội Đoàn tỉnh lần thứ XV, Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII; căn cứ tình hình thực tế của địa phương, Ban Thường vụ Tỉnh đoàn xây dựng kế hoạch như sau:",
    ["Nghị quyết Đại hội Đoàn tỉnh lần thứ XV", "Nghị quyết Đại hội Đoàn toàn quốc lần thứ XII"],
  ],
  // a quoted subject with a ";" inside is one document
  [
    "Thực hiện Kế hoạch số 9/KH-BCH về thực hiện nhiệm vụ “Xây dựng chi hội vững mạnh; phát triển hội viên” của Ban Chấp hành, Ban Thường vụ Hội xây dựng kế hoạch như sau:",
    ["Kế hoạch số 9/KH-BCH về thực hiện nhiệm vụ “Xây dựng chi hội vững mạnh; phát triển hội viên” của Ban Chấp hành"],
  ],
  // a department or a party board announcing the plan
  ["Căn cứ Công văn số 210/BYT-KHTC ngày 12/3/2026 của Bộ Y tế về kế hoạch năm 2026, Sở Y tế xây dựng Kế hoạch như sau:",
    ["Công văn số 210/BYT-KHTC ngày 12/3/2026 của Bộ Y tế về kế hoạch năm 2026"]],
  ["Thực hiện Kế hoạch số 40-KH/TU ngày 02/4/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận, Ban Dân vận Tỉnh ủy xây dựng kế hoạch như sau:",
    ["Kế hoạch số 40-KH/TU ngày 02/4/2026 của Ban Thường vụ Tỉnh ủy về công tác dân vận"]],
  // the announcing clause of a party committee or a cooperative alliance, after "," or ";"
  ["Thực hiện Kế hoạch số 31-KH/HU ngày 10/01/2026 của Ban Thường vụ Huyện ủy, Đảng ủy xã xây dựng Kế hoạch năm 2026 như sau:",
    ["Kế hoạch số 31-KH/HU ngày 10/01/2026 của Ban Thường vụ Huyện ủy"]],
  ["Căn cứ Kế hoạch số 77/KH-UBND ngày 03/3/2026 của Ủy ban nhân dân tỉnh; Liên minh Hợp tác xã tỉnh xây dựng Kế hoạch như sau:",
    ["Kế hoạch số 77/KH-UBND ngày 03/3/2026 của Ủy ban nhân dân tỉnh"]],
];

/** A "Nơi nhận" line → the recipient (null: an annotation only). */
export const recipientExamples: Array<[string, string | null]> = [
  ["- Thường trực Huyện ủy;", "Thường trực Huyện ủy"],
  ["- Ban Dân vận Tỉnh ủy; Để báo cáo", "Ban Dân vận Tỉnh ủy"],
  ["- Sở Y tế; (để phối hợp)", "Sở Y tế"],
  ["- Các cơ sở Hội;\tĐể thực hiện", "Các cơ sở Hội"],
  ["- Hội LHPN các xã, phường; các đơn vị.", "Hội LHPN các xã, phường; các đơn vị"],
  ["- Lưu: VT, VP.", "Lưu: VT, VP"],
  ["- Lưu VT.", "Lưu VT"],
  // a party document ends recipient lines with ","
  ["- Thường trực Huyện ủy (b/c),", "Thường trực Huyện ủy"],
  ["- Các chi bộ trực thuộc,", "Các chi bộ trực thuộc"],
  ["Để báo cáo", null],
];

// ---------------------------------------------------------------- the corpus (rules/examples.ts)

/** White space folded in every string (the fields are compared as a reader sees them). */
const fold = (v: unknown): unknown => {
  if (typeof v === "string") return v.normalize("NFC").replace(/\s+/g, " ").trim();
  if (Array.isArray(v)) return v.map(fold);
  if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, x]) => [k, fold(x)]));
  return v;
};

export const corpus = [
  examplesOf<string, Partial<Meta>>({
    id: "meta",
    read: (text) => fold(extractMeta(parseTxtString(text)).meta) as Meta,
    rows: examples.map((ex) => [ex.text, fold(ex.expect) as Partial<Meta>, ex.name]),
  }),
  examplesOf({ id: "province", read: canonicalProvince, rows: provinceExamples }),
  examplesOf({ id: "bases", read: (text: string) => readBases(text).map(fold) as string[], rows: baseExamples.map(([t, b]) => [t, b.map(fold) as string[]] as const) }),
  examplesOf({ id: "recipient", read: cleanRecipient, rows: recipientExamples }),
];
