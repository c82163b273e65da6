import { getTranslations } from 'next-intl/server'

import { getSiteSettings } from '@/lib/queries/site'
import type { Locale } from '@/i18n/routing'
import { telHref } from './ContactCard'

/** The organisation, its contacts and officials (Decree 42/2022: in English too), from the site settings. */
export async function OrganisationFacts({ locale }: { locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'about' })
  const tc = await getTranslations({ locale, namespace: 'contact' })
  const { organisation } = await getSiteSettings(locale)
  if (!organisation?.name) return null
  return (
    <section aria-labelledby="organisation" className="mt-10">
      <h2 id="organisation" className="mb-3 text-2xl font-bold">
        {t('organisation')}
      </h2>
      <dl className="grid gap-x-6 gap-y-3 rounded bg-slate-50 p-4 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t('name')}</dt>
        <dd>
          {organisation.name}
          {organisation.parentBody ? <span className="block text-slate-700">{organisation.parentBody}</span> : null}
        </dd>
        {organisation.address ? (
          <>
            <dt className="font-semibold">{tc('address')}</dt>
            <dd className="whitespace-pre-line">{organisation.address}</dd>
          </>
        ) : null}
        {organisation.phone ? (
          <>
            <dt className="font-semibold">{tc('phone')}</dt>
            <dd>
              <a href={telHref(organisation.phone)}>{organisation.phone}</a>
            </dd>
          </>
        ) : null}
        {organisation.email ? (
          <>
            <dt className="font-semibold">{tc('email')}</dt>
            <dd>
              <a href={`mailto:${organisation.email}`}>{organisation.email}</a>
            </dd>
          </>
        ) : null}
        {organisation.officials?.length ? (
          <>
            <dt className="font-semibold">{t('officials')}</dt>
            <dd>
              <ul className="space-y-1">
                {organisation.officials.map((official) => (
                  <li key={official.id}>
                    <strong>{official.name}</strong>
                    {official.title ? `, ${official.title}` : ''}
                    {official.phone ? (
                      <>
                        {' · '}
                        <a href={telHref(official.phone)}>{official.phone}</a>
                      </>
                    ) : null}
                    {official.email ? (
                      <>
                        {' · '}
                        <a href={`mailto:${official.email}`}>{official.email}</a>
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
        {organisation.editorInChief ? (
          <>
            <dt className="font-semibold">{t('responsible')}</dt>
            <dd>{organisation.editorInChief}</dd>
          </>
        ) : null}
      </dl>
    </section>
  )
}
