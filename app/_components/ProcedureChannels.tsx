import { getLocale, getTranslations } from 'next-intl/server'

import { formatMoney } from '@/i18n/format'
import type { Locale } from '@/i18n/routing'
import type { Procedure } from '@/payload-types'

type Channel = NonNullable<Procedure['channels']>[number]

/** Time limit and fees per submission channel: they differ by channel, so a table shows them side by side. */
export async function ProcedureChannels({ channels }: { channels: Channel[] }) {
  const t = await getTranslations('procedures')
  const locale = (await getLocale()) as Locale
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left">
        <thead>
          <tr className="border-b-2 border-slate-400">
            <th scope="col" className="py-2 pr-4">
              {t('channel')}
            </th>
            <th scope="col" className="py-2 pr-4">
              {t('processingTime')}
            </th>
            <th scope="col" className="py-2">
              {t('fees')}
            </th>
          </tr>
        </thead>
        <tbody>
          {channels.map((channel) => (
            <tr key={channel.id} className="border-b border-slate-200 align-top">
              <th scope="row" className="py-3 pr-4 font-semibold">
                {t(`method.${channel.method}`)}
              </th>
              <td className="py-3 pr-4">
                {channel.processingTime != null
                  ? t(`duration.${channel.timeUnit ?? 'working-days'}`, { count: channel.processingTime })
                  : t('notStated')}
                {channel.note ? <p className="mt-1 text-sm text-slate-700">{channel.note}</p> : null}
              </td>
              <td className="py-3">
                {channel.fees?.length ? (
                  <ul className="space-y-1">
                    {channel.fees.map((fee) => (
                      <li key={fee.id}>
                        {fee.name}: {fee.amount ? <strong>{formatMoney(fee.amount, locale)}</strong> : t('noFee')}
                        {fee.note ? (fee.amount ? ` ${fee.note}` : ` (${fee.note})`) : null}
                      </li>
                    ))}
                  </ul>
                ) : (
                  t('noFee')
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
