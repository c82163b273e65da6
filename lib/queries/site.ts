import type { Locale } from '@/i18n/routing'
import type { ContactPoint, IndexResult, SiteSetting } from '@/payload-types'
import { tags } from '@/cms/cacheTags'
import { cachedQuery } from './cached'

/** Site settings (organisation, alert banner, portal links) in a locale. */
export const getSiteSettings = cachedQuery(
  'site-settings',
  { also: [tags.siteSettings()] },
  (payload, locale: Locale): Promise<SiteSetting> => payload.findGlobal({ slug: 'site-settings', locale, depth: 0, overrideAccess: false }),
)

const CONTACT_POPULATE = { agencies: { name: true } } as const

/** Every contact point, in the order editors set. */
export const listContactPoints = cachedQuery(
  'contact-points',
  { collection: 'contact-points', populate: CONTACT_POPULATE },
  async (payload, locale: Locale): Promise<ContactPoint[]> => {
    const { docs } = await payload.find({
      collection: 'contact-points',
      locale,
      depth: 1,
      pagination: false,
      sort: 'order',
      overrideAccess: false,
      populate: CONTACT_POPULATE,
    })
    return docs
  },
)

/** Every index result, oldest year first. */
export const listIndexResults = cachedQuery(
  'index-results',
  { collection: 'index-results' },
  async (payload, locale: Locale): Promise<IndexResult[]> => {
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
