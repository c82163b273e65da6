import type { ListPage } from '@/domain/listPage'
import type { Locale } from '@/i18n/routing'
import type { Event } from '@/payload-types'
import { detailQuery } from './bySlug'
import { cachedQuery } from './cached'

export type EventSummary = Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'place' | 'kind'>

/** How many events a page of the list shows. */
export const EVENTS_PAGE_SIZE = 20

/** One page of published events, latest start first. */
export const getEventPage = cachedQuery(
  'events:page',
  { collection: 'events' },
  async (payload, locale: Locale, page: number): Promise<ListPage<EventSummary>> => {
    const result = await payload.find({
      collection: 'events',
      locale,
      overrideAccess: false,
      depth: 0,
      limit: EVENTS_PAGE_SIZE,
      page,
      sort: '-startsAt',
      select: { title: true, slug: true, startsAt: true, endsAt: true, place: true, kind: true },
    })
    return { items: result.docs, page, totalPages: result.totalPages, total: result.totalDocs }
  },
)

export const getEventBySlug = detailQuery('events', { depth: 0, translatable: ['title', 'place', 'body'] })

/** Events still to come (soonest first) and those over (latest first). */
export function splitByTime(events: EventSummary[], now = new Date()) {
  const over = (event: EventSummary) => new Date(event.endsAt ?? event.startsAt) < now
  return { upcoming: events.filter((event) => !over(event)).reverse(), past: events.filter(over) }
}
