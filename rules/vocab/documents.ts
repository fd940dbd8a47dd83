// Kinds of documents (loại văn bản): the title of the plan itself and the documents it cites.

/**
 * Kinds of a week's schedule of leaders or committees ("LỊCH LÀM VIỆC CỦA …", "LỊCH CÔNG TÁC TUẦN …"): title kinds
 * too; a schedule lists engagements, so a model it names ("dự mô hình “…”") is no model of the plan (rules/model.ts).
 */
export const SCHEDULE_KINDS = ["lịch làm việc", "lịch công tác", "lịch trực", "lịch tổ chức", "lịch hoạt động"];

/**
 * Kinds of a plan's own title line, matched on the "full" view at the start of a line
 * (rules/meta/opening.ts `titleOf`), longest first. The kind is the title; what follows it on
 * the line is the subtitle ("KẾ HOẠCH HOẠT ĐỘNG THÁNG 5/2020" → "KẾ HOẠCH" + "HOẠT ĐỘNG THÁNG
 * 5/2020"), so a kind of several words ("KẾ HOẠCH HOẠT ĐỘNG TOÀN KHÓA", a term plan) is one row.
 * Add a title kind here and a row to rules/meta/header.examples.ts.
 */
export const TITLE_KINDS = [
  "kế hoạch",
  // a term plan of a congress's committee: the whole line is its kind
  "kế hoạch hoạt động toàn khóa",
  "chương trình", "chương trình hành động", "chương trình công tác",
  // a congress resolution with its chỉ tiêu section
  "nghị quyết",
  // (", " between words is optional in every row: "PHƯƠNG HƯỚNG NHIỆM VỤ" too)
  "phương hướng, nhiệm vụ",
  "định hướng",
  // a notice, a decision that adopts a plan, a week's schedule of leaders or committees: the kind is the
  // title ("THÔNG BÁO" / "Định hướng …", "QUYẾT ĐỊNH" / "Về việc ban hành Kế hoạch …", "LỊCH LÀM VIỆC CỦA …")
  "thông báo", "quyết định", ...SCHEDULE_KINDS,
  // a guidance, a scheme, a directive, a Party circular or conclusion that sets targets or tasks ("HƯỚNG DẪN" / "Tổ
  // chức Tháng Thanh niên năm 2027", "ĐỀ ÁN" / "Phát triển …", "CHỈ THỊ" / "Về tăng cường …")
  "hướng dẫn", "đề án", "chỉ thị", "thông tri", "kết luận",
];

/**
 * Words after a title kind that make the line no title: "KẾ HOẠCH HÓA GIA ĐÌNH" (family planning, a
 * field's name in an agency's header line: "TỔNG CỤC DÂN SỐ -" / "KẾ HOẠCH HÓA GIA ĐÌNH").
 */
export const NOT_TITLE_AFTER = ["hóa"];

/**
 * Kinds of the documents a plan cites ("Căn cứ Nghị quyết số …", "Công văn số … ngày 3/4/2022 của …"):
 * a basis starts with one (rules/meta/opening.ts, "full" view), and a date right after one is a
 * citation, not a deadline (rules/deadline.ts, "tone" view).
 */
export const DOCUMENT_KINDS = [
  "nghị quyết", "nghị định", "quyết định", "công văn", "văn bản", "kế hoạch", "hướng dẫn", "thông tư",
  "chỉ thị", "quy định", "thông báo", "kết luận", "luật", "đề án", "chương trình", "chiến lược",
  "quy chế", "điều lệ", "tờ trình", "báo cáo", "thông tri", "kế hoạch liên ngành", "quy chế phối hợp",
  "chương trình phối hợp", "nghị quyết liên tịch", "thông tư liên tịch", "dự án", "quy hoạch",
  "định hướng", "công điện", "hiến pháp",
];

/**
 * Leads of a decision's request or review, which cite no basis: "Xét đề nghị của Giám đốc Sở … tại Tờ trình số …",
 * "Sau khi xem xét …" (gold README, round 6; rules/meta/opening.ts, "full" view).
 */
export const NOT_BASIS_LEADS = ["xét đề nghị", "xét tờ trình", "sau khi xem xét", "xét báo cáo"];

/**
 * Plural determiners before a kind that make a reference generic, naming no particular document: "các Chỉ thị, Nghị
 * quyết của Trung ương …", "những văn bản chỉ đạo của tỉnh" (rules/meta/opening.ts, "full" view: no basis).
 */
export const PLURAL_DETERMINERS = ["các", "những"];

/**
 * Abbreviations of document kinds, read as a kind only before a number ("Căn cứ TT 16/2027/TT-BGDĐT ngày …", "QĐ số 12/…"):
 * "TT" alone is also a centre or a town (rules/meta/opening.ts, "full" view).
 */
export const DOCUMENT_ABBREVIATIONS = ["tt", "qđ", "nq", "nđ", "cv", "kh", "hd", "ct", "tb"];

/**
 * Kinds of documents that name a programme with a horizon ("Đề án “… đến năm 2030”", "Nghị quyết … giai
 * đoạn 2021 - 2025"): a year inside such a name is not a deadline (rules/deadline.ts, "tone" view).
 */
export const PROGRAMME_KINDS = ["nghị quyết", "đề án", "chương trình", "chiến lược", "quy hoạch", "chỉ thị", "kết luận", "quyết định", "dự án"];

/**
 * What the sentence announcing a document names after its verb, besides a title kind ("ban hành Kế
 * hoạch", "xây dựng Chương trình"): a guidance ("Ủy ban Kiểm tra Trung ương ban hành Hướng dẫn số …")
 * and the plan's contents ("Ban Chấp hành Hội Nông dân tỉnh đề ra một số chỉ tiêu, nhiệm vụ …").
 * Read by rules/meta/issuer.ts ("full" view) after "các / một số / những" when written.
 */
export const ANNOUNCED_CONTENTS = ["hướng dẫn", "chỉ tiêu", "nhiệm vụ", "mục tiêu", "phương hướng", "định hướng",
  // a calendar: "Văn phòng UBND tỉnh thông báo lịch tiếp công dân năm 2027 như sau:", "UBND xã X ban hành lịch công tác tuần"
  "lịch tiếp công dân", "lịch tiếp dân", "lịch tiếp công", "lịch công tác", "lịch làm việc", "lịch trực"];

/**
 * The verbs of the sentence that announces a plan, before its kind or contents: "ban hành Kế hoạch",
 * "xây dựng Chương trình", "đề ra 12 chỉ tiêu", "thông qua Nghị quyết", "quyết định Chương trình giám
 * sát", "xác định mục tiêu, phương hướng …" (a congress or a council reported in the news), "triển khai
 * nhiệm vụ năm 2023" (a news headline: "Hội Cựu chiến binh huyện X triển khai nhiệm vụ năm 2023").
 */
export const ANNOUNCING_VERBS = [
  "xây dựng", "ban hành", "đề ra", "thông qua", "quyết định", "xác định", "triển khai",
  // "giao chỉ tiêu" to the units below, "đặt ra mục tiêu"
  "giao", "đặt ra", "đặt",
  // a ministry's or an agency's guidance letter: "Bộ X hướng dẫn thực hiện kế hoạch công tác … năm 2026 như sau:",
  // "Sở Y tế định hướng triển khai kế hoạch …"
  "hướng dẫn thực hiện", "hướng dẫn triển khai", "định hướng thực hiện", "định hướng triển khai",
  // a notice of a calendar: "Ban X thông báo lịch tiếp công dân …" (before its contents, ANNOUNCED_CONTENTS)
  "thông báo",
  // a ministry that approves a plan, in the news: "Bộ X vừa phê duyệt kế hoạch tiêm phòng năm 2027"
  "phê duyệt",
];

/**
 * Verbs whose actor sets the targets that follow, with no kind of document or content after them:
 * "Năm 2023: Ban chỉ đạo … huyện X phấn đấu vận động 1.200 người …", "…, Hội LHTN xã X phấn đấu: …"
 * (a report of a congress or a plan: the organisation that strives is the issuer). Read by
 * rules/meta/issuer.ts ("full" view).
 */
export const STRIVING_VERBS = ["phấn đấu", "quyết tâm phấn đấu"];

/**
 * Verbs of a news lead whose actor is the organisation the report is about ("Chiều ngày 05/9, Liên
 * đội … đã tiến hành Đại hội …", "Sáng 20/10, Công an huyện X tổ chức đợt ra quân …", "UBND TX X vừa
 * triển khai …"): the issuer of a report that names no other (rules/meta/issuer.ts, "full" view).
 */
export const LEAD_VERBS = [
  "tổ chức", "tiến hành", "triển khai", "phát động", "phát lệnh", "ra quân", "ký kết", "giao", "phối hợp",
  "khai mạc", "xây dựng", "ban hành",
];

/**
 * A notice's verb, before the colon that opens its points: "…; Ủy ban nhân dân xã X thông báo: 1. …", "Ban Tổ chức
 * trân trọng thông báo:" (its actor is the issuer, rules/meta/issuer.ts, "full" view).
 */
export const NOTICE_VERBS = ["thông báo", "trân trọng thông báo", "xin thông báo"];

/**
 * A letter's request to the units below, whose actor is the issuer: "Sở X đề nghị các đơn vị …", "Sở Y đề nghị
 * Phòng Văn hóa … tuyên truyền …", "UBND huyện đề nghị UBND các xã …" (rules/meta/issuer.ts, "full" view).
 */
export const REQUEST_VERBS = ["đề nghị", "yêu cầu", "kính đề nghị",
  // a command that directs its units: "Bộ Tư lệnh Quân khu X chỉ đạo các cơ quan, đơn vị triển khai …"
  "chỉ đạo"];
/** Who a request addresses, after its verb: "các …", a unit by its kind. */
export const ADDRESSED_UNITS = ["các", "phòng", "trung tâm", "ban", "sở", "ủy ban nhân dân", "ubnd", "ủy ban", "đoàn thanh niên", "hội", "công đoàn", "trường", "chi bộ", "đảng ủy"];

/** Adverbs between the actor and its verb, not part of its name: "… vừa ban hành", "… đã thông qua". */
export const ANNOUNCE_ADVERBS = ["đã", "vừa", "sẽ", "cũng", "đang", "mới"];

/**
 * Verbs that end an actor's name when the announcing verb comes later in its clause: "Công đoàn ngành
 * … tổ chức Hội nghị tổng kết …, đề ra phương hướng …", "Chi hội … phối hợp Đoàn Thanh niên … xây dựng
 * kế hoạch …" (the partner is no part of the issuer).
 */
export const ACTOR_NAME_ENDS = ["tổ chức", "tiến hành", "triển khai", "phối hợp", "phối hợp với", "cùng với", "chủ trì", "tập trung"];

/**
 * Words that open the predicate after an organisation's name (rules/meta/org-name.ts, "tone" view, in
 * lower case only): "UBND phường X thông báo: …", "Hội Nông dân xã dự kiến …", "Liên đội … đã long
 * trọng tổ chức …", "Sở X đề nghị …", "Công đoàn trường tham gia …" — with the verbs and adverbs above.
 */
export const CLAUSE_OPENERS = [
  "thông báo", "dự kiến", "long trọng", "đề nghị", "kính đề nghị", "yêu cầu", "kêu gọi", "tham gia", "hưởng ứng",
  "phát động", "chỉ đạo", "tiếp tục", "hiện có", "có", "là", "được", "đạt", "gồm", "gửi", "báo cáo", "trân trọng",
  "nhằm", "để", "với", "về", "trong", "tại", "theo", "năm", "nhiệm kỳ", "khóa", "năm học", "giai đoạn",
  // prepositions of time and direction: "… nộp về Văn phòng Công đoàn trường trước ngày …", "… của Hội …"
  "trước", "sau", "đến", "từ", "vào", "ngày", "cho", "của",
];

/**
 * Headings that name the plan's bases ("I. CĂN CỨ KẾ HOẠCH", "A. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "1. Căn cứ pháp
 * lý"): the bullets under one cite a document each, with or without "Căn cứ" (gold README). Read by
 * rules/meta/opening.ts ("full" view), the heading alone on its line after its label.
 */
export const BASES_HEADINGS = [
  "căn cứ", "căn cứ pháp lý", "cơ sở pháp lý", "căn cứ xây dựng kế hoạch", "căn cứ kế hoạch", "căn cứ ban hành",
  "căn cứ xây dựng", "căn cứ thực hiện", "căn cứ để xây dựng kế hoạch", "cơ sở xây dựng kế hoạch", "căn cứ, mục đích",
  "căn cứ lập kế hoạch", "căn cứ để lập kế hoạch", "cơ sở để xây dựng kế hoạch", "cơ sở lập kế hoạch", "cơ sở để lập kế hoạch",
];

/**
 * What a basis may cite by its subject after "Căn cứ (vào)" when it names no kind of document: "Căn cứ vào phương hướng,
 * nhiệm vụ công tác năm học 2027 - 2028 của công đoàn cấp trên", "Căn cứ nhiệm vụ năm học … của nhà trường" (gold
 * README: a plan or programme cited by its subject). Only with an owner ("của …") or a year; "Căn cứ tình hình thực tế …"
 * is none (rules/meta/opening.ts, "full" view).
 */
export const SUBJECT_BASES = ["phương hướng", "nhiệm vụ", "phương hướng, nhiệm vụ"];

/**
 * What may stand alone after the kind on a title line, its object on the next line in ordinary case: "KẾ HOẠCH HOẠT ĐỘNG"
 * / "Chào mừng kỷ niệm 95 năm …" (rules/meta/opening.ts, "full" view: the subtitle runs on over that line).
 */
export const TITLE_OPEN_RESTS = ["hoạt động", "tổ chức", "thực hiện", "triển khai"];
