import type { MetadataRoute } from 'next'

import { type CollectionWithPages, hrefOf } from '@/domain/paths'
import { listPublished } from '@/lib/queries/published'
import { builtSiteUrl } from '@/domain/siteUrl'
import { type Href, localizedPath, routing } from '@/i18n/routing'

const SECTIONS: Href[] = [
  '/',
  '/thu-tuc-hanh-chinh',
  '/dich-vu-cong-truc-tuyen',
  '/van-ban',
  '/tin-tuc',
  '/duong-day-nong',
  '/chi-so',
  '/bao-chi',
  '/su-kien',
  '/phan-anh-kien-nghi',
  '/phan-anh-kien-nghi/hoi-dap',
]

/** Every public page in Vietnamese, with its English alternate. */
function entry(href: Href, lastModified?: string): MetadataRoute.Sitemap[number] {
  const url = (locale: (typeof routing.locales)[number]) => builtSiteUrl() + localizedPath(href, locale)
  return {
    url: url(routing.defaultLocale),
    lastModified,
    alternates: { languages: Object.fromEntries(routing.locales.map((locale) => [locale, url(locale)])) },
  }
}

export default async function sitemap(): Promise<MetadataRoute.Sitemap> {
  const collections = Object.keys(hrefOf) as CollectionWithPages[]
  const published = await Promise.all(collections.map((collection) => listPublished(collection)))
  return [
    ...SECTIONS.map((href) => entry(href)),
    ...collections.flatMap((collection, index) =>
      published[index].map(({ slug, updatedAt }) => entry(hrefOf[collection](slug), updatedAt)),
    ),
  ]
}
