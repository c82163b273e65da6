import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ProcedureList } from '../../_components/ProcedureList'
import { pageLocale } from '../../../cms/locale-params'
import { listProcedures } from '../../../cms/queries/procedures'
import { alternates } from '../../../cms/seo'
import { LanguageSwitch } from '../../_components/LanguageSwitch'
import { LocalizedLink as Link } from '../../_components/LocalizedLink'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  return { alternates: alternates('/', locale) }
}

export default async function HomePage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('home')
  const procedures = await listProcedures(locale)
  return (
    <>
      <LanguageSwitch href="/" />
      <section className="rounded bg-slate-50 p-6 sm:p-8">
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{t('title')}</h1>
        <p className="mt-4 max-w-2xl text-lg">{t('intro')}</p>
        <p className="mt-6">
          <Link
            href="/thu-tuc-hanh-chinh"
            className="inline-block rounded bg-green-800 px-5 py-3 text-lg font-semibold text-white no-underline hover:bg-green-900 hover:text-white"
          >
            {t('findProcedure')}
          </Link>
        </p>
      </section>
      <section className="mt-10" aria-labelledby="latest-procedures">
        <h2 id="latest-procedures" className="text-2xl font-bold">
          {t('latestProcedures')}
        </h2>
        <div className="mt-4">
          <ProcedureList procedures={procedures.slice(0, 5)} />
        </div>
        <p className="mt-4">
          <Link href="/thu-tuc-hanh-chinh">{t('allProcedures', { count: procedures.length })}</Link>
        </p>
      </section>
    </>
  )
}
