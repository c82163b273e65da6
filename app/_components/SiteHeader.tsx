import { getTranslations } from 'next-intl/server'

import { LocalizedLink as Link } from './LocalizedLink'
import { SearchForm } from './SearchForm'

const NAV = [
  { key: 'home', href: '/' },
  { key: 'procedures', href: '/thu-tuc-hanh-chinh' },
  { key: 'online', href: '/dich-vu-cong-truc-tuyen' },
  { key: 'documents', href: '/van-ban' },
  { key: 'news', href: '/tin-tuc' },
  { key: 'events', href: '/su-kien' },
  { key: 'press', href: '/bao-chi' },
  { key: 'indices', href: '/chi-so' },
  { key: 'contact', href: '/duong-day-nong' },
  { key: 'feedback', href: '/phan-anh-kien-nghi' },
  { key: 'about', href: '/gioi-thieu' },
] as const

export async function SiteHeader() {
  const t = await getTranslations()
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
          {t('site.name')}
        </Link>
        <SearchForm compact />
      </div>
      <nav aria-label={t('site.mainNav')} className="bg-brand-dark">
        <ul className="mx-auto flex max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 text-sm">
          {NAV.map(({ href, key }) => (
            <li key={key}>
              <Link href={href} className="text-white hover:text-white">
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  )
}
