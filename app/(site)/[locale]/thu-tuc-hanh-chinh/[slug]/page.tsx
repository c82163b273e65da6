import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'

import { ContactCard, mapSearchHref } from '@/app/_components/ContactCard'
import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { JsonLd } from '@/app/_components/JsonLd'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { notFoundMetadata, staticSlugParams } from '@/app/_components/slugRoute'
import { PageTools } from '@/app/_components/PageTools'
import { UsefulForm } from '@/app/_components/UsefulForm'
import { LastReviewed } from '@/app/_components/LastReviewed'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { PreviewBanner } from '@/app/_components/PreviewBanner'
import { OnlineServiceBadge } from '@/app/_components/OnlineServiceBadge'
import { ProcedureChannels } from '@/app/_components/ProcedureChannels'
import { ProcedureDossier } from '@/app/_components/ProcedureDossier'
import { ProcedureLegalBasis } from '@/app/_components/ProcedureLegalBasis'
import { StepList } from '@/app/_components/StepList'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { fallbackLang } from '@/lib/queries/fallback'
import { populated } from '@/lib/queries/populated'
import { getProcedureBySlug } from '@/lib/queries/procedures'
import { pageMetadata } from '@/lib/seo'
import { builtSiteUrl } from '@/domain/siteUrl'
import { procedureLd } from '@/lib/structuredData'
import { localizedPath } from '@/i18n/routing'
import { NATIONAL_PORTAL } from '@/domain/procedures/onlineService'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = staticSlugParams('procedures')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getProcedureBySlug(slug, locale)
  if (!detail) return notFoundMetadata(locale)
  const { doc: procedure } = detail
  return pageMetadata({
    title: procedure.name,
    description: [procedure.code, procedure.field, populated(procedure.implementingAgency)?.name].filter(Boolean).join(' · '),
    href: hrefOf.procedures(slug),
    locale,
  })
}

function Section({ id, title, lang, children }: { id: string; title: string; lang?: string; children: ReactNode }) {
  return (
    <section id={id} aria-labelledby={`${id}-title`} className="mt-10 scroll-mt-4" lang={lang}>
      <h2 id={`${id}-title`} className="mb-3 text-2xl font-bold">
        {title}
      </h2>
      {children}
    </section>
  )
}

const Prose = ({ text }: { text: string }) => <p className="max-w-3xl whitespace-pre-line">{text}</p>

export default async function ProcedurePage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getProcedureBySlug(slug, locale)
  if (!detail) notFound()
  const { doc: procedure, fallbacks } = detail
  const t = await getTranslations('procedures')
  // Content shown in Vietnamese on an English page is marked as such for screen readers and translators.
  const langOf = fallbackLang(fallbacks)
  const online = procedure.onlineService
  const explain = { full: 'explainFull', partial: 'explainPartial', none: 'explainNone' } as const
  /** A section of plain text, titled by the field's label, omitted when empty. */
  const related = (procedure.related ?? []).map(populated).filter((other) => other !== null)
  const decision = populated(procedure.announcementDecision)
  const path = localizedPath(hrefOf.procedures(slug), locale)
  const textSection = (field: 'applicants' | 'requirements' | 'result') => {
    const text = procedure[field]
    return text ? (
      <Section key={field} id={field} title={t(field)} lang={langOf(field)}>
        <Prose text={text} />
      </Section>
    ) : null
  }
  const receivingPoints = (procedure.receivingPoints ?? []).map(populated).filter((point) => point !== null)

  return (
    <article>
      <PageOptions href={hrefOf.procedures(slug)} />
      <PreviewBanner path={path} />
      <JsonLd data={procedureLd(procedure, builtSiteUrl() + path)} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/thu-tuc-hanh-chinh' }]} />
      <p className="text-slate-700" lang={langOf('field')}>
        {procedure.field}
      </p>
      <h1 className="mt-1 text-3xl font-bold leading-tight" lang={langOf('name')}>
        {procedure.name}
      </h1>
      {fallbacks.length ? <FallbackNotice /> : null}

      <dl className="mt-6 grid gap-x-6 gap-y-3 rounded bg-slate-50 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('code')}</dt>
        <dd className="font-mono">{procedure.code}</dd>
        <dt className="font-semibold">{t('implementingAgency')}</dt>
        <dd>{populated(procedure.implementingAgency)?.name}</dd>
        {procedure.levels?.length ? (
          <>
            <dt className="font-semibold">{t('levels')}</dt>
            <dd>{procedure.levels.map((level) => t(`level.${level}`)).join(', ')}</dd>
          </>
        ) : null}
        <dt className="font-semibold">{t('onlineService')}</dt>
        <dd>
          <OnlineServiceBadge service={online} />
        </dd>
        {decision ? (
          <>
            <dt className="font-semibold">{t('announcementDecision')}</dt>
            <dd>
              {decision.slug ? (
                <Link href={hrefOf['legal-documents'](decision.slug)} locale={locale}>
                  {decision.number} {decision.title}
                </Link>
              ) : (
                <>
                  {decision.number} {decision.title}
                </>
              )}
            </dd>
          </>
        ) : null}
      </dl>
      {procedure.description ? (
        <p className="mt-6 max-w-3xl whitespace-pre-line" lang={langOf('description')}>
          {procedure.description}
        </p>
      ) : null}

      {textSection('applicants')}
      <Section id="online" title={t('onlineService')}>
        <p className="max-w-3xl">{t(`online.${explain[online?.level ?? 'none']}`)}</p>
        {online && online.level !== 'none' ? (
          <p className="mt-4">
            <a
              href={online.url || NATIONAL_PORTAL}
              rel="external"
              className="inline-block rounded bg-green-800 px-5 py-3 font-semibold text-white no-underline hover:bg-green-900 hover:text-white"
            >
              {t(online.url ? 'submitOnline' : 'findOnNationalPortal')}
            </a>
            {online.url ? null : <span className="mt-2 block">{t('findByCode', { code: procedure.code })}</span>}
          </p>
        ) : null}
        {procedure.onlineGuide?.length ? (
          <>
            <h3 className="mb-2 mt-6 text-lg font-semibold">{t('onlineGuide')}</h3>
            <StepList steps={procedure.onlineGuide} />
          </>
        ) : null}
      </Section>

      {procedure.steps?.length ? (
        <Section id="steps" title={t('steps')} lang={langOf('steps')}>
          <StepList steps={procedure.steps} />
        </Section>
      ) : null}

      {procedure.channels?.length ? (
        <Section id="channels" title={t('channels')}>
          <ProcedureChannels channels={procedure.channels} />
        </Section>
      ) : null}

      {procedure.dossierCases?.length ? (
        <Section id="dossier" title={t('dossier')}>
          <ProcedureDossier cases={procedure.dossierCases} />
        </Section>
      ) : null}

      {procedure.receivingAddress || receivingPoints.length ? (
        <Section id="receivingAddress" title={t('receivingAddress')}>
          {procedure.receivingAddress ? (
            <div lang={langOf('receivingAddress')}>
              <Prose text={procedure.receivingAddress} />
              <p className="mt-2">
                <a href={mapSearchHref(procedure.receivingAddress)} rel="external">
                  {t('findOnMap')}
                </a>
              </p>
            </div>
          ) : null}
          <div className="mt-4 grid max-w-3xl gap-4">
            {receivingPoints.map((point) => (
              <ContactCard key={point.id} contact={point} headingLevel={3} />
            ))}
          </div>
        </Section>
      ) : null}

      {(['requirements', 'result'] as const).map((field) => textSection(field))}

      {procedure.legalBasisDocuments?.length || procedure.legalBasis ? (
        <Section id="legalBasis" title={t('legalBasis')} lang={langOf('legalBasis')}>
          <ProcedureLegalBasis documents={procedure.legalBasisDocuments ?? []} text={procedure.legalBasis} locale={locale} />
        </Section>
      ) : null}

      {related.length ? (
        <Section id="related" title={t('related')}>
          <ul className="max-w-3xl list-disc space-y-1 pl-6">
            {related.map((other) => (
              <li key={other.id}>
                <Link href={hrefOf.procedures(other.slug ?? '')}>{other.name}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      <p className="mt-10">
        <a href={`${localizedPath('/phan-anh-kien-nghi', locale)}?thu-tuc=${encodeURIComponent(procedure.code)}`}>{t('feedbackAbout')}</a>
      </p>
      <LastReviewed doc={procedure} locale={locale} />
      <PageTools />
      <UsefulForm path={path} />
    </article>
  )
}
