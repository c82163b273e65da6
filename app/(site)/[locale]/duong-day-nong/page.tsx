import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { ContactCard } from '@/app/_components/ContactCard'
import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { PageOptions } from '@/app/_components/PageOptions'
import { pageLocale } from '@/lib/localeParams'
import { listContactPoints } from '@/lib/queries/site'
import { alternates } from '@/lib/seo'

type Props = { params: Promise<{ locale: string }> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('contact')
  return { title: t('title'), description: t('intro'), alternates: alternates('/duong-day-nong', locale) }
}

export default async function ContactPage({ params }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('contact')
  const contacts = await listContactPoints(locale)
  // The home page's "send feedback" task lands on the first feedback address.
  const firstFeedback = contacts.find((contact) => contact.kind === 'feedback')?.id
  return (
    <>
      <PageOptions href="/duong-day-nong" />
      <Breadcrumbs trail={[]} />
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mb-6 mt-3 max-w-2xl text-lg">{t('intro')}</p>
      <div className="space-y-6">
        {contacts.map((contact) => (
          <div key={contact.id} id={contact.id === firstFeedback ? 'phan-anh' : undefined}>
            <ContactCard contact={contact} />
          </div>
        ))}
      </div>
    </>
  )
}
