import { getLocale, getTranslations } from 'next-intl/server'

import { isLocale, routing } from '@/i18n/routing'
import { getSiteSettings } from '@/lib/queries/site'
import { LocalizedLink as Link } from './LocalizedLink'
import { MenuLink } from './MenuLink'
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

/** What most visitors come for: first on a phone, where the rest of the menu folds. */
const MAIN_TASKS = new Set<(typeof NAV)[number]['key']>(['procedures', 'online', 'contact', 'feedback'])

export async function SiteHeader() {
  const t = await getTranslations()
  const locale = await getLocale()
  // The editors' own items (site settings), after the main ones.
  const { headerMenu } = await getSiteSettings(isLocale(locale) ? locale : routing.defaultLocale)
  const navItem = ({ href, key }: (typeof NAV)[number]) => (
    <li key={key}>
      <Link href={href} className="text-white hover:text-white">
        {t(`nav.${key}`)}
      </Link>
    </li>
  )
  const menuItems = (headerMenu ?? []).map((item) => (
    <li key={item.id}>
      <MenuLink url={item.url} className="text-white hover:text-white">
        {item.label}
      </MenuLink>
    </li>
  ))
  return (
    <header className="bg-brand text-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link href="/" className="text-lg font-bold text-white no-underline hover:text-white">
          {t('site.name')}
        </Link>
        <SearchForm compact />
      </div>
      <nav aria-label={t('site.mainNav')} className="bg-brand-dark text-sm">
        {/* Phones: the four main tasks, the rest folded into a <details> (no JavaScript). */}
        <div className="mx-auto max-w-5xl px-4 py-2 md:hidden">
          <ul className="flex flex-wrap gap-x-5 gap-y-1">{NAV.filter(({ key }) => MAIN_TASKS.has(key)).map(navItem)}</ul>
          <details className="mt-1">
            <summary className="cursor-pointer py-1">{t('nav.more')}</summary>
            <ul className="grid grid-cols-2 gap-x-4 gap-y-1 pb-1">
              {NAV.filter(({ key }) => !MAIN_TASKS.has(key)).map(navItem)}
              {menuItems}
            </ul>
          </details>
        </div>
        <ul className="mx-auto hidden max-w-5xl flex-wrap gap-x-6 gap-y-1 px-4 py-2 md:flex">
          {NAV.map(navItem)}
          {menuItems}
        </ul>
      </nav>
    </header>
  )
}
