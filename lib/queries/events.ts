import type { Locale } from '@/i18n/routing'
import type { Event } from '@/payload-types'
import { detailQuery } from './bySlug'
import { cachedQuery } from './cached'

export type EventSummary = Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'place' | 'kind'>

/** Published events, latest start first. */
export const listEvents = cachedQuery('events:list', { collection: 'events' }, async (payload, locale: Locale): Promise<EventSummary[]> => {
  const { docs } = await payload.find({
    collection: 'events',
    locale,
    overrideAccess: false,
    depth: 0,
    pagination: false,
    sort: '-startsAt',
    select: { title: true, slug: true, startsAt: true, endsAt: true, place: true, kind: true },
  })
  return docs
})

export const getEventBySlug = detailQuery('events', { depth: 0, translatable: ['title', 'place', 'body'] })

/** Events still to come (soonest first) and those over (latest first). */
export function splitByTime(events: EventSummary[], now = new Date()) {
  const over = (event: EventSummary) => new Date(event.endsAt ?? event.startsAt) < now
  return { upcoming: events.filter((event) => !over(event)).reverse(), past: events.filter(over) }
}
