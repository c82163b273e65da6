import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { ListStatus } from '@/app/_components/ListStatus'
import { Pagination } from '@/app/_components/Pagination'
import { ProcedureList } from '@/app/_components/ProcedureList'
import { pageParam, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { listGuides } from '@/lib/queries/guides'
import { ANY_ONLINE, getProcedurePage, PROCEDURES_PAGE_SIZE } from '@/lib/queries/procedures'
import { pageMetadata } from '@/lib/seo'
import { NATIONAL_PORTAL } from '@/domain/procedures/onlineService'
import { localizedPath } from '@/i18n/routing'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('online')
  return pageMetadata({ title: t('title'), description: t('intro'), href: '/dich-vu-cong-truc-tuyen', locale })
}

/** What online public services are, the guides, and the procedures with an online service, a page at a time by code. */
export default async function OnlineServicesPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('online')
  const online = { field: '', level: '', online: ANY_ONLINE, agency: '' }
  const [guides, result] = await Promise.all([
    listGuides(locale),
    readPage((page) => getProcedurePage(locale, online, page), pageParam(await searchParams)),
  ])
  toLastPageIfPast(result, localizedPath('/dich-vu-cong-truc-tuyen', locale))
  const { items, page, totalPages } = result
  return (
    <>
      <PageOptions href="/dich-vu-cong-truc-tuyen" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <p className="mt-6">
        <a
          href={NATIONAL_PORTAL}
          rel="external"
          className="inline-block rounded bg-green-800 px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-green-900 hover:text-white"
        >
          {t('portal')}
        </a>
      </p>

      <section aria-labelledby="kinds" className="mt-10">
        <h2 id="kinds" className="mb-3 text-2xl font-bold">
          {t('kindsTitle')}
        </h2>
        <dl className="grid gap-4 sm:grid-cols-2">
          {(['full', 'partial'] as const).map((kind) => (
            <div key={kind} className="rounded border border-slate-300 p-4">
              <dt className="font-bold">{t(kind)}</dt>
              <dd className="mt-1">{t(`${kind}Text`)}</dd>
            </div>
          ))}
        </dl>
        <p className="mt-3 text-sm text-slate-700">{t('basis')}</p>
      </section>

      {guides.length ? (
        <section aria-labelledby="guides" className="mt-10">
          <h2 id="guides" className="mb-3 text-2xl font-bold">
            {t('guides')}
          </h2>
          <ul className="space-y-3">
            {guides.map((guide) => (
              <li key={guide.id}>
                <Link href={hrefOf.guides(guide.slug ?? '')} className="text-lg font-semibold">
                  {guide.title}
                </Link>
                {guide.summary ? <p>{guide.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-labelledby="online-procedures" className="mt-10">
        <h2 id="online-procedures" className="mb-3 text-2xl font-bold">
          {t('procedures')}
        </h2>
        <ListStatus namespace="online" list={result} pageSize={PROCEDURES_PAGE_SIZE} className="mb-4 text-slate-700" />
        {items.length ? <ProcedureList procedures={items} showField /> : null}
        <Pagination page={page} totalPages={totalPages} basePath={localizedPath('/dich-vu-cong-truc-tuyen', locale)} />
      </section>
    </>
  )
}
