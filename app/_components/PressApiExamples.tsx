import { getTranslations } from 'next-intl/server'

import type { Locale } from '@/i18n/routing'

/** Ready-made queries of the public REST API (Payload's list shape), for newsrooms that pull data. */
export async function PressApiExamples({ locale }: { locale: Locale }) {
  const t = await getTranslations('press.api')
  const lang = locale === 'vi' ? '' : `&locale=${locale}`
  const examples = [
    { key: 'releases', url: `/api/news?where[kind][equals]=press-release&sort=-publishedAt&limit=10&depth=0${lang}` },
    {
      key: 'since',
      url: `/api/news?where[kind][equals]=press-release&where[publishedAt][greater_than_equal]=2025-01-01&sort=-publishedAt${lang}`,
    },
    { key: 'category', url: `/api/news?where[categories.slug][equals]=thong-cao-bao-chi&sort=-publishedAt&depth=0${lang}` },
    { key: 'indices', url: `/api/index-results?sort=index,year&limit=100&depth=0${lang}` },
    { key: 'documents', url: `/api/legal-documents?sort=-issuedAt&limit=20&depth=0${lang}` },
  ] as const
  // Brackets are not allowed unescaped in a URL's query; Payload's query parser reads them encoded too.
  const href = (url: string) => url.replace(/\[/g, '%5B').replace(/\]/g, '%5D')
  return (
    <section aria-labelledby="press-api" className="mt-12">
      <h2 id="press-api" className="mb-2 text-2xl font-bold">
        {t('title')}
      </h2>
      <p className="mb-4 max-w-3xl">{t('intro')}</p>
      <dl className="max-w-4xl space-y-3">
        {examples.map(({ key, url }) => (
          <div key={key}>
            <dt className="font-semibold">{t(key)}</dt>
            <dd className="break-all font-mono text-sm">
              <a href={href(url)}>{url}</a>
            </dd>
          </div>
        ))}
      </dl>
      <p className="mt-4 max-w-3xl text-sm text-slate-700">{t('shape')}</p>
    </section>
  )
}
