import type { Href } from '@/i18n/routing'

/** The Giới thiệu section's own page: shown at /gioi-thieu itself. */
export const ABOUT_SLUG = 'gioi-thieu'

/** The accessibility statement (Giới thiệu section), linked from the footer of every page. */
export const ACCESSIBILITY_SLUG = 'tuyen-bo-tiep-can'

/** The privacy policy page (Giới thiệu section), linked from forms that collect personal data. */
export const PRIVACY_SLUG = 'chinh-sach-bao-ve-du-lieu'

/** The public page of a document, by collection (one place for pages, preview, sitemap and feeds). */
export const hrefOf = {
  procedures: (slug: string): Href => ({ pathname: '/thu-tuc-hanh-chinh/[slug]', params: { slug } }),
  'legal-documents': (slug: string): Href => ({ pathname: '/van-ban/[slug]', params: { slug } }),
  news: (slug: string): Href => ({ pathname: '/tin-tuc/[slug]', params: { slug } }),
  events: (slug: string): Href => ({ pathname: '/su-kien/[slug]', params: { slug } }),
  guides: (slug: string): Href => ({ pathname: '/dich-vu-cong-truc-tuyen/[slug]', params: { slug } }),
  pages: (slug: string): Href => (slug === ABOUT_SLUG ? '/gioi-thieu' : { pathname: '/gioi-thieu/[slug]', params: { slug } }),
} as const

export type CollectionWithPages = keyof typeof hrefOf

/** The routes that open and close the preview of drafts (app/next/preview, app/next/exit-preview). */
export const PREVIEW_PATH = '/next/preview'
export const EXIT_PREVIEW_PATH = '/next/exit-preview'
