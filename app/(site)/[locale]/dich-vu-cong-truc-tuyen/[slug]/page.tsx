import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { LastReviewed } from '@/app/_components/LastReviewed'
import { UsefulForm } from '@/app/_components/UsefulForm'
import { PageOptions } from '@/app/_components/PageOptions'
import { notFoundMetadata, staticSlugParams } from '@/app/_components/slugRoute'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { PreviewBanner } from '@/app/_components/PreviewBanner'
import { RichTextContent } from '@/app/_components/RichTextContent'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { fallbackLang } from '@/lib/queries/fallback'
import { getGuideBySlug } from '@/lib/queries/guides'
import { populated } from '@/lib/queries/populated'
import { pageMetadata } from '@/lib/seo'
import { localizedPath } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = staticSlugParams('guides')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getGuideBySlug(slug, locale)
  if (!detail) return notFoundMetadata(locale)
  return pageMetadata({ title: detail.doc.title, description: detail.doc.summary, href: hrefOf.guides(slug), locale })
}

/** A step-by-step guide (GOV.UK pattern): numbered steps, each with what to do and the procedures involved. */
export default async function GuidePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getGuideBySlug(slug, locale)
  if (!detail) notFound()
  const { doc, fallbacks } = detail
  const t = await getTranslations('online')
  const langOf = fallbackLang(fallbacks)
  const href = hrefOf.guides(slug)
  return (
    <article>
      <PageOptions href={href} />
      <PreviewBanner path={localizedPath(href, locale)} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/dich-vu-cong-truc-tuyen' }]} />
      <h1 className="max-w-4xl text-3xl font-bold leading-tight" lang={langOf('title')}>
        {doc.title}
      </h1>
      {fallbacks.length ? <FallbackNotice /> : null}
      {doc.summary ? <p className="mt-4 max-w-3xl text-lg">{doc.summary}</p> : null}
      <ol className="mt-8 max-w-3xl space-y-8 border-l-4 border-brand pl-6" lang={langOf('steps')}>
        {doc.steps?.map((step, index) => {
          const procedures = (step.procedures ?? []).map(populated).filter((procedure) => procedure !== null)
          return (
            <li key={step.id ?? index}>
              <h2 className="text-xl font-bold">
                <span className="block text-sm font-semibold text-slate-700">{t('step', { number: index + 1 })}</span>
                {step.title}
              </h2>
              <div className="mt-2">
                <RichTextContent data={step.body} />
              </div>
              {procedures.length ? (
                <ul className="mt-2 list-disc pl-6">
                  {procedures.map((procedure) => (
                    <li key={procedure.id}>
                      <Link href={hrefOf.procedures(procedure.slug ?? '')}>{procedure.name}</Link>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          )
        })}
      </ol>
      <LastReviewed doc={doc} locale={locale} />
      <UsefulForm path={localizedPath(href, locale)} />
    </article>
  )
}
