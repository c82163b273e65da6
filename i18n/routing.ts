import { defineRouting } from 'next-intl/routing'

export const locales = ['vi', 'en'] as const
export type Locale = (typeof locales)[number]

/** Vietnamese URLs carry no prefix; English lives under /en with English pathnames (DESIGN.md §4). */
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
  },
})

export type Pathname = keyof typeof routing.pathnames
