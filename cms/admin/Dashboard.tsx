import type { CollectionSlug, Payload } from 'payload'

import type { Role } from '../access/roles'
import { type DashboardKey, type DashboardList, dashboardLists } from './dashboardQueries'

const WORDS = {
  vi: {
    heading: 'Việc cần làm',
    empty: 'Không có.',
    shown: (shown: number, total: number) => `Đang hiện ${shown} / ${total}.`,
    all: 'Xem tất cả',
    titles: {
      drafts: 'Bản nháp chờ xuất bản',
      scheduled: 'Lịch xuất bản',
      reviewDue: 'Đến hạn rà soát',
      feedbackDue: 'Phản ánh sắp đến hạn hoặc quá hạn',
      failedEmails: 'Thư gửi lỗi',
      searchTop: 'Được tìm nhiều nhất tuần này',
      searchEmpty: 'Tìm mà không thấy kết quả (tuần này)',
    } satisfies Record<DashboardKey, string>,
    notes: {
      overdue: 'Quá hạn',
      'due-soon': 'Sắp đến hạn',
      publish: 'Xuất bản',
      unpublish: 'Gỡ xuống',
      notification: 'Thư báo cho Sở',
      answer: 'Thư trả lời người dân',
    } as Record<string, string>,
  },
  en: {
    heading: 'What needs you',
    empty: 'Nothing.',
    shown: (shown: number, total: number) => `Showing ${shown} of ${total}.`,
    all: 'See all',
    titles: {
      drafts: 'Drafts waiting to be published',
      scheduled: 'Scheduled publications',
      reviewDue: 'Due for review',
      feedbackDue: 'Feedback due soon or overdue',
      failedEmails: 'Failed emails',
      searchTop: 'Most searched this week',
      searchEmpty: 'Searched for and not found (this week)',
    } satisfies Record<DashboardKey, string>,
    notes: {
      overdue: 'Overdue',
      'due-soon': 'Due soon',
      publish: 'Publish',
      unpublish: 'Unpublish',
      notification: 'Notification to the department',
      answer: 'Answer to the citizen',
    } as Record<string, string>,
  },
}

/** 16/11/2026 23:59, Vietnam time, as Vietnamese write it (in both admin languages). */
const DATE_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
})
const formatDate = (iso: string) => DATE_TIME.format(new Date(iso)).replace(',', '')

/** A collection's plural label in the admin's language. */
function pluralOf(payload: Payload, slug: CollectionSlug, lang: 'vi' | 'en') {
  const plural = payload.collections[slug]?.config.labels.plural
  if (typeof plural === 'string') return plural
  if (plural && typeof plural === 'object') return (plural as Record<string, string>)[lang] ?? slug
  return slug
}

function AllLinks({ list, lang, payload }: { list: DashboardList; lang: 'vi' | 'en'; payload: Payload }) {
  const words = WORDS[lang]
  const byCollection = list.all.filter((link) => link.collection)
  // A list over several collections links each one's filtered list, whenever it has any.
  if (byCollection.length > 0) {
    return (
      <p>
        {list.total > list.items.length ? `${words.shown(list.items.length, list.total)} ` : null}
        {words.all}:{' '}
        {byCollection.map((link, index) => (
          <span key={link.href}>
            {index > 0 ? ' · ' : null}
            <a href={link.href}>
              {pluralOf(payload, link.collection!, lang)} ({link.count})
            </a>
          </span>
        ))}
      </p>
    )
  }
  if (list.total <= list.items.length) return null
  return (
    <p>
      {words.shown(list.items.length, list.total)} {list.all[0] ? <a href={list.all[0].href}>{words.all}</a> : null}
    </p>
  )
}

function List({ list, lang, payload }: { list: DashboardList; lang: 'vi' | 'en'; payload: Payload }) {
  const words = WORDS[lang]
  return (
    <section aria-labelledby={`dashboard-${list.key}`} className="card" style={{ padding: '1rem', display: 'block' }}>
      <h3 id={`dashboard-${list.key}`} style={{ margin: 0 }}>
        {words.titles[list.key]} ({list.total})
      </h3>
      {list.items.length === 0 ? (
        <p>{words.empty}</p>
      ) : (
        <ul style={{ paddingLeft: '1rem' }}>
          {list.items.map((item) => (
            <li key={`${item.href}-${item.id}`}>
              <a href={item.href}>{item.title}</a>
              {item.at ? ` · ${formatDate(item.at)}` : null}
              {item.note && words.notes[item.note] ? <strong> · {words.notes[item.note]}</strong> : null}
            </li>
          ))}
        </ul>
      )}
      <AllLinks list={list} lang={lang} payload={payload} />
    </section>
  )
}

/** The admin's home: what the signed-in user's role has to do (cms/admin/dashboardQueries.ts). */
export async function Dashboard({
  payload,
  user,
  i18n,
}: {
  payload: Payload
  user?: { id: string | number; roles?: Role[] | null } | null
  i18n: { language: string }
}) {
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const lists = await dashboardLists(payload, user)
  if (lists.length === 0) return null
  return (
    <section aria-label={WORDS[lang].heading} style={{ marginBottom: '2rem' }}>
      <h2>{WORDS[lang].heading}</h2>
      <div style={{ display: 'grid', gap: '1rem', gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))' }}>
        {lists.map((list) => (
          <List key={list.key} list={list} lang={lang} payload={payload} />
        ))}
      </div>
    </section>
  )
}
