import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { EventWhen } from '@/app/_components/EventWhen'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { ListStatus } from '@/app/_components/ListStatus'
import { Pagination } from '@/app/_components/Pagination'
import { pageParam, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { EVENTS_PAGE_SIZE, type EventSummary, getEventPage, splitByTime } from '@/lib/queries/events'
import { pageMetadata } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

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

/** Events a page at a time, latest start first; on each page, those still to come apart from those over. */
export default async function EventsPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('events')
  const result = await readPage((page) => getEventPage(locale, page), pageParam(await searchParams))
  toLastPageIfPast(result, localizedPath('/su-kien', locale))
  const { items: events, page, totalPages, total } = result
  const { upcoming, past } = splitByTime(events)
  return (
    <>
      <PageOptions href="/su-kien" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-3 max-w-2xl text-lg">{t('intro')}</p>
      {total === 0 ? (
        <p>{t('empty')}</p>
      ) : (
        <ListStatus namespace="events" list={result} pageSize={EVENTS_PAGE_SIZE} className="text-slate-700" />
      )}
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
      <Pagination page={page} totalPages={totalPages} basePath={localizedPath('/su-kien', locale)} />
    </>
  )
}
