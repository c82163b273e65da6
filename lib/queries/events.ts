import { unstable_cache } from 'next/cache'
import { cache } from 'react'

import type { Locale } from '@/i18n/routing'
import type { Event } from '@/payload-types'
import { tags } from '@/cms/cacheTags'
import { detailQuery } from './bySlug'
import { getPayloadClient } from './payload'

export type EventSummary = Pick<Event, 'id' | 'title' | 'slug' | 'startsAt' | 'endsAt' | 'place' | 'kind'>

/** Published events, latest start first. */
export const listEvents = cache((locale: Locale) =>
  unstable_cache(
    async (): Promise<EventSummary[]> => {
      const payload = await getPayloadClient()
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
    },
    ['events', 'list', locale],
    { tags: [tags.collection('events')] },
  )(),
)

export const getEventBySlug = detailQuery('events', { depth: 0, translatable: ['title', 'place', 'body'] })


/** Events still to come (soonest first) and those over (latest first). */
export function splitByTime(events: EventSummary[], now = new Date()) {
  const over = (event: EventSummary) => new Date(event.endsAt ?? event.startsAt) < now
  return { upcoming: events.filter((event) => !over(event)).reverse(), past: events.filter(over) }
}
