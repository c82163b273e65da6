import type { TextFieldSingleValidation, Validate } from 'payload'

/** The national public-service portal, where each procedure also has a page of its own. */
export const NATIONAL_PORTAL = 'https://dichvucong.gov.vn'

type Channel = { method?: string | null }

/**
 * An online service (toàn trình or một phần) needs an online channel: without one, the page would
 * promise online submission and list only in-person or postal ways to submit.
 */
export const onlineLevelNeedsOnlineChannel: Validate = (value, { data }) => {
  if (value !== 'full' && value !== 'partial') return true
  const channels = ((data as { channels?: Channel[] | null })?.channels ?? []) as Channel[]
  return channels.some((channel) => channel.method === 'online')
    ? true
    : 'Dịch vụ công trực tuyến cần có cách thức "Trực tuyến" trong Cách thức thực hiện; nếu chỉ nộp trực tiếp hoặc qua bưu chính, chọn "Không có". / An online service needs an "Online" channel under How to submit; if it is in person or postal only, choose "None".'
}

/** The national portal's own home pages: a link to them is not a link to the procedure's page. */
const portalHomePaths = new Set(['/', '/p/home/dvc-trang-chu.html'])

/**
 * The procedure's own page on the national portal (…/dvc-tthc-thu-tuc-hanh-chinh-chi-tiet.html?ma_thu_tuc=…)
 * or on a sector portal: an absolute https address, never the national portal's home page.
 */
export const procedurePageUrl: TextFieldSingleValidation = (value) => {
  if (!value?.trim()) return true
  let url: URL
  try {
    url = new URL(value.trim())
  } catch {
    return 'Đường dẫn đầy đủ, bắt đầu bằng https:// / A full address starting with https://'
  }
  if (url.protocol !== 'https:') return 'Đường dẫn phải bắt đầu bằng https:// / The address must start with https://'
  const isPortalHome = url.hostname.replace(/^www\./, '') === 'dichvucong.gov.vn' && portalHomePaths.has(url.pathname) && !url.search
  return isPortalHome
    ? 'Đây là trang chủ của Cổng Dịch vụ công quốc gia: dán đường dẫn trang của chính thủ tục này, hoặc để trống. / This is the national portal’s home page: paste the address of this procedure’s own page, or leave it empty.'
    : true
}
