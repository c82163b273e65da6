import { getFormatter } from 'next-intl/server'

/** "10:00, 15 tháng 3, 2027 – 11:30": when an event starts and ends, in Vietnam's time. */
export async function EventWhen({ startsAt, endsAt }: { startsAt: string; endsAt?: string | null }) {
  const format = await getFormatter()
  const start = new Date(startsAt)
  const end = endsAt ? new Date(endsAt) : null
  return (
    <>
      <time dateTime={startsAt}>{format.dateTime(start, { dateStyle: 'long', timeStyle: 'short' })}</time>
      {end ? (
        <>
          {' – '}
          <time dateTime={endsAt!}>
            {start.toDateString() === end.toDateString()
              ? format.dateTime(end, { timeStyle: 'short' })
              : format.dateTime(end, { dateStyle: 'long', timeStyle: 'short' })}
          </time>
        </>
      ) : null}
    </>
  )
}
