import { getTranslations } from 'next-intl/server'

import { getSiteSettings, listContactPoints } from '@/lib/queries/site'
import { ACCESSIBILITY_SLUG, hrefOf, PRIVACY_SLUG } from '@/domain/paths'
import type { Locale } from '@/i18n/routing'
import { telHref } from './ContactCard'
import { LocalizedLink as Link } from './LocalizedLink'
import { MenuLink } from './MenuLink'

/** Organisation, the main hotlines (on every page), the accessibility statement, privacy policy and editors' footer menu, links to other state portals. */
export async function SiteFooter({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'site' })
  const tc = await getTranslations({ locale, namespace: 'contact' })
  const [settings, contacts] = await Promise.all([getSiteSettings(locale), listContactPoints(locale)])
  const hotlines = contacts.filter((contact) => contact.showInFooter && contact.phones?.length)
  return (
    <footer className="mt-16 border-t-4 border-brand bg-slate-100">
      <div className="mx-auto grid max-w-5xl gap-8 px-4 py-8 text-sm text-slate-800 sm:grid-cols-2">
        <div>
          <p className="font-semibold">{settings.organisation?.name || t('name')}</p>
          {settings.organisation?.parentBody ? <p>{settings.organisation.parentBody}</p> : null}
          {settings.organisation?.address ? <p className="whitespace-pre-line">{settings.organisation.address}</p> : null}
          {settings.organisation?.email ? (
            <p>
              <a href={`mailto:${settings.organisation.email}`}>{settings.organisation.email}</a>
            </p>
          ) : null}
          <p className="mt-3">{t('footerNote')}</p>
          <nav aria-label={t('footerNav')} className="mt-4">
            <ul className="space-y-1">
              <li>
                <Link href={hrefOf.pages(ACCESSIBILITY_SLUG)} locale={locale}>
                  {t('accessibility')}
                </Link>
              </li>
              <li>
                <Link href={hrefOf.pages(PRIVACY_SLUG)} locale={locale}>
                  {t('privacy')}
                </Link>
              </li>
              {(settings.footerMenu ?? []).map((item) => (
                <li key={item.id}>
                  <MenuLink url={item.url}>{item.label}</MenuLink>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div>
          <h2 className="font-semibold">{tc('footerTitle')}</h2>
          <ul className="mt-1 space-y-1">
            {hotlines.map((contact) => (
              <li key={contact.id}>
                {contact.name}: <a href={telHref(contact.phones![0].number)}>{contact.phones![0].number}</a>
              </li>
            ))}
            <li>
              <Link href="/duong-day-nong" locale={locale}>
                {tc('title')}
              </Link>
            </li>
          </ul>
          {settings.portalLinks?.length ? (
            <ul className="mt-4 space-y-1">
              {settings.portalLinks.map((link) => (
                <li key={link.id}>
                  <a href={link.url} rel="external">
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </div>
      </div>
    </footer>
  )
}
