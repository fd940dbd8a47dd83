// The small vocabulary the province diff (src/diff.ts) aligns targets with:
// phrases that name the same thing in different plans. Phrases are written as in
// the documents; they are compared word by word after lower-casing and folding
// the tone-mark style (src/ground/text.ts), with diacritics kept ("hộ" is not "hỗ").
//
// `subject` concepts are what a target counts or measures ("100% chi hội trưởng
// được tập huấn": chi hội trưởng). Two targets whose first subjects differ
// measure different things and are never paired. `topic` concepts are what is
// done or reached (máy tính, CNTT, kết nạp Đảng); they weigh more than plain words.
// Longer phrases win over shorter ones at the same place.

export interface Concept {
  key: string;
  /** how the concept is shown in explanations */
  label: string;
  role: "subject" | "topic";
  phrases: string[];
}

export const CONCEPTS: Concept[] = [
  // --- who or what is counted
  {
    key: "co-so-hoi",
    label: "cơ sở Hội",
    role: "subject",
    phrases: [
      "cơ sở Hội", "Hội LHPN cơ sở", "Hội LHPN cấp cơ sở", "Hội LHPN xã, phường, thị trấn", "Hội LHPN xã",
      "Hội LHPN cấp xã", "Hội Phụ nữ cơ sở", "Hội Phụ nữ xã, phường, thị trấn", "Hội LHPN xã, phường",
      "cấp cơ sở", "Hội cơ sở",
    ],
  },
  { key: "chi-hoi-truong", label: "chi hội trưởng", role: "subject", phrases: ["chi hội trưởng", "trưởng chi hội", "chi hội trưởng phụ nữ"] },
  { key: "chi-hoi", label: "chi hội", role: "subject", phrases: ["chi hội", "chi, tổ hội", "tổ phụ nữ"] },
  {
    key: "can-bo-chuyen-trach",
    label: "cán bộ Hội chuyên trách",
    role: "subject",
    phrases: ["cán bộ Hội chuyên trách", "cán bộ chuyên trách", "cán bộ Hội chuyên trách các cấp", "CB chuyên trách"],
  },
  { key: "can-bo-co-so", label: "cán bộ Hội cơ sở", role: "subject", phrases: ["cán bộ Hội cơ sở", "cán bộ cơ sở", "cán bộ Hội cấp cơ sở"] },
  { key: "hoi-cap-tinh", label: "Hội LHPN cấp tỉnh", role: "subject", phrases: ["Hội LHPN cấp tỉnh", "Hội LHPN tỉnh", "cấp tỉnh"] },
  {
    key: "hoi-cap-huyen",
    label: "Hội LHPN cấp huyện",
    role: "subject",
    phrases: ["Hội LHPN cấp huyện", "Hội LHPN huyện", "huyện/thành Hội", "Hội LHPN các huyện, thành phố", "cấp huyện"],
  },
  {
    key: "hoi-vien-uu-tu",
    label: "hội viên ưu tú",
    role: "subject",
    phrases: ["hội viên ưu tú", "hội viên phụ nữ ưu tú", "phụ nữ ưu tú", "quần chúng ưu tú", "hội viên, phụ nữ ưu tú"],
  },
  { key: "hoi-vien", label: "hội viên", role: "subject", phrases: ["hội viên", "hội viên phụ nữ"] },
  { key: "ho", label: "hộ", role: "subject", phrases: ["hộ", "hộ gia đình", "hộ có phụ nữ", "hộ phụ nữ", "gia đình hội viên"] },
  { key: "htx", label: "hợp tác xã", role: "subject", phrases: ["HTX", "hợp tác xã"] },
  {
    key: "chu-doanh-nghiep",
    label: "chủ doanh nghiệp",
    role: "subject",
    phrases: ["chủ doanh nghiệp", "nữ chủ doanh nghiệp", "phụ nữ là chủ doanh nghiệp", "doanh nghiệp nữ"],
  },
  { key: "nan-nhan", label: "nạn nhân", role: "subject", phrases: ["nạn nhân", "nạn nhân của bạo lực gia đình", "nạn nhân mua bán người"] },
  { key: "chinh-sach", label: "chính sách", role: "subject", phrases: ["chính sách"] },
  { key: "du-thao", label: "dự thảo văn bản", role: "subject", phrases: ["dự thảo văn bản", "dự thảo"] },
  { key: "mo-hinh", label: "mô hình", role: "subject", phrases: ["mô hình"] },
  { key: "cong-trinh", label: "công trình, phần việc", role: "subject", phrases: ["công trình", "phần việc", "công trình/phần việc", "công trình, phần việc"] },
  // --- what is done or reached
  { key: "may-tinh", label: "máy tính", role: "topic", phrases: ["máy tính", "máy vi tính"] },
  { key: "cntt", label: "CNTT", role: "topic", phrases: ["CNTT", "công nghệ thông tin"] },
  { key: "website", label: "trang thông tin điện tử", role: "topic", phrases: ["trang thông tin điện tử", "website", "fanpage", "trang Fanpage"] },
  { key: "dang", label: "Đảng", role: "topic", phrases: ["cho Đảng", "kết nạp Đảng", "phát triển Đảng", "kết nạp vào Đảng", "Đảng xem xét"] },
  { key: "thoat-ngheo", label: "thoát nghèo", role: "topic", phrases: ["thoát nghèo", "thoát cận nghèo", "giảm nghèo"] },
  { key: "bao-luc", label: "bạo lực gia đình", role: "topic", phrases: ["bạo lực gia đình", "BLGĐ", "mua bán người"] },
  { key: "nong-thon-moi", label: "nông thôn mới", role: "topic", phrases: ["nông thôn mới", "NTM"] },
  { key: "5k3s", label: "5 không, 3 sạch", role: "topic", phrases: ["5 không, 3 sạch", "5 không 3 sạch", "năm không, ba sạch", "5 có, 3 sạch"] },
  { key: "khoi-nghiep", label: "khởi nghiệp", role: "topic", phrases: ["khởi nghiệp", "khởi sự kinh doanh"] },
  { key: "tap-hop", label: "tập hợp phụ nữ", role: "topic", phrases: ["tỷ lệ tập hợp", "tập hợp", "thu hút phụ nữ"] },
  { key: "giam-sat", label: "giám sát", role: "topic", phrases: ["giám sát"] },
  { key: "phan-bien", label: "phản biện, góp ý", role: "topic", phrases: ["phản biện xã hội", "phản biện", "góp ý"] },
];

/** Words that say nothing about what a target measures (compared folded: no diacritics). */
export const STOPWORDS: string[] = [
  "va", "cac", "cua", "cho", "voi", "tai", "trong", "nham", "de", "duoc", "la", "thi", "se", "da", "tu", "den",
  "tren", "duoi", "hon", "it", "nhat", "tro", "len", "toi", "thieu", "khong", "qua", "phan", "dau", "moi", "nhung",
  "mot", "so", "nam", "toan", "tinh", "hang", "tiep", "tuc", "dat", "co", "theo", "giao", "chi", "tieu", "tat", "ca",
  "thuong", "xuyen", "hieu", "tot", "nhieu", "them", "ve", "do", "nay", "khac", "cung", "nhu", "hoac", "ra",
];

/** Units that count the same thing under two names. */
export const UNIT_EQUIVALENTS: string[][] = [
  ["htx", "hợp tác xã"],
  ["hộ", "hộ gia đình", "gia đình"],
  ["hội viên", "hội viên phụ nữ"],
  ["công trình", "phần việc", "công trình/phần việc"],
  ["hoạt động", "loại hình hoạt động"],
];
