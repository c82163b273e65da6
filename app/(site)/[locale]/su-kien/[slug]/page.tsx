import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { EventWhen } from '@/app/_components/EventWhen'
import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { notFoundMetadata, staticSlugParams } from '@/app/_components/slugRoute'
import { RichTextContent } from '@/app/_components/RichTextContent'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { getEventBySlug } from '@/lib/queries/events'
import { fallbackLang } from '@/lib/queries/fallback'
import { pageMetadata } from '@/lib/seo'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = staticSlugParams('events')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getEventBySlug(slug, locale)
  if (!detail) return notFoundMetadata(locale)
  return pageMetadata({ title: detail.doc.title, description: detail.doc.place, href: hrefOf.events(slug), locale })
}

export default async function EventPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getEventBySlug(slug, locale)
  if (!detail) notFound()
  const { doc, fallbacks } = detail
  const t = await getTranslations('events')
  const langOf = fallbackLang(fallbacks)
  return (
    <article>
      <PageOptions href={hrefOf.events(slug)} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/su-kien' }]} />
      <p className="text-slate-700">{t(`kind.${doc.kind}`)}</p>
      <h1 className="mt-1 max-w-4xl text-3xl font-bold leading-tight" lang={langOf('title')}>
        {doc.title}
      </h1>
      {fallbacks.length ? <FallbackNotice /> : null}
      <dl className="mt-6 grid gap-x-6 gap-y-3 rounded bg-slate-50 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('when')}</dt>
        <dd>
          <EventWhen startsAt={doc.startsAt} endsAt={doc.endsAt} />
        </dd>
        {doc.place ? (
          <>
            <dt className="font-semibold">{t('where')}</dt>
            <dd lang={langOf('place')}>{doc.place}</dd>
          </>
        ) : null}
      </dl>
      <div className="mt-6">
        <RichTextContent data={doc.body} lang={langOf('body')} />
      </div>
    </article>
  )
}
