import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'

import type { Locale } from '@/i18n/routing'
import { SiteFooter } from './SiteFooter'
import { SiteHeader } from './SiteHeader'

/** The document of every public page: <html lang>, skip link, header, main, footer. */
export async function SiteShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        {/* The reader's text size and contrast (lib/display.ts); React hoists it into <head>. */}
        {/* eslint-disable-next-line @next/next/no-css-tags -- answered per reader from a cookie, not a build asset */}
        <link rel="stylesheet" href="/next/display.css" precedence="default" />
        <link rel="search" type="application/opensearchdescription+xml" href="/opensearch.xml" title={t('shortName')} />
        <a
          href="#main"
          className="sr-only bg-focus px-4 py-2 text-slate-900 focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50"
        >
          {t('skipToContent')}
        </a>
        <SiteHeader />
        <main id="main" className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
          {children}
        </main>
        <SiteFooter locale={locale} />
      </body>
    </html>
  )
}
