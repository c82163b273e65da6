import { L } from '../localized'

type SeedGuide = {
  key: string
  title: L
  summary: L
  audience: ('citizens' | 'businesses' | 'officials')[]
  steps: { title: L; paragraphs: L[]; procedureCodes?: string[] }[]
}

/** Step-by-step guides for the online public services (GOV.UK step by step). */
export const seedGuides: SeedGuide[] = [
  {
    key: 'nop-ho-so-truc-tuyen',
    title: L('Nộp hồ sơ thủ tục hành chính trực tuyến', 'Apply for an administrative procedure online'),
    summary: L(
      'Từ đăng nhập đến nhận kết quả trên Cổng Dịch vụ công quốc gia.',
      'From signing in to receiving the result on the National Public Service Portal.',
    ),
    audience: ['citizens', 'businesses'],
    steps: [
      {
        title: L('Đăng nhập bằng tài khoản định danh điện tử', 'Sign in with your electronic identity'),
        paragraphs: [
          L(
            'Vào dichvucong.gov.vn, chọn Đăng nhập, rồi đăng nhập bằng tài khoản VNeID mức độ 2 (công dân) hoặc tài khoản định danh của tổ chức.',
            'Go to dichvucong.gov.vn, choose Sign in, and use a level 2 VNeID account (citizens) or the organisation’s identity account.',
          ),
        ],
      },
      {
        title: L('Tìm thủ tục và chọn cơ quan giải quyết', 'Find the procedure and the handling agency'),
        paragraphs: [
          L(
            'Tìm theo tên hoặc mã thủ tục, chọn tỉnh và cơ quan giải quyết. Trang thủ tục trên cổng này cho biết mã thủ tục và cách thức nộp.',
            'Search by name or code, then choose the province and agency. Each procedure page on this portal gives its code and channels.',
          ),
        ],
        procedureCodes: ['2.001417', '1.001193'],
      },
      {
        title: L('Khai thông tin và đính kèm giấy tờ', 'Fill in the form and attach documents'),
        paragraphs: [
          L(
            'Giấy tờ đã có trong Cơ sở dữ liệu quốc gia về dân cư không phải nộp lại. Ảnh chụp hoặc bản quét phải rõ, đủ trang.',
            'Papers already in the national population database need not be sent again. Photos or scans must be legible and complete.',
          ),
        ],
      },
      {
        title: L('Nộp phí, lệ phí trực tuyến nếu có', 'Pay any fee online'),
        paragraphs: [
          L(
            'Thanh toán qua ngân hàng hoặc ví điện tử kết nối với cổng. Giữ lại biên lai điện tử.',
            'Pay through a bank or e-wallet linked to the portal, and keep the electronic receipt.',
          ),
        ],
      },
      {
        title: L('Theo dõi hồ sơ và nhận kết quả', 'Follow your application and receive the result'),
        paragraphs: [
          L(
            'Theo dõi trạng thái bằng mã hồ sơ. Kết quả trả qua tài khoản, qua bưu chính công ích hoặc tại bộ phận một cửa, theo lựa chọn khi nộp.',
            'Follow progress with the application code. The result comes to your account, by public post or at the one-stop desk, as chosen when applying.',
          ),
        ],
      },
    ],
  },
  {
    key: 'thanh-toan-truc-tuyen',
    title: L('Thanh toán phí, lệ phí trực tuyến', 'Pay fees online'),
    summary: L('Các bước thanh toán an toàn khi nộp hồ sơ trực tuyến.', 'Paying safely when applying online.'),
    audience: ['citizens', 'businesses'],
    steps: [
      {
        title: L('Kiểm tra số tiền trên hồ sơ', 'Check the amount on the application'),
        paragraphs: [L('Số tiền phải trùng với mức phí, lệ phí công khai trên trang thủ tục.', 'It must match the fee published on the procedure page.')],
      },
      {
        title: L('Chọn ngân hàng hoặc ví điện tử', 'Choose a bank or e-wallet'),
        paragraphs: [L('Chỉ thanh toán trên trang của cổng dịch vụ công; không chuyển khoản theo tin nhắn lạ.', 'Pay only through the public service portal; never transfer money on a stranger’s message.')],
      },
      {
        title: L('Lưu biên lai điện tử', 'Keep the electronic receipt'),
        paragraphs: [L('Biên lai có giá trị như biên lai giấy khi cần đối chiếu.', 'The receipt counts as a paper one if anything needs checking.')],
      },
    ],
  },
  {
    key: 'tai-khoan-vneid',
    title: L('Dùng tài khoản VNeID để làm thủ tục', 'Use a VNeID account for procedures'),
    summary: L('Tài khoản định danh điện tử mức độ 2 dùng để đăng nhập cổng dịch vụ công.', 'A level 2 electronic identity signs you in to the public service portal.'),
    audience: ['citizens'],
    steps: [
      {
        title: L('Kích hoạt tài khoản mức độ 2', 'Activate a level 2 account'),
        paragraphs: [L('Đăng ký tại cơ quan công an nơi làm căn cước, rồi kích hoạt trên ứng dụng VNeID.', 'Register at the police office that issues identity cards, then activate it in the VNeID app.')],
      },
      {
        title: L('Đăng nhập cổng dịch vụ công bằng VNeID', 'Sign in to the portal with VNeID'),
        paragraphs: [L('Chọn đăng nhập bằng VNeID và xác nhận trên ứng dụng.', 'Choose to sign in with VNeID and confirm in the app.')],
      },
    ],
  },
]
