import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'

import { fallbackLang } from '@/lib/queries/fallback'
import { getPageBySlug, listChildPages } from '@/lib/queries/pages'
import { ABOUT_SLUG, hrefOf } from '@/domain/paths'
import { type Locale, localizedPath } from '@/i18n/routing'
import { Breadcrumbs } from './Breadcrumbs'
import { FallbackNotice } from './FallbackNotice'
import { PageOptions } from './PageOptions'
import { LocalizedLink as Link } from './LocalizedLink'
import { OrganisationFacts } from './OrganisationFacts'
import { PreviewBanner } from './PreviewBanner'
import { LastReviewed } from './LastReviewed'
import { RichTextContent } from './RichTextContent'

/** A page of the Giới thiệu section: title, summary, body and the pages under it. */
export async function ContentPage({ slug, locale }: { slug: string; locale: Locale }) {
  const detail = await getPageBySlug(slug, locale)
  if (!detail) notFound()
  const { doc, fallbacks } = detail
  const t = await getTranslations('about')
  const tn = await getTranslations('nav')
  const langOf = fallbackLang(fallbacks)
  const children = await listChildPages(doc.id, locale)
  const href = hrefOf.pages(slug)
  return (
    <article>
      <PageOptions href={href} />
      <PreviewBanner path={localizedPath(href, locale)} />
      <Breadcrumbs trail={slug === ABOUT_SLUG ? [] : [{ label: tn('about'), href: '/gioi-thieu' }]} />
      <h1 className="max-w-4xl text-3xl font-bold leading-tight" lang={langOf('title')}>
        {doc.title}
      </h1>
      {fallbacks.length ? <FallbackNotice /> : null}
      {doc.summary ? (
        <p className="mt-4 max-w-3xl text-lg" lang={langOf('summary')}>
          {doc.summary}
        </p>
      ) : null}
      <div className="mt-6">
        <RichTextContent data={doc.body} lang={langOf('body')} />
      </div>
      {slug === ABOUT_SLUG ? <OrganisationFacts locale={locale} /> : null}
      {children.length ? (
        <nav aria-labelledby="subpages" className="mt-10">
          <h2 id="subpages" className="mb-3 text-xl font-bold">
            {t('subpages')}
          </h2>
          <ul className="list-disc space-y-2 pl-6">
            {children.map((child) => (
              <li key={child.id}>
                <Link href={hrefOf.pages(child.slug ?? '')}>{child.title}</Link>
                {child.summary ? <span className="block text-slate-700">{child.summary}</span> : null}
              </li>
            ))}
          </ul>
        </nav>
      ) : null}
      <LastReviewed doc={doc} locale={locale} />
    </article>
  )
}
