// Targets listed in running text (gold README, "Running-text targets" and round 2's news reports):
// a lead that names them and ends with ":" ("Các chỉ tiêu chủ yếu đề ra là: …", "… 12 chỉ tiêu
// cụ thể … năm 2026. Trong đó: …"), then one target per clause ending in ";" or ".". The words
// here say which leads open such a list and which ";" keep one target together.
// rules/running-text.ts builds them into patterns with rules/vocab/pattern.ts ("full" view).

/** Words of a lead that name targets: the clauses after its colon are targets. */
export const TARGET_LEAD_WORDS = ["chỉ tiêu"];

/**
 * Words right before "chỉ tiêu" that make it a result, not the name of a list: "đạt 63,97% chỉ
 * tiêu sản lượng", "hoàn thành vượt chỉ tiêu" (a review sentence, no lead). A percentage before
 * it counts too.
 */
export const RESULT_BEFORE = ["đạt", "vượt", "hoàn thành", "hoàn thành vượt", "vượt mức", "so với"];

/**
 * Words of a lead that name goals or work ("mục tiêu, phương hướng, nhiệm vụ trọng tâm … là:", "Năm 2026,
 * Hội … phấn đấu: …", "Đại hội đề ra: …"):
 * the clauses after it are targets only when most of them state a level ("70% gia đình …").
 */
export const GOAL_LEAD_WORDS = [
  "mục tiêu", "phương hướng", "nhiệm vụ trọng tâm", "nhiệm vụ chủ yếu", "mục tiêu phấn đấu", "phấn đấu", "quyết tâm", "đề ra",
  "kết quả cần đạt", "kết quả phấn đấu", "yêu cầu cần đạt", "đăng ký thi đua", "giao ước thi đua", "phải đạt", "cần đạt",
];

/**
 * Words that end a lead announcing a list when the page dropped its colon ("… các chỉ tiêu chủ yếu là",
 * "… 8 chỉ tiêu, gồm", "… mục tiêu cụ thể như sau"): the list after it must state levels.
 */
export const LIST_ENDS = ["là", "gồm", "bao gồm", "gồm có", "như sau", "sau đây", "như", "cụ thể là", "đó là"];

/**
 * A short lead that names nothing itself and takes what the sentence before it names
 * ("… với 12 chỉ tiêu cụ thể. Trong đó: …", "… các chỉ tiêu sau. Cụ thể: …").
 */
export const GENERIC_LEADS = ["trong đó", "cụ thể", "cụ thể là", "cụ thể như sau", "như sau", "gồm", "bao gồm", "đó là", "theo đó", "với", "riêng", "ngoài ra"];

/**
 * A clause that names a whole whose shares follow, joined by ";" ("Cơ cấu kinh tế: công nghiệp
 * 64%; dịch vụ 28,5%; nông nghiệp 7,5%"): its ";" parts are one target.
 */
export const SHARE_LEADS = ["cơ cấu", "tỷ trọng", "cơ cấu kinh tế", "cơ cấu lao động", "cơ cấu giá trị"];

/** Number words before a kind in a sub-lead ("Ba khâu đột phá:", "Hai nhiệm vụ trọng tâm:"). */
export const COUNT_WORDS = ["một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín", "mười"];

/**
 * Sub-leads inside running text that turn the clauses after their colon into another kind, beside
 * the section headings of rules/vocab/headings.ts: a term's breakthroughs ("Ba khâu đột phá: …")
 * are work, not levels (gold README, "Running-text targets").
 */
export const SUB_LEADS: ReadonlyArray<{ phrase: string; kind: "target" | "task" }> = [
  { phrase: "khâu đột phá", kind: "task" },
  { phrase: "đột phá", kind: "task" },
  { phrase: "nhiệm vụ đột phá", kind: "task" },
  { phrase: "giải pháp đột phá", kind: "task" },
  { phrase: "nhóm nhiệm vụ", kind: "task" },
  { phrase: "nhóm giải pháp", kind: "task" },
  { phrase: "nhóm chỉ tiêu", kind: "target" },
];

/**
 * Words that open a group label: a short line or the start of a paragraph that names the field of
 * the targets after it ("Về kinh tế:", "Lĩnh vực văn hóa - xã hội:", "Chỉ tiêu về môi trường:", "*
 * Về quốc phòng – an ninh"), or, with FIELDS, the field alone before a colon ("Kinh tế: tốc độ …;
 * thu nhập …", "Văn hóa - xã hội:"; without the colon "Xã hội hóa giáo dục" is no group).
 */
export const GROUP_LEADS = ["về", "lĩnh vực", "chỉ tiêu về", "các chỉ tiêu về", "nhóm chỉ tiêu", "nhóm chỉ tiêu về"];

/** Fields a plan's targets are grouped by, named alone as a group label ("Kinh tế:", "Văn hóa - xã hội:"). */
export const FIELDS = [
  "kinh tế", "văn hóa", "xã hội", "môi trường", "tài nguyên", "quốc phòng", "an ninh", "xây dựng đảng",
  "công tác xây dựng đảng", "hệ thống chính trị", "giáo dục", "y tế", "nông nghiệp", "công nghiệp",
  "dịch vụ", "đô thị", "nông thôn", "tài chính", "ngân sách", "lao động", "dân số",
];

/**
 * Field lines under an activity or a campaign's round that set the level it is to reach ("Số lượng: Vận
 * động 500 người …", "Chỉ tiêu: …", "Kết quả cần đạt: …"): a target of its own when its words state a level.
 */
export const QUOTA_FIELDS = [
  "số lượng", "chỉ tiêu", "chỉ tiêu phấn đấu", "chỉ tiêu cụ thể", "mục tiêu", "mục tiêu cụ thể", "kết quả cần đạt",
  "kết quả phấn đấu", "yêu cầu cần đạt", "phấn đấu", "định mức", "quy mô", "số lượng phấn đấu",
];

/**
 * Words of a running-text sentence that strives for levels with no colon lead, as a news item reports a
 * plan ("Năm 2027, huyện phấn đấu tổng thu ngân sách đạt 500 tỷ đồng; …", "Tỉnh đặt mục tiêu đến năm 2030
 * có 90% …", "Hội quyết tâm đạt 100% …"): such a sentence is a target when it states a level (gold README,
 * round 2: an optional target whose quantities count when found).
 */
export const STRIVE_WORDS = ["phấn đấu", "đặt mục tiêu", "đề ra mục tiêu", "với mục tiêu", "quyết tâm đạt", "quyết tâm hoàn thành", "đặt chỉ tiêu", "đề ra chỉ tiêu"];
/** Words before a strive word that make the sentence a review of what was reached ("đã phấn đấu đạt …"). */
export const STRIVE_REVIEW_BEFORE = ["đã", "vừa qua", "năm qua", "đã từng"];
