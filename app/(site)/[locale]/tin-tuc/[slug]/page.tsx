import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { FallbackNotice } from '@/app/_components/FallbackNotice'
import { JsonLd } from '@/app/_components/JsonLd'
import { MediaFigure } from '@/app/_components/MediaFigure'
import { FileList } from '@/app/_components/FileList'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { notFoundMetadata, staticSlugParams } from '@/app/_components/slugRoute'
import { PageTools } from '@/app/_components/PageTools'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { PreviewBanner } from '@/app/_components/PreviewBanner'
import { RichTextContent } from '@/app/_components/RichTextContent'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { fallbackLang } from '@/lib/queries/fallback'
import { getNewsBySlug } from '@/lib/queries/news'
import { populated } from '@/lib/queries/populated'
import { getSiteSettings } from '@/lib/queries/site'
import { pageMetadata } from '@/lib/seo'
import { builtSiteUrl } from '@/domain/siteUrl'
import { newsArticleLd } from '@/lib/structuredData'
import { localizedPath } from '@/i18n/routing'
import { formatDate } from '@/i18n/format'

type Props = { params: Promise<{ locale: string; slug: string }> }

export const generateStaticParams = staticSlugParams('news')

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getNewsBySlug(slug, locale)
  if (!detail) return notFoundMetadata(locale)
  const cover = populated(detail.doc.cover)
  return pageMetadata({
    title: detail.doc.title,
    description: detail.doc.excerpt,
    href: hrefOf.news(slug),
    locale,
    type: 'article',
    image: cover?.url,
  })
}

export default async function NewsItemPage({ params }: Props) {
  const locale = await pageLocale(params)
  const { slug } = await params
  const detail = await getNewsBySlug(slug, locale)
  if (!detail) notFound()
  const { doc, fallbacks } = detail
  const t = await getTranslations('news')
  const langOf = fallbackLang(fallbacks)
  const settings = await getSiteSettings(locale)
  const href = hrefOf.news(slug)
  const cover = populated(doc.cover)
  const categories = (doc.categories ?? []).map(populated).filter((category) => category !== null)
  const documents = (doc.relatedDocuments ?? []).map(populated).filter((document) => document !== null)

  return (
    <article>
      <PageOptions href={href} />
      <PreviewBanner path={localizedPath(href, locale)} />
      <JsonLd data={newsArticleLd(doc, builtSiteUrl() + localizedPath(href, locale), settings.organisation?.name ?? '')} />
      <Breadcrumbs trail={[{ label: t('title'), href: '/tin-tuc' }]} />
      <p className="text-slate-700">
        {t(`kind.${doc.kind}`)}
        {doc.publishedAt ? ` · ${t('publishedAt', { date: formatDate(doc.publishedAt, locale) })}` : null}
      </p>
      <h1 className="mt-1 max-w-4xl text-3xl font-bold leading-tight" lang={langOf('title')}>
        {doc.title}
      </h1>
      {doc.author || doc.source ? (
        <p className="mt-2 text-slate-700">
          {[doc.author ? t('author', { name: doc.author }) : null, doc.source ? t('source', { name: doc.source }) : null]
            .filter(Boolean)
            .join(' · ')}
        </p>
      ) : null}
      {fallbacks.length ? <FallbackNotice /> : null}
      {doc.excerpt ? (
        <p className="mt-4 max-w-3xl text-lg" lang={langOf('excerpt')}>
          {doc.excerpt}
        </p>
      ) : null}
      {cover ? (
        <div className="mt-6">
          <MediaFigure media={cover} sizes="(min-width: 800px) 768px, 100vw" eager />
        </div>
      ) : null}
      <div className="mt-6">
        <RichTextContent data={doc.body} lang={langOf('body')} />
      </div>
      {doc.attachments?.length ? (
        <section className="mt-8" aria-labelledby="attachments">
          <h2 id="attachments" className="mb-3 text-xl font-bold">
            {t('attachments')}
          </h2>
          <FileList files={doc.attachments} />
        </section>
      ) : null}
      {documents.length ? (
        <section className="mt-8" aria-labelledby="related-documents">
          <h2 id="related-documents" className="mb-3 text-xl font-bold">
            {t('relatedDocuments')}
          </h2>
          <ul className="list-disc space-y-1 pl-6">
            {documents.map((document) => (
              <li key={document.id}>
                <Link href={hrefOf['legal-documents'](document.slug ?? '')}>{document.number}</Link> {document.title}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {categories.length ? (
        <p className="mt-8 text-sm text-slate-700">
          {t('categories')}: {categories.map((category) => category.name).join(', ')}
        </p>
      ) : null}
      <PageTools />
    </article>
  )
}
