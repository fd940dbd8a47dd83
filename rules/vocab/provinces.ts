// Vietnamese provinces and centrally-run cities (tỉnh, thành phố trực thuộc trung ương):
// the 63 units in force until mid-2025, plus the names of the 34 units after the 2025
// merger (all of which but "Huế" are names of old units kept by the merged province).
// Read by rules/provinces.ts, which matches them on folded text and returns the canonical name.

export interface Province {
  /** canonical name with diacritics, as used in `meta.province` */
  name: string;
  /** other spellings (matched after folding like the name) */
  aliases?: string[];
  kind: "tỉnh" | "thành phố";
  /** one of the 34 units after the 2025 merger */
  after2025: boolean;
  /**
   * named after a person: the bare name is the person ("Đoàn TNCS Hồ Chí Minh", "tư tưởng Hồ Chí
   * Minh") unless the city's unit stands before it ("thành phố Hồ Chí Minh", "TP. Hồ Chí Minh") or
   * the name opens the text ("Hồ Chí Minh, ngày …"); its abbreviations ("TP.HCM") are the city
   */
  person?: boolean;
}

const P = (name: string, kind: Province["kind"], after2025: boolean, aliases?: string[]): Province => ({ name, kind, after2025, aliases });

export const PROVINCES: readonly Province[] = [
  P("An Giang", "tỉnh", true),
  P("Bà Rịa - Vũng Tàu", "tỉnh", false, ["Bà Rịa Vũng Tàu", "BR-VT"]),
  P("Bạc Liêu", "tỉnh", false),
  P("Bắc Giang", "tỉnh", false),
  P("Bắc Kạn", "tỉnh", false, ["Bắc Cạn"]),
  P("Bắc Ninh", "tỉnh", true),
  P("Bến Tre", "tỉnh", false),
  P("Bình Dương", "tỉnh", false),
  P("Bình Định", "tỉnh", false),
  P("Bình Phước", "tỉnh", false),
  P("Bình Thuận", "tỉnh", false),
  P("Cà Mau", "tỉnh", true),
  P("Cao Bằng", "tỉnh", true),
  P("Cần Thơ", "thành phố", true),
  P("Đà Nẵng", "thành phố", true),
  P("Đắk Lắk", "tỉnh", true, ["Đắc Lắc", "Đăk Lăk", "Đắk Lăk", "Daklak"]),
  P("Đắk Nông", "tỉnh", false, ["Đắc Nông", "Đăk Nông", "Daknong"]),
  P("Điện Biên", "tỉnh", true),
  P("Đồng Nai", "tỉnh", true),
  P("Đồng Tháp", "tỉnh", true),
  P("Gia Lai", "tỉnh", true),
  P("Hà Giang", "tỉnh", false),
  P("Hà Nam", "tỉnh", false),
  P("Hà Nội", "thành phố", true),
  P("Hà Tĩnh", "tỉnh", true),
  P("Hải Dương", "tỉnh", false),
  P("Hải Phòng", "thành phố", true),
  P("Hậu Giang", "tỉnh", false),
  P("Hòa Bình", "tỉnh", false),
  { ...P("Hồ Chí Minh", "thành phố", true, ["TP.HCM", "TP HCM", "TPHCM", "TP. HCM"]), person: true },
  P("Hưng Yên", "tỉnh", true),
  P("Khánh Hòa", "tỉnh", true),
  P("Kiên Giang", "tỉnh", false),
  P("Kon Tum", "tỉnh", false, ["Kontum"]),
  P("Lai Châu", "tỉnh", true),
  P("Lạng Sơn", "tỉnh", true),
  P("Lào Cai", "tỉnh", true),
  P("Lâm Đồng", "tỉnh", true),
  P("Long An", "tỉnh", false),
  P("Nam Định", "tỉnh", false),
  P("Nghệ An", "tỉnh", true),
  P("Ninh Bình", "tỉnh", true),
  P("Ninh Thuận", "tỉnh", false),
  P("Phú Thọ", "tỉnh", true),
  P("Phú Yên", "tỉnh", false),
  P("Quảng Bình", "tỉnh", false),
  P("Quảng Nam", "tỉnh", false),
  P("Quảng Ngãi", "tỉnh", true),
  P("Quảng Ninh", "tỉnh", true),
  P("Quảng Trị", "tỉnh", true),
  P("Sóc Trăng", "tỉnh", false),
  P("Sơn La", "tỉnh", true),
  P("Tây Ninh", "tỉnh", true),
  P("Thái Bình", "tỉnh", false),
  P("Thái Nguyên", "tỉnh", true),
  P("Thanh Hóa", "tỉnh", true),
  P("Thừa Thiên Huế", "tỉnh", false, ["Thừa Thiên - Huế"]),
  P("Tiền Giang", "tỉnh", false),
  P("Trà Vinh", "tỉnh", false),
  P("Tuyên Quang", "tỉnh", true),
  P("Vĩnh Long", "tỉnh", true),
  P("Vĩnh Phúc", "tỉnh", false),
  P("Yên Bái", "tỉnh", false),
  // since 2025 a centrally-run city (the former Thừa Thiên Huế)
  P("Huế", "thành phố", true),
];

/** The unit before a province's name: "tỉnh Cao Bằng", "thành phố Huế" (with or without diacritics). */
export const PROVINCE_UNITS = ["tỉnh", "tinh", "thành phố", "thanh pho"];
