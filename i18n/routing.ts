import { defineRouting } from 'next-intl/routing'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]

/** Vietnamese URLs carry no prefix; English lives under /en with English pathnames. */
export const routing = defineRouting({
  locales,
  defaultLocale: 'vi',
  localePrefix: 'as-needed',
  // `/` is Vietnamese whatever the browser says; English is chosen by link.
  localeDetection: false,
  alternateLinks: false,
  localeCookie: false,
  pathnames: {
    '/': '/',
    '/thu-tuc-hanh-chinh': { vi: '/thu-tuc-hanh-chinh', en: '/procedures' },
    '/thu-tuc-hanh-chinh/[slug]': { vi: '/thu-tuc-hanh-chinh/[slug]', en: '/procedures/[slug]' },
    '/van-ban': { vi: '/van-ban', en: '/documents' },
    '/van-ban/[slug]': { vi: '/van-ban/[slug]', en: '/documents/[slug]' },
    '/tin-tuc': { vi: '/tin-tuc', en: '/news' },
    '/tin-tuc/[slug]': { vi: '/tin-tuc/[slug]', en: '/news/[slug]' },
    '/tin-tuc/chuyen-muc/[slug]': { vi: '/tin-tuc/chuyen-muc/[slug]', en: '/news/category/[slug]' },
    '/tin-tuc/chuyen-muc/[slug]/trang/[page]': { vi: '/tin-tuc/chuyen-muc/[slug]/trang/[page]', en: '/news/category/[slug]/page/[page]' },
    '/gioi-thieu': { vi: '/gioi-thieu', en: '/about' },
    '/gioi-thieu/[slug]': { vi: '/gioi-thieu/[slug]', en: '/about/[slug]' },
    '/duong-day-nong': { vi: '/duong-day-nong', en: '/contact' },
    '/dich-vu-cong-truc-tuyen': { vi: '/dich-vu-cong-truc-tuyen', en: '/online-services' },
    '/dich-vu-cong-truc-tuyen/[slug]': { vi: '/dich-vu-cong-truc-tuyen/[slug]', en: '/online-services/[slug]' },
    '/chi-so': { vi: '/chi-so', en: '/indices' },
    '/bao-chi': { vi: '/bao-chi', en: '/press' },
    '/su-kien': { vi: '/su-kien', en: '/events' },
    '/hien-thi': { vi: '/hien-thi', en: '/display' },
    '/tim-kiem': { vi: '/tim-kiem', en: '/search' },
    '/phan-anh-kien-nghi': { vi: '/phan-anh-kien-nghi', en: '/feedback' },
    '/phan-anh-kien-nghi/da-gui': { vi: '/phan-anh-kien-nghi/da-gui', en: '/feedback/sent' },
    '/phan-anh-kien-nghi/tra-cuu': { vi: '/phan-anh-kien-nghi/tra-cuu', en: '/feedback/track' },
    '/phan-anh-kien-nghi/hoi-dap': { vi: '/phan-anh-kien-nghi/hoi-dap', en: '/feedback/answers' },
    '/su-kien/[slug]': { vi: '/su-kien/[slug]', en: '/events/[slug]' },
  },
})

export type Pathname = keyof typeof routing.pathnames

export const isLocale = (value: unknown): value is Locale => locales.includes(value as Locale)

type Params = Record<string, string | string[] | undefined>
export type Href = Pathname | { pathname: Pathname; params?: Params }

/**
 * The public path of an internal pathname in a locale: ("/thu-tuc-hanh-chinh/[slug]", en) →
 * "/en/procedures/…". Plain code, so server components link without next-intl's client Link.
 * Not next-intl's getPathname: it comes only with createNavigation (next/navigation, React), which
 * plain Node (CLIs, tests booting Payload) cannot import, and it does not encode "/", "?", "#", "%" in params.
 */
export function localizedPath(href: Href, locale: Locale): string {
  const { pathname, params = {} } = typeof href === 'string' ? { pathname: href } : href
  const template = routing.pathnames[pathname]
  const localized = typeof template === 'string' ? template : template[locale]
  const path = localized.replace(/\[(?:\.\.\.)?([^\]]+)\]/g, (_, name: string) => {
    const value = params[name]
    return (Array.isArray(value) ? value : [value ?? '']).map(encodeURIComponent).join('/')
  })
  if (locale === routing.defaultLocale) return path
  return path === '/' ? `/${locale}` : `/${locale}${path}`
}
