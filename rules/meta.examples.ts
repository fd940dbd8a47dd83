// The corpus of rules/meta.ts: made-up plans of other provinces, organisations and
// years, in the layout of Vietnamese administrative documents. Each plan is plain
// text (one paragraph per line, as parsers/txt.ts reads it); `expect` lists the meta
// fields to check (a field left out is not checked).
import type { Meta } from "../schemas/plan.js";

export interface MetaExample {
  name: string;
  text: string;
  expect: Partial<Meta>;
}

export const examples: MetaExample[] = [
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
  ["Để báo cáo", null],
];
