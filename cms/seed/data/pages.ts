import { L } from '../localized'

/**
 * Demo pages. The department is described generically: its real name, address and organisation
 * chart are site settings or editor content, not seed data.
 */
type SeedPage = { key: string; title: L; summary?: L; paragraphs: L[]; parentKey?: string; order: number }

export const seedPages: SeedPage[] = [
  {
    key: 'gioi-thieu',
    title: L('Giới thiệu', 'About this portal'),
    summary: L(
      'Cổng thông tin cải cách hành chính của Sở: tin tức, văn bản, thủ tục hành chính và kênh tiếp nhận phản ánh, kiến nghị.',
      'The department’s administrative reform portal: news, documents, procedures and a channel for feedback.',
    ),
    paragraphs: [
      L(
        'Cổng thông tin cải cách hành chính là kênh thông tin chính thức của Sở về công tác cải cách hành chính, được xây dựng theo Nghị định số 42/2022/NĐ-CP của Chính phủ quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng.',
        'This portal is the department’s official channel for information on administrative reform. It follows Government Decree 42/2022/ND-CP on the provision of information and online public services by state agencies.',
      ),
      L(
        'Tin tức: kết quả cải cách hành chính theo bảy nhiệm vụ (công tác chỉ đạo, điều hành; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển Chính phủ điện tử, Chính phủ số), cùng tin biểu dương, phản ánh tiêu cực, chuyển đổi số và thông cáo báo chí.',
        'News: reform results in seven areas (direction and management; institutions; administrative procedures; organisation of the state apparatus; civil service; public finance; e-government and digital government), plus commendations, reports of problems, digital transformation and press releases.',
      ),
      L(
        'Văn bản: văn bản của Trung ương, của tỉnh và của Sở về cải cách hành chính, với số ký hiệu, ngày ban hành, cơ quan ban hành, tình trạng hiệu lực, toàn văn và quan hệ giữa các văn bản.',
        'Documents: central, provincial and departmental documents on reform, with number, date, issuer, legal status, full text and the links between documents.',
      ),
      L(
        'Thủ tục hành chính: trình tự, thành phần hồ sơ, thời hạn giải quyết và phí, lệ phí theo từng cách thức nộp, kèm đường dẫn đến dịch vụ công trực tuyến. Thông tin thủ tục trên Cổng để tham khảo; quyết định công bố thủ tục hành chính của cơ quan có thẩm quyền là căn cứ chính thức.',
        'Procedures: steps, documents, time limits and fees for each way of applying, with links to online services. Procedure information here is for reference; the official basis is the competent authority’s decision announcing the procedure.',
      ),
      L(
        'Phản ánh, kiến nghị và liên hệ: gửi phản ánh, kiến nghị trực tuyến và nhận mã để theo dõi; thông tin liên hệ các đầu mối của Sở. Mọi bài viết đều có thể in hoặc lưu; thông tin về tổ chức, chức năng, nhiệm vụ và liên hệ có bản tiếng Anh.',
        'Feedback and contact: send feedback online and receive a tracking code; find the department’s contact points. Every article can be printed or saved, and information on the organisation, its responsibilities and contacts is available in English.',
      ),
    ],
    order: 1,
  },
  {
    key: 'chuc-nang-nhiem-vu',
    parentKey: 'gioi-thieu',
    title: L('Chức năng, nhiệm vụ về cải cách hành chính', 'Responsibilities for administrative reform'),
    summary: L(
      'Nhiệm vụ cải cách hành chính của Sở theo chương trình của Chính phủ và kế hoạch của tỉnh.',
      'The department’s reform duties under the Government’s programme and the provincial plan.',
    ),
    paragraphs: [
      L(
        'Sở là cơ quan chuyên môn thuộc Ủy ban nhân dân tỉnh, được tổ chức theo quy định của Chính phủ về tổ chức các cơ quan chuyên môn thuộc Ủy ban nhân dân cấp tỉnh. Chức năng, nhiệm vụ, quyền hạn và cơ cấu tổ chức cụ thể của Sở do Ủy ban nhân dân tỉnh quy định.',
        'The department is a specialised agency of the Provincial People’s Committee, organised under the Government’s rules on provincial specialised agencies. Its exact functions, powers and structure are set by the Provincial People’s Committee.',
      ),
      L(
        'Trong công tác cải cách hành chính, Sở thực hiện bảy nhóm nhiệm vụ: công tác chỉ đạo, điều hành; cải cách thể chế; cải cách thủ tục hành chính; cải cách tổ chức bộ máy hành chính nhà nước; cải cách chế độ công vụ; cải cách tài chính công; xây dựng, phát triển chính quyền điện tử, chính quyền số. Các nhiệm vụ này gắn với Chương trình tổng thể cải cách hành chính nhà nước giai đoạn 2021-2030 của Chính phủ và kế hoạch cải cách hành chính của tỉnh.',
        'In administrative reform the department works in seven areas: direction and management; institutions; administrative procedures; organisation of the state apparatus; civil service; public finance; and e-government and digital government, in line with the Government’s 2021-2030 master programme and the provincial reform plan.',
      ),
      L(
        'Sở tiếp nhận và giải quyết thủ tục hành chính thuộc thẩm quyền theo cơ chế một cửa, một cửa liên thông; niêm yết công khai thủ tục hành chính, đường dây nóng và địa chỉ tiếp nhận phản ánh, kiến nghị; hướng dẫn người dân, doanh nghiệp sử dụng dịch vụ công trực tuyến.',
        'The department handles the procedures within its remit under the one-stop mechanism; publishes its procedures, hotline and feedback address; and helps citizens and businesses use online public services.',
      ),
      L(
        'Sở thông tin, tuyên truyền về cải cách hành chính trên báo, đài của tỉnh và trên Cổng; cung cấp thông tin cho báo chí; phối hợp tham mưu Ủy ban nhân dân tỉnh tổ chức tọa đàm tháo gỡ khó khăn cho doanh nghiệp; cử cán bộ, công chức tham gia đào tạo, bồi dưỡng về cải cách hành chính.',
        'It communicates reform news through the provincial press and broadcaster and this portal; informs journalists; helps the Provincial People’s Committee organise dialogues with businesses; and sends staff on reform training.',
      ),
      L(
        'Trưởng các phòng, đơn vị thuộc Sở chịu trách nhiệm thực hiện nhiệm vụ cải cách hành chính trong phạm vi được giao. Văn phòng Sở theo dõi, đôn đốc, kiểm tra việc thực hiện và tổng hợp báo cáo Ban Giám đốc.',
        'Heads of units are responsible for reform in their areas. The Department Office monitors and checks progress and reports to the department’s leadership.',
      ),
    ],
    order: 1,
  },
  {
    key: 'tuyen-bo-tiep-can',
    title: L('Tuyên bố về khả năng tiếp cận', 'Accessibility statement'),
    summary: L(
      'Cam kết để mọi người, kể cả người khuyết tật, đều sử dụng được Cổng, và cách báo cho chúng tôi khi gặp rào cản.',
      'Our commitment that everyone, including people with disabilities, can use this portal, and how to tell us about a barrier.',
    ),
    paragraphs: [
      L(
        'Sở mong muốn mọi người, kể cả người khuyết tật, người cao tuổi và người dùng công nghệ hỗ trợ, đều có thể sử dụng Cổng. Cổng được xây dựng hướng tới đáp ứng tiêu chuẩn WCAG 2.0 (Hướng dẫn về khả năng tiếp cận nội dung web) theo Thông tư số 22/2023/TT-BTTTT và các yêu cầu hỗ trợ người khuyết tật tại Điều 18 Thông tư số 32/2017/TT-BTTTT.',
        'We want everyone, including people with disabilities, older people and users of assistive technology, to be able to use this portal. It is built to meet the Web Content Accessibility Guidelines (WCAG) 2.0, as required by Circular 22/2023/TT-BTTTT, and the disability requirements of Article 18 of Circular 32/2017/TT-BTTTT.',
      ),
      L(
        'Cổng được thiết kế theo các nguyên tắc: chữ có độ tương phản đủ để đọc; thông tin không chỉ được thể hiện bằng màu sắc; không có chữ nhấp nháy hoặc tự chuyển động; hình ảnh, biểu tượng, biểu đồ và nút bấm có văn bản thay thế; liên kết có tên mô tả rõ nơi dẫn tới.',
        'The design follows these principles: text has enough contrast to read; colour is never the only way information is shown; nothing flashes or moves by itself; images, icons, charts and buttons have text alternatives; and links say where they lead.',
      ),
      L(
        'Bạn có thể chọn cỡ chữ lớn hơn và chế độ tương phản cao tại trang “Cỡ chữ, độ tương phản” (liên kết ở đầu mỗi trang), kể cả khi trình duyệt tắt JavaScript. Mọi trang, biểu mẫu và bộ lọc đều dùng được bằng bàn phím và không cần JavaScript.',
        'You can choose larger text and a high-contrast mode on the “Text size and contrast” page (linked at the top of every page), even with JavaScript turned off. Every page, form and filter works with a keyboard and without JavaScript.',
      ),
      L(
        'Một số tệp đính kèm cũ là bản chụp văn bản giấy nên có thể chưa đọc được bằng phần mềm đọc màn hình. Khi cần nội dung của các tệp này ở dạng dễ tiếp cận, vui lòng liên hệ với chúng tôi.',
        'Some older attachments are scans of paper documents and may not work with screen readers. If you need one of them in an accessible form, please contact us.',
      ),
      L(
        'Nếu gặp khó khăn khi sử dụng Cổng, vui lòng gửi phản ánh qua mục Phản ánh, kiến nghị, ghi “Khả năng tiếp cận” ở phần tiêu đề, hoặc liên hệ Văn phòng Sở theo thông tin tại trang Liên hệ. Xin cho biết trang gặp khó khăn, thiết bị, trình duyệt hoặc công nghệ hỗ trợ đang dùng. Chúng tôi sẽ phản hồi và, khi cần, cung cấp thông tin theo hình thức phù hợp.',
        'If something on this portal is hard to use, send us feedback through the Feedback section with “Accessibility” in the subject, or contact the Department Office as shown on the Contact page. Please tell us the page, and the device, browser or assistive technology you use. We will reply and, where needed, provide the information in another form.',
      ),
    ],
    order: 90,
  },
  {
    key: 'chinh-sach-bao-ve-du-lieu',
    title: L('Chính sách bảo vệ dữ liệu cá nhân', 'Privacy policy'),
    summary: L(
      'Cổng thu thập thông tin cá nhân nào khi bạn gửi phản ánh, kiến nghị, dùng vào việc gì và ai được xem.',
      'What personal data the portal collects when you send feedback, what it is used for and who can see it.',
    ),
    paragraphs: [
      L(
        'Chính sách này cho biết Cổng thu thập thông tin cá nhân nào, dùng vào việc gì, giữ trong bao lâu và ai được xem. Việc xử lý dữ liệu cá nhân tuân theo Luật Bảo vệ dữ liệu cá nhân số 91/2025/QH15 (có hiệu lực từ ngày 01/01/2026). Cổng không yêu cầu đăng ký tài khoản để xem thông tin.',
        'This policy explains what personal data the portal collects, why, how long it is kept and who can see it. Personal data is processed under the Personal Data Protection Law No. 91/2025/QH15 (in force since 1 January 2026). You do not need an account to read the portal.',
      ),
      L(
        'Khi gửi phản ánh, kiến nghị, Cổng thu thập: họ và tên (bắt buộc); thư điện tử, số điện thoại, địa chỉ (không bắt buộc, để liên hệ và gửi trả lời); tiêu đề và nội dung phản ánh; thủ tục hành chính liên quan nếu người gửi chọn. Mỗi phản ánh được cấp một mã để theo dõi.',
        'When you send feedback, the portal collects: your name (required); email, phone number and address (optional, so that we can contact you and reply); the subject and text of your message; and the related procedure if you choose one. Each message gets a tracking code.',
      ),
      L(
        'Chỉ công chức được giao tiếp nhận, xử lý phản ánh và quản trị viên của Cổng được xem phản ánh. Thông tin chỉ được dùng để xem xét, xử lý và trả lời phản ánh, không dùng cho mục đích khác.',
        'Only the officials assigned to handle feedback and the portal’s administrators can read it. The information is used only to consider, handle and answer your message, and for nothing else.',
      ),
      L(
        'Câu hỏi và câu trả lời có thể được công khai trên Cổng khi hữu ích cho người khác; khi đó, họ tên và thông tin liên hệ của người gửi không được công khai. Vui lòng không ghi vào nội dung phản ánh những thông tin cá nhân không cần thiết.',
        'A question and its answer may be published if they could help others; your name and contact details are never published. Please do not put personal details that are not needed into the text of your message.',
      ),
      L(
        'Thời hạn lưu giữ: 24 tháng sau khi phản ánh được trả lời hoặc kết thúc, hệ thống tự động xóa họ tên, thư điện tử, số điện thoại, địa chỉ và nội dung người gửi; chỉ giữ câu hỏi đã viết lại không có thông tin cá nhân và câu trả lời. Bản sao lưu của Cổng (để khôi phục khi có sự cố) được giữ tối đa 30 ngày rồi xóa, nên thông tin đã xóa còn trong bản sao lưu không quá thời gian đó.',
        'How long: 24 months after your feedback is answered or closed, your name, email, phone number, address and message are deleted automatically; only the question rewritten without personal data and the answer are kept. The portal’s backups (to recover from an incident) are kept for at most 30 days and then deleted, so deleted data stays in a backup for no longer than that.',
      ),
      L(
        'Quyền của người gửi: bạn có thể đề nghị được xem, nhận bản sao, chỉnh sửa hoặc xóa thông tin cá nhân của mình, hoặc rút lại sự đồng ý, bằng cách liên hệ Văn phòng Sở theo thông tin tại trang Liên hệ và cho biết mã theo dõi phản ánh. Cán bộ xử lý phản ánh thực hiện yêu cầu trên hệ thống và việc này được ghi vào nhật ký hệ thống.',
        'Your rights: you can ask to see, receive a copy of, correct or delete your personal data, or withdraw your consent, by contacting the Department Office as shown on the Contact page with your tracking code. A feedback officer carries out the request in the system, and this is recorded in its audit trail.',
      ),
    ],
    order: 91,
  },
]
