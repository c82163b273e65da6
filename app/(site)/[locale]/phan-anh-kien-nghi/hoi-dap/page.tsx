import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'

import { Breadcrumbs } from '@/app/_components/Breadcrumbs'
import { JsonLd } from '@/app/_components/JsonLd'
import { LocalizedLink as Link } from '@/app/_components/LocalizedLink'
import { PageOptions } from '@/app/_components/PageOptions'
import { toLastPageIfPast } from '@/app/_components/lastPage'
import { ListStatus } from '@/app/_components/ListStatus'
import { Pagination } from '@/app/_components/Pagination'
import { RichTextContent } from '@/app/_components/RichTextContent'
import { pageParam, param, type SearchParams } from '@/lib/filters'
import { pageLocale } from '@/lib/localeParams'
import { hrefOf } from '@/domain/paths'
import { ANSWERS_PAGE_SIZE, findPublishedAnswer, listPublishedAnswers } from '@/lib/queries/feedbackAnswers'
import { plainText } from '@/domain/plainText'
import { pageMetadata } from '@/lib/seo'
import { faqLd } from '@/lib/structuredData'
import { formatDate } from '@/i18n/format'
import { localizedPath } from '@/i18n/routing'
import { readPage } from '@/lib/queries/paged'

type Props = { params: Promise<{ locale: string }>; searchParams: Promise<SearchParams> }

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await pageLocale(params)
  const t = await getTranslations('feedback.answers')
  return pageMetadata({ title: t('title'), description: t('intro'), href: '/phan-anh-kien-nghi/hoi-dap', locale })
}

/** An id as the databases write them (a UUID on SQLite, an ObjectId on MongoDB): anything else is not looked up. */
const ANSWER_ID = /^(?:[0-9a-f]{24}|[0-9a-f-]{36})$/i

/**
 * Answered questions an officer published: the question without personal data, and the answer.
 * ?cau-hoi=<id> shows that one answer (a search result links there); one withdrawn shows the list.
 */
export default async function AnswersPage({ params, searchParams }: Props) {
  const locale = await pageLocale(params)
  const t = await getTranslations('feedback')
  const query = await searchParams
  const asked = param(query, 'cau-hoi')
  const one = ANSWER_ID.test(asked) ? await findPublishedAnswer(locale, asked) : null
  const result = one
    ? { items: [one], page: 1, totalPages: 1, total: 1 }
    : await readPage((page) => listPublishedAnswers(locale, page), pageParam(query))
  toLastPageIfPast(result, localizedPath('/phan-anh-kien-nghi/hoi-dap', locale))
  const { items: answers, page, totalPages, total } = result
  const single = Boolean(one)
  return (
    <>
      <PageOptions href="/phan-anh-kien-nghi/hoi-dap" />
      <Breadcrumbs trail={[{ label: t('title'), href: '/phan-anh-kien-nghi' }]} />
      {answers.length ? (
        <JsonLd data={faqLd(answers.map((answer) => ({ question: answer.publicQuestion ?? '', answer: plainText(answer.answer) })))} />
      ) : null}
      <h1 className="text-3xl font-bold">{t('answers.title')}</h1>
      <p className="mt-3 max-w-2xl text-lg">{t('answers.intro')}</p>
      {single ? (
        <p className="mt-4 text-slate-700">
          {t('answers.one')} <a href={localizedPath('/phan-anh-kien-nghi/hoi-dap', locale)}>{t('answers.all')}</a>
        </p>
      ) : total ? (
        <ListStatus namespace="feedback.answers" list={result} pageSize={ANSWERS_PAGE_SIZE} className="mt-4 text-slate-700" />
      ) : null}
      {answers.length ? (
        <ol className="mt-8 max-w-3xl space-y-10" id="answers">
          {answers.map((answer) => (
            <li key={answer.id}>
              <article aria-labelledby={`answer-${answer.id}`}>
                <h2 id={`answer-${answer.id}`} className="whitespace-pre-line text-xl font-bold">
                  {answer.publicQuestion}
                </h2>
                {answer.answeredAt ? (
                  <p className="text-sm text-slate-700">{t('answers.answeredOn', { date: formatDate(answer.answeredAt, locale) })}</p>
                ) : null}
                <h3 className="mt-3 font-semibold">{t('answers.answer')}</h3>
                <RichTextContent data={answer.answer} />
                {answer.procedure?.slug ? (
                  <p className="mt-2">
                    {t('answers.procedure')} <Link href={hrefOf.procedures(answer.procedure.slug)}>{answer.procedure.name}</Link>
                  </p>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
      ) : (
        <p className="mt-8">{t('answers.none')}</p>
      )}
      <Pagination page={page} totalPages={totalPages} basePath={localizedPath('/phan-anh-kien-nghi/hoi-dap', locale)} />
      <p className="mt-10">
        <Link href="/phan-anh-kien-nghi">{t('answers.ask')}</Link>
      </p>
    </>
  )
}
