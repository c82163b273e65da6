import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import type { ContactPoint, IndexResult, SiteSetting } from '@/payload-types'
import { tags } from '@/cms/cacheTags'
import { getPayloadClient } from './payload'

/** Site settings (organisation, alert banner, portal links) in a locale. */
export const getSiteSettings = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<SiteSetting> => {
      const payload = await getPayloadClient()
      return payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false })
    },
    ['site-settings', locale],
    { tags: [tags.siteSettings()] },
  )(),
)

/** Every contact point, in the order editors set. */
export const listContactPoints = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<ContactPoint[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'contact-points',
        locale,
        depth: 1,
        pagination: false,
        sort: 'order',
        overrideAccess: false,
        populate: { agencies: { name: true } },
      })
      return docs
    },
    ['contact-points', locale],
    { tags: [tags.collection('contact-points'), tags.collection('agencies')] },
  )(),
)

/** Every index result, oldest year first. */
export const listIndexResults = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<IndexResult[]> => {
      const payload = await getPayloadClient()
      const { docs } = await payload.find({
        collection: 'index-results',
        locale,
        depth: 0,
        pagination: false,
        sort: 'year',
        overrideAccess: false,
      })
      return docs
    },
    ['index-results', locale],
    { tags: [tags.collection('index-results')] },
  )(),
)

/** Whether the alert banner should show now. */
export function alertIsActive(alert: SiteSetting['alert'], now = new Date()): boolean {
  if (!alert?.enabled || !alert.message) return false
  if (alert.startsAt && now < new Date(alert.startsAt)) return false
  if (alert.endsAt && now >= new Date(alert.endsAt)) return false
  return true
}

/** The latest result of each of the given indices that has one. */
export const latestResults = (results: IndexResult[], indices: IndexResult['index'][]) =>
  indices.flatMap((index) => results.filter((result) => result.index === index).slice(-1))

/** "87,32%" or "66,67": a score as the locale writes it, with its unit. */
export const formatScore = (result: Pick<IndexResult, 'score' | 'unit'>, locale: string) =>
  `${new Intl.NumberFormat(locale, { maximumFractionDigits: 2 }).format(result.score)}${result.unit === 'percent' ? '%' : ''}`
