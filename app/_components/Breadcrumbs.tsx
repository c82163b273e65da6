import { getLocale, getTranslations } from 'next-intl/server'

import { builtSiteUrl } from '@/domain/siteUrl'
import { type Href, type Locale, localizedPath } from '@/i18n/routing'
import { JsonLd } from './JsonLd'
import { LocalizedLink as Link } from './LocalizedLink'

type Crumb = { label: string; href: Href }

/** Where this page sits: Home › section (› …). The current page is the h1, so it is not repeated. */
export async function Breadcrumbs({ trail }: { trail: Crumb[] }) {
  const t = await getTranslations('site')
  const locale = (await getLocale()) as Locale
  const crumbs: Crumb[] = [{ label: t('home'), href: '/' }, ...trail]
  return (
    <nav aria-label={t('breadcrumb')} className="mb-4 text-sm">
      <ol className="flex flex-wrap gap-x-2">
        {crumbs.map((crumb, index) => (
          <li key={index} className="flex gap-x-2">
            {index > 0 ? <span aria-hidden="true">›</span> : null}
            <Link href={crumb.href}>{crumb.label}</Link>
          </li>
        ))}
      </ol>
      <JsonLd
        data={{
          '@type': 'BreadcrumbList',
          itemListElement: crumbs.map((crumb, index) => ({
            '@type': 'ListItem',
            position: index + 1,
            name: crumb.label,
            item: builtSiteUrl() + localizedPath(crumb.href, locale),
          })),
        }}
      />
    </nav>
  )
}
