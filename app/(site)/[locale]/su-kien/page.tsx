import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EventWhen } from '@/app/_components/EventWhen'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { type EventSummary, listEvents, splitByTime } from '@/lib/queries/events'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

// "Coming up" and "past" follow the clock: look again every hour.
export const revalidate = 3600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('events')
  return pageMetadata({ title: t('title'), description: t('intro'), href: '/su-kien', locale })
}

async function EventList({ events }: { events: EventSummary[] }) {
  const t = await getTranslations('events')
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {events.map((event) => (
        <li key={event.id} className="py-4">
          <p className="text-sm text-slate-700">
            {t(`kind.${event.kind}`)} · <EventWhen startsAt={event.startsAt} endsAt={event.endsAt} />
          </p>
          <Link href={hrefOf.events(event.slug ?? '')} className="text-lg font-semibold">
            {event.title}
          </Link>
          {event.place ? <p className="mt-1">{event.place}</p> : null}
        </li>
      ))}
    </ul>
  )
}

export default async function EventsPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('events')
  const events = await listEvents(locale)
  const { upcoming, past } = splitByTime(events)
  return (
    <>
      <PageOptions href="/su-kien" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-3 max-w-2xl text-lg">{t('intro')}</p>
      {events.length === 0 ? <p>{t('empty')}</p> : null}
      {upcoming.length ? (
        <section aria-labelledby="upcoming" className="mt-6">
          <h2 id="upcoming" className="mb-3 text-2xl font-bold">
            {t('upcoming')}
          </h2>
          <EventList events={upcoming} />
        </section>
      ) : null}
      {past.length ? (
        <section aria-labelledby="past" className="mt-10">
          <h2 id="past" className="mb-3 text-2xl font-bold">
            {t('past')}
          </h2>
          <EventList events={past} />
        </section>
      ) : null}
    </>
  )
}
