import { getTranslations } from 'next-intl/server'

import { populated } from '@/lib/queries/populated'
import { fileFacts } from './FileList'
import type { Procedure } from '@/payload-types'

type DossierCase = NonNullable<Procedure['dossierCases']>[number]

/** The documents to bring, one table per case (trường hợp), with the number of originals and copies. */
export async function ProcedureDossier({ cases }: { cases: DossierCase[] }) {
  const t = await getTranslations('procedures')
  return (
    <div className="space-y-6">
      {cases.map((dossierCase) => (
        <div key={dossierCase.id}>
          {dossierCase.name ? <h3 className="mb-2 text-lg font-semibold">{dossierCase.name}</h3> : null}
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left">
              <thead>
                <tr className="border-b-2 border-slate-400">
                  <th scope="col" className="py-2 pr-4">
                    {t('document')}
                  </th>
                  <th scope="col" className="w-24 py-2 pr-4 text-right">
                    {t('originals')}
                  </th>
                  <th scope="col" className="w-24 py-2 text-right">
                    {t('copies')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {dossierCase.components?.map((component) => {
                  const form = populated(component.form)
                  return (
                    <tr key={component.id} className="border-b border-slate-200 align-top">
                      <td className="whitespace-pre-line py-2 pr-4">
                        {component.name}
                        {form?.url ? (
                          <a href={form.url} download className="mt-1 block text-sm">
                            {t('downloadForm', { name: `(${fileFacts(form)})` })}
                          </a>
                        ) : null}
                      </td>
                      <td className="py-2 pr-4 text-right">{component.originals ?? 0}</td>
                      <td className="py-2 text-right">{component.copies ?? 0}</td>
                    </tr>
                  )
                })}
              </tbody>
            </table>
          </div>
        </div>
      ))}
    </div>
  )
}
