import { useTranslations } from 'next-intl'

import { Link } from '../../../i18n/navigation'

export default function NotFound() {
  const t = useTranslations('notFound')
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-4 max-w-2xl text-lg">{t('body')}</p>
      <ul className="mt-6 list-disc space-y-2 pl-6">
        <li>
          <Link href="/thu-tuc-hanh-chinh">{t('procedures')}</Link>
        </li>
        <li>
          <Link href="/">{t('home')}</Link>
        </li>
      </ul>
    </>
  )
}
