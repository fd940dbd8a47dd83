// Examples of rules/meta.ts: what the opening sentence says (rules/meta/opening.ts): the issuer named
// in a lead, a report or an announcing clause, and the legal bases it cites.
// Made-up plans of other provinces, organisations and years, in the layout of Vietnamese
// administrative documents, one paragraph a line (as parsers/txt.ts reads it); `expect` lists
// the meta fields to check (a field left out is not checked). The corpus is registered in
// rules/corpus.ts; rules/meta/examples.ts runs a plan through extractMeta.
import { examplesOf } from "../examples.js";
import { readBases } from "./opening.js";
import { fold, metaCorpus, type MetaExample } from "./examples.js";

export const examples: MetaExample[] = [
  {
    name: "a news report of a congress: the party organisation that sets a count of targets is the issuer",
    text: [
      "Sáng 21/8, Đảng bộ xã An Phú tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025-2030.",
      "Nhiệm kỳ 2025-2030, Đảng bộ xã An Phú đề ra 12 chỉ tiêu cụ thể: tăng thu ngân sách bình quân hằng năm 10%; tỷ lệ hộ nghèo giảm 1,5%/năm.",
    ].join("\n"),
    expect: { issuer: "Đảng bộ xã An Phú", period: { from: 2025, to: 2030 } },
  },
  {
    name: "a congress resolution with no header: the congress of its subtitle is the issuer, its term left out",
    text: [
      "NGHỊ QUYẾT",
      "ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN TỈNH AN GIANG LẦN THỨ XI, NHIỆM KỲ 2026-2031",
      "Đại hội đại biểu Hội Nông dân tỉnh An Giang lần thứ XI diễn ra từ ngày 10 đến ngày 11/8/2026.",
      "QUYẾT NGHỊ",
      "I. Thông qua các chỉ tiêu chủ yếu nhiệm kỳ 2026-2031.",
    ].join("\n"),
    expect: { title: "NGHỊ QUYẾT", issuer: "ĐẠI HỘI ĐẠI BIỂU HỘI NÔNG DÂN TỈNH AN GIANG LẦN THỨ XI" },
  },
  {
    name: "a news lead run into its headline: the organisation after the quote is the actor, the editor's abbreviation in brackets dropped",
    text: [
      "Tỉnh phát động Tháng Nhân đạo năm 2027 với chủ đề “Sẻ chia yêu thương” Hội Chữ thập đỏ tỉnh (Hội) Quảng Trị vừa ban hành kế hoạch triển khai Tháng Nhân đạo năm 2027.",
      "Theo đó, các cấp Hội vận động quỹ nhân đạo.",
    ].join("\n"),
    expect: { issuer: "Hội Chữ thập đỏ tỉnh Quảng Trị" },
  },
  {
    name: "a news headline: the organisation that 'triển khai nhiệm vụ' of the year is the issuer",
    text: [
      "Hội Nông dân huyện Yên Lạc triển khai nhiệm vụ năm 2028",
      "Ngày 20/12, Hội Nông dân huyện tổ chức hội nghị tổng kết công tác năm 2027.",
      "Năm 2028, Hội phấn đấu: 100% cơ sở Hội đạt vững mạnh.",
    ].join("\n"),
    expect: { issuer: "Hội Nông dân huyện Yên Lạc" },
  },
  {
    name: "a school, or an association's branch with a partner, announcing the plan in the opening",
    text: [
      "KẾ HOẠCH NĂM HỌC 2027-2028",
      "Căn cứ Công văn số 15/PGDĐT ngày 10/9/2027 của Phòng GD-ĐT; Trường THCS Lê Lợi xây dựng kế hoạch năm học 2027-2028 như sau:",
      "I. MỤC TIÊU",
    ].join("\n"),
    expect: { issuer: "Trường THCS Lê Lợi" },
  },
  {
    name: "an association's branch that announces a plan with a partner: the partner is no part of the issuer",
    text: [
      "Kế hoạch tổ chức ngày hội hiến máu",
      "Thực hiện Kế hoạch số 12/KH-BCĐ ngày 04/12/2027 của Ban chỉ đạo vận động hiến máu tỉnh, Chi hội Chữ thập đỏ trường Cao đẳng Y tế phối hợp Đoàn Thanh niên nhà trường xây dựng kế hoạch như sau:",
      "I. MỤC ĐÍCH",
    ].join("\n"),
    expect: { issuer: "Chi hội Chữ thập đỏ trường Cao đẳng Y tế" },
  },
  {
    name: "a news report of targets passed by a council: the actor of the passive sentence is the issuer",
    text: [
      "20 chỉ tiêu phấn đấu năm 2028",
      "09:15 12-12-2027 | 120",
      "20 nhóm chỉ tiêu của năm 2028 vừa được Kỳ họp thứ 12, HĐND tỉnh thông qua với quyết tâm cao.",
      "- Tốc độ tăng trưởng kinh tế: trên 8%",
    ].join("\n"),
    expect: { issuer: "HĐND tỉnh" },
  },
  {
    name: "a report naming the plan's owner: 'Kế hoạch của Thường trực Hội CCB …'",
    text: [
      "Kế hoạch của Thường trực Hội CCB tỉnh Nam Định có mục đích nâng cao nhận thức của hội viên về công tác tìm kiếm liệt sĩ.",
      "1- Nội dung, nhiệm vụ:",
      "a/ Tuyên truyền thường xuyên.",
    ].join("\n"),
    expect: { issuer: "Hội CCB tỉnh Nam Định" },
  },
  {
    name: "a news report: the issuer is the actor before 'vừa quyết định', 'đã thông qua', 'đề ra 12 chỉ tiêu'",
    text: [
      "Giám sát năm 2027",
      "Hội đồng nhân dân huyện Yên Lập vừa quyết định Chương trình giám sát năm 2027. Theo đó các Ban tập trung giám sát:",
      "- Việc thực hiện các công trình xây dựng cơ bản.",
      "- Công tác tiếp công dân.",
    ].join("\n"),
    expect: { issuer: "Hội đồng nhân dân huyện Yên Lập" },
  },
  {
    name: "a news report: the actor's name ends before another verb of its clause ('… tổ chức Hội nghị …, đề ra phương hướng')",
    text: [
      "Ngày 20/8, Công đoàn ngành Y tế tỉnh tổ chức Hội nghị tổng kết năm 2026, đề ra phương hướng, nhiệm vụ năm 2027.",
      "Năm 2027, toàn ngành phấn đấu 100% công đoàn cơ sở vững mạnh.",
    ].join("\n"),
    expect: { issuer: "Công đoàn ngành Y tế tỉnh" },
  },
  {
    name: "a news report: a congress named by its kind alone takes the fuller name the report gave it before",
    text: [
      "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X, nhiệm kỳ 2028-2033 vừa bế mạc. Đại hội xác định mục tiêu đến năm 2033: 100% chi hội có quỹ hỗ trợ nông dân; kết nạp mới 5.000 hội viên.",
    ].join("\n"),
    expect: { issuer: "Đại hội đại biểu Hội Nông dân tỉnh lần thứ X" },
  },
  {
    name: "a news report: an initial's dot ('M.V.') is no sentence break before the announcing verb",
    text: [
      "Căn cứ chương trình công tác năm học; Ban chấp hành Đoàn trường THPT M.V. Lômônôxốp xây dựng kế hoạch công tác năm học 2027-2028 như sau:",
      "I. MỤC ĐÍCH – YÊU CẦU",
    ].join("\n"),
    expect: { issuer: "Đoàn trường THPT M.V. Lômônôxốp" },
  },
  {
    name: "no header: the issuer from the opening sentence that sets out the plan's targets or a guidance",
    text: [
      "Một số chỉ tiêu, nhiệm vụ cụ thể năm 2027",
      "Ban Chấp hành Hội Cựu chiến binh huyện đề ra một số chỉ tiêu, nhiệm vụ cụ thể năm 2027",
      "1. Kết nạp 150 hội viên mới.",
      "2. 100% cơ sở Hội tổ chức sinh hoạt định kỳ.",
    ].join("\n"),
    expect: { issuer: "Hội Cựu chiến binh huyện" },
  },
  {
    name: "no header: a guidance announced in a news lead",
    text: [
      "Ngày 10/3/2027, Ban Tuyên giáo Tỉnh ủy ban hành Hướng dẫn số 12-HD/BTGTU với các nội dung chính sau:",
      "(i) Tuyên truyền kỷ niệm các ngày lễ lớn;",
      "(ii) Tổ chức hội thi tìm hiểu lịch sử.",
    ].join("\n"),
    expect: { issuer: "Ban Tuyên giáo Tỉnh ủy" },
  },
  {
    name: "an issuer named only as the actor of the opening sentence, its board dropped",
    text: [
      "Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ huyện Krông Năng, nhiệm kỳ 2025-2030",
      "Ban Chấp hành Đảng bộ huyện Krông Năng ban hành Chương trình hành động thực hiện Nghị quyết Đại hội, nhiệm kỳ 2025-2030 với những nội dung chủ yếu sau:",
      "1. Tỷ lệ hộ nghèo giảm bình quân 2%/năm.",
    ].join("\n"),
    expect: { title: null, issuer: "Đảng bộ huyện Krông Năng", period: { from: 2025, to: 2030 }, year: null },
  },
];

/** An opening paragraph → the documents it cites. */
export const baseExamples: Array<[string, string[]]> = [
  [
    // "Trên cơ sở …" cites a basis like "Căn cứ"; the announcing clause is none
    "Trên cơ sở Nghị quyết số 12-NQ/HU ngày 10/01/2027 của Ban Chấp hành Đảng bộ huyện, Ban Thường vụ Huyện đoàn xây dựng kế hoạch như sau:",
    ["Nghị quyết số 12-NQ/HU ngày 10/01/2027 của Ban Chấp hành Đảng bộ huyện"],
  ],
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

// "cũng như" joins two documents like "và"
baseExamples.push(
  ["Thực hiện Chương trình công tác Đoàn năm 2027 cũng như Kế hoạch công tác năm học 2027-2028 của Đoàn trường; Ban Thường vụ xây dựng kế hoạch như sau:",
    ["Chương trình công tác Đoàn năm 2027", "Kế hoạch công tác năm học 2027-2028 của Đoàn trường"]],
  // a programme implementing two resolutions is one basis: they are its subject
  ["Thực hiện Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh và Nghị quyết số 05-NQ/TU ngày 10/3/2027 của Tỉnh ủy, Ban Thường vụ xây dựng kế hoạch như sau:",
    ["Chương trình hành động thực hiện Nghị quyết Đại hội Đảng bộ tỉnh và Nghị quyết số 05-NQ/TU ngày 10/3/2027 của Tỉnh ủy"]],
);

export const corpus = [
  metaCorpus("meta opening", examples),
  examplesOf({ id: "bases", rule: "meta", read: (text: string) => readBases(text).map(fold) as string[], rows: baseExamples.map(([t, b]) => [t, b.map(fold) as string[]] as const) }),
];
