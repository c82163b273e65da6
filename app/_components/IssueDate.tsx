import { getFormatter, getTranslations } from 'next-intl/server'

/** An issue date as precisely as it is known: "10 tháng 6, 2015", or "Năm 2022" when only the year is. */
export async function IssueDate({ date, precision }: { date: string | null | undefined; precision?: string | null }) {
  if (!date) return null
  const format = await getFormatter()
  const value = new Date(date)
  if (precision === 'year') {
    const t = await getTranslations('documents')
    return <>{t('yearOnly', { year: format.dateTime(value, { year: 'numeric' }) })}</>
  }
  if (precision === 'month') return <>{format.dateTime(value, { year: 'numeric', month: 'long' })}</>
  return <time dateTime={date.slice(0, 10)}>{format.dateTime(value, { dateStyle: 'long' })}</time>
}
