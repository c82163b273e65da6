import { L } from '../localized'

/**
 * Demo news: two items per category of newsCategories.ts. Figures are only verified ones
 * (index results of Nam Định, targets of Nghị quyết 76/NQ-CP); units are described
 * generically, with no names of real people.
 */
type SeedNews = {
  key: string
  title: L
  excerpt: L
  paragraphs: L[]
  kind: 'news' | 'press-release' | 'announcement' | 'commendation' | 'criticism'
  categoryKeys: string[]
  publishedAt: string
  relatedDocumentKeys?: string[]
  /** A key of media.ts. */
  coverKey?: string
}

const PLAN_2022 = 'ke-hoach-tuyen-truyen-cchc-2022'

export const seedNews: SeedNews[] = [
  // Công tác chỉ đạo, điều hành
  {
    key: 'trien-khai-ke-hoach-tuyen-truyen-cchc-2022',
    title: L('Sở triển khai Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022', 'The department rolls out its 2022 plan for communicating administrative reform'),
    excerpt: L(
      'Kế hoạch nhằm nâng cao nhận thức, trách nhiệm của cán bộ, công chức, nhất là người đứng đầu, và giúp người dân, doanh nghiệp biết, sử dụng dịch vụ công trực tuyến.',
      'The plan aims to make officials, above all heads of units, more aware of their reform duties, and to help citizens and businesses learn about and use online public services.',
    ),
    paragraphs: [
      L('Giám đốc Sở đã ký ban hành Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022. Kế hoạch nhằm nâng cao nhận thức, trách nhiệm trong công tác cải cách hành chính của cán bộ, công chức, nhất là trách nhiệm người đứng đầu, đồng thời tăng cường sự tham gia của người dân, doanh nghiệp và các tổ chức xã hội.',
        'The director of the department has signed the 2022 plan for communicating administrative reform. It aims to raise officials’ awareness of their reform duties, especially those of heads of units, and to involve citizens, businesses and social organisations more closely.'),
      L('Nội dung tuyên truyền gồm các văn bản quy phạm pháp luật đã được rà soát, sửa đổi, bổ sung; các bộ thủ tục hành chính đã được đơn giản hóa, mới ban hành; các văn bản chỉ đạo như Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ và Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ; cùng kết quả thực hiện bảy nhiệm vụ cải cách hành chính của cơ quan.',
        'The plan covers revised legal documents; simplified and newly issued sets of procedures; guiding documents such as Prime Minister’s Directive 13/CT-TTg of 10 June 2015 and Government Resolution 76/NQ-CP of 15 July 2021; and the department’s results in the seven areas of reform.'),
      L('Hình thức tuyên truyền gồm: đưa tin trên báo, đài của tỉnh và Cổng Thông tin điện tử của Sở; quán triệt tại các cuộc họp giao ban; niêm yết công khai thủ tục hành chính, đường dây nóng, địa chỉ tiếp nhận phản ánh, kiến nghị tại trụ sở cơ quan và Trung tâm Phục vụ hành chính công; lồng ghép vào các hội nghị phổ biến pháp luật.',
        'Channels include the provincial newspaper and broadcaster and the department’s portal; briefings at staff meetings; posting procedures, the hotline and the feedback address at the department and the public administration service centre; and legal-awareness conferences.'),
      L('Văn phòng Sở được giao theo dõi, đôn đốc, kiểm tra việc thực hiện kế hoạch. Toàn văn kế hoạch được đăng tại mục Văn bản của Cổng.',
        'The Department Office follows up and checks progress. The full text of the plan is in the Documents section of this portal.'),
    ],
    kind: 'news',
    categoryKeys: ['chi-dao-dieu-hanh'],
    publishedAt: '2022-03-15',
    relatedDocumentKeys: [PLAN_2022, '13-ct-ttg-2015', '76-nq-cp-2021'],
  },
  {
    key: 'chi-so-cai-cach-hanh-chinh-2023',
    title: L('Chỉ số cải cách hành chính năm 2023 của tỉnh Nam Định đạt 87,32%', 'Nam Định’s 2023 administrative reform index reaches 87.32%'),
    excerpt: L(
      'Theo kết quả Chỉ số cải cách hành chính (PAR Index) năm 2023 do Bộ Nội vụ công bố, tỉnh Nam Định đạt 87,32%, xếp thứ 29/63 tỉnh, thành phố.',
      'In the 2023 Administrative Reform Index (PAR Index) published by the Ministry of Home Affairs, Nam Định scored 87.32% and ranked 29th of 63 provinces and cities.',
    ),
    paragraphs: [
      L('Bộ Nội vụ đã công bố kết quả Chỉ số cải cách hành chính năm 2023 của các bộ, cơ quan ngang bộ và Ủy ban nhân dân các tỉnh, thành phố trực thuộc Trung ương. Tỉnh Nam Định đạt 87,32%, xếp thứ 29/63 tỉnh, thành phố.',
        'The Ministry of Home Affairs has published the 2023 Administrative Reform Index of ministries and of the People’s Committees of provinces and centrally run cities. Nam Định scored 87.32%, ranking 29th of 63.'),
      L('Năm 2021, tỉnh đạt 86,40% và xếp thứ 40/63. Kết quả năm 2023 cho thấy sự tiến bộ cả về điểm số và thứ hạng.',
        'In 2021 the province scored 86.40% and ranked 40th of 63, so the 2023 result is an improvement in both score and rank.'),
      L('Chỉ số đánh giá công tác chỉ đạo, điều hành và kết quả thực hiện các nội dung cải cách hành chính của từng địa phương. Sở tiếp tục rà soát những tiêu chí còn bị trừ điểm thuộc lĩnh vực được giao, nhất là việc giải quyết thủ tục hành chính đúng hạn và cung cấp dịch vụ công trực tuyến.',
        'The index assesses each locality’s direction of reform and its results in each area. The department is reviewing the criteria where points were lost in its own fields, above all on-time handling of procedures and online public services.'),
      L('Kết quả các chỉ số qua từng năm được tổng hợp tại mục Chỉ số của Cổng.',
        'Results for each year are collected in the Indices section of this portal.'),
    ],
    kind: 'news',
    categoryKeys: ['chi-dao-dieu-hanh'],
    coverKey: 'par-index-2021-2023',
    publishedAt: '2024-09-16',
  },

  // Cải cách thể chế
  {
    key: 'ra-soat-van-ban-quy-pham-phap-luat',
    title: L('Rà soát văn bản quy phạm pháp luật thuộc lĩnh vực quản lý của Sở', 'Reviewing the legal documents in the department’s fields'),
    excerpt: L(
      'Sở rà soát thường xuyên các văn bản quy phạm pháp luật thuộc lĩnh vực quản lý để kịp thời kiến nghị sửa đổi, bổ sung, thay thế hoặc bãi bỏ những quy định không còn phù hợp.',
      'The department regularly reviews the legal documents in its fields so that outdated rules can be amended, replaced or repealed in time.',
    ),
    paragraphs: [
      L('Cải cách thể chế là nội dung đầu tiên trong sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 ban hành kèm theo Nghị quyết số 76/NQ-CP. Ở cấp Sở, nhiệm vụ này gắn với việc tham mưu xây dựng và rà soát văn bản thuộc lĩnh vực được giao.',
        'Institutional reform is the first of the six areas of the 2021-2030 master programme for state administrative reform issued with Resolution 76/NQ-CP. For a department, it means drafting and reviewing the documents in its fields.'),
      L('Các phòng, đơn vị thuộc Sở rà soát văn bản quy phạm pháp luật của Hội đồng nhân dân, Ủy ban nhân dân tỉnh thuộc lĩnh vực quản lý, xác định những quy định chồng chéo, mâu thuẫn hoặc không còn phù hợp với văn bản của cấp trên và đề xuất hướng xử lý.',
        'Units of the department review the provincial council’s and committee’s legal documents in their fields, identify rules that overlap, conflict or no longer match higher-level law, and propose what to do.'),
      L('Kết quả rà soát là cơ sở để Sở kiến nghị Ủy ban nhân dân tỉnh sửa đổi, bổ sung, thay thế hoặc bãi bỏ văn bản, đồng thời cập nhật tình trạng hiệu lực của văn bản trên Cổng để người dân, doanh nghiệp tra cứu chính xác.',
        'The findings support the department’s proposals to the Provincial People’s Committee to amend, replace or repeal documents, and the legal status of each document on this portal is updated so that people can rely on it.'),
      L('Người dân, doanh nghiệp phát hiện quy định bất hợp lý có thể gửi phản ánh, kiến nghị qua mục Phản ánh, kiến nghị của Cổng.',
        'Anyone who finds an unreasonable rule can say so through the Feedback section of this portal.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-the-che'],
    publishedAt: '2023-04-12',
    relatedDocumentKeys: ['76-nq-cp-2021'],
  },
  {
    key: 'lay-y-kien-du-thao-van-ban',
    title: L('Lấy ý kiến người dân, doanh nghiệp đối với dự thảo văn bản', 'Have your say on draft documents'),
    excerpt: L(
      'Dự thảo văn bản do Sở chủ trì soạn thảo được đăng trên Cổng để cơ quan, tổ chức, cá nhân góp ý.',
      'Drafts prepared by the department are posted on this portal for comment by agencies, organisations and individuals.',
    ),
    paragraphs: [
      L('Theo quy định của pháp luật về ban hành văn bản quy phạm pháp luật, cơ quan chủ trì soạn thảo phải lấy ý kiến của cơ quan, tổ chức, cá nhân có liên quan và của đối tượng chịu sự tác động trực tiếp của văn bản.',
        'The law on legal documents requires the drafting agency to consult the agencies, organisations and individuals concerned, including those directly affected.'),
      L('Khi Sở được giao chủ trì soạn thảo, dự thảo và thời hạn góp ý được đăng tại mục Văn bản của Cổng; mỗi dự thảo ghi rõ đầu mối tiếp nhận góp ý.',
        'When the department leads a draft, the text and the deadline for comments are posted in the Documents section, with the contact who receives comments.'),
      L('Ý kiến góp ý được tổng hợp, tiếp thu hoặc giải trình trước khi trình cấp có thẩm quyền ban hành. Việc lấy ý kiến rộng rãi giúp quy định mới sát thực tiễn, hạn chế phát sinh thủ tục, giấy tờ không cần thiết.',
        'Comments are compiled and either taken on board or answered before the draft goes to the issuing authority. Wide consultation keeps new rules practical and avoids needless procedures and paperwork.'),
    ],
    kind: 'announcement',
    categoryKeys: ['cai-cach-the-che'],
    publishedAt: '2024-05-20',
  },

  // Cải cách thủ tục hành chính
  {
    key: 'trach-nhiem-nguoi-dung-dau-cai-cach-tthc',
    title: L('Đề cao trách nhiệm người đứng đầu trong cải cách thủ tục hành chính', 'Heads of units answer for administrative procedure reform'),
    excerpt: L(
      'Sở quán triệt Chỉ thị số 13/CT-TTg của Thủ tướng Chính phủ và niêm yết công khai thủ tục hành chính, đường dây nóng tại nơi tiếp nhận hồ sơ.',
      'The department briefs its staff on Prime Minister’s Directive 13/CT-TTg and posts its procedures and hotline where applications are received.',
    ),
    paragraphs: [
      L('Chỉ thị số 13/CT-TTg ngày 10/6/2015 của Thủ tướng Chính phủ về việc tăng cường trách nhiệm của người đứng đầu cơ quan hành chính nhà nước các cấp trong công tác cải cách thủ tục hành chính là một trong những văn bản được Sở tuyên truyền, quán triệt trong năm 2022.',
        'Directive 13/CT-TTg of 10 June 2015 of the Prime Minister, on strengthening the responsibility of heads of administrative agencies for procedure reform, is one of the documents the department explained to its staff in 2022.'),
      L('Trưởng các phòng, đơn vị chịu trách nhiệm triển khai nhiệm vụ cải cách thủ tục hành chính trong phạm vi được giao. Thủ tục hành chính, đường dây nóng và địa chỉ tiếp nhận phản ánh, kiến nghị được niêm yết công khai tại trụ sở cơ quan và Trung tâm Phục vụ hành chính công, Xúc tiến đầu tư và Hỗ trợ doanh nghiệp tỉnh.',
        'Heads of units are responsible for procedure reform in their areas. Procedures, the hotline and the feedback address are posted at the department and at the provincial Public Administration Service, Investment Promotion and Business Support Centre.'),
      L('Công chức tiếp nhận hồ sơ có trách nhiệm hướng dẫn đầy đủ, một lần cách thức thực hiện thủ tục, kể cả việc nộp hồ sơ trực tuyến hoặc qua dịch vụ bưu chính công ích.',
        'Officials who receive applications must explain everything needed in one go, including how to apply online or through the public postal service.'),
      L('Khi gặp khó khăn trong quá trình giải quyết thủ tục, người dân, doanh nghiệp có thể phản ánh qua đường dây nóng hoặc mục Phản ánh, kiến nghị của Cổng.',
        'Citizens and businesses who run into difficulties can report them by hotline or through the Feedback section of this portal.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-thu-tuc-hanh-chinh'],
    publishedAt: '2022-05-18',
    relatedDocumentKeys: ['13-ct-ttg-2015', PLAN_2022],
  },
  {
    key: 'tra-cuu-thu-tuc-theo-cach-thuc-nop',
    title: L('Tra cứu thủ tục hành chính: thời hạn và phí, lệ phí theo từng cách thức nộp', 'Looking up a procedure: time limits and fees for each way of applying'),
    excerpt: L(
      'Cùng một thủ tục có thể có thời hạn giải quyết và mức phí khác nhau khi nộp trực tiếp, trực tuyến hay qua bưu chính công ích.',
      'The same procedure may take a different time and cost a different fee depending on whether you apply in person, online or by public post.',
    ),
    paragraphs: [
      L('Mỗi thủ tục hành chính trên Cổng được trình bày theo các thông tin pháp luật yêu cầu công bố: trình tự thực hiện, cách thức thực hiện, thành phần hồ sơ, thời hạn giải quyết, đối tượng thực hiện, cơ quan giải quyết, kết quả, phí, lệ phí và căn cứ pháp lý.',
        'Each procedure on this portal shows the information the law requires to be published: steps, ways of applying, documents, time limit, who may apply, handling agency, result, fees and legal basis.'),
      L('Thời hạn giải quyết và phí, lệ phí được ghi theo từng cách thức nộp hồ sơ: trực tiếp, trực tuyến hoặc qua dịch vụ bưu chính công ích. Với một số thủ tục, phí, lệ phí khi nộp trực tuyến thấp hơn hoặc được miễn, vì vậy nên xem kỹ trước khi nộp.',
        'Time limits and fees are listed for each channel: in person, online or by public post. For some procedures the online fee is lower or waived, so check before you apply.'),
      L('Thành phần hồ sơ có thể khác nhau theo từng trường hợp; Cổng ghi rõ số bản chính, bản sao của từng giấy tờ và mẫu đơn, tờ khai để tải về nếu có.',
        'The documents required can differ from case to case; the portal shows how many originals and copies of each are needed, with forms to download where available.'),
      L('Mã thủ tục trên Cổng là mã trên Cổng Dịch vụ công quốc gia; có thể tìm theo mã đầy đủ hoặc phần đầu của mã.',
        'Procedure codes are those of the National Public Service Portal; you can search by the full code or by its first digits.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-thu-tuc-hanh-chinh'],
    publishedAt: '2024-10-08',
  },

  // Cải cách tổ chức bộ máy hành chính nhà nước
  {
    key: 'tuyen-truyen-nghi-dinh-107-2020',
    title: L('Tuyên truyền Nghị định 107/2020/NĐ-CP về tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh', 'Explaining Decree 107/2020/ND-CP on provincial specialised agencies'),
    excerpt: L(
      'Nghị định 107/2020/NĐ-CP ngày 14/9/2020 sửa đổi, bổ sung một số điều của Nghị định 24/2014/NĐ-CP quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh.',
      'Decree 107/2020/ND-CP of 14 September 2020 amends Decree 24/2014/ND-CP on the organisation of the specialised agencies of provincial People’s Committees.',
    ),
    paragraphs: [
      L('Nghị định số 24/2014/NĐ-CP ngày 04/4/2014 của Chính phủ quy định tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, thành phố trực thuộc Trung ương. Ngày 14/9/2020, Chính phủ ban hành Nghị định số 107/2020/NĐ-CP sửa đổi, bổ sung một số điều của Nghị định này.',
        'Government Decree 24/2014/ND-CP of 4 April 2014 governs the organisation of the specialised agencies of the People’s Committees of provinces and centrally run cities. On 14 September 2020 the Government issued Decree 107/2020/ND-CP amending several of its articles.'),
      L('Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022 của Sở xác định tuyên truyền kết quả sắp xếp tổ chức bộ máy tinh gọn, hiệu quả và kết quả thực hiện Nghị định 107/2020/NĐ-CP là một nội dung tuyên truyền.',
        'The department’s 2022 communication plan includes reporting on the streamlining of the organisation and on how Decree 107/2020/ND-CP has been applied.'),
      L('Sở phổ biến nội dung nghị định tới cán bộ, công chức qua các cuộc họp giao ban và sinh hoạt của các tổ chức đoàn thể; việc sắp xếp các phòng, đơn vị thuộc Sở được thực hiện theo quy định và hướng dẫn của cấp có thẩm quyền.',
        'The department explains the decree to its staff at staff meetings and meetings of its mass organisations; its units are reorganised as the competent authorities decide and instruct.'),
      L('Văn bản và quan hệ giữa hai nghị định có thể tra cứu tại mục Văn bản của Cổng.',
        'Both decrees, and how they relate, can be found in the Documents section of this portal.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-to-chuc-bo-may'],
    publishedAt: '2022-04-20',
    relatedDocumentKeys: ['107-2020-nd-cp', '24-2014-nd-cp', PLAN_2022],
  },
  {
    key: 'tinh-ninh-binh-moi-chinh-quyen-hai-cap',
    title: L('Từ ngày 1/7/2025: tỉnh Ninh Bình mới và chính quyền địa phương hai cấp', 'From 1 July 2025: the new Ninh Bình province and two-tier local government'),
    excerpt: L(
      'Theo Nghị quyết số 202/2025/QH15 của Quốc hội, tỉnh Nam Định, tỉnh Hà Nam và tỉnh Ninh Bình hợp nhất thành tỉnh Ninh Bình; chính quyền địa phương được tổ chức theo hai cấp: tỉnh và xã.',
      'Under National Assembly Resolution 202/2025/QH15, Nam Định, Hà Nam and Ninh Bình provinces merge into a new Ninh Bình province; local government now has two tiers, province and commune.',
    ),
    paragraphs: [
      L('Từ ngày 1/7/2025, theo Nghị quyết số 202/2025/QH15 của Quốc hội, tỉnh Nam Định hợp nhất với tỉnh Hà Nam và tỉnh Ninh Bình thành tỉnh Ninh Bình mới. Cùng thời điểm, chính quyền địa phương được tổ chức theo hai cấp là cấp tỉnh và cấp xã, không còn cấp huyện.',
        'From 1 July 2025, under National Assembly Resolution 202/2025/QH15, Nam Định province merges with Hà Nam and Ninh Bình into a new Ninh Bình province. At the same time local government is organised in two tiers, province and commune, with no district level.'),
      L('Các thủ tục hành chính trước đây do cấp huyện giải quyết được chuyển cho cấp tỉnh hoặc cấp xã. Trên Cổng, mỗi thủ tục ghi rõ cấp thực hiện: cấp tỉnh, cấp xã, cấp bộ, ngành hoặc cơ quan khác.',
        'Procedures formerly handled by districts have moved to the province or the commune. Each procedure on this portal states its level: provincial, commune, ministry or other agency.'),
      L('Các văn bản ban hành trước ngày 1/7/2025 vẫn ghi tên cơ quan ban hành tại thời điểm ban hành, ví dụ Ủy ban nhân dân tỉnh Nam Định; trang của cơ quan cũ ghi rõ cơ quan kế thừa.',
        'Documents issued before 1 July 2025 keep the name of their issuer at the time, such as the Nam Định Provincial People’s Committee; the page of a former agency names its successor.'),
      L('Người dân, doanh nghiệp nên kiểm tra địa chỉ tiếp nhận hồ sơ trước khi đến nộp, hoặc nộp trực tuyến trên Cổng Dịch vụ công quốc gia để không phải đi lại.',
        'Check where to hand in your application before you go, or apply online on the National Public Service Portal and save the trip.'),
    ],
    kind: 'announcement',
    categoryKeys: ['cai-cach-to-chuc-bo-may'],
    publishedAt: '2025-07-03',
  },

  // Cải cách chế độ công vụ
  {
    key: 'chi-so-hai-long-sipas-2021',
    title: L('Chỉ số hài lòng về sự phục vụ hành chính năm 2021 của tỉnh đạt 84,57%', 'Satisfaction with public administration in the province reached 84.57% in 2021'),
    excerpt: L(
      'Theo Chỉ số SIPAS 2021 do Bộ Nội vụ công bố, mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước tỉnh Nam Định đạt 84,57%, xếp thứ 51/63.',
      'In the SIPAS 2021 survey published by the Ministry of Home Affairs, satisfaction with Nam Định’s public administration stood at 84.57%, 51st of 63.',
    ),
    paragraphs: [
      L('Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) đo mức độ hài lòng của người dân, tổ chức đối với sự phục vụ của cơ quan hành chính nhà nước. Năm 2021, tỉnh Nam Định đạt 84,57%, xếp thứ 51/63 tỉnh, thành phố; cùng năm, Chỉ số cải cách hành chính của tỉnh đạt 86,40%, xếp thứ 40/63.',
        'The SIPAS index measures how satisfied citizens and organisations are with the service of state administrative agencies. In 2021 Nam Định scored 84.57%, ranking 51st of 63; its Administrative Reform Index that year was 86.40%, 40th of 63.'),
      L('Thứ hạng SIPAS cho thấy còn khoảng cách giữa kết quả cải cách và cảm nhận của người dân. Thái độ, tinh thần trách nhiệm của công chức tiếp nhận, giải quyết hồ sơ là điều người dân đánh giá trực tiếp.',
        'The SIPAS rank shows a gap between reform results and how people experience them. The attitude and diligence of the officials who handle their applications is what people judge first-hand.'),
      L('Sở yêu cầu công chức được giao tiếp nhận hồ sơ thực hiện đúng quy tắc ứng xử, hướng dẫn đầy đủ và giải quyết hồ sơ đúng hạn; trưởng các phòng, đơn vị giám sát việc thực thi công vụ trong phạm vi phụ trách.',
        'The department requires officials at the front desk to follow the code of conduct, give complete guidance and meet deadlines; heads of units oversee how duties are carried out.'),
      L('Ý kiến về thái độ phục vụ có thể gửi qua mục Phản ánh, kiến nghị của Cổng hoặc đường dây nóng niêm yết tại nơi tiếp nhận hồ sơ.',
        'Comments on how you were served can be sent through the Feedback section or the hotline posted where applications are received.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-che-do-cong-vu'],
    publishedAt: '2022-08-10',
  },
  {
    key: 'boi-duong-cai-cach-hanh-chinh-cho-cong-chuc',
    title: L('Cử công chức tham gia bồi dưỡng, tập huấn về cải cách hành chính', 'Officials attend training on administrative reform'),
    excerpt: L(
      'Thực hiện kế hoạch năm 2022, Sở cử cán bộ, công chức tham gia các khóa đào tạo, bồi dưỡng, tập huấn về công tác cải cách hành chính.',
      'Under its 2022 plan, the department sends officials on courses and training sessions on administrative reform.',
    ),
    paragraphs: [
      L('Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022 của Sở giao nhiệm vụ cử cán bộ, công chức tham gia các khóa đào tạo, bồi dưỡng, tập huấn về cải cách hành chính và lồng ghép nội dung này vào các hội nghị phổ biến pháp luật.',
        'The department’s 2022 communication plan provides for sending officials on reform courses and for including reform topics in legal-awareness conferences.'),
      L('Nội dung bồi dưỡng tập trung vào kiến thức công chức cần trong công việc hằng ngày: quy trình tiếp nhận, giải quyết hồ sơ theo cơ chế một cửa; hướng dẫn người dân sử dụng dịch vụ công trực tuyến; kỹ năng giao tiếp, ứng xử với người dân, doanh nghiệp.',
        'Training focuses on what officials need every day: receiving and handling applications under the one-stop mechanism, helping people use online public services, and dealing courteously with citizens and businesses.'),
      L('Sau mỗi khóa học, công chức tham gia chia sẻ lại kiến thức trong phòng, đơn vị để việc áp dụng được thống nhất trong toàn cơ quan.',
        'After each course, participants pass on what they learnt to their colleagues so that practice is the same across the department.'),
      L('Cải cách chế độ công vụ là một trong sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 theo Nghị quyết số 76/NQ-CP.',
        'Civil service reform is one of the six areas of the 2021-2030 master programme under Resolution 76/NQ-CP.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-che-do-cong-vu'],
    publishedAt: '2022-11-09',
    relatedDocumentKeys: [PLAN_2022, '76-nq-cp-2021'],
  },

  // Cải cách tài chính công
  {
    key: 'cong-khai-du-toan-ngan-sach-2023',
    title: L('Công khai dự toán ngân sách năm 2023 của Sở', 'The department publishes its 2023 budget estimate'),
    excerpt: L(
      'Thực hiện quy định về công khai ngân sách nhà nước, dự toán ngân sách được giao của Sở được đăng tại mục Văn bản của Cổng.',
      'As the rules on budget transparency require, the department’s approved budget estimate is published in the Documents section of this portal.',
    ),
    paragraphs: [
      L('Luật Ngân sách nhà nước năm 2015 quy định dự toán, tình hình thực hiện và quyết toán ngân sách của các đơn vị sử dụng ngân sách phải được công khai. Công khai tài chính là một nội dung của cải cách tài chính công, giúp người dân giám sát việc sử dụng ngân sách.',
        'The 2015 State Budget Law requires budget-using units to publish their estimates, execution and final accounts. Financial transparency is part of public finance reform and lets the public see how money is spent.'),
      L('Sở đăng công khai quyết định giao dự toán và các biểu mẫu kèm theo tại mục Văn bản của Cổng; báo cáo tình hình thực hiện dự toán và quyết toán được đăng theo kỳ.',
        'The department publishes the budget allocation decision and its annexes in the Documents section; reports on budget execution and final accounts follow each period.'),
      L('Sở tiếp tục thực hành tiết kiệm, chống lãng phí trong chi thường xuyên và rà soát quy chế chi tiêu nội bộ cho phù hợp với quy định hiện hành.',
        'The department continues to economise on recurrent spending and keeps its internal spending rules in line with current regulations.'),
    ],
    kind: 'announcement',
    categoryKeys: ['cai-cach-tai-chinh-cong'],
    publishedAt: '2023-01-31',
  },
  {
    key: 'thanh-toan-phi-le-phi-truc-tuyen',
    title: L('Thanh toán phí, lệ phí trực tuyến khi giải quyết thủ tục hành chính', 'Paying fees online'),
    excerpt: L(
      'Khi nộp hồ sơ trên Cổng Dịch vụ công quốc gia, người dân, doanh nghiệp có thể thanh toán phí, lệ phí trực tuyến, không phải đến nộp tiền trực tiếp.',
      'When you apply on the National Public Service Portal you can pay the fees online instead of in person.',
    ),
    paragraphs: [
      L('Nghị quyết số 76/NQ-CP của Chính phủ đặt chỉ tiêu ít nhất 80% thủ tục hành chính được thanh toán phí, lệ phí trực tuyến. Thanh toán trực tuyến giúp giảm thời gian đi lại, giảm sử dụng tiền mặt và minh bạch khoản thu.',
        'Government Resolution 76/NQ-CP sets a target of at least 80% of procedures with online payment of fees. Paying online saves trips, reduces cash handling and makes collections transparent.'),
      L('Khi nộp hồ sơ trên Cổng Dịch vụ công quốc gia, nếu thủ tục có phí, lệ phí, hệ thống hiển thị số tiền cần nộp và các phương thức thanh toán điện tử được kết nối.',
        'If a procedure carries a fee, the National Public Service Portal shows the amount due and the electronic payment methods available.'),
      L('Một số thủ tục có phí, lệ phí khi nộp trực tuyến thấp hơn hoặc được miễn so với nộp trực tiếp. Thông tin này được ghi theo từng cách thức nộp trên trang thủ tục của Cổng.',
        'Some procedures charge less, or nothing, when you apply online; each procedure page shows the fee for each channel.'),
      L('Người nộp nên lưu lại biên lai điện tử; khi gặp lỗi thanh toán, liên hệ Tổng đài hỗ trợ của Cổng Dịch vụ công quốc gia 18001096.',
        'Keep the electronic receipt. If a payment fails, call the National Public Service Portal helpline on 18001096.'),
    ],
    kind: 'news',
    categoryKeys: ['cai-cach-tai-chinh-cong'],
    publishedAt: '2024-03-12',
    relatedDocumentKeys: ['76-nq-cp-2021'],
  },

  // Xây dựng, phát triển Chính phủ điện tử, Chính phủ số
  {
    key: 'nghi-dinh-42-2022-co-hieu-luc',
    title: L('Từ ngày 15/8/2022, dịch vụ công trực tuyến gồm hai loại: toàn trình và một phần', 'From 15 August 2022, online public services are either full-process or partial'),
    excerpt: L(
      'Nghị định 42/2022/NĐ-CP có hiệu lực từ ngày 15/8/2022, thay thế Nghị định 43/2011/NĐ-CP và thay cách phân loại dịch vụ công trực tuyến theo mức độ.',
      'Decree 42/2022/ND-CP takes effect on 15 August 2022, replacing Decree 43/2011/ND-CP and its levels of online public service.',
    ),
    paragraphs: [
      L('Nghị định số 42/2022/NĐ-CP ngày 24/6/2022 của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng có hiệu lực từ ngày 15/8/2022, thay thế Nghị định số 43/2011/NĐ-CP.',
        'Government Decree 42/2022/ND-CP of 24 June 2022, on the provision of information and online public services by state agencies, takes effect on 15 August 2022 and replaces Decree 43/2011/ND-CP.'),
      L('Theo Điều 11 của Nghị định, dịch vụ công trực tuyến toàn trình bảo đảm cung cấp toàn bộ thông tin về thủ tục hành chính; việc nộp và giải quyết hồ sơ được thực hiện hoàn toàn trên môi trường mạng; kết quả được trả trực tuyến hoặc qua dịch vụ bưu chính công ích. Dịch vụ không đáp ứng các điều kiện này là dịch vụ công trực tuyến một phần.',
        'Under Article 11, a full-process online service provides all the information about the procedure, handles submission and processing entirely online, and returns the result online or by public post. Any online service that does not meet these conditions is a partial one.'),
      L('Nghị định 43/2011/NĐ-CP trước đây chia dịch vụ công trực tuyến thành bốn mức độ. Mức độ 3 (nộp và xử lý hồ sơ trực tuyến, nộp phí và nhận kết quả trực tiếp) tương ứng với dịch vụ một phần; mức độ 4 (thanh toán trực tuyến, nhận kết quả trực tuyến hoặc qua bưu chính) tương ứng với dịch vụ toàn trình.',
        'Decree 43/2011/ND-CP had four levels. Level 3 (apply and process online, pay and collect in person) roughly corresponds to a partial service; level 4 (also pay online and receive the result online or by post) to a full-process one.'),
      L('Vì nhiều văn bản ban hành trước năm 2022 vẫn dùng cách gọi “mức độ 3, mức độ 4”, trang thủ tục trên Cổng hiển thị cả cách phân loại mới và mức độ tương ứng trước đây.',
        'Because many older documents still speak of “level 3” and “level 4”, procedure pages on this portal show both the new category and the former level.'),
    ],
    kind: 'news',
    categoryKeys: ['chinh-phu-dien-tu-chinh-phu-so'],
    publishedAt: '2022-08-15',
    relatedDocumentKeys: ['42-2022-nd-cp', '43-2011-nd-cp'],
  },
  {
    key: 'chi-tieu-dich-vu-cong-truc-tuyen-2025-2030',
    title: L('Chỉ tiêu dịch vụ công trực tuyến đến năm 2025 và 2030', 'Online public service targets for 2025 and 2030'),
    excerpt: L(
      'Nghị quyết 76/NQ-CP đặt mục tiêu ít nhất 80% thủ tục hành chính được cung cấp trực tuyến mức độ 3, 4 vào năm 2025 và ít nhất 90% vào năm 2030.',
      'Resolution 76/NQ-CP aims for at least 80% of procedures online at levels 3 and 4 by 2025, and at least 90% by 2030.',
    ),
    paragraphs: [
      L('Xây dựng, phát triển Chính phủ điện tử, Chính phủ số là một trong sáu nội dung của Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 ban hành kèm theo Nghị quyết số 76/NQ-CP ngày 15/7/2021 của Chính phủ.',
        'Building e-government and digital government is one of the six areas of the 2021-2030 master programme issued with Government Resolution 76/NQ-CP of 15 July 2021.'),
      L('Chương trình đặt chỉ tiêu đến năm 2025, ít nhất 80% thủ tục hành chính được cung cấp dưới hình thức dịch vụ công trực tuyến mức độ 3, 4 và ít nhất 90% vào năm 2030; 100% người dùng dịch vụ công trực tuyến được định danh điện tử vào năm 2025; ít nhất 80% thủ tục hành chính được tích hợp lên Cổng Dịch vụ công quốc gia.',
        'The targets: at least 80% of procedures offered as level 3 or 4 online services by 2025 and at least 90% by 2030; every online-service user with an electronic identity by 2025; and at least 80% of procedures integrated on the National Public Service Portal.'),
      L('Để đạt các chỉ tiêu này, việc cung cấp dịch vụ trực tuyến cần đi đôi với hướng dẫn người dân sử dụng. Công chức tại bộ phận một cửa hướng dẫn người dân tạo tài khoản, nộp hồ sơ và theo dõi kết quả trực tuyến.',
        'Offering services online is not enough: people need help to use them. Staff at the one-stop desk show applicants how to sign in, apply and follow their application online.'),
      L('Danh sách thủ tục có dịch vụ công trực tuyến, kèm đường dẫn nộp hồ sơ, được cập nhật tại mục Thủ tục hành chính của Cổng.',
        'The procedures available online, with links to apply, are listed in the Procedures section of this portal.'),
    ],
    kind: 'news',
    categoryKeys: ['chinh-phu-dien-tu-chinh-phu-so'],
    publishedAt: '2023-06-14',
    relatedDocumentKeys: ['76-nq-cp-2021'],
  },

  // Biểu dương
  {
    key: 'bieu-duong-bo-phan-mot-cua',
    title: L('Biểu dương Bộ phận một cửa: hướng dẫn tận tình, trả kết quả đúng hẹn', 'Commendation: the one-stop desk, for helpful guidance and results on time'),
    excerpt: L(
      'Ý kiến của người dân, doanh nghiệp gửi về Sở ghi nhận tinh thần phục vụ của công chức tại Bộ phận một cửa.',
      'Comments from citizens and businesses praise the service of the staff at the one-stop desk.',
    ),
    paragraphs: [
      L('Thực hiện nội dung biểu dương những tập thể, cá nhân thực hiện tốt công tác cải cách hành chính trong kế hoạch tuyên truyền của Sở, Cổng giới thiệu cách làm của Bộ phận tiếp nhận và trả kết quả (Bộ phận một cửa).',
        'The department’s communication plan calls for recognising those who do reform work well. This article looks at how the one-stop desk, where applications are received and results returned, works.'),
      L('Công chức tại Bộ phận một cửa hướng dẫn đầy đủ, một lần các giấy tờ cần chuẩn bị; khi hồ sơ chưa đủ, người nộp nhận phiếu yêu cầu bổ sung, hoàn thiện hồ sơ ghi rõ nội dung cần bổ sung, tránh phải đi lại nhiều lần.',
        'Staff explain in one go everything an applicant needs to bring; when something is missing, the applicant receives a written request that states exactly what to add, so no one has to come back again and again.'),
      L('Bộ phận một cửa chủ động hỗ trợ người dân nộp hồ sơ trực tuyến ngay tại nơi tiếp nhận, giúp người dân làm quen với dịch vụ công trực tuyến cho những lần sau.',
        'The desk also helps people apply online on the spot, so that they can do it themselves next time.'),
      L('Sở biểu dương tinh thần phục vụ của tập thể Bộ phận một cửa và mong tiếp tục nhận được ý kiến đánh giá của người dân, doanh nghiệp để nâng cao chất lượng phục vụ.',
        'The department commends the one-stop desk team and welcomes further comments from citizens and businesses to keep improving the service.'),
    ],
    kind: 'commendation',
    categoryKeys: ['bieu-duong'],
    publishedAt: '2023-07-05',
    relatedDocumentKeys: [PLAN_2022],
  },
  {
    key: 'bieu-duong-ho-tro-nguoi-cao-tuoi-nguoi-khuyet-tat',
    title: L('Biểu dương cách làm hỗ trợ người cao tuổi, người khuyết tật khi làm thủ tục', 'Commendation: helping older people and people with disabilities with their applications'),
    excerpt: L(
      'Bộ phận một cửa ưu tiên tiếp nhận và hướng dẫn từng bước cho người cao tuổi, người khuyết tật khi giải quyết thủ tục hành chính.',
      'The one-stop desk gives priority and step-by-step help to older people and people with disabilities.',
    ),
    paragraphs: [
      L('Kế hoạch tuyên truyền cải cách hành chính của Sở đề ra việc biểu dương những tập thể, cá nhân có sáng kiến hiệu quả. Một cách làm được ghi nhận là việc Bộ phận một cửa chủ động hỗ trợ người cao tuổi, người khuyết tật và người ít sử dụng công nghệ.',
        'The department’s plan calls for recognising useful initiatives. One of them is the one-stop desk’s practice of actively helping older people, people with disabilities and people who rarely use technology.'),
      L('Người cần hỗ trợ được ưu tiên tiếp nhận và được hướng dẫn từng bước khi kê khai, nộp hồ sơ trực tuyến, kể cả cách đăng nhập bằng tài khoản định danh điện tử.',
        'Those who need help are served first and guided step by step through filling in and submitting their application online, including signing in with their electronic identity.'),
      L('Sau khi nộp, người dân được hướng dẫn cách theo dõi tình trạng hồ sơ và có thể chọn nhận kết quả qua dịch vụ bưu chính công ích nếu không tiện đi lại.',
        'Afterwards they are shown how to follow their application and can choose to receive the result by public post if travelling is difficult.'),
      L('Sở biểu dương tập thể Bộ phận một cửa và khuyến khích các đơn vị nhân rộng cách làm này.',
        'The department commends the one-stop desk team and encourages other units to do the same.'),
    ],
    kind: 'commendation',
    categoryKeys: ['bieu-duong'],
    publishedAt: '2025-12-10',
  },

  // Phản ánh tiêu cực
  {
    key: 'yeu-cau-giay-to-ngoai-quy-dinh',
    title: L('Bị yêu cầu nộp thêm giấy tờ ngoài quy định: phản ánh ở đâu?', 'Asked for papers the rules do not require? Here is where to report it'),
    excerpt: L(
      'Yêu cầu nộp thêm giấy tờ không có trong thành phần hồ sơ đã công bố là hành vi gây phiền hà cần được phản ánh để xử lý.',
      'Being asked for documents that are not on the published list is a form of red tape that should be reported.',
    ),
    paragraphs: [
      L('Thành phần hồ sơ của mỗi thủ tục hành chính được công bố công khai. Cơ quan, công chức không được yêu cầu người dân, doanh nghiệp nộp thêm giấy tờ ngoài thành phần hồ sơ đã công bố.',
        'The documents required for each procedure are published. Agencies and officials may not ask for anything beyond that list.'),
      L('Các dạng thường gặp: yêu cầu bổ sung hồ sơ nhiều lần, mỗi lần một nội dung khác nhau; yêu cầu xuất trình giấy tờ ngoài danh mục; yêu cầu bổ sung bằng lời, không có phiếu ghi rõ nội dung cần bổ sung.',
        'Typical cases: being asked to add documents several times, something different each time; being asked for papers not on the list; or being told verbally, without a written note of what is missing.'),
      L('Khi gặp tình huống này, người dân nên đối chiếu với thành phần hồ sơ công bố trên Cổng và đề nghị công chức ghi rõ nội dung yêu cầu vào phiếu yêu cầu bổ sung, hoàn thiện hồ sơ.',
        'If this happens, compare the request with the list on this portal and ask the official to write the request down on the official form for completing an application.'),
      L('Phản ánh có thể gửi qua mục Phản ánh, kiến nghị của Cổng, qua Cổng Dịch vụ công quốc gia (dichvucong.gov.vn) hoặc đường dây nóng niêm yết tại nơi tiếp nhận hồ sơ. Mỗi phản ánh gửi qua Cổng được cấp mã để theo dõi kết quả xử lý.',
        'Report it through the Feedback section of this portal, the National Public Service Portal (dichvucong.gov.vn), or the hotline posted where applications are received. Each report sent through this portal gets a tracking code.'),
    ],
    kind: 'criticism',
    categoryKeys: ['phan-anh-tieu-cuc'],
    publishedAt: '2023-09-06',
  },
  {
    key: 'ho-so-tre-hen-va-trung-gian',
    title: L('Hồ sơ trễ hẹn và lời mời “làm nhanh” qua trung gian: nhận biết và phản ánh', 'Late applications and offers to “speed things up”: how to spot and report them'),
    excerpt: L(
      'Khi hồ sơ quá hạn, cơ quan giải quyết phải xin lỗi bằng văn bản và hẹn lại ngày trả kết quả; không ai phải qua trung gian để được giải quyết đúng hạn.',
      'When an application is late, the agency must apologise in writing and set a new date; nobody needs a middleman to get a decision on time.',
    ),
    paragraphs: [
      L('Khi hồ sơ không được giải quyết đúng hạn, cơ quan giải quyết phải có văn bản xin lỗi người nộp và hẹn lại thời gian trả kết quả theo quy định về thực hiện cơ chế một cửa, một cửa liên thông.',
        'Under the rules on the one-stop mechanism, an agency that misses the deadline must apologise to the applicant in writing and set a new date for the result.'),
      L('Những hiện tượng tiêu cực cần phản ánh: hồ sơ bị để quá hạn mà không có thông báo; người nộp được gợi ý trả thêm tiền hoặc nhờ trung gian để được giải quyết nhanh; khoản thu không có biên lai hoặc khác mức phí, lệ phí đã công bố.',
        'Practices to report: an application left past its deadline without notice; hints that paying extra or using a middleman will speed things up; charges without a receipt or different from the published fees.'),
      L('Người dân có thể tự theo dõi tình trạng hồ sơ bằng mã hồ sơ ghi trên giấy tiếp nhận. Mức phí, lệ phí chính thức được ghi theo từng cách thức nộp trên trang thủ tục của Cổng.',
        'You can follow your application yourself with the reference number on your receipt. The official fees for each channel are on the procedure page of this portal.'),
      L('Khi gặp các hiện tượng trên, hãy ghi lại thời gian, nơi xảy ra, mã hồ sơ và gửi phản ánh qua mục Phản ánh, kiến nghị của Cổng hoặc Cổng Dịch vụ công quốc gia. Thông tin cá nhân của người phản ánh chỉ được dùng để xử lý và trả lời phản ánh.',
        'If you meet any of these, note the time, place and application number and report it through the Feedback section or the National Public Service Portal. Your personal details are used only to handle and answer your report.'),
    ],
    kind: 'criticism',
    categoryKeys: ['phan-anh-tieu-cuc'],
    publishedAt: '2024-11-20',
  },

  // Chuyển đổi số
  {
    key: 'ngay-chuyen-doi-so-quoc-gia-2022',
    title: L('Hưởng ứng Ngày Chuyển đổi số quốc gia 10/10', 'Marking National Digital Transformation Day, 10 October'),
    excerpt: L(
      'Năm 2022 là năm đầu tiên tổ chức Ngày Chuyển đổi số quốc gia; Sở hưởng ứng bằng việc tuyên truyền, hướng dẫn người dân sử dụng dịch vụ công trực tuyến.',
      '2022 is the first National Digital Transformation Day; the department marks it by showing people how to use online public services.',
    ),
    paragraphs: [
      L('Theo Quyết định số 505/QĐ-TTg ngày 22/4/2022 của Thủ tướng Chính phủ, ngày 10 tháng 10 hằng năm là Ngày Chuyển đổi số quốc gia. Năm 2022 là năm đầu tiên ngày này được tổ chức.',
        'Prime Minister’s Decision 505/QD-TTg of 22 April 2022 made 10 October National Digital Transformation Day; 2022 is the first year it is held.'),
      L('Kế hoạch tuyên truyền cải cách hành chính năm 2022 của Sở xác định tuyên truyền kết quả xây dựng chính quyền số, đô thị thông minh và chuyển đổi số là một nội dung tuyên truyền.',
        'The department’s 2022 communication plan includes reporting on digital government, smart cities and digital transformation.'),
      L('Hưởng ứng Ngày Chuyển đổi số quốc gia, Sở đăng tải các bài hướng dẫn sử dụng dịch vụ công trực tuyến trên Cổng và khuyến khích cán bộ, công chức sử dụng thành thạo các hệ thống quản lý văn bản, điều hành điện tử.',
        'For the occasion the department is publishing guides to online public services on this portal and encouraging its staff to master the electronic document and management systems.'),
      L('Người dân có thể bắt đầu với những việc đơn giản: tra cứu thông tin thủ tục, nộp hồ sơ trực tuyến và theo dõi kết quả trên Cổng Dịch vụ công quốc gia.',
        'A simple way to start: look up a procedure, apply online and follow your application on the National Public Service Portal.'),
    ],
    kind: 'news',
    categoryKeys: ['chuyen-doi-so'],
    publishedAt: '2022-10-10',
    relatedDocumentKeys: [PLAN_2022],
  },
  {
    key: 'dang-nhap-bang-tai-khoan-dinh-danh-dien-tu',
    title: L('Đăng nhập Cổng Dịch vụ công quốc gia bằng tài khoản định danh điện tử', 'Signing in to the National Public Service Portal with your electronic identity'),
    excerpt: L(
      'Tài khoản định danh điện tử trên ứng dụng VNeID giúp người dân đăng nhập, nộp hồ sơ trực tuyến mà không phải kê khai lại nhiều thông tin cá nhân.',
      'An electronic identity account in the VNeID app lets you sign in and apply online without typing in the same personal details again and again.',
    ),
    paragraphs: [
      L('Nghị quyết số 76/NQ-CP đặt mục tiêu đến năm 2025, 100% người dùng dịch vụ công trực tuyến được định danh điện tử. Tài khoản định danh điện tử do cơ quan Công an cấp và sử dụng qua ứng dụng VNeID.',
        'Resolution 76/NQ-CP aims for every online-service user to have an electronic identity by 2025. Electronic identity accounts are issued by the police and used through the VNeID app.'),
      L('Người dân dùng tài khoản định danh điện tử để đăng nhập Cổng Dịch vụ công quốc gia; một số thông tin cơ bản có thể được điền sẵn vào tờ khai, giảm thời gian kê khai và sai sót.',
        'You sign in to the National Public Service Portal with that account, and some basic details can be filled in for you, saving time and mistakes.'),
      L('Để bảo vệ tài khoản, không cung cấp mật khẩu, mã xác thực cho người khác, kể cả người tự xưng là cán bộ cơ quan nhà nước.',
        'Never give your password or verification code to anyone, including people who claim to be officials.'),
      L('Công chức tại bộ phận một cửa sẵn sàng hướng dẫn người dân đăng nhập và nộp hồ sơ trực tuyến lần đầu.',
        'Staff at the one-stop desk will help you sign in and apply online the first time.'),
    ],
    kind: 'news',
    categoryKeys: ['chuyen-doi-so'],
    publishedAt: '2024-07-15',
    relatedDocumentKeys: ['76-nq-cp-2021'],
  },

  // Thông cáo báo chí
  {
    key: 'thong-cao-chuyen-muc-cai-cach-hanh-chinh',
    title: L('Thông cáo báo chí: Cổng Thông tin điện tử của Sở mở chuyên mục cải cách hành chính', 'Press release: the department’s portal opens an administrative reform section'),
    excerpt: L(
      'Chuyên mục tập hợp tin tức, văn bản, thủ tục hành chính và địa chỉ tiếp nhận phản ánh về cải cách hành chính của Sở.',
      'The section brings together the department’s reform news, documents, procedures and feedback channels.',
    ),
    paragraphs: [
      L('Thực hiện Kế hoạch thông tin tuyên truyền về cải cách hành chính năm 2022, Sở xây dựng chuyên mục cải cách hành chính trên Cổng Thông tin điện tử của Sở.',
        'Under its 2022 communication plan, the department has set up an administrative reform section on its portal.'),
      L('Chuyên mục gồm tin tức theo bảy nhiệm vụ cải cách hành chính; văn bản chỉ đạo của Trung ương, của tỉnh và của Sở; thông tin về thủ tục hành chính, dịch vụ công trực tuyến; và địa chỉ tiếp nhận phản ánh, kiến nghị.',
        'It carries news on the seven areas of reform; guiding documents from the central government, the province and the department; information on procedures and online services; and where to send feedback.'),
      L('Sở đề nghị các cơ quan báo chí phối hợp đưa tin về tình hình thực hiện và kết quả cải cách hành chính, những tác động của cải cách hành chính đến đời sống xã hội. Thông tin đầu mối báo chí được đăng tại mục Liên hệ.',
        'The department invites the press to report on the progress and results of reform and its effects on everyday life. The press contact is listed on the Contact page.'),
    ],
    kind: 'press-release',
    categoryKeys: ['thong-cao-bao-chi'],
    publishedAt: '2022-06-01',
    relatedDocumentKeys: [PLAN_2022],
  },
  {
    key: 'thong-cao-cong-phien-ban-moi',
    title: L('Thông cáo báo chí: ra mắt phiên bản mới của Cổng thông tin cải cách hành chính', 'Press release: a new version of the administrative reform portal'),
    excerpt: L(
      'Phiên bản mới giúp tra cứu thủ tục, văn bản thuận tiện hơn, có tiếng Anh và hướng tới đáp ứng yêu cầu về khả năng tiếp cận.',
      'The new version makes procedures and documents easier to find, adds English, and is designed for accessibility.',
    ),
    paragraphs: [
      L('Sở đưa vào sử dụng phiên bản mới của Cổng thông tin cải cách hành chính, xây dựng theo các yêu cầu của Nghị định số 42/2022/NĐ-CP về cung cấp thông tin và dịch vụ công trực tuyến.',
        'The department has launched a new version of its administrative reform portal, built to the requirements of Decree 42/2022/ND-CP on information and online public services.'),
      L('Trang thủ tục hành chính trình bày thời hạn giải quyết và phí, lệ phí theo từng cách thức nộp, thành phần hồ sơ theo từng trường hợp. Trang văn bản hiển thị tình trạng hiệu lực và quan hệ giữa các văn bản theo cả hai chiều.',
        'Procedure pages show time limits and fees for each channel and the documents required in each case. Document pages show legal status and links between documents in both directions.'),
      L('Thông tin về tổ chức, chức năng, nhiệm vụ và đầu mối liên hệ có bản tiếng Anh; mọi bài viết đều có thể in và lưu. Giao diện được thiết kế hướng tới tiêu chuẩn WCAG 2.0 để người khuyết tật dễ sử dụng.',
        'Information on the organisation, its responsibilities and contacts is available in English, and every article can be printed or saved. The design targets WCAG 2.0 so that people with disabilities can use it easily.'),
      L('Người dân có thể gửi phản ánh, kiến nghị trực tuyến và nhận mã để theo dõi. Sở mong nhận được góp ý để tiếp tục hoàn thiện Cổng.',
        'Feedback can be sent online and comes with a tracking code. The department welcomes suggestions to keep improving the portal.'),
    ],
    kind: 'press-release',
    categoryKeys: ['thong-cao-bao-chi'],
    publishedAt: '2026-10-01',
    relatedDocumentKeys: ['42-2022-nd-cp'],
  },
]
