import { getLocale, getTranslations } from 'next-intl/server'

import { hrefOf } from '@/domain/paths'
import type { NewsSummary } from '@/lib/queries/news'
import { formatDate, isoDay } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'
import { LocalizedLink as Link } from './LocalizedLink'

/** News as a list: kind, date, title and summary. */
export async function NewsList({ items }: { items: NewsSummary[] }) {
  const t = await getTranslations('news')
  const locale = (await getLocale()) as Locale
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {items.map((item) => (
        <li key={item.id} className="py-4">
          <p className="text-sm text-slate-700">
            {t(`kind.${item.kind}`)}
            {item.publishedAt ? (
              <>
                {' · '}
                <time dateTime={isoDay(item.publishedAt)}>{formatDate(item.publishedAt, locale)}</time>
              </>
            ) : null}
          </p>
          <Link href={hrefOf.news(item.slug ?? '')} className="text-lg font-semibold">
            {item.title}
          </Link>
          {item.excerpt ? <p className="mt-1 max-w-3xl">{item.excerpt}</p> : null}
        </li>
      ))}
    </ul>
  )
}
