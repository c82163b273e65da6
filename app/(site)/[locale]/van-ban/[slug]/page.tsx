import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { Fragment } from 'react'

import { DOCUMENT_TYPES, topicName } from '@/domain/legalDocuments/vocabulary'
import { DocumentRelations } from '@/app/_components/DocumentRelations'
import { EffectStatusBadge } from '@/app/_components/EffectStatusBadge'
import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { JsonLd } from '@/app/_components/JsonLd'
import { FileList } from '@/app/_components/FileList'
import { IssueDate } from '@/app/_components/IssueDate'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { notFoundMetadata, staticSlugParams } from '@/app/_components/slugRoute'
import { PageTools } from '@/app/_components/PageTools'
import { PreviewBanner } from '@/app/_components/PreviewBanner'
import { RichTextContent } from '@/app/_components/RichTextContent'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { fallbackLang } from '@/lib/queries/fallback'
import {
  currentEffect,
  getCurrentSuccessor,
  getDocumentRelations,
  getLegalDocumentBySlug,
  getProceduresCiting,
} from '@/lib/queries/legalDocuments'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { pageMetadata } from '@/lib/seo'
import { builtSiteUrl } from '@/domain/siteUrl'
import { legislationLd } from '@/lib/structuredData'
import { localizedPath } from '@/i18n/routing'

type Props = { params: Promise<{ locale: string; slug: string }> }

// Legal effect follows the calendar: regenerate daily even when nobody edits the document.
export const revalidate = 86400

export const generateStaticParams = staticSlugParams('legal-documents')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getLegalDocumentBySlug(slug, locale)
  if (!detail) return notFoundMetadata(locale)
  const { doc } = detail
  return pageMetadata({
    title: [doc.number, doc.title].filter(Boolean).join(' '),
    description: doc.summary ?? doc.title,
    href: hrefOf['legal-documents'](slug),
    locale,
    type: 'article',
  })
}

export default async function LegalDocumentPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getLegalDocumentBySlug(slug, locale)
  if (!detail) notFound()
  const { doc, fallbacks } = detail
  const t = await getTranslations('documents')
  const langOf = fallbackLang(fallbacks)
  const issuerId = doc.issuer ? String(typeof doc.issuer === 'object' ? doc.issuer.id : doc.issuer) : null
  // A body renamed or merged since (at any remove): the page says what it is called now.
  const [relations, procedures, successor] = await Promise.all([
    getDocumentRelations(doc.id, locale),
    getProceduresCiting(String(doc.id), locale),
    issuerId ? getCurrentSuccessor(issuerId, locale) : null,
  ])
  const status = currentEffect(doc)
  const type = DOCUMENT_TYPES.find((option) => option.value === doc.documentType)?.label[locale]
  const href = hrefOf['legal-documents'](slug)

  const facts: [string, React.ReactNode, string?][] = [
    [t('number'), doc.number || t('noNumber')],
    [t('type'), type],
    [
      t('issuer'),
      successor?.name && successor.name !== doc.issuerNameAtTime ? (
        <>
          {doc.issuerNameAtTime} ({t('nowKnownAs', { name: successor.name })})
        </>
      ) : (
        doc.issuerNameAtTime
      ),
      'issuerNameAtTime',
    ],
    [t('signer'), [doc.signer, doc.signerTitle].filter(Boolean).join(', '), 'signerTitle'],
    [t('issuedAt'), <IssueDate key="issued" date={doc.issuedAt} precision={doc.issuedAtPrecision} />],
    [t('effectiveFrom'), doc.effectiveFrom ? <IssueDate key="from" date={doc.effectiveFrom} /> : null],
    [t('effectiveUntil'), doc.effectiveUntil ? <IssueDate key="until" date={doc.effectiveUntil} /> : null],
    [t('status'), <EffectStatusBadge key="status" status={status} />],
    [t('expiryReason'), doc.expiryReason, 'expiryReason'],
    [
      t('gazette'),
      doc.gazetteNumber ? (
        <>
          {doc.gazetteNumber}
          {doc.gazetteDate ? (
            <>
              , <IssueDate date={doc.gazetteDate} />
            </>
          ) : null}
        </>
      ) : null,
    ],
    [
      t('topics'),
      doc.topics?.length
        ? doc.topics.map((topic, index) => (
            <Fragment key={topic}>
              {index ? ', ' : null}
              {topicName(topic, locale) ?? <span lang="vi">{topic}</span>}
            </Fragment>
          ))
        : null,
    ],
    [t('scope'), doc.scope],
    [
      t('officialText'),
      doc.officialUrl ? (
        <a key="official" href={doc.officialUrl} rel="external">
          {t('officialTextLink')}
        </a>
      ) : null,
    ],
  ]

  return (
    <article>
      <PageOptions href={href} />
      <PreviewBanner path={localizedPath(href, locale)} />
      <JsonLd data={legislationLd(doc, builtSiteUrl() + localizedPath(href, locale))} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/van-ban' }]} />
      <p className="text-slate-700">{[type, doc.number].filter(Boolean).join(' ')}</p>
      <h1 className="mt-1 max-w-4xl text-3xl font-bold leading-tight" lang={langOf('title')}>
        {doc.title}
      </h1>
      {fallbacks.length ? <FallbackNotice /> : null}

      <dl className="mt-6 grid gap-x-6 gap-y-3 rounded bg-slate-50 p-4 sm:grid-cols-[max-content_1fr]">
        {facts
          .filter(([, value]) => value !== null && value !== undefined && value !== '')
          .map(([term, value, field]) => (
            <div key={term} className="contents">
              <dt className="font-semibold">{term}</dt>
              <dd lang={field ? langOf(field) : undefined}>{value}</dd>
            </div>
          ))}
      </dl>

      {doc.files?.length ? (
        <section className="mt-8" aria-labelledby="files">
          <h2 id="files" className="mb-3 text-2xl font-bold">
            {t('files')}
          </h2>
          <FileList files={doc.files} />
        </section>
      ) : null}

      {doc.summary ? (
        <section className="mt-8" aria-labelledby="summary" lang={langOf('summary')}>
          <h2 id="summary" className="mb-3 text-2xl font-bold">
            {t('summary')}
          </h2>
          <p className="max-w-3xl whitespace-pre-line">{doc.summary}</p>
        </section>
      ) : null}

      {relations.length ? (
        <section className="mt-8" aria-labelledby="relations">
          <h2 id="relations" className="mb-3 text-2xl font-bold">
            {t('relations')}
          </h2>
          <DocumentRelations relations={relations} locale={locale} />
        </section>
      ) : null}

      {procedures.length ? (
        <section className="mt-8" aria-labelledby="procedures">
          <h2 id="procedures" className="mb-3 text-2xl font-bold">
            {t('procedures')}{' '}
            <span className="text-base font-normal text-slate-700">({t('proceduresCount', { count: procedures.length })})</span>
          </h2>
          <ul className="max-w-3xl list-disc space-y-1 pl-6">
            {procedures.map((procedure) => (
              <li key={procedure.id}>
                <Link href={hrefOf.procedures(procedure.slug)} locale={locale}>
                  {procedure.name}
                </Link>{' '}
                <span className="text-slate-700">({procedure.code})</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {doc.fullText ? (
        <section className="mt-8" aria-labelledby="full-text">
          <h2 id="full-text" className="mb-3 text-2xl font-bold">
            {t('fullText')}
          </h2>
          <RichTextContent data={doc.fullText} lang={langOf('fullText')} />
        </section>
      ) : null}
      <PageTools />
    </article>
  )
}
