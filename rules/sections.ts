// Headings that open a section of a kind (gold README, "Sections and items").
// Matched on the heading text without its label, folded (no diacritics, lower
// case), anchored at the start: "2. Một số chỉ tiêu cơ bản:" -> targets.
import { foldKey } from "../src/text.js";

export type SectionKind = "target" | "task" | "other";

// chỉ tiêu = target. "Chỉ tiêu", "Một số chỉ tiêu cơ bản", "Các chỉ tiêu chủ yếu",
// "Mục tiêu, chỉ tiêu", "THỰC HIỆN CHỈ TIÊU NHIỆM KỲ", "Chỉ tiêu cụ thể"
const TARGET = [
  /^(?:mot so |cac |nhung )?chi tieu(?: (?:co ban|chu yeu|cu the|trong tam|phan dau|thi dua)| (?:den |trong )?nam \d{4}| giai doan| nhiem ky|$)/,
  /^(?:muc tieu,? )?chi tieu(?:$| va )/,
  /^muc tieu(?:,| va) chi tieu/,
  /^thuc hien (?:cac )?chi tieu/,
  // "Mục tiêu cụ thể" (health, education plans): the measurable goals listed under the
  // general one, read as targets; "Mục tiêu chung" stays other
  /^(?:cac )?muc tieu cu the(?:$| (?:nam|den|giai doan))/,
];
// nhiệm vụ = task. "Nhiệm vụ trọng tâm", "Nhiệm vụ và giải pháp", "Nhiệm vụ, giải pháp",
// "NỘI DUNG HOẠT ĐỘNG", "Tổ chức các hoạt động", "Tổ chức một số hoạt động, sự kiện…",
// "CÁC NHIỆM VỤ TRỌNG TÂM", "Tổ chức thực hiện", "Giải pháp thực hiện", "Các hoạt động trọng tâm",
// "Nội dung và giải pháp thực hiện", "Các nội dung trọng tâm", "Các hoạt động chủ yếu",
// "Phân công nhiệm vụ" / "Phân công thực hiện" (who does what: the same kind of items as "Tổ chức thực hiện")
const TASK = [
  /^(?:cac |mot so |nhung )?nhiem vu(?: (?:trong tam|chu yeu|cu the|va giai phap|giai phap|trong nam)|,? giai phap|$)/,
  /^(?:cac |mot so )?giai phap(?: (?:chu yeu|thuc hien|trong tam)|$)/,
  /^(?:cac |mot so )?noi dung(?: (?:hoat dong|thuc hien|trong tam|cong tac|trien khai|chu yeu|cu the)|,? (?:va )?(?:nhiem vu|giai phap)|$)/,
  /^(?:to chuc )?(?:cac |mot so )?hoat dong(?:,? su kien)?(?: (?:trong tam|chinh|cu the|trong nam|chu yeu)|$|,)/,
  /^phan cong (?:nhiem vu|thuc hien|trach nhiem)/,
  /^to chuc (?:cac |mot so )hoat dong/,
  /^to chuc thuc hien$/,
  /^(?:cac )?chuong trinh,? hoat dong/,
  // "Các hoạt động kỷ niệm", "Các hoạt động hưởng ứng", "Hoạt động chào mừng": an observance plan's activities
  /^(?:to chuc )?(?:cac |mot so )?hoat dong (?:ky niem|huong ung|chao mung)/,
  // "TIẾN ĐỘ THỰC HIỆN", "Tiến độ triển khai": the plan's activities listed with their dates
  /^(?:lo trinh,? )?tien do (?:thuc hien|trien khai|to chuc)/,
];
// Sections that are neither: their numbered paragraphs are not items.
// "Mục đích, yêu cầu", "Kinh phí", "Chế độ báo cáo", "Đánh giá tình hình"
const OTHER = [
  /^muc dich/,
  /^yeu cau/,
  /^kinh phi/,
  /^che do (?:thong tin,? )?bao cao/,
  /^danh gia (?:ket qua|tinh hinh)/,
  /^ket qua (?:dat duoc|thuc hien)/,
  /^tinh hinh/,
  /^quan diem/,
  /^muc tieu(?: chung| tong quat)?$/,
  /^doi tuong/,
  /^thoi gian/,
  // "CHỦ ĐỀ, THỜI GIAN", "Chủ đề năm": the theme line and the campaign's span are not items
  /^chu de/,
  /^phan cong/,
];

/** The kind of section a heading opens, or null when the text is not a heading. */
export function sectionKind(headingText: string): SectionKind | null {
  const t = foldKey(headingText).replace(/[:.;]+$/, "").trim();
  if (!t || t.length > 120) return null;
  if (TARGET.some((r) => r.test(t))) return "target";
  if (TASK.some((r) => r.test(t))) return "task";
  if (OTHER.some((r) => r.test(t))) return "other";
  return null;
}

/** A heading is short: a few words, no sentence after a colon. */
export function headingLike(text: string): boolean {
  const t = text.trim();
  const words = t.split(/\s+/).length;
  if (words > 16 || t.length > 130) return false;
  const colon = t.indexOf(":");
  if (colon >= 0 && t.slice(colon + 1).trim().split(/\s+/).filter(Boolean).length > 3) return false;
  return true;
}
