import { getTranslations } from 'next-intl/server'

import { LocalizedLink as Link } from './LocalizedLink'

export async function SiteHeader() {
  const t = await getTranslations()
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
          {t('site.name')}
        </Link>
      </div>
      <nav aria-label={t('site.mainNav')} className="bg-brand-dark">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 px-4 py-2 text-sm">
          <li>
            <Link href="/" className="text-white hover:text-white">
              {t('nav.home')}
            </Link>
          </li>
          <li>
            <Link href="/thu-tuc-hanh-chinh" className="text-white hover:text-white">
              {t('nav.procedures')}
            </Link>
          </li>
        </ul>
      </nav>
    </header>
  )
}
