import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { ProcedureList } from '@/app/_components/ProcedureList'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { listGuides } from '@/lib/queries/guides'
import { listProcedures } from '@/lib/queries/procedures'
import { pageMetadata } from '@/lib/seo'
import { NATIONAL_PORTAL } from '@/domain/procedures/onlineService'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('online')
  return pageMetadata({ title: t('title'), description: t('intro'), href: '/dich-vu-cong-truc-tuyen', locale })
}

export default async function OnlineServicesPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('online')
  const [guides, procedures] = await Promise.all([listGuides(locale), listProcedures(locale)])
  const online = procedures.filter((procedure) => procedure.onlineService?.level && procedure.onlineService.level !== 'none')
  const fields = [...new Set(online.map((procedure) => procedure.field ?? ''))].sort((a, b) => a.localeCompare(b, locale))
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
        {fields.map((field) => (
          <section key={field} className="mt-6" aria-label={field}>
            <h3 className="mb-2 text-xl font-semibold">{field}</h3>
            <ProcedureList procedures={online.filter((procedure) => (procedure.field ?? '') === field)} />
          </section>
        ))}
      </section>
    </>
  )
}
