import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { JsonLd } from '@/app/_components/JsonLd'
import { PageOptions } from '@/app/_components/PageOptions'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { NewsList } from '@/app/_components/NewsList'
import { pageLocale } from '@/lib/localeParams'
import { listNews } from '@/lib/queries/news'
import { formatScore, getSiteSettings, latestResults, listIndexResults } from '@/lib/queries/site'
import { alternates } from '@/lib/seo'
import { builtSiteUrl } from '@/domain/siteUrl'
import { websiteLd } from '@/lib/structuredData'
import { type Href, localizedPath } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string }> }

// The alert banner has start and end times: look again every ten minutes.
export const revalidate = 600

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return { alternates: alternates('/', locale) }
}

type Task = { key: 'Procedure' | 'Online' | 'Hotline' | 'Feedback'; href: Href | string; hash?: string }
const TASKS: Task[] = [
  { key: 'Procedure', href: '/thu-tuc-hanh-chinh' },
  { key: 'Online', href: '/dich-vu-cong-truc-tuyen' },
  { key: 'Hotline', href: '/duong-day-nong' },
  { key: 'Feedback', href: '/phan-anh-kien-nghi' },
]

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('home')
  const [settings, news, results] = await Promise.all([getSiteSettings(locale), listNews(locale, 5), listIndexResults(locale)])
  const figures = latestResults(results, ['PAR', 'PCI'])
  return (
    <>
      <PageOptions href="/" />
      <JsonLd
        data={{
          '@type': 'GovernmentOrganization',
          name: settings.organisation?.name,
          url: builtSiteUrl(),
          email: settings.organisation?.email ?? undefined,
          telephone: settings.organisation?.phone ?? undefined,
          parentOrganization: settings.organisation?.parentBody
            ? { '@type': 'GovernmentOrganization', name: settings.organisation.parentBody }
            : undefined,
        }}
      />
      <JsonLd data={websiteLd(settings.organisation?.name || t('title'), localizedPath('/tim-kiem', locale))} />
      <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('intro')}</p>

      <section aria-labelledby="tasks" className="mt-8">
        <h2 id="tasks" className="sr-only">
          {t('tasks')}
        </h2>
        <ul className="grid gap-4 sm:grid-cols-2">
          {TASKS.map(({ key, href, hash }) => {
            const content = (
              <>
                <span className="block text-lg font-bold">{t(`task${key}`)}</span>
                <span className="mt-1 block text-slate-800">{t(`task${key}Text`)}</span>
              </>
            )
            const className = 'block h-full rounded border-2 border-brand p-4 no-underline hover:bg-slate-50'
            return (
              <li key={key}>
                {typeof href === 'string' && href.startsWith('http') ? (
                  <a href={href} rel="external" className={className}>
                    {content}
                  </a>
                ) : (
                  <Link href={href as Href} hash={hash} className={className}>
                    {content}
                  </Link>
                )}
              </li>
            )
          })}
        </ul>
      </section>

      <div className="mt-12 grid gap-10 lg:grid-cols-[2fr_1fr]">
        <section aria-labelledby="latest-news">
          <h2 id="latest-news" className="mb-3 text-2xl font-bold">
            {t('latestNews')}
          </h2>
          <NewsList items={news} />
          <p className="mt-4">
            <Link href="/tin-tuc">{t('allNews')}</Link>
          </p>
        </section>
        {figures.length ? (
          <section aria-labelledby="figures">
            <h2 id="figures" className="mb-3 text-2xl font-bold">
              {t('figures')}
            </h2>
            <dl className="space-y-4">
              {figures.map((result) => (
                <div key={result.id} className="rounded bg-slate-50 p-4">
                  <dt className="font-semibold">
                    {result.index === 'PAR' ? 'PAR Index' : result.index} {result.year}
                  </dt>
                  <dd className="text-3xl font-bold">{formatScore(result, locale)}</dd>
                  <dd className="text-sm text-slate-700">
                    {result.rank ? t('rank', { rank: result.rank, outOf: result.outOf ?? '?' }) : t('unranked')}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-4">
              <Link href="/chi-so">{t('allFigures')}</Link>
            </p>
          </section>
        ) : null}
      </div>
    </>
  )
}
