import { getTranslations } from 'next-intl/server'

import { hrefOf } from '@/domain/paths'
import type { ProcedureSummary } from '@/lib/queries/procedures'
import { LocalizedLink as Link } from './LocalizedLink'
import { OnlineServiceBadge } from './OnlineServiceBadge'

/** Procedures with their code and online service; with `showField`, the field of each too (a list not grouped by field). */
export async function ProcedureList({ procedures, showField = false }: { procedures: ProcedureSummary[]; showField?: boolean }) {
  const t = await getTranslations('procedures')
  return (
    <ul className="divide-y divide-slate-200 border-y border-slate-200">
      {procedures.map((procedure) => (
        <li key={procedure.id} className="py-4">
          <Link
            href={hrefOf.procedures(procedure.slug ?? '')}
            className="text-lg font-semibold"
            lang={procedure.nameFallback ? 'vi' : undefined}
          >
            {procedure.name}
          </Link>
          <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-sm text-slate-700">
            <span>
              {t('code')}: <span className="font-mono">{procedure.code}</span>
            </span>
            {showField && procedure.field ? (
              <span>
                {t('field')}: {procedure.field}
              </span>
            ) : null}
            <OnlineServiceBadge service={procedure.onlineService} />
          </p>
        </li>
      ))}
    </ul>
  )
}
