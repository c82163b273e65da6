import type { NewsSummary } from './queries/news'
import { hrefOf } from '@/domain/paths'
import { builtSiteUrl } from '@/domain/siteUrl'
import { localizedPath, type Locale } from '@/i18n/routing'

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;')

type Channel = { title: string; description: string; path: string; feedPath: string; locale: Locale }

/** An RSS 2.0 document of news items, with absolute links (journalists' readers, aggregators). */
export function rss(channel: Channel, items: NewsSummary[]): string {
  const base = builtSiteUrl()
  const entries = items
    .map((item) => {
      const link = base + localizedPath(hrefOf.news(item.slug ?? ''), channel.locale)
      return [
        '<item>',
        `<title>${escape(item.title ?? '')}</title>`,
        `<link>${escape(link)}</link>`,
        `<guid isPermaLink="true">${escape(link)}</guid>`,
        item.publishedAt ? `<pubDate>${new Date(item.publishedAt).toUTCString()}</pubDate>` : '',
        item.excerpt ? `<description>${escape(item.excerpt)}</description>` : '',
        '</item>',
      ].join('')
    })
    .join('\n')
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">
<channel>
<title>${escape(channel.title)}</title>
<link>${escape(base + channel.path)}</link>
<description>${escape(channel.description)}</description>
<language>${channel.locale}</language>
<atom:link href="${escape(base + channel.feedPath)}" rel="self" type="application/rss+xml"/>
${entries}
</channel>
</rss>
`
}

export const rssResponse = (xml: string) => new Response(xml, { headers: { 'content-type': 'application/rss+xml; charset=utf-8' } })
