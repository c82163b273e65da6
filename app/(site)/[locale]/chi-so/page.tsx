import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { IndexChart } from '@/app/_components/IndexChart'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { pageLocale } from '@/lib/localeParams'
import { formatScore, listIndexResults } from '@/lib/queries/site'
import { alternates } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

const INDICES = ['PAR', 'PCI', 'SIPAS', 'PAPI'] as const

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('indices')
  return { title: t('title'), description: t('intro'), alternates: alternates('/chi-so', locale) }
}

export default async function IndicesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('indices')
  const results = await listIndexResults(locale)
  return (
    <>
      <PageOptions href="/chi-so" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('intro')}</p>
      {INDICES.map((index) => {
        const rows = results.filter((result) => result.index === index)
        if (rows.length === 0) return null
        const name = t(`names.${index}`)
        return (
          <section key={index} aria-labelledby={`index-${index}`} className="mt-10">
            <h2 id={`index-${index}`} className="mb-3 text-2xl font-bold">
              {name}
            </h2>
            <IndexChart results={rows} title={t('chartTitle', { index: name })} id={`chart-${index}`} locale={locale} />
            <div className="mt-4 overflow-x-auto">
              <table className="w-full max-w-3xl border-collapse text-left">
                <caption className="sr-only">{t('tableCaption', { index: name })}</caption>
                <thead>
                  <tr className="border-b-2 border-slate-400">
                    <th scope="col" className="py-2 pr-4">
                      {t('year')}
                    </th>
                    <th scope="col" className="py-2 pr-4 text-right">
                      {t('score')}
                    </th>
                    <th scope="col" className="py-2 pr-4">
                      {t('rank')}
                    </th>
                    <th scope="col" className="py-2">
                      {t('source')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {rows.map((result) => (
                    <tr key={result.id} className="border-b border-slate-200 align-top">
                      <th scope="row" className="py-2 pr-4 font-semibold">
                        {result.year}
                      </th>
                      <td className="py-2 pr-4 text-right">{formatScore(result, locale)}</td>
                      <td className="py-2 pr-4">{result.rank ? `${result.rank}/${result.outOf ?? '?'}` : '—'}</td>
                      <td className="py-2">
                        {result.source}
                        {result.note ? <span className="block text-sm text-slate-700">{result.note}</span> : null}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          </section>
        )
      })}
    </>
  )
}
