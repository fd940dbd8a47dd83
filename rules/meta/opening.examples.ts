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
    name: "a title line whose rest names only the activity ('KẾ HOẠCH HOẠT ĐỘNG'), its object on the lines under it",
    text: [
      "KẾ HOẠCH HOẠT ĐỘNG",
      "Chào mừng kỷ niệm 96 năm thành lập Đoàn TNCS",
      "Hồ Chí Minh 26/3/1931 - 26/3/2027",
      " ",
      "Căn cứ kế hoạch số 05/KH-TĐ ngày 18/02/2027 của Thành Đoàn;",
      "I. MỤC ĐÍCH - YÊU CẦU",
    ].join("\n"),
    expect: { title: "KẾ HOẠCH", subtitle: "HOẠT ĐỘNG Chào mừng kỷ niệm 96 năm thành lập Đoàn TNCS Hồ Chí Minh 26/3/1931 - 26/3/2027" },
  },
  {
    name: "a letter whose date line and quoted 'V/v' subject a copy wrapped: the date read whole, the subject its subtitle",
    text: [
      "HỘI",
      "NÔNG DÂN VIỆT NAM",
      "BCH HND TỈNH NINH BÌNH",
      "Số 21 - CV/ HNDT",
      "“V/v tuyên",
      "truyền Đại hội Hội Nông dân tỉnh lần thứ X.”",
      "CỘNG HÒA",
      "XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập- Tự do- Hạnh phúc",
      "Ninh Bình, ngày 06 tháng",
      "10 năm 2027",
      "Kính gửi: Ban Thường vụ Hội Nông dân các huyện, thành phố.",
      "Ban Thường vụ Hội Nông dân tỉnh yêu cầu các cấp Hội làm tốt công tác tuyên truyền.",
    ].join("\n"),
    expect: { subtitle: "“V/v tuyên truyền Đại hội Hội Nông dân tỉnh lần thứ X.”", issuedAt: "2027-10-06", place: "Ninh Bình", number: "21-CV/HNDT" },
  },
  {
    name: "a resolution's enacting line and its session line without a comma ('KHÓA XII KỲ HỌP THỨ 4'): no part of the subtitle",
    text: [
      "HỘI ĐỒNG NHÂN DÂN",
      "TỈNH GIA LAI",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 45/NQ-HĐND",
      "Gia Lai, ngày 08 tháng 12 năm 2026",
      "NGHỊ QUYẾT",
      "VỀ PHƯƠNG HƯỚNG, NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2027",
      "HỘI ĐỒNG NHÂN DÂN TỈNH GIA LAI",
      "KHÓA XII KỲ HỌP THỨ 5",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "QUYẾT NGHỊ:",
    ].join("\n"),
    expect: { title: "NGHỊ QUYẾT", subtitle: "VỀ PHƯƠNG HƯỚNG, NHIỆM VỤ KINH TẾ - XÃ HỘI NĂM 2027" },
  },
  {
    name: "numbered bases under a heading wrapped over two lines, one broken over lines by the copy; an amending law names the laws it amends",
    text: [
      "KẾ HOẠCH",
      "Phòng, chống thiên tai năm 2027",
      "I. CĂN CỨ XÂY DỰNG",
      "KẾ HOẠCH",
      "1. Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2026;",
      "2. Thông tư 03/2027/TT-BNNPTNT ngày",
      "15 tháng 4 năm 2027 của Bộ Nông nghiệp và Môi trường;",
      "3. Căn cứ TT 12/2026/TT-BTC ngày 02/02/2026 của Bộ Tài chính.",
      "II. MỤC ĐÍCH, YÊU CẦU",
    ].join("\n\n"),
    expect: {
      bases: [
        "Luật sửa đổi, bổ sung một số điều của Luật Phòng, chống thiên tai và Luật Đê điều ngày 17/6/2026",
        "Thông tư 03/2027/TT-BNNPTNT ngày 15 tháng 4 năm 2027 của Bộ Nông nghiệp và Môi trường",
        "TT 12/2026/TT-BTC ngày 02/02/2026 của Bộ Tài chính",
      ],
    },
  },
  {
    name: "a generic plural reference after a cited document ('…, các Chỉ thị, Nghị quyết của Trung ương, Chính phủ về …') is no basis",
    text: [
      "KẾ HOẠCH",
      "Công tác phòng, chống thiên tai năm 2027",
      "Thực hiện Chỉ thị số 12-CT/TU ngày 05/3/2027 của Tỉnh ủy về tăng cường công tác phòng, chống thiên tai, các Chỉ thị, Nghị quyết của Trung ương, Chính phủ về công tác phòng, chống thiên tai, Ủy ban nhân dân tỉnh Bình Thuận ban hành kế hoạch như sau:",
      "I. MỤC ĐÍCH",
    ].join("\n"),
    expect: { bases: ["Chỉ thị số 12-CT/TU ngày 05/3/2027 của Tỉnh ủy về tăng cường công tác phòng, chống thiên tai"] },
  },
  {
    name: "a decision's 'Xét đề nghị … tại Tờ trình số …' is no basis; its 'Căn cứ' lines are",
    text: [
      "QUYẾT ĐỊNH",
      "Về việc phê duyệt Kế hoạch phát triển kinh tế - xã hội năm 2027",
      "Căn cứ Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015;",
      "Xét đề nghị của Trưởng phòng Tài chính - Kế hoạch tại Tờ trình số 15/TTr-TCKH ngày 10 tháng 01 năm 2027,",
      "QUYẾT ĐỊNH:",
      "Điều 1. Phê duyệt Kế hoạch.",
    ].join("\n"),
    expect: { bases: ["Luật Tổ chức chính quyền địa phương ngày 19 tháng 6 năm 2015"] },
  },
  {
    name: "a kind followed by a dash names a department inside a basis ('công tác thống kê, Kế hoạch -Tài chính'), no new document",
    text: [
      "KẾ HOẠCH",
      "Xây dựng thư viện đạt chuẩn năm học 2027-2028",
      "Thực hiện công văn hướng dẫn về công tác thống kê, Kế hoạch -Tài chính, Thiết bị năm học 2027-2028 của Phòng Giáo dục và Đào tạo;",
      "A. MỤC TIÊU",
    ].join("\n"),
    expect: { bases: ["công văn hướng dẫn về công tác thống kê, Kế hoạch -Tài chính, Thiết bị năm học 2027-2028 của Phòng Giáo dục và Đào tạo"] },
  },
  {
    name: "bases under a heading 'CĂN CỨ LẬP KẾ HOẠCH', each bullet a plan cited by its subject",
    text: [
      "KẾ HOẠCH",
      "Hoạt động chi đoàn năm học 2027 – 2028",
      "I – CĂN CỨ LẬP KẾ HOẠCH",
      "- Căn cứ kế hoạch, nhiệm vụ của nhà trường năm học 2027 – 2028",
      "- Căn cứ kế hoạch hoạt động của Liên đội năm học 2027 – 2028",
      "II – NỘI DUNG",
    ].join("\n"),
    expect: { bases: ["kế hoạch, nhiệm vụ của nhà trường năm học 2027 – 2028", "kế hoạch hoạt động của Liên đội năm học 2027 – 2028"] },
  },
  {
    name: "bases cited by their subject after 'Căn cứ vào' ('phương hướng, nhiệm vụ … của …'), each up to its sentence's end; the situation is none",
    text: [
      "KẾ HOẠCH",
      "Hoạt động công đoàn năm học 2027 - 2028",
      "- Căn cứ vào phương hướng, nhiệm vụ công tác công đoàn năm học 2027 - 2028 của công đoàn cấp trên.",
      "- Căn cứ vào tình hình thực tế của đơn vị.",
      "- Căn cứ vào nhiệm vụ năm học 2027 - 2028 của chuyên môn. Công đoàn trường đưa ra kế hoạch hoạt động như sau:",
      "1. Vận động đoàn viên thi đua.",
    ].join("\n"),
    expect: { bases: ["phương hướng, nhiệm vụ công tác công đoàn năm học 2027 - 2028 của công đoàn cấp trên", "nhiệm vụ năm học 2027 - 2028 của chuyên môn"] },
  },
  {
    name: "two documents of one kind listed with a comma, in lower case; a second cited after ', trên cơ sở'",
    text: [
      "KẾ HOẠCH",
      "Tổ chức hoạt động hè năm 2027",
      "Thực hiện chương trình công tác Đoàn năm 2027, chương trình công tác Đội năm học 2026 - 2027; căn cứ Kế hoạch số 12/KH-ĐTN, ngày 05/3/2027 của Huyện đoàn, trên cơ sở Kế hoạch số 07/KH-UBND ngày 01/3/2027 của UBND xã, Đoàn xã xây dựng kế hoạch như sau:",
      "I. MỤC ĐÍCH",
    ].join("\n"),
    expect: {
      bases: [
        "chương trình công tác Đoàn năm 2027", "chương trình công tác Đội năm học 2026 - 2027", "Kế hoạch số 12/KH-ĐTN, ngày 05/3/2027 của Huyện đoàn",
        "Kế hoạch số 07/KH-UBND ngày 01/3/2027 của UBND xã",
      ],
    },
  },
  {
    name: "a sentence stating what a superior body issued ('Hội đồng Đội huyện … ban hành chương trình …') cites no basis",
    text: [
      "CHƯƠNG TRÌNH",
      "Công tác Đội năm học 2027-2028",
      "Căn cứ Chương trình số 15-CTr/HĐĐT, ngày 10/9/2027 của Hội đồng Đội tỉnh về công tác Đội năm học 2027 - 2028",
      "Hội đồng Đội huyện An Lão ban hành chương trình công tác Đội năm học 2027-2028. Liên đội trường THCS An Hòa xây dựng Chương trình cụ thể như sau:",
      "I. CHỦ ĐỀ NĂM HỌC",
    ].join("\n"),
    expect: { bases: ["Chương trình số 15-CTr/HĐĐT, ngày 10/9/2027 của Hội đồng Đội tỉnh về công tác Đội năm học 2027 - 2028"] },
  },
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
  {
    name: "a police report's lead: the force that 'đã phát lệnh ra quân' is the issuer",
    text: [
      "Sáng 20/4, Công an tỉnh đã phát lệnh ra quân thực hiện đợt cao điểm bảo đảm an ninh trật tự dịp lễ 30/4 và 1/5.",
      "Đợt cao điểm diễn ra từ ngày 20/4 đến ngày 20/6.",
    ].join("\n"),
    expect: { issuer: "Công an tỉnh", number: null, issuedAt: null },
  },
  {
    name: "a report's lead with a short form of the People's Committee ('UBND TX …') and 'vừa triển khai'",
    text: [
      "An Nhơn triển khai chủ đề công tác năm 2028",
      "UBND TX An Nhơn vừa triển khai thực hiện công tác năm 2028 với chủ đề: “Năm đô thị văn minh”.",
      "Các chỉ tiêu cụ thể là tổng mức hàng hóa tăng 15% trở lên.",
    ].join("\n"),
    expect: { issuer: "UBND TX An Nhơn", year: 2028 },
  },
  {
    name: "a school's congress report: the Young Pioneer troop as the lead names it ('Chiều ngày …, Liên đội … đã tiến hành Đại hội')",
    text: [
      "Chiều ngày 05/10/2027, Liên đội Trường Tiểu học Tân Phong đã tiến hành Đại hội Liên đội năm học 2027 – 2028.",
      "Đại hội đã thống nhất các chỉ tiêu năm học 2027 - 2028 như sau:",
      "1. 100% đội viên thực hiện chương trình rèn luyện đội viên.",
    ].join("\n"),
    expect: { issuer: "Liên đội Trường Tiểu học Tân Phong", period: { from: 2027, to: 2028 }, year: null },
  },
  {
    name: "a bare back-reference ('Liên đội cũng đã xác định …') takes the fullest name the text gives; the later of two terms is the plan's",
    text: [
      "Nhằm tổng kết hoạt động Đội nhiệm kỳ 2026 – 2027 và thông qua kế hoạch hoạt động Đội nhiệm kỳ 2027 – 2028; đồng thời bầu Ban chỉ huy Liên Đội mới. Ngày 02/10/2027, Liên đội tiểu học Phú Mỹ tổ chức Đại hội Liên Đội nhiệm kỳ 2027 – 2028.",
      "Trong nhiệm kỳ này Liên đội cũng đã xác định mục tiêu trọng tâm là:",
      "– 100% Chi đội đạt danh hiệu Chi đội Mạnh.",
    ].join("\n"),
    expect: { issuer: "Liên đội tiểu học Phú Mỹ", period: { from: 2027, to: 2028 } },
  },
  {
    name: "a headline's words before the actor ('Giao ước thi đua Khối thi đua … đề ra 8 chỉ tiêu'): the capitalised organisation is the actor",
    text: [
      "Giao ước thi đua Khối thi đua Công đoàn ngành đề ra 6 chỉ tiêu, gồm các nội dung:",
      "- Phát triển 500 đoàn viên;",
    ].join("\n"),
    expect: { issuer: "Khối thi đua Công đoàn ngành" },
  },
  {
    name: "a steering committee that strives in the headline and 'vừa xây dựng kế hoạch' in the lead: its name with the place",
    text: [
      "Năm 2028: Ban chỉ đạo hiến máu tình nguyện huyện Ia Grai phấn đấu tiếp nhận 1.200 đơn vị máu",
      "Nhằm đẩy mạnh phong trào hiến máu tình nguyện; Ban chỉ đạo hiến máu tình nguyện huyện vừa xây dựng kế hoạch tuyên truyền, vận động hiến máu năm 2028.",
      "Theo đó, năm 2028 sẽ tiếp nhận 1.200 đơn vị máu.",
    ].join("\n"),
    expect: { issuer: "Ban chỉ đạo hiến máu tình nguyện huyện Ia Grai", year: 2028 },
  },
  {
    name: "a congress report: the association that 'phấn đấu:' in the target sentence, its locality apposition kept",
    text: [
      "Ngày 10/3/2029, Hội Liên hiệp thanh niên xã Tân Lập tổ chức đại hội đại biểu lần thứ VI, nhiệm kỳ 2029-2034.",
      "Nhiệm kỳ 2029-2034, với khẩu hiệu hành động \"Tuổi trẻ sáng tạo, xây dựng quê hương\", Hội LHTN xã Tân Lập, huyện Đồng Hỷ phấn đấu: 100% cán bộ Hội được học tập nghị quyết; phát triển mới 40 hội viên.",
    ].join("\n"),
    expect: { issuer: "Hội LHTN xã Tân Lập, huyện Đồng Hỷ", period: { from: 2029, to: 2034 } },
  },
  {
    name: "a report that reviews one year and plans the next: the association as the lead names it, the year of the plan's sentence",
    text: [
      "Cái Răng: Vận động hơn 3 tỷ đồng Quỹ khuyến học",
      "(TGCT) Trong năm 2027, Hội Khuyến học quận Cái Răng đã phối hợp với các ngành vận động hơn 3 tỷ đồng.",
      "Năm 2028, Hội Khuyến học quận tiếp tục củng cố tổ chức Hội. Phát triển hội viên mới đạt 12% dân số.",
    ].join("\n"),
    expect: { issuer: "Hội Khuyến học quận Cái Răng", year: 2028 },
  },
  {
    name: "a union federation that 'giao chỉ tiêu' in the headline; a site's slogan with its year is chrome",
    text: [
      "TOÀN DÂN RA SỨC THI ĐUA THỰC HIỆN THẮNG LỢI NHIỆM VỤ NĂM 2030!",
      "Liên đoàn Lao động huyện Cờ Đỏ giao chỉ tiêu hoạt động Công đoàn năm 2027",
      "Ngày 20/02/2027, Liên đoàn Lao động huyện Cờ Đỏ tổ chức Hội nghị giao chỉ tiêu hoạt động Công đoàn năm 2027.",
    ].join("\n"),
    expect: { issuer: "Liên đoàn Lao động huyện Cờ Đỏ", year: 2027 },
  },
  {
    name: "a portal's summary whose lead lost its verb ('…, Ủy ban nhân dân tỉnh X Chỉ thị số …'): the fuller name the text gives",
    text: [
      "Thực hiện nhiệm vụ năm 2029",
      "Ngày 03/01/2029, Ủy ban nhân dân tỉnh Bình Định Chỉ thị số 02/CT-UBND về thực hiện nhiệm vụ năm 2029. Nhiệm vụ chủ yếu như sau:",
      "Tổ chức thực hiện nghiêm túc các nhiệm vụ, công việc Trung ương, Tỉnh ủy, Ủy ban nhân dân tỉnh giao.",
    ].join("\n"),
    expect: { issuer: "Ủy ban nhân dân tỉnh Bình Định" },
  },
  {
    name: "a ward's Youth Union in a report's lead ('Sáng 10-1, Đoàn phường X tổ chức ra quân …')",
    text: [
      "Đoàn phường Tân Phú tuyên truyền văn hóa Tết cho thiếu nhi",
      "Sáng 12-1, Đoàn phường Tân Phú tổ chức ra quân chiến dịch Xuân tình nguyện năm 2029.",
      "Chiến dịch diễn ra từ 28-12-2028 đến 16-2-2029.",
    ].join("\n"),
    expect: { issuer: "Đoàn phường Tân Phú" },
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

// bases listed under a heading that names them, one document a bullet, with or without "Căn cứ"
export const basesHeadingExamples: MetaExample[] = [
  {
    name: "bullets under 'I. CĂN CỨ KẾ HOẠCH' (a nested '1. Căn cứ pháp lý' too), the announcing line after them is none",
    text: [
      "ỦY BAN NHÂN DÂN",
      "TỈNH GIA LAI",
      "Số: 12/KH-UBND",
      "Gia Lai, ngày 20 tháng 01 năm 2028",
      "KẾ HOẠCH",
      "Tiêm chủng mở rộng năm 2028",
      "I. CĂN CỨ KẾ HOẠCH",
      "1. Căn cứ pháp lý",
      "- Nghị định số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng;",
      "- Căn cứ Thông tư số 34/2018/TT-BYT ngày 12/11/2018 của Bộ Y tế;",
      "- Chiến lược phát triển y tế tỉnh giai đoạn 2026 – 2030.",
      "Sở Y tế xây dựng kế hoạch tiêm chủng năm 2028 như sau:",
      "II. MỤC TIÊU",
      "1. Tỷ lệ tiêm chủng đầy đủ đạt 95%.",
    ].join("\n"),
    expect: {
      bases: [
        "Nghị định số 104/2016/NĐ-CP ngày 01/7/2016 của Chính phủ quy định về hoạt động tiêm chủng",
        "Thông tư số 34/2018/TT-BYT ngày 12/11/2018 của Bộ Y tế",
        "Chiến lược phát triển y tế tỉnh giai đoạn 2026 – 2030",
      ],
    },
  },
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
  metaCorpus("meta bases heading", basesHeadingExamples),
  examplesOf({ id: "bases", rule: "meta", read: (text: string) => readBases(text).map(fold) as string[], rows: baseExamples.map(([t, b]) => [t, b.map(fold) as string[]] as const) }),
];
