import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { Highlighted } from '@/app/_components/Highlighted'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { Pagination } from '@/app/_components/Pagination'
import { SearchForm } from '@/app/_components/SearchForm'
import { param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { getPayloadClient } from '@/lib/queries/payload'
import { MAX_PAGE, MAX_QUERY_LENGTH } from '@/search/endpoint'
import { runSearch } from '@/search/query'
import { recordSearch } from '@/search/queryLog'
import { isSearchType, SEARCH_TYPES_IN_ORDER } from '@/search/sources'
import { alternates } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'
import { formatDate } from '@/i18n/format'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params, searchParams }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('search')
  const q = param(await searchParams, 'q')
  return {
    title: q ? t('titleFor', { query: q.slice(0, 60) }) : t('title'),
    alternates: alternates('/tim-kiem', locale),
    robots: { index: false, follow: true },
  }
}

/** The site search, rendered on the server: ?q=words&loai=type&trang=page. */
export default async function SearchPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('search')
  const query = await searchParams
  const q = param(query, 'q').slice(0, MAX_QUERY_LENGTH)
  const chosenType = param(query, 'loai')
  const type = isSearchType(chosenType) ? chosenType : null
  const page = Math.min(Math.max(1, Number.parseInt(param(query, 'trang'), 10) || 1), MAX_PAGE)
  const payload = await getPayloadClient()
  // A page past the end (an old link, a typed URL) shows the last page instead.
  const result = q ? await runSearch(payload, { q, type, page, locale }) : null
  // What citizens look for, counted per week for the editors (the first page of an unfiltered search).
  if (result && page === 1 && !type && !result.indexing) recordSearch(payload, q, locale, result.totalDocs)
  const shownPage = result?.page ?? page
  const basePath = localizedPath('/tim-kiem', locale)
  const allCount = result ? Object.values(result.counts).reduce((sum, count) => sum + count, 0) : 0
  const typeLink = (value: string | null) => `${basePath}?${new URLSearchParams(value ? { q, loai: value } : { q })}`

  return (
    <>
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <SearchForm query={q} type={type} />
      {result ? (
        <>
          <p className="mt-4 text-slate-700" role="status">
            {t('count', { count: allCount, query: q })}
          </p>
          {result.indexing ? (
            <p className="mt-2 border-l-4 border-amber-500 bg-amber-50 px-3 py-2 text-slate-800">
              {t('indexing', { loaded: result.indexing.loaded, total: result.indexing.total })}
            </p>
          ) : null}
          {result.suggestion && allCount ? <p className="mt-1 text-slate-700">{t('readAs', { query: result.suggestion })}</p> : null}
          {result.suggestion && !allCount ? (
            <p className="mt-2 text-lg">
              <a href={`${basePath}?${new URLSearchParams({ q: result.suggestion })}`}>{t('didYouMean', { query: result.suggestion })}</a>
            </p>
          ) : null}
          {allCount ? (
            <nav aria-label={t('byType')} className="mt-4">
              <ul className="flex flex-wrap gap-x-5 gap-y-2">
                {[null, ...SEARCH_TYPES_IN_ORDER].map((each) => {
                  const count = each ? result.counts[each] : allCount
                  if (each && !count) return null
                  const current = each === type
                  return (
                    <li key={each ?? 'all'}>
                      <a
                        href={typeLink(each)}
                        aria-current={current ? 'page' : undefined}
                        className={current ? 'font-bold no-underline' : ''}
                      >
                        {t(`types.${each ?? 'all'}`)} ({count})
                      </a>
                    </li>
                  )
                })}
              </ul>
            </nav>
          ) : null}
          {result.docs.length ? (
            <ol id="results" className="mt-6 max-w-3xl space-y-6">
              {result.docs.map((hit) => (
                <li key={hit.id}>
                  <p className="text-sm text-slate-700">
                    {t(`type.${hit.type}`)}
                    {hit.date && (hit.type === 'news' || hit.type === 'legal-documents')
                      ? ` · ${formatDate(hit.date, locale, hit.datePrecision)}`
                      : null}
                  </p>
                  <h2 className="text-lg font-semibold">
                    <a href={hit.url}>
                      <Highlighted text={hit.title} ranges={hit.titleRanges} />
                    </a>
                  </h2>
                  {hit.excerpt.text ? (
                    <p className="mt-1 text-slate-800">
                      <Highlighted text={hit.excerpt.text} ranges={hit.excerpt.ranges} />
                    </p>
                  ) : null}
                </li>
              ))}
            </ol>
          ) : (
            <NoResults />
          )}
          <Pagination page={shownPage} totalPages={result.totalPages} basePath={basePath} query={type ? { q, loai: type } : { q }} />
        </>
      ) : null}
    </>
  )
}

async function NoResults() {
  const t = await getTranslations('search')
  return (
    <div className="mt-6 max-w-3xl">
      <h2 className="text-xl font-bold">{t('none.title')}</h2>
      <ul className="mt-2 list-disc space-y-1 pl-6">
        <li>{t('none.spelling')}</li>
        <li>{t('none.fewer')}</li>
        <li>
          <Link href="/thu-tuc-hanh-chinh">{t('none.procedures')}</Link>
        </li>
        <li>
          <Link href="/duong-day-nong">{t('none.hotlines')}</Link>
        </li>
      </ul>
    </div>
  )
}
