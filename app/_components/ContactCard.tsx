import { getTranslations } from 'next-intl/server'
import { Fragment } from 'react'

import type { ContactPoint } from '@/payload-types'

/** `tel:` form of a displayed number: digits and a leading +. */
export const telHref = (number: string) => `tel:${number.replace(/[^\d+]/g, '')}`

/** A link to a map search for an address: plain text, no embedded map, no third-party request unless followed. */
export const mapSearchHref = (address: string) => `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`

type Props = { contact: Pick<ContactPoint, 'id' | 'name' | 'description' | 'phones' | 'email' | 'address' | 'hours'>; headingLevel?: 2 | 3 }

/** One contact point with every way to reach it: call, write, visit. */
export async function ContactCard({ contact, headingLevel = 2 }: Props) {
  const t = await getTranslations('contact')
  const Heading = headingLevel === 2 ? 'h2' : 'h3'
  return (
    <article aria-labelledby={`contact-${contact.id}`} className="rounded border border-slate-300 p-4">
      <Heading id={`contact-${contact.id}`} className="text-xl font-bold">
        {contact.name}
      </Heading>
      {contact.description ? <p className="mt-2 max-w-3xl">{contact.description}</p> : null}
      <dl className="mt-3 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        {contact.phones?.map((phone) => (
          <Fragment key={phone.id}>
            <dt className="font-semibold">{phone.label || t('phone')}</dt>
            <dd>
              <a href={telHref(phone.number)} className="text-lg font-semibold">
                {phone.number}
              </a>
              {phone.hours ? <span className="block text-sm text-slate-700">{phone.hours}</span> : null}
            </dd>
          </Fragment>
        ))}
        {contact.email ? (
          <>
            <dt className="font-semibold">{t('email')}</dt>
            <dd>
              <a href={`mailto:${contact.email}`}>{contact.email}</a>
            </dd>
          </>
        ) : null}
        {contact.address ? (
          <>
            <dt className="font-semibold">{t('address')}</dt>
            <dd>
              <span className="whitespace-pre-line">{contact.address}</span>
              <a href={mapSearchHref(contact.address)} rel="external" className="block text-sm">
                {t('findOnMap')}
              </a>
            </dd>
          </>
        ) : null}
        {contact.hours ? (
          <>
            <dt className="font-semibold">{t('hours')}</dt>
            <dd>{contact.hours}</dd>
          </>
        ) : null}
      </dl>
    </article>
  )
}
