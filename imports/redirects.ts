import { readRedirectRow, REDIRECT_COLUMNS, type RedirectRow } from '@/domain/imports/redirectRow'
import type { ImportKindSpec, Written } from './kind'

/** A redirect is live once written (redirects have no drafts): a dry run shows what would apply. */
async function writeRedirect(row: RedirectRow, { req, write }: Parameters<ImportKindSpec<RedirectRow>['write']>[1]): Promise<Written> {
  const { docs } = await req.payload.find({ collection: 'redirects', where: { from: { equals: row.from } }, depth: 0, limit: 1, req })
  const saved = docs[0]
  const data = { from: row.from, to: { type: 'custom' as const, url: row.to }, type: row.type }
  if (saved && saved.to?.type === 'custom' && saved.to.url === row.to && saved.type === row.type) return { action: 'unchanged' }
  if (!write) return { action: saved ? 'update' : 'create' }
  const common = { collection: 'redirects' as const, depth: 0, req, overrideAccess: !req.user, user: req.user }
  if (saved) await req.payload.update({ ...common, id: saved.id, data })
  else await req.payload.create({ ...common, data })
  return { action: saved ? 'update' : 'create' }
}

export const redirectImport: ImportKindSpec<RedirectRow> = {
  columns: REDIRECT_COLUMNS,
  titleColumn: 'to',
  read: readRedirectRow as ImportKindSpec<RedirectRow>['read'],
  identity: (row) => row.from,
  describe: (row) => ({ key: row.from, title: row.to }),
  write: writeRedirect,
  columnOfPath: (path) => (path.startsWith('to') ? 'to' : path === 'type' ? 'type' : 'from'),
}
