import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ContactCard } from '@/app/_components/ContactCard'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { MediaFigure } from '@/app/_components/MediaFigure'
import { NewsList } from '@/app/_components/NewsList'
import { PressApiExamples } from '@/app/_components/PressApiExamples'
import { Pagination } from '@/app/_components/Pagination'
import { pageParam, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { feedPath } from '@/lib/newsFeed'
import { getNewsPage, listPressMedia, NEWS_PAGE_SIZE } from '@/lib/queries/news'
import { formatScore, latestResults, listContactPoints, listIndexResults } from '@/lib/queries/site'
import { pageMetadata } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('press')
  return {
    ...pageMetadata({ title: t('title'), description: t('intro'), href: '/bao-chi', locale }),
    alternates: {
      ...pageMetadata({ href: '/bao-chi', locale }).alternates,
      types: { 'application/rss+xml': feedPath('press', locale) },
    },
  }
}

/** For journalists: press releases, who to call, the figures they ask for. */
export default async function PressRoomPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('press')
  const [releases, contacts, results, images] = await Promise.all([
    readPage((page) => getNewsPage(locale, page, undefined, NEWS_PAGE_SIZE, 'press-release'), pageParam(await searchParams)),
    listContactPoints(locale),
    listIndexResults(locale),
    listPressMedia(locale),
  ])
  toLastPageIfPast(releases, localizedPath('/bao-chi', locale))
  const press = contacts.filter((contact) => contact.kind === 'press')
  const latest = latestResults(results, ['PAR', 'PCI', 'SIPAS', 'PAPI'])
  return (
    <>
      <PageOptions href="/bao-chi" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <div className="mt-8 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="releases">
          <h2 id="releases" className="mb-3 text-2xl font-bold">
            {t('releases')}
          </h2>
          <NewsList items={releases.items} />
          <Pagination page={releases.page} totalPages={releases.totalPages} basePath={localizedPath('/bao-chi', locale)} />
          <p className="mt-4">
            <a href={feedPath('press', locale)} type="application/rss+xml">
              {t('feed')}
            </a>
            {' · '}
            <a href={feedPath('news', locale)} type="application/rss+xml">
              {t('newsFeed')}
            </a>
          </p>
        </section>
        <div className="space-y-8">
          {press.length ? (
            <section aria-labelledby="press-contact">
              <h2 id="press-contact" className="mb-3 text-2xl font-bold">
                {t('contact')}
              </h2>
              <div className="space-y-4">
                {press.map((contact) => (
                  <ContactCard key={contact.id} contact={contact} headingLevel={3} />
                ))}
              </div>
            </section>
          ) : null}
          {latest.length ? (
            <section aria-labelledby="press-figures">
              <h2 id="press-figures" className="mb-3 text-2xl font-bold">
                {t('figures')}
              </h2>
              <dl className="space-y-2">
                {latest.map((result) => (
                  <div key={result.id}>
                    <dt className="font-semibold">
                      {result.index === 'PAR' ? 'PAR Index' : result.index} {result.year}
                    </dt>
                    <dd>
                      {formatScore(result, locale)}
                      {result.rank ? ` · ${result.rank}/${result.outOf ?? '?'}` : ''}
                    </dd>
                  </div>
                ))}
              </dl>
              <p className="mt-3">
                <Link href="/chi-so">{t('allIndices')}</Link>
              </p>
            </section>
          ) : null}
        </div>
      </div>
      {images.items.length ? (
        <section aria-labelledby="press-images" className="mt-12">
          <h2 id="press-images" className="mb-2 text-2xl font-bold">
            {t('images')}
          </h2>
          <p className="mb-4 max-w-3xl">{t('imagesIntro')}</p>
          {images.total > images.items.length ? (
            <p className="mb-4 max-w-3xl">
              {t('imagesShown', { shown: images.items.length, total: images.total })}{' '}
              <a href={`/api/media?where%5BforPress%5D%5Bequals%5D=true&sort=-createdAt&limit=100&depth=0`}>{t('imagesAll')}</a>
            </p>
          ) : null}
          <div className="grid gap-8 sm:grid-cols-2">
            {images.items.map((image) => (
              <MediaFigure key={image.id} media={image} sizes="(min-width: 1024px) 480px, (min-width: 640px) 50vw, 100vw" />
            ))}
          </div>
        </section>
      ) : null}
      <PressApiExamples locale={locale} />
    </>
  )
}
