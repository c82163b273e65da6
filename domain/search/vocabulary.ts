/**
 * The words of Vietnamese administration as citizens use them: abbreviations and everyday names that
 * mean what the official text says. Each group lists phrases that mean the same thing; a query naming
 * one finds the others. Editors add groups in the admin (Tìm kiếm → Từ đồng nghĩa); these ship with
 * the portal. Written here, not taken from a package: no maintained list of Vietnamese administrative
 * vocabulary exists on npm.
 */
import { foldedWords } from './normalize'

export const SHIPPED_SYNONYMS: readonly (readonly string[])[] = [
  // Bodies and offices.
  ['UBND', 'Ủy ban nhân dân', 'Uỷ ban nhân dân'],
  ['HĐND', 'Hội đồng nhân dân'],
  ['TTg', 'Thủ tướng', 'Thủ tướng Chính phủ'],
  ['CP', 'Chính phủ'],
  ['TW', 'Trung ương'],
  ['TP', 'thành phố'],
  ['Sở TP', 'Sở Tư pháp'],
  ['Sở KH&ĐT', 'Sở KHĐT', 'Sở Kế hoạch và Đầu tư'],
  ['Sở TN&MT', 'Sở TNMT', 'Sở Tài nguyên và Môi trường'],
  ['Sở GTVT', 'Sở Giao thông vận tải'],
  ['Sở LĐTBXH', 'Sở Lao động Thương binh và Xã hội'],
  ['Sở TTTT', 'Sở TT&TT', 'Sở Thông tin và Truyền thông'],
  ['Sở GD&ĐT', 'Sở GDĐT', 'Sở Giáo dục và Đào tạo'],
  ['Sở VHTTDL', 'Sở Văn hóa Thể thao và Du lịch'],
  ['Sở NN&PTNT', 'Sở NNPTNT', 'Sở Nông nghiệp và Phát triển nông thôn'],
  ['Sở KH&CN', 'Sở KHCN', 'Sở Khoa học và Công nghệ'],
  ['Sở XD', 'Sở Xây dựng'],
  ['Sở NV', 'Sở Nội vụ'],
  ['Sở TC', 'Sở Tài chính'],
  ['Sở YT', 'Sở Y tế'],
  ['Sở CT', 'Sở Công Thương'],
  ['TTPVHCC', 'Trung tâm Phục vụ hành chính công'],
  ['một cửa', 'bộ phận một cửa', 'bộ phận tiếp nhận và trả kết quả'],
  // Kinds of document.
  ['NĐ', 'nghị định', 'decree'],
  ['NQ', 'nghị quyết', 'resolution'],
  ['QĐ', 'quyết định', 'decision'],
  ['CT', 'chỉ thị', 'directive'],
  ['TT', 'thông tư', 'circular'],
  ['KH', 'kế hoạch'],
  ['CV', 'công văn'],
  ['TB', 'thông báo'],
  ['VBQPPL', 'văn bản quy phạm pháp luật'],
  // Administrative reform.
  ['TTHC', 'thủ tục hành chính'],
  ['CCHC', 'cải cách hành chính'],
  ['DVC', 'dịch vụ công'],
  ['DVCTT', 'dịch vụ công trực tuyến', 'online service'],
  ['toàn trình', 'mức độ 4', 'mức 4'],
  ['một phần', 'mức độ 3', 'mức 3'],
  ['PCI', 'năng lực cạnh tranh cấp tỉnh', 'chỉ số năng lực cạnh tranh'],
  ['PAR Index', 'chỉ số cải cách hành chính'],
  ['SIPAS', 'chỉ số hài lòng', 'sự hài lòng của người dân'],
  ['PAPI', 'hiệu quả quản trị và hành chính công cấp tỉnh'],
  ['CĐS', 'chuyển đổi số', 'digital transformation'],
  ['CNTT', 'công nghệ thông tin'],
  ['phản ánh kiến nghị', 'PAKN', 'góp ý'],
  ['đường dây nóng', 'hotline', 'tổng đài'],
  // Papers people ask for by their everyday names.
  ['CCCD', 'căn cước công dân', 'thẻ căn cước', 'căn cước', 'CMND', 'chứng minh nhân dân', 'chứng minh thư', 'identity card', 'ID card'],
  ['VNeID', 'định danh điện tử', 'tài khoản định danh'],
  ['bằng lái', 'bằng lái xe', 'giấy phép lái xe', 'GPLX', 'driving licence', 'driving license', 'driver license', "driver's license"],
  ['sổ đỏ', 'sổ hồng', 'bìa đỏ', 'giấy chứng nhận quyền sử dụng đất', 'GCNQSDĐ', 'land use right certificate', 'red book', 'land title'],
  ['giấy khai sinh', 'đăng ký khai sinh', 'birth certificate', 'birth registration'],
  ['giấy đăng ký kết hôn', 'đăng ký kết hôn', 'marriage certificate', 'marriage registration'],
  ['lý lịch tư pháp', 'LLTP', 'criminal record', 'judicial record'],
  ['giấy phép kinh doanh', 'đăng ký kinh doanh', 'giấy chứng nhận đăng ký doanh nghiệp', 'business licence', 'business registration'],
  ['công ty', 'doanh nghiệp', 'company', 'business'],
  ['TNHH', 'trách nhiệm hữu hạn'],
  ['HKD', 'hộ kinh doanh', 'household business'],
  ['MST', 'mã số thuế', 'tax code'],
  ['BHXH', 'bảo hiểm xã hội', 'social insurance'],
  ['BHYT', 'bảo hiểm y tế', 'health insurance'],
  ['hộ khẩu', 'cư trú', 'đăng ký thường trú', 'residence registration'],
  ['xin phép xây nhà', 'giấy phép xây dựng', 'building permit'],
  ['công chứng', 'chứng thực', 'certification', 'notarisation', 'notarization'],
  ['bản sao y', 'bản sao', 'certified copy'],
]

/**
 * Words that say how a citizen asks rather than what about ("làm thế nào để…", "cần giấy tờ gì"):
 * they weigh little in ranking, so a query full of them still finds the record its main words name.
 * By language of the query, folded.
 */
export const GENERIC_WORDS: Record<'vi' | 'en', readonly string[]> = {
  vi: [
    'thu tuc',
    'lam the nao',
    'the nao',
    'nhu the nao',
    'lam sao',
    'o dau',
    'can gi',
    'giay to gi',
    'bao nhieu',
    'bao lau',
    'the',
    'nao',
    'gi',
    'lam',
    'can',
    'muon',
    'toi',
    'minh',
    'cua',
    'cac',
    'nhung',
    'va',
    'la',
    'co',
    'khong',
    'de',
    'cho',
    've',
    'voi',
    'tai',
    'o',
    'thi',
    'duoc',
    'mot',
  ],
  en: [
    'how',
    'to',
    'do',
    'i',
    'the',
    'a',
    'an',
    'of',
    'for',
    'in',
    'on',
    'what',
    'where',
    'when',
    'is',
    'my',
    'can',
    'get',
    'procedure',
    'apply',
  ],
}

/** The phrases of a group as an editor types them: one per line, or separated by commas or semicolons. */
export function parsePhrases(text: string): string[] {
  const seen = new Set<string>()
  return text
    .split(/[\n,;]+/)
    .map((phrase) => phrase.replace(/\s+/g, ' ').trim())
    .filter((phrase) => {
      const key = foldedWords(phrase).join(' ')
      if (!key || seen.has(key)) return false
      seen.add(key)
      return true
    })
}

/** Each phrase as the search compares it: its folded words ("Sở KH&ĐT" → ["so", "kh", "dt"]). */
export const phraseWords = (phrase: string) => foldedWords(phrase)
