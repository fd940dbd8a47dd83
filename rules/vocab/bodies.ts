// Bodies (cơ quan): the board of an organisation that issues, announces or signs a plan
// ("BAN CHẤP HÀNH" under "HỘI NÔNG DÂN TỈNH …", "TM. BAN THƯỜNG VỤ", ", Ban Thường vụ … xây
// dựng kế hoạch … như sau:"). Matched on the "full" view (rules/vocab/pattern.ts).
// Add a body as one row here and an example row in rules/meta/issuer.examples.ts (read in the
// header) or rules/meta/opening.examples.ts (read in the opening).

export interface BodyRow {
  /** as written, lower case: "ban thường vụ" */
  phrase: string;
  /** its abbreviation before the organisation on one header line: "BTV HỘI NÔNG DÂN TỈNH …" */
  abbr?: string;
  /** an elected board that leads an organisation: named in the opening ("Ban Thường vụ Hội LHPN tỉnh …") and read from "TM. …" */
  elected?: boolean;
  /** signs on the organisation's behalf: "TM. BAN THƯỜNG VỤ", "TM. BAN ĐẠI DIỆN" */
  signs?: boolean;
  /** announces the plan at the end of the opening: ", Ban Chỉ đạo … xây dựng kế hoạch … như sau:" */
  announces?: boolean;
}

/** A header line of its own in the left column (every row), and where else each body is read. */
export const BODIES: readonly BodyRow[] = [
  { phrase: "ban chấp hành", abbr: "bch", elected: true, signs: true, announces: true },
  { phrase: "ban thường vụ", abbr: "btv", elected: true, signs: true, announces: true },
  { phrase: "ban thường trực", abbr: "btt", elected: true, signs: true, announces: true },
  { phrase: "ban chỉ đạo", announces: true },
  { phrase: "ban tổ chức" },
  { phrase: "ban tuyên giáo" },
  { phrase: "ban kiểm tra" },
  // leads the Hội Người cao tuổi of a province or district
  { phrase: "ban đại diện", signs: true },
  // leads a club or a Hội's branch
  { phrase: "ban chủ nhiệm", signs: true },
];

/** The phrases of the rows with a flag (or all rows), and their abbreviations when asked. */
export const bodyPhrases = (flag?: "elected" | "signs" | "announces", abbr = false): string[] =>
  BODIES.filter((b) => !flag || b[flag]).flatMap((b) => (abbr && b.abbr ? [b.abbr, b.phrase] : [b.phrase]));

/**
 * Who else signs "TM. …" / "KT. …" besides a board: a party committee, the chair, a People's
 * Committee, a department's head ("TM. ỦY BAN NHÂN DÂN", "KT. BÍ THƯ", "KT. GIÁM ĐỐC", "T/M ĐẢNG ỦY").
 */
export const SIGNING_CAPACITIES = [
  "đảng ủy", "chi ủy", "chi bộ", "chủ tịch", "thường trực", "ủy ban nhân dân", "ubnd", "ủy ban", "đoàn chủ tịch",
  "bí thư", "giám đốc", "trưởng ban",
];

/**
 * Who else announces the plan at the end of the opening: ", Sở Giáo dục và Đào tạo xây dựng Kế
 * hoạch …", ", Ban Dân vận Tỉnh ủy xây dựng kế hoạch …", ", Đảng ủy xã xây dựng Kế hoạch …"
 * (a Sở by its field: "số 15/…" is a document number).
 */
export const ANNOUNCERS = [
  "thường trực", "đoàn chủ tịch", "hội lhpn", "hội liên hiệp", "ủy ban", "ubnd", "chúng tôi",
  "sở giáo dục", "sở y tế", "sở tài chính", "sở nội vụ", "sở văn hóa", "sở lao động", "sở nông nghiệp", "sở tư pháp",
  "sở kế hoạch", "sở công thương", "sở xây dựng", "sở khoa học", "sở thông tin", "sở tài nguyên", "sở giao thông",
  "sở ngoại vụ", "sở dân tộc",
  "ban dân vận", "ban tuyên giáo", "ban tổ chức", "ban kinh tế", "ban nội chính",
  "hội nông dân", "hội cựu chiến binh", "hội chữ thập đỏ", "liên đoàn lao động", "tỉnh đoàn", "thành đoàn", "huyện đoàn",
  // a cooperative alliance, a party committee or cell, other associations
  "liên minh hợp tác xã", "liên minh htx", "đảng ủy", "chi ủy", "chi bộ",
  "hội khuyến học", "hội người cao tuổi", "hội luật gia", "hội cựu giáo chức", "hội doanh nhân",
];

/**
 * Organisations named as the actor of the sentence that announces a plan, when the header does not
 * name the issuer ("…, Ủy ban nhân dân thành phố ban hành Kế hoạch …", "Ngày 9/12/2022, HĐND tỉnh ban
 * hành Nghị quyết …", "BCH Đoàn trường xây dựng kế hoạch …"): the announcers above and these.
 * Read by rules/meta/issuer.ts ("full" view); an example row goes in rules/meta/issuer.examples.ts.
 */
export const ISSUING_ORGANISATIONS = [
  "ủy ban nhân dân", "hội đồng nhân dân", "hđnd", "ủy ban mttq", "ủy ban mặt trận",
  "đảng bộ", "tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy",
  "quận đoàn", "thị đoàn", "đoàn trường", "đoàn thanh niên", "liên đội", "công đoàn", "liên đoàn lao động",
  "hội liên hiệp phụ nữ", "hội phụ nữ",
  // a school, and the branches of an association or of the Youth Union ("Trường THCS X xây dựng kế hoạch …",
  // "Chi hội Chữ thập đỏ trường … xây dựng kế hoạch …")
  "trường", "chi hội", "chi đoàn",
  // associations by their usual abbreviations
  "hội ccb", "hội nct", "hội nd", "hội cctn", "hội ctđ",
  // national bodies, and a congress that sets the targets (gold README: the congress is the issuer)
  "quốc hội", "chính phủ", "đại hội đại biểu", "đại hội",
  // the police, an emulation bloc, a steering committee, other associations and units named in a news lead
  // ("Sáng 12/3, Công an tỉnh đã phát lệnh ra quân …", "Khối thi đua Công đoàn ngành X đề ra 6 chỉ tiêu",
  // "Ban chỉ đạo hiến máu tình nguyện huyện vừa xây dựng kế hoạch …")
  "công an", "khối thi đua", "cụm thi đua", "ban chỉ đạo", "ban chỉ huy quân sự", "bộ chỉ huy quân sự",
  "hội liên hiệp thanh niên", "hội lhtn", "ủy ban hội", "hội sinh viên", "hội doanh nhân trẻ",
  "hội nạn nhân chất độc da cam", "hội bảo trợ", "hội cựu thanh niên xung phong", "hội người mù",
  "hội đồng đội", "đoàn khối", "đoàn phường", "đoàn xã", "đoàn thị trấn", "đoàn cơ sở", "trung tâm y tế", "bệnh viện", "trạm y tế", "phòng giáo dục", "ban quản lý",
  "chi cục", "ủy ban kiểm tra", "đồn biên phòng", "hợp tác xã",
  // a ministry, a general department, a department: "…; Bộ Y tế hướng dẫn thực hiện kế hoạch …", "Tổng cục X định hướng …"
  "bộ", "tổng cục", "cục",
  // an office that announces for its body: "Văn phòng UBND tỉnh thông báo lịch tiếp công dân …"
  "văn phòng",
];

/**
 * Who passes a resolution: a resolution's subtitle names it ("NGHỊ QUYẾT" / "ĐẠI HỘI ĐẠI BIỂU PHỤ NỮ
 * THÀNH PHỐ … LẦN THỨ XIV, NHIỆM KỲ 2021-2026"), and it is the issuer (rules/meta.ts, "full" view).
 */
export const RESOLVING_BODIES = ["đại hội", "hội nghị"];

/**
 * The shape of an organisation's name after its kind (rules/meta/org-name.ts, "tone" view: "tỉnh" is not "tình"): the kind
 * ("Hội Nông dân", "Công đoàn", "Ủy ban nhân dân"), then its scope, a level and the proper name of the
 * place or unit: "… xã Tân An", "… phường 5", "… Trường Tiểu học Lê Lợi", "… huyện A tỉnh B".
 * A place level is followed by a capitalised name or a number; the first lower-case word after a
 * complete scope ends the name ("UBND phường X thông báo", "Hội Nông dân xã dự kiến …").
 */
export const PLACE_LEVELS = [
  "tỉnh", "thành phố", "tp", "tp.", "huyện", "quận", "thị xã", "tx", "xã", "phường", "thị trấn", "ấp", "thôn", "bản", "khu phố",
];

/**
 * A level whose scope is a field, a group or an institution, whose name may hold lower-case words: "Công đoàn
 * ngành giáo dục huyện X", "Hội Cựu chiến binh khối các cơ quan tỉnh", "Đoàn trường Cao đẳng Y tế X", "Chi hội
 * trường Cao đẳng Kỹ thuật Y": the words after it are part of the name up to the next level or clause word.
 */
export const FIELD_LEVELS = [
  "khối", "ngành", "cụm", "cơ sở", "bộ phận", "khoa", "trung ương", "tw", "t.ư",
  "trường", "trung tâm", "bệnh viện", "phân hiệu", "chi nhánh", "văn phòng",
];

/**
 * Committees and Youth Union levels named by their place word: a name's part, never a place level ("Ban Tuyên
 * giáo Tỉnh ủy", "Văn phòng Huyện ủy", "Ban Thanh niên Tỉnh đoàn").
 */
export const LEVEL_COMMITTEES = ["tỉnh ủy", "thành ủy", "huyện ủy", "quận ủy", "thị ủy", "đảng ủy", "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn"];

/** The kind of a school after "Trường" ("Trường Tiểu học …", "Trường THCS …", "Trường Cao đẳng nghề …"): part of the scope. */
export const SCHOOL_KINDS = [
  "mầm non", "mẫu giáo", "tiểu học", "trung học cơ sở", "trung học phổ thông", "thcs", "thpt", "th", "th&thcs", "th & thcs",
  "thcs&thpt", "thcs & thpt", "phổ thông", "phổ thông dân tộc nội trú", "phổ thông dân tộc bán trú", "ptdtnt", "ptdtbt",
  "đại học", "cao đẳng", "cao đẳng nghề", "trung cấp", "trung cấp nghề", "liên cấp", "giáo dục thường xuyên", "gdtx",
];

/** What continues a name after its scope: the congress's ordinal ("Đại hội … tỉnh X lần thứ IV"). */
export const NAME_TAILS = ["lần thứ"];

/** Words that join two capitalised parts of one name: "Sở Thông tin và Truyền thông", "Phòng Văn hóa - Thông tin". */
export const NAME_JOINERS = ["và", "-", "–", "&"];

/**
 * A level written before an organisation's kind, part of its name: "Trung ương Hội Chữ thập đỏ Việt Nam", "T.Ư Đoàn",
 * "TW Hội LHPN Việt Nam" (rules/meta/issuer.ts, "full" view).
 */
export const ORG_LEVEL_PREFIXES = ["trung ương", "t.ư", "tw", "t.w"];

/**
 * Committees set up for one event or campaign ("BAN TỔ CHỨC CHƯƠNG TRÌNH …", "BAN CHỈ ĐẠO HỘI THI …"): under an
 * organisation and its board in the header, such a committee is the lowest unit and the issuer (rules/meta/header.ts,
 * "full" view).
 */
export const AD_HOC_COMMITTEES = ["ban tổ chức", "ban chỉ đạo", "ban vận động", "ban giám khảo", "ban điều hành", "tiểu ban", "hội đồng thi đua"];

/**
 * Kinds of committee named for their subject with "về" (rules/meta/org-name.ts, "tone" view): "Ủy ban Quốc gia về chuyển
 * đổi số", "Ban Chỉ đạo … về phòng, chống tham nhũng", "Hội đồng … về …" ("về" after other names opens their clause).
 */
export const SUBJECT_COMMITTEES = ["ủy ban", "ban chỉ đạo", "hội đồng", "ủy ban quốc gia"];
/** The word that names a committee's subject after its kind: "Ủy ban Quốc gia về …" (rules/meta/org-name.ts). */
export const SUBJECT_JOINERS = ["về"];
